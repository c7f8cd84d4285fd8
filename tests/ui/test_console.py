"""The facilitator console, driven as a facilitator would: keys, clicks, and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.commands import NewRound, NextSpeaker, SelectSpeaker
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordMode
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.core.timing import TimerState
from codev_app.resources_path import resource_dir
from codev_app.ui.console.chime import Chime
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup

PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise")
KEYPAD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeChime:
    """Records the chimes instead of ringing them."""

    def __init__(self) -> None:
        self.played: list[Chime] = []

    def play(self, chime: Chime) -> None:
        self.played.append(chime)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def chime() -> FakeChime:
    return FakeChime()


def make_window(qtbot: QtBot, clock: FakeClock, chime: FakeChime) -> MainWindow:
    """The main window, shown, active, with a fake clock and chime."""
    window = MainWindow(
        clock=clock,
        chime=chime,
        wall_clock=lambda: datetime(2025, 3, 14, 14, 0),
    )
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.complete_startup()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def open_console(
    qtbot: QtBot,
    clock: FakeClock,
    chime: FakeChime,
    template: Template,
    *,
    people: tuple[str, ...] = PEOPLE,
    client: str | None = "Chloé",
) -> tuple[MainWindow, ConsoleWidget]:
    """A running session's console in an active main window."""
    window = make_window(qtbot, clock, chime)
    window.open_session(SessionSetup(template, people, client=client))
    assert window.console is not None
    return window, window.console


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = KEYPAD) -> None:
    """A key press sent where the keyboard focus is (as a real key press would go)."""
    target = QApplication.focusWidget() or widget
    QTest.keyClick(target, key, modifiers)


def disk_state(console: ConsoleWidget) -> TimerState | None:
    return console.timer.disk.state


def state_of(live: LiveSession) -> EngineState:
    return live.state


def advance(console: ConsoleWidget, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    console.controller.tick()


# --- a whole session -------------------------------------------------------------------------


def test_a_whole_classic_session_runs_with_the_keyboard_alone(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime
) -> None:
    window = make_window(qtbot, clock, chime)
    press(window, Qt.Key.Key_N, CTRL)
    page = window.new_session_page
    assert page is not None and page.isVisible()
    qtbot.waitUntil(page.name_field.hasFocus)
    for name in ("Anna", "Ben", "Chloe"):  # QTest types ASCII only
        QTest.keyClicks(page.name_field, name)
        press(window, Qt.Key.Key_Return)
    assert page.participants() == ["Anna", "Ben", "Chloe"]
    press(window, Qt.Key.Key_Return, CTRL)
    console = window.console
    assert console is not None and console.isVisible()
    live = console.live
    assert state_of(live) is EngineState.RUNNING
    assert [p.name for p in live.roster] == ["Anna", "Ben", "Chloe"]

    plan = live.engine.plan
    for index, item in enumerate(plan):
        assert live.engine.current_index == index
        assert console.phase_name.text() == item.phase.name.get("en")
        advance(console, clock, item.planned_seconds)
        press(window, Qt.Key.Key_PageDown)
    # Next on the last phase explains how to end, and changes nothing.
    assert live.engine.current_index == len(plan) - 1
    assert "Ctrl+Shift+E" in console.notice.text()
    assert console.notice_frame.isVisible()

    press(window, Qt.Key.Key_Space)
    assert state_of(live) is EngineState.PAUSED
    assert console.timer.state.text().startswith("Paused")
    press(window, Qt.Key.Key_Space)
    assert state_of(live) is EngineState.RUNNING

    press(window, Qt.Key.Key_E, CTRL_SHIFT)
    assert console.end_frame.isVisible() and state_of(live) is EngineState.RUNNING
    press(window, Qt.Key.Key_E, CTRL_SHIFT)
    assert state_of(live) is EngineState.FINISHED
    assert console.phase_name.text() == "Session finished"
    # The console hands over to the wrap-up (ui/wrapup); undoing the end brings it back.
    from codev_app.ui.wrapup.view import WrapUpView

    wrapup = window.findChild(WrapUpView)
    assert wrapup is not None and wrapup.isVisible() and not console.isVisible()
    timings = live.record_as_of_now().timings
    assert [t.phase_id for t in timings] == [item.id for item in plan]
    assert [round(t.actual_seconds) for t in timings] == [item.planned_seconds for item in plan]

    press(window, Qt.Key.Key_Z, CTRL)  # an end by mistake is undone
    assert state_of(live) is EngineState.RUNNING
    assert console.isVisible()
    press(window, Qt.Key.Key_E, CTRL_SHIFT)
    press(window, Qt.Key.Key_E, CTRL_SHIFT)
    assert state_of(live) is EngineState.FINISHED
    [wrapup] = [view for view in window.findChildren(WrapUpView) if view.isVisible()]
    QTest.mouseClick(wrapup.close_button, Qt.MouseButton.LeftButton)
    assert window.console is None
    assert window.welcome.isVisible()


def test_the_last_participants_and_template_are_offered_again(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    console.finish()
    window.close_session()
    page = window.show_new_session()
    assert page is not None
    assert page.participants() == []  # offered, not added unasked
    page.same_people_button.click()
    assert page.participants() == list(PEOPLE)
    assert page.template is not None and page.template.id == "classic"
    assert page.client_combo.currentData() is None  # the client is chosen later by default


# --- the timer -------------------------------------------------------------------------------


def test_the_timer_says_its_state_in_words_and_counts_overtime_quietly(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    _window, console = open_console(qtbot, clock, chime, classic)
    timer = console.timer
    assert timer.digits.text() == "15:00"
    assert timer.state.text() == "Plenty of time"
    assert disk_state(console) is TimerState.PLENTY
    advance(console, clock, 4 * 60 + 30)
    assert timer.digits.text() == "10:30"
    assert timer.disk.fraction_left == pytest.approx(0.7)
    advance(console, clock, 8 * 60)  # 2:30 left of 15 min: under 20 %
    assert timer.state.text() == "Nearly over"
    assert disk_state(console) is TimerState.NEARLY_OVER
    advance(console, clock, 2 * 60 + 30 + 2 * 60 + 13)
    assert timer.state.text() == "Over time +2:13"
    assert timer.digits.text() == "+2:13"
    assert disk_state(console) is TimerState.OVERTIME
    assert state_of(console.live) is EngineState.RUNNING  # it never stops by itself
    # Colour is never alone: the disk's description and the digits say it too.
    assert timer.state.accessibleDescription() == "Over time +2:13"
    assert timer.digits.accessibleDescription() == "+2:13"


def test_plus_and_minus_change_the_phase_by_a_minute(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    press(window, Qt.Key.Key_Plus)
    assert console.live.engine.plan[0].planned_seconds == 16 * 60
    assert console.timer.digits.text() == "16:00"
    press(window, Qt.Key.Key_Minus)
    press(window, Qt.Key.Key_Minus)
    assert console.live.engine.plan[0].planned_seconds == 14 * 60
    assert "14\u00a0min" in console.phase_info.text()


def test_chimes_ring_once_at_the_warning_and_once_at_the_end(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    advance(console, clock, 12 * 60 + 1)
    advance(console, clock, 1)
    assert chime.played == [Chime.WARNING]
    advance(console, clock, 3 * 60)
    advance(console, clock, 30)
    assert chime.played == [Chime.WARNING, Chime.END]
    press(window, Qt.Key.Key_PageDown)  # a new phase starts calm
    advance(console, clock, 1)
    assert chime.played == [Chime.WARNING, Chime.END]
    press(window, Qt.Key.Key_M)  # silent
    assert console.muted
    advance(console, clock, 15 * 60)
    assert chime.played == [Chime.WARNING, Chime.END]
    assert console.chimes_rung == [Chime.WARNING, Chime.END]


def test_a_phase_without_chime_stays_silent(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    quiet = classic.with_phases(replace(phase, chime=False) for phase in classic.phases)
    _window, console = open_console(qtbot, clock, chime, quiet)
    advance(console, clock, 12 * 60 + 1)
    advance(console, clock, 3 * 60)
    assert console.timer.state.text().startswith("Over time")
    assert chime.played == []


# --- undo, breaks, the end time --------------------------------------------------------------


def test_an_accidental_advance_is_undone_with_its_time(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    live = console.live
    advance(console, clock, 5 * 60)
    press(window, Qt.Key.Key_PageDown)
    assert live.engine.current_index == 1
    assert console.undo_button.full_text() == "Undo: next phase (Case exposition)"
    assert console.undo_button.accessibleName() == "Undo: next phase (Case exposition)"
    assert console.undo_button.isEnabled()
    advance(console, clock, 20)
    press(window, Qt.Key.Key_Z, CTRL)
    assert live.engine.current_index == 0
    assert console.phase_name.text() == "Opening"
    # Time went on for the phase that was wrongly left.
    assert console.timer.digits.text() == "9:40"
    assert console.notice.text() == "Undone: next phase (Case exposition)."


def test_a_break_is_inserted_after_the_current_phase(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    press(window, Qt.Key.Key_B)
    plan = console.live.engine.plan
    assert plan[1].phase.is_break and plan[1].planned_seconds == 600
    assert console.rail.count() == len(classic.phases) + 1
    assert "A break of 10\u00a0min comes next" in console.notice.text()
    press(window, Qt.Key.Key_PageDown)
    assert console.phase_name.text() == "Break"
    assert "A break" in console.card.purpose.text()
    assert console.timer.digits.text() == "10:00"


def test_keep_the_end_time_says_which_phases_it_changed(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    advance(console, clock, 25 * 60)  # the opening ran 10 minutes long
    assert "10\u00a0min behind plan" in console.clock.schedule_line.text()
    press(window, Qt.Key.Key_K)
    live = console.live
    assert live.keeps_end_time
    assert console.clock.keep_end.isChecked()
    note = console.clock.note
    assert note.isVisible()
    assert note.text().startswith("To end on time: ")
    assert "Consultation 30\u00a0min → " in note.text()
    later = sum(item.planned_seconds for item in live.engine.plan[1:])
    assert later == sum(phase.planned_seconds for phase in classic.phases[1:]) - 10 * 60
    assert "On schedule" in console.clock.schedule_line.text()
    press(window, Qt.Key.Key_K)
    assert not live.keeps_end_time and not note.isVisible()


def test_the_projected_end_is_a_time_of_day(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    _window, console = open_console(qtbot, clock, chime, classic)
    # Wall clock 14:00, 1 h 50 planned.
    assert console.clock.schedule_line.text() == "Ends around 3:50\u202fPM · On schedule" or (
        console.clock.schedule_line.text() == "Ends around 3:50 PM · On schedule"
    )
    assert console.clock.elapsed_line.text() == "Session 0:00 of 1\u00a0h\u00a050"


# --- keys and typing -------------------------------------------------------------------------


def test_typing_in_a_text_field_never_triggers_single_key_shortcuts(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    field = QLineEdit()
    field.setAccessibleName("Notes")
    console.add_side_panel(field, "Notes")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    live = console.live
    plan_before = [item.planned_seconds for item in live.engine.plan]
    text = "Bob+Carl - some kind words, muted"
    QTest.keyClicks(field, text)
    assert field.text() == text
    assert state_of(live) is EngineState.RUNNING  # Space did not pause
    assert [item.planned_seconds for item in live.engine.plan] == plan_before  # no + / − / B
    assert not live.keeps_end_time  # no K
    assert not console.compact and window.isVisible()  # no C
    assert console.share_window is None  # no S
    assert not console.muted  # no M
    # Ctrl+Z undoes the typing, not the session's last action.
    live_undo = live.undo_target()
    press(window, Qt.Key.Key_Z, CTRL)
    assert field.text() != text
    assert live.undo_target() == live_undo and state_of(live) is EngineState.RUNNING
    # Leaving the field, the same keys drive the session again.
    console.rail.setFocus()
    press(window, Qt.Key.Key_Space)
    assert state_of(live) is EngineState.PAUSED


def test_space_presses_a_button_reached_with_tab_but_not_one_clicked(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    live = console.live
    QTest.mouseClick(console.plus_button, Qt.MouseButton.LeftButton)
    assert live.engine.plan[0].planned_seconds == 16 * 60
    assert not console.plus_button.hasFocus()  # a click leaves the focus where it was
    press(window, Qt.Key.Key_Space)
    assert state_of(live) is EngineState.PAUSED
    console.plus_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(window, Qt.Key.Key_Space)
    assert live.engine.plan[0].planned_seconds == 17 * 60
    assert state_of(live) is EngineState.PAUSED


def test_the_rail_jumps_on_click_or_enter_and_arrows_only_browse(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    rail = console.rail
    advance(console, clock, 90)
    rail.setFocus()
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_Down)
    assert console.live.engine.current_index == 0
    press(window, Qt.Key.Key_Return)
    assert console.live.engine.current_index == 2
    assert console.phase_name.text() == "Clarification"
    row = rail.visualItemRect(rail.item(4))
    QTest.mouseClick(rail.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert console.live.engine.current_index == 4
    assert rail.item(4).text() == "Consultation, current phase, 0:00 of 30\u00a0min"
    assert rail.item(0).text() == "Opening, done, 1:30 of 15\u00a0min"
    assert rail.item(1).text() == "Case exposition, skipped, 15\u00a0min"
    assert rail.item(5).text() == "Action plan, to come, 15\u00a0min"


def test_every_action_has_a_key_in_its_tooltip_and_in_the_cheat_sheet(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    for name, spec in console.action_set.specs.items():
        action = console.action_set[name]
        assert action.shortcuts(), name
        assert console.action_set.keys_text(name) in action.toolTip()
        del spec
    assert "PgDown" in console.next_button.toolTip()
    press(window, Qt.Key.Key_F1)
    sheet = console.cheat_sheet
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    assert sheet.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    keys = [keys for keys, _name in sheet.rows]
    assert "Space" in keys and "Ctrl+Z" in keys and "Ctrl+Shift+E" in keys and "Ctrl+N" in keys
    assert any("PgDown" in entry for entry in keys)


# --- screen readers and plain text -----------------------------------------------------------


def test_phase_changes_are_announced_and_changing_labels_keep_their_text_readable(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    assert console.last_announcement == "Phase 1 of 7. Opening, 15\u00a0min planned."
    press(window, Qt.Key.Key_PageDown)
    assert console.last_announcement == "Phase 2 of 7. Case exposition, 15\u00a0min planned."
    for label in (console.phase_name, console.phase_info, console.notice):
        assert not label.accessibleName(), label.objectName()  # a name would hide the text
    assert "Case exposition" in console.phase_name.accessibleDescription()
    assert console.timer.digits.accessibleName() == "Phase time"
    assert console.timer.digits.accessibleDescription() == "15:00"


def test_every_focusable_control_has_an_accessible_name_and_a_keyboard_path(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    _window, console = open_console(qtbot, clock, chime, classic)
    console.toggle_share()
    console.toggle_compact()
    assert console.compact_window is not None and console.share_window is not None
    for root in (console, console.compact_window):
        focusable = [
            widget
            for widget in root.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root)
        ]
        assert focusable
        for widget in focusable:
            assert widget.accessibleName().strip(), widget.objectName()
    for name in console.action_set.specs:
        assert console.action_set[name].shortcuts()
    console.leave_compact()


def test_names_full_of_markup_appear_literally_everywhere(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    tricky = "<b>Chloé</b> & <i>co</i>"
    window, console = open_console(
        qtbot, clock, chime, classic, people=("Amélie", tricky), client=None
    )
    assert console.controller.apply(NewRound())  # the opening's round
    assert console.controller.apply(NextSpeaker())
    assert console.controller.apply(NextSpeaker())
    assert console.floor.countdown.speaker.text() == tricky
    assert tricky in console.undo_button.toolTip()
    assert console.undo_button.full_text() == f"Undo: {tricky} speaks"
    console.undo_button.resize(1000, 30)
    assert console.undo_button.text() == f"Undo\n{tricky.replace('&', '&&')} speaks"
    console.toggle_share()
    console.toggle_compact()
    assert console.share_window is not None and console.compact_window is not None
    assert f"Speaking now: {tricky}" in console.share_window.texts()
    assert console.compact_window.floor.speaker.text() == tricky
    for root in (window, console.share_window, console.compact_window):
        for label in root.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    console.leave_compact()


# --- compact and share windows ---------------------------------------------------------------


def test_compact_mode_keeps_everything_and_drives_the_session(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    advance(console, clock, 60)
    press(window, Qt.Key.Key_C)
    compact = console.compact_window
    assert compact is not None and compact.isVisible() and not window.isVisible()
    assert compact.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert compact.phase_name.text() == "Opening"
    assert compact.timer.digits.text() == "14:00"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is compact)
    QTest.keyClick(compact, Qt.Key.Key_PageDown)  # the keys work in the compact window too
    assert console.live.engine.current_index == 1
    assert compact.phase_name.text() == "Case exposition"
    QTest.mouseClick(compact.pause_button, Qt.MouseButton.LeftButton)
    assert state_of(console.live) is EngineState.PAUSED
    assert compact.pause_button.text() == "Resume"
    advance(console, clock, 30)
    assert compact.timer.state.text().startswith("Paused")
    QTest.keyClick(compact, Qt.Key.Key_C)
    assert window.isVisible() and not compact.isVisible()
    assert console.phase_name.text() == "Case exposition"
    assert console.timer.digits.text() == "15:00"
    assert console.pause_button.text() == "Resume"


def test_closing_the_compact_window_brings_the_console_back(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    console.enter_compact()
    assert console.compact_window is not None
    console.compact_window.close()
    assert window.isVisible() and not console.compact


def test_the_share_window_shows_only_what_the_group_may_see(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    from codev_app.core.record import RecordText

    window, console = open_console(qtbot, clock, chime, classic)
    console.live.record.set_text(RecordText.PRIVATE_NOTES, "Secret: Bruno seems tired")
    press(window, Qt.Key.Key_PageDown)
    press(window, Qt.Key.Key_PageDown)
    press(window, Qt.Key.Key_S)
    share = console.share_window
    assert share is not None and share.isVisible()
    clarification = classic.phases[2]
    texts = share.texts()
    assert texts[0] == "Clarification"
    assert texts[3] == clarification.rules.lines("en")[0]
    shown = "\n".join(texts)
    assert clarification.opening_prompt.get("en") not in shown
    assert clarification.closing_prompt.get("en") not in shown
    assert "Secret" not in shown
    for label in share.findChildren(QLabel):
        assert "Secret" not in label.text()
        assert clarification.opening_prompt.get("en") not in label.text()
    # It follows the session.
    console.controller.apply(SelectSpeaker(console.live.roster.participant_for_key(2).id))
    console.controller.apply(SelectSpeaker(console.live.roster.participant_for_key(4).id))
    console.controller.apply(NextSpeaker())
    assert "Speaking now: Bruno" in share.texts()
    assert "Next: David" in share.texts()
    advance(console, clock, 14 * 60)
    assert share.timer.digits.text() == console.timer.digits.text() == "1:00"
    assert share.timer.state.text() == "Nearly over"
    press(window, Qt.Key.Key_S)
    assert not share.isVisible()


def test_the_share_window_stays_readable_at_640_by_360(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    _window, console = open_console(qtbot, clock, chime, classic)
    console.toggle_share()
    share = console.share_window
    assert share is not None
    share.resize(640, 360)
    qtbot.waitUntil(lambda: share.width() == 640)
    QApplication.processEvents()
    small = share.timer.digits.font().pixelSize()
    assert small >= 60
    for widget in (share.phase_name, share.timer.digits, share.timer.state, share.rule):
        geometry = widget.geometry()
        assert share.rect().contains(geometry), widget.objectName()
    share.resize(1280, 720)
    qtbot.waitUntil(lambda: share.width() == 1280)
    assert share.timer.digits.font().pixelSize() > small


# --- the extension point and calm per-second work -------------------------------------------


def test_side_panels_open_a_right_column(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    # A bare console: the main window adds its own panels (the speakers) when it opens a session.
    from codev_app.ui.session_controller import SessionController

    controller = SessionController(LiveSession(classic, clock))
    console = ConsoleWidget(controller)
    qtbot.addWidget(console)
    with qtbot.waitExposed(console):
        console.show()
    assert not console.side_tabs.isVisible()
    panel = QWidget()
    assert console.add_side_panel(panel, "Speakers") == 0
    assert console.add_side_panel(QWidget(), "Notes") == 1
    assert console.side_tabs.isVisible()
    assert console.side_panel_count() == 2
    assert panel.accessibleName() == "Speakers"
    assert console.splitter.sizes()[2] > 0


class _LayoutCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.where: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
            self.where.append(f"{type(watched).__name__}:{watched.objectName()}")
        return False


def test_a_second_passing_repaints_without_any_relayout(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    _window, console = open_console(qtbot, clock, chime, classic)
    console.toggle_share()
    counter = _LayoutCounter()
    watched = [console, *console.findChildren(QWidget)]
    assert console.share_window is not None
    watched += [console.share_window, *console.share_window.findChildren(QWidget)]
    for widget in watched:
        widget.installEventFilter(counter)

    def settled() -> bool:
        # New windows and side panels lay out over a few loops (longer on a busy machine):
        # wait until a whole pause goes by without any layout request, with no time passing.
        counter.count, counter.where = 0, []
        qtbot.wait(100)
        return counter.count == 0

    assert any(settled() for _ in range(30)), counter.where
    for _ in range(5):
        advance(console, clock, 1)
        QApplication.processEvents()
    assert console.timer.digits.text() == "14:55"
    assert counter.count == 0, counter.where


def test_the_details_fold_is_remembered(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    assert not console.card.collapsed
    press(window, Qt.Key.Key_D)
    assert console.card.collapsed and not console.card.body.isVisible()
    console.finish()
    window.close_session()
    window.open_session(SessionSetup(classic, PEOPLE))
    assert window.console is not None and window.console.card.collapsed


def test_a_refused_command_is_said_inline_without_any_dialog(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window, console = open_console(qtbot, clock, chime, classic)
    press(window, Qt.Key.Key_PageUp)
    assert console.notice.text() == "This is the first phase: there is no phase before it."
    assert QApplication.activeModalWidget() is None
    window.show_new_session()
    assert "A session is open" in console.notice.text()


def test_timers_only_sessions_keep_no_notes(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window = make_window(qtbot, clock, chime)
    window.open_session(SessionSetup(classic, PEOPLE, timers_only=True, title="Delegation"))
    assert window.console is not None
    record = window.console.live.record
    assert record.mode is RecordMode.TIMERS_ONLY
    assert not record.has_content


def test_the_console_can_start_a_session_opened_without_starting(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    window = make_window(qtbot, clock, chime)
    window.open_session(SessionSetup(classic, PEOPLE), start=False)
    console = window.console
    assert console is not None
    assert console.timer.state.text() == "Ready. Press Space to start."
    assert console.pause_button.text() == "Start"
    press(window, Qt.Key.Key_Space)
    assert state_of(console.live) is EngineState.RUNNING
    assert console.pause_button.text() == "Pause"


def test_typing_notes_in_a_multi_line_field_never_drives_the_session(
    qtbot: QtBot, clock: FakeClock, chime: FakeChime, classic: Template
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    window, console = open_console(qtbot, clock, chime, classic)
    notes = QPlainTextEdit()
    notes.setAccessibleName("Notes")
    console.add_side_panel(notes, "Notes")
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    live = console.live
    QTest.keyClicks(notes, "Plan: b+c, s - k d m")
    press(window, Qt.Key.Key_Return)
    QTest.keyClicks(notes, "next")
    assert notes.toPlainText() == "Plan: b+c, s - k d m\nnext"
    assert state_of(live) is EngineState.RUNNING
    assert len(live.engine.plan) == len(classic.phases)
    assert live.engine.plan[0].planned_seconds == classic.phases[0].planned_seconds
    assert not console.compact and console.share_window is None and not console.muted
    assert not console.card.collapsed and not live.keeps_end_time

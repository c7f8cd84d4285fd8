"""The console by keys only: one focus model, and a whole consultation typed into one line.

Through the real main window: after the start the keys act on the session; Enter goes to the
phase's entry line, Enter there files the line under whoever has the floor, Escape gives the keys
back, letters typed in the line never act on the session; a field on a hidden tab never keeps the
keyboard. Checks what the facilitator sees (focus, the mode line, the record) after each key.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.main_window import MainWindow
from codev_app.ui.record.panel import NotesPanel
from tests.ui.windows import session_console

PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class SilentChime:
    def play(self, chime: object) -> None:
        del chime


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard focus is, as a real key press goes."""
    QTest.keyClick(focus(), key, modifiers)


def type_text(text: str) -> None:
    """Typed key by key (letters beyond ASCII as the keyboard sends them: a key with its text)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focus(), char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus(), QKeyEvent(kind, 0, NONE, char))


def open_console(
    qtbot: QtBot, template: Template, language: str = "en"
) -> tuple[MainWindow, ConsoleWidget, FakeClock]:
    clock = FakeClock()
    window, console = session_console(qtbot, clock, template, PEOPLE, "Chloé", language=language)
    return window, console, clock


def notes_panel(console: ConsoleWidget) -> NotesPanel:
    panel = console.findChild(NotesPanel)
    assert panel is not None
    return panel


def on_session(console: ConsoleWidget) -> bool:
    """The keys act on the session, and the bar says so."""
    keyboard = console.keyboard
    return focus() is console and not keyboard.typing


def test_a_whole_consultation_by_keys_only(qtbot: QtBot, classic: Template, language: str) -> None:
    window, console, clock = open_console(qtbot, classic, language)
    live = console.live
    # After the start the keyboard belongs to the session, not to the phase rail.
    assert live.state is EngineState.RUNNING and on_session(console)
    session_mode = console.keyboard.label.text()
    for _ in range(4):
        press(Qt.Key.Key_PageDown)
    assert live.engine.current_phase.id == "consultation"
    assert console.floor.isVisible() and console.floor.entry.isVisible()
    consultants = [person for person in live.roster.participants if person.name != "Chloé"]

    expected: list[tuple[str, str, bool]] = []
    for number, person in enumerate(consultants):
        press(Qt.Key.Key_N)  # the floor
        assert live.turns.current_speaker == person.id
        assert console.floor.countdown.speaker.text() == person.name
        press(Qt.Key.Key_Return)  # to the entry line
        assert focus() is console.floor.line and console.keyboard.typing
        assert console.keyboard.label.text() != session_mode
        assert person.name in console.floor.line.placeholderText()
        # Letters and digits type text here: "vendredi" fires neither N, D nor R.
        text = f"Call her manager on vendredi at 9, idea {number}"
        type_text(text)
        assert live.turns.current_speaker == person.id
        assert live.state is EngineState.RUNNING
        if number % 2 == 0:
            press(Qt.Key.Key_K, CTRL)  # kept, one key away
        press(Qt.Key.Key_Return)
        expected.append((text, person.id, number % 2 == 0))
        assert console.floor.line.text() == ""
        assert focus() is console.floor.line  # ready for their next one
        if number == 1:
            # A second one by the same person, then marked kept after Enter (nothing typed).
            type_text("Write it down tonight")
            press(Qt.Key.Key_Return)
            press(Qt.Key.Key_K, CTRL)
            expected.append(("Write it down tonight", person.id, True))
        press(Qt.Key.Key_Escape)
        assert on_session(console)
        assert console.keyboard.label.text() == session_mode

    # Someone else's idea, noted while Farid has the floor: ↑ picks another author.
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Up)
    chosen = console.floor.chosen_author()
    assert chosen is not None and chosen != live.turns.current_speaker
    type_text("Ask the team first")
    press(Qt.Key.Key_Return)
    expected.append(("Ask the team first", chosen, False))
    press(Qt.Key.Key_Escape)

    press(Qt.Key.Key_Space)  # Space pauses, once the keys are back on the session
    assert live.state.value == "paused"
    assert console.timer.state.text().startswith(("Paused", "En pause"))
    press(Qt.Key.Key_Space)
    assert live.state.value == "running"

    noted = [(item.text, item.author, item.kept) for item in live.record.suggestions]
    assert noted == expected
    assert live.record.text(RecordText.PRIVATE_NOTES) == ""  # never the default target
    # The Notes tab shows each under its author.
    panel = notes_panel(console)
    for row, (_text, author, kept) in zip(panel.suggestions.rows.values(), expected, strict=True):
        assert row.author.currentData() == author and row.kept.isChecked() is kept

    # The action plan: one step per Enter.
    press(Qt.Key.Key_PageDown)
    assert live.engine.current_phase.id == "action_plan"
    press(Qt.Key.Key_Return)
    type_text("Meet the manager on Monday")
    press(Qt.Key.Key_Return)
    type_text("Tell the group how it went")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    assert [step.what for step in live.record.action_items] == [
        "Meet the manager on Monday",
        "Tell the group how it went",
    ]

    # Learnings: one per person, in order (client first), nobody needs the floor.
    press(Qt.Key.Key_PageDown)
    assert live.engine.current_phase.id == "learnings"
    press(Qt.Key.Key_Return)
    order = [live.roster.client, *consultants]
    for person in order[:3]:
        assert console.floor.chosen_author() == (person.id if person else None)
        type_text(f"What {person.name if person else ''} takes away")
        press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    assert [item.participant_id for item in live.record.learnings] == [
        person.id for person in order[:3] if person is not None
    ]
    assert on_session(console)
    clock.advance(1)
    window.close()


def test_escape_and_hidden_tabs_never_leave_keys_in_a_field(
    qtbot: QtBot, classic: Template
) -> None:
    window, console, _clock = open_console(qtbot, classic)
    live = console.live
    panel = notes_panel(console)
    console.side_tabs.setCurrentWidget(panel)
    field = panel.field("private_notes")
    field.setFocus()
    assert focus() is field and console.keyboard.typing
    type_text("Bruno fatigue")
    press(Qt.Key.Key_Escape)  # Escape leaves a text field
    assert on_session(console)
    # A field on a tab that goes hidden loses the keyboard: "1" then acts on the session.
    field.setFocus()
    console.side_tabs.setCurrentIndex(0)  # the Speakers tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console)
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_N)
    assert live.record.text(RecordText.PRIVATE_NOTES) == "Bruno fatigue"
    assert live.turns.current_speaker is not None  # the round began with N
    # Keys act on the session from a drop-down or a button too.
    combo = console.side_tabs.findChild(QWidget, "speakerTime")
    assert combo is not None
    combo.setFocus()
    before = live.turns.current_speaker
    press(Qt.Key.Key_N)
    assert live.turns.current_speaker != before
    press(Qt.Key.Key_Escape)
    assert on_session(console)
    window.close()


def test_enter_confirms_the_end_question_and_escape_keeps_going(
    qtbot: QtBot, classic: Template
) -> None:
    window, console, _clock = open_console(qtbot, classic)
    live = console.live
    shift = Qt.KeyboardModifier.ShiftModifier
    press(Qt.Key.Key_E, CTRL | shift)
    assert console.end_frame.isVisible()
    press(Qt.Key.Key_Escape)
    assert not console.end_frame.isVisible() and on_session(console)
    assert live.state is EngineState.RUNNING
    press(Qt.Key.Key_E, CTRL | shift)
    press(Qt.Key.Key_Return)
    assert live.state.value == "finished"
    window.close()


def test_ctrl_q_during_a_session_asks_inline_and_pauses(qtbot: QtBot, classic: Template) -> None:
    window, console, _clock = open_console(qtbot, classic)
    live = console.live
    press(Qt.Key.Key_Q, CTRL)
    assert window.isVisible() and console.quit_frame.isVisible()
    assert live.state.value == "paused"  # nothing runs on while the question is asked
    assert "resume it at the next start" in console.quit_frame.question.text()
    press(Qt.Key.Key_Escape)  # keep going
    assert not console.quit_frame.isVisible() and on_session(console)
    press(Qt.Key.Key_Space)
    assert live.state.value == "running"
    press(Qt.Key.Key_Q, CTRL)
    press(Qt.Key.Key_Return)  # Enter confirms
    assert not window.isVisible()


def test_window_places_are_remembered_per_screen_setup(qtbot: QtBot, classic: Template) -> None:
    window, console, _clock = open_console(qtbot, classic)
    console.toggle_share()
    share = console.share_window
    assert share is not None
    share.resize(700, 420)
    console.toggle_share()  # closed: its size is remembered for these screens
    console.toggle_share()
    assert (share.width(), share.height()) == (700, 420)
    keys = [key for key in window._memory if key.startswith("window.share.")]
    assert len(keys) == 1 and "x" in keys[0]
    window.close()


def test_the_keep_end_time_note_never_shows_stale_numbers(qtbot: QtBot, classic: Template) -> None:
    window, console, clock = open_console(qtbot, classic)
    clock.advance(20 * 60)  # the opening runs 5 minutes long
    console.controller.tick()
    assert console.set_keep_end_time(True)
    note = console.clock.note_label
    assert not note.isHidden() and "→" in note.text()
    press(Qt.Key.Key_Z, CTRL)  # undone: the plan is back as it was, the note goes
    assert note.isHidden()
    window.close()
    window.close()


def test_half_a_screen_to_full_screen_nothing_clipped_and_the_disk_grows(
    qtbot: QtBot, classic: Template
) -> None:
    window, console, _clock = open_console(qtbot, classic)
    for _ in range(4):
        press(Qt.Key.Key_PageDown)  # the consultation: the floor view and its entry line
    diameters = []
    for width, height in ((720, 600), (1280, 800), (1920, 1080)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 720
        assert console.centre_area.horizontalScrollBar().maximum() == 0  # nothing cut sideways
        assert console.rail.isVisible() is (width >= 860)
        line = console.floor.line
        assert line.isVisible() and line.width() >= 150
        diameters.append(console.timer.disk.width())
    assert diameters == sorted(diameters) and diameters[0] < diameters[-1]
    window.close()
    window.close()


def test_the_line_saying_where_the_keys_go_is_never_cut_while_the_bar_has_room(
    qtbot: QtBot, classic: Template, language: str
) -> None:
    window, console, _clock = open_console(qtbot, classic, language)
    label = console.keyboard.label
    metrics = label.fontMetrics()
    for _ in range(4):
        press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_N)
    press(Qt.Key.Key_Return)  # typing: the longer of the two texts
    for size in ((1280, 800), (720, 600)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.width() == size[0])
        qtbot.wait(20)
        assert metrics.horizontalAdvance(label.text()) <= label.width(), (size, label.text())

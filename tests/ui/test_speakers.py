"""The Speakers panel, driven as a facilitator would: number keys, N/P/L/R/T, clicks, FakeClock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.commands import GoToPhase, SetPresent, StartSession
from codev_app.core.participants import Role, Roster
from codev_app.core.session import LiveSession
from codev_app.core.speaking_time import SpeakerTime
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.core.timing import TimerState
from codev_app.core.turn_state import QueueOrder, RoundOrder
from codev_app.resources_path import resource_dir
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.console.palette import timer_colors
from codev_app.ui.console.speaker_clock import SpeakerClock
from codev_app.ui.console.speakers import RowKind, SpeakerPanel, add_speaker_panel
from codev_app.ui.console.speaking_chart import chart_rows
from codev_app.ui.session_controller import SessionController

PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise")  # keys 1–5; Chloé is the client


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


def open_panel(
    qtbot: QtBot,
    clock: FakeClock,
    template: Template,
    *,
    people: tuple[str, ...] = PEOPLE,
    client: str | None = "Chloé",
) -> tuple[ConsoleWidget, SpeakerPanel]:
    """A running session's console, active, with the Speakers panel."""
    roster = Roster()
    for name in people:
        roster.add(name, Role.CLIENT if name == client else Role.CONSULTANT)
    live = LiveSession(template, clock, roster=roster)
    controller = SessionController(live)
    console = ConsoleWidget(controller, chime=SilentChime())
    controller.setParent(console)
    panel = add_speaker_panel(console)
    qtbot.addWidget(console)
    console.resize(1180, 760)
    with qtbot.waitExposed(console):
        console.show()
    with qtbot.waitActive(console):
        console.activateWindow()
    console.rail.setFocus()
    controller.apply(StartSession())
    return console, panel


def press(console: ConsoleWidget, key: Qt.Key) -> None:
    """A key press sent where the keyboard focus is (as a real key press would go)."""
    QTest.keyClick(QApplication.focusWidget() or console, key)


DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


def advance(console: ConsoleWidget, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    console.controller.tick()


def ids(console: ConsoleWidget) -> dict[str, str]:
    return {p.name: p.id for p in console.live.roster}


def status(panel: SpeakerPanel, name: str) -> tuple[RowKind | None, str]:
    pid = ids(panel.console)[name]
    row = panel.rows[pid]
    return row.kind, row.status.text()


def mode(live: LiveSession) -> TurnMode:
    return live.turns.mode


def shown(clock: SpeakerClock) -> str:
    """The speaker's time as read: digits, then words."""
    return f"{clock.time.text()} {clock.words.text()}"


def disk_state(panel: SpeakerPanel) -> TimerState | None:
    return panel.countdown.disk.state


def go_to(console: ConsoleWidget, phase_id: str) -> None:
    assert console.controller.apply(GoToPhase(phase_id))


# --- a consultation round ----------------------------------------------------------------------


def test_a_whole_consultation_round_with_keys_and_the_client_silent(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "consultation")
    assert mode(live) is TurnMode.ROUND
    assert panel.mode_choice.currentText() == "Round"
    assert panel.round_box.isVisibleTo(panel) and not panel.queue_box.isVisibleTo(panel)
    assert panel.who_line.text() == "Who may speak: the consultants."
    assert panel.order_line.text() == "The round will be: Amélie · Bruno · David · Élise"
    assert status(panel, "Chloé") == (RowKind.LISTENS, "listens")
    heard = []

    def note_speaker() -> None:
        speaker = live.turns.current_speaker
        if speaker is not None and speaker not in heard:
            heard.append(speaker)

    press(console, Qt.Key.Key_N)  # starts the round with its first speaker
    note_speaker()
    assert status(panel, "Amélie") == (RowKind.SPEAKING, "speaking")
    assert status(panel, "Bruno") == (RowKind.NEXT, "next")
    assert console.floor.countdown.speaker.text() == "Amélie"
    assert console.floor.queue_line.text().startswith("Next: Bruno")
    advance(console, clock, 90)
    press(console, Qt.Key.Key_N)
    note_speaker()
    assert status(panel, "Amélie") == (RowKind.SPOKE, "has spoken")
    press(console, Qt.Key.Key_L)  # Bruno will speak later: David speaks
    note_speaker()
    assert live.turns.current_speaker == ids(console)["David"]
    assert panel.order_line.text() == ("Round 1: Amélie (spoke) · David (speaking) · Élise · Bruno")
    press(console, Qt.Key.Key_P)  # David passes: Élise speaks
    note_speaker()
    assert status(panel, "David") == (RowKind.PASSED, "passed")
    before = live.to_data()
    press(console, DIGITS[3])  # the client asks to speak: refused, calmly
    assert console.notice.text() == "The client listens in this phase: only the consultants speak."
    assert live.to_data() == before
    advance(console, clock, 30)
    press(console, Qt.Key.Key_N)  # Bruno's turn comes back at the end
    note_speaker()
    advance(console, clock, 20)
    press(console, Qt.Key.Key_N)
    assert live.turns.round_over and live.turns.current_speaker is None
    assert ids(console)["Chloé"] not in heard
    assert [live.roster.get(pid).name for pid in heard] == ["Amélie", "Bruno", "David", "Élise"]
    press(console, Qt.Key.Key_N)
    assert console.notice.text() == "Everyone has spoken in this round. Press R for another round."
    assert panel.order_line.text().startswith("Round 1 is over. Next round: Amélie")
    times = live.speaking_times("consultation")
    people = ids(console)
    assert times.of(people["Amélie"]) == pytest.approx(90)
    assert times.of(people["Élise"]) == pytest.approx(30)
    assert times.of(people["Bruno"]) == pytest.approx(20)
    assert times.of(people["David"]) == 0 and times.of(people["Chloé"]) == 0
    press(console, Qt.Key.Key_R)  # a second round, nobody speaks yet
    assert live.turns.round_number == 2 and live.turns.current_speaker is None
    assert panel.order_line.text() == "Round 2: Amélie · Bruno · David · Élise"
    assert console.undo_button.full_text() == "Undo: round 2"


def test_a_number_key_in_a_round_gives_the_floor_out_of_turn(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "consultation")
    press(console, DIGITS[4])  # before the round is built: refused, nothing changes
    assert console.notice.text() == "There is no round yet: start a round first."
    assert live.turns.state.round is None
    press(console, Qt.Key.Key_N)
    press(console, DIGITS[4])  # David speaks now, Amélie has spoken
    assert live.turns.current_speaker == ids(console)["David"]
    assert status(panel, "Amélie")[0] is RowKind.SPOKE
    assert status(panel, "Bruno")[0] is RowKind.NEXT
    press(console, DIGITS[1])  # Amélie already had her turn
    assert console.notice.text().startswith("This person has already had a turn in this round.")
    press(console, DIGITS[4])  # pressed again: David's turn ends
    assert live.turns.current_speaker is None
    assert status(panel, "David")[0] is RowKind.SPOKE


def test_round_orders_are_shown_before_the_round_starts(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "learnings")  # everyone speaks, in turn, the client first
    assert panel.who_line.text() == "Who may speak: everyone."
    assert panel.order_line.text() == "The round will be: Chloé · Amélie · Bruno · David · Élise"
    choice = panel.round_order_choice
    choice.activated.emit(choice.findData(RoundOrder.CLIENT_LAST.value))
    assert panel.order_line.text() == "The round will be: Amélie · Bruno · David · Élise · Chloé"
    choice.activated.emit(choice.findData(RoundOrder.SHUFFLED.value))
    shown = panel.order_line.text().removeprefix("The round will be: ").split(" · ")
    assert sorted(shown) == sorted(PEOPLE)
    press(console, Qt.Key.Key_N)
    assert [live.roster.get(pid).name for pid in live.turns.still_to_speak] == shown


# --- raised hands ------------------------------------------------------------------------------


def test_a_queue_of_raised_hands_with_number_keys(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "clarification")
    assert mode(live) is TurnMode.QUEUE
    assert panel.queue_box.isVisibleTo(panel) and not panel.round_box.isVisibleTo(panel)
    assert "press their number" in panel.hint.text()
    press(console, DIGITS[2])
    press(console, DIGITS[4])
    assert status(panel, "Bruno") == (RowKind.HAND, "hand raised · 1")
    assert status(panel, "David") == (RowKind.HAND, "hand raised · 2")
    assert console.floor.countdown.speaker.text() == "Nobody has the floor"
    assert console.floor.queue_line.text() == "Next: Bruno · David"
    console.toggle_share()
    assert console.share_window is not None
    assert console.share_window.later.text() == "Then: David"
    press(console, Qt.Key.Key_N)
    assert status(panel, "Bruno") == (RowKind.SPEAKING, "speaking")
    assert status(panel, "David") == (RowKind.HAND, "hand raised · 1")
    advance(console, clock, 60)
    press(console, DIGITS[2])  # Bruno asks again while speaking
    press(console, DIGITS[1])
    press(console, Qt.Key.Key_N)  # David, first raised
    assert live.turns.current_speaker == ids(console)["David"]
    advance(console, clock, 30)
    assert status(panel, "Bruno")[1] == "hand raised · 1"
    choice = panel.queue_order_choice
    choice.activated.emit(choice.findData(QueueOrder.LEAST_SPOKEN.value))
    assert live.turns.queue_order is QueueOrder.LEAST_SPOKEN
    assert status(panel, "Amélie")[1] == "hand raised · 1"  # never spoke
    assert status(panel, "Bruno")[1] == "hand raised · 2"
    press(console, DIGITS[1])  # Amélie lowers her hand
    assert status(panel, "Amélie")[0] is RowKind.IDLE
    press(console, Qt.Key.Key_N)
    assert live.turns.current_speaker == ids(console)["Bruno"]
    press(console, Qt.Key.Key_N)
    assert console.notice.text() == "Nobody is waiting to speak."
    assert live.speaking_times("clarification").of(ids(console)["David"]) == pytest.approx(30)


def test_free_speech_keys_and_clicks_mark_who_speaks(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "exposition")  # the client only, freely
    assert panel.mode_choice.currentText() == "Free"
    assert not panel.round_box.isVisibleTo(panel) and not panel.queue_box.isVisibleTo(panel)
    press(console, DIGITS[3])
    assert status(panel, "Chloé") == (RowKind.SPEAKING, "speaking")
    before = live.to_data()
    press(console, DIGITS[1])
    assert console.notice.text() == "This person does not speak in this phase."
    assert live.to_data() == before
    press(console, Qt.Key.Key_N)
    assert console.notice.text().startswith("In free speech, press a participant’s number")
    advance(console, clock, 45)
    row = panel.rows[ids(console)["Chloé"]]
    QTest.mouseClick(row.name_button, Qt.MouseButton.LeftButton)  # a click: she stops
    assert live.turns.current_speaker is None
    assert live.speaking_times("exposition").of(ids(console)["Chloé"]) == pytest.approx(45)
    assert not row.name_button.hasFocus()  # a click leaves the keys to the console
    press(console, DIGITS[9])
    assert console.notice.text() == "No participant has this number."


def test_the_turn_mode_can_be_switched_live(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "clarification")
    press(console, DIGITS[2])
    press(console, Qt.Key.Key_N)
    advance(console, clock, 40)
    panel.mode_choice.activated.emit(panel.mode_choice.findData(TurnMode.ROUND.value))
    assert mode(live) is TurnMode.ROUND
    assert panel.round_box.isVisibleTo(panel)
    assert live.speaking_times("clarification").of(ids(console)["Bruno"]) == pytest.approx(40)
    press(console, Qt.Key.Key_N)
    assert live.turns.current_speaker == ids(console)["Chloé"]  # everyone: the client first
    press(console, Qt.Key.Key_P)
    assert live.turns.current_speaker == ids(console)["Amélie"]
    panel.mode_choice.activated.emit(panel.mode_choice.findData(TurnMode.FREE.value))
    assert mode(live) is TurnMode.FREE and panel.mode_choice.currentText() == "Free"
    assert not panel.round_box.isVisibleTo(panel)


# --- people arriving and leaving ---------------------------------------------------------------


def test_leaving_mid_round_and_a_late_arrival(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "consultation")
    press(console, Qt.Key.Key_N)
    advance(console, clock, 25)
    QTest.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.add_row.isVisibleTo(panel)
    amelie = ids(console)["Amélie"]
    row = panel.rows[amelie]
    assert row.edit_row.isVisibleTo(panel) and row.here_box.isChecked()
    QTest.mouseClick(row.here_box, Qt.MouseButton.LeftButton)  # Amélie's connection drops
    assert not live.roster.is_present(amelie)
    assert status(panel, "Amélie") == (RowKind.ABSENT, "left")
    assert live.turns.current_speaker is None
    assert live.speaking_times("consultation").of(amelie) == pytest.approx(25)
    before = live.to_data()
    press(console, DIGITS[1])
    assert console.notice.text() == "This person is not present."
    assert live.to_data() == before
    panel.latecomer.setFocus()
    QTest.keyClicks(panel.latecomer, "Farid")
    QTest.keyClick(panel.latecomer, Qt.Key.Key_Return)
    assert panel.latecomer.text() == ""
    farid = ids(console)["Farid"]
    assert live.roster.get(farid).key == 6
    assert live.roster.attendance(farid).arrived_late
    assert console.notice.text() == "Farid joins the session (number 6)."
    assert live.turns.still_to_speak[-1] == farid
    assert status(panel, "Farid") == (RowKind.WAITING, "waiting")
    QTest.keyClicks(panel.latecomer, "bruno")
    QTest.keyClick(panel.latecomer, Qt.Key.Key_Return)
    assert console.notice.text() == "Someone already has this name."
    assert panel.latecomer.text() == "bruno" and len(live.roster) == 6
    console.rail.setFocus()
    QTest.mouseClick(row.here_box, Qt.MouseButton.LeftButton)  # Amélie is back
    assert live.roster.is_present(amelie)
    assert live.turns.still_to_speak[-1] == amelie  # her cut-off turn comes back at the end


def test_an_empty_round_is_refused_calmly(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic, people=("Amélie", "Chloé"))
    live = console.live
    go_to(console, "consultation")
    live.apply(SetPresent(ids(console)["Amélie"], False))
    assert panel.order_line.text() == "Nobody present may speak in this phase."
    before = live.to_data()
    press(console, Qt.Key.Key_N)
    assert console.notice.text() == "Nobody present may speak in this phase."
    press(console, Qt.Key.Key_R)
    assert live.to_data() == before
    assert live.turns.state.round is None


def test_choosing_the_client_and_roles(qtbot: QtBot, clock: FakeClock, classic: Template) -> None:
    console, panel = open_panel(qtbot, clock, classic, client=None)
    live = console.live
    assert panel.client_label.text() == "Who is the client today?"
    assert panel.client_choice.currentText() == "Choose…"
    panel.client_choice.activated.emit(panel.client_choice.findText("David"))
    assert live.roster.client is not None and live.roster.client.name == "David"
    assert panel.client_label.text() == "Client"
    assert panel.client_choice.findText("Choose…") < 0
    assert panel.client_choice.currentText() == "David"
    go_to(console, "consultation")
    assert status(panel, "David")[0] is RowKind.LISTENS
    panel.set_editing(True)
    bruno = panel.rows[ids(console)["Bruno"]]
    bruno.role_choice.activated.emit(bruno.role_choice.findData(Role.CLIENT.value))
    assert live.roster.client is not None and live.roster.client.name == "Bruno"
    assert live.roster.get(ids(console)["David"]).role is Role.CONSULTANT
    assert panel.client_choice.currentText() == "Bruno"
    elise = panel.rows[ids(console)["Élise"]]
    elise.role_choice.activated.emit(elise.role_choice.findData(Role.FACILITATOR.value))
    assert status(panel, "Élise") == (RowKind.LISTENS, "listens")
    assert "facilitator" in elise.name_button.accessibleName()
    assert elise.name_button.text() == "Élise · facilitator"
    assert panel.rows[ids(console)["Bruno"]].name_button.text() == "Bruno · client"
    assert panel.rows[ids(console)["David"]].name_button.text() == "David"  # a consultant


# --- the speaker's own countdown ---------------------------------------------------------------


def test_a_fixed_speaker_time_warns_gently_then_counts_overtime(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    go_to(console, "consultation")
    countdown = panel.countdown
    assert countdown.speaker.text() == "Nobody has the floor" and countdown.disk.isHidden()
    choice = panel.time_choice
    choice.activated.emit(choice.findData(60))
    assert console.live.turns.speaker_time == SpeakerTime.fixed(60)
    press(console, Qt.Key.Key_N)
    assert countdown.speaker.text() == "Amélie"
    assert shown(countdown) == "1:00 left"
    assert not countdown.disk.isHidden() and disk_state(panel) is TimerState.PLENTY
    advance(console, clock, 50)
    assert shown(countdown) == "0:10 left · nearly over"
    assert disk_state(panel) is TimerState.NEARLY_OVER
    warm = timer_colors(TimerState.NEARLY_OVER, countdown.palette()).text
    assert countdown.words._color == warm
    assert console.last_announcement == "Amélie · 0:10 left · nearly over"
    advance(console, clock, 15)
    assert shown(countdown) == "+0:05 over time"
    assert disk_state(panel) is TimerState.OVERTIME
    press(console, Qt.Key.Key_N)  # Bruno's own minute starts afresh
    assert countdown.speaker.text() == "Bruno" and shown(countdown) == "1:00 left"
    choice.activated.emit(choice.findData("none"))
    assert shown(countdown) == "0:00 spoken, no time limit" and countdown.disk.isHidden()


def test_a_shared_speaker_time_divides_what_is_left_of_the_phase(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "consultation")  # 30 minutes, four consultants
    choice = panel.time_choice
    choice.activated.emit(choice.findData("share"))
    press(console, Qt.Key.Key_N)
    assert shown(panel.countdown) == "7:30 left"
    advance(console, clock, 10 * 60)  # Amélie takes ten minutes
    assert shown(panel.countdown) == "+2:30 over time"
    press(console, Qt.Key.Key_N)  # 20 minutes left for three
    assert shown(panel.countdown) == "6:40 left"
    status = live.turns.speaker_status(live.engine.phase_status().remaining)
    assert status is not None and status.allotted == 400


def test_a_second_passing_repaints_the_countdown_without_any_relayout(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    go_to(console, "consultation")
    panel.time_choice.activated.emit(panel.time_choice.findData(120))
    press(console, Qt.Key.Key_N)
    advance(console, clock, 1)
    qtbot.wait(300)  # the new speaker's floor view settles (fields fit their text) first
    counter = _LayoutCounter()
    for widget in [console, *console.findChildren(QWidget)]:
        widget.installEventFilter(counter)
    for _ in range(5):
        advance(console, clock, 1)
        QApplication.processEvents()
    assert shown(panel.countdown) == "1:54 left"
    assert counter.count == 0, counter.where


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


# --- what the group sees -----------------------------------------------------------------------


def test_compact_and_share_windows_follow_who_speaks(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, _panel = open_panel(qtbot, clock, classic)
    go_to(console, "consultation")
    console.toggle_share()
    share = console.share_window
    assert share is not None
    press(console, Qt.Key.Key_N)
    assert "Speaking now: Amélie" in share.texts() and "Next: Bruno" in share.texts()
    assert share.later.text() == "Then: David · Élise"  # everyone sees when their turn comes
    share.resize(640, 360)  # a small video tile: every line still fits
    qtbot.waitUntil(lambda: share.width() == 640)
    QApplication.processEvents()
    for line in (share.speaker, share.upcoming, share.later):
        assert share.rect().contains(line.geometry()), line.objectName()
    console.enter_compact()
    compact = console.compact_window
    assert compact is not None
    assert (compact.floor.speaker.text(), compact.speaker.text()) == ("Amélie", "Next: Bruno")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is compact)
    QTest.keyClick(compact, Qt.Key.Key_N)  # the keys work in the compact window too
    assert (compact.floor.speaker.text(), compact.speaker.text()) == ("Bruno", "Next: David")
    assert "Speaking now: Bruno" in share.texts() and "Next: David" in share.texts()
    QTest.keyClick(compact, Qt.Key.Key_P)
    assert (compact.floor.speaker.text(), compact.speaker.text()) == ("David", "Next: Élise")
    assert share.later.text() == ""
    console.leave_compact()


# --- the chart ---------------------------------------------------------------------------------


def test_the_speaking_time_chart_shows_the_cores_figures(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, _panel = open_panel(qtbot, clock, classic)
    live = console.live
    press(console, Qt.Key.Key_N)  # the opening's round: Chloé, the client, first
    advance(console, clock, 75)
    press(console, Qt.Key.Key_N)
    advance(console, clock, 40)
    go_to(console, "consultation")
    press(console, Qt.Key.Key_N)
    advance(console, clock, 130)
    press(console, Qt.Key.Key_T)
    window = _panel.chart_window
    assert window is not None and window.isVisible()
    assert window.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    assert window.phase_id == "consultation"  # the current phase first

    def figures(phase_id: str | None) -> dict[str, float]:
        times = live.speaking_times(phase_id)
        return {p.name: times.of(p.id) for p in live.roster}

    shown = {row.name: row.seconds for row in window.chart.rows}
    assert shown == figures("consultation")
    assert shown["Amélie"] == pytest.approx(130)
    assert "Amélie: 2:10, 100%" in window.chart.accessibleDescription()
    window.show_phase(None)
    shown = {row.name: row.seconds for row in window.chart.rows}
    assert shown == figures(None)
    assert shown["Amélie"] == pytest.approx(40 + 130)
    assert shown["Chloé"] == pytest.approx(75)
    assert window.total.text() == "Total spoken: 4:05"
    advance(console, clock, 5)  # the running turn counts, each second
    assert {row.name: row.seconds for row in window.chart.rows}["Amélie"] == pytest.approx(175)
    names = [window.phase_choice.itemText(i) for i in range(window.phase_choice.count())]
    assert names == ["Whole session", "Opening", "Consultation"]
    window.show_phase("opening")
    assert [(r.name, r.seconds) for r in window.chart.rows] == [
        (r.name, r.seconds) for r in chart_rows(live, "opening")
    ]
    press(console, Qt.Key.Key_T)
    assert not window.isVisible()


# --- keys, typing and the cheat sheet ----------------------------------------------------------


def test_typing_a_name_never_triggers_the_speaker_keys(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    live = console.live
    go_to(console, "clarification")
    panel.set_editing(True)
    panel.latecomer.setFocus()
    qtbot.waitUntil(panel.latecomer.hasFocus)
    before = live.to_data()
    text = "Nina Rolph-Taylor 2 Lopez 13"
    QTest.keyClicks(panel.latecomer, text)
    assert panel.latecomer.text() == text
    assert live.to_data() == before  # no hand raised, no N, P, L, R
    assert panel.chart_window is None  # no T
    console.rail.setFocus()
    press(console, DIGITS[2])
    assert live.turns.hands_raised == (ids(console)["Bruno"],)


def test_every_speaker_key_is_in_the_tooltips_and_the_cheat_sheet(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    console, panel = open_panel(qtbot, clock, classic)
    assert panel.next_button.toolTip() == "Next speaker (N)"
    assert panel.pass_button.toolTip() == "Pass this turn (P)"
    assert panel.later_button.toolTip() == "Speak later (L)"
    assert panel.new_round_button.toolTip() == "New round (R)"
    assert panel.chart_button.toolTip() == "Speaking times (T)"
    console.toggle_cheat_sheet()
    sheet = console.cheat_sheet
    assert sheet is not None
    rows = dict(sheet.rows)
    assert rows["N"] == "Next speaker" and rows["P"] == "Pass this turn"
    assert rows["L"] == "Speak later" and rows["R"] == "New round"
    assert rows["T"] == "Speaking times" and rows["1–9"] == "Participant by number"
    assert rows["K"] == "Keep the end time"  # no clash with the existing keys
    keys = [keys for keys, _name in sheet.rows]
    assert len(keys) == len(set(keys))
    sheet.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_console_menu_letters_never_clash(
    qtbot: QtBot, clock: FakeClock, classic: Template, qapp: QApplication, language: str
) -> None:
    translators = i18n.install_translators(qapp, language)
    try:
        console, _panel = open_panel(qtbot, clock, classic)
        letters = []
        in_menu = [
            action
            for action in console.action_set.all()
            if action.objectName() != "action_cheat_sheet"  # the Help menu has its own
        ]
        for action in in_menu:
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].casefold())
        assert len(letters) == len(set(letters)), letters
    finally:
        i18n.remove_translators(qapp, translators)


def test_every_panel_control_has_an_accessible_name_and_names_stay_plain(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    tricky = "<b>Zoé</b> & co"
    console, panel = open_panel(qtbot, clock, classic, people=("Amélie", tricky, "Chloé"))
    panel.set_editing(True)
    go_to(console, "consultation")
    press(console, Qt.Key.Key_N)
    press(console, Qt.Key.Key_N)
    assert panel.countdown.speaker.text() == tricky
    row = panel.rows[ids(console)[tricky]]
    assert row.name_button.text() == "<b>Zoé</b> && co"  # shown with its "&", not a shortcut
    for label in panel.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(panel)
    ]
    assert len(focusable) > 10
    for widget in focusable:
        assert widget.accessibleName().strip(), widget.objectName()


def test_the_main_window_opens_sessions_with_the_speakers_panel(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup

    window = MainWindow(clock=clock, chime=SilentChime())
    qtbot.addWidget(window)
    window.show()
    window.complete_startup()
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloé"))
    assert window.console is not None
    panel = window.console.findChild(SpeakerPanel)
    assert panel is not None
    tabs = window.console.side_tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Speakers"
    # Behind the Notes, the panel waits to be looked at; a click on its tab shows it painted.
    assert tabs.currentWidget() is not panel and not panel.built
    tab_bar = tabs.tabBar()
    qtbot.mouseClick(
        tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(tabs.indexOf(panel)).center()
    )
    assert tabs.currentWidget() is panel and panel.built
    assert panel.client_choice.currentText() == "Chloé"
    chloe = next(person.id for person in window.console.live.roster if person.name == "Chloé")
    assert panel.rows[chloe].isVisible()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_panel_fits_its_column_and_speaks_french(
    qtbot: QtBot, clock: FakeClock, classic: Template, qapp: QApplication, language: str
) -> None:
    translators = i18n.install_translators(qapp, language)
    try:
        console, panel = open_panel(qtbot, clock, classic, people=(*PEOPLE, "Marie-Claude"))
        go_to(console, "consultation")
        panel.set_editing(True)
        press(console, Qt.Key.Key_N)
        press(console, DIGITS[3])
        content = panel.scroll_area.widget()
        assert content is not None
        # Nothing is cut on the right: the content asks for no more than the column gives it.
        assert content.minimumSizeHint().width() <= panel.scroll_area.viewport().width()
        tabs = console.side_tabs
        if language == "fr":
            assert tabs.tabText(tabs.indexOf(panel)) == "Parole"
            assert console.notice.text() == (
                "Le client écoute pendant cette phase\u00a0: seuls les consultants parlent."
            )
            assert status(panel, "Chloé") == (RowKind.LISTENS, "écoute")
            assert shown(panel.countdown) == "0:00 parlé, sans limite"
    finally:
        i18n.remove_translators(qapp, translators)

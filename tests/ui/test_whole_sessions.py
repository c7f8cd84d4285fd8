"""Whole sessions played as a facilitator plays them: by keys, through the real main window.

Every built-in template, in French and English: someone holds the floor when Page Down is pressed
(the first release's crash), notes are typed in the phase's own fields, a phase change is undone and
redone, the timer is paused. After each key the test checks what the facilitator sees; the autouse
fixture fails the test if anything was logged as an error.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.events import failure_reporters
from codev_app.core.phase import plan_case
from codev_app.core.record import RecordText, text_key
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.record.panel import NotesPanel
from codev_app.ui.record.panel_groups import TEXT_GROUPS
from tests.ui.windows import session_console

PEOPLE = ("Anna", "Ben", "Chloe", "David")
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
DIGITS = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
TEMPLATES = sorted(path.stem for path in resource_dir("templates").glob("*.toml"))


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def failures() -> Iterator[list[str]]:
    """Views that failed while told of a change (reported to the facilitator, never silent)."""
    seen: list[str] = []
    reporter = lambda name, error: seen.append(f"{name}: {error!r}")  # noqa: E731
    failure_reporters.append(reporter)
    yield seen
    failure_reporters.remove(reporter)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard focus is, as a real key press goes."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifiers)


def open_console(
    qtbot: QtBot, clock: FakeClock, template: Template, language: str = "en"
) -> ConsoleWidget:
    _window, console = session_console(qtbot, clock, template, PEOPLE, "Chloe", language=language)
    console.rail.setFocus()
    return console


def give_floor(console: ConsoleWidget) -> str | None:
    """Give the floor the way the phase's turn mode expects it; who has it now."""
    live = console.live
    taker = live.turns
    eligible = [person for person in taker.eligible() if person.key is not None]
    if not eligible:
        return None
    person = eligible[-1]
    if taker.mode is TurnMode.FREE:
        press(DIGITS[person.key or 0])
    elif taker.mode is TurnMode.QUEUE:
        press(DIGITS[person.key or 0])  # a hand goes up
        assert person.id in live.turns.hands_raised
        press(Qt.Key.Key_N)
    else:
        press(Qt.Key.Key_N)  # the round starts with its first speaker
    speaker = live.turns.current_speaker
    assert speaker is not None
    return speaker


def type_note(qtbot: QtBot, console: ConsoleWidget, panel: NotesPanel, text: str) -> str | None:
    """Type in the first text field the notes show for this phase; the keyboard then goes back
    to the session. Returns the record field typed into."""
    shown = [key for key in panel.shown_groups() if key in TEXT_GROUPS]
    if not shown:
        return None
    field = panel.field(shown[0])
    assert isinstance(field, QLineEdit | QPlainTextEdit)
    assert field.isVisible()
    field.setFocus()
    QTest.keyClicks(field, text)
    console.rail.setFocus()  # Escape handing the keyboard back is the console issue's work
    return TEXT_GROUPS[shown[0]].value


def advance(console: ConsoleWidget, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    console.controller.tick()


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_whole_session_by_keys_with_the_floor_held_across_phase_changes(
    qtbot: QtBot, language: str, template_id: str, failures: list[str]
) -> None:
    template = load_template(resource_dir("templates", f"{template_id}.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template, language)
    live = console.live
    panel = console.findChild(NotesPanel)
    assert panel is not None
    console.side_tabs.setCurrentWidget(panel)

    if live.state is EngineState.NOT_STARTED:
        press(Qt.Key.Key_Space)  # start
    assert live.state is EngineState.RUNNING
    typed: dict[str, str] = {}
    index = 0
    while True:
        plan = live.engine.plan
        phase = plan[live.engine.current_index]
        assert console.phase_name.text() == phase.phase.name.get(language)
        if not phase.phase.is_break:  # in a break the notes stay where the facilitator was
            assert panel.selector.currentData() == phase.id  # the notes follow the phase
        speaker = give_floor(console)
        if speaker is not None and not phase.phase.is_break:  # no floor view in a break
            assert live.roster.get(speaker).name == console.floor.countdown.speaker.text()
        advance(console, clock, 41.7)
        field = type_note(qtbot, console, panel, f"note {index}")
        if field is not None:
            # A case's text is its own: case 2's title is not added to case 1's.
            case = plan_case([item.phase for item in plan], live.engine.current_index)
            key = text_key(RecordText(field), case)
            typed[key] = typed.get(key, "") + f"note {index}"
        if index == 2:
            press(Qt.Key.Key_Space)  # a pause: nobody's speaking time
            advance(console, clock, 60.25)
            assert live.state is EngineState.PAUSED
            press(Qt.Key.Key_Space)
        if live.engine.current_index + 1 >= len(plan):
            break
        press(Qt.Key.Key_PageDown)
        assert live.engine.current_index == plan.index(phase) + 1
        assert live.turns_for(phase.id).current_speaker is None  # their turn ended with it
        if not live.engine.current_phase.is_break:
            assert panel.selector.currentData() == live.engine.current_phase.id
        if index == 1:
            advance(console, clock, 3.5)
            press(Qt.Key.Key_Z, CTRL)  # back: the floor goes back to whoever had it
            assert live.engine.current_phase.id == phase.id
            assert live.turns.current_speaker == speaker
            assert panel.selector.currentData() == phase.id
            press(Qt.Key.Key_PageDown)
        index += 1

    press(Qt.Key.Key_E, CTRL_SHIFT)
    press(Qt.Key.Key_E, CTRL_SHIFT)
    assert live.state is EngineState.FINISHED
    record = live.record_as_of_now()
    assert [t.phase_id for t in record.timings] == [item.id for item in live.engine.plan]
    assert all(t.actual_seconds > 0 for t in record.timings), record.timings
    for key, text in typed.items():
        assert text in record.text_at(key)
    assert failures == []


@pytest.mark.logs_errors  # the test reads the log itself
def test_a_failing_view_is_reported_and_the_others_still_follow(
    qtbot: QtBot, failures: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    template = load_template(resource_dir("templates", "classic.toml")).template
    clock = FakeClock(1000.0)
    console = open_console(qtbot, clock, template)

    def broken(_change: object) -> None:
        raise RuntimeError("a view that breaks")

    console.live.changed.subscribe(broken)
    with caplog.at_level("ERROR"):
        press(Qt.Key.Key_PageDown)
        press(Qt.Key.Key_PageDown)
    assert console.live.engine.current_index == 2
    assert console.phase_name.text() == console.live.engine.current_phase.name.get("en")
    assert len(failures) == 2 and "a view that breaks" in failures[0]
    assert "a view that breaks" in caplog.text
    status = console.window().statusBar().currentMessage()  # type: ignore[attr-defined]
    assert "could not be updated" in status and "notes are safe" in status

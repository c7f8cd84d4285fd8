"""Two cases in a half day, played through the main window: the second case's action plan and
learnings are typed in its own phases, kept apart from the first case's, and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.commands import Redo, SetRole, Undo
from codev_app.core.participants import Role
from codev_app.core.record import SESSION_CASE, HelpKind, RecordText
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.ui.console.console import ConsoleWidget
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import clock as clock  # fixtures
from tests.ui.test_record_panel import (
    key,
    next_phase,
    open_notes,
    saved_record,
    text_in,
    type_here,
    type_into,
)
from tests.ui.test_record_panel import store as store


def _go_to(console: ConsoleWidget, phase_id: str) -> None:
    while console.live.engine.current_phase.id != phase_id:
        next_phase(console)


def test_the_second_case_has_its_own_plan_and_learnings(
    qtbot: QtBot, clock: FakeClock, store: Store
) -> None:
    template = load_template(resource_dir("templates", "two-cases.toml")).template
    window, console, panel = open_notes(qtbot, clock, store, template)
    live = console.live
    session_id = window.current_session_id
    assert session_id is not None
    chloe = live.roster.client
    assert chloe is not None and chloe.name == "Chloe"

    _go_to(console, "case1-action_plan")
    plan = panel.action_plan
    QTest.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(plan.field(0, "what"), "Delegate the report")

    _go_to(console, "break")
    ben = next(person for person in live.roster if person.name == "Ben")
    assert console.controller.apply(SetRole(ben.id, Role.CLIENT))  # the second client

    _go_to(console, "case2-action_plan")
    assert panel.shown_groups() == ["action_plan"]
    assert plan.rows == {} and plan.empty_note.isVisible()  # case 1's step is not here
    QTest.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    assert plan.field(0, "what").hasFocus()
    type_here("Book a room for the team")
    key(Qt.Key.Key_Return)
    type_here("Monday")

    # The console's entry line lists the steps of this case only.
    recent = console.findChild(QLabel, "entryRecent")
    assert recent is not None
    qtbot.waitUntil(lambda: "Book a room for the team" in recent.text())
    assert "Delegate the report" not in recent.text()

    _go_to(console, "case2-learnings")
    learnings = panel.learnings
    assert learnings.participant_ids()[0] == ben.id  # the second case's client comes first
    type_into(qtbot, learnings.entries[ben.id].text, "I can ask for help")

    by_case = {item.what: item.case for item in live.record.action_items}
    assert by_case == {"Delegate the report": 1, "Book a room for the team": 2}
    assert live.record.learning(ben.id, 2).text == "I can ask for help"  # type: ignore[union-attr]
    assert live.record.learning(ben.id) is None
    assert dict(live.record.state.case_clients) == {1: chloe.id, 2: ben.id}

    # Back in the first case's plan: its own step only.
    panel.choose("case1-action_plan")
    assert text_in(plan.field(0, "what")) == "Delegate the report"
    assert len(plan.rows) == 1

    window.close_session()
    store.close()
    saved = saved_record(paths.database_path(), session_id)
    assert [(i.what, i.case) for i in saved.action_items] == [
        ("Delegate the report", 1),
        ("Book a room for the team", 2),
    ]
    assert dict(saved.state.case_clients) == {1: chloe.id, 2: ben.id}


def test_the_second_case_question_and_contract_are_typed_in_its_own_phases(
    qtbot: QtBot, clock: FakeClock, store: Store
) -> None:
    template = load_template(resource_dir("templates", "two-cases.toml")).template
    window, console, panel = open_notes(qtbot, clock, store, template)
    live = console.live
    session_id = window.current_session_id
    assert session_id is not None

    _go_to(console, "case1-exposition")
    type_into(qtbot, panel.field("question"), "How can I let go?")
    _go_to(console, "case1-contract")
    type_into(qtbot, panel.field("request"), "Ideas to delegate")

    _go_to(console, "case2-exposition")
    assert panel.shown_groups() == ["case_title", "headline", "question"]
    question = panel.field("question")
    assert text_in(question) == ""  # case 1's question is not case 2's
    type_into(qtbot, question, "How do I say no?")
    _go_to(console, "case2-contract")
    assert panel.shown_groups() == ["request", "help_kinds", "help_notes"]
    assert text_in(panel.field("request")) == ""
    type_into(qtbot, panel.field("request"), "Phrases to start with")
    chip = panel.chips.chips[HelpKind.EXPERIENCES]
    assert not panel.chips.chips[HelpKind.IDEAS].isChecked()
    chip.setFocus()
    key(Qt.Key.Key_Space)
    assert chip.isChecked()

    record = live.record
    assert record.text(RecordText.QUESTION) == "How can I let go?"
    assert record.text(RecordText.QUESTION, 2) == "How do I say no?"
    assert record.text(RecordText.REQUEST, 2) == "Phrases to start with"
    assert record.help_kinds_of(2) == {HelpKind.EXPERIENCES} and record.help_kinds == frozenset()

    # Undo takes back the chip, then the typing of the contract, as one step each.
    assert console.controller.apply(Undo())
    assert not chip.isChecked()
    assert console.controller.apply(Undo())
    assert text_in(panel.field("request")) == ""
    assert record.text(RecordText.REQUEST) == "Ideas to delegate"
    assert console.controller.apply(Redo())
    assert text_in(panel.field("request")) == "Phrases to start with"

    # Case 1's phase shows case 1's texts again.
    panel.choose("case1-exposition")
    assert text_in(panel.field("question")) == "How can I let go?"

    window.close_session()
    store.close()
    saved = saved_record(paths.database_path(), session_id)
    assert saved.text(RecordText.QUESTION) == "How can I let go?"
    assert saved.text(RecordText.QUESTION, 2) == "How do I say no?"
    assert saved.text(RecordText.REQUEST, 2) == "Phrases to start with"


def test_the_closing_weather_round_does_not_write_into_case_ones_learnings(
    qtbot: QtBot, clock: FakeClock, store: Store
) -> None:
    template = load_template(resource_dir("templates", "two-cases.toml")).template
    window, console, panel = open_notes(qtbot, clock, store, template)
    live = console.live
    chloe = live.roster.client
    assert chloe is not None

    _go_to(console, "case1-learnings")
    assert console.floor.focus_entry()
    assert console.floor.chosen_author() == chloe.id
    type_here("Ask before doing")
    key(Qt.Key.Key_Return)

    _go_to(console, "weather")
    learnings = panel.learnings
    assert text_in(learnings.entries[chloe.id].text) == ""  # not case 1's learning
    assert console.floor.focus_entry()
    assert console.floor.chosen_author() == chloe.id  # she has none in this round yet
    type_here("A dense, useful morning")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_in(learnings.entries[chloe.id].text) != "")
    assert text_in(learnings.entries[chloe.id].text) == "A dense, useful morning"

    first = live.record.learning(chloe.id)
    closing = live.record.learning(chloe.id, SESSION_CASE)
    assert first is not None and first.text == "Ask before doing"
    assert closing is not None and closing.text == "A dense, useful morning"
    panel.choose("case1-learnings")
    assert text_in(learnings.entries[chloe.id].text) == "Ask before doing"
    window.close_session()

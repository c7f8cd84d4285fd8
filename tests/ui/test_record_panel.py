"""The Notes panel, typed into as a facilitator would, saved in a real SQLite file and read back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.commands import (
    AddParticipant,
    NewRound,
    NextSpeaker,
    RemoveParticipant,
    SetLearning,
    SetText,
    Undo,
)
from codev_app.core.record import HelpKind, RecordMode, RecordText, SessionRecord
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup
from codev_app.ui.record.panel import ALL, NotesPanel
from tests.storage.sessions import stored_record_text
from tests.ui.test_console import FakeChime
from tests.ui.test_console import english as english  # the autouse fixture: English texts

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = ("Anna", "Ben", "Chloe")
MARKUP = "<b>bold</b> <img src=x onerror=alert(1)> &amp; <i>"
WALL = datetime(2025, 3, 14, 15, 7)


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def make_window(
    qtbot: QtBot,
    clock: FakeClock,
    store: Store | None,
    *,
    wall: datetime = WALL,
    save_delay: float = 0.05,
) -> MainWindow:
    """A shown main window on a fake clock, with the database attached (saves every 50 ms)."""
    window = MainWindow(clock=clock, chime=FakeChime(), wall_clock=lambda: wall)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitExposed(window):
        window.show()
    window.complete_startup()
    window.keeping.save_delay = save_delay
    if store is not None:
        window.attach_store(store)
    return window


def notes_of(console: ConsoleWidget) -> NotesPanel:
    """The console's Notes panel, brought to the front."""
    panel = console.findChild(NotesPanel)
    assert panel is not None
    console.side_tabs.setCurrentWidget(panel)
    return panel


def open_notes(
    qtbot: QtBot,
    clock: FakeClock,
    store: Store | None,
    template: Template,
    **setup: Any,
) -> tuple[MainWindow, ConsoleWidget, NotesPanel]:
    window = make_window(qtbot, clock, store)
    options: dict[str, Any] = {"client": "Chloe"} | setup
    window.open_session(SessionSetup(template, PEOPLE, **options))
    assert window.console is not None
    return window, window.console, notes_of(window.console)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a field and type, as the facilitator would."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClicks(widget, text)


def key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifiers)


def type_here(text: str) -> None:
    """Type where the keyboard focus is."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def text_in(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    assert isinstance(widget, QPlainTextEdit)
    return widget.toPlainText()


def next_phase(console: ConsoleWidget) -> None:
    """Click the phase rail, then move on (the keyboard leaves the notes)."""
    console.rail.setFocus()
    assert console.controller.next_phase()


def saved_record(path: Path, session_id: int) -> SessionRecord:
    with Store(path) as again:
        record = again.load_record(session_id)
    assert record is not None
    return record


# --- every field, typed, saved and read back ---------------------------------------------------


def test_every_field_typed_in_the_panel_is_in_the_database_after_closing(
    qtbot: QtBot, clock: FakeClock, store: Store, classic: Template
) -> None:
    window, console, panel = open_notes(
        qtbot,
        clock,
        store,
        classic,
        title="Delegation",
        group_name="Thursday group",
        facilitator="Fran",
    )
    session_id = window.current_session_id
    assert session_id is not None
    live = console.live
    assert panel.shown_groups() == ["check_in", "follow_up"]  # the opening's fills
    type_into(qtbot, panel.field("check_in"), "Everyone is tired but here")
    type_into(qtbot, panel.field("follow_up"), "Ben tried the weekly review")

    next_phase(console)  # case exposition
    assert panel.shown_groups() == ["case_title", "headline", "question"]
    title = panel.field("case_title")
    assert text_in(title) == "Delegation"  # from the new-session page
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    key(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(title, "Delegating at work")
    type_into(qtbot, panel.field("headline"), "Chloe does everything herself")
    type_into(qtbot, panel.field("question"), "How can I let go?")

    next_phase(console)
    type_into(qtbot, panel.field("key_facts"), "Team of 6")
    key(Qt.Key.Key_Return)  # a new line in a multi-line field
    QTest.keyClicks(panel.field("key_facts"), "New manager")

    next_phase(console)  # contract
    assert panel.shown_groups() == ["request", "help_kinds", "help_notes"]
    type_into(qtbot, panel.field("request"), "Ideas to delegate one task")
    for kind in (HelpKind.IDEAS, HelpKind.HYPOTHESES):
        chip = panel.chips.chips[kind]
        chip.setFocus()
        key(Qt.Key.Key_Space)  # Space presses the chip, it does not pause the timer
    assert live.state.value == "running"
    type_into(qtbot, panel.field("help_notes"), "No debate")

    next_phase(console)  # consultation
    assert panel.shown_groups() == ["suggestions"]
    suggestions = panel.suggestions
    assert console.controller.apply(NewRound())
    assert console.controller.apply(NextSpeaker())
    speaker = live.turns.current_speaker
    assert speaker is not None
    speaker_name = live.roster.get(speaker).name
    assert f"Noted for {speaker_name}" in suggestions.speaker_note.text()
    type_into(qtbot, suggestions.input, "Write a list of tasks")
    key(Qt.Key.Key_Return)
    assert suggestions.input.hasFocus() and suggestions.input.text() == ""
    QTest.keyClicks(suggestions.input, "Ask the team")
    key(Qt.Key.Key_Return)
    QTest.keyClicks(suggestions.input, "A third one")
    key(Qt.Key.Key_Return)
    assert [s.text for s in live.record.suggestions] == [
        "Write a list of tasks",
        "Ask the team",
        "A third one",
    ]
    assert {s.author for s in live.record.suggestions} == {speaker}
    # The second moves up, the third goes (and comes back, and goes again).
    second = suggestions.focus_row(1)
    key(Qt.Key.Key_Up, ALT)
    texts = [s.text for s in live.record.suggestions]
    assert texts[:2] == ["Ask the team", "Write a list of tasks"]
    assert second.hasFocus()  # the keyboard stayed with it
    suggestions.focus_row(2)
    key(Qt.Key.Key_Delete, ALT)
    assert len(live.record.suggestions) == 2 and suggestions.undo_row.isVisible()
    QTest.mouseClick(suggestions.undo_button, Qt.MouseButton.LeftButton)
    assert [s.text for s in live.record.suggestions][-1] == "A third one"
    suggestions.focus_row(2)
    key(Qt.Key.Key_Delete, ALT)
    # Edit a text in place, mark it kept, give it another author.
    row = suggestions.rows[live.record.suggestions[0].id]
    row.text.setFocus()
    key(Qt.Key.Key_End)
    QTest.keyClicks(row.text, " and the board")
    key(Qt.Key.Key_Return)  # back to the new-suggestion line
    assert suggestions.input.hasFocus()
    row.kept.setFocus()
    key(Qt.Key.Key_Space)
    row.author.setFocus()
    assert row.author.currentText() == speaker_name
    other = row.author.itemData(row.author.currentIndex() - 1)  # the name above in the list
    key(Qt.Key.Key_Up)
    assert live.record.suggestions[0].author == (other or None) != speaker

    next_phase(console)  # action plan
    plan = panel.action_plan
    QTest.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    assert plan.field(0, "what").hasFocus()
    QTest.keyClicks(plan.field(0, "what"), "Delegate the report")
    key(Qt.Key.Key_Return)
    type_here("Friday")
    key(Qt.Key.Key_Return)
    type_here("Ben sends it")
    key(Qt.Key.Key_Return)  # the last field of the last step: a new step
    type_here("Tell the team")
    assert len(live.record.action_items) == 2
    QTest.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    key(Qt.Key.Key_Delete, ALT)  # a step added by mistake goes again
    assert len(live.record.action_items) == 2

    next_phase(console)  # learnings
    learnings = panel.learnings
    anna, ben = live.roster.participants[:2]
    client = live.roster.client
    assert client is not None
    assert list(learnings.entries) == [client.id, anna.id, ben.id]
    client_entry = learnings.entries[client.id]
    type_into(qtbot, client_entry.text, "I will let go of one thing")
    ben_entry = learnings.entries[ben.id]
    ben_entry.four_a_toggle.setFocus()
    key(Qt.Key.Key_Space)
    assert ben_entry.four_a.isVisible()
    for name, text in zip(
        ("appreciation", "expectations", "learnings", "applications"),
        ("the calm", "more time", "listen first", "on Monday"),
        strict=True,
    ):
        type_into(qtbot, ben_entry.four_a_fields[name], text)

    type_into(qtbot, panel.field("private_notes"), "Chloe seemed close to tears")

    console.finish()
    window.close_session()
    assert window.console is None and window.current_session_id is None
    store.close()

    record = saved_record(paths.database_path(), session_id)
    assert record.text(RecordText.CHECK_IN) == "Everyone is tired but here"
    assert record.text(RecordText.FOLLOW_UP) == "Ben tried the weekly review"
    assert record.text(RecordText.CASE_TITLE) == "Delegating at work"
    assert record.text(RecordText.HEADLINE) == "Chloe does everything herself"
    assert record.text(RecordText.QUESTION) == "How can I let go?"
    assert record.text(RecordText.KEY_FACTS) == "Team of 6\nNew manager"
    assert record.text(RecordText.REQUEST) == "Ideas to delegate one task"
    assert record.help_kinds == {HelpKind.IDEAS, HelpKind.HYPOTHESES}
    assert record.text(RecordText.HELP_NOTES) == "No debate"
    assert [(s.text, s.author, s.kept) for s in record.suggestions] == [
        ("Ask the team and the board", other or None, True),
        ("Write a list of tasks", speaker, False),
    ]
    assert [(a.what, a.by_when, a.success_sign) for a in record.action_items] == [
        ("Delegate the report", "Friday", "Ben sends it"),
        ("Tell the team", "", ""),
    ]
    client_learning = record.learning(client.id)
    assert client_learning is not None and client_learning.text == "I will let go of one thing"
    ben_learning = record.learning(ben.id)
    assert ben_learning is not None
    assert (
        ben_learning.appreciation,
        ben_learning.expectations,
        ben_learning.learnings,
        ben_learning.applications,
    ) == ("the calm", "more time", "listen first", "on Monday")
    assert record.text(RecordText.PRIVATE_NOTES) == "Chloe seemed close to tears"
    with Store(paths.database_path()) as again:
        saved_row = again.get_session(session_id)
        people = again.participants(session_id)
    assert saved_row.finished and saved_row.title == "Delegation"
    assert saved_row.group_name == "Thursday group" and saved_row.facilitator == "Fran"
    assert saved_row.template_id == "classic"
    assert [(p.name, p.role) for p in people] == [
        ("Anna", "consultant"),
        ("Ben", "consultant"),
        ("Chloe", "client"),
    ]


def test_edits_are_saved_within_a_second_without_closing(
    qtbot: QtBot, clock: FakeClock, store: Store, classic: Template
) -> None:
    window = make_window(qtbot, clock, store, save_delay=1.0)  # the real delay
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe"))
    assert window.console is not None
    panel = notes_of(window.console)
    session_id = window.current_session_id
    assert session_id is not None
    type_into(qtbot, panel.field("check_in"), "Sunny")
    typed_at = datetime.now()
    qtbot.waitUntil(lambda: store.load_record(session_id) is not None, timeout=3000)
    qtbot.waitUntil(
        lambda: '"check_in":"Sunny"' in stored_record_text(store, session_id), timeout=3000
    )
    assert (datetime.now() - typed_at).total_seconds() < 2.0


# --- what the panel shows ----------------------------------------------------------------------


def test_the_panel_follows_the_phase_and_reaches_every_other_field(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    expected = {
        "opening": ["check_in", "follow_up"],
        "exposition": ["case_title", "headline", "question"],
        "clarification": ["key_facts"],
        "contract": ["request", "help_kinds", "help_notes"],
        "consultation": ["suggestions"],
        "action_plan": ["action_plan"],
        "learnings": ["learnings"],
    }
    for phase_id, groups in expected.items():
        assert console.live.engine.current_phase.id == phase_id
        assert panel.selector.currentData() == phase_id
        assert panel.shown_groups() == groups, phase_id
        console.controller.next_phase()
    # Another phase's fields, or all of them, from the selector.
    panel.selector.setCurrentIndex(panel.selector.findData("contract"))
    panel.selector.activated.emit(panel.selector.currentIndex())
    assert panel.shown_groups() == ["request", "help_kinds", "help_notes"]
    panel.choose(ALL)
    assert panel.shown_groups() == list(panel.group_keys())
    assert panel.private.isVisible()  # whatever is shown, private notes are at hand


def test_a_break_keeps_the_fields_and_a_phase_without_fills_shows_everything(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    console.controller.next_phase()
    console.insert_break()
    console.controller.next_phase()
    assert console.live.engine.current_phase.is_break
    assert panel.shown_groups() == ["case_title", "headline", "question"]
    assert all(
        panel.selector.itemData(i) != console.live.engine.plan[2].id
        for i in range(panel.selector.count())
    )  # no break in the selector
    circle = load_template(resource_dir("templates", "peer-support-circle.toml")).template
    sharing = next(phase for phase in circle.phases if phase.id == "sharing")
    assert not sharing.fills
    panel.choose(ALL)
    assert len(panel.shown_groups()) == len(panel.group_keys())


def test_a_field_being_typed_in_stays_when_the_phase_changes(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    check_in = panel.field("check_in")
    type_into(qtbot, check_in, "Half")
    console.controller.next_phase()  # e.g. PgDown while typing
    assert check_in.isVisible() and check_in.hasFocus()
    assert "case_title" in panel.shown_groups()
    QTest.keyClicks(check_in, " of us")
    assert console.live.record.text(RecordText.CHECK_IN) == "Half of us"
    panel.field("question").setFocus()
    qtbot.waitUntil(lambda: not panel.groups["check_in"].isVisible())
    assert panel.shown_groups() == ["case_title", "headline", "question"]


def test_a_change_from_elsewhere_shows_without_moving_the_cursor(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    record = console.live.record
    field = panel.field("check_in")
    assert isinstance(field, QPlainTextEdit)
    type_into(qtbot, field, "abcdef")
    cursor = field.textCursor()
    cursor.setPosition(3)
    field.setTextCursor(cursor)
    before = record.state
    console.live.apply(SetText(RecordText.FOLLOW_UP, "from elsewhere"))  # another field
    assert text_in(panel.field("follow_up")) == "from elsewhere"
    assert field.textCursor().position() == 3 and field.hasFocus()
    QTest.keyClicks(field, "X")
    assert record.text(RecordText.CHECK_IN) == "abcXdef"
    console.live.apply(Undo())  # the same field changes under the cursor
    assert text_in(field) == "abcdef"
    assert field.textCursor().position() == 4 and field.hasFocus()
    console.live.apply(Undo())
    assert text_in(panel.field("follow_up")) == ""
    assert record.state == before


def test_a_timers_only_session_shows_a_calm_note_instead_of_fields(
    qtbot: QtBot, clock: FakeClock, store: Store, classic: Template
) -> None:
    window, console, panel = open_notes(qtbot, clock, store, classic, timers_only=True)
    assert console.live.record.mode is RecordMode.TIMERS_ONLY
    assert panel.timers_only_note.isVisible()
    assert "Only timings are kept for this session." in panel.timers_only_note.text()
    assert not panel.private.isVisible() and not panel.field("check_in").isVisible()
    session_id = window.current_session_id
    assert session_id is not None
    assert store.get_session(session_id).mode.value == "timers_only"


def test_private_notes_are_visibly_private(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, _console, panel = open_notes(qtbot, clock, None, classic)
    assert panel.private.isVisible()
    assert panel.private.marker.text() == "Private — never exported for participants"
    assert panel.private.marker.isVisible()
    assert "never exported" in panel.field("private_notes").accessibleName()


def test_learnings_list_the_client_first_and_people_who_left(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    live = console.live
    roster = live.roster
    client = roster.client
    assert client is not None
    headings = [entry.heading.text() for entry in panel.learnings.entries.values()]
    assert headings == ["Chloe · client", "Anna · consultant", "Ben · consultant"]
    ben = roster.participants[1]
    live.apply(SetLearning(ben.id, text="noted"))
    live.apply(RemoveParticipant(ben.id))
    assert [entry.heading.text() for entry in panel.learnings.entries.values()] == [
        "Chloe · client",
        "Anna · consultant",
        "Someone who left",
    ]
    live.apply(AddParticipant("Dana"))
    assert len(panel.learnings.entries) == 4


def test_typing_in_the_panel_never_drives_the_session(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    live = console.live
    before = (live.state, live.engine.current_index, live.engine.plan[0].planned_seconds)
    type_into(qtbot, panel.field("check_in"), "space b c s k d m + - = 1 2 3")
    type_into(qtbot, panel.suggestions.input, "1 2 3 b c")
    assert (live.state, live.engine.current_index, live.engine.plan[0].planned_seconds) == before
    assert live.record.text(RecordText.CHECK_IN) == "space b c s k d m + - = 1 2 3"


# --- markup is text ----------------------------------------------------------------------------


def test_markup_typed_anywhere_is_kept_and_shown_literally(
    qtbot: QtBot, clock: FakeClock, store: Store, classic: Template
) -> None:
    window = make_window(qtbot, clock, store)
    people = ("<b>Anna</b>", "Ben &amp; co", "<i>Chloe")
    window.open_session(SessionSetup(classic, people, client="<i>Chloe", title=MARKUP))
    assert window.console is not None
    console = window.console
    panel = notes_of(console)
    live = console.live
    for key_name in ("check_in", "follow_up", "private_notes"):
        type_into(qtbot, panel.field(key_name), MARKUP)
    for _ in range(4):
        console.controller.next_phase()  # to the consultation
    type_into(qtbot, panel.suggestions.input, MARKUP)
    key(Qt.Key.Key_Return)
    live.record.set_learning(live.roster.participants[0].id, text=MARKUP)
    for which in (RecordText.CHECK_IN, RecordText.FOLLOW_UP, RecordText.PRIVATE_NOTES):
        assert live.record.text(which) == MARKUP
    assert live.record.text(RecordText.CASE_TITLE) == MARKUP
    assert live.record.suggestions[0].text == MARKUP
    row = next(iter(panel.suggestions.rows.values()))
    assert text_in(row.text) == MARKUP
    names = [row.author.itemText(i) for i in range(row.author.count())]
    assert names == ["Unknown", "<i>Chloe", "<b>Anna</b>", "Ben &amp; co"]
    headings = [entry.heading.text() for entry in panel.learnings.entries.values()]
    assert headings[0] == "<i>Chloe · client"
    for label in console.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    panel.choose(ALL)
    assert text_in(panel.field("case_title")) == MARKUP


def test_the_opening_shows_the_plan_the_previous_client_left_with(
    qtbot: QtBot, clock: FakeClock, store: Store, classic: Template
) -> None:
    window = make_window(qtbot, clock, store)
    window.open_session(SessionSetup(classic, ("Ann", "Bo"), client="Bo", group_name="Tuesday"))
    assert window.console is not None
    record = window.console.live.record
    record.add_action_item("Call the <b>board</b>", "Friday", "")
    record.add_action_item("Write it down")
    window.console.finish()
    window.close_session()

    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe", group_name="Tuesday"))
    assert window.console is not None
    panel = notes_of(window.console)
    assert panel.previous_plan.isVisible()
    lines = panel.previous_plan.text().split("\n")
    assert lines[0].startswith("The plan of Bo (")
    assert lines[1:] == ["1. Call the <b>board</b> — Friday", "2. Write it down"]
    window.console.finish()
    window.close_session()

    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe", group_name="Other group"))
    assert window.console is not None
    assert not notes_of(window.console).previous_plan.isVisible()


def test_ctrl_z_in_a_field_undoes_the_typing_not_the_session(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    next_phase(console)  # something the console's undo would take back
    field = panel.field("question")
    type_into(qtbot, field, "abc")
    key(Qt.Key.Key_Z, CTRL)
    assert console.live.engine.current_index == 1  # the phase change stands
    assert console.live.record.text(RecordText.QUESTION) == text_in(field) != "abc"


def test_every_control_of_the_panel_has_an_accessible_name(
    qtbot: QtBot, clock: FakeClock, classic: Template
) -> None:
    _window, console, panel = open_notes(qtbot, clock, None, classic)
    record = console.live.record
    record.add_suggestion("one")
    record.add_action_item("step")
    panel.choose(ALL)
    for entry in panel.learnings.entries.values():
        entry.four_a_toggle.setChecked(True)
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(panel)
    ]
    assert len(focusable) > 30
    for widget in focusable:
        assert widget.accessibleName().strip(), (type(widget).__name__, widget.objectName())

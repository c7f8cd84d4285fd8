"""The history window: list, live search, a record read-only, the Edit switch, deleting, export."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from codev_app import paths
from codev_app.core.clock import FakeClock
from codev_app.core.commands import StartSession
from codev_app.core.participants import Role, Roster
from codev_app.core.record import HelpKind, RecordMode, RecordState, RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, dump_template, load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.storage.repository import SessionMode
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup
from codev_app.ui.record.history_window import HistoryWindow
from tests.storage.sessions import saved_record, stored_record_text
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import MARKUP, PEOPLE, make_window, text_in

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def add_session(
    store: Store,
    template: Template,
    *,
    title: str,
    group: str = "Thursday group",
    client: str = "Chloé",
    notes: dict[RecordText, str] | None = None,
    mode: RecordMode = RecordMode.FULL,
    suggestion: str = "",
) -> int:
    """A finished session with its people, live state and record, as autosave leaves them."""
    roster = Roster()
    roster.add("Anna")
    roster.add(client, Role.CLIENT)
    record = SessionRecord(RecordState(mode=mode))
    if mode is RecordMode.FULL:
        for which, text in (notes or {}).items():
            record.set_text(which, text)
        if suggestion:
            record.add_suggestion(suggestion, roster.participants[0].id)
        record.set_help_kinds([HelpKind.IDEAS])
    live = LiveSession(template, FakeClock(100.0), roster=roster, record=record)
    live.apply(StartSession())
    session_id = store.create_session(
        template_id=template.id,
        template_toml=dump_template(template),
        title=title,
        group_name=group,
        mode=SessionMode(mode.value),
        participants=[(p.name, p.role.value) for p in roster.participants],
        facilitator="Fran",
    )
    store.save_progress(
        session_id,
        live=live.to_data(),
        wall_time=1_750_000_000.0,
        record=record,
    )
    store.finish_session(session_id)
    return int(session_id)


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryWindow:
    """Ctrl+H, as the facilitator would."""
    QTest.keyClick(window, Qt.Key.Key_H, CTRL)
    history = window.history.history_window
    assert history is not None
    qtbot.addWidget(history)
    qtbot.waitUntil(history.isVisible)
    return history


def listed(history: HistoryWindow) -> list[list[str]]:
    rows = []
    for index in range(history.listing.topLevelItemCount()):
        item = history.listing.topLevelItem(index)
        assert item is not None
        rows.append([item.text(column) for column in range(4)])
    return rows


def search(qtbot: QtBot, history: HistoryWindow, text: str) -> list[str]:
    history.search.clear()
    if text:
        QTest.keyClicks(history.search, text)
    qtbot.waitUntil(lambda: not history._search_timer.isActive(), timeout=2000)
    return [row[3] for row in listed(history)]


def test_the_history_lists_sessions_and_searches_as_one_types(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    add_session(
        store,
        classic,
        title="Délégation",
        notes={RecordText.QUESTION: "Comment lâcher prise ?"},
    )
    add_session(
        store,
        classic,
        title="Budget",
        client="Zoé",
        group="Groupe du lundi",
        notes={RecordText.PRIVATE_NOTES: "parler du télétravail"},
    )
    add_session(store, classic, title="Conflit", suggestion="une médiation externe")
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    rows = listed(history)
    assert [row[3] for row in rows] == ["Conflit", "Budget", "Délégation"]  # newest first
    assert rows[1][1:3] == ["Groupe du lundi", "Zoé"]
    assert rows[0][0]  # a date
    assert history.count.text() == "3 sessions, newest first."
    assert history.focusWidget() is history.search

    assert search(qtbot, history, "delegation") == ["Délégation"]  # accents do not matter
    assert history.count.text() == "1 session found."
    assert search(qtbot, history, "lacher") == ["Délégation"]  # the client's question
    assert search(qtbot, history, "teletravail") == ["Budget"]  # the facilitator's notes
    assert search(qtbot, history, "zoe") == ["Budget"]  # the client
    assert search(qtbot, history, "mediation") == ["Conflit"]  # a suggestion
    assert search(qtbot, history, "nothing like this") == []
    assert search(qtbot, history, "") == ["Conflit", "Budget", "Délégation"]


def test_a_session_opens_read_only_and_the_edit_switch_saves_changes(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    session_id = add_session(
        store,
        classic,
        title="Délégation",
        notes={RecordText.QUESTION: "How to let go?", RecordText.PRIVATE_NOTES: "mine"},
        suggestion="Write the list",
    )
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    QTest.keyClick(history.search, Qt.Key.Key_Down)  # into the list, first session chosen
    assert history.session_id == session_id
    panel = history.panel
    assert panel is not None and panel.read_only
    # Only what holds something is shown, private notes included (marked private).
    assert panel.shown_groups() == ["question", "help_kinds", "suggestions"]
    assert panel.private.isVisible()
    question = panel.field("question")
    assert isinstance(question, QPlainTextEdit)
    assert question.isReadOnly() and question.toPlainText() == "How to let go?"
    assert not panel.suggestions.input.isVisible()
    assert history.heading.text() == "Délégation"
    assert (
        "client: Chloé" in history.details.text() and "facilitator: Fran" in history.details.text()
    )

    assert history.edit_switch.isEnabled()
    history.edit_switch.setFocus()
    QTest.keyClick(history.edit_switch, Qt.Key.Key_Space)
    assert history.edit_switch.isChecked() and not question.isReadOnly()
    question.setFocus()
    QTest.keyClick(question, Qt.Key.Key_End)
    QTest.keyClicks(question, " Step by step.")
    qtbot.waitUntil(lambda: "Step by step" in stored_record_text(store, session_id), timeout=3000)
    history.edit_switch.setChecked(False)
    assert question.isReadOnly()
    record = saved_record(store, session_id)
    assert record.text(RecordText.QUESTION) == "How to let go? Step by step."
    assert record.text(RecordText.PRIVATE_NOTES) == "mine"
    assert search(qtbot, history, "step by") == ["Délégation"]  # the index followed


def test_a_session_is_deleted_for_good_after_an_inline_question(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    kept = add_session(store, classic, title="Kept")
    gone = add_session(store, classic, title="Gone")
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    assert history.select(gone)
    QTest.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert history.delete_frame.isVisible()
    assert QApplication.activeModalWidget() is None
    assert history.focusWidget() is history.delete_cancel  # the safe answer, under the keyboard
    QTest.mouseClick(history.delete_cancel, Qt.MouseButton.LeftButton)
    assert not history.delete_frame.isVisible()
    assert [row[3] for row in listed(history)] == ["Gone", "Kept"]
    QTest.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(history.delete_confirm, Qt.MouseButton.LeftButton)
    assert [row[3] for row in listed(history)] == ["Kept"]
    assert history.right.currentIndex() == 0  # nothing chosen any more
    # Said in the history window itself, with a way back under the keyboard.
    assert history.undo_bar.isVisible()
    assert history.undo_bar.text().startswith("“Gone” was deleted. You can still bring it back")
    assert history.focusWidget() is history.undo_bar.button("Undo")
    assert window.statusBar().currentMessage() == "The session was deleted."
    history.bin.commit(gone)  # the undo time is over
    assert [summary.id for summary in store.list_history()] == [kept]
    assert not history.undo_bar.isVisible()


def test_a_deleted_session_comes_back_with_undo_or_ctrl_z_and_goes_when_codev_closes(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    kept = add_session(store, classic, title="Kept")
    gone = add_session(store, classic, title="Gone")
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history)
    assert history.select(gone)
    history.ask_delete()
    QTest.mouseClick(history.delete_confirm, Qt.MouseButton.LeftButton)
    assert [row[3] for row in listed(history)] == ["Kept"]
    QTest.keyClick(history.undo_bar.button("Undo"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: [row[3] for row in listed(history)] == ["Gone", "Kept"])
    assert history.session_id == gone and history.heading.text() == "Gone"
    assert not history.undo_bar.isVisible()
    assert {summary.id for summary in store.list_history()} == {kept, gone}

    history.ask_delete()
    QTest.mouseClick(history.delete_confirm, Qt.MouseButton.LeftButton)
    QTest.keyClick(history.listing, Qt.Key.Key_Z, CTRL)
    assert [row[3] for row in listed(history)] == ["Gone", "Kept"]

    history.ask_delete()
    QTest.mouseClick(history.delete_confirm, Qt.MouseButton.LeftButton)
    assert gone in {summary.id for summary in store.list_history()}  # still undoable
    window.close()
    assert [summary.id for summary in store.list_history()] == [kept]


def test_ctrl_e_in_the_history_exports_the_chosen_session(
    qtbot: QtBot, store: Store, classic: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = add_session(store, classic, title="To export")
    window = make_window(qtbot, FakeClock(0.0), store)
    asked: list[int | None] = []
    monkeypatch.setattr(window, "show_export", lambda chosen=None: asked.append(chosen))
    history = open_history(qtbot, window)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history)
    history.select(session_id)
    history.listing.setFocus()
    QTest.keyClick(history.listing, Qt.Key.Key_E, CTRL)
    assert asked == [session_id]
    assert "Ctrl+E" in history.export_button.toolTip()


def test_the_history_needs_only_the_store_and_the_language(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    # Without the main window's services: no Export button, and nothing else missing.
    session_id = add_session(store, classic, title="Alone", client="Chloé")
    history = HistoryWindow(store, language="en")
    qtbot.addWidget(history)
    history.show()
    assert [row[3] for row in listed(history)] == ["Alone"]
    assert history.select(session_id)
    assert history.heading.text() == "Alone"
    assert "client: Chloé" in history.details.text()
    assert not history.export_button.isVisible()
    assert history.export() is None
    assert history.delete_button.isEnabled()  # the console has no session open


def test_export_opens_the_export_window_for_the_chosen_session(
    qtbot: QtBot, store: Store, classic: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = add_session(store, classic, title="To export")
    window = make_window(qtbot, FakeClock(0.0), store)
    asked: list[int | None] = []
    monkeypatch.setattr(window, "show_export", lambda chosen=None: asked.append(chosen))
    history = open_history(qtbot, window)
    history.select(session_id)
    assert history.export_button.isVisible()
    QTest.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    assert asked == [session_id]


def test_the_session_open_in_the_console_is_shown_but_not_edited_or_deleted_here(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Running now"))
    session_id = window.current_session_id
    assert session_id is not None
    history = open_history(qtbot, window)
    assert history.select(session_id)
    assert not history.edit_switch.isEnabled() and not history.delete_button.isEnabled()
    assert "open in the console" in history.note.text()
    assert "not finished" in listed(history)[0][3]


def test_timers_only_and_purged_sessions_say_so_and_cannot_be_edited(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    timers = add_session(store, classic, title="Timed", mode=RecordMode.TIMERS_ONLY)
    purged = add_session(store, classic, title="Old", notes={RecordText.QUESTION: "old"})
    store.purge_content_older_than(0)
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    assert [row[3] for row in listed(history)] == ["Old · notes removed", "Timed · timings only"]
    history.select(timers)
    assert history.note.text() == "Only timings were kept for this session."
    assert not history.edit_switch.isEnabled()
    assert history.panel is not None and history.panel.timers_only_note.isVisible()
    history.select(purged)
    assert "were removed" in history.note.text() and not history.edit_switch.isEnabled()


def test_the_welcome_screen_has_a_history_button(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    button = window.history.button
    assert button.isVisible() and button.accessibleName() == "History"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    history = window.history.history_window
    assert history is not None and history.isVisible()
    qtbot.addWidget(history)
    assert window.history.action.shortcut().toString() == "Ctrl+H"
    assert window.history.action in window.session_menu.actions()


def test_markup_in_the_history_is_shown_literally(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    session_id = add_session(
        store,
        classic,
        title=MARKUP,
        group="<i>group</i>",
        client="<b>Zoé</b>",
        notes={RecordText.KEY_FACTS: MARKUP},
    )
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    assert listed(history)[0][1:] == ["<i>group</i>", "<b>Zoé</b>", MARKUP]
    history.select(session_id)
    assert history.heading.text() == MARKUP
    assert history.panel is not None
    assert text_in(history.panel.field("key_facts")) == MARKUP
    for label in history.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    headings = [entry.heading.text() for entry in history.panel.learnings.entries.values()]
    assert all("<b>Zoé</b>" in heading for heading in headings[:1])


def test_the_history_waits_for_the_database(qtbot: QtBot) -> None:
    window = make_window(qtbot, FakeClock(0.0), None)
    assert window.history.open() is None
    assert "database" in window.statusBar().currentMessage()


def test_typing_an_edit_then_closing_the_history_saves_it_at_once(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    session_id = add_session(store, classic, title="Quick", notes={RecordText.CHECK_IN: "a"})
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    history.select(session_id)
    history.edit_switch.setChecked(True)
    assert history.panel is not None
    field = history.panel.field("check_in")
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClicks(field, "bc")
    history.close()  # before the save's delay
    record = saved_record(store, session_id)
    assert record.text(RecordText.CHECK_IN) == "abc"


def test_the_history_follows_the_console_opening_and_leaving_a_session(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    assert listed(history) == []
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Live"))
    assert window.console is not None
    session_id = window.current_session_id
    assert session_id is not None
    assert [row[3] for row in listed(history)] == ["Live · not finished"]
    assert history.select(session_id)
    assert not history.edit_switch.isEnabled()
    window.console.finish()
    window.close_session()
    assert [row[3] for row in listed(history)] == ["Live"]
    assert history.session_id == session_id  # still shown, now editable
    assert history.edit_switch.isEnabled() and history.note.isHidden()


def test_quitting_saves_an_edit_typed_in_the_history(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    session_id = add_session(store, classic, title="Quick", notes={RecordText.CHECK_IN: "a"})
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    history.select(session_id)
    history.edit_switch.setChecked(True)
    assert history.panel is not None
    field = history.panel.field("check_in")
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClicks(field, "z")
    assert window.close()  # Codev quits with the history window open
    record = saved_record(store, session_id)
    assert record.text(RecordText.CHECK_IN) == "az"


def test_every_control_of_the_history_has_an_accessible_name(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    session_id = add_session(store, classic, title="Named", suggestion="one")
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    history.select(session_id)
    history.edit_switch.setChecked(True)
    history.ask_delete()
    focusable = [
        widget
        for widget in history.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(history)
    ]
    assert len(focusable) > 10
    for widget in focusable:
        assert widget.accessibleName().strip(), (type(widget).__name__, widget.objectName())


def test_ticking_edit_does_not_move_what_is_under_the_pointer(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    add_session(
        store,
        classic,
        title="Steady",
        notes={RecordText.QUESTION: "How to let go?"},
        suggestion="Write the list",
    )
    window = make_window(qtbot, FakeClock(0.0), store)
    history = open_history(qtbot, window)
    QTest.keyClick(history.search, Qt.Key.Key_Down)
    panel = history.panel
    assert panel is not None
    question = panel.field("question")
    qtbot.wait(20)  # the layout settles

    def where() -> list[tuple[int, int, int]]:
        widgets = [question, history.edit_switch, history.delete_button]
        return [(w.mapTo(history, w.rect().topLeft()).y(), w.height(), w.width()) for w in widgets]

    before = where()
    QTest.mouseClick(history.edit_switch, Qt.MouseButton.LeftButton)
    assert history.edit_switch.isChecked() and not question.isReadOnly()
    qtbot.wait(20)
    assert where() == before
    QTest.mouseClick(history.edit_switch, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert where() == before

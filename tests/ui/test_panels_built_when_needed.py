"""The side panels build their widgets when first needed, and every key path still reaches them.

The Speakers tab waits behind the Notes until it is shown; the Notes build a phase's fields when
they are first shown or used. These tests play the real main window by keys and clicks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.commands import AddSuggestion, RemoveSuggestion
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.console.speakers import RowKind, SpeakerPanel
from codev_app.ui.record.panel import NotesPanel
from tests.ui.windows import session_console

PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")


def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifiers)


def panels(console: ConsoleWidget) -> tuple[NotesPanel, SpeakerPanel]:
    notes, speakers = console.findChild(NotesPanel), console.findChild(SpeakerPanel)
    assert notes is not None and speakers is not None
    return notes, speakers


def built_groups(panel: NotesPanel) -> list[str]:
    return [key for key, group in panel.groups.items() if group.built]


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def test_number_keys_give_the_floor_behind_the_notes_and_the_speakers_tab_shows_it(
    qtbot: QtBot,
) -> None:
    _window, console = session_console(qtbot, FakeClock(), classic(), PEOPLE, "Chloé")
    notes, speakers = panels(console)
    tabs = console.side_tabs
    assert tabs.currentWidget() is notes
    # Only the opening's fields exist; the Speakers tab is not built behind the Notes.
    assert built_groups(notes) == ["check_in", "follow_up"]
    assert not speakers.built

    assert QApplication.focusWidget() is console  # the keys are on the running session
    press(Qt.Key.Key_N)  # the round starts with its first speaker
    opener = console.live.turns.current_speaker
    assert opener is not None
    number = next(p.key for p in console.live.roster if p.key and p.id != opener)
    press(getattr(Qt.Key, f"Key_{number}"))  # someone else, out of turn
    first = console.live.roster.participant_for_key(number)
    assert console.live.turns.current_speaker == first.id, console.notice.text()
    assert console.floor.countdown.speaker.text() == first.name
    press(Qt.Key.Key_Escape)
    assert not speakers.built

    tab_bar = tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(0).center())
    assert tabs.currentWidget() is speakers and speakers.built
    row = speakers.rows[first.id]
    assert row.isVisible() and row.kind is RowKind.SPEAKING
    assert speakers.rows[opener].kind is RowKind.SPOKE
    # Built once: the keys now repaint it as before.
    press(Qt.Key.Key_N)
    assert speakers.rows[first.id].kind is not RowKind.SPEAKING


def test_a_suggestion_undone_back_before_its_phase_is_there_when_the_phase_comes(
    qtbot: QtBot,
) -> None:
    _window, console = session_console(qtbot, FakeClock(), classic(), PEOPLE, "Chloé")
    notes, _speakers = panels(console)
    controller = console.controller
    controller.apply(AddSuggestion("s1", "Try a small pilot first"))
    controller.apply(RemoveSuggestion("s1"))
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: the suggestion is back
    assert [item.text for item in console.live.record.suggestions] == ["Try a small pilot first"]
    assert "suggestions" not in built_groups(notes)

    while console.live.engine.current_phase.id != "consultation":
        press(Qt.Key.Key_PageDown)
    group = notes.groups["suggestions"]
    assert group.built and group.isVisible()
    rows = list(notes.suggestions.rows.values())
    assert [text_of(row.text) for row in rows] == ["Try a small pilot first"]
    # Passed phases keep what they built; phases not reached yet are still waiting.
    assert "key_facts" in built_groups(notes) and "learnings" not in built_groups(notes)

"""Unsaved changes are never lost: the Save / Discard / Cancel question, and autosaved drafts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.template import LocalizedText, load_template
from codev_app.ui.main_window import MainWindow
from codev_app.ui.templates.drafts import DraftStore, lenient_template
from codev_app.ui.templates.editor import TemplateEditor
from codev_app.ui.templates.window import TemplatesWindow

Answer = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[TemplatesWindow]]:
    """Templates windows made by the test, cleaned up without questions at the end."""
    made: list[TemplatesWindow] = []
    yield made
    for window in made:
        if window.editor is not None:
            window.editor.discard_changes()
        window.close()
        window.deleteLater()


def _open(qtbot: QtBot, windows: list[TemplatesWindow]) -> TemplatesWindow:
    window = TemplatesWindow(language="en")
    windows.append(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _edited_copy(window: TemplatesWindow, template_id: str = "codev-express") -> TemplateEditor:
    window.page.select(template_id)
    window.page.duplicate_selected()
    assert window.editor is not None
    return window.editor


def _answer(button: Answer, seen: list[str]) -> None:
    """Click ``button`` in the unsaved-changes box as soon as it is shown (it is modal)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.objectName())
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def _draft_path(template_id: str) -> Path:
    return paths.data_dir() / "drafts" / f"{template_id}.toml"


def _change_first_duration(editor: TemplateEditor, minutes: int) -> None:
    editor.select_phase(0)
    editor.minutes.setValue(minutes)


def test_changes_are_autosaved_as_a_draft_and_forgotten_when_undone(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    editor = _edited_copy(_open(qtbot, windows))
    draft = _draft_path(editor.template.id)
    _change_first_duration(editor, 12)
    qtbot.waitUntil(draft.exists)
    loaded = DraftStore().load(editor.template.id)
    assert loaded is not None and not loaded.is_new
    assert loaded.template.phases[0].planned_seconds == 12 * 60
    assert loaded.template.phases == editor.template.phases
    editor.undo_stack.undo()
    assert not editor.has_unsaved_changes()
    qtbot.waitUntil(lambda: not draft.exists())


def test_closing_with_changes_asks_and_cancel_keeps_everything(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    window = _open(qtbot, windows)
    editor = _edited_copy(window)
    _change_first_duration(editor, 12)
    seen: list[str] = []
    _answer(Answer.Cancel, seen)
    assert not window.close()
    assert seen == ["unsavedChangesBox", "Save the changes to “Express co-development (copy)”?"]
    assert window.isVisible() and window.editor is editor
    assert editor.template.phases[0].planned_seconds == 12 * 60
    assert _draft_path(editor.template.id).exists()  # written before asking


def test_discard_closes_and_keeps_the_saved_version(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    window = _open(qtbot, windows)
    editor = _edited_copy(window)
    template_id = editor.template.id
    saved_before = (paths.user_templates_dir() / f"{template_id}.toml").read_bytes()
    _change_first_duration(editor, 12)
    seen: list[str] = []
    _answer(Answer.Discard, seen)
    editor.back_button.click()
    assert seen
    assert window.editor is None
    assert (paths.user_templates_dir() / f"{template_id}.toml").read_bytes() == saved_before
    assert not _draft_path(template_id).exists()


def test_save_from_the_question_saves_then_closes(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    window = _open(qtbot, windows)
    editor = _edited_copy(window)
    template_id = editor.template.id
    _change_first_duration(editor, 12)
    seen: list[str] = []
    _answer(Answer.Save, seen)
    assert window.close()
    saved = load_template(paths.user_templates_dir() / f"{template_id}.toml").template
    assert saved.phases[0].planned_seconds == 12 * 60
    assert not _draft_path(template_id).exists()


def test_save_that_cannot_happen_keeps_the_window_open(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    window = _open(qtbot, windows)
    editor = _edited_copy(window)
    editor.select_phase(0)
    editor.speaker_time.setValue(5)  # under the 10-second minimum: cannot be saved
    seen: list[str] = []
    _answer(Answer.Save, seen)
    assert not window.close()
    assert window.editor is editor
    assert editor.issue_labels["speaker_seconds"].isVisibleTo(editor)
    assert window.focusWidget() is editor.speaker_time


def test_after_a_crash_the_draft_is_offered_back(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    crashed = _open(qtbot, windows)
    editor = _edited_copy(crashed)
    template_id = editor.template.id
    _change_first_duration(editor, 12)
    editor.write_draft()
    # The process dies here: no close, no question. A new start finds the draft.
    crashed.hide()

    window = _open(qtbot, windows)
    bar = window.page.drafts_bar
    assert bar.isVisibleTo(window.page)
    assert "Express co-development (copy)" in bar.text()
    bar.button("Resume editing").click()
    restored = window.editor
    assert restored is not None and restored.template.id == template_id
    assert restored.template.phases[0].planned_seconds == 12 * 60
    assert restored.has_unsaved_changes()
    restored.undo_stack.undo()  # the saved version, one step back
    assert restored.template.phases[0].planned_seconds == 5 * 60
    restored.undo_stack.redo()
    assert restored.save()
    assert not _draft_path(template_id).exists()
    saved = load_template(paths.user_templates_dir() / f"{template_id}.toml").template
    assert saved.phases[0].planned_seconds == 12 * 60


def test_opening_a_template_with_a_draft_offers_it(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    window = _open(qtbot, windows)
    editor = _edited_copy(window)
    template = editor.template
    editor.request_close()
    DraftStore().save(replace(template, name=LocalizedText.of(en="Draft name")), is_new=False)

    window.page.drafts_bar.clear()
    opened = window.edit(template.id)
    assert opened is not None
    assert opened.draft_bar.isVisibleTo(opened)
    assert opened.template.name.get("en") != "Draft name"
    opened.draft_bar.button("Restore them").click()
    assert opened.template.name.get("en") == "Draft name"
    assert opened.has_unsaved_changes()

    opened.discard_changes()
    opened.request_close()
    again = window.edit(template.id)
    assert again is not None and not again.draft_bar.isVisibleTo(again)


def test_a_new_template_never_saved_comes_back_from_its_draft(
    qtbot: QtBot, windows: list[TemplatesWindow]
) -> None:
    crashed = _open(qtbot, windows)
    editor = crashed.new_template()
    assert editor is not None
    editor.template_name.textEdited.emit("Friday circle")
    editor.write_draft()
    crashed.hide()

    window = _open(qtbot, windows)
    window.page.drafts_bar.button("Resume editing").click()
    restored = window.editor
    assert restored is not None and restored.is_new
    assert restored.template.name.get("en") == "Friday circle"
    assert restored.has_unsaved_changes()
    assert restored.save()
    assert "friday-circle" in window.library
    assert not list((paths.data_dir() / "drafts").glob("*.toml"))


def test_discarding_a_draft_from_the_library(qtbot: QtBot, windows: list[TemplatesWindow]) -> None:
    crashed = _open(qtbot, windows)
    editor = _edited_copy(crashed)
    _change_first_duration(editor, 12)
    editor.write_draft()
    crashed.hide()
    window = _open(qtbot, windows)
    window.page.drafts_bar.button("Discard them").click()
    assert not _draft_path(editor.template.id).exists()
    assert not window.page.drafts_bar.isVisibleTo(window.page)


def test_a_draft_that_the_format_refuses_is_still_read_back() -> None:
    store = DraftStore()
    template = load_template(
        Path(__file__).resolve().parents[2] / "resources" / "templates" / "codev-flash.toml"
    ).template
    broken = template.with_phases(
        [replace(template.phases[0], name=LocalizedText(), speaker_seconds=3)]
    )
    store.save(broken, is_new=True)
    draft = store.load(template.id)
    assert draft is not None and draft.is_new
    assert not draft.template.phases[0].name
    assert draft.template.phases[0].speaker_seconds == 3
    assert lenient_template({"no": "id"}) is None
    store.path_for("garbage").write_text("[[[", encoding="utf-8")
    assert store.load("garbage") is None
    assert [d.template.id for d in store.all()] == [template.id]


def test_closing_the_main_window_asks_about_an_unsaved_template(qtbot: QtBot) -> None:
    main = MainWindow()
    with qtbot.waitExposed(main):
        main.show()
    main.complete_startup()
    templates = main.templates.open()
    editor = _edited_copy(templates)
    _change_first_duration(editor, 12)
    seen: list[str] = []
    _answer(Answer.Cancel, seen)
    assert not main.close()
    assert seen and main.isVisible() and templates.isVisible()
    _answer(Answer.Discard, seen)
    assert main.close()
    assert not templates.isVisible()
    main.deleteLater()

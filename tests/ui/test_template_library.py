"""The template library window: listing, duplicate, delete, export, import by file or by drop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.library import BUILTIN_ORDER
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.main_window import MainWindow
from codev_app.ui.templates.window import TemplatesWindow

MINE = """\
format = "codev-template"
schema_version = {version}
id = "{id}"
name = {{ fr = "{fr}", en = "{en}" }}
description = {{ fr = "Notre séance.", en = "Our session." }}

[[phases]]
id = "talk"
minutes = {minutes}
name = {{ fr = "Parole", en = "Talk" }}
"""


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[TemplatesWindow]:
    templates = TemplatesWindow(language="en")
    with qtbot.waitExposed(templates):
        templates.show()
    yield templates
    if templates.editor is not None:
        templates.editor.discard_changes()
    templates.close()
    templates.deleteLater()


def _file(
    folder: Path,
    template_id: str = "thursday",
    en: str = "Thursday",
    fr: str = "Jeudi",
    minutes: int = 20,
    version: int = 1,
    name: str | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{template_id}-{minutes}.toml")
    text = MINE.format(id=template_id, en=en, fr=fr, minutes=minutes, version=version)
    path.write_text(text, encoding="utf-8")
    return path


def _user_files() -> list[str]:
    return sorted(path.name for path in paths.user_templates_dir().glob("*.toml"))


def _drop(target: QWidget, files: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPoint(20, 20).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.setAccepted(False)
    if enter.isAccepted():
        QApplication.sendEvent(target, drop)
    return drop


def _row_texts(window: TemplatesWindow) -> list[str]:
    listing = window.page.template_list
    return [listing.item(row).text() for row in range(listing.count())]


def test_built_in_templates_are_listed_read_only_with_phases_duration_and_description(
    window: TemplatesWindow,
) -> None:
    rows = _row_texts(window)
    assert len(rows) == len(BUILTIN_ORDER)
    name, details, description = rows[0].split("\n")
    assert name == "Classic co-development"
    assert details == "7 phases · 1\u00a0h\u00a050 · built-in, read-only"
    assert description.startswith("The reference session")
    page = window.page
    assert page.selected_id() == "classic"
    assert page.name_label.text() == "Classic co-development"
    assert "read-only" in page.origin_label.text()
    assert page.phases_label.text().splitlines()[1] == "0:15   Case exposition · 15\u00a0min"
    assert not page.edit_button.isVisibleTo(page) and not page.delete_button.isVisibleTo(page)
    assert page.duplicate_button.text() == "&Duplicate and edit"
    assert not page.problems.isVisibleTo(page)


def test_user_templates_follow_and_can_be_edited_and_deleted(qtbot: QtBot, tmp_path: Path) -> None:
    _file(paths.user_templates_dir(), name="thursday.toml")
    window = TemplatesWindow(language="en")
    qtbot.addWidget(window)
    rows = _row_texts(window)
    assert rows[-1] == "Thursday\n1 phase · 20\u00a0min · yours\nOur session."
    window.page.select("thursday")
    assert window.page.edit_button.isVisibleTo(window.page)
    assert window.page.duplicate_button.text() == "&Duplicate"


def test_duplicate_and_edit_makes_a_user_copy_and_leaves_the_built_in_alone(
    window: TemplatesWindow,
) -> None:
    built_in = resource_dir("templates", "classic.toml").read_bytes()
    window.page.select("classic")
    window.page.duplicate_button.click()
    assert _user_files() == ["classic-copy.toml"]
    assert window.editor is not None and window.stack.currentWidget() is window.editor
    assert window.editor.template.name.get("fr") == "Codéveloppement classique (copie)"
    assert resource_dir("templates", "classic.toml").read_bytes() == built_in
    window.editor.request_close()  # nothing changed: back without a question
    assert window.editor is None
    assert window.page.selected_id() == "classic-copy"


def test_activating_a_built_in_explains_instead_of_editing(window: TemplatesWindow) -> None:
    window.page.template_list.setFocus()
    QTest.keyClick(window.page.template_list, Qt.Key.Key_Return)
    assert window.editor is None
    assert "read-only" in window.page.notice_bar.text()


def test_delete_asks_in_the_page_then_deletes(qtbot: QtBot, window: TemplatesWindow) -> None:
    window.page.select("codev-flash")
    copy = window.page.duplicate_selected()
    assert copy is not None and window.editor is not None
    window.editor.request_close()
    page = window.page
    page.select(copy.id)
    page.delete_button.click()
    assert page.delete_bar.isVisibleTo(page)
    assert page.delete_bar.text() == (
        "Delete “Flash co-development (copy)”? Its file will be removed from your templates."
    )
    assert QApplication.activeModalWidget() is None
    page.delete_bar.button("Keep it").click()
    assert not page.delete_bar.isVisibleTo(page)
    assert _user_files() == [f"{copy.id}.toml"]

    page.delete_button.click()
    page.delete_bar.button("Delete").click()
    assert _user_files() == []
    assert copy.id not in window.library
    assert "was deleted" in page.notice_bar.text()


def test_export_writes_a_file_and_never_overwrites_silently(
    window: TemplatesWindow, tmp_path: Path
) -> None:
    window.page.select("codev-express")
    target = tmp_path / "express.toml"
    assert window.page.export_selected(target) == target
    assert load_template(target).template.id == "codev-express"
    assert str(target) in window.page.notice_bar.text()
    target.write_text("mine", encoding="utf-8")
    assert window.page.export_selected(target) is None
    assert "already exists" in window.page.notice_bar.text()
    assert target.read_text(encoding="utf-8") == "mine"
    assert window.page.export_selected(target, overwrite=True) == target


def test_a_dropped_file_is_imported(qtbot: QtBot, window: TemplatesWindow, tmp_path: Path) -> None:
    changed: list[bool] = []
    window.library_changed.connect(lambda: changed.append(True))
    drop = _drop(window, [_file(tmp_path / "in")])
    assert drop.isAccepted()
    assert _user_files() == ["thursday.toml"]
    assert window.page.selected_id() == "thursday"
    assert window.page.notice_bar.text() == "“Thursday” was imported from “thursday-20.toml”."
    assert changed


def test_other_dropped_files_are_refused(window: TemplatesWindow, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    drop = _drop(window, [text])
    assert not drop.isAccepted()
    assert _user_files() == []


def test_a_name_clash_asks_rename_or_replace(window: TemplatesWindow, tmp_path: Path) -> None:
    page = window.page
    page.import_files([_file(tmp_path)])
    page.import_files([_file(tmp_path, minutes=45)])
    assert page.clash_bar.isVisibleTo(page)
    assert "You already have a template called “Thursday”" in page.clash_bar.text()
    assert [b.text() for b in page.clash_bar.buttons] == [
        "Import as a copy",
        "Replace mine",
        "Cancel",
    ]
    assert QApplication.activeModalWidget() is None
    assert _user_files() == ["thursday.toml"]

    page.clash_bar.button("Import as a copy").click()
    assert _user_files() == ["thursday-2.toml", "thursday.toml"]
    assert "“Thursday (2)”" in page.notice_bar.text()
    assert (
        load_template(paths.user_templates_dir() / "thursday-2.toml")
        .template.phases[0]
        .planned_seconds
        == 45 * 60
    )

    page.import_files([_file(tmp_path, minutes=50)])
    page.clash_bar.button("Replace mine").click()
    assert _user_files() == ["thursday-2.toml", "thursday.toml"]
    replaced = load_template(paths.user_templates_dir() / "thursday.toml").template
    assert replaced.phases[0].planned_seconds == 50 * 60
    assert "replaces yours" in page.notice_bar.text()

    page.import_files([_file(tmp_path, minutes=55)])
    page.clash_bar.button("Cancel").click()
    assert "was not imported" in page.notice_bar.text()
    assert load_template(paths.user_templates_dir() / "thursday.toml").template == replaced


def test_a_clash_with_a_built_in_only_offers_a_copy(
    window: TemplatesWindow, tmp_path: Path
) -> None:
    page = window.page
    page.import_files([_file(tmp_path, template_id="classic", en="Mine", fr="Le mien")])
    assert [b.text() for b in page.clash_bar.buttons] == ["Import as a copy", "Cancel"]
    assert "cannot be replaced" in page.clash_bar.text()
    page.clash_bar.button("Import as a copy").click()
    assert _user_files() == ["classic-2.toml"]


def test_several_files_go_on_after_a_clash_is_answered(
    window: TemplatesWindow, tmp_path: Path
) -> None:
    page = window.page
    page.import_files([_file(tmp_path)])
    page.import_files(
        [
            _file(tmp_path, template_id="monday", en="Monday", fr="Lundi"),
            _file(tmp_path, minutes=30),
            _file(tmp_path, template_id="friday", en="Friday", fr="Vendredi"),
        ]
    )
    assert _user_files() == ["monday.toml", "thursday.toml"]  # waiting for the clash answer
    page.clash_bar.button("Import as a copy").click()
    assert _user_files() == ["friday.toml", "monday.toml", "thursday-2.toml", "thursday.toml"]
    assert len(page.notice_bar.text().splitlines()) == 3


def test_a_broken_file_is_refused_whole_and_said_calmly(
    window: TemplatesWindow, tmp_path: Path
) -> None:
    broken = _file(tmp_path, minutes=0)
    window.page.import_files([broken])
    text = window.page.notice_bar.text()
    assert text.splitlines()[0] == (
        "Nothing was imported from “thursday-0.toml”; the file is left as it is."
    )
    assert "phases[1].minutes" in text and "between 1 and 240 minutes" in text
    assert _user_files() == []
    assert broken.exists()


def test_a_file_from_a_newer_codev_is_refused_with_the_cores_message(
    window: TemplatesWindow, tmp_path: Path
) -> None:
    _drop(window, [_file(tmp_path, version=3)])
    text = window.page.notice_bar.text()
    assert text.splitlines()[0] == (
        "“thursday-20.toml” was made by a newer version of Codev and was not imported."
    )
    assert "written by a newer version of Codev (format 3)" in text
    assert "Please update Codev." in text
    assert _user_files() == []


def test_broken_user_files_are_listed_with_the_file_and_the_problem(qtbot: QtBot) -> None:
    folder = paths.user_templates_dir()
    (folder / "half.toml").write_text('format = "codev-template"\nschema_version = 1\n[[', "utf-8")
    _file(folder, template_id="later", version=9, name="later.toml")
    _file(folder, name="fine.toml")
    window = TemplatesWindow(language="en")
    qtbot.addWidget(window)
    page = window.page
    assert not page.problems.isHidden()
    assert page.problems_heading.text().startswith("2 files in your templates folder")
    lines = page.problems_label.text().splitlines()
    assert lines[0].startswith("• half.toml: not valid TOML")
    assert lines[1].startswith("• later.toml: schema_version: this file was written by a newer")
    assert "thursday" in window.library  # the good file still loads
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_user_texts_are_shown_as_plain_text(qtbot: QtBot) -> None:
    _file(paths.user_templates_dir(), en="<b>Bold</b> &amp; co", fr="<i>x</i>", name="t.toml")
    window = TemplatesWindow(language="en")
    qtbot.addWidget(window)
    window.page.select("thursday")
    assert window.page.name_label.text() == "<b>Bold</b> &amp; co"
    assert window.page.name_label.textFormat() == Qt.TextFormat.PlainText


# --- from the main window ------------------------------------------------------------------------


@pytest.fixture
def main_window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    with qtbot.waitExposed(window):
        window.show()
    window.complete_startup()
    with qtbot.waitActive(window):
        window.activateWindow()
    yield window
    templates = window.templates.templates_window
    if templates is not None and templates.editor is not None:
        templates.editor.discard_changes()
    window.close()
    window.deleteLater()


def test_ctrl_t_and_the_menu_open_the_templates(qtbot: QtBot, main_window: MainWindow) -> None:
    entry = main_window.templates
    assert entry.action in main_window.session_menu.actions()
    assert entry.action.text() == "&Templates…"
    assert entry.button.isVisibleTo(main_window) and entry.button.accessibleName()
    QTest.keyClick(main_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: entry.templates_window is not None)
    templates = entry.templates_window
    assert templates is not None
    qtbot.waitUntil(templates.isVisible)
    assert templates.windowTitle() == "Templates – Codev"
    templates.close()
    entry.button.click()
    assert entry.templates_window is templates and templates.isVisible()


def test_a_file_dropped_on_the_main_window_is_imported_and_listed_there(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    drop = _drop(main_window, [_file(tmp_path)])
    assert drop.isAccepted()
    templates = main_window.templates.templates_window
    assert templates is not None and templates.isVisible()
    assert _user_files() == ["thursday.toml"]
    welcome = main_window.welcome.template_list
    assert welcome.item(welcome.count() - 1).text().startswith("Thursday\n")


def test_renaming_a_copy_in_french_renames_it_in_english_too_in_one_undo_step(
    window: TemplatesWindow,
) -> None:
    window.page.select("classic")
    window.page.duplicate_button.click()
    editor = window.editor
    assert editor is not None
    editor.language_buttons["fr"].click()  # editing the French texts
    assert editor.edit_language == "fr"
    editor.template_name.setFocus()
    editor.template_name.selectAll()
    QTest.keyClicks(editor.template_name, "Jeudi")
    name = editor.template.name
    assert (name.get("fr"), name.get("en")) == ("Jeudi", "Jeudi")
    editor.undo_stack.undo()
    name = editor.template.name
    assert name.get("en") == "Classic co-development (copy)"
    editor.discard_changes()


def test_the_closing_question_of_a_new_template_does_not_speak_of_a_saved_version(
    window: TemplatesWindow,
) -> None:
    editor = window.new_template()
    assert editor is not None
    box = editor.unsaved_changes_box()
    assert box.informativeText() == "If you discard them, this new template is not kept."
    box.deleteLater()
    editor.discard_changes()


def test_the_export_file_is_named_after_the_template(window: TemplatesWindow) -> None:
    window.page.select("classic")
    template = window.page.selected_template()
    assert template is not None
    assert window.page.file_name(template) == "Classic co-development"  # not its id, "classic"


def test_import_problems_are_said_in_french_in_the_french_interface(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    translators = i18n.install_translators(qapp, "fr")
    try:
        templates = TemplatesWindow(language="fr")
        qtbot.addWidget(templates)
        templates.page.import_files([_file(tmp_path, minutes=0)])
        text = templates.page.notice_bar.text()
        assert "phases[1].minutes" in text
        assert (
            "Phase 1\u00a0: la durée doit être comprise entre 1 et 240 minutes "
            "(le fichier indique 0)." in text
        )
        not_toml = tmp_path / "broken.toml"
        not_toml.write_text("format = [", encoding="utf-8")
        templates.page.import_files([not_toml])
        assert "Ce n’est pas un fichier TOML valide" in templates.page.notice_bar.text()
        assert "not valid TOML" not in templates.page.notice_bar.text()
    finally:
        i18n.remove_translators(qapp, translators)

"""The main window: title, menus, keyboard paths, accessible names, template list, language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.template import LocalizedText, Template, load_templates
from codev_app.core.template_index import summarize
from codev_app.resources_path import resource_dir
from codev_app.settings import Language, load_settings
from codev_app.ui.main_window import MainWindow
from codev_app.version import app_version


@pytest.fixture
def built_in() -> list[Template]:
    templates, problems = load_templates(resource_dir("templates"), read_only=True)
    assert templates and not problems
    return templates


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    # As the application does: English needs its catalog too, for plural forms.
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def french(qapp: QApplication, english: None) -> Iterator[None]:
    # Installed last, so searched first.
    translators = i18n.install_translators(qapp, "fr")
    assert translators, "the French catalogs should load"
    yield
    i18n.remove_translators(qapp, translators)


def _window(qtbot: QtBot, **kwargs: object) -> MainWindow:
    window = MainWindow(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.complete_startup()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_the_window_shows_with_the_title_codev(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window), qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.windowTitle() == "Codev"
    assert window.isVisible()
    assert window.painted


def test_menus_in_english(qtbot: QtBot) -> None:
    window = _window(qtbot)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Session", "S&ettings", "&Help"]
    assert window.new_session_action.isEnabled()
    assert [a.text() for a in window.language_menu.actions()] == [
        "&System language",
        "Français",
        "English",
    ]


def test_menus_in_french_when_the_french_translation_is_installed(
    qtbot: QtBot, french: None
) -> None:
    window = _window(qtbot, language="fr")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Séance", "&Paramètres", "&Aide"]
    assert window.quit_action.text() == "&Quitter"
    assert window.welcome.heading.text() == "Bienvenue dans Codev"


def test_every_menu_has_a_distinct_keyboard_letter(qtbot: QtBot) -> None:
    window = _window(qtbot)
    letters = []
    for action in window.menuBar().actions():
        text = action.text()
        assert text.count("&") == 1, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(set(letters)) == len(letters)


def test_shortcuts_quit_and_help(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.shortcuts_action.shortcut() == QKeySequence("F1")
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _visible_box(window, "shortcutsBox") is not None)
    box = _visible_box(window, "shortcutsBox")
    assert box is not None and "Ctrl+Q" in box.text()
    box.close()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_focusable_control_has_an_accessible_name(
    qtbot: QtBot, built_in: list[Template]
) -> None:
    window = _window(qtbot)
    window.set_templates([summarize(t) for t in built_in])
    focusable = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(window)
    ]
    assert window.welcome.template_list in focusable
    for widget in focusable:
        assert widget.accessibleName().strip(), widget.metaObject().className()
    for menu in (window.session_menu, window.settings_menu, window.language_menu, window.help_menu):
        for action in menu.actions():
            assert action.isSeparator() or action.text().strip()


def test_the_template_list_has_a_keyboard_path(qtbot: QtBot, built_in: list[Template]) -> None:
    window = _window(qtbot)
    window.set_templates([summarize(t) for t in built_in])
    label = window.welcome.templates_label
    assert label.buddy() is window.welcome.template_list
    assert "&" in label.text()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.welcome.template_list.hasFocus())


def test_welcome_lists_templates_with_phases_and_duration(
    qtbot: QtBot, built_in: list[Template]
) -> None:
    window = _window(qtbot)
    classic = next(t for t in built_in if t.id == "classic")
    mine = replace(classic, id="mine", read_only=False, name=LocalizedText.of(en="Mine"))
    window.set_templates([summarize(classic), summarize(mine)])
    items = window.welcome.template_list
    assert items.count() == 2
    assert items.item(0).text() == "Classic co-development\n7 phases · 1\u00a0h\u00a050 · built-in"
    assert items.item(1).text().startswith("Mine\n7 phases")
    assert items.item(1).text().endswith("yours")
    assert items.item(0).data(Qt.ItemDataRole.UserRole) == "classic"
    assert items.item(0).toolTip() == classic.description.get("en")
    assert not window.welcome.problems.isVisibleTo(window)


def test_welcome_in_french(qtbot: QtBot, french: None, built_in: list[Template]) -> None:
    window = _window(qtbot, language="fr")
    window.set_templates([summarize(t) for t in built_in if t.id == "classic"])
    text = window.welcome.template_list.item(0).text()
    assert text == "Codéveloppement classique\n7 phases · 1\u00a0h\u00a050 · intégré"


def test_names_and_messages_are_never_read_as_markup(
    qtbot: QtBot, built_in: list[Template], tmp_path: object
) -> None:
    window = _window(qtbot)
    tricky = replace(built_in[0], name=LocalizedText.of("<b>Bold</b> & <i>co</i>"))
    window.log_file = None
    window.set_templates([summarize(tricky)], problem_count=2)
    assert window.welcome.template_list.item(0).text().startswith("<b>Bold</b> & <i>co</i>\n")
    problems = window.welcome.problems
    assert problems.isVisibleTo(window)
    assert problems.text() == "2 template files could not be read and are not listed."
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_choosing_a_language_saves_it_and_says_when_it_applies(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert window.language_actions["system"].isChecked()
    window.language_actions["fr"].trigger()
    assert load_settings()[0].language is Language.FR
    assert window.language_actions["fr"].isChecked()
    assert "next time" in window.statusBar().currentMessage()


def test_a_language_that_cannot_be_saved_is_reported(qtbot: QtBot) -> None:
    def failing_save(language: str) -> None:
        raise OSError("disk full")

    window = _window(qtbot, save_language=failing_save)
    window.language_actions["en"].trigger()
    assert window.language_actions["system"].isChecked()
    assert "disk full" in window.statusBar().currentMessage()


def test_about_and_shortcuts_do_not_block_the_window(qtbot: QtBot) -> None:
    window = _window(qtbot)
    for box in (window.show_about(), window.show_shortcuts()):
        qtbot.waitUntil(box.isVisible)
        assert box.windowModality() == Qt.WindowModality.NonModal
        assert QApplication.activeModalWidget() is None
    about = _visible_box(window, "aboutBox")
    assert about is not None
    assert f"Codev {app_version()}" in about.text()
    assert "Noto Sans" in about.text()
    window.close()
    qtbot.waitUntil(lambda: _visible_box(window, "aboutBox") is None)


def _visible_box(window: MainWindow, name: str) -> QMessageBox | None:
    for box in window.findChildren(QMessageBox, name):
        if box.isVisible():
            return box
    return None

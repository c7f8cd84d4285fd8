"""The method page: in French and English, reachable by the Help menu and Shift+F1 from the
welcome screen, the console and the history, by F1 in the history; F1 still lists the keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import FakeClock
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.template_library import available_templates
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.help.window import HelpWindow
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup

SHIFT = Qt.KeyboardModifier.ShiftModifier
TITLES = {"en": "The co-development method", "fr": "La méthode du codéveloppement"}
SECTIONS = {
    "en": ["Case exposition", "Roles", "The ground rules", "Express co-development", "4 A"],
    "fr": ["Exposé", "Les rôles", "Le cadre", "Codéveloppement express", "4 A"],
}


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot: QtBot, language: str) -> Iterator[MainWindow]:
    store = Store(paths.database_path())
    window = MainWindow(language=language, clock=FakeClock(), chime=SilentChime())
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.complete_startup()
    window.attach_store(store)
    with qtbot.waitActive(window):
        window.activateWindow()
    yield window
    window.close()
    store.close()


def _activate(widget: QWidget) -> None:
    # Offscreen, activateWindow() does not move activation to a second top-level window.
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    QApplication.processEvents()
    assert QApplication.activeWindow() is widget


def _help(window: MainWindow) -> HelpWindow:
    shown = window.help_entry.help_window
    assert shown is not None and shown.isVisible()
    return shown


def _check_page(help_window: HelpWindow, language: str) -> None:
    assert help_window.windowTitle() == TITLES[language]
    text = help_window.browser.toPlainText()
    for words in SECTIONS[language]:
        assert words in text
    built_in = [t for t in available_templates()[0] if t.read_only]
    for template in built_in:
        assert template.name.get(language) in text


def test_from_the_welcome_by_the_menu_and_by_shift_f1(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    action = window.help_entry.action
    assert action in window.help_menu.actions()
    helps = window.help_menu.actions()
    assert helps.index(action) == helps.index(window.shortcuts_action) + 1  # beside the keys
    action.trigger()
    _check_page(_help(window), language)
    _help(window).close()
    QTest.keyClick(window, Qt.Key.Key_F1, SHIFT)
    assert _help(window).browser.verticalScrollBar().value() == 0  # at the top
    # F1 still lists the keys, now with the method page among them.
    QTest.keyClick(window, Qt.Key.Key_F1)
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None and box.isVisible()
    assert action.text().replace("&", "").rstrip("…") in box.text()


def test_from_the_console_at_the_current_phase(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, ("Ana", "Bo", "Cy"), client="Cy"))
    controller.next_phase()
    controller.next_phase()
    assert controller.live.engine.current_phase.id == "clarification"
    console = window.console
    assert console is not None
    QTest.keyClick(console.rail, Qt.Key.Key_F1, SHIFT)
    help_window = _help(window)
    _check_page(help_window, language)
    assert window.help_entry.context() == "clarification"
    assert help_window.browser.verticalScrollBar().value() > 0  # scrolled to the phase
    # The console's key list (F1) names the method page too.
    help_window.close()
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(console.rail, Qt.Key.Key_F1)
    sheet = console.cheat_sheet
    assert sheet is not None and sheet.isVisible()
    native = QKeySequence("Shift+F1").toString(QKeySequence.SequenceFormat.NativeText)
    assert any(keys == native for keys, _name in sheet.rows)


def test_from_the_history_by_f1_and_shift_f1(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    history = window.history.open()
    assert history is not None
    _activate(history)
    QTest.keyClick(history, Qt.Key.Key_F1)
    _check_page(_help(window), language)
    _help(window).close()
    _activate(history)
    QTest.keyClick(history, Qt.Key.Key_F1, SHIFT)
    assert _help(window).isVisible()

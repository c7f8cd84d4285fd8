"""The first launch: shown by the real start-up once, with a real settings file; its name,
language and two ways in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import FakeClock
from codev_app.settings import Language, Settings, load_settings, save_settings
from codev_app.storage import Store
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.first_launch import FirstLaunchPage, offer_first_launch, should_show
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import NewSessionPage
from tests.ui.test_app import run_gui_then


def _current_page(window: MainWindow) -> object:
    stack = window.centralWidget()
    return stack.currentWidget() if isinstance(stack, QStackedWidget) else stack


def test_the_welcome_shows_on_the_first_start_only(qapp: QApplication) -> None:
    def look(window: MainWindow) -> tuple[str, list[str]]:
        page = _current_page(window)
        assert isinstance(page, FirstLaunchPage)
        heading = page.findChild(QLabel, "firstLaunchHeading")
        assert heading is not None
        return heading.text(), [page.demo_button.text(), page.plan_button.text()]

    assert not paths.settings_file().exists()
    code, results = run_gui_then("en", look)
    assert code == 0
    assert results == [
        ("Welcome to Codev", ["Try a 5-minute &demo session", "&Plan my first session"])
    ]
    settings, warnings = load_settings()
    assert settings.first_launch_done and not warnings

    code, again = run_gui_then("en", lambda window: _current_page(window) is window.welcome)
    assert code == 0 and again == [True]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    store = Store(paths.database_path())
    window = MainWindow(clock=FakeClock(), chime=SilentChime())
    qtbot.addWidget(window)
    window.show()
    window.complete_startup()
    window.attach_store(store)
    yield window
    window.close()
    store.close()


def test_the_name_typed_is_saved_and_leads_to_the_first_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = offer_first_launch(window)
    assert first is not None and first.page is not None
    page = first.page
    assert window.centralWidget() is not None and _current_page(window) is page
    qtbot.keyClicks(page.name_edit, "  Claire Dubois ")
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert load_settings()[0].facilitator_name == "Claire Dubois"
    assert isinstance(_current_page(window), NewSessionPage)
    assert offer_first_launch(window) is None  # once


def test_not_now_leads_to_the_templates_and_a_demo_starts_from_the_welcome(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = offer_first_launch(window)
    assert first is not None and first.page is not None
    qtbot.mouseClick(first.page.skip_button, Qt.MouseButton.LeftButton)
    assert _current_page(window) is window.welcome
    save_settings(Settings())  # as if it were the first start again
    first = offer_first_launch(window)
    assert first is not None and first.page is not None
    qtbot.mouseClick(first.page.demo_button, Qt.MouseButton.LeftButton)
    assert window.console is not None
    assert window.findChild(QLabel, "demoHeading") is not None
    assert window.store is not None and window.store.list_sessions() == []


def test_someone_with_past_sessions_is_not_welcomed_as_a_newcomer() -> None:
    with Store(paths.database_path()) as store:
        assert should_show(Settings(), store)
        store.create_session(template_id="classic", template_toml="", title="Before")
        assert not should_show(Settings(), store)
    assert not should_show(Settings(first_launch_done=True), None)


def test_choosing_french_applies_at_once_to_the_welcome_and_what_follows(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    translators = i18n.install_translators(qapp, "en")
    try:
        first = offer_first_launch(window, translators)
        assert first is not None and first.page is not None
        qtbot.keyClicks(first.page.name_edit, "Claire")
        combo = first.page.language_combo
        combo.setCurrentIndex(combo.findData("fr"))
        page = first.page
        assert page.language == "fr" and page.name == "Claire"
        heading = page.findChild(QLabel, "firstLaunchHeading")
        assert heading is not None and heading.text() == "Bienvenue dans Codev"
        assert page.menus_note.isVisibleTo(page)
        assert page.demo_button.text() == "Essayer une séance de &démonstration de 5 minutes"
        assert load_settings()[0].language is Language.FR
        assert window.language_actions["fr"].isChecked()
        page.method_button.click()
        help_window = window.help_entry.help_window
        assert help_window is not None and help_window.isVisible()
        assert help_window.windowTitle() == "La méthode du codéveloppement"
    finally:
        i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_welcome_s_keyboard_letters_never_clash_with_the_menus(
    qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    translators = i18n.install_translators(qapp, language)
    try:
        window = MainWindow(clock=FakeClock(), chime=SilentChime(), language=language)
        qtbot.addWidget(window)
        window.show()
        first = offer_first_launch(window)
        assert first is not None

        def letter(text: str) -> str | None:
            plain = text.replace("&&", "")
            return plain[plain.index("&") + 1].lower() if "&" in plain else None

        menus = [letter(action.text()) for action in window.menuBar().actions()]
        shown = _current_page(window)
        assert isinstance(shown, FirstLaunchPage)
        page = [
            letter(widget.text())
            for widget in shown.findChildren(QAbstractButton) + shown.findChildren(QLabel)
        ]
        letters = [found for found in menus + page if found is not None]
        # Alt+P once opened the Settings menu instead of "Préparer ma première séance".
        assert len(letters) == len(set(letters)), letters
    finally:
        i18n.remove_translators(qapp, translators)

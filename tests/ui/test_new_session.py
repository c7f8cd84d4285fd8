"""The new-session page: prefilled, one key to start, bad plans refused inline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.errors import TemplateError
from codev_app.core.participants import Role
from codev_app.core.record import RecordMode, RecordText
from codev_app.core.template import LocalizedText, Phase, Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.settings import Settings, save_settings
from codev_app.storage import Store
from codev_app.ui.main_window import LAST_PARTICIPANTS_KEY, LAST_TEMPLATE_KEY, MainWindow
from codev_app.ui.new_session import NewSessionPage, SessionSetup
from tests.ui.test_console import CTRL, FakeChime, make_window, press
from tests.ui.test_console import english as english  # the autouse fixture: English texts


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, FakeClock(), FakeChime())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "codev.sqlite3")
    yield opened
    opened.close()


def _page(window: MainWindow) -> NewSessionPage:
    page = window.show_new_session()
    assert page is not None
    return page


def test_ctrl_n_shows_a_page_not_a_dialog(window: MainWindow) -> None:
    press(window, Qt.Key.Key_N, CTRL)
    page = window.new_session_page
    assert page is not None and page.isVisible()
    assert page.window() is window
    assert QApplication.activeModalWidget() is None
    assert page.template is not None and page.template.id == "classic"
    assert page.client_combo.currentText() == "Choose later"


def test_the_welcome_screen_has_a_big_new_session_button(window: MainWindow) -> None:
    button = window.welcome.new_session_button
    assert button.isVisible() and button.accessibleName() == "New session"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.new_session_page is not None and window.new_session_page.isVisible()


def test_names_are_added_with_enter_and_bad_ones_refused_inline(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    qtbot.waitUntil(page.name_field.hasFocus)
    for name in ("Anna", "  Ben  ", "anna", ""):
        QTest.keyClicks(page.name_field, name)
        press(window, Qt.Key.Key_Return)
        if name == "anna":
            assert page.error.isVisible()
            assert page.error.text() == "Someone already has this name."
            assert page.name_field.text() == "anna"  # kept, to be corrected
            page.name_field.clear()
    assert page.error.text() == "Please type a name."
    assert page.participants() == ["Anna", "Ben"]
    assert [page.client_combo.itemText(i) for i in range(3)] == ["Choose later", "Anna", "Ben"]
    page.people.setCurrentRow(0)
    page.people.setFocus()
    press(window, Qt.Key.Key_Delete)
    assert page.participants() == ["Ben"]
    assert page.client_combo.count() == 2


def test_ctrl_enter_starts_with_the_name_still_being_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    qtbot.waitUntil(page.name_field.hasFocus)
    QTest.keyClicks(page.name_field, "Anna")
    press(window, Qt.Key.Key_Return)
    QTest.keyClicks(page.name_field, "Ben")
    press(window, Qt.Key.Key_Return, CTRL)
    console = window.console
    assert console is not None and console.isVisible()
    assert [p.name for p in console.live.roster] == ["Anna", "Ben"]
    assert console.live.state is EngineState.RUNNING
    assert window.new_session_page is None


def test_the_client_topic_and_timers_only_reach_the_session(
    window: MainWindow, classic: Template
) -> None:
    page = _page(window)
    for name in ("Anna", "Ben", "Chloé"):
        assert page.add_name(name)
    page.client_combo.setCurrentIndex(page.client_combo.findText("Ben"))
    page.title_field.setText("  Déléguer   sans culpabiliser ")
    page.group_field.setText("Codev du jeudi")
    setup = page.setup()
    assert setup is not None and setup.template.id == "classic"
    assert replace(setup, template=classic) == SessionSetup(
        template=classic,
        participants=("Anna", "Ben", "Chloé"),
        client="Ben",
        title="Déléguer sans culpabiliser",
        group_name="Codev du jeudi",
        timers_only=False,
    )
    page.request_start()
    assert window.console is not None
    live = window.console.live
    assert live.roster.client is not None and live.roster.client.name == "Ben"
    assert live.roster.client.role is Role.CLIENT
    assert live.record.text(RecordText.CASE_TITLE) == "Déléguer sans culpabiliser"

    window.console.finish()
    window.close_session()
    page = _page(window)
    page.timers_only.setChecked(True)
    page.title_field.setText("Not kept")
    page.request_start()
    assert window.console is not None
    record = window.console.live.record
    assert record.mode is RecordMode.TIMERS_ONLY
    assert record.text(RecordText.CASE_TITLE) == ""


@pytest.mark.parametrize(
    ("phases", "named"),
    [
        ((), "at least one phase"),
        ("zero", "'Exposé': duration must be between 1 and 240 minutes"),
        ("huge", "'Exposé': duration must be between 1 and 240 minutes"),
    ],
)
def test_a_template_that_cannot_run_is_refused_at_the_start_inline(
    window: MainWindow, classic: Template, phases: object, named: str
) -> None:
    if phases == ():
        broken = classic.with_phases(())
    else:
        seconds = 0 if phases == "zero" else 300 * 60
        bad = Phase("exposition", LocalizedText.of("Exposé"), seconds)
        broken = classic.with_phases((classic.phases[0], bad))
    broken = replace(broken, id="broken", name=LocalizedText.of("Broken"))
    page = NewSessionPage([broken], language="en")
    window._show_page(page)
    page.start_requested.connect(window._start_from_page)
    page.add_name("Anna")
    page.name_field.setFocus()
    press(window, Qt.Key.Key_Return, CTRL)
    assert page.error.isVisible()
    assert page.error.text().startswith("This session plan cannot be run: ")
    assert named in page.error.text()
    assert window.console is None
    assert QApplication.activeModalWidget() is None
    # open_session refuses it too, for any other caller.
    with pytest.raises(TemplateError, match=named.split(": ")[-1]):
        window.open_session(SessionSetup(broken, ("Anna",)))
    assert window.console is None


def test_the_last_participants_come_back_from_the_database(
    qtbot: QtBot, store: Store, classic: Template
) -> None:
    first = make_window(qtbot, FakeClock(), FakeChime())
    first.store = store
    first.open_session(SessionSetup(classic, ("Anna", "<b>Ben</b>"), client="Anna"))
    assert json.loads(store.get_app_state(LAST_PARTICIPANTS_KEY) or "") == ["Anna", "<b>Ben</b>"]
    assert store.get_app_state(LAST_TEMPLATE_KEY) == "classic"
    second = make_window(qtbot, FakeClock(), FakeChime())
    second.store = store
    page = _page(second)
    # Last time's people are offered, never added unasked (an absent Anna would be the client).
    assert page.participants() == []
    assert page.same_people_button.isVisibleTo(page)
    assert page.same_people_button.text() == "Same people as last time (Anna, <b>Ben</b>)"
    for name in ("Eva", "Farid"):
        page.name_field.setText(name)
        assert page.add_typed_name()
    setup = page.setup()
    assert setup is not None and setup.participants == ("Eva", "Farid") and setup.client is None
    QTest.mouseClick(page.same_people_button, Qt.MouseButton.LeftButton)
    assert page.participants() == ["Eva", "Farid", "Anna", "<b>Ben</b>"]
    assert page.client_combo.currentData() is None


def test_a_session_without_anyone_says_it_keeps_timings_only(window: MainWindow) -> None:
    page = _page(window)
    assert page.setup() is None  # first Ctrl+Enter: said inline
    assert "timings only" in page.error.text()
    setup = page.setup()  # again: started as said
    assert setup is not None and setup.timers_only and setup.participants == ()


def test_the_template_offered_is_the_settings_one_else_the_last_one(
    qtbot: QtBot, store: Store
) -> None:
    store.set_app_state(LAST_TEMPLATE_KEY, "codev-flash")
    window = make_window(qtbot, FakeClock(), FakeChime())
    window.store = store
    page = _page(window)
    assert page.template is not None and page.template.id == "codev-flash"
    window.show_welcome()
    save_settings(replace(Settings(), default_template_id="codev-express"))
    page = _page(window)
    assert page.template is not None and page.template.id == "codev-express"


def test_escape_goes_back_to_the_welcome_screen_and_keeps_the_draft(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    qtbot.waitUntil(page.name_field.hasFocus)
    for name in ("Eva", "Farid", "Gaëlle"):
        page.name_field.setText(name)
        page.add_typed_name()
    press(window, Qt.Key.Key_Escape)
    assert window.welcome.isVisible()
    again = window.show_new_session()  # Ctrl+N
    assert again is page and page.participants() == ["Eva", "Farid", "Gaëlle"]


def test_names_with_markup_are_shown_as_typed(window: MainWindow) -> None:
    page = _page(window)
    tricky = "<b>Zoé</b> & <i>Marc</i>"
    assert page.add_name(tricky)
    assert page.people.item(0).text() == tricky
    assert page.client_combo.itemText(1) == tricky
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or label.buddy() is not None


def test_every_control_of_the_page_has_a_name_and_a_keyboard_letter(window: MainWindow) -> None:
    page = _page(window)
    focusable = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page)
    ]
    assert len(focusable) >= 8
    for widget in focusable:
        assert widget.accessibleName().strip(), widget.objectName()
    buddies = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
    letters = [label.text()[label.text().index("&") + 1].lower() for label in buddies]
    assert len(letters) == len(set(letters)) >= 5


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pages_alt_letters_never_clash_with_the_menus(
    qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    from codev_app import i18n

    translators = i18n.install_translators(qapp, language) if language == "fr" else []
    try:
        window = MainWindow(language=language, clock=FakeClock(), chime=FakeChime())
        qtbot.addWidget(window)
        page = _page(window)
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [label.text() for label in page.findChildren(QLabel) if label.buddy()]
        texts += [button.text() for button in page.findChildren(QAbstractButton)]
        letters = [
            text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")
        ]
        assert len(letters) == len(set(letters)), (language, texts)
    finally:
        i18n.remove_translators(qapp, translators)

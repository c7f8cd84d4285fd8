"""The export window from the main window: the Session menu entry and Ctrl+E, the live session's
consent (the live record changes, its autosave stores it), saved sessions from the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.template import Template, dump_template, load_template
from codev_app.export.sample import sample_bundle
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.export.source import LiveSource, StoredSource
from codev_app.ui.export.window import ExportWindow
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup

PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "codev.sqlite3") as opened:
        yield opened


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock) -> MainWindow:
    main = MainWindow(
        clock=clock, chime=SilentChime(), wall_clock=lambda: datetime(2025, 3, 14, 14, 0)
    )
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    main.complete_startup()
    with qtbot.waitActive(main):
        main.activateWindow()
    return main


def saved_id(window: MainWindow, store: Store, template: Template, title: str = "") -> int:
    """The live session's id in the store (autosave made the row when the session opened)."""
    session_id = getattr(window, "current_session_id", None)
    if session_id is None:  # a main window without autosave yet: the row is made here
        session_id = store.create_session(
            template_id=template.id, template_toml=dump_template(template), title=title
        )
        setattr(window, "current_session_id", session_id)  # noqa: B010
    assert isinstance(session_id, int)
    return session_id


def export_windows(main: MainWindow) -> list[ExportWindow]:
    return [child for child in main.findChildren(ExportWindow) if child.isVisible()]


def test_the_session_menu_offers_export_with_ctrl_e_while_a_session_is_open(
    window: MainWindow, classic: Template
) -> None:
    action = window.export_action
    assert action in window.session_menu.actions()
    assert action.text() == "E&xport…"
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert not action.isEnabled()

    window.open_session(SessionSetup(classic, PEOPLE, client="Chloé"))
    assert action.isEnabled()
    # No console key is Ctrl+E.
    assert window.console is not None
    console_keys = {
        key.toString() for item in window.console.action_set.all() for key in item.shortcuts()
    }
    assert "Ctrl+E" not in console_keys

    window.close_session()
    assert not action.isEnabled()


def test_without_a_session_nothing_opens_and_a_word_says_why(window: MainWindow) -> None:
    assert window.show_export() is None
    assert "Open a session" in window.statusBar().currentMessage()
    assert export_windows(window) == []


def test_the_live_sessions_approval_changes_the_live_record(
    qtbot: QtBot, window: MainWindow, classic: Template, clock: FakeClock, tmp_path: Path
) -> None:
    controller = window.open_session(SessionSetup(classic, PEOPLE, client="Chloé"))
    clock.advance(60)
    live = controller.live
    changes: list[object] = []
    live.record.changes.subscribe(changes.append)  # what autosave listens to

    QTest.keyClick(window, Qt.Key.Key_E, CTRL)

    [export] = export_windows(window)
    assert isinstance(export.source, LiveSource) and export.source.live is live
    assert export.consent_box.text() == "Chloé &approved what will be shared"
    assert not export.summary_box.isEnabled()
    export.consent_box.click()

    consent = live.record.consent
    client = live.roster.client
    assert client is not None and client.name == "Chloé"
    assert consent.client_approved_export and consent.approved_by == client.id
    assert changes, "the live record announced the change, so autosave stores it"
    assert export.summary_box.isEnabled() and export.summary_box.isChecked()

    # Ctrl+E again brings the same window forward.
    assert window.show_export() is export

    export.folder_field.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(export.exported, timeout=30_000) as signal:
        export.export_button.click()
    [summary] = signal.args[0]
    text = " ".join(page.extract_text() or "" for page in PdfReader(summary).pages)
    for name in PEOPLE:
        assert name in text
    # The session's clock kept running untouched.
    assert controller.live.state.value == "running"


def test_an_approval_withdrawn_elsewhere_closes_the_gate_in_the_window(
    window: MainWindow, classic: Template
) -> None:
    controller = window.open_session(SessionSetup(classic, PEOPLE, client="Chloé"))
    export = window.show_export()
    assert export is not None
    export.consent_box.click()
    assert export.summary_box.isEnabled()

    controller.live.record.withdraw_export_approval()  # e.g. from the record panel

    assert not export.consent_box.isChecked()
    assert not export.summary_box.isEnabled()
    assert "has not approved" in export.consent_state.text()


def test_the_live_session_saved_in_the_store_is_exported_live_and_others_from_the_store(
    window: MainWindow, classic: Template, store: Store
) -> None:
    window.store = store
    other = store.save_bundle(sample_bundle("en", people=4, approved=False))
    controller = window.open_session(
        SessionSetup(classic, PEOPLE, client="Chloé", title="Delegating")
    )
    live_id = saved_id(window, store, classic, title="Delegating")
    assert live_id != other

    live_export = window.show_export(live_id)
    assert live_export is not None
    assert isinstance(live_export.source, LiveSource)
    assert live_export.source.live is controller.live
    assert live_export.session_line.text().startswith("Delegating · ")

    stored_export = window.show_export(other)
    assert stored_export is not None and stored_export is not live_export
    assert isinstance(stored_export.source, StoredSource)
    stored_export.consent_box.click()
    assert store.load_bundle(other).record.consent.client_approved_export
    assert not controller.live.record.consent.client_approved_export


def test_an_unreadable_saved_session_is_said_in_the_status_bar(
    window: MainWindow, store: Store
) -> None:
    window.store = store
    assert window.show_export(12345) is None
    assert "cannot be read back" in window.statusBar().currentMessage()


def test_after_the_live_session_closes_its_export_window_goes_on_with_the_saved_copy(
    qtbot: QtBot, window: MainWindow, classic: Template, store: Store
) -> None:
    window.store = store
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloé"))
    live_id = saved_id(window, store, classic)
    export = window.show_export()
    assert export is not None and isinstance(export.source, LiveSource)

    window.close_session()
    qtbot.waitUntil(lambda: isinstance(export.source, StoredSource), timeout=5000)

    export.consent_box.click()
    consent = store.load_bundle(live_id).record.consent
    assert consent.client_approved_export


def test_after_an_unsaved_live_session_closes_its_export_window_closes(
    qtbot: QtBot, window: MainWindow, classic: Template
) -> None:
    window.open_session(SessionSetup(classic, PEOPLE, client="Chloé"))
    export = window.show_export()
    assert export is not None
    window.close_session()
    qtbot.waitUntil(lambda: export_windows(window) == [], timeout=5000)

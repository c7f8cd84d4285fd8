"""The wrap-up through the real main window: addresses typed in New session, the console handing
over when the session ends, the client's approval, previews, sending through a real SMTP server on
127.0.0.1 on the qasync loop, the states kept and shown again from the history."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.delivery.mail_settings import MailSettings, Security, save_mail_settings
from codev_app.storage import Store
from codev_app.ui.console.chime import SilentChime
from codev_app.ui.main_window import MainWindow
from codev_app.ui.wrapup.view import WrapUpView
from tests.delivery.conftest import (  # noqa: F401 (mail_server is a fixture)
    PASSWORD,
    USER,
    MailServer,
    attached_text,
    mail_server,
)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """qasync's loop, as the app runs it."""
    running = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(running)
    yield running
    asyncio.set_event_loop(None)
    running.close()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(
        clock=FakeClock(1000.0),
        chime=SilentChime(),
        wall_clock=lambda: datetime(2026, 12, 4, 14, 0),
    )
    qtbot.addWidget(main)
    main.resize(720, 600)
    with qtbot.waitExposed(main):
        main.show()
    main.complete_startup()
    with Store(tmp_path / "codev.sqlite3") as store:
        main.attach_store(store)
        yield main


def _type_person(qtbot: QtBot, window: MainWindow, name: str, address: str = "") -> None:
    page = window.new_session_page
    assert page is not None
    page.name_field.insert(name)  # QTest types ASCII only: "Chloé" is inserted as typed
    if address:
        qtbot.keyClicks(page.email_field, address)
    QTest.keyClick(page.name_field, Qt.Key.Key_Return)


def test_from_the_last_phase_to_the_inbox(
    qtbot: QtBot,
    window: MainWindow,
    loop: asyncio.AbstractEventLoop,
    mail_server: MailServer,  # noqa: F811 (the fixture imported above)
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = window.show_new_session()
    assert page is not None
    _type_person(qtbot, window, "Awa", "awa@example.org")
    _type_person(qtbot, window, "Bruno", "bruno@example.org")
    _type_person(qtbot, window, "Chloé")
    qtbot.keyClicks(page.email_field, "not an address")
    QTest.keyClick(page.email_field, Qt.Key.Key_Return)
    assert "not an e-mail address" in page.error.text()
    page.email_field.clear()
    assert [page.people.item(i).text() for i in range(3)][:2] == [
        "Awa — awa@example.org",
        "Bruno — bruno@example.org",
    ]
    page.client_combo.setCurrentIndex(page.client_combo.findData("Awa"))
    QTest.keyClick(page, Qt.Key.Key_Return, CTRL)
    console = window.console
    assert console is not None and window.store is not None
    session_id = window.current_session_id
    assert session_id is not None
    emails = window.store.deliveries.emails(session_id)
    assert sorted(emails.values()) == ["awa@example.org", "bruno@example.org"]

    console.finish()  # the facilitator ends the session: the console hands over
    view = window.findChild(WrapUpView)
    assert view is not None and window.centralWidget().currentWidget() is view  # type: ignore[attr-defined]
    # By default nothing leaves the room.
    assert not view.approval.isChecked()
    assert (
        view.approval_words.text() == "Awa, the client, agrees that these documents leave the room"
    )
    assert not view.send_button.isEnabled()
    assert "until the client agrees" in view.status.text()
    assert view.people.receives["p3"].text() == "Nothing yet: no address"

    view.approval.click()
    assert console.live.record.consent.client_approved_export
    assert view.send_button.text() == "Send to 2 people" and view.send_button.isEnabled()
    assert view.pages.page_count >= 1  # the group's summary, as pages
    view.preview("p2")
    assert view.chosen.currentText() == "Bruno's copy" and view.pages.page_count >= 1
    assert view.people.states["p1"].text() == "Not sent yet"

    save_mail_settings(
        MailSettings("127.0.0.1", mail_server.port, Security.NONE, "me@example.org", USER)
    )
    monkeypatch.setenv("CODEV_SMTP_PASSWORD", PASSWORD)
    view.send_button.click()
    assert view.task is not None
    loop.run_until_complete(view.task)
    assert view.status.text() == "Done: 2 people served."
    assert view.people.states["p1"].text().startswith("Sent at ")
    assert "Nothing yet" in view.people.receives["p3"].text()
    bruno = mail_server.inbox.to("bruno@example.org")
    assert len(bruno) == 1 and "PERSONAL COPY FOR BRUNO" in attached_text(bruno[0], tmp_path)
    assert len(mail_server.inbox.received) == 2

    # Chloé's address, typed in the wrap-up; sending again serves only her.
    field = view.people.address_fields["p3"]
    qtbot.keyClicks(field, "chloe@example.org")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.store.deliveries.emails(session_id)["p3"] == "chloe@example.org"
    view = window.findChild(WrapUpView)
    assert view is not None and view.send_button.text() == "Send to 1 person"  # Chloé only
    view.send_button.click()
    assert view.task is not None
    loop.run_until_complete(view.task)
    assert (
        len(mail_server.inbox.received) == 3 and len(mail_server.inbox.to("awa@example.org")) == 1
    )

    # Leave, and come back from the history: the states are kept.
    view.close_button.click()
    assert window.console is None
    from codev_app.ui.history import HistoryEntry

    history = window.findChild(HistoryEntry)
    assert history is not None
    opened = history.open()
    assert opened is not None
    assert opened.select(session_id)
    assert opened.wrapup_button.isEnabled()
    again = opened.wrap_up()
    assert isinstance(again, WrapUpView) and window.centralWidget().currentWidget() is again  # type: ignore[attr-defined]
    assert again is not None and again.approval.isChecked()
    assert again.people.states["p2"].text().startswith("Sent at ")
    assert not again.back_button.isVisible()

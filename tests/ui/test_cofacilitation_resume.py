"""A guest's Codev stops while sharing; reopened on the same database, its welcome page offers to
resume and join the host again, and both converge with every action (real SQLite files, two real
main windows, a real websocket on 127.0.0.1)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.ui.cofacilitation.dialogs import JoinDialog, ShareDialog
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup
from tests.ui.test_cofacilitation_windows import drive, end_sharing, focus, shown, until
from tests.ui.test_console import FakeChime
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import PEOPLE, WALL, make_window


async def share_and_join(host: MainWindow, guest: MainWindow) -> None:
    share = host.cofacilitation.open_share()
    assert isinstance(share, ShareDialog)
    share.address.setCurrentText("127.0.0.1")
    share.name.setText("Dominique")
    QTest.mouseClick(share.start_button, Qt.MouseButton.LeftButton)
    await until(lambda: share.code.text().startswith("CODEV-"))
    join = guest.cofacilitation.open_join()
    assert isinstance(join, JoinDialog)
    join.code.setText(share.code.text())
    join.name.setText("Sacha")
    QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    await until(lambda: guest.console is not None and "Dominique" in guest_status(guest))


def guest_status(window: MainWindow) -> str:
    return window.cofacilitation.status.text()


async def stop_abruptly(window: MainWindow) -> None:
    """The guest's Codev stops without ending the sharing (its socket goes, nothing is said)."""
    sharing = window.cofacilitation.sharing
    assert sharing is not None and window.keeping.keeper is not None
    assert window.keeping.keeper.flush_now()
    sharing._look()  # what its timer writes twice a second: the last updates kept
    sharing._timer.stop()
    await sharing.connection.close()
    sharing.shared.close()
    window.cofacilitation.sharing = None
    window.keeping.detach()
    window.close()


def reopen(qtbot: QtBot, clock: FakeClock, store: Store) -> MainWindow:
    """Codev started again on ``store``, inside the running event loop (no nested wait)."""
    window = MainWindow(clock=clock, chime=FakeChime(), wall_clock=lambda: WALL)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.complete_startup()
    window.keeping.save_delay = 0.05
    window.attach_store(store)
    return window


def test_a_restarted_guest_resumes_and_joins_the_host_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    classic: Template = load_template(resource_dir("templates", "classic.toml")).template
    host_store, guest_path = Store(tmp_path / "dominique.db"), tmp_path / "sacha.db"
    guest_store = Store(guest_path)
    host = make_window(qtbot, FakeClock(1000.0), host_store)
    guest = make_window(qtbot, FakeClock(20.0), guest_store, wall=WALL - timedelta(seconds=5))
    host.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Delegation"))
    windows: list[MainWindow] = [host, guest]

    async def scenario() -> None:
        await share_and_join(host, guest)
        await focus(guest)
        assert guest.console is not None
        QTest.keyClick(guest.console.rail, Qt.Key.Key_PageDown)  # Sacha moves on: phase 2
        await until(
            lambda: host.console is not None and host.console.live.engine.current_index == 1
        )
        await stop_abruptly(guest)
        guest_store.close()
        await until(lambda: "waiting for your co-facilitator" in guest_status(host))
        # Dominique goes on meanwhile: phase 3.
        await focus(host)
        assert host.console is not None
        QTest.keyClick(host.console.rail, Qt.Key.Key_PageDown)
        assert host.console.live.engine.current_index == 2

        again = reopen(qtbot, FakeClock(40.0), Store(guest_path))
        windows.append(again)
        banner = again.keeping.resume_banner
        assert banner is not None and banner.isVisible()
        assert banner.resume_button.text() == "Resume and join Dominique again"
        assert not banner.paused_button.isVisible()
        assert banner.default_button is banner.resume_button  # Enter resumes with the sharing
        QTest.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
        await until(lambda: again.console is not None and "Dominique" in guest_status(again))
        assert not banner.isVisible()
        assert again.console is not None
        await until(lambda: again.console.live.engine.current_index == 2)  # type: ignore[union-attr]
        assert shown(again, "phasePurpose") == shown(host, "phasePurpose")
        # Both act again; each sees the other's action.
        await focus(again)
        QTest.keyClick(again.console.rail, Qt.Key.Key_Space)
        await until(lambda: host.console is not None and host.console.live.state.value == "paused")
        assert host.console.notice.text() == "Sacha: pause"
        await until(lambda: "Sacha" in guest_status(host))
        await end_sharing(again)

    drive(qtbot, qapp, scenario(), *windows)
    kept = windows[-1].store
    assert kept is not None
    sessions = kept.list_sessions()
    assert len(sessions) == 1  # the same session, resumed, not a second one
    host_store.close()
    kept.close()


def test_a_guest_resumed_while_the_host_is_gone_goes_on_alone_and_says_so(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    classic: Template = load_template(resource_dir("templates", "classic.toml")).template
    host_store, guest_path = Store(tmp_path / "dominique.db"), tmp_path / "sacha.db"
    guest_store = Store(guest_path)
    host = make_window(qtbot, FakeClock(1000.0), host_store)
    guest = make_window(qtbot, FakeClock(20.0), guest_store)
    host.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Delegation"))
    reopened: list[MainWindow] = []

    async def scenario() -> None:
        await share_and_join(host, guest)
        await stop_abruptly(guest)
        guest_store.close()
        # Dominique's Codev stops too, without ending the sharing: nothing listens any more.
        sharing = host.cofacilitation.sharing
        assert sharing is not None and sharing.server is not None
        await sharing.connection.close()
        await sharing.server.stop()
        again = reopen(qtbot, FakeClock(40.0), Store(guest_path))
        reopened.append(again)
        banner = again.keeping.resume_banner
        assert banner is not None
        assert banner.resume_button.text() == "Resume and join Dominique again"
        QTest.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
        await until(lambda: again.console is not None)
        assert again.console is not None
        assert again.console.notice.text() == (
            "Dominique is not there for now: you go on alone, and Codev joins again as soon as "
            "the sharing is back."
        )
        assert guest_status(again).startswith("Connection lost: you go on alone")
        # Sacha goes on alone: the console answers as any other.
        await focus(again)
        QTest.keyClick(again.console.rail, Qt.Key.Key_PageDown)
        assert again.console.live.engine.current_index == 1
        await end_sharing(again)

    drive(qtbot, qapp, scenario())
    kept = reopened[0].store
    assert kept is not None and len(kept.list_sessions()) == 1
    host_store.close()
    kept.close()


async def host_stops_abruptly(window: MainWindow) -> None:
    """The host's Codev stops without ending the sharing: its room goes, nothing is said."""
    sharing = window.cofacilitation.sharing
    assert sharing is not None and sharing.server is not None
    server = sharing.server
    await stop_abruptly(window)
    await server.stop()


def test_a_restarted_host_serves_the_same_code_and_the_guest_reconnects_by_itself(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    classic: Template = load_template(resource_dir("templates", "classic.toml")).template
    host_path, guest_store = tmp_path / "dominique.db", Store(tmp_path / "sacha.db")
    host_store = Store(host_path)
    host = make_window(qtbot, FakeClock(1000.0), host_store)
    guest = make_window(qtbot, FakeClock(20.0), guest_store, wall=WALL - timedelta(seconds=5))
    host.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Delegation"))
    reopened: list[MainWindow] = []

    async def scenario() -> None:
        await share_and_join(host, guest)
        sharing = guest.cofacilitation.sharing
        assert sharing is not None
        old_code = sharing.code
        await host_stops_abruptly(host)
        host_store.close()
        await until(lambda: guest_status(guest).startswith("Connection lost"))
        # Sacha goes on alone meanwhile: phase 2.
        await focus(guest)
        assert guest.console is not None
        QTest.keyClick(guest.console.rail, Qt.Key.Key_PageDown)

        again = reopen(qtbot, FakeClock(1100.0), Store(host_path))
        reopened.append(again)
        banner = again.keeping.resume_banner
        assert banner is not None and banner.isVisible()
        assert banner.resume_button.text() == "Resume and share again"
        QTest.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
        await until(lambda: again.cofacilitation.sharing is not None)
        assert again.console is not None
        # Said before the guest is back (it tries again every second).
        assert again.console.notice.text().startswith("Shared again with the same code")
        await until(lambda: "Sacha" in guest_status(again), 10.0)
        assert sharing.code == old_code and sharing.connection.code == old_code
        await until(lambda: "Dominique" in guest_status(guest))
        # Sacha's move made while Dominique was away reached Dominique's resumed session.
        await until(lambda: again.console.live.engine.current_index == 1)  # type: ignore[union-attr]
        await focus(again)
        QTest.keyClick(again.console.rail, Qt.Key.Key_PageDown)
        await until(
            lambda: guest.console is not None and guest.console.live.engine.current_index == 2
        )
        assert guest.console.notice.text().startswith("Dominique: ")
        assert shown(guest, "phasePurpose") == shown(again, "phasePurpose")
        await end_sharing(again, guest)

    drive(qtbot, qapp, scenario())
    kept = reopened[0].store
    assert kept is not None and len(kept.list_sessions()) == 1
    guest_store.close()
    kept.close()


def test_a_host_whose_port_is_taken_says_so_and_goes_on_unshared(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    classic: Template = load_template(resource_dir("templates", "classic.toml")).template
    host_path = tmp_path / "dominique.db"
    host_store, guest_store = Store(host_path), Store(tmp_path / "sacha.db")
    host = make_window(qtbot, FakeClock(1000.0), host_store)
    guest = make_window(qtbot, FakeClock(20.0), guest_store)
    host.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Delegation"))
    reopened: list[MainWindow] = []

    async def scenario() -> None:
        await share_and_join(host, guest)
        sharing = host.cofacilitation.sharing
        assert sharing is not None
        port = sharing.code.port
        await host_stops_abruptly(host)
        host_store.close()
        # Another program listens on the port meanwhile.
        squatter = await asyncio.start_server(lambda r, w: None, "127.0.0.1", port)
        try:
            again = reopen(qtbot, FakeClock(1100.0), Store(host_path))
            reopened.append(again)
            banner = again.keeping.resume_banner
            assert banner is not None
            QTest.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
            await until(lambda: again.console is not None and bool(again.console.notice.text()))
            assert again.console is not None
            assert again.console.notice.text().startswith(
                "Codev cannot share this session again at 127.0.0.1: this computer no longer has"
            )
            assert again.cofacilitation.sharing is None
            assert not again.cofacilitation.status.isVisible()
            assert again.store is not None
            kept = again.store.shared_documents.load(again.keeping.session_id or 0)
            assert kept is not None and kept.ended  # not offered again at the next start
        finally:
            squatter.close()
            await squatter.wait_closed()
        await end_sharing(guest)

    drive(qtbot, qapp, scenario())
    kept = reopened[0].store
    assert kept is not None
    guest_store.close()
    kept.close()

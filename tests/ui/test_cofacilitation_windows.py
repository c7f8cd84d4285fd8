"""Two real main windows in one process, each with its own database, share one session over a
websocket on 127.0.0.1: shared and joined through their dialogs, driven by keys."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from codev_app.cofacilitation.keeping import resume
from codev_app.core.clock import FakeClock
from codev_app.core.history import Actor
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir
from codev_app.storage import Store
from codev_app.ui.cofacilitation.dialogs import JoinDialog, ShareDialog
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup
from tests.ui.test_console import english as english  # the autouse fixture: English texts
from tests.ui.test_record_panel import PEOPLE, WALL, make_window


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(0.02)


async def focus(window: MainWindow) -> None:
    """Bring the window to the front, with the keyboard on its phase rail."""
    window.activateWindow()
    window.raise_()
    assert window.console is not None
    window.console.rail.setFocus()
    await until(
        lambda: (
            QApplication.activeWindow() is window
            and window.console is not None
            and window.console.rail.hasFocus()
        )
    )


def shown(window: MainWindow, name: str) -> str:
    assert window.console is not None
    label = window.console.findChild(QLabel, name)
    assert label is not None
    return label.text()


async def scenario(host: MainWindow, guest: MainWindow) -> None:
    share = host.cofacilitation.open_share()
    assert isinstance(share, ShareDialog)
    share.address.setCurrentText("127.0.0.1")
    share.name.setText("Dominique")
    QTest.mouseClick(share.start_button, Qt.MouseButton.LeftButton)
    await until(lambda: share.code.text().startswith("CODEV-"))
    assert not share.qr.pixmap().isNull()
    join = guest.cofacilitation.open_join()
    assert isinstance(join, JoinDialog)
    join.code.setText("CODEV-WRONG")
    join.name.setText("Sacha")
    QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    await until(lambda: "not a join code" in join.error.text())
    join.code.setText(share.code.text())
    QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    await until(lambda: guest.console is not None)
    assert shown(guest, "phasePurpose") == shown(host, "phasePurpose")
    # Both consoles read the time of day on the host's clock ("ends around" the same minute):
    # on one computer the offset measured is nil, so it is set as measured against a clock 90 s
    # ahead (measured again only every 30 s).
    assert guest.console is not None and host.console is not None
    sharing = guest.cofacilitation.sharing
    assert sharing is not None
    sharing.shared.time.offset = 90.0
    assert guest.console.clock.time_of_day(0) == host.console.clock.time_of_day(0)
    assert guest.console.clock.time_of_day(0).startswith("3:07")  # not Sacha's 3:05
    await until(lambda: "Sacha" in share.status.text())
    await until(lambda: "Dominique" in guest.cofacilitation.status.text())
    # Dominique moves on by key; Sacha's console follows within a second.
    assert host.console is not None and guest.console is not None
    await focus(host)
    before = shown(host, "phasePurpose")
    QTest.keyClick(host.console.rail, Qt.Key.Key_PageDown)
    assert shown(host, "phasePurpose") != before
    started = time.monotonic()
    await until(lambda: shown(guest, "phasePurpose") == shown(host, "phasePurpose"), 1.0)
    assert time.monotonic() - started < 1.0
    assert guest.console.notice.text().startswith("Dominique: ")
    # Sacha pauses by key; Dominique sees it.
    await focus(guest)
    QTest.keyClick(guest.console.rail, Qt.Key.Key_Space)
    await until(lambda: host.console is not None and host.console.live.state.value == "paused")
    assert host.console.notice.text() == "Sacha: pause"
    QTest.mouseClick(share.end_button, Qt.MouseButton.LeftButton)
    await until(lambda: "ended the sharing" in guest.console.notice.text())
    # The code pasted again once the sharing is over: refused, and said why.
    join = guest.cofacilitation.open_join()
    assert join.join_button.isEnabled()
    join.code.setText(share.code.text())
    QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    await until(lambda: join.error.text().startswith("This sharing has ended: its code cannot"))
    join.close()
    # Each keeps a full copy in their own database.
    for window in (host, guest):
        assert window.keeping.keeper is not None
        assert window.keeping.keeper.flush_now()


async def end_sharing(*windows: MainWindow) -> None:
    """Whatever happened, nothing keeps running after the test (connections, the room)."""
    for window in windows:
        sharing = window.cofacilitation.sharing
        if sharing is not None:
            await sharing.end()


def drive(
    qtbot: QtBot, qapp: QApplication, main: Coroutine[Any, Any, None], *windows: MainWindow
) -> None:
    """Run ``main`` on qasync's loop joined to Qt's events as the app does (already running),
    pumped by qtbot, then end every sharing. No ``app.exec()``: a quit left pending by an earlier
    test (an exit called outside Qt's loop) would make it return at once."""
    gc.collect()  # event loops left by earlier tests go now, not in the middle of this one
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        for step in (main, end_sharing(*windows)):
            task = loop.create_task(step)
            qtbot.waitUntil(task.done, timeout=45_000)
            task.result()
    finally:
        asyncio.events._set_running_loop(None)
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]  # Qt's loop is not ours to stop
        loop.close()
        asyncio.set_event_loop(None)


def test_two_windows_share_a_session_driven_by_keys(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    classic: Template = load_template(resource_dir("templates", "classic.toml")).template
    stores = [Store(tmp_path / "dominique.db"), Store(tmp_path / "sacha.db")]
    host = make_window(qtbot, FakeClock(1000.0), stores[0])
    # Sacha's computer's clock is 90 s behind Dominique's.
    guest = make_window(qtbot, FakeClock(20.0), stores[1], wall=WALL - timedelta(seconds=90))
    host.open_session(SessionSetup(classic, PEOPLE, client="Chloe", title="Delegation"))
    drive(qtbot, qapp, scenario(host, guest), host, guest)
    sessions = [store.list_sessions() for store in stores]
    assert [len(found) for found in sessions] == [1, 1]
    # Each database keeps the shared document: resumed from it, the session is as both left it.
    for store, found, hosting in zip(stores, sessions, (True, False), strict=True):
        kept = store.shared_documents.load(found[0].id)
        assert kept is not None and kept.hosting is hosting and kept.ended
        again = resume(kept.updates, Actor(kept.actor, "?"), FakeClock(0.0))
        assert again.live.state.value == "paused"
        assert again.live.engine.current_index == 1
    for store in stores:
        store.close()

"""Screenshots of co-facilitation (registered in tools/screenshots.py): the sharing window with
its code and QR code, the join window, both consoles side by side, the disconnected guest, and
the guest's Codev restarted while sharing (its offer to join again).

Two real main windows share a session over a websocket on 127.0.0.1, on qasync's loop.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

PEOPLE = ["Ana", "Bruno", "Chloé", "Dimitri"]


_LOOPS: list[asyncio.AbstractEventLoop] = []


def _loop() -> asyncio.AbstractEventLoop:
    """qasync's loop, one for every screen (the sharing of one screen ends with it)."""
    import qasync

    if not _LOOPS:
        _LOOPS.append(qasync.QEventLoop(QApplication.instance()))
        asyncio.set_event_loop(_LOOPS[0])
    return _LOOPS[0]


def _window(language: str, name: str) -> Any:
    from codev_app.core.clock import MonotonicClock
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.main_window import MainWindow

    window = MainWindow(
        language=language,
        # Real clocks, as the shared time is real: a frozen one would leave the host's session
        # seconds behind the guest's (its end time a minute later at a minute's boundary).
        clock=MonotonicClock(),
        chime=SilentChime(),
        wall_clock=lambda: datetime(2025, 3, 14, 14, 0),
    )
    window.setObjectName(name)
    window.resize(960, 640)
    window.show()
    window.complete_startup()
    return window


def _shared(language: str, guest_store: Any = None) -> tuple[Any, Any, Any]:
    from codev_app.core.template import load_template
    from codev_app.resources_path import resource_dir
    from codev_app.ui.new_session import SessionSetup

    host, guest = _window(language, "host"), _window(language, "guest")
    if guest_store is not None:
        guest.attach_store(guest_store)
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = host.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    controller.next_phase()
    share = host.cofacilitation.open_share()
    share.address.setCurrentText("127.0.0.1")
    share.name.setText("Dominique")
    join = guest.cofacilitation.open_join()
    join.name.setText("Sacha")

    async def connect() -> None:
        share._start()
        while not share.code.text():
            await asyncio.sleep(0.02)
        join.code.setText(share.code.text())
        join._join()
        while guest.console is None:
            await asyncio.sleep(0.02)
        await asyncio.sleep(1.2)  # presence is heard of

    _loop().run_until_complete(connect())
    return host, guest, share


def share_window(language: str) -> QWidget:
    _host, _guest, share = _shared(language)
    share.refresh()
    share.adjustSize()
    return share


def join_window(language: str) -> QWidget:
    guest = _window(language, "guest")
    join = guest.cofacilitation.open_join()
    join.name.setText("Sacha")
    join.code.setText("CODEV-P4AAAA-MARNW3")

    async def refused() -> None:
        join._join()
        while join.error.text().endswith("…"):
            await asyncio.sleep(0.02)

    _loop().run_until_complete(refused())
    join.adjustSize()
    return join


def join_refused(language: str) -> QWidget:
    """The code of a sharing that has ended, pasted again: refused, and said why."""
    host, _guest, share = _shared(language)
    code = share.code.text()
    other = _window(language, "latecomer")
    join = other.cofacilitation.open_join()
    join.name.setText("Camille")

    async def replay() -> None:
        await host.cofacilitation.sharing.end()
        join.code.setText(code)
        join._join()
        while join.error.text().endswith("…"):
            await asyncio.sleep(0.02)

    _loop().run_until_complete(replay())
    join.adjustSize()
    return join


def _side_by_side(host: Any, guest: Any) -> QWidget:
    both = QWidget()
    row = QHBoxLayout(both)
    for window in (host, guest):
        picture = QLabel()
        picture.setPixmap(window.grab().scaledToWidth(720))
        row.addWidget(picture)
    both.show()
    return both


def side_by_side(language: str) -> QWidget:
    host, guest, share = _shared(language)
    share.close()
    guest.console.rail.setFocus()
    from codev_app.core import commands as c

    guest.controller.apply(c.Pause())  # Sacha pauses; Dominique is told

    async def follow() -> None:
        await asyncio.sleep(0.5)

    _loop().run_until_complete(follow())
    return _side_by_side(host, guest)


def disconnected(language: str) -> QWidget:
    host, guest, share = _shared(language)
    share.close()

    async def drop() -> None:
        # The host's laptop lid closes: the room is gone, the guest goes on alone.
        await host.cofacilitation.sharing.server.stop()
        await asyncio.sleep(1.0)

    _loop().run_until_complete(drop())
    return guest


def resume_offer(language: str) -> QWidget:
    """Sacha's Codev stopped while sharing, started again on the same database."""
    import tempfile
    from pathlib import Path

    from codev_app.storage import Store

    path = Path(tempfile.mkdtemp(prefix="codev-shot-")) / "sacha.db"
    _host, guest, share = _shared(language, Store(path))
    share.close()

    async def stop() -> None:
        # Its process stops: the last updates written, the socket gone, nothing said.
        sharing = guest.cofacilitation.sharing
        guest.keeping.flush()
        sharing._look()
        sharing._timer.stop()
        await sharing.connection.close()
        guest.cofacilitation.sharing = None
        guest.keeping.detach()

    _loop().run_until_complete(stop())
    guest.close()
    guest.store.close()
    again = _window(language, "restarted")
    again.attach_store(Store(path))
    return again


SCREENS = {
    "cofacilitation-share": share_window,
    "cofacilitation-join": join_window,
    "cofacilitation-join-refused": join_refused,
    "cofacilitation-side-by-side": side_by_side,
    "cofacilitation-disconnected": disconnected,
    "cofacilitation-resume-offer": resume_offer,
}

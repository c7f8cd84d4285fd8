"""An interrupted session that was shared, resumed with its sharing after a restart.

The welcome page's offer says so ("Resume and join Dominique again", "Resume and share again");
resuming rebuilds the session from the shared document kept in the database (every action of
both, the private notes from this machine's own record). A guest connects again with the saved
code: the host still sharing catches both up; a host gone leaves it going on alone, trying again
as after a drop. A host serves the same code again (same address, port, secret and certificate):
the guest still running reconnects by itself. When the address is gone or the port taken, it says
so and the session goes on unshared (a new code is one "Share" away).

Nothing of the sharing machinery (pycrdt, websockets) is imported until a saved sharing exists.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from codev_app.core.errors import CodevError
from codev_app.storage.errors import StorageError

if TYPE_CHECKING:
    from codev_app.cofacilitation.code import JoinCode
    from codev_app.core.history import Actor
    from codev_app.persistence import ResumableSession
    from codev_app.storage.repository import Store
    from codev_app.storage.shared_documents import SavedSharing
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.record.banners import ResumeBanner

_log = logging.getLogger(__name__)

# How long resuming waits for the host to answer before going on alone.
RECONNECT_WAIT_SECONDS = 3.0


def saved_sharing(store: Store, session_id: int) -> SavedSharing | None:
    """The sharing of the session kept in ``store`` when it has not ended (and, as the host, with
    its certificate kept)."""
    try:
        saved = store.shared_documents.load(session_id)
    except StorageError as error:
        _log.warning("The shared document of session %s cannot be read: %s", session_id, error)
        return None
    if saved is None or saved.ended or not saved.updates:
        return None
    if saved.hosting and not (saved.certificate and saved.private_key):
        return None
    return saved


def offer_sharing(banner: ResumeBanner, store: Store, session_id: int) -> None:
    """Word the welcome page's resume offer for a session still shared when Codev stopped:
    resumed with its sharing, never paused (the co-facilitator's session went on)."""
    saved = saved_sharing(store, session_id)
    banner.paused_button.setVisible(saved is None)
    banner.resume_button.setText(
        QCoreApplication.translate("ResumeBanner", "Resume")
        if saved is None
        else resume_words(saved)
    )
    if saved is not None:
        banner.offer(banner.text.text(), banner.detail.text(), paused_by_default=False)


def resume_words(saved: SavedSharing) -> str:
    """The resume button's words for a session that was shared ("Resume and join … again")."""
    if saved.hosting:
        return QCoreApplication.translate("SessionKeeping", "Resume and share again")
    from codev_app.cofacilitation.keeping import restore
    from codev_app.cofacilitation.shared import host_of

    host = host_of(restore(saved.updates))
    if not host:
        return QCoreApplication.translate("SessionKeeping", "Resume and join the sharing again")
    return QCoreApplication.translate("SessionKeeping", "Resume and join %1 again").replace(
        "%1", host
    )


async def resume_sharing(
    window: MainWindow, resumable: ResumableSession, saved: SavedSharing
) -> bool:
    """Reopen the shared session of ``saved`` in ``window`` and connect again with its code.

    False (and the reason logged) when the kept document cannot be followed."""
    from codev_app.cofacilitation.code import InvalidJoinCode, JoinCode
    from codev_app.cofacilitation.keeping import restore, resume
    from codev_app.cofacilitation.network import Connection, Status
    from codev_app.cofacilitation.shared import (
        InvalidSharedSession,
        SharedSession,
        SharedTime,
        host_of,
    )
    from codev_app.core.history import Actor
    from codev_app.ui.cofacilitation.sharing import Sharing, refusal_text
    from codev_app.ui.record.keeping import setup_of

    try:
        code = JoinCode.parse(saved.code)
    except InvalidJoinCode as error:
        _log.warning("The kept join code cannot be read: %s", error)
        return False
    # The host's name as it shared (the others' "Dominique: …" goes on); a guest's as it joined.
    host = host_of(restore(saved.updates)) if saved.hosting else ""
    name = (
        host
        or resumable.session.facilitator
        or QCoreApplication.translate("Cofacilitation", "Co-facilitator")
    )
    me = Actor(saved.actor, name)
    if saved.hosting:
        return await _serve_again(window, resumable, saved, code, me)
    doc = restore(saved.updates)
    box: list[SharedSession] = []

    def pump() -> None:
        for shared in box:
            shared.pump()

    time_base = SharedTime()
    connection = Connection(doc, code, me.name, pump, time_base=time_base)
    connection.start()
    # A host still there answers in a moment: the clocks are set before the timers are placed.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + RECONNECT_WAIT_SECONDS
    while loop.time() < deadline and not (
        connection.status in (Status.REFUSED, Status.OFFLINE)
        or (connection.synced.is_set() and connection.timed.is_set())
    ):
        await asyncio.sleep(0.05)
    try:
        shared = resume(doc, me, window.clock, resumable.record.state, time_base)
    except InvalidSharedSession as error:
        await connection.close()
        _log.warning("The kept shared session cannot be followed: %s", error)
        return False
    box.append(shared)
    window.open_session(
        setup_of(resumable, shared.live),
        start=False,
        live=shared.live,
        session_id=resumable.session_id,
    )
    console = window.console
    if connection.status is Status.REFUSED:
        # The sharing ended (or moved) meanwhile: the session goes on here alone.
        await connection.close()
        shared.close()
        try:
            window.store.shared_documents.end(resumable.session_id)  # type: ignore[union-attr]
        except (CodevError, AttributeError) as error:
            _log.warning("The end of the sharing was not kept: %s", error)
        if console is not None:
            console.show_notice(refusal_text(connection.refusal))
        return True
    window.cofacilitation.adopt(Sharing(window, shared, connection))
    if console is not None and connection.status is not Status.CONNECTED:
        console.show_notice(
            QCoreApplication.translate(
                "Cofacilitation",
                "%1 is not there for now: you go on alone, and Codev joins again as soon as "
                "the sharing is back.",
            ).replace("%1", shared.host_name or code.host)
        )
    return True


async def _serve_again(
    window: MainWindow,
    resumable: ResumableSession,
    saved: SavedSharing,
    code: JoinCode,
    me: Actor,
) -> bool:
    from codev_app.cofacilitation.keeping import restore, resume
    from codev_app.cofacilitation.network import Connection
    from codev_app.cofacilitation.room import RoomServer
    from codev_app.cofacilitation.shared import InvalidSharedSession
    from codev_app.cofacilitation.tls import HostCertificate
    from codev_app.ui.cofacilitation.sharing import Sharing
    from codev_app.ui.record.keeping import setup_of

    try:
        # The host's own clock is the shared time: nothing to wait for.
        shared = resume(restore(saved.updates), me, window.clock, resumable.record.state)
    except InvalidSharedSession as error:
        _log.warning("The kept shared session cannot be served again: %s", error)
        return False
    setup = setup_of(resumable, shared.live)
    window.open_session(setup, start=False, live=shared.live, session_id=resumable.session_id)
    server = RoomServer(
        clock=shared.time.now, again=(code, HostCertificate(saved.certificate, saved.private_key))
    )
    console = window.console
    try:
        await server.start()
    except OSError as error:
        _log.warning("Cannot share again on %s:%s: %s", code.host, code.port, error)
        shared.close()
        try:
            window.store.shared_documents.end(resumable.session_id)  # type: ignore[union-attr]
        except (CodevError, AttributeError) as failed:
            _log.warning("The end of the sharing was not kept: %s", failed)
        if console is not None:
            console.show_notice(
                QCoreApplication.translate(
                    "Cofacilitation",
                    "Codev cannot share this session again at %1: this computer no longer has "
                    "that address, or another program took its port. The session goes on here. "
                    "For a new code, choose Share with a co-facilitator… and send it again.",
                ).replace("%1", code.host)
            )
        return True
    connection = Connection(shared.doc, code, me.name, shared.pump)
    connection.start()
    window.cofacilitation.adopt(Sharing(window, shared, connection, server))
    if console is not None:
        console.show_notice(
            QCoreApplication.translate(
                "Cofacilitation",
                "Shared again with the same code: your co-facilitator reconnects by themselves.",
            )
        )
    return True

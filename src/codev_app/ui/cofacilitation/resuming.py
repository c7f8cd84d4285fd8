"""An interrupted session that was shared, resumed with its sharing after a restart.

The welcome page's offer says so ("Resume and join Dominique again"); resuming rebuilds the
session from the shared document kept in the database (every action of both, the private notes
from this machine's own record) and connects again with the saved code. The host still sharing
catches both up; a host gone leaves this app going on alone, trying again as after a drop.

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
    from codev_app.persistence import ResumableSession
    from codev_app.storage.repository import Store
    from codev_app.storage.shared_documents import SavedSharing
    from codev_app.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

# How long resuming waits for the host to answer before going on alone.
RECONNECT_WAIT_SECONDS = 3.0


def saved_sharing(store: Store, session_id: int) -> SavedSharing | None:
    """The sharing of the session kept in ``store`` when it has not ended (as a guest)."""
    try:
        saved = store.shared_documents.load(session_id)
    except StorageError as error:
        _log.warning("The shared document of session %s cannot be read: %s", session_id, error)
        return None
    if saved is None or saved.ended or saved.hosting or not saved.updates:
        return None
    return saved


def resume_words(saved: SavedSharing) -> str:
    """The resume button's words for a session that was shared ("Resume and join … again")."""
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
    from codev_app.cofacilitation.shared import InvalidSharedSession, SharedSession, SharedTime
    from codev_app.core.history import Actor
    from codev_app.ui.cofacilitation.sharing import Sharing, refusal_text
    from codev_app.ui.record.keeping import setup_of

    try:
        code = JoinCode.parse(saved.code)
    except InvalidJoinCode as error:
        _log.warning("The kept join code cannot be read: %s", error)
        return False
    name = resumable.session.facilitator or QCoreApplication.translate(
        "Cofacilitation", "Co-facilitator"
    )
    me = Actor(saved.actor, name)
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

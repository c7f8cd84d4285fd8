"""A shared session as the window runs it: sharing (the room), joining, and what is said of it.

Both run on the asyncio loop (qasync's, beside Qt). The console shows who did what ("Dominique:
Bruno speaks") as a calm notice, and the status bar who is connected.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import uuid
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from pycrdt import Doc
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from codev_app.cofacilitation.code import JoinCode
from codev_app.cofacilitation.keeping import keep_updates
from codev_app.cofacilitation.network import Connection, Refusal, Status
from codev_app.cofacilitation.room import RoomServer
from codev_app.cofacilitation.shared import InvalidSharedSession, SharedSession, SharedTime
from codev_app.core.errors import CodevError
from codev_app.core.history import LOCAL, Actor, Change
from codev_app.core.record import RecordText
from codev_app.ui.console.action_words import describe_action

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

ACTOR_KEY = "cofacilitation.actor"
ENDED_KEY = "cofacilitation.ended"  # digests of the codes this app joined whose sharing ended
ENDED_KEPT = 50
HOSTED_KEY = "cofacilitation.hosted"  # rooms (never secrets) of the sharings this app served
JOIN_TIMEOUT_SECONDS = 10.0


_tasks: set[asyncio.Task[None]] = set()


def run_soon(coroutine: Coroutine[Any, Any, None]) -> None:
    """Run ``coroutine`` on the event loop (qasync's); a failure is logged, never silent."""
    task = asyncio.ensure_future(coroutine)
    _tasks.add(task)

    def done(finished: asyncio.Task[None]) -> None:
        _tasks.discard(finished)
        if not finished.cancelled() and finished.exception() is not None:
            _log.error("Co-facilitation task failed", exc_info=finished.exception())

    task.add_done_callback(done)


class JoinFailed(CodevError):
    """Joining did not work; the message is for the facilitator."""


def refusal_text(refusal: Refusal | None) -> str:
    """Why the shared session refused this app, in the facilitator's words."""
    if refusal is Refusal.WRONG_CERTIFICATE:
        return QCoreApplication.translate(
            "Cofacilitation",
            "The computer at this address is not the one that shared this code (its certificate "
            "does not match), so nothing was sent to it. Ask your co-facilitator for a new code.",
        )
    if refusal is Refusal.ENDED:
        return QCoreApplication.translate(
            "Cofacilitation",
            "This sharing has ended: its code cannot be used again. Ask your co-facilitator for "
            "a new code.",
        )
    if refusal is Refusal.NOBODY:
        return QCoreApplication.translate(
            "Cofacilitation",
            "Nobody shares a session at this code's address now: the sharing has ended, or has "
            "not started yet. Ask your co-facilitator for a new code.",
        )
    return QCoreApplication.translate(
        "Cofacilitation",
        "The code was refused: it does not match the shared session. Copy the whole code "
        "again, or ask your co-facilitator for a new one.",
    )


def this_facilitator(window: MainWindow, name: str) -> Actor:
    """This machine's facilitator, with an id kept from one sharing to the next."""
    actor_id = window.remembered(ACTOR_KEY)
    if not actor_id:
        actor_id = uuid.uuid4().hex
        window.remember(ACTOR_KEY, actor_id)
    return Actor(actor_id, name or QCoreApplication.translate("Cofacilitation", "Co-facilitator"))


def _digest(code: JoinCode) -> str:
    # Only a digest is kept: the secret itself never rests in the database.
    return hashlib.sha256(f"{code.room}/{code.secret}".encode()).hexdigest()[:32]


def _ended_codes(window: MainWindow) -> list[str]:
    return (window.remembered(ENDED_KEY) or "").split()


def _remember_ended(window: MainWindow, code: JoinCode) -> None:
    kept = [d for d in _ended_codes(window) if d != _digest(code)][-ENDED_KEPT + 1 :]
    window.remember(ENDED_KEY, " ".join([*kept, _digest(code)]))


class Sharing(QObject):
    """One shared session in this window (as the host, with ``server``, or as the guest)."""

    status_changed = Signal()
    ended = Signal()

    def __init__(
        self,
        window: MainWindow,
        shared: SharedSession,
        connection: Connection,
        server: RoomServer | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.shared = shared
        self.connection = connection
        self.server = server
        self.code = connection.code
        self._was: tuple[Any, ...] = ()
        self._subscriptions: tuple[Callable[[], None], ...] = (
            shared.live.changed.subscribe(self._on_change),
            shared.ended.subscribe(lambda by: run_soon(self._ended_by(by))),
        )
        self._kept: list[bytes] = []
        self._stopping = False
        self._keeping = self._keep_in_store()
        self._follow_shared_time(shared.time)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _follow_shared_time(self, shared_time: SharedTime | None) -> None:
        # The end time is a time of day: on the host's clock (this one plus the measured
        # offset), two computers' clocks seconds apart would show different minutes.
        console = self.window.console
        if console is None:
            return
        wall = self.window.wall_clock or datetime.now
        if shared_time is None:
            console.clock.follow_wall_clock(wall)
        else:
            console.clock.follow_wall_clock(lambda: wall() + timedelta(seconds=shared_time.offset))

    def _keep_in_store(self) -> Callable[[], None] | None:
        """Keep the shared document with the session, so that a restart resumes it."""
        store, session_id = self.window.store, self.window.current_session_id
        if store is None or session_id is None:
            return None
        certificate = self.server.certificate if self.server is not None else None
        try:
            store.shared_documents.begin(
                session_id,
                actor=self.shared.me.id,
                hosting=self.hosting,
                code=self.code.text(),
                # The host's, to serve the same code after a restart (in the database only).
                certificate=certificate.der if certificate is not None else b"",
                private_key=certificate.key_pem if certificate is not None else b"",
            )
        except CodevError as error:
            _log.warning("The shared document will not be kept: %s", error)
            return None
        self._kept.append(self.shared.doc.get_update())
        return keep_updates(self.shared.doc, lambda update: self._kept.append(update))

    def _flush_kept(self) -> None:
        # Written at most twice a second, not at each keystroke: what a crash loses meanwhile
        # the other facilitator's copy gives back on reconnecting.
        store, session_id = self.window.store, self.window.current_session_id
        if not self._kept or store is None or session_id is None:
            return
        kept, self._kept = self._kept, []
        try:
            store.shared_documents.append(session_id, kept)
        except CodevError as error:
            self._kept = kept + self._kept
            _log.warning("The shared document was not kept this time: %s", error)

    @property
    def hosting(self) -> bool:
        """Whether this app shares (runs the room)."""
        return self.server is not None

    def status_text(self) -> str:
        """Who is connected, in a few words."""
        status = self.connection.status
        peers = self.connection.peers()
        if status is Status.CLOSED:
            return QCoreApplication.translate(
                "Cofacilitation", "Sharing ended: this session is yours alone again."
            )
        if status is Status.REFUSED:
            return refusal_text(self.connection.refusal)
        if status is not Status.CONNECTED:
            return QCoreApplication.translate(
                "Cofacilitation",
                "Connection lost: you go on alone, and catch up as soon as it is back.",
            )
        if not peers:
            if self.hosting:
                return QCoreApplication.translate(
                    "Cofacilitation", "Shared: waiting for your co-facilitator to join."
                )
            return QCoreApplication.translate(
                "Cofacilitation", "Connected: your co-facilitator is away for now."
            )
        return QCoreApplication.translate("Cofacilitation", "Shared with %1.").replace(
            "%1", ", ".join(peers)
        )

    async def end(self) -> None:
        """End the sharing for both; each keeps their copy."""
        if self.connection.status is not Status.CLOSED:
            self.shared.end()
        if self.server is not None:
            self.server.end()  # nobody joins any more, even before the room has stopped
        await self._stop()

    async def _ended_by(self, by: Actor) -> None:
        await self._stop()
        console = self.window.console
        if console is not None and by.name != self.shared.me.name:
            console.show_notice(
                QCoreApplication.translate(
                    "Cofacilitation", "%1 ended the sharing. You keep your copy of the session."
                ).replace("%1", by.name)
            )

    async def _stop(self) -> None:
        # Once: ending here while the other's "ended" comes in would close everything twice.
        if self._stopping:
            return
        self._stopping = True
        if not self.hosting:
            _remember_ended(self.window, self.code)  # joined once: a second join is refused
        self._timer.stop()
        self._follow_shared_time(None)
        await self.connection.close()
        self._flush_kept()
        if self._keeping is not None:
            self._keeping()
            self._keeping = None
            store, session_id = self.window.store, self.window.current_session_id
            if store is not None and session_id is not None:
                try:
                    store.shared_documents.end(session_id)
                except CodevError as error:
                    _log.warning("The end of the sharing was not kept: %s", error)
        if self.server is not None:
            await self.server.stop()
        self.shared.close()
        for unsubscribe in self._subscriptions:
            unsubscribe()
        self._subscriptions = ()
        self.status_changed.emit()
        self.ended.emit()

    def _look(self) -> None:
        self._flush_kept()
        now = (self.connection.status, tuple(self.connection.peers()))
        if now != self._was:
            self._was = now
            self.status_changed.emit()

    def _on_change(self, change: Change) -> None:
        console = self.window.console
        if change.by == LOCAL or console is None or not change.by.name:
            return
        if change.command.kind == "set_text":
            return  # typing shows in the field itself
        what = describe_action(change.acted, self.shared.live, self.window.language)
        console.show_notice(
            QCoreApplication.translate("Cofacilitation", "%1: %2")
            .replace("%1", change.by.name)
            .replace("%2", what)
        )


async def start_sharing(window: MainWindow, address: str, name: str) -> Sharing:
    """Share the window's running session on ``address`` (an IPv4 address of this machine)."""
    controller = window.controller
    if controller is None:
        raise JoinFailed(
            QCoreApplication.translate(
                "Cofacilitation", "Open or start a session first, then share it."
            )
        )
    me = this_facilitator(window, name)
    shared = SharedSession.host(controller.live, me)
    try:
        # The guests set their clocks by the host's shared time.
        hosted = (window.remembered(HOSTED_KEY) or "").split()
        server = RoomServer(address, clock=shared.time.now, ended_rooms=hosted)
        code = await server.start()
        window.remember(HOSTED_KEY, " ".join([*hosted, code.room][-ENDED_KEPT:]))
    except (OSError, ValueError) as error:
        shared.close()
        _log.warning("Cannot share on %s: %s", address, error)
        raise JoinFailed(
            QCoreApplication.translate(
                "Cofacilitation", "Codev cannot listen on this address; choose another."
            )
        ) from None
    connection = Connection(shared.doc, code, me.name, shared.pump)
    connection.start()
    return Sharing(window, shared, connection, server)


async def join_session(window: MainWindow, code_text: str, name: str) -> Sharing:
    """Join the session of ``code_text`` and open it in the window (saved like any other)."""
    from codev_app.cofacilitation.code import InvalidJoinCode
    from codev_app.ui.new_session import SessionSetup

    try:
        code = JoinCode.parse(code_text)
    except InvalidJoinCode:
        raise JoinFailed(
            QCoreApplication.translate(
                "Cofacilitation",
                "This is not a join code. Copy the whole code your co-facilitator sent.",
            )
        ) from None
    if _digest(code) in _ended_codes(window):
        raise JoinFailed(refusal_text(Refusal.ENDED))
    if window.console is not None:
        raise JoinFailed(
            QCoreApplication.translate(
                "Cofacilitation",
                "A session is open. End it and close it before joining another one.",
            )
        )
    me = this_facilitator(window, name)
    doc: Doc[Any] = Doc()
    box: list[SharedSession] = []

    def pump() -> None:
        for shared in box:
            shared.pump()

    time_base = SharedTime()
    connection = Connection(doc, code, me.name, pump, time_base=time_base, first_join=True)
    connection.start()
    try:
        await asyncio.wait_for(_synced_or_refused(connection), JOIN_TIMEOUT_SECONDS)
        if connection.status is Status.REFUSED:
            raise JoinFailed(refusal_text(connection.refusal))
        shared = SharedSession.join(doc, me, window.clock, time_base)
    except TimeoutError:
        await connection.close()
        raise JoinFailed(
            QCoreApplication.translate(
                "Cofacilitation",
                "No shared session answers at this address. Check you are on the same network.",
            )
        ) from None
    except (JoinFailed, InvalidSharedSession) as error:
        await connection.close()
        _log.warning("Joining failed: %s", error)
        if isinstance(error, JoinFailed):
            raise
        raise JoinFailed(
            QCoreApplication.translate(
                "Cofacilitation", "This shared session cannot be followed by this Codev."
            )
        ) from None
    box.append(shared)
    live = shared.live
    setup = SessionSetup(
        template=live.template,
        participants=tuple(p.name for p in live.roster.participants),
        title=live.record.text(RecordText.CASE_TITLE),
        facilitator=me.name,
    )
    session_id = window.keeping.create_row(setup, live)
    window.open_session(setup, start=False, live=live, session_id=session_id)
    return Sharing(window, shared, connection)


async def _synced_or_refused(connection: Connection) -> None:
    # Synced, and the clock set by the host's: the session's timers are placed by it.
    while connection.status is not Status.REFUSED and not (
        connection.synced.is_set() and connection.timed.is_set()
    ):
        await asyncio.sleep(0.05)

"""Each app's connection to the shared session's room (:mod:`.room`), over pinned TLS.

Both apps (the host too) keep the document in sync through a :class:`Connection`: the Yjs sync
protocol (pycrdt's messages), presence through Yjs awareness, and reconnection after a drop —
meanwhile each app goes on alone and the sync on reconnecting brings both up to date. A guest
also measures how far its clock is from the host's (:mod:`.timesync`). Everything runs on the
asyncio loop (qasync's in the app).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any

from pycrdt import (
    Awareness,
    Doc,
    TransactionEvent,
    YMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from codev_app.cofacilitation import timesync, tls
from codev_app.cofacilitation.code import JoinCode
from codev_app.cofacilitation.room import ENDED, WRONG_CODE
from codev_app.cofacilitation.shared import SharedTime
from codev_app.core.events import Observable

_log = logging.getLogger(__name__)

KEEPALIVE_SECONDS = 1.0  # presence is renewed this often…
PRESENCE_SECONDS = 3.5  # …and someone not heard of for this long is shown as away
RETRY_SECONDS = 1.0
#: How often a guest measures its clock offset again while connected (a wall clock set by the
#: system in the middle of a session would otherwise shift where the host's actions land).
TIME_EVERY_SECONDS = 30.0


class Status(enum.StrEnum):
    """Where a connection stands."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"  # dropped: going on alone, trying again
    REFUSED = "refused"  # see Connection.refusal
    CLOSED = "closed"


class Refusal(enum.StrEnum):
    """Why a connection was refused (each said to the facilitator in their words)."""

    WRONG_CODE = "wrong_code"  # the address answered, but not to this room and secret
    WRONG_CERTIFICATE = "wrong_certificate"  # not the certificate the code pins (or no TLS)
    ENDED = "ended"  # the sharing of this code has ended
    NOBODY = "nobody"  # a first join found nothing listening at the code's address


class Connection:
    """This app's connection to the room of ``code``, keeping ``doc`` in sync.

    ``on_update`` is called after every update that came in (the app applies it then).
    :attr:`status` says where it stands (and :attr:`refusal` why, when refused); :meth:`peers`
    who else is there. With ``time_base`` (a guest's), each connection measures the offset to the
    host's clock and sets it there; :attr:`timed` is set after the first measure. A
    ``first_join`` gives up (:attr:`Refusal.NOBODY`) when nothing listens at the address, rather
    than trying again as after a drop.
    """

    def __init__(
        self,
        doc: Doc[Any],
        code: JoinCode,
        name: str,
        on_update: Callable[[], None],
        *,
        retry_seconds: float = RETRY_SECONDS,
        time_every: float = TIME_EVERY_SECONDS,
        time_base: SharedTime | None = None,
        first_join: bool = False,
    ) -> None:
        self.doc = doc
        self.code = code
        self.name = name
        self.status = Status.CONNECTING
        self.refusal: Refusal | None = None
        self.timed = asyncio.Event()
        self._time_base = time_base
        self._first_join = first_join
        self._reply: asyncio.Future[tuple[bytes, float]] | None = None
        self.status_changed: Observable[Status] = Observable("connection.status")
        self.synced = asyncio.Event()
        self._on_update = on_update
        self._retry = retry_seconds
        self._time_every = time_every
        self._awareness = Awareness(doc)
        self._awareness.set_local_state({"name": name})
        self._outbox: asyncio.Queue[bytes] = asyncio.Queue()
        self._subscription = doc.observe(self._on_doc_update)
        self._task: asyncio.Task[None] | None = None
        self._socket: ClientConnection | None = None

    def start(self) -> None:
        """Connect, and keep connecting after a drop, until :meth:`close`."""
        self._task = asyncio.ensure_future(self._run())

    def peers(self) -> list[str]:
        """The names of the others connected now (heard of in the last few seconds)."""
        now = time.time() * 1000
        return [
            str(state.get("name", ""))
            for client_id, state in self._awareness.states.items()
            if client_id != self.doc.client_id
            and state
            and now - self._awareness.meta.get(client_id, {}).get("lastUpdated", 0)
            < PRESENCE_SECONDS * 1000
        ]

    async def drop(self) -> None:
        """Cut the connection as a network failure would (it connects again by itself)."""
        if self._socket is not None:
            await self._socket.close()

    async def close(self) -> None:
        """Leave the room for good (saying so to the others)."""
        if self.status is Status.CLOSED:
            return
        if self._socket is not None:
            with contextlib.suppress(ConnectionClosed):
                self._awareness.set_local_state(None)
                await self._send_awareness(self._socket)
            # What is still queued goes before closing (a last keystroke, "ended").
            await self._flush(self._socket)
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        self.doc.unobserve(self._subscription)
        self._set(Status.CLOSED)

    # --- internals -------------------------------------------------------------------------------

    def _set(self, status: Status, refusal: Refusal | None = None) -> None:
        if refusal is not None:
            self.refusal = refusal
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)

    def _on_doc_update(self, event: TransactionEvent) -> None:
        if self._socket is not None:
            self._outbox.put_nowait(create_update_message(event.update))

    async def _run(self) -> None:
        ever = False
        while True:
            try:
                context = await self._pinned()
                if isinstance(context, Refusal):
                    self._set(Status.REFUSED, context)
                    return
                async with connect(
                    self.code.url, ssl=context, max_size=2**22, open_timeout=5
                ) as socket:
                    ever = True
                    await self._serve(socket)
            except InvalidStatus as error:
                _log.warning("The room refused the connection: %s", error)
                self._set(Status.REFUSED, Refusal.WRONG_CODE)
                return
            except ConnectionClosed as closed:
                refusal = {WRONG_CODE: Refusal.WRONG_CODE, ENDED: Refusal.ENDED}.get(
                    closed.rcvd.code if closed.rcvd is not None else 0
                )
                if refusal is not None:
                    self._set(Status.REFUSED, refusal)
                    return
                _log.info("Shared session: connection lost (%s)", closed)
            except ssl.SSLError as error:  # a certificate swapped since it was read
                _log.warning("Shared session: TLS refused (%s)", error)
                self._set(Status.REFUSED, Refusal.WRONG_CERTIFICATE)
                return
            except ConnectionRefusedError as error:
                if self._first_join and not ever:
                    _log.info("Shared session: nothing listens at the code's address (%s)", error)
                    self._set(Status.REFUSED, Refusal.NOBODY)
                    return
                _log.info("Shared session: cannot reach the room (%s)", error)
            except (OSError, InvalidHandshake, TimeoutError) as error:
                _log.info("Shared session: cannot reach the room (%s)", error)
            finally:
                self._socket = None
            self._set(Status.OFFLINE)
            await asyncio.sleep(self._retry)

    async def _pinned(self) -> ssl.SSLContext | Refusal:
        """TLS trusting only the certificate the code pins; a refusal when the address presents
        another (nothing of the code, not even the room, has been sent then): ENDED when it is
        the same host sharing again, which names the code's room as ended in it."""
        der = await tls.presented_certificate(self.code.host, self.code.port)
        if der is not None and tls.matches(der, self.code.fingerprint):
            return tls.pinned_context(der)
        if der is not None and self.code.room in tls.ended_rooms(der):
            _log.info("Shared session: the host shares again; this code's sharing has ended")
            return Refusal.ENDED
        _log.warning("Shared session: the address presents another certificate")
        return Refusal.WRONG_CERTIFICATE

    async def _serve(self, socket: ClientConnection) -> None:
        self._socket = socket
        self._outbox = asyncio.Queue()
        await socket.send(create_sync_message(self.doc))
        await self._send_awareness(socket)
        tasks = [
            asyncio.ensure_future(self._send_loop(socket)),
            asyncio.ensure_future(self._keepalive(socket)),
        ]
        if self._time_base is not None:
            tasks.append(asyncio.ensure_future(self._keep_time(socket, self._time_base)))
        try:
            async for message in socket:
                data = message if isinstance(message, bytes) else message.encode("utf-8")
                self._receive(data)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    def _receive(self, message: bytes) -> None:
        if message[0] == timesync.TIME:
            if self._reply is not None and not self._reply.done() and self._time_base:
                self._reply.set_result((message, self._time_base.now()))
        elif message[0] == YMessageType.SYNC:
            reply = handle_sync_message(message[1:], self.doc)
            if reply is not None:
                self._outbox.put_nowait(reply)
            elif message[1] in (1, 2):  # SYNC_STEP2 or an update: something came in
                if message[1] == 1:
                    self.synced.set()
                    self._set(Status.CONNECTED)
                self._on_update()
        elif message[0] == YMessageType.AWARENESS:
            self._awareness.apply_awareness_update(read_message(message[1:]), "remote")

    async def _send_loop(self, socket: ClientConnection) -> None:
        # One reader of the queue, never timed out: an update taken from it is always sent.
        while True:
            message = await self._outbox.get()
            await socket.send(message)

    async def _keepalive(self, socket: ClientConnection) -> None:
        while True:
            await asyncio.sleep(KEEPALIVE_SECONDS)
            self._awareness.set_local_state(self._awareness.get_local_state())
            await self._send_awareness(socket)

    async def _keep_time(self, socket: ClientConnection, time_base: SharedTime) -> None:
        while True:
            await self._measure_time(socket, time_base)
            self.timed.set()
            await asyncio.sleep(self._time_every)

    async def _measure_time(self, socket: ClientConnection, time_base: SharedTime) -> None:
        samples: list[timesync.Sample] = []
        loop = asyncio.get_running_loop()
        for _ in range(timesync.SAMPLES):
            self._reply = loop.create_future()
            await socket.send(timesync.request(time_base.now()))
            try:
                answer, arrived = await asyncio.wait_for(self._reply, 2.0)
            except TimeoutError:
                continue
            found = timesync.sample(answer, arrived)
            if found is not None:
                samples.append(found)
        chosen = timesync.best(samples)
        if chosen is not None:
            # Stamped in shared time already: what is measured is what is still to add.
            time_base.offset += chosen.offset
            _log.info(
                "Shared time: %+.3f s to the host's clock (round trip %.1f ms)",
                time_base.offset,
                chosen.round_trip * 1000,
            )

    async def _flush(self, socket: ClientConnection) -> None:
        while not self._outbox.empty():
            with contextlib.suppress(ConnectionClosed):
                await socket.send(self._outbox.get_nowait())

    async def _send_awareness(self, socket: Any) -> None:
        update = self._awareness.encode_awareness_update([self.doc.client_id])
        await socket.send(create_awareness_message(update))

"""The shared document over a websocket: the room server and each app's connection to it.

The sharing facilitator's app runs :class:`RoomServer` (pycrdt-websocket's room server on the
``websockets`` library) on the address they chose, only while sharing; it serves one room, at the
path the join code holds, and refuses any other. Both apps (the host too) keep the document in
sync through a :class:`Connection`: the Yjs sync protocol (pycrdt's messages), presence through
Yjs awareness, and reconnection after a drop — meanwhile each app goes on alone and the sync on
reconnecting brings both up to date. Everything runs on the asyncio loop (qasync's in the app).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import hmac
import logging
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
from pycrdt.websocket import WebsocketServer
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from codev_app.cofacilitation.code import JoinCode
from codev_app.core.events import Observable

_log = logging.getLogger(__name__)

KEEPALIVE_SECONDS = 1.0  # presence is renewed this often…
PRESENCE_SECONDS = 3.5  # …and someone not heard of for this long is shown as away
RETRY_SECONDS = 1.0
WRONG_CODE = 4403
ENDED = 4410


class _Channel:
    """A websocket as pycrdt's Channel; keeps what passed when asked (tests read the wire)."""

    def __init__(
        self, connection: ServerConnection, path: str, wire: list[bytes] | None = None
    ) -> None:
        self._connection = connection
        self._path = path
        self._wire = wire

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> _Channel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        if self._wire is not None:
            self._wire.append(bytes(message))
        with contextlib.suppress(ConnectionClosed):
            await self._connection.send(message)

    async def recv(self) -> bytes:
        message = await self._connection.recv()
        data = message if isinstance(message, bytes) else message.encode("utf-8")
        if self._wire is not None:
            self._wire.append(data)
        return data


class RoomServer:
    """Serves one shared session on ``host`` (the address the facilitator chose) while sharing.

    ``port`` 0 picks a free one; :attr:`code` is known once :meth:`start` returned. With
    ``keep_wire`` every message that passes is kept in :attr:`wire` (for tests).
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, keep_wire: bool = False) -> None:
        self.host = host
        self.port = port
        self.code: JoinCode | None = None
        self.wire: list[bytes] | None = [] if keep_wire else None
        self.refused = 0
        self._rooms = WebsocketServer(auto_clean_rooms=False, log=_log)
        self._server: Server | None = None
        self._rooms_task: asyncio.Task[None] | None = None
        self._ended = False

    async def start(self) -> JoinCode:
        """Listen; returns the join code (a fresh secret each time)."""
        self._rooms_task = asyncio.ensure_future(self._rooms.start())
        await self._rooms.started.wait()
        self._server = await serve(self._handle, self.host, self.port, max_size=2**22)
        port = self._server.sockets[0].getsockname()[1] if not self.port else self.port
        self.code = JoinCode.new(self.host, int(port))
        # The room is started before anyone joins: two first joins at once would both try to
        # start it, and the second would wait for ever.
        await self._rooms.start_room(await self._rooms.get_room(self.code.path))
        return self.code

    async def _handle(self, connection: ServerConnection) -> None:
        code, path = self.code, connection.request.path if connection.request else ""
        if code is None or not hmac.compare_digest(path.encode(), code.path.encode()):
            self.refused += 1
            _log.warning("A connection with a wrong join code was refused")
            await connection.close(WRONG_CODE, "wrong code")
            return
        if self._ended:
            self.refused += 1
            await connection.close(ENDED, "sharing ended")
            return
        await self._rooms.serve(_Channel(connection, path, self.wire))

    async def stop(self) -> None:
        """Stop listening and close every connection; the code is refused from now on."""
        if self._ended:
            return
        self._ended = True
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        await self._rooms.stop()
        if self._rooms_task is not None:
            await asyncio.gather(self._rooms_task, return_exceptions=True)


class Status(enum.StrEnum):
    """Where a connection stands."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"  # dropped: going on alone, trying again
    REFUSED = "refused"  # wrong code, or the sharing has ended
    CLOSED = "closed"


class Connection:
    """This app's connection to the room of ``code``, keeping ``doc`` in sync.

    ``on_update`` is called after every update that came in (the app applies it then).
    :attr:`status` says where it stands; :meth:`peers` who else is there.
    """

    def __init__(
        self,
        doc: Doc[Any],
        code: JoinCode,
        name: str,
        on_update: Callable[[], None],
        *,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self.doc = doc
        self.code = code
        self.name = name
        self.status = Status.CONNECTING
        self.status_changed: Observable[Status] = Observable("connection.status")
        self.synced = asyncio.Event()
        self._on_update = on_update
        self._retry = retry_seconds
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

    def _set(self, status: Status) -> None:
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)

    def _on_doc_update(self, event: TransactionEvent) -> None:
        if self._socket is not None:
            self._outbox.put_nowait(create_update_message(event.update))

    async def _run(self) -> None:
        while True:
            try:
                async with connect(self.code.url, max_size=2**22, open_timeout=5) as socket:
                    await self._serve(socket)
            except InvalidStatus as error:
                _log.warning("The room refused the connection: %s", error)
                self._set(Status.REFUSED)
                return
            except ConnectionClosed as closed:
                if closed.rcvd is not None and closed.rcvd.code in (WRONG_CODE, ENDED):
                    self._set(Status.REFUSED)
                    return
                _log.info("Shared session: connection lost (%s)", closed)
            except (OSError, InvalidHandshake, TimeoutError) as error:
                _log.info("Shared session: cannot reach the room (%s)", error)
            finally:
                self._socket = None
            self._set(Status.OFFLINE)
            await asyncio.sleep(self._retry)

    async def _serve(self, socket: ClientConnection) -> None:
        self._socket = socket
        self._outbox = asyncio.Queue()
        await socket.send(create_sync_message(self.doc))
        await self._send_awareness(socket)
        tasks = [
            asyncio.ensure_future(self._send_loop(socket)),
            asyncio.ensure_future(self._keepalive(socket)),
        ]
        try:
            async for message in socket:
                data = message if isinstance(message, bytes) else message.encode("utf-8")
                self._receive(data)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    def _receive(self, message: bytes) -> None:
        if message[0] == YMessageType.SYNC:
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

    async def _flush(self, socket: ClientConnection) -> None:
        while not self._outbox.empty():
            with contextlib.suppress(ConnectionClosed):
                await socket.send(self._outbox.get_nowait())

    async def _send_awareness(self, socket: Any) -> None:
        update = self._awareness.encode_awareness_update([self.doc.client_id])
        await socket.send(create_awareness_message(update))

"""The room server: the sharing facilitator's end of a shared session.

:class:`RoomServer` runs pycrdt-websocket's room server on the ``websockets`` library, on the
address the facilitator chose, only while sharing, over TLS with a fresh certificate for each
sharing (:mod:`.tls`). It serves one room, at the path the join code holds; anything else (a
wrong secret, an unknown path, plain ``ws://``, a join after the sharing ended) is refused. It
answers the guests' time messages itself (:mod:`.timesync`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import logging
import time
from collections.abc import Callable, Iterable

from pycrdt.websocket import WebsocketServer
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from codev_app.cofacilitation import timesync, tls
from codev_app.cofacilitation.code import JoinCode

_log = logging.getLogger(__name__)

#: Close codes that tell a guest why it was refused.
WRONG_CODE = 4403
ENDED = 4410


class _Channel:
    """A websocket as pycrdt's Channel; keeps what passed when asked (tests read the wire)."""

    def __init__(
        self,
        connection: ServerConnection,
        path: str,
        clock: Callable[[], float],
        wire: list[bytes] | None = None,
    ) -> None:
        self._connection = connection
        self._path = path
        self._clock = clock
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
        while True:
            message = await self._connection.recv()
            received = self._clock()
            data = message if isinstance(message, bytes) else message.encode("utf-8")
            if data[:1] == bytes([timesync.TIME]):
                # Answered here at once, never passed to the room (nor to the other app).
                answer = timesync.reply(data, received, self._clock())
                if answer is not None:
                    with contextlib.suppress(ConnectionClosed):
                        await self._connection.send(answer)
                continue
            if self._wire is not None:
                self._wire.append(data)
            return data


class RoomServer:
    """Serves one shared session on ``host`` (the address the facilitator chose) while sharing.

    ``host`` is one IPv4 address of this machine, never "every address" (0.0.0.0): the join code
    must name where to join, and nobody is let in through an interface the user did not choose.
    ``port`` 0 picks a free one; :attr:`code` is known once :meth:`start` returned. ``clock`` is
    the host's shared time (the guests set theirs by it); ``ended_rooms`` the rooms of this
    host's earlier sharings (an old code is then refused as ended). With ``again`` (a sharing's
    code and certificate, kept) it serves that sharing again after a restart: same address, port,
    secret and certificate, so the guests' code still works. With ``keep_wire`` every message
    that passes is kept in :attr:`wire` (for tests).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        keep_wire: bool = False,
        clock: Callable[[], float] = time.time,
        ended_rooms: Iterable[str] = (),
        again: tuple[JoinCode, tls.HostCertificate] | None = None,
    ) -> None:
        address = ipaddress.IPv4Address(host)  # raises ValueError for anything else
        if address.is_unspecified:
            raise ValueError("a shared session listens on one chosen address, not on 0.0.0.0")
        self.host = host
        self.port = port
        self.code: JoinCode | None = None
        self.wire: list[bytes] | None = [] if keep_wire else None
        self.refused = 0
        self.handshakes = 0  # websocket requests that reached the server (past TLS)
        self._clock = clock
        self._ended_rooms = tuple(ended_rooms)
        self._rooms = WebsocketServer(auto_clean_rooms=False, log=_log)
        self._server: Server | None = None
        self._rooms_task: asyncio.Task[None] | None = None
        self._ended = False
        self._again = again
        self.certificate: tls.HostCertificate | None = None

    async def start(self) -> JoinCode:
        """Listen; returns the join code (a fresh secret each time, unless serving ``again``).

        Raises :class:`OSError` when the address or port cannot be listened on."""
        if self._again is not None:
            code, certificate = self._again
            self.host, self.port = code.host, code.port
        else:
            # A fresh one for each sharing, naming the rooms of this host's earlier ones.
            certificate = tls.new_certificate(self.host, self._ended_rooms)
        self.certificate = certificate
        self._rooms_task = asyncio.ensure_future(self._rooms.start())
        await self._rooms.started.wait()
        try:
            self._server = await serve(
                self._handle,
                self.host,
                self.port,
                ssl=certificate.server_context(),
                max_size=2**22,
            )
        except OSError:
            await self._rooms.stop()  # nothing left running when the address refuses
            await asyncio.gather(self._rooms_task, return_exceptions=True)
            raise
        port = self._server.sockets[0].getsockname()[1] if not self.port else self.port
        self.code = (
            self._again[0]
            if self._again is not None
            else JoinCode.new(self.host, int(port), certificate.fingerprint)
        )
        # The room is started before anyone joins: two first joins at once would both try to
        # start it, and the second would wait for ever.
        await self._rooms.start_room(await self._rooms.get_room(self.code.path))
        return self.code

    async def _handle(self, connection: ServerConnection) -> None:
        self.handshakes += 1
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
        await self._rooms.serve(_Channel(connection, path, self._clock, self.wire))

    def end(self) -> None:
        """Refuse every join from now on (the sharing has ended), before :meth:`stop`."""
        self._ended = True

    async def stop(self) -> None:
        """Stop listening and close every connection; the code is refused from now on."""
        if self._server is None and self._ended:
            return
        self._ended = True
        if self._server is not None:
            server, self._server = self._server, None
            server.close()
            await server.wait_closed()
        await self._rooms.stop()
        if self._rooms_task is not None:
            await asyncio.gather(self._rooms_task, return_exceptions=True)

"""Nobody without the code joins or reads: every refusal over real websockets on 127.0.0.1.

The room is served over TLS with a certificate made for this sharing; the code pins it. A wrong
secret, another certificate, plain ws://, an unknown path and a code whose sharing has ended are
refused, each with its reason; the server listens only on the address chosen, only while
sharing; what crosses the network is ciphertext, and the private notes are not even in it.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from pycrdt import Doc
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidMessage

from codev_app.cofacilitation import tls
from codev_app.cofacilitation.code import JoinCode
from codev_app.cofacilitation.network import Connection, Refusal, Status
from codev_app.cofacilitation.room import RoomServer
from codev_app.core import commands as c
from codev_app.core.record import RecordText
from tests.cofacilitation.pair import SACHA, Pair, make_pair, until

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def pair() -> AsyncIterator[Pair]:
    joined = await make_pair(keep_wire=True)
    yield joined
    await joined.close()


def code_of(pair: Pair) -> JoinCode:
    assert pair.server.code is not None
    return pair.server.code


async def refusal_for(
    code: JoinCode, *, first_join: bool = False
) -> tuple[Refusal | None, Doc[Any]]:
    doc: Doc[Any] = Doc()
    intruder = Connection(doc, code, "?", lambda: None, retry_seconds=0.1, first_join=first_join)
    intruder.start()
    try:
        await until(lambda: intruder.status is Status.REFUSED)
        return intruder.refusal, doc
    finally:
        await intruder.close()


async def test_the_code_pins_a_fresh_certificate_served_over_tls(pair: Pair) -> None:
    code = code_of(pair)
    assert code.url.startswith("wss://127.0.0.1:")
    der = await tls.presented_certificate(code.host, code.port)
    assert der is not None and tls.fingerprint(der) == code.fingerprint
    assert len(code.fingerprint) * 8 >= 128 and len(code.secret) * 4 >= 128
    assert JoinCode.parse(code.text()) == code
    other = RoomServer("127.0.0.1")
    try:
        assert (await other.start()).fingerprint != code.fingerprint  # one per sharing
    finally:
        await other.stop()


async def test_a_wrong_secret_is_refused_and_reads_nothing(pair: Pair) -> None:
    refusal, doc = await refusal_for(replace(code_of(pair), secret="0" * 32))
    assert refusal is Refusal.WRONG_CODE
    assert pair.server.refused == 1
    assert doc.get_update() == Doc().get_update()  # not a letter of the session came through


async def test_another_certificate_is_refused_before_anything_of_the_code_is_sent(
    pair: Pair,
) -> None:
    before = pair.server.handshakes
    refusal, doc = await refusal_for(replace(code_of(pair), fingerprint=bytes(16)))
    assert refusal is Refusal.WRONG_CERTIFICATE
    # The secret never left: no websocket request reached the server at all.
    assert pair.server.handshakes == before and pair.server.refused == 0
    assert doc.get_update() == Doc().get_update()


async def test_a_server_speaking_no_tls_is_taken_for_another_certificate() -> None:
    async def plain(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\n\r\n")
        writer.close()

    server = await asyncio.start_server(plain, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        code = JoinCode.new("127.0.0.1", port, bytes(16))
        refusal, _doc = await refusal_for(code)
        assert refusal is Refusal.WRONG_CERTIFICATE
    finally:
        server.close()
        await server.wait_closed()


async def test_plain_ws_and_unknown_paths_are_refused(pair: Pair) -> None:
    code = code_of(pair)
    with pytest.raises((InvalidMessage, ConnectionClosed, OSError)):
        async with ws_connect(f"ws://127.0.0.1:{code.port}{code.path}", open_timeout=3):
            pass
    assert pair.server.handshakes == 2  # the host and the guest only
    der = await tls.presented_certificate(code.host, code.port)
    assert der is not None
    for path in ("/", f"/codev/{code.room}", f"{code.path}/more", "/codev/x/y"):
        async with ws_connect(
            f"wss://127.0.0.1:{code.port}{path}", ssl=tls.pinned_context(der)
        ) as socket:
            with pytest.raises(ConnectionClosed) as closed:
                await socket.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403
    assert pair.server.refused == 4


async def test_a_pinned_context_trusts_that_certificate_only(pair: Pair) -> None:
    code = code_of(pair)
    other = tls.new_certificate("127.0.0.1")
    with pytest.raises(ssl.SSLCertVerificationError):
        async with ws_connect(
            f"wss://127.0.0.1:{code.port}{code.path}", ssl=tls.pinned_context(other.der)
        ):
            pass
    assert pair.server.handshakes == 2


async def test_a_code_is_refused_once_its_sharing_has_ended(pair: Pair) -> None:
    code = code_of(pair)
    pair.server.end()  # ended, the room not yet stopped
    refusal, doc = await refusal_for(code)
    assert refusal is Refusal.ENDED
    assert doc.get_update() == Doc().get_update()
    await pair.close()
    pair.connections.clear()
    # Stopped: nothing listens any more; a join with the old code says so at once…
    refusal, _doc = await refusal_for(code, first_join=True)
    assert refusal is Refusal.NOBODY
    # …while a connection that was on keeps trying (the host may just have lost Wi-Fi).
    late = Connection(Doc(), code, SACHA.name, lambda: None, retry_seconds=0.1)
    late.start()
    await until(lambda: late.status is Status.OFFLINE)
    await late.close()


async def test_an_old_code_is_refused_as_ended_when_its_host_shares_again_there(
    pair: Pair,
) -> None:
    code = code_of(pair)
    await pair.close()
    pair.connections.clear()
    # Dominique shares again, on the same port: a new certificate, naming the old room as ended.
    again = RoomServer("127.0.0.1", port=code.port, ended_rooms=[code.room])
    await again.start()
    try:
        refusal, doc = await refusal_for(code, first_join=True)
        assert refusal is Refusal.ENDED  # "This sharing has ended", not "another computer"
        assert again.handshakes == 0  # nothing of the old code was sent to learn it
        assert doc.get_update() == Doc().get_update()
        # A code the certificate does not name is still taken for another computer's.
        refusal, _doc = await refusal_for(replace(code, room="0badc0de"), first_join=True)
        assert refusal is Refusal.WRONG_CERTIFICATE
    finally:
        await again.stop()


async def test_the_room_listens_only_on_the_chosen_address_and_only_while_sharing() -> None:
    with pytest.raises(ValueError):
        RoomServer("0.0.0.0")
    server = RoomServer("127.0.0.1")
    code = await server.start()
    try:
        assert code.host == "127.0.0.1"
        # 127.0.0.2 is this machine too, on another address: nothing listens there.
        with pytest.raises(ConnectionRefusedError):
            await asyncio.open_connection("127.0.0.2", code.port)
        _reader, writer = await asyncio.open_connection("127.0.0.1", code.port)
        writer.close()
    finally:
        await server.stop()
    with pytest.raises(ConnectionRefusedError):
        await asyncio.open_connection("127.0.0.1", code.port)


class Tap:
    """A TCP relay on 127.0.0.1 between the guest and the room: what a network sniffer sees."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.seen = bytearray()
        self.server: asyncio.Server | None = None
        self.relays: list[asyncio.Future[Any]] = []

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    self.seen += data
                    sink.write(data)
                    await sink.drain()
            except OSError:
                pass
            finally:
                sink.close()

        relay = asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self.relays.append(relay)
        await relay

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
        await asyncio.gather(*self.relays, return_exceptions=True)


async def test_the_wire_carries_neither_the_secret_nor_private_notes(pair: Pair) -> None:
    code = code_of(pair)
    tap = Tap(code.port)
    port = await tap.start()
    guest = pair.connections["guest"]
    await guest.close()
    tapped = Connection(pair.guest.doc, replace(code, port=port), SACHA.name, pair.guest.pump)
    pair.connections["guest"] = tapped
    tapped.start()
    await until(lambda: tapped.status is Status.CONNECTED)
    notes = "Claire semble épuisée, en parler après"
    pair.a.apply(c.SetText(RecordText.PRIVATE_NOTES, notes))
    pair.b.apply(c.SetText(RecordText.PRIVATE_NOTES, "Mes notes à moi"))
    pair.a.apply(c.SetText(RecordText.KEY_FACTS, "Équipe de douze personnes"))
    pair.b.apply(c.SetText(RecordText.HEADLINE, "Déléguer sans tout reprendre"))
    await until(lambda: pair.a.record.text(RecordText.HEADLINE) == "Déléguer sans tout reprendre")
    await until(lambda: pair.b.record.text(RecordText.KEY_FACTS) == "Équipe de douze personnes")
    await tapped.close()
    del pair.connections["guest"]
    await tap.stop()
    # What the room read (after TLS): the shared texts, not the notes, not the secret.
    plain = b"".join(pair.server.wire or [])
    assert "Équipe de douze".encode() in plain and "Déléguer sans".encode() in plain
    assert b"Claire semble" not in plain and b"Mes notes" not in plain
    assert code.secret.encode() not in plain and bytes.fromhex(code.secret) not in plain
    # What crossed the network: a TLS handshake, then ciphertext only.
    raw = bytes(tap.seen)
    assert raw[:1] == b"\x16"  # a TLS record (handshake), not "GET /codev/…"
    assert len(raw) > 2000
    for clear in (
        code.secret.encode(),
        code.path.encode(),
        b"GET ",
        "Équipe de douze".encode(),
        "Déléguer sans".encode(),
        b"Claire semble",
        b"Mes notes",
        b"Sacha",
    ):
        assert clear not in raw

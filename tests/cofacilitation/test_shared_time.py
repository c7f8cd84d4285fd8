"""Shared time: both displays agree within 100 ms though the two wall clocks differ by seconds.

Two live sessions on real clocks in one process, joined over a real websocket (TLS) on
127.0.0.1; the guest's wall clock is 7.3 s ahead and its monotonic clock reads something else
entirely. The guest measures its offset to the host's clock from the time messages it exchanges
with the room.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from pycrdt import Doc

from codev_app.cofacilitation import timesync
from codev_app.cofacilitation.network import Connection
from codev_app.cofacilitation.room import RoomServer
from codev_app.cofacilitation.shared import SharedSession, SharedTime
from codev_app.core import commands as c
from codev_app.core.clock import MonotonicClock
from codev_app.core.history import Actor
from codev_app.core.session import LiveSession
from codev_app.core.setup import new_live_session
from tests.cofacilitation.pair import DOMINIQUE, SACHA, classic, until

pytestmark = pytest.mark.anyio
SKEW = 7.3


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class ShiftedClock:
    """This machine's monotonic clock, read from another start (as another computer's is)."""

    def now(self) -> float:
        return time.monotonic() + 86_400.0


def remaining(live: LiveSession) -> float:
    return live.engine.phase_status().remaining


def gap(a: LiveSession, b: LiveSession) -> float:
    """How far apart the two shown phase timers are, read at one moment."""
    return abs(remaining(a) - remaining(b))


async def test_both_timers_agree_within_100_ms_with_clocks_seconds_apart() -> None:
    live = new_live_session(classic(), MonotonicClock(), participants=["Ana", "Bruno", "Claire"])
    live.apply(c.StartSession())
    host = SharedSession.host(live, DOMINIQUE, SharedTime(time.time))
    server = RoomServer("127.0.0.1", clock=host.time.now)
    code = await server.start()
    connections: list[Connection] = []
    try:
        connections.append(Connection(host.doc, code, DOMINIQUE.name, host.pump))
        connections[0].start()
        skew = [SKEW]
        guest_wall: Callable[[], float] = lambda: time.time() + skew[0]  # noqa: E731
        guest_time = SharedTime(guest_wall)
        doc: Doc[Any] = Doc()
        box: list[SharedSession] = []

        def pump() -> None:
            for shared in box:
                shared.pump()

        guest_connection = Connection(
            doc, code, SACHA.name, pump, time_base=guest_time, time_every=0.2
        )
        connections.append(guest_connection)
        guest_connection.start()
        await until(lambda: guest_connection.synced.is_set() and guest_connection.timed.is_set())
        assert guest_time.offset == pytest.approx(-SKEW, abs=0.05)
        guest = SharedSession.join(doc, SACHA, ShiftedClock(), guest_time)
        box.append(guest)
        assert gap(live, guest.live) < 0.1
        # Without the measured offset, the guest would be 7.3 s off.
        unsynced = SharedSession.join(
            doc, Actor("other", "Other"), ShiftedClock(), SharedTime(guest_wall)
        )
        assert gap(live, unsynced.live) == pytest.approx(SKEW, abs=0.1)
        unsynced.close()
        # The guest's system sets its wall clock 2 s on, mid-session: measured again, followed.
        skew[0] = SKEW + 2.0
        await until(lambda: guest_time.offset == pytest.approx(-SKEW - 2.0, abs=0.05))
        # A pause and a phase change by the host, then a minute given by the guest: the timers
        # still agree (each command is placed in shared time).
        live.apply(c.NextPhase(from_phase=live.engine.current_phase.id))
        await until(lambda: guest.live.engine.current_index == 1)
        assert gap(live, guest.live) < 0.1
        guest.live.apply(c.AddTime(1, phase_id=guest.live.engine.current_phase.id))
        await until(lambda: len(host.entries()) == 2)
        assert gap(live, guest.live) < 0.1
    finally:
        for connection in connections:
            await connection.close()
        await server.stop()


def test_the_fastest_exchange_sets_the_offset() -> None:
    host_clock = 1000.0  # the host reads 1000 when the guest reads 993
    answers = []
    for sent, delay_out, delay_back in [(0.0, 0.30, 0.01), (1.0, 0.002, 0.002), (2.0, 0.01, 0.2)]:
        asked = timesync.request(993.0 + sent)
        reply = timesync.reply(asked, host_clock + sent + delay_out, host_clock + sent + delay_out)
        assert reply is not None
        found = timesync.sample(reply, 993.0 + sent + delay_out + delay_back)
        assert found is not None
        answers.append(found)
    chosen = timesync.best(answers)
    assert chosen is not None
    assert chosen.round_trip == pytest.approx(0.004)
    assert chosen.offset == pytest.approx(7.0)
    assert answers[0].offset == pytest.approx(7.145)  # a lopsided trip is off by half of it
    assert timesync.reply(b"\x00\x01", 1.0, 1.0) is None  # a Yjs message is no time request

"""Two facilitators' sessions joined over a real websocket on 127.0.0.1 (for the tests)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Doc

from codev_app.cofacilitation.network import Connection, Status
from codev_app.cofacilitation.room import RoomServer
from codev_app.cofacilitation.shared import SharedSession, SharedTime
from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.history import Actor
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.setup import new_live_session
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir

DOMINIQUE = Actor("dominique-laptop", "Dominique")
SACHA = Actor("sacha-laptop", "Sacha")
WALL = 1_800_000_000.0


def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


class World:
    """One moment for both machines, read on two monotonic clocks that have nothing in common.

    ``skew``: how far ahead the guest's wall clock is; ``estimate_error``: how far off the guest's
    estimate of that is (the shared time corrects the wall clock by the estimate).
    """

    def __init__(self, skew: float = 0.0, estimate_error: float = 0.0) -> None:
        self.host_clock = FakeClock(5_000.0)
        self.guest_clock = FakeClock(12.5)
        self.skew = skew
        self.estimate_error = estimate_error

    def advance(self, seconds: float) -> None:
        self.host_clock.advance(seconds)
        self.guest_clock.advance(seconds)

    def host_time(self) -> SharedTime:
        return SharedTime(lambda: WALL + self.host_clock.now())

    def guest_time(self) -> SharedTime:
        # The guest's wall clock reads the same moment from its own monotonic clock, off by skew.
        return SharedTime(
            lambda: WALL + 5_000.0 - 12.5 + self.skew + self.guest_clock.now(),
            offset=-self.skew + self.estimate_error,
        )


@dataclass
class Pair:
    world: World
    server: RoomServer
    host: SharedSession
    guest: SharedSession
    connections: dict[str, Connection] = field(default_factory=dict)

    @property
    def a(self) -> LiveSession:
        return self.host.live

    @property
    def b(self) -> LiveSession:
        return self.guest.live

    async def close(self) -> None:
        for connection in self.connections.values():
            await connection.close()
        await self.server.stop()


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait (on the event loop) until ``condition`` holds; fails after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("not reached in time")
        await asyncio.sleep(0.01)


async def connect(doc: Doc, server: RoomServer, name: str, pump: Callable[[], None]) -> Connection:
    assert server.code is not None
    connection = Connection(doc, server.code, name, pump, retry_seconds=0.2)
    connection.start()
    await asyncio.wait_for(connection.synced.wait(), 5)
    return connection


async def make_pair(
    *,
    keep_wire: bool = False,
    started: bool = True,
    world: World | None = None,
    template: Template | None = None,
) -> Pair:
    world = world or World()
    live = new_live_session(
        template or classic(),
        world.host_clock,
        participants=["Ana", "Bruno", "Claire"],
        client="Claire",
    )
    if started:
        live.apply(c.StartSession())
    host = SharedSession.host(live, DOMINIQUE, world.host_time())
    server = RoomServer("127.0.0.1", keep_wire=keep_wire)
    await server.start()
    host_connection = await connect(host.doc, server, DOMINIQUE.name, host.pump)
    doc = Doc()
    box: list[SharedSession] = []
    guest_connection = await connect(doc, server, SACHA.name, lambda: [s.pump() for s in box])
    guest = SharedSession.join(doc, SACHA, world.guest_clock, world.guest_time())
    box.append(guest)
    pair = Pair(world, server, host, guest, {"host": host_connection, "guest": guest_connection})
    return pair


def state(live: LiveSession) -> dict[str, Any]:
    """What a facilitator sees, comparable between two machines (clock readings aside)."""
    engine = live.engine
    status = engine.phase_status() if live.state.value in ("running", "paused") else None
    turns = live.turns
    record = live.record_as_of_now()
    return {
        "state": live.state.value,
        "phase": engine.current_phase.id,
        "plan": [(item.id, item.planned_seconds) for item in engine.plan],
        "remaining": None if status is None else status.remaining,
        "speaker": turns.current_speaker,
        "hands": tuple(turns.hands_raised),
        "roster": [(p.id, p.name, p.role.value, p.key) for p in live.roster.participants],
        "texts": {which.value: record.text(which) for which in RecordText},
        "suggestions": [(s.id, s.text, s.author, s.kept) for s in record.suggestions],
        "actions": [(a.id, a.what) for a in record.action_items],
    }


def same(pair: Pair, within: float = 0.001) -> bool:
    """Both facilitators see the same session (timers ``within`` seconds: by default a
    millisecond, as the two clocks' readings differ by thousands of seconds, in floating point)."""
    a, b = state(pair.a), state(pair.b)
    ra, rb = a.pop("remaining"), b.pop("remaining")
    if (ra is None) != (rb is None) or (ra is not None and abs(ra - rb) > within):
        return False
    return a == b


def connected(pair: Pair) -> bool:
    return all(conn.status is Status.CONNECTED for conn in pair.connections.values())

"""Shared time: how far this machine's clock is from the sharing facilitator's (NTP-like).

Over the session's websocket the joining app sends a few small time messages; the host's room
answers each at once with its own clock readings. Each answer gives one estimate of the offset
between the two clocks and the round trip it took; the estimate from the fastest round trip is
kept (the least time for the network to make it lopsided). The messages are of a type the Yjs
protocol does not use, so the room never passes them on.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

TIME = 0x54  # a message type of our own beside Yjs's SYNC (0) and AWARENESS (1)
_REQUEST = 0
_REPLY = 1
SAMPLES = 8  # a burst at each connection
_FORMAT = ">BBddd"


def request(sent: float) -> bytes:
    """A time request, stamped with when it leaves (the asker's clock)."""
    return struct.pack(_FORMAT, TIME, _REQUEST, sent, 0.0, 0.0)


def reply(message: bytes, received: float, sent: float) -> bytes | None:
    """The host's answer to a time ``message`` (its clock on arrival and on leaving), or
    ``None`` if it is no time request."""
    try:
        kind, what, asked, _r, _s = struct.unpack(_FORMAT, message)
    except struct.error:
        return None
    if kind != TIME or what != _REQUEST:
        return None
    return struct.pack(_FORMAT, TIME, _REPLY, asked, received, sent)


@dataclass(frozen=True)
class Sample:
    """One exchange: what to add to the asker's clock to read the host's, and the round trip."""

    offset: float
    round_trip: float


def sample(message: bytes, arrived: float) -> Sample | None:
    """What the host's answer ``message``, arrived at ``arrived`` (the asker's clock), says."""
    try:
        kind, what, t0, t1, t2 = struct.unpack(_FORMAT, message)
    except struct.error:
        return None
    if kind != TIME or what != _REPLY:
        return None
    return Sample(((t1 - t0) + (t2 - arrived)) / 2, (arrived - t0) - (t2 - t1))


def best(samples: list[Sample]) -> Sample | None:
    """The sample with the shortest round trip (``None`` when there is none)."""
    return min(samples, key=lambda s: s.round_trip, default=None)

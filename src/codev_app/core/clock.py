"""Clocks for the session engine.

The engine never counts timer ticks: every displayed time is computed from a clock reading, so a
blocked GUI thread or a dropped tick never makes a countdown drift. Tests inject :class:`FakeClock`
and run a three-hour session in milliseconds.
"""

from __future__ import annotations

import math
import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """A monotonic source of time in seconds; only differences between readings mean anything."""

    def now(self) -> float:
        """The current reading in seconds; never smaller than an earlier reading."""
        ...


class MonotonicClock:
    """The real clock: :func:`time.monotonic`, unaffected by changes of the wall-clock time."""

    def now(self) -> float:
        """The current monotonic reading in seconds."""
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to, for tests (core and GUI alike)."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = _finite(start, "start")

    def now(self) -> float:
        """The current fake reading."""
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` (>= 0) and return the new reading."""
        seconds = _finite(seconds, "seconds")
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back (advance by {seconds})")
        self._now += seconds
        return self._now

    def set(self, reading: float) -> None:
        """Jump to ``reading``, which must not be earlier than the current one."""
        reading = _finite(reading, "reading")
        if reading < self._now:
            raise ValueError(f"a monotonic clock cannot go back (from {self._now} to {reading})")
        self._now = reading


def _finite(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number of seconds (got {value!r})")
    return float(value)


class AcceleratedClock:
    """A clock that runs ``factor`` times faster than ``base``, for the demo session.

    Its first reading equals the base's reading at creation, so it starts where the base stands
    and never jumps. Changing the factor re-anchors it: readings stay continuous and monotonic.
    """

    def __init__(self, base: Clock, factor: float) -> None:
        self._base = base
        self._factor = _positive(factor)
        self._anchor_base = base.now()
        self._anchor = self._anchor_base

    @property
    def factor(self) -> float:
        """How many seconds of this clock pass in one second of the base clock."""
        return self._factor

    def now(self) -> float:
        """The accelerated reading: the anchor plus the base's time since, ``factor`` times."""
        return self._anchor + (self._base.now() - self._anchor_base) * self._factor

    def set_factor(self, factor: float) -> None:
        """Run ``factor`` times faster from now on (1 is the base's own speed)."""
        factor = _positive(factor)
        self._anchor, self._anchor_base = self.now(), self._base.now()
        self._factor = factor


def _positive(value: float) -> float:
    value = _finite(value, "factor")
    if value <= 0:
        raise ValueError(f"factor must be more than 0 (got {value})")
    return value

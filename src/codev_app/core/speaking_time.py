"""Speaking time: the rule per speaker, shares of the time left, and the times spoken per phase."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from codev_app.core.errors import InvalidDuration
from codev_app.core.timing import TimerState
from codev_app.core.turn_state import TURNS_SCHEMA_VERSION, InvalidTurnData, check_version


@dataclass(frozen=True)
class SpeakerTime:
    """How long each speaker may speak: a fixed time, or a share of the phase's remaining time."""

    seconds: int | None = None
    share_remaining: bool = False

    def __post_init__(self) -> None:
        if (self.seconds is None) == (not self.share_remaining):
            raise ValueError("give either a fixed number of seconds or share_remaining, not both")
        if self.seconds is not None and (
            isinstance(self.seconds, bool) or not isinstance(self.seconds, int) or self.seconds < 1
        ):
            raise InvalidDuration(f"a speaking time must be at least one second ({self.seconds!r})")

    @classmethod
    def fixed(cls, seconds: int) -> SpeakerTime:
        """Everyone gets ``seconds``."""
        return cls(seconds=seconds)

    @classmethod
    def share(cls) -> SpeakerTime:
        """The phase's remaining time is divided among those still to speak."""
        return cls(share_remaining=True)

    def to_data(self) -> dict[str, Any]:
        """JSON-safe form."""
        if self.seconds is not None:
            return {"seconds": self.seconds}
        return {"share_remaining": True}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SpeakerTime:
        """Read back :meth:`to_data`."""
        if data.get("share_remaining"):
            return cls.share()
        return cls.fixed(int(data["seconds"]))


def share_seconds(total_seconds: float, participant_ids: Sequence[str]) -> dict[str, int]:
    """Split ``total_seconds`` (rounded down to whole seconds) among participants, in order.

    The shares differ by at most one second and always add up exactly to the whole seconds; the
    first ones in the list get the spare seconds.
    """
    if not participant_ids:
        return {}
    total = math.floor(max(0.0, total_seconds))
    base, spare = divmod(total, len(participant_ids))
    return {pid: base + (1 if index < spare else 0) for index, pid in enumerate(participant_ids)}


@dataclass(frozen=True)
class SpeakerStatus:
    """The current speaker's clock. ``allotted`` and ``remaining`` are None without a time limit."""

    participant_id: str
    elapsed: float
    allotted: float | None
    remaining: float | None
    overtime: float
    state: TimerState


@dataclass(frozen=True)
class SpeakingTimes:
    """Seconds spoken per participant id (in one phase, or totals across phases)."""

    seconds: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A private copy: the caller's dict may change later, these figures must not.
        object.__setattr__(self, "seconds", dict(self.seconds))

    def of(self, participant_id: str) -> float:
        """Seconds spoken by this participant (0 if never)."""
        return self.seconds.get(participant_id, 0.0)

    @property
    def total(self) -> float:
        """Seconds spoken by everyone together."""
        return sum(self.seconds.values())

    def __add__(self, other: SpeakingTimes) -> SpeakingTimes:
        merged = dict(self.seconds)
        for pid, seconds in other.seconds.items():
            merged[pid] = merged.get(pid, 0.0) + seconds
        return SpeakingTimes(merged)

    def to_data(self) -> dict[str, float]:
        """JSON-safe form."""
        return dict(self.seconds)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SpeakingTimes:
        """Read back :meth:`to_data`."""
        return cls({str(pid): float(seconds) for pid, seconds in data.items()})


class SpeakingLog:
    """Speaking times of the whole session, phase by phase, for the record and the bar chart."""

    def __init__(self) -> None:
        self._phases: dict[str, SpeakingTimes] = {}

    def record(self, phase_id: str, times: SpeakingTimes) -> None:
        """Store a phase's times, replacing what was stored for that phase (a phase run again after
        going back is counted once, with its latest figures)."""
        self._phases[phase_id] = times

    @property
    def phase_ids(self) -> tuple[str, ...]:
        """Phases recorded so far, in the order first recorded."""
        return tuple(self._phases)

    def phase(self, phase_id: str) -> SpeakingTimes:
        """The times of one phase (empty when not recorded)."""
        return self._phases.get(phase_id, SpeakingTimes())

    def totals(self) -> SpeakingTimes:
        """Each participant's speaking time summed over every recorded phase."""
        result = SpeakingTimes()
        for times in self._phases.values():
            result = result + times
        return result

    def to_data(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "schema_version": TURNS_SCHEMA_VERSION,
            "phases": {pid: times.to_data() for pid, times in self._phases.items()},
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SpeakingLog:
        """Read back :meth:`to_data`; raises :class:`InvalidTurnData`."""
        log = cls()
        try:
            check_version(data)
            for phase_id, times in data["phases"].items():
                log.record(str(phase_id), SpeakingTimes.from_data(times))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidTurnData(f"saved speaking times are damaged ({error!r})") from None
        return log

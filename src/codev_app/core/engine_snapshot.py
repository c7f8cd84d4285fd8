"""The engine's state as a value: the frozen snapshot of a session's timing, and saving it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, NamedTuple

from codev_app.core.errors import CodevError
from codev_app.core.template import LocalizedText, Phase, Speakers, TurnMode
from codev_app.core.text import excerpt

SNAPSHOT_FORMAT = "codev-session-timer"
SNAPSHOT_SCHEMA_VERSION = 1
DEFAULT_BREAK_NAME = LocalizedText.of(fr="Pause", en="Break")


class EngineState(StrEnum):
    """Where the session is in its life."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class InvalidSnapshot(CodevError, ValueError):
    """Saved engine data that cannot be read back (damaged, or from a newer Codev)."""


@dataclass(frozen=True)
class PlannedPhase:
    """A phase of this session's plan with its current planned duration (which may be changed)."""

    phase: Phase
    planned_seconds: int

    @property
    def id(self) -> str:
        """The phase id."""
        return self.phase.id


class PlanChange(NamedTuple):
    """One planned duration changed by a rescaling, for the UI to show what moved."""

    phase_id: str
    old_seconds: int
    new_seconds: int


@dataclass(frozen=True)
class EngineSnapshot:
    """The complete state of a session's timing; immutable, comparable and serialisable.

    Clock readings (``*_at``) come from the engine's :class:`~codev_app.core.clock.Clock`.
    ``active_seconds[i]`` is phase ``i``'s active time *excluding* the running segment of the
    current phase, which began at ``segment_started_at`` (set only while running).
    ``paused_seconds`` sums the pauses that are over; the current one began at ``paused_at``.
    ``original_total_seconds`` is the plan's total when the session started, against which being
    behind or ahead is measured.
    """

    state: EngineState
    plan: tuple[PlannedPhase, ...]
    current_index: int = 0
    active_seconds: tuple[float, ...] = ()
    started_at: float | None = None
    segment_started_at: float | None = None
    paused_at: float | None = None
    finished_at: float | None = None
    paused_seconds: float = 0.0
    original_total_seconds: int | None = None

    @classmethod
    def initial(cls, phases: Sequence[Phase]) -> EngineSnapshot:
        """A not-yet-started session following ``phases`` with their planned durations."""
        plan = tuple(PlannedPhase(phase, phase.planned_seconds) for phase in phases)
        return cls(EngineState.NOT_STARTED, plan, active_seconds=(0.0,) * len(plan))

    # --- derived values ----------------------------------------------------------------------

    @property
    def planned_total(self) -> int:
        """Sum of the current plan's durations."""
        return sum(item.planned_seconds for item in self.plan)

    @property
    def phase_ids(self) -> tuple[str, ...]:
        """The ids of the plan's phases, in order."""
        return tuple(item.id for item in self.plan)

    def phase_elapsed(self, index: int, now: float) -> float:
        """Active seconds spent in phase ``index`` up to clock reading ``now``."""
        elapsed = self.active_seconds[index]
        if (
            index == self.current_index
            and self.state is EngineState.RUNNING
            and self.segment_started_at is not None
        ):
            elapsed += max(0.0, now - self.segment_started_at)
        return elapsed

    def session_elapsed(self, now: float) -> float:
        """Seconds since the start (pauses included), frozen at the finish."""
        if self.started_at is None:
            return 0.0
        end = self.finished_at if self.finished_at is not None else now
        return max(0.0, end - self.started_at)

    def pauses_elapsed(self, now: float) -> float:
        """Seconds spent paused so far, the current pause included."""
        current = max(0.0, now - self.paused_at) if self.paused_at is not None else 0.0
        return self.paused_seconds + current

    # --- crash recovery ----------------------------------------------------------------------

    def rebased(self, delta: float) -> EngineSnapshot:
        """The same snapshot with every clock reading shifted by ``delta`` seconds.

        Monotonic readings are only meaningful inside one process; see :func:`recovery_rebase` for
        computing ``delta`` when another process restores a saved snapshot.
        """

        def shift(reading: float | None) -> float | None:
            return None if reading is None else reading + delta

        return replace(
            self,
            started_at=shift(self.started_at),
            segment_started_at=shift(self.segment_started_at),
            paused_at=shift(self.paused_at),
            finished_at=shift(self.finished_at),
        )

    def validate(self) -> None:
        """Raise :class:`InvalidSnapshot` unless the snapshot is self-consistent."""
        problems = list(self._problems())
        if problems:
            raise InvalidSnapshot("session timer data is damaged: " + "; ".join(problems))

    def _problems(self) -> list[str]:
        problems: list[str] = []
        ids = self.phase_ids
        if len(set(ids)) != len(ids):
            problems.append("two phases share an id")
        if len(self.active_seconds) != len(self.plan):
            problems.append("phase times do not match the plan")
        if any(not math.isfinite(value) or value < 0 for value in self.active_seconds):
            problems.append("a phase time is negative")
        if any(item.planned_seconds < 1 for item in self.plan):
            problems.append("a planned duration is not positive")
        if not (0 <= self.current_index < max(1, len(self.plan))):
            problems.append("the current phase is outside the plan")
        if not math.isfinite(self.paused_seconds) or self.paused_seconds < 0:
            problems.append("the pause time is negative")
        readings = (self.started_at, self.segment_started_at, self.paused_at, self.finished_at)
        if any(value is not None and not math.isfinite(value) for value in readings):
            problems.append("a clock reading is not a number")
        expected: dict[EngineState, tuple[bool, bool, bool, bool]] = {
            # started_at, segment_started_at, paused_at, finished_at present?
            EngineState.NOT_STARTED: (False, False, False, False),
            EngineState.RUNNING: (True, True, False, False),
            EngineState.PAUSED: (True, False, True, False),
            EngineState.FINISHED: (True, False, False, True),
        }
        if tuple(value is not None for value in readings) != expected[self.state]:
            problems.append(f"clock readings do not fit the state {self.state.value!r}")
        if (self.original_total_seconds is None) != (self.state is EngineState.NOT_STARTED):
            problems.append("the original total does not fit the state")
        if self.state is not EngineState.NOT_STARTED and not self.plan:
            problems.append("a started session has no phase")
        return problems

    # --- serialisation -----------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """JSON-safe data; read back with :meth:`from_data`.

        Phases are stored by id (the template provides them again) except inserted breaks, which
        carry their name so they can be rebuilt.
        """
        plan: list[dict[str, Any]] = []
        for item in self.plan:
            entry: dict[str, Any] = {"id": item.id, "planned_seconds": item.planned_seconds}
            if item.phase.is_break:
                entry["break_name"] = item.phase.name.to_data()
            if item.phase.module:
                entry["module"] = item.phase.module
            plan.append(entry)
        return {
            "format": SNAPSHOT_FORMAT,
            "schema_version": SNAPSHOT_SCHEMA_VERSION,
            "state": self.state.value,
            "plan": plan,
            "current_index": self.current_index,
            "active_seconds": list(self.active_seconds),
            "started_at": self.started_at,
            "segment_started_at": self.segment_started_at,
            "paused_at": self.paused_at,
            "finished_at": self.finished_at,
            "paused_seconds": self.paused_seconds,
            "original_total_seconds": self.original_total_seconds,
        }

    @classmethod
    def from_data(
        cls, data: Mapping[str, Any], phases_by_id: Mapping[str, Phase]
    ) -> EngineSnapshot:
        """Rebuild a snapshot saved with :meth:`to_data`; phases are looked up in ``phases_by_id``.

        A break missing from ``phases_by_id`` is rebuilt from its stored name. Raises
        :class:`InvalidSnapshot` for damaged data or a phase that no longer exists.
        """
        try:
            return cls._from_data(data, phases_by_id)
        except InvalidSnapshot:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidSnapshot(f"session timer data is damaged ({error!r})") from None

    @classmethod
    def _from_data(
        cls, data: Mapping[str, Any], phases_by_id: Mapping[str, Phase]
    ) -> EngineSnapshot:
        if data.get("format") != SNAPSHOT_FORMAT:
            raise InvalidSnapshot("this is not Codev session timer data")
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise InvalidSnapshot("session timer data has no valid schema version")
        if version > SNAPSHOT_SCHEMA_VERSION:
            raise InvalidSnapshot(
                f"session timer data was written by a newer Codev (format {version}); "
                "please update Codev"
            )
        plan: list[PlannedPhase] = []
        for entry in data["plan"]:
            phase_id = _text(entry["id"])
            seconds = _integer(entry["planned_seconds"])
            if phase_id in phases_by_id:
                phase = phases_by_id[phase_id]
                if entry.get("module"):
                    phase = _with_module(phase, _text(entry["module"]), phases_by_id)
            elif "break_name" in entry:
                phase = make_break(phase_id, seconds, _localized(entry["break_name"]))
            else:
                raise InvalidSnapshot(f"the session uses a phase {phase_id!r} that is not known")
            plan.append(PlannedPhase(phase, seconds))
        original = data["original_total_seconds"]
        snapshot = cls(
            state=EngineState(data["state"]),
            plan=tuple(plan),
            current_index=_integer(data["current_index"]),
            active_seconds=tuple(_number(value) for value in data["active_seconds"]),
            started_at=_optional_number(data["started_at"]),
            segment_started_at=_optional_number(data["segment_started_at"]),
            paused_at=_optional_number(data["paused_at"]),
            finished_at=_optional_number(data["finished_at"]),
            paused_seconds=_number(data["paused_seconds"]),
            original_total_seconds=None if original is None else _integer(original),
        )
        snapshot.validate()
        return snapshot


def _with_module(phase: Phase, module_id: str, phases_by_id: Mapping[str, Phase]) -> Phase:
    """``phase`` as the module chosen for it sets it (the choice phase offering it is found)."""
    for choice in phases_by_id.values():
        if choice.sets == phase.id:
            try:
                return phase.with_module(choice.module_named(module_id))
            except KeyError:
                break
    raise InvalidSnapshot(f"the session uses a module {module_id!r} that is not known")


def make_break(phase_id: str, seconds: int, name: LocalizedText = DEFAULT_BREAK_NAME) -> Phase:
    """A break phase: everyone, free speech, nothing to record."""
    return Phase(
        id=phase_id,
        name=name or DEFAULT_BREAK_NAME,
        planned_seconds=seconds,
        speakers=Speakers.EVERYONE,
        turns=TurnMode.FREE,
        is_break=True,
    )


def recovery_rebase(
    *,
    saved_reading: float,
    saved_wall_time: float,
    now_reading: float,
    now_wall_time: float,
    count_downtime: bool = True,
) -> float:
    """The ``rebase_seconds`` for restoring a snapshot saved by another process (after a crash).

    Storage saves, with ``snapshot.to_data()``, the engine clock's reading and the wall-clock time
    (``time.time()``) at the moment of saving. On recovery, pass those with the new clock's reading
    and the wall-clock time now. With ``count_downtime`` the minutes the app was away count as
    having passed (the group went on talking); without it, timers resume where they were saved.
    A wall clock that went backwards counts as no downtime.
    """
    downtime = max(0.0, now_wall_time - saved_wall_time) if count_downtime else 0.0
    return now_reading - downtime - saved_reading


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidSnapshot(f"expected text, got {excerpt(value)}")
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidSnapshot(f"expected a whole number, got {excerpt(value)}")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidSnapshot(f"expected a number, got {excerpt(value)}")
    return float(value)


def _optional_number(value: Any) -> float | None:
    return None if value is None else _number(value)


def _localized(value: Any) -> LocalizedText:
    if isinstance(value, str):
        return LocalizedText.of(value)
    if isinstance(value, Mapping) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return LocalizedText(tuple(sorted(value.items())))
    raise InvalidSnapshot(f"expected a name, got {excerpt(value)}")

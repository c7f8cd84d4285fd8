"""The session engine: where a running co-development session is, and how long each phase took.

The whole state lives in one frozen :class:`EngineSnapshot`. Every command computes a new snapshot
from the old one and the clock reading at that moment. The engine keeps no history and announces
nothing: the live session (core/session.py) applies the facilitator's commands, keeps the one
history and announces the changes. Undoing an accidental *next phase* puts the previous snapshot
back, so that phase continues with its timer running and the seconds since the advance count for it.

Times are never counted by ticks. Queries (:meth:`SessionEngine.phase_status`,
:meth:`SessionEngine.session_status`) compute everything from the clock when called; time passing
emits nothing, the UI repaints from the clock on its own timer.

Time accounting:

* a phase's *elapsed* time is its active time: pauses are excluded. Going back to a phase continues
  its timer from the time it already had.
* the session's elapsed time runs from :meth:`~SessionEngine.start` to now (or to the finish),
  pauses included, because the group's real end time is what matters.
* commands that change phase while paused keep the timer paused; :meth:`~SessionEngine.resume`
  starts it again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, NamedTuple

from codev_app.core.clock import Clock
from codev_app.core.errors import (
    AlreadyStarted,
    CodevError,
    InvalidDuration,
    NoNextPhase,
    NoPreviousPhase,
    NotPaused,
    NotRunning,
    NotStarted,
    SessionFinished,
    TemplateError,
    UnknownPhase,
)
from codev_app.core.template import (
    MAX_PHASE_MINUTES,
    LocalizedText,
    Phase,
    Speakers,
    TurnMode,
    check_runnable,
)
from codev_app.core.text import excerpt
from codev_app.core.timing import TimerState, timer_state

SNAPSHOT_FORMAT = "codev-session-timer"
SNAPSHOT_SCHEMA_VERSION = 1
MAX_PHASE_SECONDS = MAX_PHASE_MINUTES * 60
MAX_SESSION_SECONDS = 24 * 3600
DEFAULT_MIN_PHASE_SECONDS = 60
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
class PhaseStatus:
    """The current phase's timer at one moment."""

    index: int
    phase: Phase
    planned: int
    elapsed: float
    remaining: float
    overtime: float
    fraction_left: float
    timer_state: TimerState
    paused: bool


@dataclass(frozen=True)
class SessionStatus:
    """The whole session's timing at one moment (seconds; ``projected_end_in`` counts from now)."""

    state: EngineState
    elapsed: float
    paused_seconds: float
    planned_total: int
    original_total: int
    projected_total: float
    projected_end_in: float
    behind_seconds: float


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


class SessionEngine:
    """Runs one session's plan against a clock; see the module docstring for the time rules.

    Commands raise a subclass of :class:`~codev_app.core.errors.InvalidCommand` when they cannot be
    carried out; a rejected command changes nothing.
    """

    def __init__(
        self,
        phases: Sequence[Phase],
        clock: Clock,
        *,
        min_phase_seconds: int = DEFAULT_MIN_PHASE_SECONDS,
    ) -> None:
        if not 1 <= min_phase_seconds <= MAX_PHASE_SECONDS:
            raise ValueError(f"min_phase_seconds must be between 1 and {MAX_PHASE_SECONDS}")
        ids = [phase.id for phase in phases]
        duplicates = sorted({phase_id for phase_id in ids if ids.count(phase_id) > 1})
        if duplicates:
            raise TemplateError(f"two phases share the id {duplicates[0]!r}")
        self._clock = clock
        self.min_phase_seconds = min_phase_seconds
        self._snapshot = EngineSnapshot.initial(phases)

    # --- state -------------------------------------------------------------------------------

    @property
    def snapshot(self) -> EngineSnapshot:
        """The current state."""
        return self._snapshot

    @property
    def state(self) -> EngineState:
        """Not started, running, paused or finished."""
        return self._snapshot.state

    @property
    def plan(self) -> tuple[PlannedPhase, ...]:
        """The current plan (with added time, breaks and rescaling applied)."""
        return self._snapshot.plan

    @property
    def current_index(self) -> int:
        """Index of the current phase in :attr:`plan`."""
        return self._snapshot.current_index

    @property
    def current_phase(self) -> Phase:
        """The current phase."""
        return self._planned(self._snapshot.current_index).phase

    # --- queries -----------------------------------------------------------------------------

    def actual_seconds(self, index: int) -> float:
        """Active seconds spent so far in phase ``index`` (pauses excluded)."""
        self._planned(index)
        return self._snapshot.phase_elapsed(index, self._clock.now())

    def phase_status(self) -> PhaseStatus:
        """The current phase's timer, computed from the clock now."""
        snap = self._snapshot
        item = self._planned(snap.current_index)
        elapsed = snap.phase_elapsed(snap.current_index, self._clock.now())
        planned = item.planned_seconds
        remaining = max(0.0, planned - elapsed)
        fraction_left = min(1.0, remaining / planned) if planned > 0 else 0.0
        return PhaseStatus(
            index=snap.current_index,
            phase=item.phase,
            planned=planned,
            elapsed=elapsed,
            remaining=remaining,
            overtime=max(0.0, elapsed - planned),
            fraction_left=fraction_left,
            timer_state=timer_state(elapsed, planned, item.phase.warning_fraction),
            paused=snap.state is EngineState.PAUSED,
        )

    def session_status(self) -> SessionStatus:
        """The session's timing and projected end, computed from the clock now.

        The projected end is now + what is left of the current phase (nothing once in overtime) +
        the planned durations of the later phases; while paused it moves with time. Before the start
        it is simply the plan's total; after the finish, the actual total.
        """
        snap = self._snapshot
        now = self._clock.now()
        elapsed = snap.session_elapsed(now)
        planned_total = snap.planned_total
        original = (
            snap.original_total_seconds
            if snap.original_total_seconds is not None
            else planned_total
        )
        if snap.state is EngineState.NOT_STARTED:
            projected_end_in = float(planned_total)
        elif snap.state is EngineState.FINISHED:
            projected_end_in = 0.0
        else:
            projected_end_in = self._remaining_after(snap, now)
        projected_total = elapsed + projected_end_in
        return SessionStatus(
            state=snap.state,
            elapsed=elapsed,
            paused_seconds=snap.pauses_elapsed(now),
            planned_total=planned_total,
            original_total=original,
            projected_total=projected_total,
            projected_end_in=projected_end_in,
            behind_seconds=projected_total - original,
        )

    # --- commands: the timer -----------------------------------------------------------------

    def start(self) -> None:
        """Start the session on its first phase; refuses an empty plan or absurd durations."""
        snap = self._snapshot
        self._refuse_finished(snap)
        if snap.state is not EngineState.NOT_STARTED:
            raise AlreadyStarted("The session has already started.")
        check_runnable(
            [replace(item.phase, planned_seconds=item.planned_seconds) for item in snap.plan]
        )
        now = self._clock.now()
        new = replace(
            snap,
            state=EngineState.RUNNING,
            started_at=now,
            segment_started_at=now,
            original_total_seconds=snap.planned_total,
        )
        self._commit(new)

    def pause(self) -> None:
        """Stop the timers; the session clock keeps running (pauses count in the session's time)."""
        snap = self._require_underway()
        if snap.state is not EngineState.RUNNING:
            raise NotRunning("The timer is already paused.")
        now = self._clock.now()
        new = replace(
            _close_segment(snap, now),
            state=EngineState.PAUSED,
            segment_started_at=None,
            paused_at=now,
        )
        self._commit(new)

    def resume(self) -> None:
        """Start the timers again after a pause."""
        snap = self._require_underway()
        if snap.state is not EngineState.PAUSED or snap.paused_at is None:
            raise NotPaused("The timer is not paused.")
        now = self._clock.now()
        new = replace(
            snap,
            state=EngineState.RUNNING,
            segment_started_at=now,
            paused_at=None,
            paused_seconds=snap.paused_seconds + max(0.0, now - snap.paused_at),
        )
        self._commit(new)

    def next_phase(self) -> None:
        """Move on to the next phase (on the last phase, use :meth:`finish`)."""
        snap = self._require_underway()
        if snap.current_index + 1 >= len(snap.plan):
            raise NoNextPhase("This is the last phase: use Finish to end the session.")
        self._move(snap, snap.current_index + 1)

    def previous_phase(self) -> None:
        """Go back to the previous phase; its timer continues from the time it already had."""
        snap = self._require_underway()
        if snap.current_index == 0:
            raise NoPreviousPhase("This is already the first phase.")
        self._move(snap, snap.current_index - 1)

    def go_to_phase(self, phase_id: str) -> None:
        """Jump to any phase of the plan (going to the current phase does nothing)."""
        snap = self._require_underway()
        index = self._index_of(snap, phase_id)
        if index != snap.current_index:
            self._move(snap, index)

    def finish(self) -> None:
        """End the session; afterwards only an undo (by the live session) brings it back."""
        snap = self._require_underway()
        now = self._clock.now()
        closed = _close_segment(snap, now)
        new = replace(
            closed,
            state=EngineState.FINISHED,
            segment_started_at=None,
            paused_at=None,
            paused_seconds=snap.pauses_elapsed(now),
            finished_at=now,
        )
        self._commit(new)

    # --- commands: the plan ------------------------------------------------------------------

    def add_time(self, seconds: int) -> None:
        """Add time to the current phase's plan; negative removes time, never below the minimum."""
        snap = self._require_underway()
        delta = _whole_seconds(seconds, "The time to add")
        if delta == 0:
            raise InvalidDuration("Adding no time changes nothing.")
        item = snap.plan[snap.current_index]
        new_seconds = item.planned_seconds + delta
        if new_seconds < self.min_phase_seconds:
            raise InvalidDuration(
                f"A phase cannot be shorter than {_minutes(self.min_phase_seconds)}: "
                f"{item.phase.name.get('en')!r} is planned for {_minutes(item.planned_seconds)}."
            )
        if new_seconds > MAX_PHASE_SECONDS:
            raise InvalidDuration(f"A phase cannot last longer than {MAX_PHASE_MINUTES} minutes.")
        new = _with_planned(snap, snap.current_index, new_seconds)
        self._commit(new)

    def set_planned_duration(self, phase_id: str, seconds: int) -> None:
        """Plan ``seconds`` for any phase (also before the start)."""
        snap = self._require_not_finished()
        index = self._index_of(snap, phase_id)
        value = _whole_seconds(seconds, "A phase's duration")
        self._check_phase_seconds(value)
        new = _with_planned(snap, index, value)
        self._commit(new)

    def set_phase(self, phase: Phase) -> None:
        """Replace the plan's phase with this id by ``phase`` (a module chosen for it), keeping its
        planned duration and its time so far."""
        snap = self._require_not_finished()
        index = self._index_of(snap, phase.id)
        plan = list(snap.plan)
        plan[index] = PlannedPhase(phase, plan[index].planned_seconds)
        self._commit(replace(snap, plan=tuple(plan)))

    def insert_break(self, minutes: float, name: LocalizedText = DEFAULT_BREAK_NAME) -> Phase:
        """Insert a break right after the current phase (before the first one if not started).

        The break gets a new id ``break-N``; it is returned.
        """
        snap = self._require_not_finished()
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int | float)
            or not math.isfinite(minutes)
        ):
            raise InvalidDuration("A break's length must be a number of minutes.")
        seconds = round(minutes * 60)
        self._check_phase_seconds(seconds)
        number = 1
        while f"break-{number}" in snap.phase_ids:
            number += 1
        phase = make_break(f"break-{number}", seconds, name)
        started = snap.state is not EngineState.NOT_STARTED
        at = snap.current_index + 1 if started else 0
        # Before the start the break becomes the first phase; the current index stays 0, on it.
        new = replace(
            snap,
            plan=(*snap.plan[:at], PlannedPhase(phase, seconds), *snap.plan[at:]),
            active_seconds=(*snap.active_seconds[:at], 0.0, *snap.active_seconds[at:]),
        )
        self._commit(new)
        return phase

    def keep_end_time(self, target_total_seconds: int | None = None) -> list[PlanChange]:
        """Rescale the phases after the current one so the session lasts ``target_total_seconds``.

        ``None`` means the plan's total at the start: "finish on time despite the overrun".
        Before the start, every phase is rescaled. See :meth:`rescale_remaining` for the rules.
        """
        snap = self._require_not_finished()
        if target_total_seconds is None:
            target = (
                snap.original_total_seconds
                if snap.original_total_seconds is not None
                else snap.planned_total
            )
        else:
            target = _whole_seconds(target_total_seconds, "The session's length")
            if not 0 < target <= MAX_SESSION_SECONDS:
                raise InvalidDuration("A session must last between 1 minute and 24 hours.")
        if snap.state is EngineState.NOT_STARTED:
            budget = float(target)
        else:
            # Time used so far (pauses included) and what is left of the current phase are fixed.
            now = self._clock.now()
            current = snap.plan[snap.current_index]
            left = max(0.0, current.planned_seconds - snap.phase_elapsed(snap.current_index, now))
            budget = target - snap.session_elapsed(now) - left
        return self._rescale(snap, budget)

    def rescale_remaining(self, total_seconds: int) -> list[PlanChange]:
        """Share ``total_seconds`` among the phases after the current one (all, before the start).

        Durations keep their proportions, in whole minutes, each between the minimum and
        240 minutes (so the target may be missed when it asks for the impossible). Breaks keep their
        length and count in the total. Returns the changed durations; no change, nothing changes.
        """
        snap = self._require_not_finished()
        total = _whole_seconds(total_seconds, "The remaining time")
        if not 0 <= total <= MAX_SESSION_SECONDS:
            raise InvalidDuration("The remaining time must be between 0 and 24 hours.")
        return self._rescale(snap, float(total))

    # --- undo and recovery -------------------------------------------------------------------

    def restore(self, snapshot: EngineSnapshot, *, rebase_seconds: float = 0.0) -> None:
        """Replace the whole state with a saved snapshot (recovery, or an undo by the session).

        For crash recovery: read the snapshot with :meth:`EngineSnapshot.from_data` and pass
        ``rebase_seconds=recovery_rebase(...)`` so its clock readings fit this process's clock.
        Within one process (e.g. tests), leave ``rebase_seconds`` at 0.
        """
        if not math.isfinite(rebase_seconds):
            raise ValueError("rebase_seconds must be a finite number")
        snapshot.validate()
        restored = snapshot.rebased(rebase_seconds) if rebase_seconds else snapshot
        self._snapshot = restored

    # --- helpers -----------------------------------------------------------------------------

    def _commit(self, new: EngineSnapshot) -> bool:
        if new == self._snapshot:
            return False
        self._snapshot = new
        return True

    def _move(self, snap: EngineSnapshot, index: int) -> None:
        now = self._clock.now()
        new = replace(_close_segment(snap, now), current_index=index)
        self._commit(new)

    def _rescale(self, snap: EngineSnapshot, budget: float) -> list[PlanChange]:
        first = snap.current_index + 1 if snap.state is not EngineState.NOT_STARTED else 0
        later = range(first, len(snap.plan))
        adjustable = [i for i in later if not snap.plan[i].phase.is_break]
        if not adjustable:
            return []
        fixed = sum(snap.plan[i].planned_seconds for i in later if snap.plan[i].phase.is_break)
        budget_minutes = math.floor((budget - fixed) / 60 + 0.5)
        minutes = _share_minutes(
            [snap.plan[i].planned_seconds for i in adjustable],
            budget_minutes,
            low=math.ceil(self.min_phase_seconds / 60),
            high=MAX_PHASE_MINUTES,
        )
        changes: list[PlanChange] = []
        new = snap
        for index, value in zip(adjustable, minutes, strict=True):
            old_seconds = snap.plan[index].planned_seconds
            if value * 60 != old_seconds:
                changes.append(PlanChange(snap.plan[index].id, old_seconds, value * 60))
                new = _with_planned(new, index, value * 60)
        self._commit(new)
        return changes

    def _remaining_after(self, snap: EngineSnapshot, now: float) -> float:
        current = snap.plan[snap.current_index]
        left = max(0.0, current.planned_seconds - snap.phase_elapsed(snap.current_index, now))
        return left + sum(item.planned_seconds for item in snap.plan[snap.current_index + 1 :])

    def _check_phase_seconds(self, seconds: int) -> None:
        if not self.min_phase_seconds <= seconds <= MAX_PHASE_SECONDS:
            raise InvalidDuration(
                f"A phase must last between {_minutes(self.min_phase_seconds)} and "
                f"{MAX_PHASE_MINUTES} minutes (got {_minutes(seconds)})."
            )

    def _require_not_finished(self) -> EngineSnapshot:
        snap = self._snapshot
        self._refuse_finished(snap)
        return snap

    def _require_underway(self) -> EngineSnapshot:
        snap = self._require_not_finished()
        if snap.state is EngineState.NOT_STARTED:
            raise NotStarted("The session has not started yet.")
        return snap

    @staticmethod
    def _refuse_finished(snap: EngineSnapshot) -> None:
        if snap.state is EngineState.FINISHED:
            raise SessionFinished("The session is finished; you can still undo the last action.")

    def _planned(self, index: int) -> PlannedPhase:
        plan = self._snapshot.plan
        if not plan:
            raise TemplateError("a session needs at least one phase")
        if not 0 <= index < len(plan):
            raise UnknownPhase(f"There is no phase number {index + 1} in this session.")
        return plan[index]

    @staticmethod
    def _index_of(snap: EngineSnapshot, phase_id: str) -> int:
        for index, item in enumerate(snap.plan):
            if item.id == phase_id:
                return index
        raise UnknownPhase(f"There is no phase {phase_id!r} in this session.")


def _close_segment(snap: EngineSnapshot, now: float) -> EngineSnapshot:
    """Count the running segment into the current phase and start a new one at ``now``."""
    if snap.state is not EngineState.RUNNING or snap.segment_started_at is None:
        return snap
    index = snap.current_index
    active = list(snap.active_seconds)
    active[index] += max(0.0, now - snap.segment_started_at)
    return replace(snap, active_seconds=tuple(active), segment_started_at=now)


def _with_planned(snap: EngineSnapshot, index: int, seconds: int) -> EngineSnapshot:
    plan = list(snap.plan)
    plan[index] = replace(plan[index], planned_seconds=seconds)
    return replace(snap, plan=tuple(plan))


def _share_minutes(weights: Sequence[int], budget: int, *, low: int, high: int) -> list[int]:
    """Whole minutes in proportion to ``weights``, each in [low, high], summing to ``budget``.

    When the budget is out of reach, every share sits at ``low`` (or ``high``). Finds the scale at
    which the clamped proportional shares fill the budget (bisection), then rounds by largest
    remainder so the sum stays exact.
    """
    count = len(weights)
    budget = min(max(budget, count * low), count * high)
    positive = [max(1, weight) for weight in weights]

    def shares(scale: float) -> list[float]:
        return [min(float(high), max(float(low), scale * weight)) for weight in positive]

    lo_scale, hi_scale = 0.0, high / min(positive)
    for _ in range(100):
        middle = (lo_scale + hi_scale) / 2
        if sum(shares(middle)) < budget:
            lo_scale = middle
        else:
            hi_scale = middle
    exact = shares(hi_scale)
    result = [min(high, max(low, math.floor(value))) for value in exact]
    by_remainder = sorted(range(count), key=lambda i: exact[i] - math.floor(exact[i]), reverse=True)
    missing = budget - sum(result)
    while missing > 0:
        for i in by_remainder:
            if missing > 0 and result[i] < high:
                result[i] += 1
                missing -= 1
    while missing < 0:
        for i in reversed(by_remainder):
            if missing < 0 and result[i] > low:
                result[i] -= 1
                missing += 1
    return result


def _whole_seconds(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidDuration(f"{what} must be a number of seconds.")
    if isinstance(value, float) and not value.is_integer():
        raise InvalidDuration(f"{what} must be a whole number of seconds.")
    number = int(value)
    if abs(number) > MAX_SESSION_SECONDS:
        raise InvalidDuration(f"{what} is too long (more than 24 hours).")
    return number


def _minutes(seconds: int) -> str:
    if seconds % 60 == 0:
        count = seconds // 60
        return f"{count} minute" if count == 1 else f"{count} minutes"
    return f"{seconds} seconds"


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

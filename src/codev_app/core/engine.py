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
from collections.abc import Sequence
from dataclasses import replace

from codev_app.core.clock import Clock
from codev_app.core.engine_plan import (
    MAX_PHASE_SECONDS,
    MAX_SESSION_SECONDS,
    close_segment,
    minutes_text,
    rescaled,
    whole_seconds,
    with_planned,
)
from codev_app.core.engine_snapshot import (
    DEFAULT_BREAK_NAME,
    EngineSnapshot,
    PlanChange,
    PlannedPhase,
    make_break,
)

# Re-exported: most of the app asks the engine module where a session is.
from codev_app.core.engine_snapshot import EngineState as EngineState
from codev_app.core.engine_status import PhaseStatus, SessionStatus, phase_status, session_status
from codev_app.core.errors import (
    AlreadyStarted,
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
from codev_app.core.template import MAX_PHASE_MINUTES, LocalizedText, Phase, check_runnable

DEFAULT_MIN_PHASE_SECONDS = 60


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
        self._planned(self._snapshot.current_index)
        return phase_status(self._snapshot, self._clock.now())

    def session_status(self) -> SessionStatus:
        """The session's timing and projected end, computed from the clock now.

        See :func:`~codev_app.core.engine_status.session_status` for the projected end.
        """
        return session_status(self._snapshot, self._clock.now())

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
            close_segment(snap, now),
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
        closed = close_segment(snap, now)
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
        delta = whole_seconds(seconds, "The time to add")
        if delta == 0:
            raise InvalidDuration("Adding no time changes nothing.")
        item = snap.plan[snap.current_index]
        new_seconds = item.planned_seconds + delta
        if new_seconds < self.min_phase_seconds:
            raise InvalidDuration(
                f"A phase cannot be shorter than {minutes_text(self.min_phase_seconds)}: "
                f"{item.phase.name.get('en')!r} is planned for "
                f"{minutes_text(item.planned_seconds)}."
            )
        if new_seconds > MAX_PHASE_SECONDS:
            raise InvalidDuration(f"A phase cannot last longer than {MAX_PHASE_MINUTES} minutes.")
        new = with_planned(snap, snap.current_index, new_seconds)
        self._commit(new)

    def set_planned_duration(self, phase_id: str, seconds: int) -> None:
        """Plan ``seconds`` for any phase (also before the start)."""
        snap = self._require_not_finished()
        index = self._index_of(snap, phase_id)
        value = whole_seconds(seconds, "A phase's duration")
        self._check_phase_seconds(value)
        new = with_planned(snap, index, value)
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
            target = whole_seconds(target_total_seconds, "The session's length")
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
        total = whole_seconds(total_seconds, "The remaining time")
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
        new = replace(close_segment(snap, now), current_index=index)
        self._commit(new)

    def _rescale(self, snap: EngineSnapshot, budget: float) -> list[PlanChange]:
        new, changes = rescaled(snap, budget, min_phase_seconds=self.min_phase_seconds)
        self._commit(new)
        return changes

    def _check_phase_seconds(self, seconds: int) -> None:
        if not self.min_phase_seconds <= seconds <= MAX_PHASE_SECONDS:
            raise InvalidDuration(
                f"A phase must last between {minutes_text(self.min_phase_seconds)} and "
                f"{MAX_PHASE_MINUTES} minutes (got {minutes_text(seconds)})."
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

"""What the engine's queries report: the phase's timer and the session's timing at one moment."""

from __future__ import annotations

from dataclasses import dataclass

from codev_app.core.engine_snapshot import EngineSnapshot, EngineState
from codev_app.core.template import Phase
from codev_app.core.timing import TimerState, timer_state


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


def phase_status(snap: EngineSnapshot, now: float) -> PhaseStatus:
    """The current phase's timer at clock reading ``now`` (the plan must have that phase)."""
    item = snap.plan[snap.current_index]
    elapsed = snap.phase_elapsed(snap.current_index, now)
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


def session_status(snap: EngineSnapshot, now: float) -> SessionStatus:
    """The session's timing and projected end at clock reading ``now``.

    The projected end is now + what is left of the current phase (nothing once in overtime) +
    the planned durations of the later phases; while paused it moves with time. Before the start
    it is simply the plan's total; after the finish, the actual total.
    """
    elapsed = snap.session_elapsed(now)
    planned_total = snap.planned_total
    original = (
        snap.original_total_seconds if snap.original_total_seconds is not None else planned_total
    )
    if snap.state is EngineState.NOT_STARTED:
        projected_end_in = float(planned_total)
    elif snap.state is EngineState.FINISHED:
        projected_end_in = 0.0
    else:
        projected_end_in = remaining_after(snap, now)
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


def remaining_after(snap: EngineSnapshot, now: float) -> float:
    """Seconds still planned from ``now``: the rest of the current phase and the later phases."""
    current = snap.plan[snap.current_index]
    left = max(0.0, current.planned_seconds - snap.phase_elapsed(snap.current_index, now))
    return left + sum(item.planned_seconds for item in snap.plan[snap.current_index + 1 :])

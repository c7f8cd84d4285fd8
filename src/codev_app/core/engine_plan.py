"""Plan arithmetic for the engine: durations checked and said in words, timer segments closed,
phases rescaled in whole minutes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from codev_app.core.engine_snapshot import EngineSnapshot, EngineState, PlanChange
from codev_app.core.errors import InvalidDuration
from codev_app.core.template import MAX_PHASE_MINUTES

MAX_PHASE_SECONDS = MAX_PHASE_MINUTES * 60
MAX_SESSION_SECONDS = 24 * 3600


def close_segment(snap: EngineSnapshot, now: float) -> EngineSnapshot:
    """Count the running segment into the current phase and start a new one at ``now``."""
    if snap.state is not EngineState.RUNNING or snap.segment_started_at is None:
        return snap
    index = snap.current_index
    active = list(snap.active_seconds)
    active[index] += max(0.0, now - snap.segment_started_at)
    return replace(snap, active_seconds=tuple(active), segment_started_at=now)


def with_planned(snap: EngineSnapshot, index: int, seconds: int) -> EngineSnapshot:
    """``snap`` with phase ``index`` planned for ``seconds``."""
    plan = list(snap.plan)
    plan[index] = replace(plan[index], planned_seconds=seconds)
    return replace(snap, plan=tuple(plan))


def rescaled(
    snap: EngineSnapshot, budget: float, *, min_phase_seconds: int
) -> tuple[EngineSnapshot, list[PlanChange]]:
    """``snap`` with the phases after the current one (all, before the start) sharing ``budget``
    seconds in proportion, and the durations that changed; breaks keep their length."""
    first = snap.current_index + 1 if snap.state is not EngineState.NOT_STARTED else 0
    later = range(first, len(snap.plan))
    adjustable = [i for i in later if not snap.plan[i].phase.is_break]
    if not adjustable:
        return snap, []
    fixed = sum(snap.plan[i].planned_seconds for i in later if snap.plan[i].phase.is_break)
    budget_minutes = math.floor((budget - fixed) / 60 + 0.5)
    minutes = share_minutes(
        [snap.plan[i].planned_seconds for i in adjustable],
        budget_minutes,
        low=math.ceil(min_phase_seconds / 60),
        high=MAX_PHASE_MINUTES,
    )
    changes: list[PlanChange] = []
    new = snap
    for index, value in zip(adjustable, minutes, strict=True):
        old_seconds = snap.plan[index].planned_seconds
        if value * 60 != old_seconds:
            changes.append(PlanChange(snap.plan[index].id, old_seconds, value * 60))
            new = with_planned(new, index, value * 60)
    return new, changes


def share_minutes(weights: Sequence[int], budget: int, *, low: int, high: int) -> list[int]:
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


def whole_seconds(value: object, what: str) -> int:
    """``value`` as whole seconds, or :class:`InvalidDuration` saying what ``what`` must be."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidDuration(f"{what} must be a number of seconds.")
    if isinstance(value, float) and not value.is_integer():
        raise InvalidDuration(f"{what} must be a whole number of seconds.")
    number = int(value)
    if abs(number) > MAX_SESSION_SECONDS:
        raise InvalidDuration(f"{what} is too long (more than 24 hours).")
    return number


def minutes_text(seconds: int) -> str:
    """A duration in words for an error message: "5 minutes", or seconds when not whole minutes."""
    if seconds % 60 == 0:
        count = seconds // 60
        return f"{count} minute" if count == 1 else f"{count} minutes"
    return f"{seconds} seconds"

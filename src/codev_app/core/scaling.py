"""Fit a session plan to the time the group actually has ("fit to total time").

The facilitator says "we only have 1 h 30 today" and every phase that is not pinned shrinks or
grows in proportion to its planned duration. Durations stay whole minutes, no phase falls below a
minimum or rises above :data:`~codev_app.core.template.MAX_PHASE_MINUTES`, and the new total equals
the target whenever that is possible (largest-remainder rounding). When the target cannot be
reached, a typed :class:`InfeasibleFit` says why and which totals would work.
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from fractions import Fraction

from codev_app.core.errors import InvalidDuration, UnknownPhase
from codev_app.core.template import MAX_PHASE_MINUTES, MIN_PHASE_MINUTES, LocalizedText, Phase

DEFAULT_MINIMUM_SECONDS = 60


class InfeasibleFit(InvalidDuration):
    """The target total cannot be reached with the given pins and limits.

    ``lowest_seconds`` and ``highest_seconds`` are the totals that *can* be reached (equal when
    every phase is pinned), so the UI can offer them.
    """

    def __init__(self, message: str, *, lowest_seconds: int, highest_seconds: int) -> None:
        super().__init__(message)
        self.lowest_seconds = lowest_seconds
        self.highest_seconds = highest_seconds


@dataclass(frozen=True)
class PhaseChange:
    """One phase before and after fitting."""

    phase_id: str
    name: LocalizedText
    before_seconds: int
    after_seconds: int
    pinned: bool

    @property
    def delta_seconds(self) -> int:
        """How much longer (positive) or shorter (negative) the phase became."""
        return self.after_seconds - self.before_seconds


@dataclass(frozen=True)
class FitResult:
    """The fitted phases, and per phase what changed, in the plan's order."""

    phases: tuple[Phase, ...]
    changes: tuple[PhaseChange, ...]
    target_seconds: int

    @property
    def total_before_seconds(self) -> int:
        """The plan's total before fitting."""
        return sum(change.before_seconds for change in self.changes)

    @property
    def total_after_seconds(self) -> int:
        """The plan's total after fitting."""
        return sum(change.after_seconds for change in self.changes)

    @property
    def exact(self) -> bool:
        """Whether the total equals the target (it may not when pinned phases have odd seconds)."""
        return self.total_after_seconds == self.target_seconds


def _minutes_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" if rest == 0 else f"{minutes} min {rest} s"


def fit_to_total(
    phases: Sequence[Phase],
    total_seconds: int,
    *,
    minimum_seconds: int = DEFAULT_MINIMUM_SECONDS,
    pinned: Set[str] = frozenset(),
) -> FitResult:
    """Scale the unpinned phases in proportion to their durations to last ``total_seconds``.

    Unpinned phases get whole minutes, at least ``minimum_seconds`` (rounded up to a minute) and at
    most :data:`MAX_PHASE_MINUTES`; a phase that hits a limit stays there and the others share the
    rest. Pinned phases keep their duration. Minutes left over by rounding go to the phases with
    the largest fractional parts (earlier phases first on ties), so the sum equals the target
    whenever the time left by the pinned phases is a whole number of minutes; otherwise it is the
    nearest reachable total (see :attr:`FitResult.exact`).

    Raises :class:`~codev_app.core.errors.UnknownPhase` for a pinned id not in the plan,
    :class:`~codev_app.core.errors.InvalidDuration` for a non-positive target or a minimum outside
    the phase limits, and :class:`InfeasibleFit` when the target is out of reach.
    """
    if not phases:
        raise InfeasibleFit("there is no phase to fit", lowest_seconds=0, highest_seconds=0)
    if total_seconds <= 0:
        raise InvalidDuration("the total time must be positive")
    if not 0 < minimum_seconds <= MAX_PHASE_MINUTES * 60:
        raise InvalidDuration(
            f"the minimum phase duration must be between 1 second and {MAX_PHASE_MINUTES} minutes"
        )
    known = {phase.id for phase in phases}
    for phase_id in sorted(pinned):
        if phase_id not in known:
            raise UnknownPhase(f"no phase {phase_id!r} in this plan")

    low = max(MIN_PHASE_MINUTES, math.ceil(minimum_seconds / 60))
    high = MAX_PHASE_MINUTES
    free = [index for index, phase in enumerate(phases) if phase.id not in pinned]
    pinned_seconds = sum(phase.planned_seconds for phase in phases if phase.id in pinned)
    lowest = pinned_seconds + len(free) * low * 60
    highest = pinned_seconds + len(free) * high * 60

    if not free:
        if total_seconds != pinned_seconds:
            raise InfeasibleFit(
                f"every phase is pinned: the plan lasts {_minutes_text(pinned_seconds)}; "
                "unpin a phase to change the total",
                lowest_seconds=pinned_seconds,
                highest_seconds=pinned_seconds,
            )
        new_minutes: dict[int, int] = {}
    else:
        if total_seconds < lowest:
            raise InfeasibleFit(
                f"{_minutes_text(total_seconds)} is too short: the pinned phases take "
                f"{_minutes_text(pinned_seconds)} and each other phase needs at least {low} min; "
                f"choose at least {_minutes_text(lowest)}",
                lowest_seconds=lowest,
                highest_seconds=highest,
            )
        if total_seconds > highest:
            raise InfeasibleFit(
                f"{_minutes_text(total_seconds)} is too long: no phase may last more than "
                f"{high} min; choose at most {_minutes_text(highest)}",
                lowest_seconds=lowest,
                highest_seconds=highest,
            )
        # The unpinned phases share whole minutes; round half up when the pinned phases leave odd
        # seconds, then stay within reach.
        budget = (total_seconds - pinned_seconds + 30) // 60
        budget = min(max(budget, len(free) * low), len(free) * high)
        weights = [max(phases[index].planned_seconds, 1) for index in free]
        shares = _largest_remainder(_proportional(weights, budget, low, high), budget, high)
        new_minutes = dict(zip(free, shares, strict=True))

    fitted: list[Phase] = []
    changes: list[PhaseChange] = []
    for index, phase in enumerate(phases):
        after = new_minutes[index] * 60 if index in new_minutes else phase.planned_seconds
        fitted.append(replace(phase, planned_seconds=after))
        changes.append(
            PhaseChange(
                phase_id=phase.id,
                name=phase.name,
                before_seconds=phase.planned_seconds,
                after_seconds=after,
                pinned=phase.id in pinned,
            )
        )
    return FitResult(tuple(fitted), tuple(changes), total_seconds)


def _proportional(weights: list[int], budget: int, low: int, high: int) -> list[Fraction]:
    """Exact shares ``clamp(k * weight, low, high)`` whose sum is ``budget``.

    The sum is a non-decreasing piecewise-linear function of ``k`` that only bends where some share
    reaches a limit, so ``k`` is found exactly on the segment that crosses the budget.
    """

    def shares(k: Fraction) -> list[Fraction]:
        return [min(max(k * weight, Fraction(low)), Fraction(high)) for weight in weights]

    bends = sorted({Fraction(limit, weight) for weight in weights for limit in (low, high)})
    previous_k = Fraction(0)
    previous_sum = Fraction(len(weights) * low)
    if previous_sum >= budget:
        return shares(previous_k)
    for k in bends:
        current_sum = sum(shares(k), Fraction(0))
        if current_sum >= budget:
            slope = (current_sum - previous_sum) / (k - previous_k)
            return shares(previous_k + (budget - previous_sum) / slope)
        previous_k, previous_sum = k, current_sum
    return shares(bends[-1])  # not reached: the caller checked budget <= len(weights) * high


def _largest_remainder(exact: list[Fraction], budget: int, high: int) -> list[int]:
    """Whole minutes from exact shares: floors, then one more minute to the largest remainders."""
    floors = [math.floor(share) for share in exact]
    left = budget - sum(floors)
    # Largest fractional part first; on ties, the earlier phase.
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in order:
        if left <= 0:
            break
        if floors[index] < high:
            floors[index] += 1
            left -= 1
    return floors

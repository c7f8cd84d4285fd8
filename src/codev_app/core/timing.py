"""The one rule for how a countdown looks, shared by the phase timer and the speaker timer."""

from __future__ import annotations

from enum import StrEnum

# A phase warns gently once a fifth of its time is left, unless its template says otherwise.
DEFAULT_WARNING_FRACTION = 0.2


class TimerState(StrEnum):
    """How a timer should look: calm, gently warning, or quietly over."""

    PLENTY = "plenty"
    NEARLY_OVER = "nearly_over"
    OVERTIME = "overtime"


def timer_state(elapsed: float, allotted: float, warning_fraction: float) -> TimerState:
    """PLENTY, then NEARLY_OVER once at most ``warning_fraction`` is left, then OVERTIME.

    At or past the allotted time is overtime, so the end chime can ring exactly at zero.
    """
    if not 0 <= warning_fraction < 1:
        raise ValueError(f"warning_fraction must be between 0 and 1 (got {warning_fraction})")
    if elapsed >= allotted:
        return TimerState.OVERTIME
    fraction_left = (allotted - elapsed) / allotted
    return TimerState.NEARLY_OVER if fraction_left <= warning_fraction else TimerState.PLENTY


def seconds_to_next_whole(count: float) -> float:
    """Seconds until a running count (elapsed seconds) reaches its next whole second.

    Every figure the console shows (``m:ss`` counting up, or down from a whole number of planned
    seconds) changes exactly when its elapsed count crosses a whole second.
    """
    return 1.0 - (max(0.0, count) % 1.0)

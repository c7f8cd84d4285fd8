"""When the next shown second changes: the console repaints at that moment, not on a poll.

The phase timer, the session clock and the speaker's countdown each start at their own fraction
of a second (a phase changed at 12.4 s), so repainting when one of them rolls over leaves the
others up to a second late. :func:`next_display_change` says when the first of them rolls over.
"""

from __future__ import annotations

from codev_app.core.engine import EngineState
from codev_app.core.session import LiveSession
from codev_app.core.speaking_time import SpeakerStatus
from codev_app.core.timing import seconds_to_next_whole


def running_counts(live: LiveSession) -> list[float]:
    """The elapsed seconds of every figure that moves now: the session (pauses included), the
    phase (not while paused) and the current speaker's turn (if someone has the floor)."""
    state = live.state
    if state not in (EngineState.RUNNING, EngineState.PAUSED):
        return []
    engine = live.engine
    counts = [engine.session_status().elapsed]
    if state is EngineState.RUNNING:
        counts.append(engine.phase_status().elapsed)
    if live.turns.current_speaker is not None:
        counts.append(live.turns.current_turn_elapsed())
    return counts


def next_display_change(live: LiveSession) -> float | None:
    """Seconds until the first shown figure changes its second; None when nothing moves."""
    counts = running_counts(live)
    if not counts:
        return None
    return min(seconds_to_next_whole(count) for count in counts)


def current_speaker_status(live: LiveSession) -> SpeakerStatus | None:
    """The countdown of whoever has the floor now (None: nobody, or the session is not underway).

    A shared time (rounds) is a share of what is left of the phase; the phase's own warning
    fraction gives the speaker's gentle warning, as for the phase timer.
    """
    if live.state not in (EngineState.RUNNING, EngineState.PAUSED):
        return None
    taker = live.turns
    speaking = taker.current_speaker
    if speaking is None or speaking not in live.roster:
        return None
    engine = live.engine
    return taker.speaker_status(
        engine.phase_status().remaining, engine.current_phase.warning_fraction
    )

"""Every changing text of the console, computed from the live session and translated.

The views call these functions and show the result; they never format time themselves, so the
console, the compact window and the share window always say the same thing. Texts go through
``QCoreApplication.translate("ConsoleTexts", ...)`` with literal strings so ``lupdate`` finds them.

Durations the facilitator reads at a glance are ``m:ss`` (``h:mm:ss`` past an hour); planned
durations are written as facilitators write them (``15 min``, ``1 h 05``, see
:func:`codev_app.i18n.format_duration`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from codev_app import i18n
from codev_app.core.engine_snapshot import EngineState, PlanChange
from codev_app.core.participants import Role
from codev_app.core.session import LiveSession
from codev_app.core.template import Phase, Speakers, TurnMode
from codev_app.core.text import isolate
from codev_app.core.timing import TimerState

NBSP = "\u00a0"
MINUS = "\u2212"


def clock_text(seconds: float, *, round_up: bool = False) -> str:
    """``m:ss`` or ``h:mm:ss``; ``round_up`` for countdowns (a fresh 15-minute phase: 15:00)."""
    value = max(0.0, seconds)
    whole = math.ceil(value - 1e-6) if round_up else math.floor(value + 1e-6)
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def duration_text(seconds: float) -> str:
    """A planned duration as facilitators write it, never broken across lines."""
    return i18n.format_duration(round(seconds), space=NBSP)


@dataclass(frozen=True)
class TimerReading:
    """What the phase timer shows at one moment (the same for every view)."""

    fraction_left: float
    overtime_fraction: float
    state: TimerState | None  # None before the start and after the finish
    paused: bool
    digits: str
    state_text: str
    phase_name: str


def read_timer(
    live: LiveSession,
    language: str,
    *,
    start_key: str = "",
    time_of_day: Callable[[float], str] | None = None,
) -> TimerReading:
    """The phase timer's reading now: disk fraction, digits and the state said in words.

    During a break, ``time_of_day(seconds_from_now)`` gives the time it ends: "Back at 15:40".
    """
    state = live.state
    if state is EngineState.FINISHED:
        total = live.engine.session_status().elapsed
        return TimerReading(
            0.0,
            0.0,
            None,
            False,
            clock_text(total),
            QCoreApplication.translate("ConsoleTexts", "Session finished"),
            QCoreApplication.translate("ConsoleTexts", "Session finished"),
        )
    phase = live.engine.current_phase
    if state is EngineState.NOT_STARTED:
        ready = (
            QCoreApplication.translate("ConsoleTexts", "Ready. Press %1 to start.").replace(
                "%1", start_key
            )
            if start_key
            else QCoreApplication.translate("ConsoleTexts", "Ready to start")
        )
        planned = live.engine.plan[live.engine.current_index].planned_seconds
        return TimerReading(
            1.0, 0.0, None, False, clock_text(planned), ready, isolate(phase.name.get(language))
        )
    status = live.engine.phase_status()
    if status.timer_state is TimerState.OVERTIME:
        over = clock_text(status.overtime)
        digits = f"+{over}"
        text = QCoreApplication.translate("ConsoleTexts", "Over time +%1").replace("%1", over)
    elif status.timer_state is TimerState.NEARLY_OVER:
        digits = clock_text(status.remaining, round_up=True)
        text = QCoreApplication.translate("ConsoleTexts", "Nearly over")
    else:
        digits = clock_text(status.remaining, round_up=True)
        text = QCoreApplication.translate("ConsoleTexts", "Plenty of time")
    if phase.is_break and time_of_day is not None and status.timer_state is not TimerState.OVERTIME:
        text = QCoreApplication.translate("ConsoleTexts", "Back at %1").replace(
            "%1", time_of_day(status.remaining)
        )
    if status.paused:
        text = QCoreApplication.translate("ConsoleTexts", "Paused · %1").replace("%1", text)
    overtime_fraction = min(1.0, status.overtime / status.planned) if status.planned else 0.0
    return TimerReading(
        status.fraction_left,
        overtime_fraction,
        status.timer_state,
        status.paused,
        digits,
        text,
        isolate(status.phase.name.get(language)),
    )


def phase_position(index: int, count: int) -> str:
    """``Phase 3 of 7``."""
    return (
        QCoreApplication.translate("ConsoleTexts", "Phase %1 of %2")
        .replace("%1", str(index + 1))
        .replace("%2", str(count))
    )


def speakers_text(phase: Phase) -> str:
    """Who may speak in a phase, and how turns are given, in one sentence."""
    if phase.is_break:
        return QCoreApplication.translate("ConsoleTexts", "A break: nobody needs to speak.")
    who = {
        Speakers.CLIENT: QCoreApplication.translate("ConsoleTexts", "The client"),
        Speakers.CONSULTANTS: QCoreApplication.translate("ConsoleTexts", "The consultants"),
        Speakers.EVERYONE: QCoreApplication.translate("ConsoleTexts", "Everyone"),
        Speakers.FACILITATOR: QCoreApplication.translate("ConsoleTexts", "The facilitator"),
    }[phase.speakers]
    how = {
        TurnMode.FREE: QCoreApplication.translate("ConsoleTexts", "freely"),
        TurnMode.ROUND: QCoreApplication.translate("ConsoleTexts", "in turn, one after another"),
        TurnMode.QUEUE: QCoreApplication.translate("ConsoleTexts", "after raising a hand"),
    }[phase.turns]
    return (
        QCoreApplication.translate("ConsoleTexts", "Who speaks: %1, %2.")
        .replace("%1", who)
        .replace("%2", how)
    )


def session_line(live: LiveSession) -> str:
    """``Session 42:10 of 1 h 50`` (elapsed, pauses included, against the plan at the start)."""
    status = live.engine.session_status()
    return (
        QCoreApplication.translate("ConsoleTexts", "Session %1 of %2")
        .replace("%1", clock_text(status.elapsed))
        .replace("%2", duration_text(status.original_total))
    )


def schedule_line(live: LiveSession, time_of_day: Callable[[float], str]) -> str:
    """``Ends around 16:35 · 3 min behind plan``; ``time_of_day(seconds_from_now)`` formats."""
    status = live.engine.session_status()
    if status.state is EngineState.FINISHED:
        return QCoreApplication.translate("ConsoleTexts", "Ended after %1").replace(
            "%1", i18n.format_duration(round(status.elapsed), space=NBSP, elapsed=True)
        )
    end = QCoreApplication.translate("ConsoleTexts", "Ends around %1").replace(
        "%1", time_of_day(status.projected_end_in)
    )
    return f"{end} · {behind_text(status.behind_seconds)}"


def behind_text(behind_seconds: float) -> str:
    """``On schedule``, ``3 min behind plan`` or ``2 min ahead of plan`` (whole minutes)."""
    minutes = round(behind_seconds / 60)
    if minutes == 0:
        return QCoreApplication.translate("ConsoleTexts", "On schedule")
    amount = duration_text(abs(minutes) * 60)
    if minutes > 0:
        return QCoreApplication.translate("ConsoleTexts", "%1 behind plan").replace("%1", amount)
    return QCoreApplication.translate("ConsoleTexts", "%1 ahead of plan").replace("%1", amount)


def plan_changes_text(changes: Sequence[PlanChange], live: LiveSession, language: str) -> str:
    """The calm note after "keep the end time": which phases were shortened or lengthened."""
    if not changes:
        return QCoreApplication.translate(
            "ConsoleTexts", "The remaining phases already fit the planned end time."
        )
    names = {item.id: isolate(item.phase.name.get(language)) for item in live.engine.plan}
    parts = [
        f"{names.get(change.phase_id, change.phase_id)} "
        f"{duration_text(change.old_seconds)} → {duration_text(change.new_seconds)}"
        for change in changes
    ]
    return QCoreApplication.translate("ConsoleTexts", "To end on time: %1.").replace(
        "%1", " · ".join(parts)
    )


def phase_announcement(live: LiveSession, language: str) -> str:
    """What a screen reader says when the phase changes."""
    if live.state is EngineState.FINISHED:
        return QCoreApplication.translate("ConsoleTexts", "Session finished")
    engine = live.engine
    index = engine.current_index
    item = engine.plan[index]
    return (
        QCoreApplication.translate("ConsoleTexts", "%1. %2, %3 planned.")
        .replace("%1", phase_position(index, len(engine.plan)))
        .replace("%2", isolate(item.phase.name.get(language)))
        .replace("%3", duration_text(item.planned_seconds))
    )


def speaker_names(live: LiveSession) -> tuple[str | None, str | None]:
    """Names of who speaks now and who speaks next in the current phase (None when nobody)."""
    if live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
        return None, None
    taker = live.turns
    roster = live.roster

    def name(participant_id: str | None) -> str | None:
        if participant_id is None or participant_id not in roster:
            return None
        return isolate(roster.get(participant_id).name)

    return name(taker.current_speaker), name(taker.upcoming_speaker)


def waiting_names(live: LiveSession) -> list[str]:
    """Who comes after the next speaker, in order: the rest of the round, or of the raised hands."""
    if live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
        return []
    taker = live.turns
    if taker.mode is TurnMode.ROUND:
        waiting = taker.still_to_speak
    elif taker.mode is TurnMode.QUEUE:
        waiting = taker.queue()
    else:
        return []
    skip = {taker.current_speaker, taker.upcoming_speaker}
    roster = live.roster
    return [isolate(roster.get(pid).name) for pid in waiting if pid not in skip and pid in roster]


def role_name(role: Role) -> str:
    """A role as the facilitator says it."""
    return {
        Role.CLIENT: QCoreApplication.translate("SpeakerPanel", "client"),
        Role.CONSULTANT: QCoreApplication.translate("SpeakerPanel", "consultant"),
        Role.FACILITATOR: QCoreApplication.translate("SpeakerPanel", "facilitator"),
        Role.CO_FACILITATOR: QCoreApplication.translate("SpeakerPanel", "co-facilitator"),
        Role.SCRIBE: QCoreApplication.translate("SpeakerPanel", "secretary"),
        Role.TIMEKEEPER: QCoreApplication.translate("SpeakerPanel", "timekeeper"),
        Role.MODERATOR: QCoreApplication.translate("SpeakerPanel", "moderator"),
        Role.PROCESS_OBSERVER: QCoreApplication.translate("SpeakerPanel", "process observer"),
    }[role]

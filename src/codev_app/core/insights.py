"""What happened in one session, for the facilitator to run the next one better.

:func:`session_insights` reads a :class:`~codev_app.core.read_model.SavedSession` (times, people,
speaking, record) and the session's command log (pauses, undo, time added, breaks) into a
:class:`SessionInsights`: time per phase as planned and as run, the speaking balance per phase,
suggestions made and kept per person, and the moments on the opening-to-closing timeline.

The balance measure is deliberately simple, so that it can be said in words: the most talkative
person's share compared with an even share (``top_ratio``; 1 is perfectly even, 2 means twice an
even share). It describes the room, never a person's worth. A session run with the timers only
contributes its timings and nothing else (no speaking, no names, no suggestions). Nothing here
knows about Qt or SQLite; trends over sessions are in :mod:`codev_app.core.insight_trends`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from codev_app.core.commands import (
    AddTime,
    Command,
    InsertBreak,
    Pause,
    Redo,
    Resume,
    StartSession,
    Undo,
)
from codev_app.core.participants import Role
from codev_app.core.read_model import SavedSession
from codev_app.core.record import RecordMode
from codev_app.core.template import LocalizedText, Speakers, Template

#: A phase whose most talkative person took at least this many even shares is "uneven".
UNEVEN_RATIO: Final = 2.0
#: Overrun below this many seconds is the normal give of a conversation, not an overrun.
OVERRUN_GRACE: Final = 60.0

LogLine = tuple[float, Command]
"""One command of the log with the time it was applied (seconds; only differences matter)."""


class MomentKind(StrEnum):
    """Something the facilitator did that the timeline shows."""

    PAUSE = "pause"
    BREAK = "break"
    TIME_ADDED = "time_added"
    UNDO = "undo"


@dataclass(frozen=True)
class Moment:
    """One moment of the timeline, at ``at`` seconds of active time since the opening."""

    kind: MomentKind
    at: float
    seconds: float = 0.0
    """How long (a pause), or how much (time added, a break)."""


@dataclass(frozen=True)
class PhaseTime:
    """One phase: as the template planned it, as adjusted during the session, as run."""

    id: str
    name: LocalizedText
    template_seconds: int | None
    """The template's duration; None for a break added during the session."""
    planned_seconds: int
    actual_seconds: float | None
    is_break: bool
    inserted: bool

    @property
    def overrun(self) -> float:
        """Seconds run beyond the plan as adjusted (negative: finished early; 0 if not run)."""
        return 0.0 if self.actual_seconds is None else self.actual_seconds - self.planned_seconds

    @property
    def overran(self) -> bool:
        """Ran more than :data:`OVERRUN_GRACE` beyond its plan."""
        return self.overrun > OVERRUN_GRACE

    @property
    def adjusted(self) -> int:
        """Seconds added to (positive) or taken from (negative) the template's plan."""
        return 0 if self.template_seconds is None else self.planned_seconds - self.template_seconds


@dataclass(frozen=True)
class Share:
    """One person's speaking time in a phase and their share of it (0 to 1)."""

    name: str
    seconds: float
    share: float


@dataclass(frozen=True)
class PhaseBalance:
    """Who spoke how much in one phase; ``shares`` from the most talkative to the quietest,
    including those expected to speak who did not."""

    phase_id: str
    name: LocalizedText
    shares: tuple[Share, ...]
    total_seconds: float

    @property
    def even_share(self) -> float:
        """What each person's share would be if everyone spoke as much (0 to 1)."""
        return 1.0 / len(self.shares)

    @property
    def most_talkative(self) -> Share:
        """The person who spoke most."""
        return self.shares[0]

    @property
    def quietest(self) -> Share:
        """The person who spoke least."""
        return self.shares[-1]

    @property
    def top_ratio(self) -> float:
        """The most talkative person's share in even shares (1: even; 2: twice an even share)."""
        return self.most_talkative.share / self.even_share

    @property
    def uneven(self) -> bool:
        """The most talkative person took at least :data:`UNEVEN_RATIO` even shares."""
        return self.top_ratio >= UNEVEN_RATIO


@dataclass(frozen=True)
class SuggestionCount:
    """Suggestions one person made and how many of them the client kept."""

    name: str
    made: int
    kept: int


@dataclass(frozen=True)
class SessionInsights:
    """Everything the insights say of one session (for the facilitator only)."""

    title: str
    day: date | None
    group_name: str
    timers_only: bool
    phases: tuple[PhaseTime, ...]
    balances: tuple[PhaseBalance, ...]
    suggestions: tuple[SuggestionCount, ...]
    moments: tuple[Moment, ...]
    undo_count: int
    pause_count: int
    paused_seconds: float
    present: int
    expected: int
    """People listed for the session (facilitators excepted), whether they came or not."""
    action_items: int
    follow_up_told: bool
    """Something was written of the previous client's follow-up at this session."""
    logged: bool = True
    """The command log was read (without it, pauses and undo cannot be counted)."""

    @property
    def ran(self) -> tuple[PhaseTime, ...]:
        """The phases that were run."""
        return tuple(phase for phase in self.phases if phase.actual_seconds is not None)

    @property
    def planned_total(self) -> int:
        """Seconds planned for the phases run (as adjusted)."""
        return sum(phase.planned_seconds for phase in self.ran)

    @property
    def actual_total(self) -> float:
        """Active seconds run."""
        return sum(phase.actual_seconds or 0.0 for phase in self.ran)

    @property
    def seconds_added(self) -> int:
        """Seconds added to phases during the session (breaks apart)."""
        return sum(max(0, phase.adjusted) for phase in self.phases if not phase.is_break)

    @property
    def seconds_rebalanced(self) -> int:
        """Seconds taken from phases to keep the end time."""
        return sum(max(0, -phase.adjusted) for phase in self.phases if not phase.is_break)

    @property
    def breaks_added(self) -> tuple[PhaseTime, ...]:
        """Breaks added during the session."""
        return tuple(phase for phase in self.phases if phase.inserted)

    @property
    def kept_total(self) -> int:
        """Suggestions the client kept."""
        return sum(count.kept for count in self.suggestions)

    @property
    def made_total(self) -> int:
        """Suggestions made."""
        return sum(count.made for count in self.suggestions)


def session_insights(
    saved: SavedSession,
    template: Template | None = None,
    log: Sequence[LogLine] = (),
    *,
    timers_only: bool = False,
) -> SessionInsights:
    """The insights of one saved session; ``template`` gives the phases' planned durations and
    who speaks in each (without it, the plan as run counts as planned and everyone speaks);
    ``log`` is its command log. ``timers_only`` (or a timers-only record) keeps only timings."""
    timers_only = timers_only or saved.record.mode is RecordMode.TIMERS_ONLY
    by_id = {phase.id: phase for phase in template.phases} if template else {}
    phases = tuple(
        PhaseTime(
            id=run.id,
            name=run.name,
            template_seconds=(
                None
                if run.inserted
                else (by_id[run.id].planned_seconds if run.id in by_id else run.planned_seconds)
            ),
            planned_seconds=run.planned_seconds,
            # A phase just reached when the session was saved has not been run.
            actual_seconds=run.actual_seconds if run.actual_seconds else None,
            is_break=run.is_break,
            inserted=run.inserted,
        )
        for run in saved.phases
    )
    speakers = {phase_id: phase.speakers for phase_id, phase in by_id.items()}
    moments, undo_count, pause_count = _moments(log)
    people = [person for person in saved.people if person.role is not Role.FACILITATOR]
    return SessionInsights(
        title=saved.title,
        day=saved.created_at.date() if saved.created_at else None,
        group_name=saved.group_name,
        timers_only=timers_only,
        phases=phases,
        balances=() if timers_only else _balances(saved, speakers),
        suggestions=() if timers_only else _suggestions(saved),
        moments=tuple(m for m in moments if not (timers_only and m.kind is MomentKind.UNDO)),
        undo_count=0 if timers_only else undo_count,
        pause_count=pause_count,
        paused_seconds=saved.paused_seconds,
        present=0 if timers_only else sum(person.came for person in people),
        expected=0 if timers_only else len(people),
        action_items=0
        if timers_only
        else sum(1 for step in saved.record.action_items if step.what),
        follow_up_told=not timers_only and bool(saved.record.follow_up.strip()),
        logged=bool(log),
    )


def _expected(saved: SavedSession, who: Speakers) -> list[str]:
    """Ids of the people who came and are expected to speak in a phase of this kind."""
    roles = {
        Speakers.CLIENT: {Role.CLIENT},
        Speakers.CONSULTANTS: {Role.CONSULTANT},
        Speakers.EVERYONE: {Role.CLIENT, Role.CONSULTANT},
        Speakers.FACILITATOR: set(),
    }[who]
    return [person.id for person in saved.people if person.came and person.role in roles]


def _balances(saved: SavedSession, speakers: Mapping[str, Speakers]) -> tuple[PhaseBalance, ...]:
    names = {person.id: person.name for person in saved.people}
    facilitators = {p.id for p in saved.people if p.role is Role.FACILITATOR}
    found: list[PhaseBalance] = []
    for run in saved.phases:
        times = {
            pid: float(seconds)
            for pid, seconds in saved.speaking.get(run.id, {}).items()
            if seconds > 0 and pid not in facilitators and pid in names
        }
        for pid in _expected(saved, speakers.get(run.id, Speakers.EVERYONE)):
            times.setdefault(pid, 0.0)
        total = sum(times.values())
        if len(times) < 2 or total <= 0:  # one voice, or nobody timed: no balance to speak of
            continue
        order = sorted(times.items(), key=lambda item: (-item[1], names[item[0]].casefold()))
        shares = tuple(Share(names[pid], seconds, seconds / total) for pid, seconds in order)
        found.append(PhaseBalance(run.id, run.name, shares, total))
    return tuple(found)


def _suggestions(saved: SavedSession) -> tuple[SuggestionCount, ...]:
    counts: dict[str, list[int]] = {}
    names = {person.id: person.name for person in saved.people}
    for item in saved.record.suggestions:
        name = names.get(item.author or "", "")
        made_kept = counts.setdefault(name, [0, 0])
        made_kept[0] += 1
        made_kept[1] += int(item.kept)
    ordered = sorted(counts.items(), key=lambda kv: (kv[0] == "", -kv[1][0], kv[0].casefold()))
    return tuple(SuggestionCount(name, made, kept) for name, (made, kept) in ordered)


def _moments(log: Sequence[LogLine]) -> tuple[list[Moment], int, int]:
    """The log's moments on active time (pauses taken out), the number of undos and of pauses."""
    moments: list[Moment] = []
    started: float | None = None
    paused_since: float | None = None
    paused = 0.0
    undo_count = pause_count = 0
    for at, command in log:
        if isinstance(command, StartSession):
            started = at if started is None else started
            continue
        if started is None:
            continue
        now = at - started - paused - (at - paused_since if paused_since is not None else 0.0)
        if isinstance(command, Pause) and paused_since is None:
            paused_since = at
            pause_count += 1
            moments.append(Moment(MomentKind.PAUSE, now))
        elif isinstance(command, Resume) and paused_since is not None:
            length = at - paused_since
            paused += length
            paused_since = None
            for index in range(len(moments) - 1, -1, -1):
                if moments[index].kind is MomentKind.PAUSE:
                    moments[index] = Moment(MomentKind.PAUSE, moments[index].at, length)
                    break
        elif isinstance(command, AddTime):
            moments.append(Moment(MomentKind.TIME_ADDED, now, command.minutes * 60.0))
        elif isinstance(command, InsertBreak):
            moments.append(Moment(MomentKind.BREAK, now, command.minutes * 60.0))
        elif isinstance(command, Undo | Redo):
            undo_count += isinstance(command, Undo)
            if isinstance(command, Undo):
                moments.append(Moment(MomentKind.UNDO, now))
    return moments, undo_count, pause_count

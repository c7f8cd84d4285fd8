"""Insights over many sessions (a group's, or all of a facilitator's) and what is worth attention.

:func:`trends` lines up the :class:`~codev_app.core.insights.SessionInsights` of several
sessions, oldest first: per phase, in how many sessions it overran; the speaking balance over
time; attendance; how many action plans were followed up at the group's next session.
:func:`attention` picks the (at most) three things most worth the facilitator's attention, each
as an :class:`Attention` carrying the figures that support it; the words are the document's
(:mod:`codev_app.export.insight_words`). They speak of phases and of the room, never score a
person. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from codev_app.core.insights import OVERRUN_GRACE, SessionInsights
from codev_app.core.template import LocalizedText

#: How much a whole session may run beyond its plan before it counts as running late.
SESSION_GRACE: Final = 5 * 60.0
#: Attendance below this share of the people listed is worth a word.
LOW_ATTENDANCE: Final = 0.8
MOST: Final = 3


class Concern(StrEnum):
    """What an :class:`Attention` is about."""

    PHASE_OVERRUNS = "phase_overruns"
    SESSION_OVERRUNS = "session_overruns"
    UNEVEN_SPEAKING = "uneven_speaking"
    NOTHING_KEPT = "nothing_kept"
    FOLLOW_UP = "follow_up"
    ATTENDANCE = "attendance"


@dataclass(frozen=True)
class Attention:
    """One thing worth attention: ``count`` of ``out_of`` sessions (or plans, or seats), and the
    figures behind it. ``phase`` names the phase concerned; ``seconds`` a mean overrun;
    ``share``/``even_share`` the largest speaking share against an even one; ``name`` the person
    who spoke most, only for a single session."""

    concern: Concern
    count: int
    out_of: int
    phase: LocalizedText | None = None
    seconds: float = 0.0
    share: float = 0.0
    even_share: float = 0.0
    name: str = ""

    @property
    def weight(self) -> float:
        """How often it happened (0 to 1): what ranks one attention above another."""
        return self.count / self.out_of if self.out_of else 0.0


@dataclass(frozen=True)
class PhaseTrend:
    """One phase across the sessions: its overrun in each (None where it was not run)."""

    phase_id: str
    name: LocalizedText
    overruns: tuple[float | None, ...]

    @property
    def ran(self) -> int:
        """Sessions in which the phase was run."""
        return sum(value is not None for value in self.overruns)

    @property
    def overran(self) -> int:
        """Sessions in which it ran beyond its plan (more than the grace)."""
        return sum(value is not None and value > OVERRUN_GRACE for value in self.overruns)

    @property
    def mean_overrun(self) -> float:
        """Mean overrun, in seconds, of the sessions where it overran (0 if never)."""
        late = [v for v in self.overruns if v is not None and v > OVERRUN_GRACE]
        return sum(late) / len(late) if late else 0.0


@dataclass(frozen=True)
class Trends:
    """Sessions side by side, oldest first, and what they add up to."""

    sessions: tuple[SessionInsights, ...]
    phases: tuple[PhaseTrend, ...]
    balance: tuple[PhaseTrend, ...]
    """Per phase, the most talkative person's share in even shares in each session (None where
    it was not measured); :class:`PhaseTrend` reused: ``overruns`` holds the ratios."""
    plans_made: int
    plans_followed: int
    attention: tuple[Attention, ...]

    @property
    def attendance(self) -> tuple[tuple[int, int], ...]:
        """Per session (timers-only ones left out): people who came, people listed."""
        return tuple((s.present, s.expected) for s in self.sessions if not s.timers_only)


def trends(sessions: Sequence[SessionInsights]) -> Trends:
    """The trends of ``sessions`` (any order: they are put oldest first)."""
    ordered = tuple(sorted(sessions, key=lambda s: (s.day is None, s.day)))
    names: dict[str, LocalizedText] = {}
    for session in ordered:
        for phase in session.phases:
            if not phase.is_break:
                names.setdefault(phase.id, phase.name)
    phases = tuple(
        PhaseTrend(
            phase_id,
            name,
            tuple(next((p.overrun for p in s.ran if p.id == phase_id), None) for s in ordered),
        )
        for phase_id, name in names.items()
    )
    balance = tuple(
        PhaseTrend(
            phase_id,
            name,
            tuple(
                next((b.top_ratio for b in s.balances if b.phase_id == phase_id), None)
                for s in ordered
            ),
        )
        for phase_id, name in names.items()
        if any(b.phase_id == phase_id for s in ordered for b in s.balances)
    )
    made = followed = 0
    for index, session in enumerate(ordered):
        after = next(
            (
                later
                for later in ordered[index + 1 :]
                if later.group_name == session.group_name and not later.timers_only
            ),
            None,
        )
        if session.action_items and after is not None:
            made += 1
            followed += after.follow_up_told
    return Trends(
        ordered, phases, balance, made, followed, attention(ordered, phases, made, followed)
    )


def attention(
    sessions: Sequence[SessionInsights],
    phases: Sequence[PhaseTrend],
    plans_made: int = 0,
    plans_followed: int = 0,
) -> tuple[Attention, ...]:
    """At most three things most worth attention, most frequent first (ties: in the order of
    :class:`Concern`). A concern counts once it happened in at least half of the sessions."""
    found: list[Attention] = []
    total = len(sessions)
    for trend in phases:
        if trend.overran:
            found.append(
                Attention(
                    Concern.PHASE_OVERRUNS,
                    trend.overran,
                    trend.ran,
                    trend.name,
                    seconds=trend.mean_overrun,
                )
            )
    late = [s.actual_total - s.planned_total for s in sessions if s.ran]
    late = [value for value in late if value > SESSION_GRACE]
    if late:
        mean = sum(late) / len(late)
        found.append(Attention(Concern.SESSION_OVERRUNS, len(late), total, seconds=mean))
    found.extend(_uneven(sessions))
    with_ideas = [s for s in sessions if s.made_total]
    nothing = sum(1 for s in with_ideas if not s.kept_total)
    if nothing:
        found.append(Attention(Concern.NOTHING_KEPT, nothing, len(with_ideas)))
    if plans_made and plans_followed < plans_made:
        found.append(Attention(Concern.FOLLOW_UP, plans_made - plans_followed, plans_made))
    present = sum(s.present for s in sessions)
    expected = sum(s.expected for s in sessions)
    if expected and present / expected < LOW_ATTENDANCE:
        # Weighted by the seats left empty, so that it competes fairly with the others.
        found.append(Attention(Concern.ATTENDANCE, expected - present, expected))
    order = list(Concern)
    found = [item for item in found if item.weight >= 0.5 or item.concern is Concern.ATTENDANCE]
    found.sort(key=lambda item: (-item.weight, order.index(item.concern), -item.seconds))
    return tuple(found[:MOST])


def _uneven(sessions: Sequence[SessionInsights]) -> list[Attention]:
    by_phase: dict[str, list[tuple[SessionInsights, float, float, str]]] = {}
    names: dict[str, LocalizedText] = {}
    measured: dict[str, int] = {}
    for session in sessions:
        for balance in session.balances:
            names[balance.phase_id] = balance.name
            measured[balance.phase_id] = measured.get(balance.phase_id, 0) + 1
            if balance.uneven:
                top = balance.most_talkative
                entry = (session, top.share, balance.even_share, top.name)
                by_phase.setdefault(balance.phase_id, []).append(entry)
    found = []
    for phase_id, uneven in by_phase.items():
        largest = max(uneven, key=lambda entry: entry[1] / entry[2])
        found.append(
            Attention(
                Concern.UNEVEN_SPEAKING,
                len(uneven),
                measured[phase_id],
                names[phase_id],
                share=largest[1],
                even_share=largest[2],
                name=largest[3] if len(sessions) == 1 else "",
            )
        )
    return found

"""Every chart's numbers as a table: what a screen reader reads, what the CSV holds.

One :class:`Table` per chart of :mod:`codev_app.export.insight_charts`, built here from the
insights in plain Python, so that the window, the PDF and the CSV show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from codev_app.core.insight_trends import Trends
from codev_app.core.insights import MomentKind, SessionInsights
from codev_app.export.insight_words import percent, phase_name, signed_duration, word
from codev_app.export.labels import format_clock, format_duration


@dataclass(frozen=True)
class Table:
    """A titled table: ``key`` names it (and its chart), ``rows`` are its cells as text."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def session_tables(insights: SessionInsights, language: str) -> list[Table]:
    """The tables of one session, in the report's order."""
    w = partial(word, language)
    time_rows = tuple(
        (
            phase_name(phase.name, language),
            "—"
            if phase.template_seconds is None
            else format_duration(phase.template_seconds, language),
            format_duration(phase.planned_seconds, language),
            w("not_run")
            if phase.actual_seconds is None
            else format_duration(phase.actual_seconds, language),
            "" if phase.actual_seconds is None else signed_duration(phase.overrun, language),
        )
        for phase in insights.phases
    )
    tables = [
        Table(
            "time",
            w("section.time"),
            (
                w("col.phase"),
                w("col.template"),
                w("col.planned"),
                w("col.actual"),
                w("col.difference"),
            ),
            time_rows,
        ),
        Table(
            "timeline",
            w("section.timeline"),
            (w("col.at"), w("col.what"), w("col.how_long")),
            tuple(
                (
                    format_clock(moment.at),
                    w(_MOMENT_WORD[moment.kind]),
                    format_duration(moment.seconds, language) if moment.seconds else "",
                )
                for moment in insights.moments
            ),
        ),
    ]
    if not insights.timers_only:
        for balance in insights.balances:
            tables.append(
                Table(
                    f"balance:{balance.phase_id}",
                    f"{w('section.balance')} — {phase_name(balance.name, language)}",
                    (w("col.person"), w("col.time"), w("col.share")),
                    tuple(
                        (share.name, format_clock(share.seconds), percent(share.share, language))
                        for share in balance.shares
                    ),
                )
            )
        if insights.suggestions:
            tables.append(
                Table(
                    "suggestions",
                    w("section.suggestions"),
                    (w("col.person"), w("col.made"), w("col.kept")),
                    tuple(
                        (count.name or w("unknown_author"), str(count.made), str(count.kept))
                        for count in insights.suggestions
                    ),
                )
            )
    actions = [
        (w("actions.added"), format_duration(insights.seconds_added, language)),
        (w("actions.rebalanced"), format_duration(insights.seconds_rebalanced, language)),
        (w("actions.breaks"), str(len(insights.breaks_added))),
        (w("actions.paused"), format_duration(insights.paused_seconds, language)),
    ]
    if insights.logged:
        actions.insert(3, (w("actions.pauses"), str(insights.pause_count)))
        if not insights.timers_only:
            actions.append((w("actions.undo"), str(insights.undo_count)))
    tables.append(
        Table("actions", w("section.actions"), (w("col.what"), w("col.count")), tuple(actions))
    )
    return tables


_MOMENT_WORD = {
    MomentKind.PAUSE: "legend.pause",
    MomentKind.TIME_ADDED: "legend.added",
    MomentKind.UNDO: "legend.undo",
    MomentKind.BREAK: "legend.break",
}


def session_label(insights: SessionInsights) -> str:
    """How a session is named in a column: its day, or its title."""
    return insights.day.isoformat() if insights.day else insights.title


def trend_tables(found: Trends, language: str) -> list[Table]:
    """The tables over sessions, in the report's order."""
    w = partial(word, language)
    # One row per session (a report may hold hundreds), one column per phase.
    names = tuple(phase_name(trend.name, language) for trend in found.phases)
    overruns = Table(
        "overruns",
        w("section.overruns"),
        (w("col.session"), *names),
        (
            (w("col.all"), *(f"{t.overran} / {t.ran}" for t in found.phases)),
            *(
                (
                    session_label(session),
                    *(
                        ""
                        if t.overruns[i] is None
                        else signed_duration(t.overruns[i] or 0.0, language)
                        for t in found.phases
                    ),
                )
                for i, session in enumerate(found.sessions)
            ),
        ),
    )
    balance = Table(
        "balance_trend",
        f"{w('section.balance_trend')} — {w('col.ratio')}",
        (w("col.session"), *(phase_name(t.name, language) for t in found.balance)),
        tuple(
            (
                session_label(session),
                *("" if t.overruns[i] is None else f"{t.overruns[i]:.1f}" for t in found.balance),
            )
            for i, session in enumerate(found.sessions)
            if any(t.overruns[i] is not None for t in found.balance)
        ),
    )
    counted = [s for s in found.sessions if not s.timers_only]
    attendance = Table(
        "attendance",
        w("section.attendance"),
        (w("col.session"), w("col.present")),
        tuple((session_label(s), f"{s.present} / {s.expected}") for s in counted),
    )
    return [overruns, balance, attendance]

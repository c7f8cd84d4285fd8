"""Insights of scripted sessions with known answers: who spoke how much, overruns, the summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.insight_trends import Concern, trends
from codev_app.core.insights import MomentKind, SessionInsights, session_insights
from codev_app.core.participants import Role, Roster
from codev_app.core.read_model import read_saved_session
from codev_app.core.record import RecordMode, RecordState, RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.export.insight_words import attention_text, balance_text
from codev_app.resources_path import resource_dir

TEMPLATE: Template = load_template(resource_dir("templates", "classic.toml")).template
NAMES = ("Awa", "Bruno", "Chloé", "Dan", "Eva")


def played(
    consultation: dict[str, float],
    *,
    contract_seconds: float = 300.0,
    day: int = 0,
    mode: RecordMode = RecordMode.FULL,
    suggestions: tuple[tuple[str, bool], ...] = (),
    follow_up: str = "",
    plan: bool = False,
    extra: bool = False,
) -> SessionInsights:
    """A classic session played through commands: 5 min of each phase up to the contract, the
    contract for ``contract_seconds``, the consultation with each person's speaking time."""
    clock = FakeClock(1_000.0)
    roster = Roster()
    ids = {}
    for index, name in enumerate(NAMES):
        ids[name] = roster.add(name, Role.CLIENT if index == 0 else Role.CONSULTANT).id
    ids["Fanny"] = roster.add("Fanny", Role.FACILITATOR).id
    record = SessionRecord(RecordState(mode=mode))
    live = LiveSession(TEMPLATE, clock, roster=roster, record=record)
    log: list[tuple[float, c.Command]] = []

    def apply(command: c.Command) -> None:
        live.apply(command)
        log.append((clock.now(), command))

    apply(c.StartSession())
    for _ in ("opening", "exposition", "clarification"):
        clock.advance(300)
        apply(c.NextPhase())
    if extra:
        apply(c.Pause())
        clock.advance(120)
        apply(c.Resume())
        apply(c.AddTime(2))
        apply(c.Undo())
        apply(c.AddTime(3))
    clock.advance(contract_seconds)
    apply(c.NextPhase())  # now the consultation, in rounds
    apply(c.NewRound())
    for name, seconds in consultation.items():
        apply(c.SelectSpeaker(ids[name]))
        clock.advance(seconds)
    apply(c.StopSpeaking())
    apply(c.NextPhase())
    if mode is RecordMode.FULL:
        for author, kept in suggestions:
            item = record.add_suggestion(f"idée de {author}", ids[author])
            if kept:
                record.update_suggestion(item, kept=True)
        if follow_up:
            record.set_text(RecordText.FOLLOW_UP, follow_up)
        if plan:
            record.add_action_item("Appeler Zoé", "vendredi", "")
    saved = read_saved_session(
        TEMPLATE,
        live.to_data(),
        live.record.state,
        group_name="Les Tilleuls",
        created_at=datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=28 * day),
    )
    return session_insights(saved, TEMPLATE, log)


ONE_VOICE = {"Bruno": 360.0, "Chloé": 80.0, "Dan": 80.0, "Eva": 80.0}
EVEN = {"Bruno": 150.0, "Chloé": 150.0, "Dan": 150.0, "Eva": 150.0}


def test_one_person_spoke_sixty_percent_of_the_consultation() -> None:
    insights = played(ONE_VOICE)
    (balance,) = [b for b in insights.balances if b.phase_id == "consultation"]
    assert balance.shares[0].name == "Bruno"
    assert balance.most_talkative.share == pytest.approx(0.6)
    assert balance.even_share == pytest.approx(0.25)  # four consultants; the client listens
    assert balance.top_ratio == pytest.approx(2.4)
    assert balance.quietest.share == pytest.approx(80 / 600)
    assert balance_text(balance, "en") == (
        "Bruno spoke 60% of the time in “Consultation”; an even share among 4 people would be "
        "25%. The quietest: Eva (13%)."
    )
    assert "Bruno a parlé 60\u202f% du temps de la phase « Consultation »" in balance_text(
        balance, "fr"
    )
    (item,) = [a for a in trends([insights]).attention if a.concern is Concern.UNEVEN_SPEAKING]
    assert attention_text(item, "en") == (
        "In “Consultation”, Bruno spoke 60% of the time, against an even share of 25%."
    )


def test_an_even_consultation_is_not_worth_attention() -> None:
    insights = played(EVEN)
    (balance,) = [b for b in insights.balances if b.phase_id == "consultation"]
    assert balance.top_ratio == pytest.approx(1.0)
    assert not [a for a in trends([insights]).attention if a.concern is Concern.UNEVEN_SPEAKING]


def test_a_group_whose_contract_overran_in_five_of_six_sessions() -> None:
    sessions = [
        played(
            ONE_VOICE if day == 2 else EVEN,
            day=day,
            contract_seconds=300.0 if day == 3 else 300.0 + 120 + 60 * day,
        )
        for day in (5, 0, 3, 1, 4, 2)  # any order: trends put them oldest first
    ]
    found = trends(sessions)
    days = [s.day for s in found.sessions if s.day is not None]
    assert days == sorted(days) and len(set(days)) == 6
    contract = next(t for t in found.phases if t.phase_id == "contract")
    assert (contract.overran, contract.ran) == (5, 6)
    assert contract.mean_overrun == pytest.approx(120 + 60 * (0 + 1 + 2 + 4 + 5) / 5)
    first = found.attention[0]
    assert first.concern is Concern.PHASE_OVERRUNS and (first.count, first.out_of) == (5, 6)
    assert attention_text(first, "en") == (
        "“Contract” ran over its time in 5 of 6 session(s), by 4 min 24 s on average."
    )
    assert attention_text(first, "fr") == (
        "La phase « Contrat » a dépassé son temps dans 5 séance(s) sur 6, de 4 min 24 s en moyenne."
    )
    assert len(found.attention) <= 3
    # Over several sessions the summary speaks of the phase, never names the person.
    assert all(not item.name for item in found.attention)


def test_time_added_undo_pauses_and_the_timeline() -> None:
    insights = played({"Bruno": 60.0, "Chloé": 60.0}, extra=True)
    contract = next(p for p in insights.phases if p.id == "contract")
    assert contract.template_seconds == 300 and contract.planned_seconds == 480
    assert contract.adjusted == 180 and insights.seconds_added == 180
    assert (insights.pause_count, insights.undo_count) == (1, 1)
    assert insights.paused_seconds == pytest.approx(120)
    kinds = [(m.kind, m.at, m.seconds) for m in insights.moments]
    assert kinds == [
        (MomentKind.PAUSE, 900.0, 120.0),  # at 15 min of active time: the pause does not count
        (MomentKind.TIME_ADDED, 900.0, 120.0),
        (MomentKind.UNDO, 900.0, 0.0),
        (MomentKind.TIME_ADDED, 900.0, 180.0),
    ]


def test_suggestions_made_and_kept_per_person() -> None:
    insights = played(
        ONE_VOICE,
        suggestions=(("Bruno", True), ("Bruno", False), ("Chloé", False), ("Dan", True)),
    )
    assert [(s.name, s.made, s.kept) for s in insights.suggestions] == [
        ("Bruno", 2, 1),
        ("Chloé", 1, 0),
        ("Dan", 1, 1),
    ]
    assert (insights.made_total, insights.kept_total) == (4, 2)


def test_a_timers_only_session_contributes_only_its_timings() -> None:
    insights = played(ONE_VOICE, mode=RecordMode.TIMERS_ONLY, extra=True)
    assert insights.timers_only
    assert insights.balances == () and insights.suggestions == ()
    assert (insights.present, insights.expected, insights.undo_count) == (0, 0, 0)
    assert insights.actual_total > 0 and insights.pause_count == 1
    assert not [a for a in trends([insights]).attention if a.concern is Concern.UNEVEN_SPEAKING]


def test_action_plans_followed_up_at_the_next_session() -> None:
    sessions = [
        played(ONE_VOICE, day=0, plan=True),
        played(ONE_VOICE, day=1, plan=True, follow_up="Zoé a rappelé"),
        played(ONE_VOICE, day=2, plan=True),
        played(ONE_VOICE, day=3),
    ]
    found = trends(sessions)
    assert (found.plans_made, found.plans_followed) == (3, 1)
    item = next(a for a in found.attention if a.concern is Concern.FOLLOW_UP)
    assert attention_text(item, "en") == (
        "2 of 3 action plan(s) had no follow-up at the next session."
    )

"""Insights of scripted sessions with known answers: who spoke how much, overruns, the summary."""

from __future__ import annotations

import pytest

from codev_app.core.insight_trends import Concern, trends
from codev_app.core.insights import MomentKind
from codev_app.core.record import RecordMode
from codev_app.export.insight_words import attention_text, balance_text
from tests.insight_sessions import EVEN, ONE_VOICE, played


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
    assert (
        "Bruno a parlé 60\u202f% du temps de la phase «\u00a0Consultation\u00a0»"
        in balance_text(balance, "fr")
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
        "La phase «\u00a0Contrat\u00a0» a dépassé son temps dans 5 séance(s) sur 6, "
        "de 4 min 24 s en moyenne."
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

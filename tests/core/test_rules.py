"""The facilitator's rules (core/rules.py), one by one, and the history's order of moved items.

Written after a mutation run (tools/mutation.sh): each test pins a rule a facilitator relies on.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.errors import NotStarted, SessionFinished, StalePhase
from codev_app.core.history import _longest_common_order
from codev_app.core.participants import AlreadyPresent, Role, Roster
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.core.turn_state import HandNotRaised, QueueOrder, RoundOrder
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


def _session(template: Template) -> tuple[LiveSession, FakeClock, dict[str, str]]:
    roster = Roster()
    ids = {"Awa": roster.add("Awa", Role.CLIENT).id}
    for name in ("Bruno", "Chloé", "Dimitri"):
        ids[name] = roster.add(name).id
    clock = FakeClock(100.0)
    return LiveSession(template, clock, roster=roster), clock, ids


def _in_mode(live: LiveSession, mode: TurnMode) -> None:
    live.apply(c.GoToPhase("consultation"))
    live.apply(c.SetTurnMode(mode))
    assert live.turns.mode is mode


# --- the floor -------------------------------------------------------------------------------


def test_a_name_pressed_twice_in_free_speech_starts_then_ends_their_turn(classic: Template) -> None:
    live, clock, ids = _session(classic)
    live.apply(c.StartSession())
    _in_mode(live, TurnMode.FREE)
    live.apply(c.SelectSpeaker(ids["Bruno"]))
    assert live.turns.current_speaker == ids["Bruno"]
    clock.advance(12.5)
    live.apply(c.SelectSpeaker(ids["Chloé"]))  # another name: the floor moves
    assert live.turns.current_speaker == ids["Chloé"]
    live.apply(c.SelectSpeaker(ids["Chloé"]))  # the same name again: their turn ends
    assert live.turns.current_speaker is None
    assert live.speaking_times("consultation").of(ids["Bruno"]) == pytest.approx(12.5)


def test_a_name_in_raised_hands_raises_then_lowers_a_hand(classic: Template) -> None:
    live, _clock, ids = _session(classic)
    live.apply(c.StartSession())
    _in_mode(live, TurnMode.QUEUE)
    live.apply(c.SelectSpeaker(ids["Dimitri"]))
    live.apply(c.SelectSpeaker(ids["Bruno"]))
    assert live.turns.hands_raised == (ids["Dimitri"], ids["Bruno"])
    assert live.turns.current_speaker is None
    live.apply(c.SelectSpeaker(ids["Dimitri"]))
    assert live.turns.hands_raised == (ids["Bruno"],)
    live.apply(c.NextSpeaker())
    assert live.turns.current_speaker == ids["Bruno"] and live.turns.hands_raised == ()
    with pytest.raises(HandNotRaised):
        live.apply(c.LowerHand(ids["Chloé"]))
    live.apply(c.RaiseHand(ids["Chloé"]))
    live.apply(c.LowerHand(ids["Chloé"]))
    assert live.turns.hands_raised == ()


def test_a_name_in_a_round_speaks_now_and_n_builds_the_round_in_the_chosen_order(
    classic: Template,
) -> None:
    live, _clock, ids = _session(classic)
    live.apply(c.StartSession())  # the opening: everyone speaks
    live.apply(c.SetTurnMode(TurnMode.ROUND))
    live.apply(c.SetRoundOrder(RoundOrder.CLIENT_LAST))
    assert live.round_order("opening") == (RoundOrder.CLIENT_LAST, None)
    live.apply(c.NextSpeaker())  # no round yet: N builds it and gives the first the floor
    assert live.turns.current_speaker == ids["Bruno"]
    assert live.turns.still_to_speak[-1] == ids["Awa"]  # the client last, as chosen
    live.apply(c.SelectSpeaker(ids["Chloé"]))  # out of turn
    assert live.turns.current_speaker == ids["Chloé"]
    live.apply(c.SelectSpeaker(ids["Chloé"]))  # again: her turn ends
    assert live.turns.current_speaker is None


def test_shuffled_orders_keep_their_seed_and_a_new_round_waits_for_n(classic: Template) -> None:
    live, _clock, _ids = _session(classic)
    live.apply(c.StartSession())
    _in_mode(live, TurnMode.ROUND)
    command = c.SetRoundOrder.choose(RoundOrder.SHUFFLED)
    assert command.seed is not None and 0 <= command.seed < 2**31
    assert c.SetRoundOrder.choose(RoundOrder.AS_LISTED).seed is None
    live.apply(command)
    live.apply(c.NewRound())
    assert live.turns.state.round is not None and live.turns.state.round.seed == command.seed
    assert live.turns.current_speaker is None
    data = live.to_data()
    again = LiveSession.from_data(data, live.template, FakeClock(100.0))
    assert again.round_order("consultation") == (RoundOrder.SHUFFLED, command.seed)


def test_pass_later_stop_and_settings_act_on_the_current_phase(classic: Template) -> None:
    live, _clock, ids = _session(classic)
    live.apply(c.StartSession())
    _in_mode(live, TurnMode.ROUND)
    live.apply(c.NextSpeaker())
    first = live.turns.current_speaker
    live.apply(c.SpeakLater())
    assert live.turns.current_speaker != first and first in live.turns.still_to_speak
    second = live.turns.current_speaker
    live.apply(c.PassTurn())
    assert live.turns.current_speaker not in (first, second)
    live.apply(c.StopSpeaking())
    assert live.turns.current_speaker is None
    live.apply(c.SetTurnMode(TurnMode.QUEUE))
    live.apply(c.SetQueueOrder(QueueOrder.LEAST_SPOKEN))
    assert live.turns.queue_order is QueueOrder.LEAST_SPOKEN
    live.apply(c.SetSpeakerTime(seconds=90))
    speaker_time = live.turns.speaker_time
    assert speaker_time is not None and speaker_time.seconds == 90
    live.apply(c.SetSpeakerTime(share=True))
    speaker_time = live.turns.speaker_time
    assert speaker_time is not None and speaker_time.share_remaining
    live.apply(c.SetSpeakerTime())
    assert live.turns.speaker_time is None
    assert live.turns_for("opening").queue_order is QueueOrder.ARRIVAL  # only this phase changed
    assert set(ids) == {"Awa", "Bruno", "Chloé", "Dimitri"}


@pytest.mark.parametrize(
    "command",
    [c.NextSpeaker(), c.SelectSpeaker("p2"), c.RaiseHand("p2"), c.NewRound(), c.PassTurn()],
)
def test_nobody_gets_the_floor_before_the_start_or_after_the_end(
    classic: Template, command: c.Command
) -> None:
    live, _clock, _ids = _session(classic)
    with pytest.raises(NotStarted):
        live.apply(command)
    live.apply(c.StartSession())
    live.apply(c.FinishSession())
    with pytest.raises(SessionFinished):
        live.apply(command)
    live.apply(c.SetTurnMode(TurnMode.QUEUE))  # a setting is fine at any time


def test_phase_commands_refuse_a_phase_that_is_no_longer_current(classic: Template) -> None:
    live, _clock, _ids = _session(classic)
    live.apply(c.NextPhase())  # starts
    assert live.state is EngineState.RUNNING
    live.apply(c.NextPhase(from_phase="opening"))
    for stale in (
        c.NextPhase(from_phase="opening"),
        c.PreviousPhase(from_phase="opening"),
        c.AddTime(1, phase_id="opening"),
    ):
        with pytest.raises(StalePhase):
            live.apply(stale)
    live.apply(c.AddTime(1, phase_id="exposition"))
    live.apply(c.PreviousPhase(from_phase="exposition"))
    assert live.engine.current_phase.id == "opening"


# --- the people ------------------------------------------------------------------------------


def test_people_added_before_the_start_are_here_and_later_ones_arrive_late(
    classic: Template,
) -> None:
    live, _clock, ids = _session(classic)
    live.apply(c.AddParticipant("Élise", Role.FACILITATOR))
    elise = next(p for p in live.roster if p.name == "Élise")
    assert elise.role is Role.FACILITATOR and live.roster.is_present(elise.id)
    assert not live.roster.attendance(elise.id).arrived_late
    live.apply(c.StartSession())
    live.apply(c.AddParticipant("Farid", Role.CLIENT))
    farid = next(p for p in live.roster if p.name == "Farid")
    assert live.roster.client == farid  # the client is one person: Awa is a consultant now
    assert live.roster.get(ids["Awa"]).role is Role.CONSULTANT
    assert live.roster.attendance(farid.id).arrived_late
    live.apply(c.AddParticipant("Gaëlle"))
    assert next(p for p in live.roster if p.name == "Gaëlle").role is Role.CONSULTANT


def test_roles_presence_and_names(classic: Template) -> None:
    live, _clock, ids = _session(classic)
    live.apply(c.StartSession())
    live.apply(c.SetRole(ids["Bruno"], Role.CLIENT))
    assert live.roster.client is not None and live.roster.client.id == ids["Bruno"]
    live.apply(c.SetRole(ids["Awa"], Role.SCRIBE))
    assert live.roster.get(ids["Awa"]).role is Role.SCRIBE
    live.apply(c.SetPresent(ids["Chloé"], False))
    assert not live.roster.is_present(ids["Chloé"])
    with pytest.raises(AlreadyPresent):
        live.apply(c.SetPresent(ids["Bruno"], True))
    live.apply(c.SetPresent(ids["Chloé"], True))
    assert live.roster.is_present(ids["Chloé"])
    live.apply(c.RenameParticipant(ids["Dimitri"], "Dimitri K."))
    assert live.roster.get(ids["Dimitri"]).name == "Dimitri K."
    live.apply(c.RemoveParticipant(ids["Dimitri"]))
    assert ids["Dimitri"] not in live.roster


# --- the history's order of moved items ------------------------------------------------------


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(item in it for item in short)


@given(st.permutations(list("abcdef")), st.permutations(list("abcdef")))
def test_the_longest_common_order_is_common_and_longest(a: list[str], b: list[str]) -> None:
    found = _longest_common_order(list(a), list(b))
    assert _is_subsequence(found, list(a)) and _is_subsequence(found, list(b))
    best = max(
        (
            n
            for n in range(len(a), -1, -1)
            for combo in itertools.combinations(a, n)
            if _is_subsequence(list(combo), list(b))
        ),
        default=0,
    )
    assert len(found) == best


def test_one_move_is_seen_as_that_item_only() -> None:
    assert _longest_common_order(list("abcd"), list("bcda")) == list("bcd")
    assert _longest_common_order(list("abcd"), list("abcd")) == list("abcd")
    assert _longest_common_order([], list("ab")) == []

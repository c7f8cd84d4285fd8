"""Turn-taking in one phase: free speech, rounds, raised hands, speaker time, persistence.

Undoing turn commands is the live session's (test_session_undo.py).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codev_app.core.clock import FakeClock
from codev_app.core.errors import InvalidCommand, InvalidDuration
from codev_app.core.participants import (
    NotPresent,
    Participant,
    Role,
    Roster,
    UnknownKey,
    UnknownParticipant,
)
from codev_app.core.speaking_time import SpeakerTime, SpeakingLog, SpeakingTimes, share_seconds
from codev_app.core.template import Speakers, TurnMode
from codev_app.core.timing import TimerState, timer_state
from codev_app.core.turn_state import (
    AlreadySpeaking,
    EmptyQueue,
    EmptyRound,
    HandAlreadyRaised,
    HandNotRaised,
    InvalidTurnData,
    NobodyElseLeft,
    NoCurrentSpeaker,
    NoRound,
    NotEligible,
    QueueOrder,
    RoundOrder,
    RoundOver,
    TurnError,
    TurnOutcome,
    WrongMode,
)
from codev_app.core.turns import TurnTaker


class Group:
    """A session's people: Fanny facilitates, Ana/Bruno/Chloé consult, Claire is the client."""

    def __init__(self) -> None:
        self.roster = Roster()
        self.clock = FakeClock(1000.0)
        self.fanny = self.roster.add("Fanny", Role.FACILITATOR).id
        self.ana = self.roster.add("Ana").id
        self.bruno = self.roster.add("Bruno").id
        self.claire = self.roster.add("Claire", Role.CLIENT).id
        self.chloe = self.roster.add("Chloé").id

    def turns(
        self,
        speakers: Speakers,
        mode: TurnMode,
        speaker_time: SpeakerTime | None = None,
    ) -> TurnTaker:
        return TurnTaker(self.roster, speakers, mode, self.clock, speaker_time=speaker_time)

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)


@pytest.fixture
def g() -> Group:
    return Group()


def consultation_round(g: Group, speaker_time: SpeakerTime | None = None) -> TurnTaker:
    turns = g.turns(Speakers.CONSULTANTS, TurnMode.ROUND, speaker_time)
    turns.build_round()
    return turns


def queue(g: Group, speakers: Speakers = Speakers.EVERYONE) -> TurnTaker:
    return g.turns(speakers, TurnMode.QUEUE)


# --- free mode -----------------------------------------------------------------------------------


def test_free_mode_counts_speaking_time_from_clock_readings(g: Group) -> None:
    turns = g.turns(Speakers.EVERYONE, TurnMode.FREE)
    turns.mark_speaking(g.ana)
    g.wait(30)
    turns.mark_speaking(g.bruno)  # Ana stops when Bruno takes the floor
    g.wait(12.5)
    assert turns.speaking_times().of(g.bruno) == 12.5  # running turn included
    turns.stop_speaking()
    g.wait(100)  # silence counts for nobody
    turns.mark_speaking(g.ana)
    g.wait(5)
    times = turns.speaking_times()
    assert times.of(g.ana) == 35 and times.of(g.bruno) == 12.5 and times.of(g.chloe) == 0
    assert times.total == 47.5
    assert turns.current_speaker == g.ana
    assert turns.upcoming_speaker is None


def test_free_mode_refuses_who_may_not_speak(g: Group) -> None:
    turns = g.turns(Speakers.CLIENT, TurnMode.FREE)
    with pytest.raises(NotEligible):
        turns.mark_speaking(g.ana)
    turns.mark_speaking(g.claire)
    with pytest.raises(AlreadySpeaking):
        turns.mark_speaking(g.claire)
    g.roster.leave(g.ana, g.clock.now())
    other = g.turns(Speakers.EVERYONE, TurnMode.FREE)
    with pytest.raises(NotPresent):
        other.mark_speaking(g.ana)
    with pytest.raises(NoCurrentSpeaker):
        other.stop_speaking()
    with pytest.raises(UnknownParticipant):
        other.mark_speaking("p99")


def test_round_and_queue_commands_are_refused_in_free_mode(g: Group) -> None:
    turns = g.turns(Speakers.EVERYONE, TurnMode.FREE)
    for command in (
        turns.build_round,
        turns.next_speaker,
        turns.pass_turn,
        turns.skip_for_now,
        turns.second_round,
        turns.give_floor_to_next,
        lambda: turns.raise_hand(g.ana),
    ):
        with pytest.raises(WrongMode):
            command()


def floor(turns: TurnTaker) -> tuple[str | None, str | None]:
    """Who has the floor and who is next."""
    return turns.current_speaker, turns.upcoming_speaker


# --- rounds --------------------------------------------------------------------------------------


def test_a_round_gives_the_floor_in_order_and_ends(g: Group) -> None:
    turns = consultation_round(g)
    assert turns.round_number == 1
    assert floor(turns) == (None, g.ana)
    assert turns.still_to_speak == (g.ana, g.bruno, g.chloe)
    turns.next_speaker()
    assert floor(turns) == (g.ana, g.bruno)
    g.wait(60)
    turns.next_speaker()
    g.wait(45)
    turns.next_speaker()
    assert floor(turns) == (g.chloe, None)
    assert not turns.round_over
    g.wait(20)
    turns.next_speaker()
    assert turns.round_over and turns.current_speaker is None
    assert turns.state.round is not None
    assert turns.state.round.done == (
        (g.ana, TurnOutcome.SPOKE),
        (g.bruno, TurnOutcome.SPOKE),
        (g.chloe, TurnOutcome.SPOKE),
    )
    times = turns.speaking_times()
    assert (times.of(g.ana), times.of(g.bruno), times.of(g.chloe)) == (60, 45, 20)
    with pytest.raises(RoundOver):
        turns.next_speaker()


def test_the_client_is_never_offered_a_turn_in_consultation(g: Group) -> None:
    turns = consultation_round(g)
    assert g.claire not in turns.still_to_speak
    assert g.fanny not in turns.still_to_speak
    g.roster.leave(g.claire, g.clock.now())
    g.roster.arrive(g.claire, g.clock.now())
    turns.roster_changed()
    assert g.claire not in turns.still_to_speak
    turns.switch_mode(TurnMode.QUEUE)
    with pytest.raises(NotEligible, match="client"):
        turns.raise_hand(g.claire)
    with pytest.raises(NotEligible):
        turns.mark_speaking(g.claire)


def test_a_facilitator_who_consults_gets_a_turn(g: Group) -> None:
    g.roster.set_facilitator_consults(True)
    turns = consultation_round(g)
    assert turns.still_to_speak == (g.fanny, g.ana, g.bruno, g.chloe)


def test_round_orders_for_everyone(g: Group) -> None:
    turns = g.turns(Speakers.EVERYONE, TurnMode.ROUND)
    listed = (g.claire, g.fanny, g.ana, g.bruno, g.chloe)
    turns.build_round(RoundOrder.AS_LISTED)
    assert turns.still_to_speak == listed
    turns.build_round(RoundOrder.CLIENT_LAST)
    assert turns.still_to_speak == (g.fanny, g.ana, g.bruno, g.chloe, g.claire)
    turns.build_round(RoundOrder.CLIENT_FIRST)
    assert turns.still_to_speak == listed
    assert turns.round_number == 3


def test_shuffled_rounds_are_reproducible_from_their_seed(g: Group) -> None:
    orders = []
    for _ in range(2):
        turns = g.turns(Speakers.EVERYONE, TurnMode.ROUND)
        turns.build_round(RoundOrder.SHUFFLED, seed=7)
        first = turns.still_to_speak
        turns.second_round()
        orders.append((first, turns.still_to_speak))
    assert orders[0] == orders[1]
    first, second = orders[0]
    assert sorted(first) == sorted(second) == sorted(p.id for p in g.roster)
    other_seeds = set()
    for seed in range(20):
        turns = g.turns(Speakers.EVERYONE, TurnMode.ROUND)
        turns.build_round(RoundOrder.SHUFFLED, seed=seed)
        other_seeds.add(turns.still_to_speak)
    assert len(other_seeds) > 1  # the seed does change the order


def test_shuffled_without_seed_keeps_the_seed_it_chose(g: Group) -> None:
    turns = g.turns(Speakers.EVERYONE, TurnMode.ROUND)
    turns.build_round(RoundOrder.SHUFFLED)
    assert turns.state.round is not None and turns.state.round.seed is not None
    restored = TurnTaker.from_data(turns.to_data(), g.roster, g.clock)
    turns.second_round()
    restored.second_round()
    assert restored.still_to_speak == turns.still_to_speak


def test_pass_counts_as_a_turn_without_time(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()  # Ana has the floor
    g.wait(3)
    turns.pass_turn()  # ...and passes: no time, Bruno speaks
    assert turns.current_speaker == g.bruno
    assert turns.speaking_times().of(g.ana) == 0
    g.wait(10)
    turns.next_speaker()
    turns.pass_turn()  # Chloé passes: the round is over
    assert turns.round_over
    assert turns.state.round is not None
    assert dict(turns.state.round.done) == {
        g.ana: TurnOutcome.PASSED,
        g.bruno: TurnOutcome.SPOKE,
        g.chloe: TurnOutcome.PASSED,
    }
    assert turns.speaking_times().to_data() == {g.bruno: 10}


def test_pass_before_anyone_speaks_applies_to_the_first_in_line(g: Group) -> None:
    turns = consultation_round(g)
    turns.pass_turn()
    assert turns.current_speaker == g.bruno
    assert turns.state.round is not None and turns.state.round.done == (
        (g.ana, TurnOutcome.PASSED),
    )


def test_skip_for_now_sends_the_speaker_to_the_end_and_they_come_back(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    g.wait(2)
    turns.skip_for_now()  # Ana is not ready
    assert turns.current_speaker == g.bruno
    assert turns.still_to_speak == (g.bruno, g.chloe, g.ana)
    assert turns.speaking_times().of(g.ana) == 0
    turns.next_speaker()
    turns.next_speaker()
    assert turns.current_speaker == g.ana
    with pytest.raises(NobodyElseLeft):
        turns.skip_for_now()
    g.wait(30)
    turns.next_speaker()
    assert turns.round_over
    assert turns.speaking_times().of(g.ana) == 30


def test_second_round_keeps_statistics_and_gives_everyone_a_new_turn(g: Group) -> None:
    turns = consultation_round(g)
    for seconds in (10, 20, 30):
        turns.next_speaker()
        g.wait(seconds)
    turns.next_speaker()
    assert turns.round_over
    turns.second_round()
    assert turns.round_number == 2
    assert not turns.round_over
    assert turns.still_to_speak == (g.ana, g.bruno, g.chloe)
    turns.next_speaker()
    g.wait(5)
    assert turns.speaking_times().of(g.ana) == 15


def test_second_round_in_the_middle_of_a_round_counts_the_running_turn(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    g.wait(8)
    turns.second_round()
    assert turns.current_speaker is None
    assert turns.speaking_times().of(g.ana) == 8
    assert turns.still_to_speak == (g.ana, g.bruno, g.chloe)


def test_round_commands_before_any_round_raise_no_round(g: Group) -> None:
    turns = g.turns(Speakers.CONSULTANTS, TurnMode.ROUND)
    for command in (turns.next_speaker, turns.pass_turn, turns.skip_for_now, turns.second_round):
        with pytest.raises(NoRound):
            command()


def test_a_round_needs_someone_to_speak(g: Group) -> None:
    roster = Roster()
    roster.add("Claire", Role.CLIENT)
    turns = TurnTaker(roster, Speakers.CONSULTANTS, TurnMode.ROUND, g.clock)
    with pytest.raises(EmptyRound):
        turns.build_round()
    assert turns.round_number == 0


def test_stop_speaking_in_a_round_ends_the_turn_without_giving_the_floor(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    g.wait(4)
    turns.stop_speaking()
    assert turns.current_speaker is None and turns.upcoming_speaker == g.bruno
    assert turns.state.round is not None and turns.state.round.done == ((g.ana, TurnOutcome.SPOKE),)
    turns.next_speaker()
    assert turns.current_speaker == g.bruno


# --- arrivals and departures ---------------------------------------------------------------------


def test_late_arrival_is_added_at_the_end_of_the_round(g: Group) -> None:
    dora = g.roster.add("Dora", present=False).id
    turns = consultation_round(g)
    assert dora not in turns.still_to_speak
    turns.next_speaker()
    g.roster.arrive(dora, g.clock.now())
    turns.roster_changed()
    assert turns.still_to_speak == (g.ana, g.bruno, g.chloe, dora)


def test_leaving_mid_round_removes_the_person_and_stops_their_time(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    g.wait(10)
    turns.next_speaker()  # Bruno speaks
    g.wait(25)
    g.roster.leave(g.bruno, g.clock.now())  # his connection drops
    g.wait(5)  # the facilitator notices five seconds later
    turns.roster_changed()
    assert turns.current_speaker is None
    assert turns.speaking_times().of(g.bruno) == 25
    assert turns.still_to_speak == (g.chloe,)
    g.roster.leave(g.chloe, g.clock.now())
    turns.roster_changed()
    assert turns.round_over
    # Chloé comes back before the round is rebuilt: she has not spoken yet, so she is added.
    g.roster.arrive(g.chloe, g.clock.now())
    turns.roster_changed()
    assert turns.still_to_speak == (g.chloe,)


def test_someone_who_already_spoke_is_not_added_again_when_they_come_back(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    turns.next_speaker()
    g.roster.leave(g.ana, g.clock.now())
    turns.roster_changed()
    g.roster.arrive(g.ana, g.clock.now())
    turns.roster_changed()
    assert g.ana not in turns.still_to_speak


def test_a_role_change_mid_round_follows_eligibility(g: Group) -> None:
    turns = consultation_round(g)
    g.roster.set_client(g.chloe)  # Chloé becomes the client, Claire a consultant
    turns.roster_changed()
    assert turns.still_to_speak == (g.ana, g.bruno, g.claire)


def test_leaving_lowers_a_raised_hand(g: Group) -> None:
    turns = queue(g)
    turns.raise_hand(g.ana)
    turns.raise_hand(g.bruno)
    g.roster.leave(g.ana, g.clock.now())
    turns.roster_changed()
    assert turns.hands_raised == (g.bruno,)


def test_roster_changed_without_effect_changes_nothing(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    before = turns.state
    g.wait(10)
    turns.roster_changed()
    assert turns.state == before


# --- raised hands --------------------------------------------------------------------------------


def test_queue_by_arrival(g: Group) -> None:
    turns = queue(g)
    turns.raise_hand(g.chloe)
    g.wait(1)
    turns.raise_hand(g.ana)
    g.wait(1)
    turns.raise_hand(g.claire)
    assert turns.queue() == (g.chloe, g.ana, g.claire)
    assert turns.upcoming_speaker == g.chloe
    turns.give_floor_to_next()
    assert turns.current_speaker == g.chloe
    assert turns.queue() == (g.ana, g.claire)
    g.wait(40)
    turns.give_floor_to_next()
    assert turns.current_speaker == g.ana
    assert turns.speaking_times().of(g.chloe) == 40


def test_queue_by_least_spoken_switchable_live(g: Group) -> None:
    turns = queue(g)
    turns.mark_speaking(g.ana)
    g.wait(90)
    turns.mark_speaking(g.bruno)
    g.wait(30)
    turns.stop_speaking()
    turns.raise_hand(g.ana)
    turns.raise_hand(g.bruno)
    turns.raise_hand(g.chloe)
    turns.raise_hand(g.fanny)
    assert turns.queue() == (g.ana, g.bruno, g.chloe, g.fanny)
    turns.set_queue_order(QueueOrder.LEAST_SPOKEN)
    # Chloé and Fanny have not spoken: raised-hand order between them; then Bruno, then Ana.
    assert turns.queue() == (g.chloe, g.fanny, g.bruno, g.ana)
    turns.give_floor_to_next()
    assert turns.current_speaker == g.chloe
    g.wait(31)  # Chloé now has spoken more than Bruno, still less than Ana
    assert turns.queue() == (g.fanny, g.bruno, g.ana)
    turns.set_queue_order(QueueOrder.ARRIVAL)
    assert turns.queue() == (g.ana, g.bruno, g.fanny)


def test_hands_are_raised_with_number_keys(g: Group) -> None:
    turns = queue(g)
    person: Participant = turns.participant_for_key(3)
    assert person.name == "Bruno"
    turns.raise_hand(person.id)
    assert turns.hands_raised == (g.bruno,)
    with pytest.raises(UnknownKey):
        turns.participant_for_key(9)


def test_hand_errors(g: Group) -> None:
    turns = queue(g)
    with pytest.raises(EmptyQueue):
        turns.give_floor_to_next()
    with pytest.raises(HandNotRaised):
        turns.lower_hand(g.ana)
    turns.raise_hand(g.ana)
    with pytest.raises(HandAlreadyRaised):
        turns.raise_hand(g.ana)
    turns.lower_hand(g.ana)
    assert turns.hands_raised == ()


def test_giving_the_floor_directly_lowers_the_hand(g: Group) -> None:
    turns = queue(g)
    turns.raise_hand(g.ana)
    turns.raise_hand(g.bruno)
    turns.mark_speaking(g.bruno)
    assert turns.hands_raised == (g.ana,)


# --- switching modes -----------------------------------------------------------------------------


def test_switching_modes_keeps_statistics(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    g.wait(20)
    turns.switch_mode(TurnMode.QUEUE)  # popcorn: Ana goes on speaking
    assert turns.mode is TurnMode.QUEUE and turns.current_speaker == g.ana
    assert turns.still_to_speak == ()
    g.wait(10)
    turns.raise_hand(g.bruno)
    turns.give_floor_to_next()
    g.wait(15)
    turns.switch_mode(TurnMode.FREE)
    assert turns.hands_raised == () and turns.current_speaker == g.bruno
    turns.switch_mode(TurnMode.ROUND)  # back to a round: the floor is free, a round is built
    assert turns.current_speaker is None and turns.round_number == 0
    g.wait(100)
    times = turns.speaking_times()
    assert (times.of(g.ana), times.of(g.bruno)) == (30, 15)
    turns.build_round()
    assert turns.round_number == 1


def test_switching_to_the_same_mode_changes_nothing(g: Group) -> None:
    turns = queue(g)
    turns.raise_hand(g.ana)
    before = turns.to_data()
    turns.switch_mode(TurnMode.QUEUE)
    assert turns.to_data() == before
    assert turns.hands_raised == (g.ana,)


# --- speaker time --------------------------------------------------------------------------------


def test_fixed_speaker_time_warns_then_goes_overtime(g: Group) -> None:
    turns = consultation_round(g, SpeakerTime.fixed(100))
    assert turns.speaker_status() is None
    turns.next_speaker()
    status = turns.speaker_status()
    assert status is not None
    assert (status.participant_id, status.allotted, status.state) == (g.ana, 100, TimerState.PLENTY)
    g.wait(79)
    assert turns.speaker_status().state is TimerState.PLENTY  # type: ignore[union-attr]
    g.wait(1)
    status = turns.speaker_status()
    assert status is not None and status.state is TimerState.NEARLY_OVER
    assert status.remaining == 20
    g.wait(30)
    status = turns.speaker_status(warning_fraction=0.2)
    assert status is not None and status.state is TimerState.OVERTIME
    assert (status.elapsed, status.remaining, status.overtime) == (110, 0, 10)
    turns.next_speaker()  # Bruno's clock starts afresh
    status = turns.speaker_status(warning_fraction=0.5)
    assert status is not None and (status.elapsed, status.state) == (0, TimerState.PLENTY)
    g.wait(50)
    assert turns.speaker_status(warning_fraction=0.5).state is TimerState.NEARLY_OVER  # type: ignore[union-attr]


def test_no_speaker_time_means_no_limit(g: Group) -> None:
    turns = consultation_round(g)
    turns.next_speaker()
    g.wait(9999)
    status = turns.speaker_status()
    assert status is not None
    assert (status.allotted, status.remaining, status.overtime) == (None, None, 0)
    assert status.state is TimerState.PLENTY and status.elapsed == 9999


def test_shared_time_divides_the_phase_remaining_time(g: Group) -> None:
    turns = consultation_round(g, SpeakerTime.share())
    assert turns.time_shares(600) == {g.ana: 200, g.bruno: 200, g.chloe: 200}
    turns.next_speaker()
    g.wait(50)
    # The phase has 550 s left; Ana's share is computed from when her turn began.
    status = turns.speaker_status(phase_remaining=550)
    assert status is not None and (status.allotted, status.remaining) == (200, 150)
    g.wait(200)  # Ana overruns by 50 s
    status = turns.speaker_status(phase_remaining=350)
    assert status is not None and status.state is TimerState.OVERTIME and status.overtime == 50
    turns.next_speaker()
    # 350 s left for Bruno and Chloé.
    assert turns.time_shares(350) == {g.bruno: 175, g.chloe: 175}
    with pytest.raises(ValueError, match="phase_remaining"):
        turns.speaker_status()


def test_shares_spread_spare_seconds_over_the_first_speakers(g: Group) -> None:
    turns = consultation_round(g, SpeakerTime.share())
    assert turns.time_shares(302.9) == {g.ana: 101, g.bruno: 101, g.chloe: 100}
    assert turns.time_shares(-20) == {g.ana: 0, g.bruno: 0, g.chloe: 0}


@given(
    total=st.floats(min_value=0, max_value=24 * 3600, allow_nan=False),
    count=st.integers(min_value=0, max_value=12),
)
def test_share_seconds_always_sums_exactly_to_the_remaining_time(total: float, count: int) -> None:
    ids = [f"p{i}" for i in range(count)]
    shares = share_seconds(total, ids)
    assert list(shares) == ids
    if ids:
        assert sum(shares.values()) == math.floor(total)
        assert max(shares.values()) - min(shares.values()) <= 1
        assert all(isinstance(seconds, int) for seconds in shares.values())


@given(
    remaining=st.integers(min_value=0, max_value=4 * 3600),
    elapsed=st.integers(min_value=0, max_value=600),
    spoken=st.integers(min_value=0, max_value=2),
)
def test_round_time_shares_sum_to_the_time_left_for_those_still_to_speak(
    remaining: int, elapsed: int, spoken: int
) -> None:
    g = Group()
    turns = consultation_round(g, SpeakerTime.share())
    for _ in range(spoken + 1):
        turns.next_speaker()
    g.wait(elapsed)
    shares = turns.time_shares(remaining)
    assert tuple(shares) == turns.still_to_speak
    assert sum(shares.values()) == remaining + elapsed


def test_timer_state_rule() -> None:
    assert timer_state(0, 60, 0.2) is TimerState.PLENTY
    assert timer_state(47.9, 60, 0.2) is TimerState.PLENTY
    assert timer_state(48, 60, 0.2) is TimerState.NEARLY_OVER
    assert timer_state(60, 60, 0.2) is TimerState.OVERTIME
    assert timer_state(59, 60, 0.0) is TimerState.PLENTY
    with pytest.raises(ValueError):
        timer_state(1, 60, 1.0)


def test_speaker_time_validation() -> None:
    with pytest.raises(InvalidDuration):
        SpeakerTime.fixed(0)
    with pytest.raises(ValueError):
        SpeakerTime(seconds=30, share_remaining=True)
    with pytest.raises(ValueError):
        SpeakerTime()


# --- speaking times across phases ----------------------------------------------------------------


def test_speaking_log_totals_across_phases(g: Group) -> None:
    log = SpeakingLog()
    exposition = g.turns(Speakers.CLIENT, TurnMode.FREE)
    exposition.mark_speaking(g.claire)
    g.wait(600)
    log.record("exposition", exposition.close())
    consultation = consultation_round(g)
    consultation.next_speaker()
    g.wait(120)
    consultation.next_speaker()
    g.wait(90)
    log.record("consultation", consultation.close())
    learnings = g.turns(Speakers.EVERYONE, TurnMode.ROUND)
    learnings.build_round()
    learnings.next_speaker()  # the client first
    g.wait(40)
    learnings.next_speaker()
    g.wait(10)
    learnings.next_speaker()
    g.wait(30)
    log.record("learnings", learnings.close())
    assert log.phase_ids == ("exposition", "consultation", "learnings")
    assert log.phase("consultation").to_data() == {g.ana: 120, g.bruno: 90}
    totals = log.totals()
    assert totals.of(g.claire) == 640
    assert totals.of(g.ana) == 150
    assert totals.of(g.fanny) == 10
    assert totals.total == 600 + 210 + 80
    assert log.phase("contract").total == 0
    restored = SpeakingLog.from_data(json.loads(json.dumps(log.to_data())))
    assert restored.totals() == totals and restored.phase_ids == log.phase_ids


def test_recording_a_phase_again_replaces_its_times() -> None:
    log = SpeakingLog()
    log.record("consultation", SpeakingTimes({"p1": 10.0}))
    log.record("consultation", SpeakingTimes({"p1": 25.0}))
    assert log.totals().of("p1") == 25


def test_speaking_times_are_a_private_copy() -> None:
    source = {"p1": 10.0}
    times = SpeakingTimes(source)
    source["p1"] = 99.0
    assert times.of("p1") == 10
    assert (times + SpeakingTimes({"p1": 1.0, "p2": 2.0})).to_data() == {"p1": 11, "p2": 2}


def test_damaged_speaking_log_is_refused() -> None:
    with pytest.raises(InvalidTurnData):
        SpeakingLog.from_data({"schema_version": 1, "phases": {"x": {"p1": "lots"}}})


# --- persistence ---------------------------------------------------------------------------------


def test_to_data_from_data_round_trip_mid_round(g: Group) -> None:
    turns = consultation_round(g, SpeakerTime.fixed(90))
    turns.next_speaker()
    g.wait(12)
    turns.pass_turn()
    g.wait(7)
    data = json.loads(json.dumps(turns.to_data()))
    restored = TurnTaker.from_data(data, g.roster, g.clock)
    assert restored.to_data() == turns.to_data()
    assert restored.state == turns.state
    assert restored.speaker_time == SpeakerTime.fixed(90)
    g.wait(3)
    for taker in (turns, restored):
        taker.next_speaker()
    assert restored.to_data() == turns.to_data()
    assert restored.speaking_times().of(g.bruno) == 10


def test_to_data_from_data_round_trip_with_hands(g: Group) -> None:
    turns = queue(g)
    turns.set_queue_order(QueueOrder.LEAST_SPOKEN)
    turns.mark_speaking(g.claire)
    g.wait(4)
    turns.raise_hand(g.chloe)
    turns.raise_hand(g.ana)
    data = json.loads(json.dumps(turns.to_data()))
    restored = TurnTaker.from_data(data, g.roster, g.clock)
    assert restored.state == turns.state
    assert restored.queue() == turns.queue()


def test_from_data_rebases_clock_readings_after_a_crash(g: Group) -> None:
    turns = queue(g)
    turns.mark_speaking(g.ana)
    g.wait(10)
    data = turns.to_data()
    new_clock = FakeClock(50.0)  # another process: readings start elsewhere
    restored = TurnTaker.from_data(
        data, g.roster, new_clock, rebase_seconds=new_clock.now() - g.clock.now()
    )
    assert restored.speaking_times().of(g.ana) == 10


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(mode="popcorn"),
        lambda d: d.update(schema_version=2),
        lambda d: d.update(speaking="p2", speaking_since=None),
        lambda d: d.update(speaking="p42", speaking_since=1.0),
        lambda d: d.pop("times"),
        lambda d: d.update(hands=[["p2"]]),
    ],
)
def test_damaged_turn_data_is_refused(
    g: Group, damage: Callable[[dict[str, object]], object]
) -> None:
    data = queue(g).to_data()
    damage(data)
    with pytest.raises(InvalidTurnData):
        TurnTaker.from_data(data, g.roster, g.clock)


# --- invalid operations leave the state unchanged ------------------------------------------------


def _consultation_over(g: Group) -> TurnTaker:
    turns = consultation_round(g)
    for _ in range(4):
        turns.next_speaker()
    return turns


def _consultation_last(g: Group) -> TurnTaker:
    turns = consultation_round(g)
    for _ in range(3):
        turns.next_speaker()
    return turns


def _queue_with_ana_speaking(g: Group) -> TurnTaker:
    turns = queue(g, Speakers.CONSULTANTS)
    turns.raise_hand(g.bruno)
    turns.mark_speaking(g.ana)
    return turns


def _build_round_after_the_facilitator_left(turns: TurnTaker, g: Group) -> None:
    g.roster.leave(g.fanny, g.clock.now())
    turns.build_round()


def _absent_ana(g: Group) -> TurnTaker:
    g.roster.leave(g.ana, g.clock.now())
    return queue(g)


INVALID: list[tuple[str, Callable[[Group], TurnTaker], Callable[[TurnTaker, Group], object]]] = [
    ("next after the round", _consultation_over, lambda t, g: t.next_speaker()),
    ("pass after the round", _consultation_over, lambda t, g: t.pass_turn()),
    ("skip the last one", _consultation_last, lambda t, g: t.skip_for_now()),
    (
        "no round yet",
        lambda g: g.turns(Speakers.EVERYONE, TurnMode.ROUND),
        lambda t, g: t.next_speaker(),
    ),
    (
        "empty round",
        lambda g: g.turns(Speakers.FACILITATOR, TurnMode.ROUND),
        lambda t, g: _build_round_after_the_facilitator_left(t, g),
    ),
    ("client raises a hand", _queue_with_ana_speaking, lambda t, g: t.raise_hand(g.claire)),
    ("absent raises a hand", _absent_ana, lambda t, g: t.raise_hand(g.ana)),
    ("unknown raises a hand", _queue_with_ana_speaking, lambda t, g: t.raise_hand("p99")),
    ("hand twice", _queue_with_ana_speaking, lambda t, g: t.raise_hand(g.bruno)),
    ("lower unraised", _queue_with_ana_speaking, lambda t, g: t.lower_hand(g.chloe)),
    ("speaker again", _queue_with_ana_speaking, lambda t, g: t.mark_speaking(g.ana)),
    ("mark in a round", _consultation_last, lambda t, g: t.mark_speaking(g.ana)),
    ("key with nobody", _queue_with_ana_speaking, lambda t, g: t.participant_for_key(8)),
    ("empty queue", lambda g: queue(g), lambda t, g: t.give_floor_to_next()),
    ("stop nobody", lambda g: queue(g), lambda t, g: t.stop_speaking()),
    ("round command in queue", _queue_with_ana_speaking, lambda t, g: t.pass_turn()),
]


@pytest.mark.parametrize(
    ("setup", "command"), [(s, c) for _, s, c in INVALID], ids=[name for name, _, _ in INVALID]
)
def test_invalid_operations_raise_and_leave_the_state_unchanged(
    g: Group,
    setup: Callable[[Group], TurnTaker],
    command: Callable[[TurnTaker, Group], object],
) -> None:
    turns = setup(g)
    g.wait(3)
    before = turns.to_data()
    state = turns.state
    with pytest.raises(InvalidCommand) as caught:
        command(turns, g)
    assert str(caught.value)  # a message the facilitator can read
    assert turns.to_data() == before
    assert turns.state == state


def test_turn_errors_are_invalid_commands() -> None:
    for error in (WrongMode, RoundOver, EmptyRound, NotEligible, EmptyQueue):
        assert issubclass(error, TurnError) and issubclass(error, InvalidCommand)

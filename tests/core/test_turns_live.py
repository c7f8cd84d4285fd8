"""Turn-taking as the console drives it: keys in a round, out-of-turn speakers, the speaker time
setting, people arriving and leaving through the live session, and the chart's figures."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.errors import InvalidCommand
from codev_app.core.history import Change, Part
from codev_app.core.participants import NotPresent, Role, Roster, UnknownParticipant
from codev_app.core.session import LiveSession
from codev_app.core.speaking_time import SpeakerTime
from codev_app.core.template import Speakers, Template, TurnMode, load_template
from codev_app.core.timing import TimerState
from codev_app.core.turn_state import (
    AlreadyHadTurn,
    AlreadySpeaking,
    ClientListens,
    NoRound,
    NotEligible,
    RoundOrder,
    RoundOver,
    TurnOutcome,
    WrongMode,
)
from codev_app.core.turns import TurnTaker
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


class People:
    """Awa is the client; Bruno, Chloé, Dimitri consult; Élise facilitates (keys 1–5)."""

    def __init__(self) -> None:
        self.roster = Roster()
        self.awa = self.roster.add("Awa", Role.CLIENT)
        self.bruno = self.roster.add("Bruno")
        self.chloe = self.roster.add("Chloé")
        self.dimitri = self.roster.add("Dimitri")
        self.elise = self.roster.add("Élise", Role.FACILITATOR)


@pytest.fixture
def people() -> People:
    return People()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


def consultation(classic: Template, people: People, clock: FakeClock) -> LiveSession:
    """A live classic session in its consultation phase (consultants, in a round)."""
    live = LiveSession(classic, clock, roster=people.roster)
    live.apply(c.StartSession())
    live.apply(c.GoToPhase("consultation"))
    assert live.turns.mode is TurnMode.ROUND
    assert live.turns.speakers is Speakers.CONSULTANTS
    return live


# --- out of turn -----------------------------------------------------------------------------


def test_speak_now_gives_the_floor_out_of_turn_and_keeps_the_others_places(
    people: People, clock: FakeClock
) -> None:
    turns = TurnTaker(people.roster, Speakers.CONSULTANTS, TurnMode.ROUND, clock)
    turns.build_round()
    turns.next_speaker()
    assert turns.current_speaker == people.bruno.id
    clock.advance(40)
    turns.speak_now(people.dimitri.id)
    assert turns.current_speaker == people.dimitri.id
    assert turns.state.round is not None
    assert turns.state.round.done == ((people.bruno.id, TurnOutcome.SPOKE),)
    assert turns.state.round.pending == (people.chloe.id,)
    assert turns.speaking_times().of(people.bruno.id) == pytest.approx(40)
    clock.advance(10)
    turns.next_speaker()
    assert turns.current_speaker == people.chloe.id
    assert turns.speaking_times().of(people.dimitri.id) == pytest.approx(10)


def test_speak_now_before_anyone_spoke_starts_with_that_person(
    people: People, clock: FakeClock
) -> None:
    turns = TurnTaker(people.roster, Speakers.CONSULTANTS, TurnMode.ROUND, clock)
    turns.build_round()
    turns.speak_now(people.chloe.id)
    assert turns.still_to_speak == (people.chloe.id, people.bruno.id, people.dimitri.id)
    assert turns.state.round is not None and turns.state.round.done == ()


def _round_with_bruno_done(people: People, clock: FakeClock) -> TurnTaker:
    turns = TurnTaker(people.roster, Speakers.CONSULTANTS, TurnMode.ROUND, clock)
    turns.build_round()
    turns.next_speaker()
    clock.advance(5)
    turns.next_speaker()  # Bruno has spoken, Chloé speaks
    return turns


REFUSALS: list[tuple[str, Callable[[TurnTaker, People], object], type[InvalidCommand]]] = [
    ("already spoke", lambda t, p: t.speak_now(p.bruno.id), AlreadyHadTurn),
    ("already speaking", lambda t, p: t.speak_now(p.chloe.id), AlreadySpeaking),
    ("the client listens", lambda t, p: t.speak_now(p.awa.id), ClientListens),
    ("facilitator does not consult", lambda t, p: t.speak_now(p.elise.id), NotEligible),
]


@pytest.mark.parametrize(
    ("command", "error"), [(c, e) for _, c, e in REFUSALS], ids=[n for n, _, _ in REFUSALS]
)
def test_speak_now_refusals_change_nothing(
    people: People,
    clock: FakeClock,
    command: Callable[[TurnTaker, People], object],
    error: type[InvalidCommand],
) -> None:
    turns = _round_with_bruno_done(people, clock)
    before, state = turns.to_data(), turns.state
    with pytest.raises(error) as caught:
        command(turns, people)
    assert str(caught.value)
    assert turns.to_data() == before and turns.state == state


def test_speak_now_needs_a_round_and_a_present_participant(
    people: People, clock: FakeClock
) -> None:
    turns = TurnTaker(people.roster, Speakers.CONSULTANTS, TurnMode.ROUND, clock)
    with pytest.raises(NoRound):
        turns.speak_now(people.bruno.id)
    turns.build_round()
    people.roster.leave(people.dimitri.id, clock.now())
    turns.roster_changed()
    before = turns.to_data()
    with pytest.raises(NotPresent):
        turns.speak_now(people.dimitri.id)
    assert turns.to_data() == before
    free = TurnTaker(people.roster, Speakers.EVERYONE, TurnMode.FREE, clock)
    with pytest.raises(WrongMode):
        free.speak_now(people.bruno.id)


def test_a_round_can_start_with_its_first_speaker_in_one_undo_step(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = LiveSession(classic, clock, roster=people.roster)
    live.apply(c.StartSession())  # the opening: everyone speaks, in a round
    change = live.apply(c.NextSpeaker())  # N with no round yet: a round, and its first speaker
    assert live.turns.current_speaker == people.awa.id  # everyone speaks: the client first
    assert live.turns.round_number == 1
    assert change.parts == {Part.TURNS}
    assert live.undo_target() == c.NextSpeaker()
    live.apply(c.Undo())
    assert live.turns.state.round is None and live.turns.current_speaker is None
    assert live.undo_target() == c.StartSession()


def test_the_round_preview_is_the_order_the_round_gets(people: People, clock: FakeClock) -> None:
    turns = TurnTaker(people.roster, Speakers.EVERYONE, TurnMode.ROUND, clock)
    shown = turns.round_preview(RoundOrder.SHUFFLED, seed=11)
    assert sorted(shown) == sorted(p.id for p in people.roster)
    assert turns.to_data()["round"] is None  # nothing changed
    turns.build_round(RoundOrder.SHUFFLED, seed=11)
    assert turns.still_to_speak == shown
    assert turns.round_preview(RoundOrder.CLIENT_LAST)[-1] == people.awa.id
    turns.next_speaker()
    shown = turns.round_preview(RoundOrder.SHUFFLED, seed=11)  # the next round's order
    turns.second_round()
    assert turns.still_to_speak == shown
    people.roster.leave(people.bruno.id, clock.now())
    assert people.bruno.id not in turns.round_preview()
    empty = TurnTaker(Roster(), Speakers.CONSULTANTS, TurnMode.ROUND, clock)
    assert empty.round_preview() == ()


# --- the speaker time setting ----------------------------------------------------------------


def test_the_speaker_time_can_be_set_live_and_is_saved(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    changes: list[Change] = []
    live.changed.subscribe(changes.append)
    live.apply(c.NextSpeaker())
    clock.advance(50)
    status = live.turns.speaker_status()
    assert status is not None and status.allotted is None
    change = live.apply(c.SetSpeakerTime(seconds=60))
    assert change.parts == {Part.TURNS} and changes[-1] == change
    status = live.turns.speaker_status(warning_fraction=0.2)
    assert status is not None
    assert status.remaining == pytest.approx(10) and status.state is TimerState.NEARLY_OVER
    again = live.apply(c.SetSpeakerTime(seconds=60))  # the same: nothing announced
    assert again.parts == frozenset() and changes[-1] == change
    assert live.undo_target() == c.SetSpeakerTime(seconds=60)
    live.apply(c.SetSpeakerTime(share=True))
    left = live.engine.phase_status().remaining
    status = live.turns.speaker_status(phase_remaining=left)
    # shared among the three consultants, the running turn included
    assert status is not None and status.allotted == pytest.approx((left + 50) / 3, abs=1)
    saved = json.loads(json.dumps(live.to_data()))
    restored = LiveSession.from_data(saved, classic, clock)
    assert restored.turns.speaker_time == SpeakerTime.share()
    live.apply(c.Undo())  # back to 60 s each
    assert live.turns.speaker_time == SpeakerTime.fixed(60)
    live.apply(c.SetSpeakerTime())
    status = live.turns.speaker_status()
    assert status is not None and status.remaining is None


# --- number keys through the live session ----------------------------------------------------


def test_in_a_round_a_number_key_gives_the_floor_out_of_turn(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    live.apply(c.NextSpeaker())
    assert live.turns.current_speaker == people.bruno.id
    clock.advance(30)
    live.apply(c.SelectSpeaker(people.dimitri.id))
    assert live.turns.current_speaker == people.dimitri.id
    assert live.turns.upcoming_speaker == people.chloe.id
    live.apply(c.SelectSpeaker(people.dimitri.id))  # pressed again: Dimitri's turn ends
    assert live.turns.current_speaker is None
    assert live.turns.upcoming_speaker == people.chloe.id
    live.apply(c.Undo())
    assert live.turns.current_speaker == people.dimitri.id
    live.apply(c.Undo())
    assert live.turns.current_speaker == people.bruno.id


@pytest.mark.parametrize(
    ("who", "error"),
    [("awa", ClientListens), ("bruno", AlreadyHadTurn), ("nobody", UnknownParticipant)],
)
def test_in_a_round_refused_keys_change_nothing(
    classic: Template, people: People, clock: FakeClock, who: str, error: type[Exception]
) -> None:
    live = consultation(classic, people, clock)
    live.apply(c.NextSpeaker())
    live.apply(c.NextSpeaker())  # Bruno has spoken
    before, target = live.to_data(), live.undo_target()
    pid = "p99" if who == "nobody" else getattr(people, who).id
    with pytest.raises(error):
        live.apply(c.SelectSpeaker(pid))
    assert live.to_data() == before and live.undo_target() == target


def test_a_number_key_before_the_round_is_built_asks_for_a_round(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    with pytest.raises(NoRound):
        live.apply(c.SelectSpeaker(people.bruno.id))
    assert live.turns.current_speaker is None and live.turns.state.round is None


def test_a_whole_consultation_round_with_the_client_silent(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    live.apply(c.NextSpeaker())
    heard = []
    while not live.turns.round_over:
        heard.append(live.turns.current_speaker)
        clock.advance(60)
        live.apply(c.NextSpeaker())
    assert heard == [people.bruno.id, people.chloe.id, people.dimitri.id]
    assert people.awa.id not in heard
    with pytest.raises(RoundOver):
        live.apply(c.NextSpeaker())


# --- people arriving and leaving --------------------------------------------------------------


def test_people_arrive_and_leave_at_the_session_clock(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    changes: list[Change] = []
    live.changed.subscribe(changes.append)
    live.apply(c.NextSpeaker())
    clock.advance(20)
    live.apply(c.SetPresent(people.bruno.id, False))  # Bruno's connection drops while he speaks
    assert live.turns.current_speaker is None
    assert live.speaking_times().of(people.bruno.id) == pytest.approx(20)
    assert live.roster.attendance(people.bruno.id).left_at == pytest.approx(clock.now())
    clock.advance(60)
    live.apply(c.AddParticipant("Farid"))
    (farid,) = (person for person in live.roster if person.name == "Farid")
    assert live.roster.attendance(farid.id).arrived_late
    assert live.roster.attendance(farid.id).arrived_at == pytest.approx(clock.now())
    assert list(live.turns.still_to_speak) == [people.chloe.id, people.dimitri.id, farid.id]
    live.apply(c.SetPresent(people.bruno.id, True))  # back: his cut-off turn comes again
    assert list(live.turns.still_to_speak) == [
        people.chloe.id,
        people.dimitri.id,
        farid.id,
        people.bruno.id,
    ]
    live.apply(c.NextSpeaker())
    clock.advance(10)
    live.apply(c.NextSpeaker())
    assert live.turns.current_speaker == people.dimitri.id
    live.apply(c.SetPresent(people.chloe.id, False))  # Chloé spoke fully, then left
    live.apply(c.SetPresent(people.chloe.id, True))  # she does not come back in
    assert people.chloe.id not in live.turns.still_to_speak
    assert Part.ROSTER in changes[1].parts and Part.TURNS in changes[1].parts
    live.apply(c.SetPresent(farid.id, False))
    with pytest.raises(NotPresent):
        live.apply(c.SetPresent(farid.id, False))


def test_undoing_a_departure_gives_the_floor_back(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    live.apply(c.NextSpeaker())
    clock.advance(20)
    live.apply(c.SetPresent(people.bruno.id, False))  # clicked on the wrong name
    clock.advance(5)
    live.apply(c.Undo())
    assert live.roster.is_present(people.bruno.id)
    assert live.turns.current_speaker == people.bruno.id
    assert live.turns.current_turn_elapsed() == pytest.approx(25)


def test_a_latecomer_with_a_name_already_taken_is_refused(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = consultation(classic, people, clock)
    count = len(live.roster)
    before = live.to_data()
    with pytest.raises(InvalidCommand):
        live.apply(c.AddParticipant(" bruno "))
    assert len(live.roster) == count
    assert live.to_data() == before


# --- the chart's figures ---------------------------------------------------------------------


def test_speaking_times_per_phase_and_for_the_session(
    classic: Template, people: People, clock: FakeClock
) -> None:
    live = LiveSession(classic, clock, roster=people.roster)
    live.apply(c.StartSession())
    live.apply(c.NextSpeaker())  # opening: everyone, client first
    clock.advance(30)
    live.apply(c.NextSpeaker())
    clock.advance(45)
    live.apply(c.GoToPhase("consultation"))
    live.apply(c.NextSpeaker())
    clock.advance(100)
    assert live.phases_with_turns == ("opening", "consultation")
    opening = live.speaking_times("opening")
    assert opening.of(people.awa.id) == pytest.approx(30)
    assert opening.of(people.bruno.id) == pytest.approx(45)
    consult = live.speaking_times("consultation")
    assert consult.of(people.bruno.id) == pytest.approx(100)  # the running turn counts
    total = live.speaking_times()
    assert total.of(people.bruno.id) == pytest.approx(145)
    assert total.total == pytest.approx(175)
    assert live.speaking_times("action_plan").total == 0

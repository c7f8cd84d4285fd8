"""One undo for the live session: the timer, the phases and the turns, undone and redone.

These are the behaviours the engine's and the turn taker's own undo stacks used to protect; the live
session's one history carries them now. Time keeps flowing through an undo: undoing an accidental
"next phase" brings the previous phase back with its timer running, and the seconds since count.
"""

from __future__ import annotations

from typing import Any

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.errors import NothingToRedo, NothingToUndo, SessionFinished
from codev_app.core.history import HISTORY_LIMIT, Change, Part
from codev_app.core.participants import Role, Roster
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.resources_path import resource_dir

START = 10_000.0


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


class People:
    """Fanny facilitates; Ana, Bruno, Chloé consult; Claire is the client."""

    def __init__(self) -> None:
        self.roster = Roster()
        self.fanny = self.roster.add("Fanny", Role.FACILITATOR).id
        self.ana = self.roster.add("Ana").id
        self.bruno = self.roster.add("Bruno").id
        self.claire = self.roster.add("Claire", Role.CLIENT).id
        self.chloe = self.roster.add("Chloé").id


@pytest.fixture
def people() -> People:
    return People()


@pytest.fixture
def live(classic: Template, clock: FakeClock, people: People) -> LiveSession:
    return LiveSession(classic, clock, roster=people.roster)


def state(live: LiveSession) -> dict[str, Any]:
    """What the session is, without the clock reading (time flows on through an undo)."""
    data = live.to_data()
    del data["clock_reading"]
    del data["seq"]
    return data


# --- the timer and the phases --------------------------------------------------------------------


def test_undo_an_accidental_next_phase_keeps_the_time_for_the_restored_phase(
    live: LiveSession, clock: FakeClock
) -> None:
    live.apply(c.StartSession())
    clock.advance(300)
    live.apply(c.NextPhase())
    clock.advance(120)
    assert live.engine.phase_status().elapsed == 120
    live.apply(c.Undo())
    assert live.engine.current_index == 0
    assert live.engine.phase_status().elapsed == 420
    assert live.engine.actual_seconds(1) == 0
    assert live.state is EngineState.RUNNING
    clock.advance(30)
    assert live.engine.phase_status().elapsed == 450
    assert live.engine.session_status().elapsed == 450
    assert {t.phase_id: t.actual_seconds for t in live.timings()}["opening"] == 450


def test_undo_a_finish_goes_on_with_the_last_phase(live: LiveSession, clock: FakeClock) -> None:
    live.apply(c.StartSession())
    clock.advance(100)
    live.apply(c.FinishSession())
    with pytest.raises(SessionFinished):
        live.apply(c.AddTime(1))
    clock.advance(50)
    live.apply(c.Undo())
    assert live.state is EngineState.RUNNING
    assert live.engine.phase_status().elapsed == 150
    live.apply(c.AddTime(1))
    assert live.engine.phase_status().planned == live.template.phases[0].planned_seconds + 60


def test_undo_a_pause_counts_the_pause_as_active_time(live: LiveSession, clock: FakeClock) -> None:
    live.apply(c.StartSession())
    clock.advance(100)
    live.apply(c.Pause())
    clock.advance(50)
    live.apply(c.Undo())
    assert live.state is EngineState.RUNNING
    assert live.engine.phase_status().elapsed == 150
    assert live.engine.session_status().paused_seconds == 0


UNDOABLE: list[tuple[str, list[c.Command], c.Command]] = [
    # (name, set-up after start, the command to undo)
    ("pause", [], c.Pause()),
    ("resume", [c.Pause()], c.Resume()),
    ("next_phase", [], c.NextPhase()),
    ("previous_phase", [c.NextPhase()], c.PreviousPhase()),
    ("go_to_phase", [], c.GoToPhase("consultation")),
    ("finish", [], c.FinishSession()),
    ("add_time", [], c.AddTime(2)),
    ("remove_time", [], c.AddTime(-2)),
    ("insert_break", [], c.InsertBreak(10)),
    ("keep_end_time", [], c.SetKeepEndTime(True)),
    ("stop_keeping_end_time", [c.SetKeepEndTime(True)], c.SetKeepEndTime(False)),
]


@pytest.mark.parametrize(("name", "setup", "command"), UNDOABLE, ids=[u[0] for u in UNDOABLE])
def test_undo_restores_the_state_before_each_command_and_redo_does_it_again(
    live: LiveSession,
    clock: FakeClock,
    name: str,
    setup: list[c.Command],
    command: c.Command,
) -> None:
    live.apply(c.StartSession())
    clock.advance(200)
    for each in setup:
        live.apply(each)
    clock.advance(30)
    before, snapshot = state(live), live.engine.snapshot
    live.apply(command)
    after, snapshot_after = state(live), live.engine.snapshot
    assert snapshot_after != snapshot or after["keep_end_time"] != before["keep_end_time"]
    assert live.undo_target() == command
    clock.advance(45)
    live.apply(c.Undo())
    assert live.engine.snapshot == snapshot
    assert state(live) == before
    assert live.redo_target() == command
    live.apply(c.Redo())
    assert live.engine.snapshot == snapshot_after
    assert state(live) == after


def test_undo_of_the_start_goes_back_before_the_session(live: LiveSession) -> None:
    before = state(live)
    live.apply(c.StartSession())
    live.apply(c.Undo())
    assert state(live) == before
    assert live.state is EngineState.NOT_STARTED


def test_undo_walks_back_several_commands_then_refuses(live: LiveSession, clock: FakeClock) -> None:
    states = [state(live)]
    for command in (c.StartSession(), c.NextPhase(), c.Pause(), c.NextPhase(), c.Resume()):
        clock.advance(10)
        live.apply(command)
        states.append(state(live))
    assert live.undo_target() == c.Resume()
    for expected in reversed(states[:-1]):
        live.apply(c.Undo())
        assert state(live) == expected
    assert not live.can_undo and live.undo_target() is None
    with pytest.raises(NothingToUndo):
        live.apply(c.Undo())
    for expected in states[1:]:
        live.apply(c.Redo())
        assert state(live) == expected
    with pytest.raises(NothingToRedo):
        live.apply(c.Redo())


def test_a_new_action_after_an_undo_clears_the_redo(live: LiveSession) -> None:
    live.apply(c.StartSession())
    live.apply(c.AddTime(1))
    live.apply(c.Undo())
    assert live.can_redo
    live.apply(c.Pause())
    assert not live.can_redo and live.redo_target() is None
    with pytest.raises(NothingToRedo):
        live.apply(c.Redo())


def test_the_history_is_bounded(live: LiveSession) -> None:
    live.apply(c.StartSession())
    for _ in range(HISTORY_LIMIT // 2 + 5):
        live.apply(c.Pause())
        live.apply(c.Resume())
    for _ in range(HISTORY_LIMIT):
        live.apply(c.Undo())
    assert live.state is EngineState.RUNNING  # the start is long forgotten
    with pytest.raises(NothingToUndo):
        live.apply(c.Undo())


# --- announcements -------------------------------------------------------------------------------

ANNOUNCED: list[tuple[c.Command, set[Part]]] = [
    (c.Pause(), {Part.TIMER}),
    (c.NextPhase(), {Part.PHASE}),
    (c.GoToPhase("contract"), {Part.PHASE}),
    (c.AddTime(1), {Part.PLAN}),
    (c.SetKeepEndTime(True), {Part.TIMER}),
    (c.FinishSession(), {Part.TIMER}),
]


@pytest.mark.parametrize(("command", "parts"), ANNOUNCED, ids=[k.kind for k, _ in ANNOUNCED])
def test_each_command_announces_exactly_one_change_with_what_it_changed(
    live: LiveSession, command: c.Command, parts: set[Part]
) -> None:
    seen: list[Change] = []
    live.changed.subscribe(seen.append)
    live.apply(c.StartSession())
    assert [change.command for change in seen] == [c.StartSession()]
    seen.clear()
    returned = live.apply(command)
    assert seen == [returned]
    assert returned.command == command and returned.parts == parts and returned.target is None
    live.apply(c.Undo())
    assert seen[-1].command == c.Undo() and seen[-1].target == command
    assert seen[-1].parts == parts and seen[-1].acted == command


def test_a_break_changes_the_plan_and_gets_its_own_turns(live: LiveSession) -> None:
    live.apply(c.StartSession())
    change = live.apply(c.InsertBreak(10))
    assert Part.PLAN in change.parts
    (item,) = (item for item in live.engine.plan if item.phase.is_break)
    assert live.turns_for(item.id).mode is TurnMode.FREE
    live.apply(c.Undo())
    assert not any(item.phase.is_break for item in live.engine.plan)


def test_no_op_commands_and_time_passing_announce_nothing(
    live: LiveSession, clock: FakeClock
) -> None:
    seen: list[Change] = []
    live.apply(c.StartSession())
    live.changed.subscribe(seen.append)
    clock.advance(5000)
    live.engine.phase_status()
    live.timings()
    assert live.apply(c.GoToPhase(live.engine.current_phase.id)).parts == frozenset()
    assert live.apply(c.SetKeepEndTime(False)).parts == frozenset()
    assert seen == []
    assert live.undo_target() == c.StartSession()


# --- turns ---------------------------------------------------------------------------------------


def _consultation(live: LiveSession) -> None:
    live.apply(c.StartSession())
    live.apply(c.GoToPhase("consultation"))
    assert live.turns.mode is TurnMode.ROUND


def test_undo_next_speaker_gives_the_floor_back_and_time_keeps_counting(
    live: LiveSession, clock: FakeClock, people: People
) -> None:
    _consultation(live)
    live.apply(c.NextSpeaker())
    assert live.turns.current_speaker == people.ana
    clock.advance(30)
    live.apply(c.NextSpeaker())  # clicked too early
    clock.advance(5)
    assert live.undo_target() == c.NextSpeaker()
    live.apply(c.Undo())
    assert live.turns.current_speaker == people.ana
    assert live.turns.upcoming_speaker == people.bruno
    assert live.speaking_times().of(people.ana) == 35
    assert live.speaking_times().of(people.bruno) == 0


def test_undo_walks_back_turn_commands_in_raised_hands(live: LiveSession, people: People) -> None:
    live.apply(c.StartSession())
    live.apply(c.GoToPhase("clarification"))
    assert live.turns.mode is TurnMode.QUEUE
    initial = live.turns.to_data()
    live.apply(c.RaiseHand(people.ana))
    live.apply(c.SelectSpeaker(people.bruno))  # in raised hands, a key raises a hand
    live.apply(c.NextSpeaker())
    assert live.turns.current_speaker == people.ana
    assert live.undo_target() == c.NextSpeaker()
    live.apply(c.Undo())
    assert live.turns.hands_raised == (people.ana, people.bruno)
    assert live.turns.current_speaker is None
    live.apply(c.Undo())
    live.apply(c.Undo())
    assert live.turns.to_data() == initial
    assert live.undo_target() == c.GoToPhase("clarification")


def test_pass_and_speak_later_are_undone(live: LiveSession, people: People) -> None:
    _consultation(live)
    live.apply(c.NextSpeaker())
    before = live.turns.to_data()
    live.apply(c.PassTurn())
    assert live.turns.current_speaker == people.bruno
    live.apply(c.Undo())
    assert live.turns.to_data() == before
    live.apply(c.SpeakLater())
    assert live.turns.still_to_speak[-1] == people.ana
    live.apply(c.Undo())
    assert live.turns.to_data() == before


def test_every_turn_change_is_announced(live: LiveSession) -> None:
    _consultation(live)
    seen: list[Change] = []
    live.changed.subscribe(seen.append)
    live.apply(c.NextSpeaker())
    live.apply(c.PassTurn())
    live.apply(c.Undo())
    assert [change.command for change in seen] == [c.NextSpeaker(), c.PassTurn(), c.Undo()]
    assert all(change.parts == {Part.TURNS} for change in seen)
    assert seen[-1].target == c.PassTurn()


def test_undo_next_phase_gives_the_floor_back_to_who_had_it(
    live: LiveSession, clock: FakeClock, people: People
) -> None:
    _consultation(live)
    live.apply(c.NextSpeaker())
    clock.advance(40)
    live.apply(c.NextPhase())  # Page Down while Ana speaks
    assert live.turns_for("consultation").current_speaker is None
    assert live.speaking_times("consultation").of(people.ana) == 40
    clock.advance(10)
    live.apply(c.Undo())
    assert live.engine.current_phase.id == "consultation"
    assert live.turns.current_speaker == people.ana
    assert live.speaking_times("consultation").of(people.ana) == 50

"""The live session: one undo across timer and turns, record timings, save and restore."""

from __future__ import annotations

import contextlib
import json

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError, NothingToUndo, TemplateError, UnknownPhase
from codev_app.core.history import Change, Part
from codev_app.core.participants import Participant, Role, Roster
from codev_app.core.session import InvalidLiveData, LiveSession
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _people() -> tuple[Roster, Participant, Participant]:
    roster = Roster()
    client = roster.add("Awa", Role.CLIENT)
    bruno = roster.add("Bruno")
    return roster, client, bruno


@pytest.fixture
def session(classic: Template, clock: FakeClock) -> LiveSession:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    for name in ("Bruno", "Chloé", "Dimitri"):
        roster.add(name)
    roster.add("Élise", Role.FACILITATOR)
    return LiveSession(classic, clock, roster=roster)


def test_undo_follows_the_last_action_across_timer_and_turns(
    classic: Template, clock: FakeClock
) -> None:
    roster, client, bruno = _people()
    session = LiveSession(classic, clock, roster=roster)
    session.apply(c.StartSession())
    session.apply(c.NewRound())
    session.apply(c.NextSpeaker())
    assert session.turns.current_speaker == client.id
    session.apply(c.NextPhase())
    assert session.engine.current_phase.id == "exposition"

    assert session.undo_target() == c.NextPhase()
    session.apply(c.Undo())  # the phase change
    assert session.engine.current_phase.id == "opening"
    assert session.turns.current_speaker == client.id  # the floor is given back
    session.apply(c.Undo())  # the speaker
    assert session.turns.current_speaker is None
    assert session.turns.state.round is not None
    session.apply(c.Undo())  # the round
    assert session.turns.state.round is None
    session.apply(c.Undo())  # the start
    assert session.state is EngineState.NOT_STARTED
    assert not session.can_undo
    assert session.undo_target() is None
    with pytest.raises(NothingToUndo):
        session.apply(c.Undo())
    assert bruno.id != client.id


def test_rejected_commands_add_nothing_to_the_history(session: LiveSession) -> None:
    session.apply(c.StartSession())
    with pytest.raises(CodevError):
        session.apply(c.PreviousPhase())
    with pytest.raises(CodevError):
        session.apply(c.StopSpeaking())  # nobody has the floor
    assert session.undo_target() == c.StartSession()
    session.apply(c.Undo())
    assert not session.can_undo


def test_record_timings_follow_the_phases(session: LiveSession, clock: FakeClock) -> None:
    session.apply(c.StartSession())
    clock.advance(14 * 60)
    session.apply(c.NextPhase())
    clock.advance(3 * 60)
    session.apply(c.Pause())
    clock.advance(10 * 60)  # a pause is no phase's time
    timings = {t.phase_id: t for t in session.record_as_of_now().timings}
    assert timings == {t.phase_id: t for t in session.timings()}
    assert timings["opening"].actual_seconds == pytest.approx(14 * 60)
    assert timings["exposition"].actual_seconds == pytest.approx(3 * 60)
    assert timings["consultation"].planned_seconds == 30 * 60
    assert timings["consultation"].actual_seconds == 0


def test_speaking_times_reach_the_record_and_stop_at_the_phase_end(
    classic: Template, clock: FakeClock
) -> None:
    roster, _, bruno = _people()
    session = LiveSession(classic, clock, roster=roster)
    session.apply(c.StartSession())
    session.apply(c.GoToPhase("clarification"))
    assert session.turns.mode is TurnMode.QUEUE
    session.apply(c.SelectSpeaker(bruno.id))  # Bruno's key: he raises his hand
    assert session.turns.hands_raised == (bruno.id,)
    session.apply(c.NextSpeaker())
    assert session.turns.current_speaker == bruno.id
    clock.advance(90)
    session.apply(c.NextPhase())
    clock.advance(60)
    assert session.record_as_of_now().speaking["clarification"][bruno.id] == pytest.approx(90)
    assert session.turns_for("clarification").current_speaker is None


def test_keep_end_time_rescales_remaining_phases_and_undoes_in_one_step(
    session: LiveSession, clock: FakeClock
) -> None:
    session.apply(c.StartSession())
    planned_end = session.engine.session_status().original_total
    session.apply(c.SetKeepEndTime(True))
    clock.advance(25 * 60)  # the opening runs 10 minutes over
    change = session.apply(c.NextPhase())
    assert session.last_plan_changes, "the later phases were shortened"
    assert change.plan_changes == session.last_plan_changes
    assert Part.PLAN in change.parts
    status = session.engine.session_status()
    assert status.projected_total == pytest.approx(planned_end, abs=60)
    session.apply(c.Undo())
    assert session.engine.current_phase.id == "opening"
    assert session.engine.snapshot.planned_total == planned_end
    assert session.keeps_end_time


def test_changes_are_announced(session: LiveSession) -> None:
    seen: list[Change] = []
    session.changed.subscribe(seen.append)
    session.apply(c.StartSession())
    session.apply(c.NextPhase())
    session.apply(c.AddTime(1))
    assert [change.command for change in seen] == [c.StartSession(), c.NextPhase(), c.AddTime(1)]
    assert [change.parts for change in seen] == [{Part.TIMER}, {Part.PHASE}, {Part.PLAN}]
    assert [change.seq for change in seen] == [1, 2, 3]


def test_an_empty_plan_is_refused_at_start(classic: Template) -> None:
    session = LiveSession(classic.with_phases([]), FakeClock())
    with pytest.raises(TemplateError):
        session.apply(c.StartSession())
    assert session.state is EngineState.NOT_STARTED
    assert not session.can_undo


def test_save_and_restore_after_a_crash(classic: Template) -> None:
    roster, _, bruno = _people()
    clock = FakeClock(1000.0)
    session = LiveSession(classic, clock, roster=roster, keep_end_time=True)
    session.apply(c.StartSession())
    clock.advance(5 * 60)
    session.apply(c.NewRound())
    session.apply(c.NextSpeaker())
    saved = json.loads(json.dumps(session.to_data()))

    # A new process: its monotonic clock starts elsewhere; 30 s passed while Codev was down.
    new_clock = FakeClock(50.0)
    rebase = new_clock.now() - saved["clock_reading"] - 30
    restored = LiveSession.from_data(saved, classic, new_clock, rebase_seconds=rebase)
    assert restored.keeps_end_time
    assert restored.engine.phase_status().elapsed == pytest.approx(5 * 60 + 30)
    assert restored.turns.current_speaker == session.turns.current_speaker
    assert restored.turns.current_speaker is not None
    assert restored.roster.get(bruno.id).name == "Bruno"


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format="something else"),
        lambda d: d.update(schema_version=99),
        lambda d: d.pop("roster"),
        lambda d: d["engine"].update(current_index="first"),
        lambda d: d["turns"].update(nope=d["turns"]["opening"]),
        lambda d: d.update(round_orders={"opening": ["sideways", None]}),
    ],
)
def test_damaged_saved_state_is_refused_with_a_message(classic: Template, damage) -> None:  # type: ignore[no-untyped-def]
    session = LiveSession(classic, FakeClock())
    session.apply(c.StartSession())
    data = json.loads(json.dumps(session.to_data()))
    damage(data)
    with pytest.raises(InvalidLiveData) as caught:
        LiveSession.from_data(data, classic, FakeClock())
    assert str(caught.value)


def test_a_pause_is_nobody_s_speaking_time(classic: Template, clock: FakeClock) -> None:
    roster, _, bruno = _people()
    session = LiveSession(classic, clock, roster=roster)
    session.apply(c.StartSession())
    session.apply(c.GoToPhase("clarification"))
    session.apply(c.RaiseHand(bruno.id))
    session.apply(c.NextSpeaker())
    clock.advance(60)
    session.apply(c.Pause())
    clock.advance(120)  # the call drops for two minutes
    assert session.turns.current_turn_elapsed() == pytest.approx(60)
    session.apply(c.Resume())
    clock.advance(30)
    session.apply(c.StopSpeaking())
    assert session.speaking_times("clarification").of(bruno.id) == pytest.approx(90)
    assert session.record_as_of_now().speaking["clarification"][bruno.id] == pytest.approx(90)


def test_undoing_a_pause_gives_the_time_back_to_the_speaker(
    classic: Template, clock: FakeClock
) -> None:
    roster, _, bruno = _people()
    session = LiveSession(classic, clock, roster=roster)
    session.apply(c.StartSession())
    session.apply(c.GoToPhase("clarification"))
    session.apply(c.RaiseHand(bruno.id))
    session.apply(c.NextSpeaker())
    clock.advance(60)
    session.apply(c.Pause())
    clock.advance(20)
    session.apply(c.Undo())  # the pause was a slip: as if it never happened
    assert session.state is EngineState.RUNNING
    assert session.turns.current_turn_elapsed() == pytest.approx(80)
    assert session.turns.current_speaker == bruno.id


def test_every_phase_has_its_turns_from_the_start_and_reading_creates_nothing(
    session: LiveSession, classic: Template
) -> None:
    before = session.to_data()
    for phase in classic.phases:
        assert session.turns_for(phase.id).mode is phase.turns
    with pytest.raises(UnknownPhase):
        session.turns_for("break-1")
    session.speaking_times("break-1")
    session.round_order("opening")
    session.record_as_of_now()
    assert session.phases_with_turns == ()
    assert session.to_data() == before
    session.apply(c.StartSession())
    session.apply(c.InsertBreak(5))
    assert session.turns_for("break-1").mode is TurnMode.FREE


# --- bugs the session simulator found (test_session_simulator.py) --------------------------------


def test_undone_speaking_time_leaves_the_record(classic: Template, clock: FakeClock) -> None:
    roster, client, _ = _people()
    session = LiveSession(classic, clock, roster=roster)
    session.apply(c.StartSession())
    session.apply(c.GoToPhase("exposition"))
    session.apply(c.SelectSpeaker(client.id))  # the wrong phase's key, or the wrong person
    clock.advance(10)
    session.apply(c.StopSpeaking())
    session.apply(c.Undo())
    session.apply(c.Undo())  # nobody spoke after all
    assert session.speaking_times("exposition").total == 0
    assert "exposition" not in session.record_as_of_now().speaking


def test_before_the_start_nobody_s_speaking_time_counts(
    classic: Template, clock: FakeClock
) -> None:
    roster, _, _ = _people()
    session = LiveSession(classic, clock, roster=roster)
    with contextlib.suppress(CodevError):  # refusing it is as good as not counting it
        session.apply(c.NextSpeaker())  # N in the opening's round before Start
    clock.advance(120)
    session.apply(c.StartSession())
    clock.advance(30)
    opening = {t.phase_id: t.actual_seconds for t in session.timings()}["opening"]
    assert session.speaking_times("opening").total <= opening

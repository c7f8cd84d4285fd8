"""The live session: one undo across timer and turns, record timings, save and restore."""

from __future__ import annotations

import json

import pytest

from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.errors import NothingToUndo, TemplateError
from codev_app.core.participants import Role, Roster
from codev_app.core.session import ChangeKind, InvalidLiveData, LiveSession, SessionChange
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def session(classic: Template) -> LiveSession:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    for name in ("Bruno", "Chloé", "Dimitri"):
        roster.add(name)
    roster.add("Élise", Role.FACILITATOR)
    return LiveSession(classic, FakeClock())


def _clock(session: LiveSession) -> FakeClock:
    assert isinstance(session.clock, FakeClock)
    return session.clock


def test_undo_follows_the_last_action_across_timer_and_turns(classic: Template) -> None:
    roster = Roster()
    client = roster.add("Awa", Role.CLIENT)
    bruno = roster.add("Bruno")
    session = LiveSession(classic, FakeClock(), roster=roster)
    session.start()
    session.turn_command(lambda t: t.build_round())
    session.turn_command(lambda t: t.next_speaker())
    assert session.turns.current_speaker == client.id
    session.next_phase()
    assert session.engine.current_phase.id == "exposition"

    session.undo()  # the phase change
    assert session.engine.current_phase.id == "opening"
    session.undo()  # the speaker
    assert session.turns.current_speaker is None
    session.undo()  # the round
    assert session.turns.state.round is None
    session.undo()  # the start
    assert session.state is EngineState.NOT_STARTED
    with pytest.raises(NothingToUndo):
        session.undo()
    assert bruno.id != client.id


def test_rejected_commands_add_nothing_to_the_history(session: LiveSession) -> None:
    session.start()
    with pytest.raises(Exception):  # noqa: B017 - any typed refusal
        session.previous_phase()
    with pytest.raises(Exception):  # noqa: B017
        session.turn_command(lambda t: t.next_speaker())
    session.undo()
    assert not session.can_undo


def test_record_timings_follow_the_phases(session: LiveSession) -> None:
    clock = _clock(session)
    session.start()
    clock.advance(14 * 60)
    session.next_phase()
    clock.advance(3 * 60)
    session.pause()
    timings = {t.phase_id: t for t in session.record.timings}
    assert timings["opening"].actual_seconds == pytest.approx(14 * 60)
    assert timings["exposition"].actual_seconds == pytest.approx(3 * 60)
    assert timings["consultation"].planned_seconds == 30 * 60


def test_speaking_times_reach_the_record_and_stop_at_the_phase_end(classic: Template) -> None:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    bruno = roster.add("Bruno")
    clock = FakeClock()
    session = LiveSession(classic, clock, roster=roster)
    session.start()
    session.go_to_phase("clarification")
    assert session.turns.mode is TurnMode.QUEUE
    session.speaker_key(bruno.key or 0)  # Bruno raises his hand
    session.turn_command(lambda t: t.give_floor_to_next())
    clock.advance(90)
    session.next_phase()
    clock.advance(60)
    assert session.record.speaking["clarification"][bruno.id] == pytest.approx(90)
    assert session.turns_for("clarification").current_speaker is None


def test_keep_end_time_rescales_remaining_phases_and_undoes_in_one_step(
    session: LiveSession,
) -> None:
    clock = _clock(session)
    session.start()
    planned_end = session.engine.session_status().original_total
    session.set_keep_end_time(True)
    clock.advance(25 * 60)  # the opening runs 10 minutes over
    session.next_phase()
    assert session.last_plan_changes, "the later phases were shortened"
    status = session.engine.session_status()
    assert status.projected_total == pytest.approx(planned_end, abs=60)
    session.undo()
    assert session.engine.current_phase.id == "opening"
    assert session.engine.snapshot.planned_total == planned_end


def test_changes_are_announced(session: LiveSession) -> None:
    seen: list[SessionChange] = []
    session.changed.subscribe(seen.append)
    session.start()
    session.next_phase()
    session.add_minutes(1)
    assert [c.kind for c in seen] == [ChangeKind.TIMER, ChangeKind.PHASE, ChangeKind.PLAN]


def test_an_empty_plan_is_refused_at_start(classic: Template) -> None:
    with pytest.raises(TemplateError):
        LiveSession(classic.with_phases([]), FakeClock()).start()


def test_save_and_restore_after_a_crash(classic: Template) -> None:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    bruno = roster.add("Bruno")
    clock = FakeClock(1000.0)
    session = LiveSession(classic, clock, roster=roster, keep_end_time=True)
    session.start()
    clock.advance(5 * 60)
    session.turn_command(lambda t: t.build_round())
    session.turn_command(lambda t: t.next_speaker())
    saved = json.loads(json.dumps(session.to_data()))

    # A new process: its monotonic clock starts elsewhere; 30 s passed while Codev was down.
    new_clock = FakeClock(50.0)
    rebase = new_clock.now() - saved["clock_reading"] - 30
    restored = LiveSession.from_data(saved, classic, new_clock, rebase_seconds=rebase)
    assert restored.keeps_end_time
    assert restored.engine.phase_status().elapsed == pytest.approx(5 * 60 + 30)
    assert restored.turns.current_speaker == session.turns.current_speaker
    assert restored.roster.get(bruno.id).name == "Bruno"


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format="something else"),
        lambda d: d.update(schema_version=99),
        lambda d: d.pop("roster"),
        lambda d: d["engine"].update(current_index="first"),
    ],
)
def test_damaged_saved_state_is_refused_with_a_message(classic: Template, damage) -> None:  # type: ignore[no-untyped-def]
    session = LiveSession(classic, FakeClock())
    session.start()
    data = json.loads(json.dumps(session.to_data()))
    damage(data)
    with pytest.raises(InvalidLiveData) as caught:
        LiveSession.from_data(data, classic, FakeClock())
    assert str(caught.value)


def test_a_pause_is_nobody_s_speaking_time(classic: Template) -> None:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    bruno = roster.add("Bruno")
    clock = FakeClock()
    session = LiveSession(classic, clock, roster=roster)
    session.start()
    session.go_to_phase("clarification")
    session.turn_command(lambda t: t.mark_speaking(bruno.id))
    clock.advance(60)
    session.pause()
    clock.advance(120)  # the call drops for two minutes
    assert session.turns.current_turn_elapsed() == pytest.approx(60)
    session.resume()
    clock.advance(30)
    session.turn_command(lambda t: t.stop_speaking())
    assert session.speaking_times("clarification").of(bruno.id) == pytest.approx(90)
    assert session.record.speaking["clarification"][bruno.id] == pytest.approx(90)


def test_undoing_a_pause_gives_the_time_back_to_the_speaker(classic: Template) -> None:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    bruno = roster.add("Bruno")
    clock = FakeClock()
    session = LiveSession(classic, clock, roster=roster)
    session.start()
    session.go_to_phase("clarification")
    session.turn_command(lambda t: t.mark_speaking(bruno.id))
    clock.advance(60)
    session.pause()
    clock.advance(20)
    session.undo()  # the pause was a slip: as if it never happened
    assert session.turns.current_turn_elapsed() == pytest.approx(80)

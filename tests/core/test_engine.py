"""The session engine: a whole classic session, pauses, overtime and plan changes.

Undo and announcements belong to the live session now (test_session_undo.py, test_commands.py).

Every test drives a FakeClock, so three hours of session take milliseconds. The clock starts far
from zero so a clock reading can never be mistaken for a duration.
"""

from __future__ import annotations

import pytest

from codev_app.core.clock import FakeClock
from codev_app.core.engine import SessionEngine
from codev_app.core.engine_snapshot import EngineSnapshot, EngineState, PlanChange
from codev_app.core.errors import InvalidDuration, SessionFinished
from codev_app.core.template import LocalizedText, Phase, Template, load_template
from codev_app.core.timing import TimerState
from codev_app.resources_path import resource_dir

MINUTE = 60
START = 10_000.0


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def engine(classic: Template, clock: FakeClock) -> SessionEngine:
    return SessionEngine(classic.phases, clock)


def planned(engine: SessionEngine) -> list[int]:
    return [item.planned_seconds for item in engine.plan]


# --- a whole session -----------------------------------------------------------------------------


def test_a_whole_classic_session_end_to_end(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    assert len(classic.phases) >= 5
    assert engine.session_status().state is EngineState.NOT_STARTED
    assert engine.session_status().projected_total == classic.total_seconds
    engine.start()
    # Each phase runs a little longer or shorter than planned, by a different amount.
    spent: list[float] = []
    for index, phase in enumerate(classic.phases):
        status = engine.phase_status()
        assert status.index == index
        assert status.phase == phase
        assert status.planned == phase.planned_seconds
        assert status.elapsed == 0
        assert status.timer_state is TimerState.PLENTY
        seconds = phase.planned_seconds + (index - 3) * 45.5
        clock.advance(seconds)
        spent.append(seconds)
        assert engine.phase_status().elapsed == pytest.approx(seconds)
        if index < len(classic.phases) - 1:
            engine.next_phase()
    engine.finish()
    assert engine.state is EngineState.FINISHED
    assert [engine.actual_seconds(i) for i in range(len(classic.phases))] == pytest.approx(spent)
    session = engine.session_status()
    assert session.elapsed == pytest.approx(sum(spent))
    assert session.projected_total == pytest.approx(sum(spent))
    assert session.projected_end_in == 0
    assert session.behind_seconds == pytest.approx(sum(spent) - classic.total_seconds)
    # After the finish, time passing changes nothing.
    clock.advance(3600)
    assert engine.session_status().elapsed == pytest.approx(sum(spent))
    assert engine.actual_seconds(len(classic.phases) - 1) == pytest.approx(spent[-1])
    assert engine.phase_status().index == len(classic.phases) - 1


def test_before_the_start_the_first_phase_waits_with_its_full_time(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    clock.advance(500)
    status = engine.phase_status()
    assert status.index == 0
    assert status.elapsed == 0
    assert status.remaining == classic.phases[0].planned_seconds
    assert status.fraction_left == 1
    session = engine.session_status()
    assert session.elapsed == 0
    assert session.projected_end_in == classic.total_seconds
    assert session.behind_seconds == 0


# --- pauses, overtime, warning -------------------------------------------------------------------


def test_pauses_are_excluded_from_phase_time_but_count_in_the_session(
    engine: SessionEngine, clock: FakeClock
) -> None:
    engine.start()
    clock.advance(100)
    engine.pause()
    clock.advance(50)
    status = engine.phase_status()
    assert status.paused
    assert status.elapsed == 100
    session = engine.session_status()
    assert session.elapsed == 150
    assert session.paused_seconds == 50
    engine.resume()
    clock.advance(10)
    assert not engine.phase_status().paused
    assert engine.phase_status().elapsed == 110
    assert engine.session_status().elapsed == 160
    assert engine.session_status().paused_seconds == 50
    engine.pause()
    clock.advance(5)
    engine.finish()
    clock.advance(99)
    assert engine.session_status().paused_seconds == 55
    assert engine.session_status().elapsed == 165
    assert engine.actual_seconds(0) == 110


def test_changing_phase_while_paused_stays_paused(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(30)
    engine.pause()
    engine.next_phase()
    clock.advance(40)
    assert engine.state is EngineState.PAUSED
    assert engine.phase_status().elapsed == 0
    engine.resume()
    clock.advance(20)
    assert engine.phase_status().elapsed == 20
    assert engine.actual_seconds(0) == 30


def test_warning_then_quiet_overtime(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    phase = engine.current_phase
    planned_seconds = phase.planned_seconds
    warning_at = planned_seconds * (1 - phase.warning_fraction)
    clock.advance(warning_at - 1)
    assert engine.phase_status().timer_state is TimerState.PLENTY
    clock.advance(1)
    status = engine.phase_status()
    assert status.timer_state is TimerState.NEARLY_OVER
    assert status.fraction_left == pytest.approx(phase.warning_fraction)
    clock.set(START + planned_seconds - 0.5)
    assert engine.phase_status().timer_state is TimerState.NEARLY_OVER
    clock.set(START + planned_seconds)
    assert engine.phase_status().timer_state is TimerState.OVERTIME  # the chime rings at 0:00
    assert engine.phase_status().overtime == 0
    clock.set(START + planned_seconds + 30)
    status = engine.phase_status()
    assert status.timer_state is TimerState.OVERTIME
    assert status.remaining == 0
    assert status.overtime == 30
    assert status.fraction_left == 0
    assert status.elapsed == planned_seconds + 30


def test_going_back_continues_the_earlier_phase_timer(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    engine.start()
    clock.advance(100)
    engine.next_phase()
    clock.advance(40)
    engine.previous_phase()
    clock.advance(5)
    assert engine.phase_status().elapsed == 105
    engine.go_to_phase(classic.phases[3].id)
    clock.advance(7)
    assert engine.current_index == 3
    assert [engine.actual_seconds(i) for i in range(4)] == [105, 40, 0, 7]


# --- plan changes --------------------------------------------------------------------------------


def test_add_and_remove_time_on_the_current_phase(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    engine.start()
    first = classic.phases[0].planned_seconds
    clock.advance(first - 10)
    engine.add_time(MINUTE)
    status = engine.phase_status()
    assert status.planned == first + MINUTE
    assert status.remaining == 70
    assert engine.session_status().planned_total == classic.total_seconds + MINUTE
    engine.add_time(-2 * MINUTE)
    assert engine.phase_status().planned == first - MINUTE
    assert engine.phase_status().timer_state is TimerState.OVERTIME
    assert planned(engine)[1:] == [phase.planned_seconds for phase in classic.phases[1:]]


def test_removing_time_stops_at_the_minimum(engine: SessionEngine, classic: Template) -> None:
    contract = next(p for p in classic.phases if p.id == "contract")
    engine.start()
    engine.go_to_phase("contract")
    with pytest.raises(InvalidDuration):
        engine.add_time(-(contract.planned_seconds - MINUTE + 1))
    engine.add_time(-(contract.planned_seconds - MINUTE))
    assert engine.phase_status().planned == MINUTE
    with pytest.raises(InvalidDuration):
        engine.add_time(-1)


def test_a_custom_minimum_is_respected(classic: Template, clock: FakeClock) -> None:
    engine = SessionEngine(classic.phases, clock, min_phase_seconds=3 * MINUTE)
    engine.start()
    with pytest.raises(InvalidDuration):
        engine.set_planned_duration("contract", 2 * MINUTE)
    engine.set_planned_duration("contract", 3 * MINUTE)
    assert planned(engine)[3] == 3 * MINUTE


def test_set_planned_duration_works_before_and_during_the_session(
    engine: SessionEngine, classic: Template
) -> None:
    engine.set_planned_duration("consultation", 40 * MINUTE)
    engine.start()
    consultation = classic.phase("consultation").planned_seconds
    assert engine.session_status().original_total == classic.total_seconds + 40 * MINUTE - (
        consultation
    )
    engine.set_planned_duration("opening", 20 * MINUTE)
    assert engine.phase_status().planned == 20 * MINUTE
    assert engine.session_status().behind_seconds == 5 * MINUTE


def test_breaks_are_inserted_after_the_current_phase_with_unique_ids(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    engine.start()
    name = LocalizedText.of(fr="Pause café", en="Coffee break")
    first = engine.insert_break(10, name)
    assert first.id == "break-1"
    assert first.is_break
    assert first.name.get("fr") == "Pause café"
    assert [item.id for item in engine.plan][:3] == [
        classic.phases[0].id,
        "break-1",
        classic.phases[1].id,
    ]
    assert engine.plan[1].planned_seconds == 10 * MINUTE
    assert engine.current_index == 0
    second = engine.insert_break(5, name)
    assert second.id == "break-2"
    assert [item.id for item in engine.plan][1:3] == ["break-2", "break-1"]
    assert engine.session_status().planned_total == classic.total_seconds + 15 * MINUTE
    clock.advance(60)
    engine.next_phase()
    assert engine.current_phase.is_break
    assert engine.phase_status().planned == 5 * MINUTE
    assert engine.phase_status().elapsed == 0


def test_a_break_before_the_start_becomes_the_first_phase(
    engine: SessionEngine, classic: Template
) -> None:
    engine.insert_break(5, LocalizedText())
    assert engine.plan[0].id == "break-1"
    assert engine.plan[0].phase.name.get("fr") == "Pause"  # an empty name gets the default
    assert engine.plan[1].id == classic.phases[0].id
    engine.start()
    assert engine.current_phase.is_break


def test_break_ids_never_clash_with_template_ids(clock: FakeClock) -> None:
    phases = [
        Phase("break-1", LocalizedText.of("Warm-up"), 5 * MINUTE),
        Phase("work", LocalizedText.of("Work"), 10 * MINUTE),
    ]
    engine = SessionEngine(phases, clock)
    assert engine.insert_break(5).id == "break-2"


# --- projected end, ahead and behind -------------------------------------------------------------


def test_projected_end_behind_and_ahead(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    total = classic.total_seconds
    first = classic.phases[0].planned_seconds
    second = classic.phases[1].planned_seconds
    engine.start()
    clock.advance(first + 5 * MINUTE)  # five minutes over on the first phase
    session = engine.session_status()
    assert session.projected_end_in == total - first
    assert session.projected_total == total + 5 * MINUTE
    assert session.behind_seconds == 5 * MINUTE
    engine.next_phase()
    clock.advance(second - 8 * MINUTE)  # the second phase ends 8 minutes early
    engine.next_phase()
    session = engine.session_status()
    assert session.behind_seconds == -3 * MINUTE
    assert session.projected_end_in == total - first - second
    # While paused, the projected end moves with time: the session ends later.
    engine.pause()
    clock.advance(2 * MINUTE)
    session = engine.session_status()
    assert session.projected_end_in == total - first - second
    assert session.behind_seconds == -1 * MINUTE


# --- keep the end time ---------------------------------------------------------------------------


def test_keep_end_time_shortens_later_phases_to_absorb_an_overrun(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    engine.start()
    clock.advance(classic.phases[0].planned_seconds + 6 * MINUTE)
    engine.next_phase()
    before = planned(engine)
    changes = engine.keep_end_time()
    after = planned(engine)
    assert abs(engine.session_status().projected_total - classic.total_seconds) <= 30
    assert engine.session_status().behind_seconds == pytest.approx(0, abs=30)
    assert after[:2] == before[:2]  # done and current phases are untouched
    assert sum(before[2:]) - sum(after[2:]) == 6 * MINUTE
    assert all(seconds % MINUTE == 0 and seconds >= MINUTE for seconds in after)
    assert all(new <= old for old, new in zip(before, after, strict=True))
    # The changes list describes exactly what moved.
    expected = [
        PlanChange(item.id, old, new)
        for item, old, new in zip(engine.plan, before, after, strict=True)
        if old != new
    ]
    assert changes == expected
    assert changes
    # Longer phases give more time than short ones.
    by_id = {change.phase_id: change for change in changes}
    consultation = by_id["consultation"]
    assert consultation.old_seconds - consultation.new_seconds >= max(
        c.old_seconds - c.new_seconds for c in changes
    )


def test_keep_end_time_can_lengthen_and_reports_nothing_when_on_time(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    engine.start()
    clock.advance(classic.phases[0].planned_seconds)
    engine.next_phase()
    snapshot = engine.snapshot
    assert engine.keep_end_time() == []
    assert engine.snapshot == snapshot
    changes = engine.keep_end_time(classic.total_seconds + 20 * MINUTE)
    assert sum(c.new_seconds - c.old_seconds for c in changes) == 20 * MINUTE
    assert all(c.new_seconds > c.old_seconds for c in changes)


def test_keep_end_time_never_goes_below_the_minimum(
    engine: SessionEngine, clock: FakeClock, classic: Template
) -> None:
    engine.start()
    clock.advance(classic.total_seconds - 10 * MINUTE)
    engine.next_phase()
    changes = engine.keep_end_time()
    assert planned(engine)[2:] == [MINUTE] * (len(classic.phases) - 2)
    assert {c.new_seconds for c in changes} == {MINUTE}


def test_keep_end_time_before_the_start_rescales_every_phase_but_not_breaks(
    engine: SessionEngine, classic: Template
) -> None:
    engine.insert_break(10)
    engine.keep_end_time(90 * MINUTE)
    assert engine.session_status().planned_total == 90 * MINUTE
    assert engine.plan[0].planned_seconds == 10 * MINUTE
    assert all(seconds % MINUTE == 0 for seconds in planned(engine))


def test_rescale_remaining_shares_a_budget_among_later_phases(
    engine: SessionEngine, classic: Template
) -> None:
    engine.start()
    engine.insert_break(10)
    changes = engine.rescale_remaining(60 * MINUTE)
    assert sum(planned(engine)[1:]) == 60 * MINUTE
    assert engine.plan[1].planned_seconds == 10 * MINUTE
    assert "break-1" not in {c.phase_id for c in changes}


def test_keep_end_time_with_nothing_left_to_adjust_changes_nothing(
    engine: SessionEngine, classic: Template
) -> None:
    engine.start()
    engine.go_to_phase(classic.phases[-1].id)
    engine.insert_break(5)
    snapshot = engine.snapshot
    assert engine.keep_end_time(10 * MINUTE) == []
    assert engine.snapshot == snapshot
    assert engine.plan[-1].phase.is_break


# --- what an undo by the live session relies on ----------------------------------------------


def test_after_the_finish_only_a_restored_snapshot_brings_the_session_back(
    engine: SessionEngine, clock: FakeClock
) -> None:
    engine.start()
    before = engine.snapshot
    engine.finish()
    with pytest.raises(SessionFinished):
        engine.add_time(60)
    clock.advance(50)
    engine.restore(before)
    engine.add_time(60)
    assert engine.phase_status().planned == engine.plan[0].phase.planned_seconds + 60
    assert engine.phase_status().elapsed == 50


def test_no_op_commands_and_time_passing_change_nothing(
    engine: SessionEngine, clock: FakeClock
) -> None:
    engine.start()
    snapshot = engine.snapshot
    clock.advance(5000)
    engine.phase_status()
    engine.session_status()
    engine.go_to_phase(engine.current_phase.id)
    engine.set_planned_duration(engine.current_phase.id, engine.plan[0].planned_seconds)
    assert engine.snapshot == snapshot


def test_snapshots_are_immutable(engine: SessionEngine) -> None:
    snapshot = engine.snapshot
    with pytest.raises(AttributeError):
        snapshot.current_index = 3  # type: ignore[misc]
    assert isinstance(snapshot, EngineSnapshot)

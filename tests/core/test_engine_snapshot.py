"""Saving and restoring the engine's state: JSON round trip, damaged data, crash recovery."""

from __future__ import annotations

import json
from typing import Any

import pytest

from codev_app.core.clock import FakeClock
from codev_app.core.engine import SessionEngine
from codev_app.core.engine_snapshot import (
    SNAPSHOT_SCHEMA_VERSION,
    EngineSnapshot,
    EngineState,
    InvalidSnapshot,
    recovery_rebase,
)
from codev_app.core.errors import CodevError
from codev_app.core.template import LocalizedText, Phase, Template, load_template
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def by_id(classic: Template) -> dict[str, Phase]:
    return {phase.id: phase for phase in classic.phases}


def busy_engine(classic: Template, clock: FakeClock) -> SessionEngine:
    """A session part-way through: overrun, a break, changed plan, now paused."""
    engine = SessionEngine(classic.phases, clock)
    engine.start()
    clock.advance(1000.25)
    engine.insert_break(10, LocalizedText.of(fr="Pause café", en="Coffee break"))
    engine.next_phase()
    clock.advance(333.5)
    engine.next_phase()
    engine.add_time(120)
    clock.advance(42)
    engine.pause()
    clock.advance(17)
    return engine


def json_round_trip(data: dict[str, Any]) -> Any:
    return json.loads(json.dumps(data, allow_nan=False))


@pytest.mark.parametrize("stage", ["fresh", "busy", "running", "finished"])
def test_to_data_and_back_gives_the_same_snapshot(
    classic: Template, by_id: dict[str, Phase], stage: str
) -> None:
    clock = FakeClock(123.0)
    if stage == "fresh":
        engine = SessionEngine(classic.phases, clock)
    else:
        engine = busy_engine(classic, clock)
        if stage == "running":
            engine.resume()
        elif stage == "finished":
            engine.finish()
    snapshot = engine.snapshot
    data = json_round_trip(snapshot.to_data())
    assert data["schema_version"] == SNAPSHOT_SCHEMA_VERSION
    restored = EngineSnapshot.from_data(data, by_id)
    assert restored == snapshot


def test_an_inserted_break_is_rebuilt_from_its_saved_name(
    classic: Template, by_id: dict[str, Phase]
) -> None:
    snapshot = busy_engine(classic, FakeClock()).snapshot
    restored = EngineSnapshot.from_data(json_round_trip(snapshot.to_data()), by_id)
    brk = restored.plan[1].phase
    assert brk.is_break
    assert brk.id == "break-1"
    assert brk.name.get("fr") == "Pause café"
    assert restored.plan[1].planned_seconds == 600


def test_restore_in_the_same_process_continues_exactly(
    classic: Template, by_id: dict[str, Phase]
) -> None:
    clock = FakeClock(50.0)
    original = busy_engine(classic, clock)
    data = json_round_trip(original.snapshot.to_data())
    copy = SessionEngine(classic.phases, clock)
    copy.restore(EngineSnapshot.from_data(data, by_id))
    assert copy.snapshot == original.snapshot
    original.resume()
    copy.resume()
    clock.advance(60)
    assert copy.phase_status() == original.phase_status()
    assert copy.session_status() == original.session_status()


@pytest.mark.parametrize(("count_downtime", "expected_extra"), [(True, 30.0), (False, 0.0)])
def test_recovery_after_a_crash_rebases_onto_the_new_clock(
    classic: Template, by_id: dict[str, Phase], count_downtime: bool, expected_extra: float
) -> None:
    old_clock = FakeClock(90_000.0)
    engine = busy_engine(classic, old_clock)
    engine.resume()
    old_clock.advance(20)
    # What storage keeps: the data, the clock reading and the wall-clock time when saved.
    saved = json_round_trip(engine.snapshot.to_data())
    saved_reading, saved_wall = old_clock.now(), 1_700_000_000.0
    phase_elapsed = engine.phase_status().elapsed
    session_elapsed = engine.session_status().elapsed

    # A new process, 30 s later by the wall clock, with a monotonic clock near zero.
    new_clock = FakeClock(3.0)
    recovered = SessionEngine(classic.phases, new_clock)
    delta = recovery_rebase(
        saved_reading=saved_reading,
        saved_wall_time=saved_wall,
        now_reading=new_clock.now(),
        now_wall_time=saved_wall + 30,
        count_downtime=count_downtime,
    )
    recovered.restore(EngineSnapshot.from_data(saved, by_id), rebase_seconds=delta)
    assert recovered.state is EngineState.RUNNING
    assert recovered.current_index == engine.current_index
    assert recovered.phase_status().elapsed == pytest.approx(phase_elapsed + expected_extra)
    assert recovered.session_status().elapsed == pytest.approx(session_elapsed + expected_extra)
    new_clock.advance(10)
    assert recovered.phase_status().elapsed == pytest.approx(phase_elapsed + expected_extra + 10)


def test_a_wall_clock_that_went_back_counts_as_no_downtime() -> None:
    delta = recovery_rebase(
        saved_reading=100.0, saved_wall_time=5000.0, now_reading=7.0, now_wall_time=4000.0
    )
    assert delta == -93.0


def test_rebased_shifts_every_clock_reading(classic: Template) -> None:
    clock = FakeClock(1000.0)
    engine = busy_engine(classic, clock)
    snapshot = engine.snapshot
    moved = snapshot.rebased(-900.0)
    assert moved.started_at == 100.0
    assert snapshot.paused_at is not None and moved.paused_at == snapshot.paused_at - 900
    assert moved.active_seconds == snapshot.active_seconds
    assert moved.rebased(900.0) == snapshot


def _damage(data: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    damaged = json_round_trip(data)
    if value is _DELETE:
        del damaged[key]
    else:
        damaged[key] = value
    return damaged  # type: ignore[no-any-return]


_DELETE = object()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("format", "something-else"),
        ("schema_version", SNAPSHOT_SCHEMA_VERSION + 1),
        ("schema_version", "1"),
        ("state", "exploded"),
        ("current_index", 99),
        ("current_index", -1),
        ("current_index", 1.5),
        ("active_seconds", [1.0]),
        ("active_seconds", "lots"),
        ("started_at", None),
        ("started_at", "yesterday"),
        ("paused_at", None),
        ("paused_seconds", -4),
        ("original_total_seconds", None),
        ("plan", [{"id": "nobody-knows", "planned_seconds": 60}]),
        ("plan", [{"id": "opening"}]),
        ("plan", "opening"),
        ("plan", _DELETE),
    ],
)
def test_damaged_data_is_refused_with_a_readable_error(
    classic: Template, by_id: dict[str, Phase], key: str, value: Any
) -> None:
    data = busy_engine(classic, FakeClock()).snapshot.to_data()
    assert EngineSnapshot.from_data(json_round_trip(data), by_id)  # the undamaged data loads
    with pytest.raises(InvalidSnapshot) as raised:
        EngineSnapshot.from_data(_damage(data, key, value), by_id)
    assert isinstance(raised.value, CodevError)
    assert str(raised.value)


def test_negative_phase_time_is_damage(classic: Template, by_id: dict[str, Phase]) -> None:
    data = json_round_trip(busy_engine(classic, FakeClock()).snapshot.to_data())
    data["active_seconds"][0] = -1
    with pytest.raises(InvalidSnapshot, match="negative"):
        EngineSnapshot.from_data(data, by_id)


def test_restore_refuses_an_inconsistent_snapshot(classic: Template) -> None:
    engine = SessionEngine(classic.phases, FakeClock())
    bad = EngineSnapshot(
        EngineState.RUNNING, engine.plan, active_seconds=engine.snapshot.active_seconds
    )
    with pytest.raises(InvalidSnapshot):
        engine.restore(bad)
    assert engine.state is EngineState.NOT_STARTED

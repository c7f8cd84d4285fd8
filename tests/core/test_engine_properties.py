"""Random command sequences never break the engine's invariants; a long session stays fast."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codev_app.core.clock import FakeClock
from codev_app.core.engine import SessionEngine
from codev_app.core.engine_snapshot import EngineSnapshot
from codev_app.core.errors import InvalidCommand, TemplateError
from codev_app.core.template import LocalizedText, Phase, load_template
from codev_app.resources_path import resource_dir

CLASSIC = load_template(resource_dir("templates", "classic.toml")).template
IDS = [phase.id for phase in CLASSIC.phases] + ["break-1", "break-2", "nope"]

Command = Callable[[SessionEngine], object]

COMMANDS: dict[str, Callable[[int], Command]] = {
    "start": lambda n: lambda e: e.start(),
    "pause": lambda n: lambda e: e.pause(),
    "resume": lambda n: lambda e: e.resume(),
    "next": lambda n: lambda e: e.next_phase(),
    "previous": lambda n: lambda e: e.previous_phase(),
    "go_to": lambda n: lambda e: e.go_to_phase(IDS[n % len(IDS)]),
    "finish": lambda n: lambda e: e.finish(),
    "add_time": lambda n: lambda e: e.add_time((n % 41 - 20) * 60),
    "set": lambda n: lambda e: e.set_planned_duration(IDS[n % len(IDS)], (n % 50) * 60),
    "break": lambda n: lambda e: e.insert_break(n % 20, LocalizedText.of("Break")),
    "keep": lambda n: lambda e: e.keep_end_time((n % 200 + 1) * 60),
    "rescale": lambda n: lambda e: e.rescale_remaining((n % 150) * 60),
}
# "undo" is the live session's: it puts back the snapshot from before the last command that changed
# something (the test keeps that list, as the session's history does).

steps = st.lists(
    st.tuples(
        st.sampled_from([*sorted(COMMANDS), "undo"]),
        st.integers(min_value=0, max_value=10_000),
        st.sampled_from([0.0, 0.5, 1.0, 59.0, 61.0, 300.0, 1234.5]),
    ),
    max_size=60,
)


def check_invariants(engine: SessionEngine) -> None:
    snapshot = engine.snapshot
    snapshot.validate()
    assert 0 <= engine.current_index < len(engine.plan)
    phase = engine.phase_status()
    session = engine.session_status()
    assert phase.elapsed >= 0
    assert phase.remaining >= 0
    assert phase.overtime >= 0
    assert 0 <= phase.fraction_left <= 1
    assert phase.remaining == 0 or phase.overtime == 0
    assert session.elapsed >= 0
    assert session.projected_end_in >= 0
    actual = [engine.actual_seconds(i) for i in range(len(engine.plan))]
    assert all(seconds >= 0 for seconds in actual)
    # Every second since the start was spent either in exactly one phase or paused.
    assert session.elapsed == pytest.approx(sum(actual) + session.paused_seconds, abs=1e-6)
    assert all(60 <= item.planned_seconds <= 240 * 60 for item in engine.plan)
    assert len({item.id for item in engine.plan}) == len(engine.plan)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_random_command_sequences_keep_the_invariants(
    sequence: list[tuple[str, int, float]],
) -> None:
    clock = FakeClock(777.0)
    engine = SessionEngine(CLASSIC.phases, clock)
    history: list[EngineSnapshot] = []
    for name, number, advance in sequence:
        clock.advance(advance)
        before = engine.snapshot
        if name == "undo":
            if history:
                engine.restore(history.pop())
            check_invariants(engine)
            continue
        try:
            COMMANDS[name](number)(engine)
        except (InvalidCommand, TemplateError):
            assert engine.snapshot == before
        else:
            if engine.snapshot != before:
                history.append(before)
        check_invariants(engine)


def test_a_three_hour_session_with_thousands_of_commands_is_fast() -> None:
    clock = FakeClock(0.0)
    engine = SessionEngine(CLASSIC.phases, clock)
    began = time.perf_counter()
    engine.start()
    commands = 0
    history: list[EngineSnapshot] = []
    # About 3 hours in 2-second steps, with a command and both queries at every step.
    for step in range(5400):
        clock.advance(2.0)
        if step % 9 != 8:
            history.append(engine.snapshot)
        match step % 9:
            case 0:
                engine.add_time(60)
            case 1:
                engine.add_time(-60)
            case 2:
                engine.pause()
            case 3:
                engine.resume()
            case 4:
                if engine.current_index + 1 < len(engine.plan):
                    engine.next_phase()
                else:
                    engine.go_to_phase(engine.plan[0].id)
            case 5:
                engine.keep_end_time()
            case 6:
                engine.set_planned_duration("learnings", 600 + (step % 5) * 60)
            case 7:
                engine.next_phase() if engine.current_index == 0 else engine.previous_phase()
            case _:
                engine.restore(history.pop())
        commands += 1
        engine.phase_status()
        engine.session_status()
    engine.finish()
    elapsed = time.perf_counter() - began
    assert commands == 5400
    assert engine.session_status().elapsed == pytest.approx(5400 * 2.0)
    assert elapsed < 1.0, f"{commands} commands took {elapsed:.3f} s"


@pytest.mark.parametrize("count", [5, 30])
@pytest.mark.parametrize("target_minutes", [1, 5, 30, 31, 100, 359, 700, 1199, 1440])
def test_rescaling_keeps_sums_bounds_and_order(count: int, target_minutes: int) -> None:
    phases = [Phase(f"p{i}", LocalizedText.of(f"P{i}"), (i % 7 + 1) * 5 * 60) for i in range(count)]
    engine = SessionEngine(phases, FakeClock())
    engine.keep_end_time(target_minutes * 60)
    minutes = [item.planned_seconds // 60 for item in engine.plan]
    assert all(item.planned_seconds % 60 == 0 for item in engine.plan)
    assert all(1 <= value <= 240 for value in minutes)
    assert sum(minutes) == min(max(target_minutes, count), count * 240)
    # Proportions hold: a phase planned longer never ends up shorter than a shorter one.
    for a, b in zip(phases, engine.plan, strict=True):
        for c, d in zip(phases, engine.plan, strict=True):
            if a.planned_seconds > c.planned_seconds:
                assert b.planned_seconds >= d.planned_seconds

"""Every command the engine refuses raises its typed error and changes nothing at all.

"Nothing" means the snapshot, and what follows: a twin engine that never saw the refused command
stays identical to it as the session goes on. (A refused *live-session* command announcing nothing
and leaving the history alone is checked in test_commands.py.)
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from codev_app.core.clock import FakeClock
from codev_app.core.engine import SessionEngine
from codev_app.core.errors import (
    AlreadyStarted,
    CodevError,
    InvalidCommand,
    InvalidDuration,
    NoNextPhase,
    NoPreviousPhase,
    NotPaused,
    NotRunning,
    NotStarted,
    SessionFinished,
    TemplateError,
    UnknownPhase,
)
from codev_app.core.template import LocalizedText, Phase, Template, load_template
from codev_app.resources_path import resource_dir

Command = Callable[[SessionEngine], object]


def _fresh(e: SessionEngine) -> None:
    pass


def _started(e: SessionEngine) -> None:
    e.start()
    e.add_time(60)  # something changed besides the start


def _paused(e: SessionEngine) -> None:
    _started(e)
    e.pause()


def _on_last(e: SessionEngine) -> None:
    _started(e)
    e.go_to_phase(e.plan[-1].id)


def _finished(e: SessionEngine) -> None:
    _started(e)
    e.finish()


SETUPS: dict[str, Callable[[SessionEngine], None]] = {
    "fresh": _fresh,
    "started": _started,
    "paused": _paused,
    "on_last": _on_last,
    "finished": _finished,
}

CASES: list[tuple[str, str, Command, type[CodevError]]] = [
    # before the start
    ("fresh", "pause", lambda e: e.pause(), NotStarted),
    ("fresh", "resume", lambda e: e.resume(), NotStarted),
    ("fresh", "next", lambda e: e.next_phase(), NotStarted),
    ("fresh", "previous", lambda e: e.previous_phase(), NotStarted),
    ("fresh", "go_to", lambda e: e.go_to_phase("contract"), NotStarted),
    ("fresh", "finish", lambda e: e.finish(), NotStarted),
    ("fresh", "add_time", lambda e: e.add_time(60), NotStarted),
    ("fresh", "set_unknown", lambda e: e.set_planned_duration("nope", 600), UnknownPhase),
    ("fresh", "set_zero", lambda e: e.set_planned_duration("contract", 0), InvalidDuration),
    # running
    ("started", "start_twice", lambda e: e.start(), AlreadyStarted),
    ("started", "resume_running", lambda e: e.resume(), NotPaused),
    ("started", "previous_on_first", lambda e: e.previous_phase(), NoPreviousPhase),
    ("started", "go_to_unknown", lambda e: e.go_to_phase("nope"), UnknownPhase),
    ("started", "remove_below_min", lambda e: e.add_time(-16 * 60 + 59), InvalidDuration),
    ("started", "remove_all", lambda e: e.add_time(-16 * 60), InvalidDuration),
    ("started", "add_nothing", lambda e: e.add_time(0), InvalidDuration),
    ("started", "add_absurd", lambda e: e.add_time(10**9), InvalidDuration),
    ("started", "add_over_max", lambda e: e.add_time(240 * 60), InvalidDuration),
    ("started", "add_fraction", lambda e: e.add_time(1.5), InvalidDuration),  # type: ignore[arg-type]
    ("started", "add_nan", lambda e: e.add_time(math.nan), InvalidDuration),  # type: ignore[arg-type]
    ("started", "add_bool", lambda e: e.add_time(True), InvalidDuration),
    ("started", "add_text", lambda e: e.add_time("60"), InvalidDuration),  # type: ignore[arg-type]
    ("started", "set_negative", lambda e: e.set_planned_duration("contract", -60), InvalidDuration),
    ("started", "set_under_min", lambda e: e.set_planned_duration("contract", 59), InvalidDuration),
    ("started", "set_absurd", lambda e: e.set_planned_duration("contract", 10**6), InvalidDuration),
    ("started", "set_unknown", lambda e: e.set_planned_duration("nope", 600), UnknownPhase),
    ("started", "break_zero", lambda e: e.insert_break(0), InvalidDuration),
    ("started", "break_negative", lambda e: e.insert_break(-5), InvalidDuration),
    ("started", "break_absurd", lambda e: e.insert_break(1000), InvalidDuration),
    ("started", "break_nan", lambda e: e.insert_break(math.nan), InvalidDuration),
    ("started", "break_inf", lambda e: e.insert_break(math.inf), InvalidDuration),
    ("started", "keep_negative", lambda e: e.keep_end_time(-60), InvalidDuration),
    ("started", "keep_zero", lambda e: e.keep_end_time(0), InvalidDuration),
    ("started", "keep_absurd", lambda e: e.keep_end_time(10**7), InvalidDuration),
    ("started", "rescale_negative", lambda e: e.rescale_remaining(-60), InvalidDuration),
    # paused, last phase
    ("paused", "pause_twice", lambda e: e.pause(), NotRunning),
    ("paused", "start", lambda e: e.start(), AlreadyStarted),
    ("on_last", "next_on_last", lambda e: e.next_phase(), NoNextPhase),
    # finished: everything (only the live session's undo brings it back)
    ("finished", "start", lambda e: e.start(), SessionFinished),
    ("finished", "pause", lambda e: e.pause(), SessionFinished),
    ("finished", "resume", lambda e: e.resume(), SessionFinished),
    ("finished", "next", lambda e: e.next_phase(), SessionFinished),
    ("finished", "previous", lambda e: e.previous_phase(), SessionFinished),
    ("finished", "go_to", lambda e: e.go_to_phase("contract"), SessionFinished),
    ("finished", "finish", lambda e: e.finish(), SessionFinished),
    ("finished", "add_time", lambda e: e.add_time(60), SessionFinished),
    ("finished", "set", lambda e: e.set_planned_duration("contract", 600), SessionFinished),
    ("finished", "break", lambda e: e.insert_break(5), SessionFinished),
    ("finished", "keep", lambda e: e.keep_end_time(), SessionFinished),
    ("finished", "rescale", lambda e: e.rescale_remaining(600), SessionFinished),
]


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.mark.parametrize(
    ("setup", "command", "error"),
    [(SETUPS[setup], command, error) for setup, _, command, error in CASES],
    ids=[f"{setup}-{name}" for setup, name, _, _ in CASES],
)
def test_a_refused_command_changes_nothing(
    classic: Template, setup: Command, command: Command, error: type[CodevError]
) -> None:
    clock = FakeClock(500.0)
    engine = SessionEngine(classic.phases, clock)
    twin_clock = FakeClock(500.0)
    twin = SessionEngine(classic.phases, twin_clock)
    for each, each_clock in ((engine, clock), (twin, twin_clock)):
        each_clock.advance(10)
        setup(each)
        each_clock.advance(25)
    before = engine.snapshot

    with pytest.raises(error) as raised:
        command(engine)

    message = str(raised.value)
    assert message and message[0].isupper() and "Traceback" not in message
    assert engine.snapshot == before == twin.snapshot
    clock.advance(5)
    twin_clock.advance(5)
    assert engine.phase_status() == twin.phase_status()
    assert engine.session_status() == twin.session_status()


def test_every_command_error_is_an_invalid_command() -> None:
    for _, _, _, error in CASES:
        assert issubclass(error, InvalidCommand)


@pytest.mark.parametrize(
    "phases",
    [
        [],
        [Phase("long", LocalizedText.of("Too long"), 300 * 60)],
        [Phase("ok", LocalizedText.of("OK"), 600), Phase("zero", LocalizedText.of("Zero"), 0)],
    ],
    ids=["no-phase", "absurdly-long", "zero-length"],
)
def test_start_refuses_a_plan_that_cannot_run(phases: list[Phase]) -> None:
    engine = SessionEngine(phases, FakeClock())
    before = engine.snapshot
    with pytest.raises(TemplateError):
        engine.start()
    assert engine.snapshot == before


def test_an_empty_plan_has_no_phase_status() -> None:
    engine = SessionEngine([], FakeClock())
    with pytest.raises(TemplateError):
        engine.phase_status()
    assert engine.session_status().planned_total == 0


def test_duplicate_phase_ids_are_refused() -> None:
    phase = Phase("same", LocalizedText.of("Same"), 600)
    with pytest.raises(TemplateError, match="same"):
        SessionEngine([phase, phase], FakeClock())


def test_actual_seconds_of_a_phase_outside_the_plan(classic: Template) -> None:
    engine = SessionEngine(classic.phases, FakeClock())
    with pytest.raises(UnknownPhase):
        engine.actual_seconds(len(classic.phases))
    with pytest.raises(UnknownPhase):
        engine.actual_seconds(-1)

"""Commands as values: their data form, what a refused one leaves, and how changes are announced.

The undo and redo of record commands (with their authors) are in test_commands_record.py.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
import types
from collections.abc import Iterator
from typing import Any, Union, get_args, get_origin, get_type_hints

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codev_app.core import commands as c
from codev_app.core import events
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError, NoNextPhase, StalePhase
from codev_app.core.history import LOCAL, Actor, Change, Part
from codev_app.core.participants import Role, Roster
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, TurnMode, load_template
from codev_app.resources_path import resource_dir


def _all_commands() -> list[type[c.Command]]:
    found: list[type[c.Command]] = []
    pending = list(c.Command.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.kind:
            found.append(cls)
    return sorted(found, key=lambda cls: cls.kind)


COMMANDS = _all_commands()
TEMPLATES = sorted(resource_dir("templates").glob("*.toml"))


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


def _roster() -> Roster:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    for name in ("Bruno", "Chloé", "Dimitri"):
        roster.add(name)
    roster.add("Élise", Role.FACILITATOR)
    return roster


# --- data form -----------------------------------------------------------------------------------


def test_every_command_has_its_own_kind_and_area() -> None:
    kinds = [cls.kind for cls in COMMANDS]
    assert len(kinds) == len(set(kinds))
    assert {"start", "next_phase", "select_speaker", "set_text", "undo", "redo"} <= set(kinds)
    assert all(isinstance(cls.area, c.Area) for cls in COMMANDS)


@pytest.mark.parametrize("cls", COMMANDS, ids=[cls.kind for cls in COMMANDS])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_command_round_trips_through_its_data(cls: type[c.Command], data: Any) -> None:
    command = data.draw(st.builds(cls))
    written = command.to_data()
    assert written["kind"] == cls.kind and written["v"] == c.COMMAND_SCHEMA_VERSION
    read = c.command_from_data(json.loads(json.dumps(written)))
    assert read == command
    assert type(read) is cls


def _options(hint: Any) -> tuple[Any, bool]:
    """The field's type without None, and whether None is allowed."""
    if get_origin(hint) in (Union, types.UnionType):
        options = [option for option in get_args(hint) if option is not type(None)]
        return options[0], True
    return hint, False


def _wrong_values(hint: Any) -> Iterator[Any]:
    base, optional = _options(hint)
    if not optional:
        yield None
    if isinstance(base, type) and issubclass(base, enum.Enum):
        yield from ("no-such-value", 3)
    elif base is bool:
        yield from (1, "true")
    elif base is int:
        yield from ("3", 2.5, True)
    elif base is str:
        yield from (3, ["a"], False)
    else:
        raise AssertionError(f"no wrong value for {hint}")


def _valid(cls: type[c.Command]) -> dict[str, Any]:
    """The data of a well-formed command of ``cls`` (every field set)."""
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        base, _ = _options(hints[item.name])
        if isinstance(base, type) and issubclass(base, enum.Enum):
            values[item.name] = next(iter(base))
        else:
            values[item.name] = {bool: True, int: 1, str: "x"}[base]
    return cls(**values).to_data()


FIELDS = [
    (cls, item.name, hint)
    for cls in COMMANDS
    for item in dataclasses.fields(cls)
    for hint in [get_type_hints(cls)[item.name]]
]


@pytest.mark.parametrize(
    ("cls", "name", "hint"), FIELDS, ids=[f"{cls.kind}.{name}" for cls, name, _ in FIELDS]
)
def test_a_wrong_field_is_refused_naming_it(cls: type[c.Command], name: str, hint: Any) -> None:
    good = _valid(cls)
    for wrong in _wrong_values(hint):
        data = {**good, name: wrong}
        with pytest.raises(c.InvalidCommandData) as caught:
            c.command_from_data(data)
        assert f"{cls.kind}.{name}" in str(caught.value), (wrong, str(caught.value))
    required = next(item for item in dataclasses.fields(cls) if item.name == name)
    if required.default is dataclasses.MISSING:
        data = {key: value for key, value in good.items() if key != name}
        with pytest.raises(c.InvalidCommandData, match=name):
            c.command_from_data(data)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"kind": "start", "v": 2}, "format"),
        ({"kind": "start"}, "format"),
        ({"kind": "launch_rockets", "v": 1}, "launch_rockets"),
        ({"v": 1}, "unknown command"),
        (["start"], "table"),
        ("start", "table"),
    ],
)
def test_unreadable_commands_are_refused_with_a_message(data: Any, words: str) -> None:
    with pytest.raises(c.InvalidCommandData, match=words):
        c.command_from_data(data)


def test_a_shuffled_round_order_keeps_the_seed_it_drew() -> None:
    chosen = c.SetRoundOrder.choose(c.RoundOrder.SHUFFLED)
    assert chosen.seed is not None
    assert c.command_from_data(chosen.to_data()) == chosen
    assert c.SetRoundOrder.choose(c.RoundOrder.AS_LISTED).seed is None
    assert c.new_item_id() != c.new_item_id()


# --- refused commands ----------------------------------------------------------------------------

REFUSED: list[tuple[str, list[c.Command], c.Command]] = [
    ("pause before the start", [], c.Pause()),
    ("undo with nothing done", [], c.Undo()),
    ("redo with nothing undone", [c.StartSession()], c.Redo()),
    ("start twice", [c.StartSession()], c.StartSession()),
    ("resume while running", [c.StartSession()], c.Resume()),
    ("back from the first phase", [c.StartSession()], c.PreviousPhase()),
    ("unknown phase", [c.StartSession()], c.GoToPhase("nope")),
    ("too much time removed", [c.StartSession()], c.AddTime(-500)),
    ("absurd break", [c.StartSession()], c.InsertBreak(10_000)),
    ("next on the last phase", [c.StartSession(), c.GoToPhase("learnings")], c.NextPhase()),
    ("stale next phase", [c.StartSession(), c.NextPhase()], c.NextPhase(from_phase="opening")),
    ("stale add time", [c.StartSession()], c.AddTime(1, phase_id="contract")),
    ("next speaker in free speech", [c.StartSession(), c.NextPhase()], c.NextSpeaker()),
    ("client in the consultation", [c.GoToPhase("consultation")], c.SelectSpeaker("p1")),
    ("stop with nobody speaking", [c.StartSession()], c.StopSpeaking()),
    ("pass with no round", [c.StartSession()], c.PassTurn()),
    ("unknown speaker", [c.StartSession(), c.NextPhase()], c.SelectSpeaker("p99")),
    ("lower an unraised hand", [c.GoToPhase("clarification")], c.LowerHand("p2")),
    ("a name already taken", [c.StartSession()], c.AddParticipant("bruno")),
    ("rename nobody", [], c.RenameParticipant("p99", "Zoé")),
    ("edit a missing suggestion", [], c.EditSuggestion("nope", text="x")),
    ("remove a missing step", [], c.RemoveActionItem("nope")),
    ("a suggestion id used twice", [c.AddSuggestion("s1", "a")], c.AddSuggestion("s1", "b")),
    ("anything once finished", [c.StartSession(), c.FinishSession()], c.NextPhase()),
]


@pytest.mark.parametrize(
    ("setup", "command"), [(s, k) for _, s, k in REFUSED], ids=[n for n, _, _ in REFUSED]
)
def test_a_refused_command_changes_nothing_and_announces_nothing(
    classic: Template, setup: list[c.Command], command: c.Command
) -> None:
    clock = FakeClock(300.0)
    live = LiveSession(classic, clock, roster=_roster())
    for each in setup:
        if isinstance(each, c.GoToPhase) and live.state is EngineState.NOT_STARTED:
            live.apply(c.StartSession())
        live.apply(each)
        clock.advance(12.5)
    seen: list[Change] = []
    live.changed.subscribe(seen.append)
    live.take_logged()
    before, record = live.to_data(), live.record.state
    targets = (live.undo_target(), live.redo_target())
    with pytest.raises(CodevError) as caught:
        live.apply(command)
    assert str(caught.value)
    assert live.to_data() == before
    assert live.record.state == record
    assert (live.undo_target(), live.redo_target()) == targets
    assert seen == []
    assert live.take_logged() == []


def test_a_shuffled_round_order_without_its_seed_is_refused_as_a_codev_error(
    classic: Template,
) -> None:
    live = LiveSession(classic, FakeClock(), roster=_roster())
    live.apply(c.StartSession())
    before = live.to_data()
    command = c.command_from_data({"kind": "round_order", "v": 1, "order": "shuffled"})
    with pytest.raises(CodevError):
        live.apply(command)
    assert live.to_data() == before


def test_next_phase_from_a_phase_that_is_no_longer_current_is_refused(classic: Template) -> None:
    live = LiveSession(classic, FakeClock(), roster=_roster())
    live.apply(c.StartSession())
    live.apply(c.NextPhase(from_phase="opening"))  # the facilitator's Page Down
    with pytest.raises(StalePhase):
        live.apply(c.NextPhase(from_phase="opening"), by=Actor("co", "Dominique"))  # a second one
    assert live.engine.current_phase.id == "exposition"
    with pytest.raises(StalePhase):
        live.apply(c.PreviousPhase(from_phase="contract"))
    live.apply(c.NextPhase(from_phase="exposition"))
    assert live.engine.current_phase.id == "clarification"


def test_next_phase_starts_the_session_and_stops_at_the_last_phase(classic: Template) -> None:
    live = LiveSession(classic, FakeClock(), roster=_roster())
    change = live.apply(c.NextPhase())
    assert live.engine.current_phase.id == "opening" and Part.TIMER in change.parts
    for _ in classic.phases[1:]:
        live.apply(c.NextPhase())
    assert live.engine.current_phase.id == "learnings"
    with pytest.raises(NoNextPhase):
        live.apply(c.NextPhase())


# --- subscribers ---------------------------------------------------------------------------------


@pytest.mark.logs_errors
def test_a_subscriber_that_raises_does_not_stop_the_others_and_is_reported(
    classic: Template, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[tuple[str, BaseException]] = []
    monkeypatch.setattr(events, "failure_reporters", [lambda n, e: reported.append((n, e))])
    clock = FakeClock()
    live = LiveSession(classic, clock, roster=_roster())

    def broken(change: Change) -> None:
        raise RuntimeError("the speakers panel broke")

    after: list[tuple[int, str]] = []
    live.changed.subscribe(broken)
    live.changed.subscribe(lambda change: after.append((change.seq, live.engine.current_phase.id)))
    live.apply(c.StartSession())
    clock.advance(60)
    change = live.apply(c.NextPhase())
    assert after == [(1, "opening"), (2, "exposition")]
    assert live.engine.current_phase.id == "exposition"  # the command was fully carried out
    assert live.undo_target() == c.NextPhase() and change.seq == 2
    assert [name for name, _ in reported] == ["session.changed"] * 2
    assert all(str(error) == "the speakers panel broke" for _, error in reported)
    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(failures) == 2 and all(r.exc_info for r in failures)
    assert "session.changed" in failures[0].getMessage()


def test_a_subscriber_that_applies_a_command_sees_a_consistent_session(
    classic: Template,
) -> None:
    clock = FakeClock()
    live = LiveSession(classic, clock, roster=_roster())
    first: list[int] = []
    second: list[tuple[int, str, str | None, float]] = []

    def starts_the_round(change: Change) -> None:
        first.append(change.seq)
        # A view that gives the floor as soon as the consultation begins.
        if change.command == c.GoToPhase("consultation"):
            applied = live.apply(c.NextSpeaker())
            assert applied.parts == {Part.TURNS}
            assert live.turns.current_speaker is not None

    def reads(change: Change) -> None:
        clarification = live.turns_for("clarification")
        # Once the clarification is left (change 5), nobody speaks in it any more.
        assert clarification.current_speaker is None or change.seq <= 4
        second.append(
            (
                change.seq,
                live.engine.current_phase.id,
                live.turns.current_speaker,
                sum(t.actual_seconds for t in live.timings()),
            )
        )

    live.changed.subscribe(starts_the_round)
    live.changed.subscribe(reads)
    live.apply(c.StartSession())
    live.apply(c.GoToPhase("clarification"))
    live.apply(c.RaiseHand("p2"))
    live.apply(c.NextSpeaker())
    clock.advance(42.5)
    live.apply(c.GoToPhase("consultation"))
    assert first == [1, 2, 3, 4, 5, 6]
    assert [entry[0] for entry in second] == first  # everyone, in the order they happened
    assert second[4][1] == "consultation" and second[5][1] == "consultation"
    assert second[5][2] == "p2"  # the round's first consultant
    assert second[4][3] == pytest.approx(42.5) and second[5][3] == pytest.approx(42.5)
    assert live.speaking_times("clarification").of("p2") == pytest.approx(42.5)
    assert live.undo_target() == c.NextSpeaker()


# --- the first release's crash: the floor, then Page Down ----------------------------------------


def _give_floor(live: LiveSession, mode: TurnMode) -> str:
    """Give the floor the way the facilitator does in ``mode``; returns who speaks."""
    if mode is TurnMode.ROUND:
        live.apply(c.NextSpeaker())
    else:
        speaker = live.turns.eligible()[0].id
        if mode is TurnMode.QUEUE:
            live.apply(c.RaiseHand(speaker))
            live.apply(c.NextSpeaker())
        else:
            live.apply(c.SelectSpeaker(speaker))
    speaking = live.turns.current_speaker
    assert speaking is not None
    return speaking


@pytest.mark.parametrize("mode", list(TurnMode), ids=[mode.value for mode in TurnMode])
@pytest.mark.parametrize("path", TEMPLATES, ids=[path.stem for path in TEMPLATES])
def test_giving_the_floor_then_next_phase_closes_the_turn_and_times_every_phase(
    path: Any, mode: TurnMode
) -> None:
    template = load_template(path).template
    clock = FakeClock(1000.0)
    live = LiveSession(template, clock, roster=_roster())
    seen: list[tuple[str, str | None]] = []

    def speakers_panel(change: Change) -> None:
        # What the Speakers panel and the share window read on every change.
        for item in live.engine.plan:
            live.turns_for(item.id).speaking_times()
        seen.append((live.engine.current_phase.id, live.turns.current_speaker))
        assert live.engine.current_phase.id in live.phases_with_turns
        assert len(live.record_as_of_now().timings) == len(live.engine.plan)

    live.changed.subscribe(speakers_panel)
    live.apply(c.NextPhase())  # the clicker starts the session
    phases = [item.id for item in live.engine.plan]
    for index, phase_id in enumerate(phases):
        assert live.engine.current_phase.id == phase_id
        live.apply(c.SetTurnMode(mode))
        speaker = _give_floor(live, mode)
        clock.advance(61.5)
        if index + 1 < len(phases):
            live.apply(c.NextPhase(from_phase=phase_id))
            assert seen[-1] == (phases[index + 1], None)
        else:
            live.apply(c.FinishSession())
        assert live.turns_for(phase_id).current_speaker is None
        assert live.speaking_times(phase_id).of(speaker) == pytest.approx(61.5)
    record = live.record_as_of_now()
    assert [t.phase_id for t in record.timings] == phases
    assert all(t.actual_seconds == pytest.approx(61.5) for t in record.timings)
    assert set(record.speaking) == set(phases)
    assert live.undo_target() == c.FinishSession() and LOCAL.id == "local"

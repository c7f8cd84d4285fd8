"""The entry line's rules (what a typed line becomes, for whom) and when shown seconds turn."""

from __future__ import annotations

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.display_time import (
    current_speaker_status,
    next_display_change,
    running_counts,
)
from codev_app.core.entry import (
    EntryTarget,
    current_target,
    default_author,
    entry_commands,
    entry_target,
)
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.core.timing import TimerState, seconds_to_next_whole
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def live(classic: Template, clock: FakeClock) -> LiveSession:
    roster = Roster()
    for name in ("Bruno", "Awa", "Chloé"):
        roster.add(name, Role.CLIENT if name == "Awa" else Role.CONSULTANT)
    session = LiveSession(classic, clock, roster=roster)
    session.apply(c.StartSession())
    return session


def person(live: LiveSession, name: str) -> str:
    return next(p.id for p in live.roster.participants if p.name == name)


def test_each_collecting_phase_has_its_target_and_others_none(classic: Template) -> None:
    targets = {phase.id: entry_target(phase) for phase in classic.phases}
    assert targets == {
        "opening": None,
        "exposition": None,
        "clarification": EntryTarget.KEY_FACT,
        "contract": None,
        "consultation": EntryTarget.SUGGESTION,
        "action_plan": EntryTarget.ACTION_STEP,
        "learnings": EntryTarget.LEARNING,
    }


def test_a_suggestion_is_filed_under_whoever_has_the_floor(live: LiveSession) -> None:
    live.apply(c.GoToPhase("consultation"))
    assert current_target(live) is EntryTarget.SUGGESTION
    assert default_author(live, EntryTarget.SUGGESTION) is None  # nobody has the floor
    live.apply(c.NewRound())
    live.apply(c.NextSpeaker())
    speaker = live.turns.current_speaker
    assert speaker is not None and default_author(live, EntryTarget.SUGGESTION) == speaker
    for command in entry_commands(live, EntryTarget.SUGGESTION, "  Ask her  ", speaker, kept=True):
        live.apply(command)
    (item,) = live.record.suggestions
    assert (item.text, item.author, item.kept) == ("Ask her", speaker, True)
    assert live.record.text(RecordText.PRIVATE_NOTES) == ""
    with pytest.raises(ValueError):
        entry_commands(live, EntryTarget.SUGGESTION, "   ", speaker)


def test_learnings_go_to_each_person_in_turn_client_first(live: LiveSession) -> None:
    live.apply(c.GoToPhase("learnings"))
    order = []
    for _ in range(3):
        author = default_author(live, EntryTarget.LEARNING)
        assert author is not None
        order.append(author)
        for command in entry_commands(live, EntryTarget.LEARNING, "one thing", author):
            live.apply(command)
    assert order == [person(live, "Awa"), person(live, "Bruno"), person(live, "Chloé")]
    # A second line for someone is added below the first.
    for command in entry_commands(live, EntryTarget.LEARNING, "another", order[0]):
        live.apply(command)
    learning = live.record.learning(order[0])
    assert learning is not None and learning.text == "one thing\nanother"


def test_key_facts_and_steps_are_added_line_by_line(live: LiveSession) -> None:
    for target, text in ((EntryTarget.KEY_FACT, "Team of 6"), (EntryTarget.KEY_FACT, "New boss")):
        for command in entry_commands(live, target, text, None):
            live.apply(command)
    assert live.record.text(RecordText.KEY_FACTS) == "Team of 6\nNew boss"
    for command in entry_commands(live, EntryTarget.ACTION_STEP, "Call Monday", None):
        live.apply(command)
    assert [step.what for step in live.record.action_items] == ["Call Monday"]


def test_nothing_to_type_before_the_start_or_during_a_break(
    classic: Template, clock: FakeClock
) -> None:
    session = LiveSession(classic, clock, roster=Roster())
    assert current_target(session) is None
    session.apply(c.StartSession())
    session.apply(c.InsertBreak(10))
    session.apply(c.NextPhase())
    assert session.engine.current_phase.is_break and current_target(session) is None


def test_the_next_change_is_the_first_figure_to_turn_its_second(
    live: LiveSession, clock: FakeClock
) -> None:
    assert seconds_to_next_whole(12.25) == pytest.approx(0.75)
    assert seconds_to_next_whole(3.0) == pytest.approx(1.0)
    clock.advance(10.4)  # session 10.4 s in
    live.apply(c.NextPhase())  # the phase starts at 0 now
    clock.advance(0.5)  # session 10.9, phase 0.5
    assert next_display_change(live) == pytest.approx(0.1)  # the session's second turns first
    clock.advance(0.2)  # session 11.1, phase 0.7
    assert next_display_change(live) == pytest.approx(0.3)  # then the phase's
    live.apply(c.Pause())  # the phase stops; the session clock goes on
    assert len(running_counts(live)) == 1
    assert next_display_change(live) == pytest.approx(0.9)


def test_the_speaker_countdown_is_the_phase_s_warning_too(
    live: LiveSession, clock: FakeClock
) -> None:
    live.apply(c.GoToPhase("consultation"))
    assert current_speaker_status(live) is None
    live.apply(c.SetSpeakerTime(seconds=100))
    live.apply(c.NewRound())
    live.apply(c.NextSpeaker())
    clock.advance(85)
    status = current_speaker_status(live)
    assert status is not None and status.state is TimerState.NEARLY_OVER
    assert status.remaining == pytest.approx(15)
    clock.advance(20)
    status = current_speaker_status(live)
    assert status is not None and status.state is TimerState.OVERTIME

"""Every format of the library played from start to finish, with each module of each choice:
the phases run in order for their planned time, the set phase follows the module chosen, the
people speak as the phase says, and the finished session reads back as it was played."""

from __future__ import annotations

import json

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.participants import Role, Roster
from codev_app.core.phase import Speakers, TurnMode
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir

TEMPLATES = {
    path.stem: load_template(path).template
    for path in sorted(resource_dir("templates").glob("*.toml"))
}


def plays() -> list[tuple[str, str, str]]:
    """(template, choice phase, module) for every module, and ("", "") for a format without."""
    cases = []
    for name, template in TEMPLATES.items():
        choices = [phase for phase in template.phases if phase.modules]
        cases += [(name, phase.id, module.id) for phase in choices for module in phase.modules]
        if not choices:
            cases.append((name, "", ""))
    return cases


def session(template: Template) -> tuple[LiveSession, FakeClock]:
    clock = FakeClock(500.0)
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    roster.add("Bruno", Role.MODERATOR)
    roster.add("Chloé", Role.SCRIBE)
    roster.add("Dimitri")
    roster.add("Élise", Role.PROCESS_OBSERVER)
    roster.add("Farid")
    return LiveSession(template, clock, roster=roster), clock


def speak(live: LiveSession) -> str | None:
    """Someone speaks as the phase's turn mode has it; who (None: nobody may speak)."""
    eligible = live.turns.eligible()
    if not eligible:
        return None
    if live.turns.mode is TurnMode.ROUND:
        live.apply(c.NextSpeaker())
    elif live.turns.mode is TurnMode.QUEUE:
        live.apply(c.RaiseHand(eligible[0].id))
        live.apply(c.NextSpeaker())
    else:
        live.apply(c.SelectSpeaker(eligible[0].id))
    return live.turns.current_speaker


@pytest.mark.parametrize(("name", "choice", "module"), plays())
def test_a_format_runs_end_to_end_with_each_module(name: str, choice: str, module: str) -> None:
    template = TEMPLATES[name]
    live, clock = session(template)
    live.apply(c.StartSession())
    played: list[str] = []
    while live.state is not EngineState.FINISHED:
        phase = live.engine.current_phase
        played.append(phase.id)
        if phase.id == choice:
            live.apply(c.ChooseModule(choice, module))
        speaker = speak(live)
        if speaker is not None:
            role = live.roster.get(speaker).role
            assert role is not Role.PROCESS_OBSERVER or phase.speakers is Speakers.EVERYONE
        clock.advance(phase.planned_seconds)
        if live.engine.current_index == len(live.engine.plan) - 1:
            live.apply(c.FinishSession())
        else:
            live.apply(c.NextPhase())
        if phase.id == choice:
            target = next(item.phase for item in live.engine.plan if item.id == phase.sets)
            chosen = phase.module_named(module)
            assert target.module == module
            assert chosen.name.get("fr") in target.name.get("fr")
    assert played == [phase.id for phase in template.phases]
    live.record.set_text(RecordText.CASE_TITLE, "Déléguer")
    timings = {t.phase_id: t.actual_seconds for t in live.record_as_of_now().timings}
    assert all(seconds > 0 for seconds in timings.values()), timings
    assert sum(timings.values()) == pytest.approx(sum(p.planned_seconds for p in template.phases))
    data = json.loads(json.dumps(live.to_data()))
    again = LiveSession.from_data(
        data, template, clock, record=SessionRecord.from_data(live.record.to_data())
    )
    assert again.to_data() == live.to_data()
    if choice:
        target = next(item for item in again.engine.plan if item.id == template.phase(choice).sets)
        assert target.phase.module == module

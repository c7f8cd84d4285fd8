"""The demo session: its script fits the classic template, and it plays a whole session through
ordinary commands on a real live session, on an accelerated clock, in about five minutes."""

from __future__ import annotations

from dataclasses import fields

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import AcceleratedClock, FakeClock
from codev_app.core.demo import (
    DEMO,
    DEMO_SECONDS,
    TEMPLATE_ID,
    DemoScript,
    Speak,
    demo_speed,
    say,
)
from codev_app.core.demo_player import DemoPlayer
from codev_app.core.engine import EngineState
from codev_app.core.record import HelpKind
from codev_app.core.session import LiveSession
from codev_app.core.setup import new_live_session
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", f"{TEMPLATE_ID}.toml")).template


def _demo(
    template: Template, language: str, *, auto: bool = True
) -> tuple[FakeClock, LiveSession, DemoPlayer, list[c.Command]]:
    base = FakeClock(500)
    names = DEMO.names(language)
    live = new_live_session(
        template,
        AcceleratedClock(base, demo_speed(template)),
        participants=names,
        client=names[DEMO.client],
        title=say(DEMO.title, language),
    )
    applied: list[c.Command] = []

    def apply(command: c.Command) -> None:
        live.apply(command)  # a refusal raises: the demo must never be refused
        applied.append(command)

    return base, live, DemoPlayer(live, apply, language=language, auto=auto), applied


def test_the_script_follows_the_classic_template_phase_by_phase(classic: Template) -> None:
    assert [phase.phase_id for phase in DEMO.phases] == [phase.id for phase in classic.phases]
    for phase in DEMO.phases:
        shares = [beat.at for beat in phase.beats]
        assert shares == sorted(shares)
        assert all(0 <= share < 1 for share in shares), phase.phase_id


def test_every_text_of_the_script_is_in_french_and_english() -> None:
    def texts(script: DemoScript) -> list[dict[str, str]]:
        found = [script.title, script.group, script.intro, script.ending]
        for phase in script.phases:
            found.append(phase.about)
            for beat in phase.beats:
                found += [getattr(beat, f.name) for f in fields(beat) if f.name in _TEXTS]
        return [dict(text) for text in found]

    for text in texts(DEMO):
        assert set(text) == {"fr", "en"} and all(value.strip() for value in text.values())
        assert text["fr"] != text["en"]
    for language in ("fr", "en"):
        names = DEMO.names(language)
        assert len(set(names)) == len(names) == 5


_TEXTS = {"text", "what", "by_when"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_demo_plays_every_phase_by_itself_in_about_five_minutes(
    classic: Template, language: str
) -> None:
    base, live, player, applied = _demo(classic, language)
    assert player.about() == say(DEMO.intro, language)
    live.apply(c.StartSession())
    seen, abouts, start = [], [], base.now()
    while not player.finished and base.now() - start < 2 * DEMO_SECONDS:
        phase_id = live.engine.current_phase.id
        if not seen or seen[-1] != phase_id:
            seen.append(phase_id)
            abouts.append(player.about())
        base.advance(0.25)
        player.poll()
    assert player.finished
    assert seen == [phase.id for phase in classic.phases]
    assert abouts == [say(phase.about, language) for phase in DEMO.phases]
    assert player.about() == say(DEMO.ending, language)
    assert DEMO_SECONDS - 5 <= base.now() - start <= DEMO_SECONDS + 5
    record = live.record_as_of_now()
    names = {p.id: p.name for p in live.roster.participants}
    assert record.case_title == say(DEMO.title, language)
    assert record.question and record.request and record.key_facts and record.check_in
    assert record.help_kinds == {HelpKind.IDEAS, HelpKind.EXPERIENCES}
    assert len(record.suggestions) == 4
    assert [names[s.author or ""] for s in record.suggestions if s.kept] == [
        DEMO.names(language)[0],
        DEMO.names(language)[3],
    ]
    assert len(record.action_items) == 2
    assert sorted(names[learning.participant_id] for learning in record.learnings) == sorted(
        DEMO.names(language)
    )
    # Everyone spoke in the opening round, and the client spoke alone in the exposition.
    opening = live.speaking_times("opening")
    assert len([pid for pid in names if opening.of(pid) > 0]) == 5
    speakers = sum(isinstance(beat, Speak) for phase in DEMO.phases for beat in phase.beats)
    assert sum(isinstance(cmd, c.NextSpeaker | c.SelectSpeaker) for cmd in applied) >= speakers


def test_stepping_through_waits_for_the_facilitator(classic: Template) -> None:
    base, live, player, _applied = _demo(classic, "fr", auto=False)
    live.apply(c.StartSession())
    base.advance(DEMO_SECONDS)  # far past the opening's time: it waits, in quiet overtime
    player.poll()
    assert live.engine.current_phase.id == "opening"
    assert live.record_as_of_now().follow_up  # its notes came all the same
    for phase in classic.phases[1:]:
        player.next_phase()
        assert live.engine.current_phase.id == phase.id
        assert player.about() == say(DEMO.phase(phase.id).about, "fr")  # type: ignore[union-attr]
    player.next_phase()
    assert live.state is EngineState.FINISHED
    assert len(live.record_as_of_now().learnings) == 5  # the last phase's beats, played first


def test_a_paused_demo_plays_nothing_and_the_speed_fits_the_plan(classic: Template) -> None:
    base, live, player, applied = _demo(classic, "en")
    live.apply(c.StartSession())
    live.apply(c.Pause())
    base.advance(60)
    player.poll()
    assert applied == []
    assert demo_speed(classic) == pytest.approx(classic.total_seconds / DEMO_SECONDS)

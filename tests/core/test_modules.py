"""Method choices inside a phase: a phase offers modules, the chosen one sets a later phase.

The template format (validation, round trip) and the live session (ChooseModule through
LiveSession.apply: the set phase's rules, prompts and turns change; undo brings them back; it is
logged; it survives a save and restore).
"""

from __future__ import annotations

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.errors import ChoiceTooLate, TemplateError, TemplateProblem, UnknownModule
from codev_app.core.history import Part
from codev_app.core.session import LiveSession
from codev_app.core.template import (
    Speakers,
    Template,
    TurnMode,
    dump_template,
    load_template,
    parse_template_text,
)
from codev_app.resources_path import resource_dir

TEXT = """
format = "codev-template"
schema_version = 1
id = "choices"
name = "Choices"

[[phases]]
id = "method"
minutes = 5
name = "Choice of method"
{extra}

[[phases.modules]]
id = "brainstorming"
name = {{ fr = "Remue-méninges", en = "Brainstorming" }}
turns = "round"
rules = "One idea per turn."
opening_prompt = "Ideas, one each."

[[phases.modules]]
id = "resonance"
name = "Resonance round"
speakers = "everyone"

[[phases]]
id = "advice"
minutes = 10
speakers = "consultants"
turns = "free"
name = {{ fr = "Conseil", en = "Advice" }}
rules = "The advisers speak."
closing_prompt = "Last idea?"

[[phases]]
id = "closing"
minutes = 5
name = "Closing"
"""


def parse(extra: str = "") -> Template:
    return parse_template_text(TEXT.format(extra=extra), source="t.toml").template


def started(template: Template) -> tuple[LiveSession, FakeClock]:
    clock = FakeClock(100.0)
    live = LiveSession(template, clock)
    live.roster.add("Anna")
    live.roster.add("Ben")
    live.apply(c.StartSession())
    return live, clock


# --- the format ----------------------------------------------------------------------------------


def test_a_choice_sets_the_next_phase_by_default_and_round_trips() -> None:
    template = parse()
    method = template.phase("method")
    assert [module.id for module in method.modules] == ["brainstorming", "resonance"]
    assert method.sets == "advice"
    assert template.choice_setting("advice") == method
    again = parse_template_text(dump_template(template), source="t.toml")
    assert again.warnings == ()
    assert again.template == template


def test_a_module_replaces_only_what_it_gives() -> None:
    template = parse()
    method = template.phase("method")
    advice = template.phase("advice").with_module(method.module_named("brainstorming"))
    assert advice.name.get("fr") == "Conseil — Remue-méninges"
    assert advice.name.get("en") == "Advice — Brainstorming"
    assert advice.turns is TurnMode.ROUND
    assert advice.speakers is Speakers.CONSULTANTS  # not given: the phase's own
    assert advice.rules.lines("en") == ["One idea per turn."]
    assert advice.opening_prompt.get("en") == "Ideas, one each."
    assert advice.closing_prompt.get("en") == "Last idea?"
    assert advice.module == "brainstorming"
    assert advice.planned_seconds == 600


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ('sets = "method"', "phases[1].sets", "later phase"),
        ('sets = "nowhere"', "phases[1].sets", "later phase"),
        ('default_module = "vote"', "phases[1].default_module", "one of the modules"),
    ],
)
def test_a_choice_pointing_nowhere_is_refused_with_its_field(
    extra: str, field: str, message: str
) -> None:
    with pytest.raises(TemplateError) as caught:
        parse(extra)
    assert caught.value.field == field
    assert message in str(caught.value)


def test_two_modules_with_one_id_and_a_choice_in_the_last_phase_are_refused() -> None:
    twice = TEXT.format(extra="").replace('id = "resonance"', 'id = "brainstorming"')
    with pytest.raises(TemplateError, match="used by two modules") as caught:
        parse_template_text(twice, source="t.toml")
    assert caught.value.field == "phases[1].modules[2].id"
    last = TEXT.format(extra="").replace(
        'name = "Closing"', 'name = "Closing"\n[[phases.modules]]\nid = "a"\nname = "A"'
    )
    with pytest.raises(TemplateError, match="nothing follows") as caught:
        parse_template_text(last, source="t.toml")
    assert caught.value.field == "phases[3].sets"


def test_an_unknown_module_key_is_a_warning_naming_its_place() -> None:
    text = TEXT.format(extra="").replace('speakers = "everyone"', 'speakers = "everyone"\nmood = 1')
    loaded = parse_template_text(text, source="t.toml")
    assert loaded.warnings == ("t.toml: phases[1].modules[2].mood: unknown key ignored",)


def test_sets_without_modules_is_refused() -> None:
    text = TEXT.format(extra="").replace('name = "Closing"', 'name = "Closing"\nsets = "advice"')
    with pytest.raises(TemplateError, match="need modules"):
        parse_template_text(text, source="t.toml")


ANOTHER_CHOICE = 'closing_prompt = "Last idea?"\n[[phases.modules]]\nid = "x"\nname = "X"'
LAST_CHOICE = 'name = "Closing"\n[[phases.modules]]\nid = "a"\nname = "A"'


@pytest.mark.parametrize(
    ("old", "new", "field", "problem", "values"),
    [
        (
            'name = "Closing"',
            'name = "Closing"\nsets = "advice"',
            "phases[3].modules",
            TemplateProblem.NO_MODULES,
            {},
        ),
        (
            "{extra}",
            'sets = "Nope!"',
            "phases[1].sets",
            TemplateProblem.NOT_LATER_PHASE,
            {"got": "'Nope!'"},
        ),
        (
            "{extra}",
            'sets = "method"',
            "phases[1].sets",
            TemplateProblem.NOT_LATER_PHASE,
            {"got": "'method'"},
        ),
        (
            "{extra}",
            'default_module = "vote"',
            "phases[1].default_module",
            TemplateProblem.UNKNOWN_MODULE,
            {"got": "'vote'"},
        ),
        (
            'name = "Closing"',
            LAST_CHOICE,
            "phases[3].sets",
            TemplateProblem.LAST_PHASE_CHOICE,
            {"phase": "closing"},
        ),
        (
            'closing_prompt = "Last idea?"',
            ANOTHER_CHOICE,
            "phases[2].sets",
            TemplateProblem.ALREADY_SET,
            {"phase": "closing"},
        ),
    ],
)
def test_each_refused_choice_has_its_own_problem_for_the_facilitators_language(
    old: str, new: str, field: str, problem: TemplateProblem, values: dict[str, str]
) -> None:
    text = TEXT.replace(old, new)
    if problem is TemplateProblem.ALREADY_SET:
        text = text.replace("{extra}", 'sets = "closing"')
    with pytest.raises(TemplateError) as caught:
        parse_template_text(
            text.replace("{extra}", "").replace("{{", "{").replace("}}", "}"), source="t.toml"
        )
    assert (caught.value.field, caught.value.problem) == (field, problem)
    assert caught.value.values == values


def test_role_texts_are_read_merged_with_the_module_and_written_back() -> None:
    text = TEXT.format(extra="").replace(
        'closing_prompt = "Last idea?"',
        'closing_prompt = "Last idea?"\n[phases.roles]\nmoderator = "Gives the floor."\n'
        'scribe = { fr = "Note les idées.", en = "Notes the ideas." }',
    )
    text = text.replace(
        'opening_prompt = "Ideas, one each."',
        'opening_prompt = "Ideas, one each."\n[phases.modules.roles]\n'
        'moderator = "States the question."\nprocess_observer = "Watches."',
    )
    template = parse_template_text(text, source="t.toml").template
    advice = template.phases[1]
    assert [role.value for role, _ in advice.roles] == ["moderator", "scribe"]
    chosen = advice.with_module(template.phases[0].modules[0])
    assert [(role.value, words.get("fr")) for role, words in chosen.roles] == [
        ("moderator", "States the question."),
        ("scribe", "Note les idées."),
        ("process_observer", "Watches."),
    ]
    again = parse_template_text(dump_template(template), source="t.toml").template
    assert again == template


def test_a_role_a_phase_names_must_be_a_known_role() -> None:
    text = TEXT.format(extra="").replace(
        'name = "Closing"', 'name = "Closing"\n[phases.roles]\nwizard = "Casts spells."'
    )
    with pytest.raises(TemplateError) as caught:
        parse_template_text(text, source="t.toml")
    assert (caught.value.field, caught.value.problem) == ("phases[3].roles", TemplateProblem.ONE_OF)
    assert "process_observer" in caught.value.values["allowed"]


# --- in a live session ---------------------------------------------------------------------------


def test_choosing_a_module_changes_the_next_phase_and_undo_brings_it_back() -> None:
    live, clock = started(parse())
    before = live.engine.plan[1].phase
    change = live.apply(c.ChooseModule("method", "brainstorming"))
    assert Part.PLAN in change.parts
    advice = live.engine.plan[1].phase
    assert advice.name.get("en") == "Advice — Brainstorming"
    assert advice.rules.lines("en") == ["One idea per turn."]
    assert live.turns_for("advice").mode is TurnMode.ROUND
    live.apply(c.ChooseModule("method", "resonance"))  # changing one's mind
    assert live.engine.plan[1].phase.speakers is Speakers.EVERYONE
    assert live.turns_for("advice").mode is TurnMode.FREE
    live.apply(c.Undo())
    assert live.engine.plan[1].phase.module == "brainstorming"
    live.apply(c.Undo())
    assert live.engine.plan[1].phase == before
    assert live.turns_for("advice").mode is TurnMode.FREE
    live.apply(c.Redo())
    assert live.engine.plan[1].phase.module == "brainstorming"
    clock.advance(60)
    live.apply(c.NextPhase(from_phase="method"))
    assert live.engine.current_phase.rules.lines("en") == ["One idea per turn."]
    assert live.turns.mode is TurnMode.ROUND
    logged = [entry.command for entry in live.take_logged()]
    assert c.ChooseModule("method", "brainstorming") in logged


def test_the_same_choice_again_changes_nothing_and_is_not_kept() -> None:
    live, _ = started(parse())
    live.apply(c.ChooseModule("method", "brainstorming"))
    assert live.apply(c.ChooseModule("method", "brainstorming")).parts == frozenset()
    live.apply(c.Undo())
    assert live.engine.plan[1].phase.module == ""


def test_a_choice_for_a_phase_already_begun_or_unknown_is_refused_and_changes_nothing() -> None:
    live, clock = started(parse())
    with pytest.raises(UnknownModule):
        live.apply(c.ChooseModule("method", "tarot"))
    with pytest.raises(UnknownModule):
        live.apply(c.ChooseModule("advice", "brainstorming"))
    clock.advance(30)
    live.apply(c.NextPhase(from_phase="method"))
    clock.advance(30)
    live.apply(c.PreviousPhase(from_phase="advice"))
    plan = live.engine.plan
    with pytest.raises(ChoiceTooLate):
        live.apply(c.ChooseModule("method", "brainstorming"))
    assert live.engine.plan == plan


def test_a_chosen_module_survives_saving_and_restoring() -> None:
    template = parse()
    live, clock = started(template)
    live.apply(c.ChooseModule("method", "brainstorming"))
    again = LiveSession.from_data(live.to_data(), template, clock)
    assert again.engine.plan[1].phase == live.engine.plan[1].phase
    assert again.turns_for("advice").mode is TurnMode.ROUND


def test_the_default_module_is_in_force_from_the_start() -> None:
    live = LiveSession(parse('default_module = "resonance"'), FakeClock(0.0))
    assert live.engine.plan[1].phase.module == "resonance"
    assert live.turns_for("advice").speakers is Speakers.EVERYONE


def test_the_command_reads_back_from_its_data() -> None:
    command = c.ChooseModule("method", "hypotheses")
    assert c.command_from_data(command.to_data()) == command


@pytest.mark.parametrize(
    "template_id", ["kollegiale-fallberatung", "choosing-the-case", "heilsbronn"]
)
def test_every_module_of_a_builtin_plays_its_set_phase(template_id: str) -> None:
    template = load_template(resource_dir("templates", f"{template_id}.toml")).template
    choices = [phase for phase in template.phases if phase.modules]
    assert choices
    for choice in choices:
        for module in choice.modules:
            live, clock = started(template)
            while live.engine.current_phase.id != choice.id:
                clock.advance(60)
                live.apply(c.NextPhase())
            live.apply(c.ChooseModule(choice.id, module.id))
            clock.advance(60)
            live.apply(c.NextPhase(from_phase=choice.id))
            phase = live.engine.current_phase
            assert phase.id == choice.sets
            assert phase.module == module.id
            assert module.name.get("fr") in phase.name.get("fr")
            assert phase.rules.lines("fr") and phase.rules.lines("en")
            expected = module.turns or template.phase(choice.sets).turns
            assert live.turns.mode is expected
            live.apply(c.Undo())
            live.apply(c.Undo())
            target = next(item for item in live.engine.plan if item.id == choice.sets)
            assert target.phase.module == choice.default_module

"""Template files: every built-in is complete and well-formed; broken files give exact messages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from codev_app.core.errors import TemplateError
from codev_app.core.phase import Role
from codev_app.core.template import (
    LocalizedText,
    Phase,
    Speakers,
    Template,
    TurnMode,
    check_runnable,
    dump_template,
    load_template,
    load_templates,
    parse_template_text,
)
from codev_app.resources_path import resource_dir

BUILTIN_DIR = resource_dir("templates")
BUILTIN_FILES = sorted(BUILTIN_DIR.glob("*.toml"))

# Expected total duration of each built-in, in minutes (inclusive range).
EXPECTED_MINUTES = {
    "classic": (90, 150),
    "codev-express": (55, 65),
    "codev-flash": (40, 50),
    "remote-codev": (130, 150),
    "kollegiale-fallberatung": (45, 55),
    "action-learning": (50, 75),
    "coaching-session": (45, 90),
    "peer-support-circle": (75, 120),
    "cycle-review": (60, 120),
    "peer-listening": (30, 60),
    "first-session": (110, 130),
    "two-cases": (160, 210),
    "choosing-the-case": (90, 110),
    "heilsbronn": (75, 90),
    "action-learning-set": (140, 170),
}
LOCALIZED_PHASE_FIELDS = ("name", "purpose", "rules", "opening_prompt", "closing_prompt")


def load_builtin(template_id: str) -> Template:
    return load_template(BUILTIN_DIR / f"{template_id}.toml", read_only=True).template


# --- the built-in library ------------------------------------------------------------------------


def test_the_expected_builtins_ship_and_nothing_else() -> None:
    assert {path.stem for path in BUILTIN_FILES} == set(EXPECTED_MINUTES)


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=lambda path: path.stem)
def test_builtin_loads_without_warnings_and_its_id_is_the_file_name(path: Path) -> None:
    loaded = load_template(path, read_only=True)
    assert loaded.warnings == ()
    assert loaded.template.id == path.stem
    assert loaded.template.read_only
    check_runnable(loaded.template.phases)


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=lambda path: path.stem)
def test_builtin_round_trips_through_dump_and_parse(path: Path) -> None:
    template = load_template(path, read_only=True).template
    again = parse_template_text(dump_template(template), source=str(path), read_only=True)
    assert again.warnings == ()
    assert again.template == template


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=lambda path: path.stem)
def test_builtin_speaks_french_and_english_everywhere(path: Path) -> None:
    template = load_template(path, read_only=True).template
    for text in (template.name, template.description):
        assert {lang for lang, value in text.translations if value.strip()} == {"fr", "en"}
    for phase in template.phases:
        for field_name in LOCALIZED_PHASE_FIELDS:
            text = getattr(phase, field_name)
            languages = {lang for lang, value in text.translations if value.strip()}
            assert languages == {"fr", "en"}, f"{phase.id}.{field_name}"
        # Rules are one per line, and the two languages say the same number of things.
        assert phase.rules.lines("fr")
        assert len(phase.rules.lines("fr")) == len(phase.rules.lines("en")), phase.id
        for module in phase.modules:
            for field_name in LOCALIZED_PHASE_FIELDS:
                text = getattr(module, field_name)
                languages = {lang for lang, value in text.translations if value.strip()}
                assert languages == {"fr", "en"}, f"{phase.id}.{module.id}.{field_name}"
            assert len(module.rules.lines("fr")) == len(module.rules.lines("en")), module.id
        for part in (phase, *phase.modules):
            for role, text in part.roles:
                languages = {lang for lang, value in text.translations if value.strip()}
                assert languages == {"fr", "en"}, f"{phase.id}.{part.id}.roles.{role}"


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=lambda path: path.stem)
def test_builtin_total_duration_is_in_the_expected_range(path: Path) -> None:
    template = load_template(path, read_only=True).template
    low, high = EXPECTED_MINUTES[template.id]
    assert low * 60 <= template.total_seconds <= high * 60
    assert all(phase.planned_seconds % 60 == 0 for phase in template.phases)


@pytest.mark.parametrize(
    "path",
    BUILTIN_FILES,
    ids=lambda path: path.stem,
)
def test_builtin_french_uses_french_typography(path: Path) -> None:
    template = load_template(path, read_only=True).template
    texts = [template.name.get("fr"), template.description.get("fr")]
    for phase in template.phases:
        texts += [getattr(phase, name).get("fr") for name in LOCALIZED_PHASE_FIELDS]
        for module in phase.modules:
            texts += [getattr(module, name).get("fr") for name in LOCALIZED_PHASE_FIELDS]
    for text in texts:
        assert "'" not in text, text  # typographic apostrophe ’
        assert not re.search(r" [:;?!»]|« ", text), text  # no-break spaces around punctuation


def test_remote_codev_is_longer_than_classic_with_a_break_near_45_minutes() -> None:
    classic, remote = load_builtin("classic"), load_builtin("remote-codev")
    assert remote.total_seconds >= classic.total_seconds * 1.2
    breaks = [phase for phase in remote.phases if phase.is_break]
    assert len(breaks) == 1
    start = 0
    blocks: list[int] = [0]
    for phase in remote.phases:
        if phase.is_break:
            assert 40 * 60 <= start <= 50 * 60
            blocks.append(0)
        else:
            blocks[-1] += phase.planned_seconds
        start += phase.planned_seconds
    assert max(blocks) <= 90 * 60


def test_kollegiale_fallberatung_follows_tietze_with_explicit_roles() -> None:
    template = load_builtin("kollegiale-fallberatung")
    assert [phase.id for phase in template.phases] == [
        "casting",
        "report",
        "key_question",
        "method",
        "advice",
        "closing",
    ]
    english = " ".join(" ".join(phase.rules.lines("en")) for phase in template.phases).lower()
    french = " ".join(" ".join(phase.rules.lines("fr")) for phase in template.phases).lower()
    for role in ("case presenter", "moderator", "advisers", "secretary", "process observer"):
        assert role in english
    # « Modérateur », as the console names the role: « animateur » is the facilitator in French.
    for role in (
        "narrateur",
        "modérateur",
        "conseillers",
        "secrétaire",
        "observateur du processus",
    ):
        assert role in french
    assert "animateur" not in french
    for phase in template.phases:  # each phase says what the moderator does in it
        assert Role.MODERATOR in dict(phase.roles), phase.id
    method = template.phase("method")
    assert method.sets == "advice"
    assert [module.id for module in method.modules] == [
        "brainstorming",
        "headstand",
        "key-question",
        "good-advice",
        "resonance",
        "hypotheses",
        "identification",
        "surprises",
    ]


def test_action_learning_set_has_its_five_steps() -> None:
    template = load_builtin("action-learning")
    assert [phase.id for phase in template.phases] == [
        "presentation",
        "clarification",
        "helping_questions",
        "summary",
        "action",
    ]


def test_peer_support_circle_gives_equal_time_and_guards_confidentiality() -> None:
    template = load_builtin("peer-support-circle")
    sharing = template.phase("sharing")
    assert sharing.turns is TurnMode.ROUND
    assert sharing.speaker_seconds is not None
    assert sharing.fills == ()  # nothing of what is shared is recorded
    rules_en = " ".join(" ".join(phase.rules.lines("en")) for phase in template.phases)
    assert "confidentiality" in rules_en.lower()
    assert "professional help" in rules_en.lower()


def test_every_builtin_opening_phase_is_not_a_break() -> None:
    for path in BUILTIN_FILES:
        assert not load_template(path).template.phases[0].is_break


def test_load_templates_reads_the_whole_builtin_folder() -> None:
    templates, problems = load_templates(BUILTIN_DIR, read_only=True)
    assert problems == []
    assert sorted(t.id for t in templates) == sorted(EXPECTED_MINUTES)


# --- broken files --------------------------------------------------------------------------------

SAMPLE = """\
format = "codev-template"
schema_version = 1
id = "sample"
name = { fr = "Exemple", en = "Sample" }

[[phases]]
id = "opening"
minutes = 10
name = "Opening"

[[phases]]
id = "exposition"
minutes = 10
name = "Exposition"

[[phases]]
id = "contract"
minutes = 5
name = "Contract"
"""
PHASES_START = SAMPLE.index("[[phases]]")


def edit(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)

    return change


def contract(line: str) -> Callable[[str], str]:
    """Replace the third phase's minutes line."""
    return edit('id = "contract"\nminutes = 5', f'id = "contract"\n{line}')


BROKEN: list[tuple[str, Callable[[str], str], str]] = [
    (
        "missing phases",
        lambda text: text[:PHASES_START],
        "template: phases: a template needs at least one phase",
    ),
    (
        "zero phases",
        lambda text: text[:PHASES_START] + "phases = []\n",
        "template: phases: a template needs at least one phase",
    ),
    (
        "duration 0",
        contract("minutes = 0"),
        "template: phases[3].minutes: phase 3 'contract': "
        "duration must be between 1 and 240 minutes (got 0)",
    ),
    (
        "duration 500",
        contract("minutes = 500"),
        "template: phases[3].minutes: phase 3 'contract': "
        "duration must be between 1 and 240 minutes (got 500)",
    ),
    (
        "duration ten",
        contract('minutes = "ten"'),
        "template: phases[3].minutes: phase 3 'contract': duration must be a number of minutes",
    ),
    (
        "duration missing",
        contract(""),
        "template: phases[3].minutes: phase 3 'contract': duration must be a number of minutes",
    ),
    (
        "duration true",
        contract("minutes = true"),
        "template: phases[3].minutes: phase 3 'contract': duration must be a number of minutes",
    ),
    (
        "duplicate phase ids",
        edit('id = "contract"', 'id = "opening"'),
        "template: phases[3].id: 'opening' is used by two phases",
    ),
    (
        "bad phase id",
        edit('id = "contract"', 'id = "Le Contrat"'),
        "template: phases[3].id: must be a short identifier (lowercase letters, digits, - or _) "
        "(got 'Le Contrat')",
    ),
    (
        "unknown speakers",
        edit('minutes = 5\nname = "Contract"', 'minutes = 5\nspeakers = "audience"\nname = "C"'),
        "template: phases[3].speakers: "
        "must be one of client, consultants, everyone, facilitator (got 'audience')",
    ),
    (
        "unknown turns",
        edit('minutes = 5\nname = "Contract"', 'minutes = 5\nturns = "random"\nname = "C"'),
        "template: phases[3].turns: must be one of free, round, queue (got 'random')",
    ),
    (
        "unknown record field",
        edit('minutes = 5\nname = "Contract"', 'minutes = 5\nfills = ["gossip"]\nname = "C"'),
        "template: phases[3].fills: must be one of attendance, check_in, follow_up, case_title, "
        "headline, question, key_facts, contract, help_kinds, suggestions, action_plan, "
        "learnings (got 'gossip')",
    ),
    (
        "fills not a list",
        edit('minutes = 5\nname = "Contract"', 'minutes = 5\nfills = "contract"\nname = "C"'),
        "template: phases[3].fills: must be a list",
    ),
    (
        "newer schema version",
        edit("schema_version = 1", "schema_version = 2"),
        "template: schema_version: this file was written by a newer version of Codev (format 2); "
        "this version reads format 1. Please update Codev.",
    ),
    (
        "schema version as text",
        edit("schema_version = 1", 'schema_version = "1"'),
        "template: schema_version: must be a whole number (1 for this version) (got '1')",
    ),
    (
        "schema version missing",
        edit("schema_version = 1\n", ""),
        "template: schema_version: must be a whole number (1 for this version)",
    ),
    (
        "wrong format",
        edit('format = "codev-template"', 'format = "agenda"'),
        'template: format: must be "codev-template" (is this a Codev template?)',
    ),
    (
        "format missing",
        edit('format = "codev-template"\n', ""),
        'template: format: must be "codev-template" (is this a Codev template?)',
    ),
    (
        "not TOML",
        lambda text: "this is not a template\n",
        "template: not valid TOML (Expected '=' after a key in a key/value pair "
        "(at line 1, column 6))",
    ),
    (
        "bad template id",
        edit('id = "sample"', 'id = "Mon modèle"'),
        "template: id: must be a short identifier (lowercase letters, digits, - or _) "
        "(got 'Mon modèle')",
    ),
    (
        "template name missing",
        edit('name = { fr = "Exemple", en = "Sample" }\n', ""),
        "template: name: is missing",
    ),
    (
        "template name empty",
        edit('name = { fr = "Exemple", en = "Sample" }', 'name = ""'),
        "template: name: must not be empty",
    ),
    (
        "phase name missing",
        edit('name = "Exposition"\n', ""),
        "template: phases[2].name: is missing",
    ),
    (
        "phase name not text",
        edit('name = "Exposition"', "name = { fr = 3 }"),
        "template: phases[2].name.fr: must be text",
    ),
    (
        "rules not text",
        edit('name = "Opening"', 'name = "Opening"\nrules = 3'),
        "template: phases[1].rules: must be text or a table of languages (fr, en)",
    ),
    (
        "phase not a table",
        lambda text: text[:PHASES_START] + "phases = [1, 2]\n",
        "template: phases[1]: must be a table",
    ),
    (
        "warning fraction too large",
        edit('name = "Opening"', 'name = "Opening"\nwarning_fraction = 1.5'),
        "template: phases[1].warning_fraction: must be a fraction between 0 and 0.99",
    ),
    (
        "chime not a boolean",
        edit('name = "Opening"', 'name = "Opening"\nchime = "yes"'),
        "template: phases[1].chime: must be true or false",
    ),
    (
        "break not a boolean",
        edit('name = "Opening"', 'name = "Opening"\nbreak = 1'),
        "template: phases[1].break: must be true or false",
    ),
    (
        "speaker time too short",
        edit('name = "Opening"', 'name = "Opening"\nspeaker_seconds = 5'),
        "template: phases[1].speaker_seconds: "
        "must be a whole number of seconds between 10 and 3600",
    ),
]


@pytest.mark.parametrize(
    ("change", "message"),
    [(change, message) for _, change, message in BROKEN],
    ids=[case for case, _, _ in BROKEN],
)
def test_broken_template_is_refused_with_a_precise_message(
    change: Callable[[str], str], message: str
) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template_text(change(SAMPLE))
    assert str(caught.value) == message


def test_the_sample_itself_is_valid() -> None:
    loaded = parse_template_text(SAMPLE)
    assert loaded.warnings == ()
    assert [phase.planned_seconds for phase in loaded.template.phases] == [600, 600, 300]


def test_error_names_the_field_separately_for_the_ui() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template_text(contract("minutes = 0")(SAMPLE), source="mine.toml")
    assert caught.value.source == "mine.toml"
    assert caught.value.field == "phases[3].minutes"
    assert caught.value.detail.startswith("phase 3 'contract': duration")


def test_unknown_keys_are_warnings_not_errors() -> None:
    text = edit('id = "sample"', 'id = "sample"\ncolour = "blue"')(SAMPLE)
    text = edit('name = "Exposition"', 'name = "Exposition"\nmood = 1')(text)
    loaded = parse_template_text(text, source="mine.toml")
    assert loaded.warnings == (
        "mine.toml: colour: unknown key ignored",
        "mine.toml: phases[2].mood: unknown key ignored",
    )
    assert [phase.id for phase in loaded.template.phases] == ["opening", "exposition", "contract"]


def test_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(SAMPLE.replace("Exemple", "Modèle").encode("latin-1"))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert str(caught.value) == f"{path}: is not UTF-8 text"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert str(caught.value) == f"{path}: cannot be read (No such file or directory)"


def test_load_templates_skips_a_broken_file_and_reports_it(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.toml").write_text(contract("minutes = 0")(SAMPLE), encoding="utf-8")
    templates, problems = load_templates(tmp_path, read_only=False)
    assert [t.id for t in templates] == ["sample"]
    assert problems == [
        f"{tmp_path / 'b.toml'}: phases[3].minutes: phase 3 'contract': "
        "duration must be between 1 and 240 minutes (got 0)"
    ]


# --- texts and writing ---------------------------------------------------------------------------


def test_localized_text_falls_back_to_english_then_french() -> None:
    text = LocalizedText.of(fr="Bonjour", en="Hello")
    assert text.get("fr") == "Bonjour"
    assert text.get("de") == "Hello"
    assert LocalizedText.of(fr="Bonjour").get("de") == "Bonjour"
    assert LocalizedText.of("Pareil").get("en") == "Pareil"
    assert LocalizedText().get("fr") == ""
    assert not LocalizedText.of(fr="")


def test_rules_are_read_one_per_line() -> None:
    rules = LocalizedText.of(fr="\n  Un.\n\nDeux.  \n")
    assert rules.lines("fr") == ["Un.", "Deux."]


def test_fractional_minutes_and_every_option_survive_a_round_trip() -> None:
    phase = Phase(
        id="sharing",
        name=LocalizedText.of(fr="Partage", en="Sharing"),
        planned_seconds=90,
        speakers=Speakers.CONSULTANTS,
        turns=TurnMode.QUEUE,
        purpose=LocalizedText.of("Same in every language"),
        warning_fraction=0.5,
        chime=False,
        speaker_seconds=120,
        is_break=True,
    )
    template = Template(id="t", name=LocalizedText.of("T"), phases=(phase,))
    again = parse_template_text(dump_template(template)).template
    assert again == replace(template, source="template")


def test_check_runnable_refuses_empty_plans_and_absurd_durations() -> None:
    phase = load_builtin("classic").phases[0]
    with pytest.raises(TemplateError, match="at least one phase"):
        check_runnable([])
    with pytest.raises(TemplateError) as caught:
        check_runnable([phase, replace(phase, planned_seconds=0)])
    assert str(caught.value) == "phase 2 'Opening': duration must be between 1 and 240 minutes"


def test_the_documented_example_is_a_valid_template() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "template-format.md"
    example = re.search(r"```toml\n(.*?)```", doc.read_text(encoding="utf-8"), re.DOTALL)
    assert example is not None
    loaded = parse_template_text(example.group(1))
    assert loaded.warnings == ()
    assert loaded.template.id == "codev-du-jeudi"
    assert loaded.template.phases[1].is_break


def test_template_errors_say_what_is_wrong_as_data_for_the_ui() -> None:
    from codev_app.core.errors import TemplateError, TemplateProblem
    from codev_app.core.template import parse_template_text

    text = """format = "codev-template"
schema_version = 1
id = "t"
name = "T"
[[phases]]
id = "a"
minutes = 300
name = "A"
"""
    with pytest.raises(TemplateError) as raised:
        parse_template_text(text)
    assert raised.value.problem is TemplateProblem.MINUTES_RANGE
    assert raised.value.values == {"phase": "1", "min": "1", "max": "240", "got": "300"}
    assert raised.value.field == "phases[1].minutes"
    with pytest.raises(TemplateError) as raised:
        parse_template_text("not = [toml")
    assert raised.value.problem is TemplateProblem.NOT_TOML and raised.value.values["reason"]

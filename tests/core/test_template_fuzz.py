"""Property tests: whatever text or data a template file holds, the parser and the importer either
accept it or refuse it with a TemplateError carrying a message — they never crash otherwise."""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codev_app.core.errors import TemplateError
from codev_app.core.library import TemplateLibrary
from codev_app.core.template import (
    LocalizedText,
    Phase,
    RecordField,
    Speakers,
    Template,
    TurnMode,
    dump_template,
    parse_template,
    parse_template_text,
    template_to_data,
)
from codev_app.resources_path import resource_dir

BUILTIN_DIR = resource_dir("templates")
BUILTIN_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(BUILTIN_DIR.glob("*.toml"))]
BUILTIN_DATA = [template_to_data(parse_template_text(text).template) for text in BUILTIN_TEXTS]

# The autouse fixture in conftest.py only points folders at tmp_path: sharing it across examples
# is harmless here.
FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


#: Longest message a refusal may print: source, field and a short excerpt of the value.
MAX_MESSAGE = 600


def check_outcome(parse: Any, *args: Any, **kwargs: Any) -> Template | None:
    """Run ``parse``: the only acceptable failure is a TemplateError with a short message."""
    try:
        return parse(*args, **kwargs).template  # type: ignore[no-any-return]
    except TemplateError as error:
        assert error.detail.strip()
        assert str(error).strip()
        assert len(str(error)) <= MAX_MESSAGE
        return None


def assert_stable(template: Template) -> None:
    """An accepted template dumps to a file that reads back to the same data."""
    again = parse_template_text(dump_template(template)).template
    assert template_to_data(again) == template_to_data(template)


# --- random and mutated text ---------------------------------------------------------------------

toml_words = st.sampled_from(
    [
        "[[phases]]\n",
        "[phases]\n",
        "id = ",
        "minutes = ",
        "name = ",
        "speakers = ",
        "turns = ",
        "fills = ",
        "schema_version = ",
        'format = "codev-template"\n',
        '"client"',
        '"x"',
        "{ fr = ",
        " }",
        "[",
        "]",
        '"""',
        "\n",
        "=",
        "0",
        "1e9",
        "nan",
        "-inf",
        "true",
        "1979-05-27",
        ".fr",
        "\\u00e9",
        "é",
        "\x00",
    ]
)


@FUZZ
@given(st.lists(st.one_of(toml_words, st.text(max_size=8)), max_size=40).map("".join))
def test_random_text_is_accepted_or_refused_cleanly(text: str) -> None:
    template = check_outcome(parse_template_text, text)
    if template is not None:
        assert_stable(template)


@st.composite
def mutated_builtin(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(BUILTIN_TEXTS))
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not lines:
            break
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "replace", "cut", "insert"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "replace":
            lines[index] = draw(st.one_of(toml_words, st.text(max_size=20))) + "\n"
        elif action == "cut":
            cut = draw(st.integers(min_value=0, max_value=len(lines[index])))
            lines[index] = lines[index][:cut]
        else:
            lines.insert(index, draw(st.one_of(toml_words, st.text(max_size=20))))
    return "".join(lines)


@FUZZ
@given(mutated_builtin())
def test_mutated_builtin_text_is_accepted_or_refused_cleanly(text: str) -> None:
    template = check_outcome(parse_template_text, text)
    if template is not None:
        assert_stable(template)


# --- random and mutated data ---------------------------------------------------------------------

toml_scalars = st.one_of(
    st.text(max_size=10),
    st.sampled_from(["client", "round", "contract", "codev-template", "", "x"]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(),
    st.dates(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)


def paths_in(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts and lists."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths_in(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths_in(value, (*prefix, index))
    return found


@st.composite
def mutated_data(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(draw(st.sampled_from(BUILTIN_DATA)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(paths_in(data)))
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["set", "delete", "add"]))
        if action == "set":
            parent[path[-1]] = draw(toml_values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(toml_values)
        else:
            parent.append(draw(toml_values))
    return data


@FUZZ
@given(mutated_data())
def test_mutated_template_data_is_accepted_or_refused_cleanly(data: dict[str, Any]) -> None:
    template = check_outcome(parse_template, data)
    if template is not None:
        assert_stable(template)


@FUZZ
@given(st.dictionaries(st.text(max_size=12), toml_values, max_size=8))
def test_random_template_data_is_refused_cleanly(data: dict[str, Any]) -> None:
    check_outcome(parse_template, data)


# --- ids with control characters, old schema versions, oversized values ------------------------

ids = st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,20}\Z")
controls = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs"])
# A valid id with a control character before, inside or after it: "nl\n", "\tx", "a\u202eb".
ids_with_controls = st.builds(
    lambda head, control, tail, where: (
        (head + control + tail, head + tail + control)[where] if head else control + tail
    ),
    ids,
    controls,
    st.sampled_from(["", "x", "-2"]),
    st.integers(min_value=0, max_value=1),
)


@FUZZ
@given(st.sampled_from(BUILTIN_DATA), ids_with_controls, st.integers(min_value=-1, max_value=6))
def test_ids_with_control_characters_are_refused_by_name(
    base: dict[str, Any], bad_id: str, phase: int
) -> None:
    data = copy.deepcopy(base)
    index = min(phase, len(data["phases"]) - 1)
    if phase < 0:
        data["id"], field = bad_id, "id"
    else:
        data["phases"][index]["id"], field = bad_id, f"phases[{index + 1}].id"
    with pytest.raises(TemplateError) as caught:
        parse_template(data)
    assert caught.value.field == field
    assert repr(bad_id)[:20] in caught.value.detail  # quoted, its newline shown as \n


@FUZZ
@given(st.sampled_from(BUILTIN_DATA), st.integers(max_value=0))
def test_schema_versions_below_one_are_refused(base: dict[str, Any], version: int) -> None:
    data = {**base, "schema_version": version}
    with pytest.raises(TemplateError) as caught:
        parse_template(data)
    assert caught.value.field == "schema_version"
    assert "1 for this version" in caught.value.detail


@st.composite
def with_oversized_value(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """A built-in's data with one value (or one key) somewhere replaced by 100 kB to 10 MB."""
    data: dict[str, Any] = copy.deepcopy(draw(st.sampled_from(BUILTIN_DATA)))
    run = draw(st.sampled_from("xé\n 🙂\u202e")) * draw(st.sampled_from([10**5, 10**6, 10**7]))
    path = draw(st.sampled_from(paths_in(data)))
    parent: Any = data
    for step in path[:-1]:
        parent = parent[step]
    if draw(st.booleans()) or not isinstance(parent, dict):
        parent[path[-1]] = draw(st.sampled_from([run, [run], {"fr": run}]))
    else:
        parent[run] = parent.pop(path[-1])
    return data, run


@settings(FUZZ, max_examples=60)
@given(with_oversized_value())
def test_oversized_values_are_quoted_short(case: tuple[dict[str, Any], str]) -> None:
    data, run = case
    try:
        template = parse_template(data).template
    except TemplateError as error:
        assert len(str(error)) <= MAX_MESSAGE
        assert run[:200] not in str(error)
        assert error.field  # names where it is
    else:
        assert template.id and template.phases


def test_a_final_newline_in_an_id_is_refused_from_a_file(tmp_path: Path) -> None:
    """The case found by the fuzzer: ``id = "nl\n"`` was saved as a file named ``nl\n.toml``."""
    text = BUILTIN_TEXTS[0].replace(f'id = "{BUILTIN_DATA[0]["id"]}"', 'id = "nl\\n"', 1)
    source = tmp_path / "nl.toml"
    source.write_text(text, encoding="utf-8")
    library = TemplateLibrary(BUILTIN_DIR, tmp_path / "user")
    with pytest.raises(TemplateError) as caught:
        library.import_file(source, on_clash="rename")
    assert str(caught.value) == (
        f"{source}: id: must be a short identifier (lowercase letters, digits, - or _) "
        "(got 'nl\\n')"
    )
    assert not (tmp_path / "user").exists() or not list((tmp_path / "user").iterdir())


# --- valid templates round-trip ------------------------------------------------------------------

# tomli-w writes "\r\n" in multi-line strings as a plain newline; the editor never produces "\r".
texts = st.text(st.characters(blacklist_characters="\r", blacklist_categories=["Cs"]), max_size=40)
localized = st.one_of(
    texts.filter(str.strip).map(LocalizedText.of),
    st.builds(lambda fr, en: LocalizedText.of(fr=fr, en=en), texts, texts),
)


@st.composite
def valid_templates(draw: st.DrawFn) -> Template:
    phase_ids = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    phases = tuple(
        Phase(
            id=phase_id,
            name=draw(localized.filter(bool)),
            planned_seconds=draw(st.integers(min_value=60, max_value=240 * 60)),
            speakers=draw(st.sampled_from(Speakers)),
            turns=draw(st.sampled_from(TurnMode)),
            purpose=draw(localized),
            rules=draw(localized),
            opening_prompt=draw(localized),
            closing_prompt=draw(localized),
            fills=tuple(draw(st.lists(st.sampled_from(RecordField), max_size=3))),
            warning_fraction=draw(st.sampled_from([0.0, 0.1, 0.2, 0.25, 0.5, 0.99])),
            chime=draw(st.booleans()),
            speaker_seconds=draw(st.none() | st.integers(min_value=10, max_value=3600)),
            is_break=draw(st.booleans()),
        )
        for phase_id in phase_ids
    )
    return Template(
        id=draw(ids),
        name=draw(localized.filter(bool)),
        phases=phases,
        description=draw(localized),
    )


@FUZZ
@given(valid_templates())
def test_valid_templates_round_trip_through_toml(template: Template) -> None:
    loaded = parse_template_text(dump_template(template), source="round trip")
    assert loaded.warnings == ()
    assert template_to_data(loaded.template) == template_to_data(template)
    assert [p.planned_seconds for p in loaded.template.phases] == [
        p.planned_seconds for p in template.phases
    ]


# --- the importer --------------------------------------------------------------------------------


@settings(FUZZ, max_examples=100)  # each example builds a library on disk
@given(
    st.one_of(
        st.binary(max_size=200),
        mutated_builtin().map(lambda text: text.encode("utf-8")),
        st.sampled_from(BUILTIN_TEXTS).map(lambda text: text.encode("utf-8")),
    ),
    st.sampled_from(["ask", "rename", "replace"]),
)
def test_importing_any_file_succeeds_whole_or_changes_nothing(content: bytes, choice: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        user_dir = root / "user"
        library = TemplateLibrary(BUILTIN_DIR, user_dir)
        library.duplicate("classic")
        before = {p.name: p.read_bytes() for p in user_dir.iterdir()}
        source = root / "import.toml"
        source.write_bytes(content)
        try:
            result = library.import_file(source, on_clash=choice)
        except TemplateError as error:
            assert str(error).strip()
            assert {p.name: p.read_bytes() for p in user_dir.iterdir()} == before
            return
        assert result.template.id in library
        assert (user_dir / f"{result.template.id}.toml").is_file()
        assert library.problems == ()
        assert not list(user_dir.glob(".*"))  # no temporary file left


def test_deeply_nested_text_is_refused_as_a_template_error() -> None:
    with pytest.raises(TemplateError):
        parse_template_text("a = " + "[" * 5000)


def test_dates_are_refused_not_crashing() -> None:
    data = copy.deepcopy(BUILTIN_DATA[0])
    data["phases"][0]["minutes"] = dt.date(2024, 1, 1)
    with pytest.raises(TemplateError, match="duration must be a number of minutes"):
        parse_template(data)


def test_the_fuzz_corpus_is_the_builtins() -> None:
    assert len(BUILTIN_TEXTS) == len(list(BUILTIN_DIR.glob("*.toml"))) >= 9

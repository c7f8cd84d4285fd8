"""The session file: round trip through a file, broken and foreign files, the published schema."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codev_app.core.bundle import SessionBundle
from codev_app.core.record import SESSION_CASE, HelpKind, RecordText, SessionRecord
from codev_app.export import json_io
from codev_app.export.errors import FileExists, SessionFileError
from codev_app.export.json_io import read_session_file, session_json, write_session_file
from codev_app.export.sample import sample_bundle
from tests.export.conftest import edited

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "session.schema.json"


def _data(bundle: SessionBundle) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(session_json(bundle))
    return result


def test_a_session_round_trips_identically_through_a_file(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    path = write_session_file(bundle_fr, tmp_path / "séance.codev.json")
    raw = path.read_bytes()
    assert "Élise Garnier".encode() in raw  # UTF-8 as is, not \\u escapes
    assert raw.startswith(b'{\n  "format": "codev-session"') and raw.endswith(b"}\n")
    again = read_session_file(path)
    assert again.to_data() == bundle_fr.to_data()
    assert session_json(again) == raw.decode("utf-8")
    with pytest.raises(FileExists):
        write_session_file(bundle_fr, path)


def test_a_file_with_a_byte_order_mark_is_read(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + session_json(bundle_fr).encode("utf-8"))
    assert read_session_file(path).to_data() == bundle_fr.to_data()


Damage = Callable[[dict[str, Any]], object]


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (lambda d: d.update(format="codev-template"), "format"),
        (lambda d: d.update(schema_version=2), "schema_version"),
        (lambda d: d.update(group_name=None), "group_name"),
        (lambda d: d.update(finished_at="2026-11-20 16:10"), "finished_at"),
        (lambda d: d["template"]["phases"][0].update(speakers="nobody"),
         "template.phases[1].speakers"),
        (lambda d: d["record"]["suggestions"][2].update(kept="oui"), "record.suggestions[3].kept"),
        (lambda d: d["record"]["suggestions"][0].update(color="red"),
         "record.suggestions[1].color"),
        (lambda d: d["record"]["texts"].update(question=42), "record.texts.question"),
        (lambda d: d["record"]["consent"].update(approved_at="hier"),
         "record.consent.approved_at"),
        (lambda d: d["record"]["learnings"][1].update(participant_id=""),
         "record.learnings[2].participant_id"),
        (lambda d: d.pop("live"), "live"),
        (lambda d: d["live"]["engine"].update(state="exploded"), "live"),
    ],
)  # fmt: skip
def test_a_broken_file_names_the_first_wrong_field(
    bundle_fr: SessionBundle, tmp_path: Path, damage: Damage, field: str
) -> None:
    data = _data(bundle_fr)
    damage(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        read_session_file(path)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"broken.json: {field}: ")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is not valid JSON (line 1, column 1"),
        (b'{"format": "codev-session",\n  "title": }', "is not valid JSON (line 2, column 12"),
        (b"\xff\xfe{\x00}\x00", "is not UTF-8 text"),
        (b"[1, 2, 3]", "is not a Codev session file"),
        (b'{"format": "codev-session", "schema_version": NaN}', "NaN is not a number"),
        (b"<html><body>Compte rendu</body></html>", "is not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
    ],
)
def test_foreign_files_say_what_they_are_not(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "foreign.json"
    path.write_bytes(content)
    with pytest.raises(SessionFileError) as caught:
        read_session_file(path)
    assert message in str(caught.value)
    assert caught.value.path == path


def test_a_repeated_key_is_named(bundle_fr: SessionBundle, tmp_path: Path) -> None:
    text = session_json(bundle_fr).replace('"title":', '"title": "a",\n  "title":', 1)
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        read_session_file(path)
    assert caught.value.field == "title" and "appears twice" in str(caught.value)


def test_missing_and_oversized_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SessionFileError, match="cannot be read"):
        read_session_file(tmp_path / "nowhere.json")
    with pytest.raises(SessionFileError, match="cannot be read"):
        read_session_file(tmp_path)  # a folder
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr(json_io, "MAX_SESSION_FILE_BYTES", 1024)
    with pytest.raises(SessionFileError, match="too large"):
        read_session_file(big)


def _mutations(data: Any, rng: random.Random) -> Any:
    """A copy of ``data`` with one value somewhere replaced by something of another kind."""
    copy = json.loads(json.dumps(data))
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            paths.append((node, key))
            if isinstance(value, dict | list):
                walk(value)

    walk(copy)
    node, key = rng.choice(paths)
    node[key] = rng.choice([None, True, -1, 1.5, "", "x", [], {}, [None], {"a": 1}, 10**30])
    return copy


def test_damage_anywhere_gives_a_bundle_or_a_named_refusal(
    bundle_fr: SessionBundle, tmp_path: Path
) -> None:
    data = _data(bundle_fr)
    rng = random.Random(20261120)
    path = tmp_path / "fuzz.json"
    refused = 0
    for _ in range(400):
        path.write_text(json.dumps(_mutations(data, rng)), encoding="utf-8")
        try:
            bundle = read_session_file(path)
        except SessionFileError as error:
            refused += 1
            assert str(error).startswith("fuzz.json: ")
        else:
            bundle.live_session()  # what exports read must work
    assert refused > 200


# --- the published schema --------------------------------------------------------------------

_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "format", "default"}
_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


class _Validator:
    """Just enough of JSON Schema 2020-12 for docs/session.schema.json; any keyword it does not
    know fails loudly, so the schema cannot use something these tests do not check."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def errors(self, value: Any, schema: dict[str, Any] | bool, where: str = "") -> list[str]:
        if schema is True:
            return []
        if schema is False:
            return [f"{where}: not allowed"]
        found: list[str] = []
        for keyword, rule in schema.items():
            if keyword in _ANNOTATIONS or keyword in ("$defs", "then", "else"):
                continue
            check = getattr(self, "_" + keyword.lstrip("$"), None)
            if check is None:
                raise AssertionError(f"the test validator does not know {keyword!r}")
            found += check(value, rule, where, schema)
        return found

    def _ref(self, value: Any, rule: str, where: str, _: Any) -> list[str]:
        target: Any = self.root
        for part in rule.removeprefix("#/").split("/"):
            target = target[part]
        return self.errors(value, target, where)

    def _type(self, value: Any, rule: str | list[str], where: str, _: Any) -> list[str]:
        kinds = [rule] if isinstance(rule, str) else rule
        return [] if any(_TYPES[k](value) for k in kinds) else [f"{where}: not {kinds}"]

    def _const(self, value: Any, rule: Any, where: str, _: Any) -> list[str]:
        return [] if value == rule and type(value) is type(rule) else [f"{where}: not {rule!r}"]

    def _enum(self, value: Any, rule: list[Any], where: str, _: Any) -> list[str]:
        return [] if value in rule else [f"{where}: {value!r} not in enum"]

    def _bound(self, value: Any, ok: Callable[[Any], bool], where: str) -> list[str]:
        numeric = _TYPES["number"](value)
        return [] if not numeric or ok(value) else [f"{where}: {value!r} out of range"]

    def _minimum(self, value: Any, rule: float, where: str, _: Any) -> list[str]:
        return self._bound(value, lambda v: v >= rule, where)

    def _maximum(self, value: Any, rule: float, where: str, _: Any) -> list[str]:
        return self._bound(value, lambda v: v <= rule, where)

    def _exclusiveMaximum(self, value: Any, rule: float, where: str, _: Any) -> list[str]:
        return self._bound(value, lambda v: v < rule, where)

    def _minLength(self, value: Any, rule: int, where: str, _: Any) -> list[str]:
        return [f"{where}: too short"] if isinstance(value, str) and len(value) < rule else []

    def _maxLength(self, value: Any, rule: int, where: str, _: Any) -> list[str]:
        return [f"{where}: too long"] if isinstance(value, str) and len(value) > rule else []

    def _pattern(self, value: Any, rule: str, where: str, _: Any) -> list[str]:
        return (
            [f"{where}: no match"] if isinstance(value, str) and not re.search(rule, value) else []
        )

    def _required(self, value: Any, rule: list[str], where: str, _: Any) -> list[str]:
        if not isinstance(value, dict):
            return []
        return [f"{where}.{key}: missing" for key in rule if key not in value]

    def _properties(self, value: Any, rule: dict[str, Any], where: str, _: Any) -> list[str]:
        if not isinstance(value, dict):
            return []
        found: list[str] = []
        for key, sub in rule.items():
            if key in value:
                found += self.errors(value[key], sub, f"{where}.{key}")
        return found

    def _additionalProperties(
        self, value: Any, rule: Any, where: str, schema: dict[str, Any]
    ) -> list[str]:
        if not isinstance(value, dict):
            return []
        known = schema.get("properties", {})
        found: list[str] = []
        for key, item in value.items():
            if key not in known:
                found += self.errors(item, rule, f"{where}.{key}")
        return found

    def _propertyNames(self, value: Any, rule: Any, where: str, _: Any) -> list[str]:
        if not isinstance(value, dict):
            return []
        return [error for key in value for error in self.errors(key, rule, f"{where}[{key!r}]")]

    def _items(self, value: Any, rule: Any, where: str, schema: dict[str, Any]) -> list[str]:
        if not isinstance(value, list):
            return []
        start = len(schema.get("prefixItems", []))
        return [
            error
            for index, item in enumerate(value[start:], start=start)
            for error in self.errors(item, rule, f"{where}[{index}]")
        ]

    def _prefixItems(self, value: Any, rule: list[Any], where: str, _: Any) -> list[str]:
        if not isinstance(value, list):
            return []
        return [
            error
            for index, (item, sub) in enumerate(zip(value, rule, strict=False))
            for error in self.errors(item, sub, f"{where}[{index}]")
        ]

    def _minItems(self, value: Any, rule: int, where: str, _: Any) -> list[str]:
        return [f"{where}: too few"] if isinstance(value, list) and len(value) < rule else []

    def _maxItems(self, value: Any, rule: int, where: str, _: Any) -> list[str]:
        return [f"{where}: too many"] if isinstance(value, list) and len(value) > rule else []

    def _uniqueItems(self, value: Any, rule: bool, where: str, _: Any) -> list[str]:
        if not rule or not isinstance(value, list):
            return []
        seen = [json.dumps(item, sort_keys=True) for item in value]
        return [f"{where}: repeated items"] if len(set(seen)) != len(seen) else []

    def _oneOf(self, value: Any, rule: list[Any], where: str, _: Any) -> list[str]:
        matches = sum(1 for sub in rule if not self.errors(value, sub, where))
        return [] if matches == 1 else [f"{where}: matches {matches} of oneOf"]

    def _if(self, value: Any, rule: Any, where: str, schema: dict[str, Any]) -> list[str]:
        branch = "then" if not self.errors(value, rule, where) else "else"
        return self.errors(value, schema.get(branch, True), where)


@pytest.fixture(scope="module")
def validator() -> _Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    return _Validator(schema)


def _schema_errors(validator: _Validator, data: Any) -> list[str]:
    return validator.errors(data, validator.root)


@pytest.mark.parametrize("people", [3, 8])
def test_files_codev_writes_follow_the_published_schema(validator: _Validator, people: int) -> None:
    bundle = sample_bundle("en", people=people, suggestions=9, approved=people == 8)
    assert _schema_errors(validator, _data(bundle)) == []


@pytest.mark.parametrize(
    ("damage", "where"),
    [
        (lambda d: d.update(format="other"), ""),
        (lambda d: d.update(surprise=1), ".surprise"),
        (lambda d: d["record"]["suggestions"][0].update(kept="yes"), ".record.suggestions[0].kept"),
        (lambda d: d["record"].update(help_kinds=["ideas", "ideas"]), ".record.help_kinds"),
        (lambda d: d["record"]["consent"].update(client_approved_export=False),
         ".record.consent.approved_at"),
        (lambda d: d["template"]["phases"][0].update(minutes=0), ".template.phases[0].minutes"),
        (lambda d: d["live"]["roster"]["participants"][0].update(role="boss"),
         ".live.roster.participants[0].role"),
        (lambda d: d["live"]["turns"]["opening"]["round"]["done"][0].append("extra"),
         ".live.turns.opening.round"),
        (lambda d: d.update(created_at="2026-11-20T14:00:00"), ".created_at"),
    ],
)  # fmt: skip
def test_the_schema_refuses_what_codev_refuses(
    validator: _Validator, bundle_fr: SessionBundle, damage: Damage, where: str
) -> None:
    data = _data(bundle_fr)
    damage(data)
    errors = _schema_errors(validator, data)
    assert any(error.startswith(where) for error in errors), errors


def test_a_record_with_each_cases_texts_follows_the_schema(
    validator: _Validator, bundle_fr: SessionBundle
) -> None:
    someone = bundle_fr.record.learnings[0].participant_id

    def two_cases(record: SessionRecord) -> None:
        record.set_text(RecordText.QUESTION, "Comment dire non ?", case=2)
        record.set_help_kind(HelpKind.IDEAS, True, case=2)
        record.set_learning(someone, text="Une belle matinée", case=SESSION_CASE)

    data = _data(edited(bundle_fr, two_cases))
    assert data["record"]["case_texts"] == {"2": {"question": "Comment dire non ?"}}
    assert _schema_errors(validator, data) == []
    data["record"]["case_texts"]["2"]["check_in"] = "x"  # a session text is not a case's
    assert any(e.startswith(".record.case_texts.2") for e in _schema_errors(validator, data))

"""Property tests of session files: ids with control characters, schema versions below 1 and
oversized values are refused by name with a short message, through the reader and the command
line, and a refused file changes nothing in the sessions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codev_app import cli, i18n
from codev_app.export.errors import SessionFileError
from codev_app.export.json_io import read_session_file, session_json
from codev_app.export.sample import sample_bundle
from codev_app.storage import Store

DATA: dict[str, Any] = json.loads(session_json(sample_bundle("fr")))
MAX_MESSAGE = 600
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

ids = st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,20}\Z")
controls = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs"])
ids_with_controls = st.builds(
    lambda head, control, where: (head + control, control + head, head[:1] + control + head[1:])[
        where
    ],
    ids,
    controls,
    st.integers(min_value=0, max_value=2),
)


def _read(tmp_path: Path, data: Any) -> SessionFileError:
    path = tmp_path / "fuzz.codev.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        read_session_file(path)
    assert len(str(caught.value)) <= MAX_MESSAGE
    return caught.value


def _copy() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(DATA))
    return result


@FUZZ
@given(st.integers(max_value=0), st.sampled_from(["", "template"]))
def test_schema_versions_below_one_are_refused(tmp_path: Path, version: int, where: str) -> None:
    data = _copy()
    (data[where] if where else data)["schema_version"] = version
    error = _read(tmp_path, data)
    assert error.field == ("template.schema_version" if where else "schema_version")
    assert str(version) in error.detail


@FUZZ
@given(ids_with_controls, st.integers(min_value=-1, max_value=10))
def test_ids_with_control_characters_are_refused_by_name(
    tmp_path: Path, bad_id: str, phase: int
) -> None:
    data = _copy()
    phases = data["template"]["phases"]
    if phase < 0:
        data["template"]["id"], field = bad_id, "template.id"
    else:
        index = phase % len(phases)
        phases[index]["id"], field = bad_id, f"template.phases[{index + 1}].id"
    error = _read(tmp_path, data)
    assert error.field == field
    assert "short identifier" in error.detail


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict | list):
        for key, value in node.items() if isinstance(node, dict) else enumerate(node):
            found += _paths(value, (*prefix, key))
    return found


PATHS = _paths(DATA)


@st.composite
def oversized(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """The sample's data with one value (or key) somewhere made 100 kB to 10 MB long."""
    data = _copy()
    run = draw(st.sampled_from("xé\n 🙂\u202e")) * draw(st.sampled_from([10**5, 10**6, 10**7]))
    path = draw(st.sampled_from(PATHS))
    parent: Any = data
    for step in path[:-1]:
        parent = parent[step]
    if draw(st.booleans()) or not isinstance(parent, dict):
        parent[path[-1]] = draw(st.sampled_from([run, [run], {"fr": run}]))
    else:
        parent[run] = parent.pop(path[-1])
    return data, run


@settings(FUZZ, max_examples=25)
@given(oversized())
def test_oversized_values_are_refused_with_a_short_excerpt(
    tmp_path: Path, case: tuple[dict[str, Any], str]
) -> None:
    data, run = case
    path = tmp_path / "big.codev.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        bundle = read_session_file(path)
    except SessionFileError as error:
        assert len(str(error)) <= MAX_MESSAGE
        assert run[:240] not in str(error)  # the value quoted in short
        assert error.field  # the JSON is fine: the message says where
    else:
        bundle.live_session()


@settings(FUZZ, max_examples=25)  # each example runs the command against the real store
@given(
    st.one_of(
        st.integers(max_value=0).map(lambda v: ("schema_version", v)),
        ids_with_controls.map(lambda v: ("template.id", v)),
        st.sampled_from(["x", "\n"]).map(lambda c: ("title", c * 10**7)),
    )
)
def test_the_command_line_refuses_by_name_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, Any]
) -> None:
    i18n.set_plain_language("en")
    field, value = change
    data = _copy()
    if field == "title":
        data["facilitator"] = value  # a text field that is fine, plus a wrong one after it
        data["created_at"] = value
        field = "created_at"
    elif field == "template.id":
        data["template"]["id"] = value
    else:
        data[field] = value
    path = tmp_path / "fuzz.codev.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Store.open() as store:
        before = [summary.id for summary in store.list_sessions()]
    code = cli.main(["sessions", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 6 and out == ""
    assert f"the field {field} is wrong" in err
    assert "Nothing was changed in your sessions." in err
    assert len(err) <= 2 * MAX_MESSAGE
    with Store.open() as store:
        assert [summary.id for summary in store.list_sessions()] == before


def test_a_10_mb_value_prints_a_short_message_in_a_real_process(tmp_path: Path) -> None:
    data = _copy()
    data["template"]["phases"][1]["speakers"] = "tout le monde " * 750_000  # 10.5 MB
    path = tmp_path / "big.codev.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "codev_app", "--lang", "en", "sessions", "import", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.returncode == 6
    assert "the field template.phases[2].speakers is wrong" in result.stderr
    assert "(got 'tout le monde tou...nde tout le monde ')" in result.stderr
    assert len(result.stderr) < 1000, result.stderr[:2000]

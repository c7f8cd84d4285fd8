"""``codev-app groups …`` and ``codev-app cycles …`` against a real store in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from codev_app import cli, i18n


@pytest.fixture(autouse=True)
def english_output() -> None:
    i18n.set_plain_language("en")


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_group_and_its_cycle_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _run(capsys, "groups", "list")[1].startswith("No groups yet")
    code, out, _ = _run(capsys, "groups", "create", "Jeudi", "--facilitator", "Lou")
    assert code == 0 and "Jeudi" in out
    for name in ("Awa", "Bruno", "Chloé"):
        assert (
            _run(capsys, "groups", "add-member", "jeudi", name, "--note", f"secret {name}")[0] == 0
        )
    code, _, err = _run(capsys, "groups", "add-member", "Jeudi", "awa")
    assert code == 1 and "“awa” is already in the group" in err
    code, _, err = _run(capsys, "groups", "add-member", "Jeudi", "Dan", "--email", "dan@")
    assert code == 1 and "does not look like an e-mail address" in err
    assert _run(capsys, "groups", "remove-member", "Jeudi", "Bruno")[0] == 0
    code, out, _ = _run(capsys, "groups", "show", "Jeudi")
    assert "Bruno (charter not accepted yet; left on" in out

    code, _, err = _run(
        capsys,
        "cycles",
        "plan",
        "Jeudi",
        "--sessions",
        "3",
        "--first",
        "2026-01-08 18:00",
        "--every",
        "soon",
    )
    assert code == 1 and "“soon” is not a time between sessions" in err
    code, out, _ = _run(
        capsys,
        "cycles",
        "plan",
        "Jeudi",
        "--sessions",
        "3",
        "--first",
        "2026-01-08 18:00",
        "--every",
        "4w",
        "--zone",
        "Europe/Paris",
    )
    assert code == 0
    assert "1. 2026-01-08 18:00  Awa  (planned)" in out
    assert "2. 2026-02-05 18:00  Chloé  (planned)" in out
    assert "3. 2026-03-05 18:00  client to choose  (planned)" in out

    ics = tmp_path / "cycle.ics"
    assert _run(capsys, "cycles", "ics", "1", "-o", ics)[0] == 0
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 3
    assert _run(capsys, "cycles", "ics", "1", "-o", ics)[0] == 5  # exists: --force replaces

    pdf = tmp_path / "bilan.pdf"
    assert _run(capsys, "cycles", "review", "1", "-o", pdf, "--audience", "facilitator")[0] == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "0 of 3 planned sessions held" in " ".join(text.split())

    exported = tmp_path / "jeudi.json"
    assert _run(capsys, "groups", "export", "Jeudi", "-o", exported)[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert "secret" not in exported.read_text(encoding="utf-8")
    assert [m["name"] for m in data["members"]] == ["Awa", "Bruno", "Chloé"]
    data["name"] = "Jeudi (copie)"
    for cycle in data["cycles"]:
        for slot in cycle["slots"]:
            slot["uid"] = "copy-" + slot["uid"]
    copy = tmp_path / "copie.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = _run(capsys, "groups", "import", copy)
    assert code == 0 and "Jeudi (copie)" in out
    code, _, err = _run(capsys, "groups", "import", exported)
    assert code == 1 and "There is already a group called “Jeudi”" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "codev-group"}', encoding="utf-8")
    code, _, err = _run(capsys, "groups", "import", bad)
    assert code == 1 and "not a readable Codev group file" in err
    assert "Jeudi (copie)" in _run(capsys, "groups", "list")[1]

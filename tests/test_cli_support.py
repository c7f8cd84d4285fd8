"""``codev-app requests …`` against a real store: add, list, match (proposals, then a member),
close after a listening time, refer; notes never printed, nothing of them in the group's file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from codev_app import cli, i18n


@pytest.fixture(autouse=True)
def english_output() -> None:
    i18n.set_plain_language("en")


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_requests_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(capsys, "groups", "create", "Soutien", "--facilitator", "Perrine")[0] == 0
    for name in ("Bruno", "Awa", "Chloé"):
        assert _run(capsys, "groups", "add-member", "Soutien", name)[0] == 0
    today = date.today().isoformat()
    code, out, _ = _run(
        capsys, "requests", "add", "soutien", "Bruno", "--kind", "listening", "--important",
        "--by", today, "--note", "la médiation me pèse",
    )  # fmt: skip
    assert code == 0
    assert out.strip() == (
        f"Request 1 recorded: 1  {today}  Bruno  listening  not urgent, important  by {today}  open"
    )
    code, _, err = _run(capsys, "requests", "add", "Soutien", "Dan", "--kind", "other")
    assert code == 1 and "“Dan” is not an active member of this group." in err
    code, _, err = _run(
        capsys, "requests", "add", "Soutien", "Awa", "--kind", "other", "--by", "demain"
    )
    assert code == 1 and "“By when” (demain) cannot be before the day of the request." in err

    # Nobody said when they are available: no proposal; the coordinator decides anyway.
    assert _run(capsys, "requests", "match", "Soutien", "1")[1].strip() == (
        "Nobody is available in time."
    )
    code, _, err = _run(capsys, "requests", "match", "Soutien", "1", "--with", "bruno")
    assert code == 1 and "Bruno asked for this support: someone else listens." in err
    code, out, _ = _run(capsys, "requests", "match", "Soutien", "1", "--with", "awa")
    assert code == 0 and out.strip().endswith("matched — Awa")
    code, out, _ = _run(capsys, "requests", "close", "Soutien", "1", "--held-minutes", "45")
    assert code == 0 and out.strip().endswith("closed — Awa")
    code, _, err = _run(capsys, "requests", "close", "Soutien", "1")
    assert code == 1 and "This request is closed: that step is not possible any more." in err

    assert (
        _run(capsys, "requests", "add", "Soutien", "Chloé", "--kind", "resources", "--urgent")[0]
        == 0
    )
    code, _, err = _run(capsys, "requests", "close", "Soutien", "2", "--referred-to", "Médecin")
    assert code == 1 and "“Médecin” is not in the group's resources" in err
    assert _run(capsys, "requests", "list", "Soutien")[1].splitlines()[0].startswith("2  ")
    code, out, _ = _run(capsys, "requests", "list", "Soutien", "--all")
    assert len(out.splitlines()) == 2 and "la médiation" not in out
    code, _, err = _run(capsys, "requests", "match", "Soutien", "9")
    assert code == 1 and "Soutien has no request number 9" in err

    target = tmp_path / "soutien.json"
    assert _run(capsys, "groups", "export", "Soutien", "-o", target, "--with-notes")[0] == 0
    text = target.read_text(encoding="utf-8")
    assert "Chloé" in text and "médiation" not in text and "request" not in text
    assert json.loads(text)["name"] == "Soutien"

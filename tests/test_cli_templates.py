"""``codev-app templates import|export``: clashes, broken files, newer versions, overwriting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codev_app import cli, i18n, paths
from codev_app.core.template import load_template

MINE = """\
format = "codev-template"
schema_version = {version}
id = "{id}"
name = {{ fr = "{fr}", en = "{en}" }}

[[phases]]
id = "talk"
minutes = {minutes}
name = {{ fr = "Parole", en = "Talk" }}
"""


@pytest.fixture(autouse=True)
def english_output() -> None:
    i18n.set_plain_language("en")


def _file(
    folder: Path,
    template_id: str = "thursday",
    en: str = "Thursday",
    fr: str = "Jeudi",
    minutes: int = 20,
    version: int = 1,
) -> Path:
    path = folder / f"{template_id}-{minutes}.toml"
    path.write_text(
        MINE.format(id=template_id, en=en, fr=fr, minutes=minutes, version=version),
        encoding="utf-8",
    )
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _user_files() -> list[str]:
    return sorted(path.name for path in paths.user_templates_dir().glob("*.toml"))


def test_import_adds_the_template_to_the_user_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "templates", "import", str(_file(tmp_path)))
    assert (code, err) == (0, "")
    assert out == "Imported “Thursday” (id thursday).\n"
    saved = load_template(paths.user_templates_dir() / "thursday.toml").template
    assert saved.phases[0].planned_seconds == 20 * 60
    _, listing, _ = _run(capsys, "templates", "list")
    assert "thursday" in listing and "user" in listing


def test_a_clash_without_a_choice_imports_nothing_and_says_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(capsys, "templates", "import", str(_file(tmp_path)))
    before = (paths.user_templates_dir() / "thursday.toml").read_bytes()
    code, out, err = _run(capsys, "templates", "import", str(_file(tmp_path, minutes=45)))
    assert code == 1 and out == ""
    assert "Not imported" in err and "'thursday' already exists" in err
    assert "--rename" in err and "--replace" in err
    assert (paths.user_templates_dir() / "thursday.toml").read_bytes() == before


def test_rename_keeps_both(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _run(capsys, "templates", "import", str(_file(tmp_path)))
    code, out, _ = _run(capsys, "templates", "import", str(_file(tmp_path, minutes=45)), "--rename")
    assert code == 0
    assert out == "Imported as “Thursday (2)” (id thursday-2), because the id or name was taken.\n"
    assert _user_files() == ["thursday-2.toml", "thursday.toml"]
    copy = load_template(paths.user_templates_dir() / "thursday-2.toml").template
    assert copy.phases[0].planned_seconds == 45 * 60


def test_replace_overwrites_the_user_template(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(capsys, "templates", "import", str(_file(tmp_path)))
    code, out, _ = _run(
        capsys, "templates", "import", str(_file(tmp_path, minutes=45)), "--replace"
    )
    assert code == 0 and "replacing" in out
    assert _user_files() == ["thursday.toml"]
    saved = load_template(paths.user_templates_dir() / "thursday.toml").template
    assert saved.phases[0].planned_seconds == 45 * 60


def test_a_built_in_is_never_replaced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _file(tmp_path, template_id="classic", en="Mine", fr="Le mien")
    code, _, err = _run(capsys, "templates", "import", str(path), "--replace")
    assert code == 1
    assert "built-in" in err and "--rename" in err and "--replace" not in err.split("\n")[1]
    assert _user_files() == []
    code, _, err = _run(capsys, "templates", "import", str(path))
    assert code == 1 and "--replace" not in err
    code, out, _ = _run(capsys, "templates", "import", str(path), "--rename")
    assert code == 0 and "classic-2" in out


def test_rename_and_replace_cannot_be_asked_together(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(
        capsys, "templates", "import", str(_file(tmp_path)), "--rename", "--replace"
    )
    assert code == 2 and "not allowed with" in err
    assert _user_files() == []


def test_a_broken_file_is_refused_whole_with_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "templates", "import", str(_file(tmp_path, minutes=0)))
    assert code == 1
    assert "phases[1].minutes" in err and "between 1 and 240 minutes" in err
    assert _user_files() == []


def test_a_file_from_a_newer_version_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "templates", "import", str(_file(tmp_path, version=7)))
    assert code == 1
    assert "newer version of Codev (format 7)" in err and "Please update Codev" in err
    assert _user_files() == []


def test_a_missing_file_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "templates", "import", str(tmp_path / "nowhere.toml"))
    assert code == 1 and "cannot be read" in err


def test_export_writes_a_file_that_imports_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "shared" / "classic.toml"
    target.parent.mkdir()
    code, out, _ = _run(capsys, "templates", "export", "classic", "-o", str(target))
    assert code == 0 and out == f"Exported classic to {target}.\n"
    exported = load_template(target).template
    assert exported.id == "classic" and len(exported.phases) == 7
    code, out, _ = _run(capsys, "templates", "import", str(target), "--rename")
    assert code == 0 and "classic-2" in out


def test_export_never_overwrites_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.toml"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = _run(capsys, "templates", "export", "classic", "--output", str(target))
    assert code == 1 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = _run(capsys, "templates", "export", "classic", "-o", str(target), "--force")
    assert code == 0
    assert load_template(target).template.id == "classic"


def test_export_of_an_unknown_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "templates", "export", "nope", "-o", str(tmp_path / "x.toml"))
    assert code == 1 and "No template has the id nope" in err
    assert not (tmp_path / "x.toml").exists()


def test_export_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "templates", "export", "classic")
    assert code == 2 and "-o" in err


def test_messages_in_french(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "--lang", "fr", "templates", "import", str(_file(tmp_path)))
    assert code == 0 and out == "«\u00a0Jeudi\u00a0» importé (identifiant thursday).\n"


def test_import_and_export_in_a_real_process_without_qt(tmp_path: Path) -> None:
    source = _file(tmp_path)
    target = tmp_path / "back.toml"
    code = (
        "import sys; from codev_app.cli import main; "
        f"a = main(['templates', 'import', {str(source)!r}]); "
        f"b = main(['templates', 'export', 'thursday', '-o', {str(target)!r}]); "
        "print(a, b, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 0 False"
    assert load_template(target).template.name.get("fr") == "Jeudi"

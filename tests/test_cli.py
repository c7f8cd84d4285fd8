"""The codev-app command line: version, help, templates list, language, and no Qt on that path."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from codev_app import cli, i18n, paths
from codev_app.core.library import BUILTIN_ORDER
from codev_app.core.template import load_template, load_templates
from codev_app.resources_path import resource_dir
from codev_app.settings import Language, Settings, save_settings

ROOT = Path(__file__).resolve().parents[1]


def _project_version() -> str:
    # pyproject.toml is the one place the version is written.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


@pytest.fixture(autouse=True)
def english_output() -> None:
    # main() sets the language of plain-text translations; start every test from English.
    i18n.set_plain_language("en")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8"}


def _user_template(path: Path, template_id: str, name: str, minutes: list[int]) -> None:
    """Write a user template derived from the built-in classic one."""
    from codev_app.core.template import LocalizedText, dump_template

    classic = load_template(resource_dir("templates", "classic.toml")).template
    phases = tuple(
        replace(classic.phases[0], id=f"p{i}", planned_seconds=m * 60)
        for i, m in enumerate(minutes)
    )
    template = replace(
        classic, id=template_id, name=LocalizedText.of(en=name, fr=f"{name} FR"), phases=phases
    )
    path.write_text(dump_template(template), encoding="utf-8")


def test_version_prints_the_program_and_its_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0
    assert out == f"codev-app {_project_version()}\n"


def test_version_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codev_app", "--version"],
        capture_output=True,
        text=True,
        env=_subprocess_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"codev-app {_project_version()}"


def test_help_lists_what_the_command_can_do(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for expected in ("usage: codev-app", "--version", "--lang", "templates", "commands"):
        assert expected in out
    code, out, _ = _run(capsys, "templates", "--help")
    assert code == 0
    assert "list" in out and "list the available templates" in out


def test_help_follows_the_requested_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--lang", "fr", "--help")
    assert code == 0
    assert "utilisation\u00a0: codev-app" in out
    assert "afficher cette aide et quitter" in out
    assert "gérer les modèles de séance" in out


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--lang", "de", "templates", "list")
    assert code == 2
    assert "--lang" in err


def test_templates_list_shows_every_built_in_template(capsys: pytest.CaptureFixture[str]) -> None:
    built_in, problems = load_templates(resource_dir("templates"), read_only=True)
    assert built_in and not problems
    # The library's order: the classic session first, then the shorter and special formats.
    rank = {template_id: index for index, template_id in enumerate(BUILTIN_ORDER)}
    built_in.sort(key=lambda template: rank[template.id])
    code, out, err = _run(capsys, "templates", "list")
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == len(built_in)
    for template, line in zip(built_in, lines, strict=True):
        cells = [cell.strip() for cell in line.split("   ") if cell.strip()]
        duration = i18n.format_duration(template.total_seconds)
        assert cells == [
            template.id,
            template.name.get("en"),
            f"{len(template.phases)} phases, {duration}",
            "built-in",
        ]


def test_classic_template_line_reads_as_facilitators_write_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = _run(capsys, "templates", "list")
    classic = next(line for line in out.splitlines() if line.startswith("classic "))
    assert "Classic co-development" in classic
    assert "7 phases, 1 h 50" in classic


def test_templates_list_speaks_french_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--lang", "fr", "templates", "list")
    assert code == 0
    classic = next(line for line in out.splitlines() if line.startswith("classic "))
    assert "Codéveloppement classique" in classic
    assert "intégré" in classic


def test_the_settings_language_is_used_without_lang(capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(language=Language.FR))
    _, out, _ = _run(capsys, "templates", "list")
    assert "Codéveloppement classique" in out
    _, out, _ = _run(capsys, "--lang", "en", "templates", "list")
    assert "Classic co-development" in out


def test_user_templates_are_listed_and_broken_ones_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = paths.user_templates_dir()
    _user_template(folder / "short.toml", "my-short", "My short session", [5, 20, 15])
    (folder / "broken.toml").write_text('format = "codev-template"\nid = [', encoding="utf-8")
    code, out, err = _run(capsys, "templates", "list")
    assert code == 0
    mine = next(line for line in out.splitlines() if line.startswith("my-short "))
    assert "My short session" in mine
    assert "3 phases, 40 min" in mine
    assert mine.rstrip().endswith("user")
    assert any(line.startswith("classic ") for line in out.splitlines())
    assert "broken.toml" in err
    assert "Could not read a template, skipped" in err
    assert "my-short" not in err


def test_without_command_the_window_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str | None] = []

    def fake_run_gui(language: str | None) -> int:
        started.append(language)
        return 0

    import codev_app.app

    monkeypatch.setattr(codev_app.app, "run_gui", fake_run_gui)
    assert cli.main([]) == 0
    assert cli.main(["--lang", "fr"]) == 0
    assert cli.main(["--lang=en"]) == 0
    assert started == [None, "fr", "en"]


def test_starting_the_window_builds_no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    # Building the parsers costs milliseconds of start-up: the usual cases go around them.
    def no_parser(*_args: object) -> None:
        raise AssertionError("a parser was built")

    import codev_app.app

    monkeypatch.setattr(codev_app.app, "run_gui", lambda language: 0)
    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(cli, "_requested_language", no_parser)
    assert cli.main([]) == 0
    assert cli.main(["--lang", "en"]) == 0
    assert cli.main(["--lang=fr"]) == 0
    with pytest.raises(AssertionError):
        cli.main(["--lang", "de"])


_NO_QT_CHECK = """
import runpy, sys
sys.argv = ["codev-app", *sys.argv[1:]]
try:
    runpy.run_module("codev_app", run_name="__main__", alter_sys=True)
except SystemExit as stop:
    code = stop.code
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6", "qasync")))
print("QT-MODULES:", ",".join(qt) or "none", "EXIT:", code)
"""


@pytest.mark.parametrize("argv", [["templates", "list"], ["--version"], ["--help"]])
def test_the_command_line_does_not_import_qt(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _NO_QT_CHECK, *argv],
        capture_output=True,
        text=True,
        env=_subprocess_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT-MODULES: none EXIT: 0"


# --- language and formats (codev_app.i18n) -------------------------------------------------------


def test_language_precedence_is_command_line_then_settings_then_system() -> None:
    assert i18n.choose_language("en", "fr", "fr") == "en"
    assert i18n.choose_language(None, "fr", "en") == "fr"
    assert i18n.choose_language(None, "system", "fr") == "fr"
    assert i18n.choose_language(None, None, "en") == "en"
    assert i18n.choose_language(None, "system", "de") == "en"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "fr_FR:en"}, "fr"),
        ({"LANGUAGE": "en_GB:fr"}, "en"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "fr"),
    ],
)
def test_system_language_reads_the_posix_variables(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (45 * 60, "45 min"),
        (3600, "1 h"),
        (110 * 60, "1 h 50"),
        (65 * 60, "1 h 05"),
        (7200, "2 h"),
        (89, "1 min"),
    ],
)
def test_durations_are_written_as_facilitators_do(seconds: int, text: str) -> None:
    assert i18n.format_duration(seconds) == text


def test_plain_catalog_applies_french_and_english_plural_rules() -> None:
    french, english = i18n.Catalog.load("fr"), i18n.Catalog.load("en")
    assert [french.translate("cli", "%n phase(s)", None, n) for n in (0, 1, 2)] == [
        "0 phase",
        "1 phase",
        "2 phases",
    ]
    assert [english.translate("cli", "%n phase(s)", None, n) for n in (0, 1, 2)] == [
        "0 phases",
        "1 phase",
        "2 phases",
    ]
    assert french.translate("cli", "built-in") == "intégré"
    assert english.translate("cli", "built-in") == "built-in"
    assert french.translate("cli", "a text nobody translated") == "a text nobody translated"


def test_phase_count_uses_the_template_not_a_fixed_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A single-phase user template reads "1 phase", not "1 phases".
    folder = paths.user_templates_dir()
    _user_template(folder / "one.toml", "one-phase", "One phase only", [30])
    _, out, _ = _run(capsys, "templates", "list")
    line = next(line for line in out.splitlines() if line.startswith("one-phase "))
    assert "1 phase, 30 min" in line


def test_without_a_display_the_window_is_refused_with_a_message_not_a_crash() -> None:
    env = {
        key: value
        for key, value in _subprocess_env().items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display variable")
    result = subprocess.run(
        [sys.executable, "-m", "codev_app", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no display was found" in result.stderr
    assert "codev-app --help" in result.stderr


@pytest.mark.parametrize(
    ("seconds", "text"), [(40, "40 s"), (0, "0 s"), (60, "1 min"), (89, "1 min")]
)
def test_an_elapsed_time_under_a_minute_is_said_in_seconds(seconds: int, text: str) -> None:
    assert i18n.format_duration(seconds, elapsed=True) == text
    assert i18n.format_duration(40) == "1 min"  # a planned duration stays in minutes

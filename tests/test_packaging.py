"""The packaged program (tools/build_linux.sh) and the files that describe it to the desktop.

The smoke test starts the built bundle: ``CODEV_BUNDLE`` (its folder or its program), else
``dist/codev`` in the checkout. Without a bundle it is skipped; ``tools/test.sh`` builds one in CI
(or with ``CODEV_BUILD_BUNDLE=1``).
"""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARKER = "codev-self-check"  # codev_app.self_check.SELF_CHECK_MARKER
LINUX = ROOT / "packaging" / "linux"


def _project_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def test_the_metainfo_names_the_version_of_pyproject_as_latest_release() -> None:
    releases = ET.parse(LINUX / "io.github.codev.Codev.metainfo.xml").findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == _project_version()


def test_every_icon_size_is_drawn() -> None:
    sizes = sorted(
        int(folder.name.split("x")[0]) for folder in (LINUX / "icons" / "hicolor").iterdir()
    )
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "io.github.codev.Codev.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert (width, height) == (size, size)


# --- the built program -------------------------------------------------------------------------


def _bundle_program() -> Path:
    given = os.environ.get("CODEV_BUNDLE", "").strip()
    where = Path(given) if given else ROOT / "dist" / "codev"
    name = "codev-app.exe" if os.name == "nt" else "codev-app"  # .exe: the console program
    program = where / name if where.is_dir() else where
    if not program.is_file():
        assert not given, f"CODEV_BUNDLE={given} holds no built Codev"
        pytest.skip(
            f"no built Codev at {where}: run `bash tools/build_linux.sh` "
            "(tools/test.sh does it in CI, or with CODEV_BUILD_BUNDLE=1)"
        )
    return program


def _tree(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_size for path in folder.rglob("*")}


@pytest.fixture
def isolated(tmp_path: Path) -> dict[str, str]:
    """An environment whose home, data, settings, log, cache and temporary folders are empty."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_CONFIG", "XDG_DATA", "XDG_CACHE", "XDG_STATE", "CODEV_"))
    }
    env.update(
        HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path / "tmp"), QT_QPA_PLATFORM="offscreen"
    )
    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        env[f"CODEV_{name}_DIR"] = str(tmp_path / "codev" / name.lower())
    (tmp_path / "home").mkdir()
    (tmp_path / "tmp").mkdir()
    if not env.get("XDG_RUNTIME_DIR"):  # as in a desktop session (Qt warns without one)
        env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
        (tmp_path / "runtime").mkdir(mode=0o700)
    return env


def _self_check(program: Path, env: dict[str, str], *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [str(program), *args],
        env=dict(env, CODEV_SELF_CHECK="1"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARKER + " ")]
    assert len(lines) == 1, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(lines[0].removeprefix(MARKER + " "))
    return report


def test_the_built_program_reaches_its_window_with_everything_from_inside_the_bundle(
    isolated: dict[str, str], tmp_path: Path
) -> None:
    program = _bundle_program()
    bundle = program.parent.resolve()
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    report = _self_check(program, isolated, "--lang", "fr")

    def inside(path: str) -> bool:
        return Path(path).resolve().is_relative_to(bundle)

    assert report["frozen"] is True
    assert report["version"] == _project_version()
    assert report["window"]["painted"] is True
    assert report["window"]["title"] == "Codev"
    assert report["window"]["menus"] == ["&Séance", "&Paramètres", "&Aide"]  # French, from the .qm
    assert inside(report["resources"])
    bundled_templates = sorted(Path(report["templates"]).glob("*.toml"))
    assert inside(report["templates"]) and len(bundled_templates) >= 1
    assert report["window"]["templates_listed"] == len(bundled_templates)
    assert any(path.endswith("codev_fr.qm") and inside(path) for path in report["translations"])
    # Qt's own French (file dialogs), bundled by packaging/codev.spec.
    assert any(path.endswith("qtbase_fr.qm") and inside(path) for path in report["translations"])
    assert all(inside(path) for path in report["translations"])
    assert report["font"]["family"] == "Noto Sans"
    assert report["font"]["families_in_files"] == ["Noto Sans", "Noto Emoji"]
    assert inside(report["font"]["files"])
    assert (Path(report["font"]["files"]) / "NotoEmoji.ttf").is_file()
    assert report["font"]["emoji"] == ["Noto Emoji"]  # drawn, not an empty box
    assert report["icon"]["drawn"] is True and inside(report["icon"]["path"])
    for chime in report["chime"]["files"].values():
        assert inside(chime["path"]) and chime["seconds"] > 0.5
    player = report["chime"]["player"]  # the system's own (paplay...), when it has one
    assert player is None or Path(player).name in {"paplay", "pw-play", "aplay"}
    sound = report["chime"]["sound"]
    assert sound["qt_multimedia"] is True
    if sound["outputs"]:  # a machine with a sound device (or server) plays the chime
        assert sound["status"] == "Ready"

    # Its own folders were used, and nothing was written anywhere else.
    codev = tmp_path / "codev"
    assert (codev / "data" / "codev.sqlite3").is_file()
    assert (codev / "log" / "codev.log").is_file()
    # PulseAudio's client library (loaded for the chime, as by any program that plays a sound)
    # keeps its cookie and runtime link in ~/.config/pulse; Codev itself writes nothing there.
    written = {
        path
        for path in _tree(home)
        if path != ".config" and Path(path).parts[:2] != (".config", "pulse")
    }
    assert written == set()
    assert _tree(temporary) == {}


def test_the_built_program_says_its_version(isolated: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        [str(_bundle_program()), "--version"],
        env=isolated,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"codev-app {_project_version()}\n"
    assert _tree(tmp_path / "home") == {}

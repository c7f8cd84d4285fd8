"""The layer contracts of pyproject.toml (import-linter): Codev keeps them, and they catch errors.

The contracts are checked on Codev itself, then on a small package laid out like Codev with the same
contracts (renamed), once clean and once per wrong import: a contract that caught nothing would
pass the first check for ever.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# A package shaped like Codev, with only the imports the layers allow (indirect ones included).
ALLOWED: dict[str, tuple[str, ...]] = {
    "core/__init__.py": (),
    "core/engine.py": ("from layered.core import template",),
    "core/template.py": ("import json",),
    "storage/__init__.py": (),
    "storage/repository.py": ("import sqlite3", "from layered.core import engine"),
    "export/__init__.py": (),
    "export/pdf.py": ("import PySide6.QtGui", "from layered import fonts", "import layered.core"),
    "delivery/__init__.py": (),
    "delivery/outbox.py": (
        "import asyncio",
        "from layered.export import pdf",
        "import layered.storage",
    ),
    "fonts.py": ("import PySide6.QtGui",),
    "ui/__init__.py": (),
    "ui/window.py": (
        "import PySide6.QtWidgets",
        "import layered.persistence",
        "from layered import fonts",
        "from layered.export import pdf",
    ),
    "persistence.py": ("from layered.storage import repository",),
    "app.py": ("from layered.ui import window",),
    "cli_base.py": ("import argparse",),
    "cli_common.py": ("from layered.cli_base import add_command", "import layered.storage"),
    "cli_sessions_read.py": ("from layered import cli_common",),
    "cli_sessions_export.py": ("from layered import cli_common",),
    "cli_sessions_change.py": ("from layered import cli_common",),
    "cli_sessions.py": (
        "from layered.cli_base import add_command",
        "import layered.storage",
        "from layered import cli_sessions_change, cli_sessions_export, cli_sessions_read",
    ),
    "cli.py": ("from layered import app, cli_base, cli_sessions",),
}


def _lint(root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    # A wide terminal: contract names stay on one line.
    environment = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "400"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(config)],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _renamed(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("codev_app", "layered")
    if isinstance(value, list):
        return [_renamed(item) for item in value]
    if isinstance(value, dict):
        return {key: _renamed(item) for key, item in value.items()}
    return value


def _contracts() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return dict(tomllib.load(file)["tool"]["importlinter"])


def _package(tmp_path: Path, extra: dict[str, str]) -> Path:
    package = tmp_path / "layered"
    for name, lines in {**ALLOWED, "__init__.py": ()}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join((*lines, extra.get(name, ""))), encoding="utf-8")
    config = tmp_path / "pyproject.toml"
    config.write_text(tomli_w.dumps({"tool": {"importlinter": _renamed(_contracts())}}))
    return config


def test_codev_keeps_every_layer_contract() -> None:
    result = _lint(ROOT / "src", ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = _contracts()["contracts"]
    assert len(contracts) >= 5
    for contract in contracts:
        assert f"{contract['name']} KEPT" in " ".join(result.stdout.split())


def test_a_package_with_allowed_imports_only_keeps_the_contracts(tmp_path: Path) -> None:
    result = _lint(tmp_path, _package(tmp_path, {}))
    assert result.returncode == 0, result.stdout
    assert "BROKEN" not in result.stdout


SHARED = "storage, export and delivery know"


@pytest.mark.parametrize(
    ("module", "wrong_import", "contract", "explanation"),
    [
        ("core/engine.py", "import PySide6.QtCore\n", "core is pure Python", "import PySide6"),
        ("core/engine.py", "import qasync\n", "core is pure Python", "import qasync"),
        ("core/engine.py", "from layered import fonts\n", "core is pure Python", "import PySide6"),
        ("core/template.py", "from layered.storage import repository\n", "core is pure", ""),
        ("core/template.py", "from layered import cli\n", "core is pure Python", ""),
        (
            "export/pdf.py",
            "from layered.ui import window\n",
            SHARED,
            "",
        ),
        # Indirect: export reaches the widgets through the persistence wiring.
        (
            "export/pdf.py",
            "from layered import persistence\n",
            SHARED,
            "",
        ),
        (
            "delivery/outbox.py",
            "from layered.ui import window\n",
            SHARED,
            "",
        ),
        ("storage/repository.py", "import PySide6.QtCore\n", "storage is plain SQLite", ""),
        ("ui/window.py", "from layered import cli_sessions\n", "the UI never calls", ""),
        ("ui/window.py", "from layered import cli_common\n", "the UI never calls", ""),
        ("ui/window.py", "from layered.cli_base import add_command\n", "the UI never calls", ""),
        ("app.py", "from layered import cli\n", "the command line parses", ""),
        ("cli_sessions.py", "from layered import cli\n", "the command line parses", ""),
        ("cli_sessions.py", "from layered import app\n", "the command line parses", ""),
    ],
)
def test_a_wrong_import_breaks_its_contract(
    tmp_path: Path, module: str, wrong_import: str, contract: str, explanation: str
) -> None:
    result = _lint(tmp_path, _package(tmp_path, {module: wrong_import}))
    assert result.returncode == 1, result.stdout
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    broken = [line for line in lines if line.endswith("BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout
    importer = "layered." + module.removesuffix(".py").replace("/", ".")
    assert importer in result.stdout
    assert explanation in result.stdout.replace("PySide6.QtCore", "PySide6")

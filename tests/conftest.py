"""Test-wide set-up: Qt offscreen, and every Codev folder pointed at the test's own tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: no display here, and qasync must pick PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

CODEV_DIR_VARIABLES = ("CODEV_DATA_DIR", "CODEV_CONFIG_DIR", "CODEV_LOG_DIR", "CODEV_CACHE_DIR")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config, log and cache dirs at tmp_path so no test touches the user's folders."""
    root = tmp_path / "codev-home"
    for variable in CODEV_DIR_VARIABLES:
        monkeypatch.setenv(variable, str(root / variable.removeprefix("CODEV_").lower()))
    monkeypatch.setenv("LANGUAGE", "en")
    return root

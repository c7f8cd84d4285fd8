"""PySide6's check of each imported module keeps nothing in linecache (memory of a long session)."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from shibokensupport import feature

import codev_app.ui  # noqa: F401  (installs the check, as every window does)
from codev_app.pyside_sources import read_sources_once


@pytest.fixture
def module_folder(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("codev_probe_qt", "codev_probe_plain"):
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def test_an_imported_module_is_checked_but_its_lines_are_not_kept(module_folder: Path) -> None:
    uses_qt = module_folder / "codev_probe_qt.py"
    uses_qt.write_text("from PySide6 import QtCore\n\nVALUE = 1\n", encoding="utf-8")
    plain = module_folder / "codev_probe_plain.py"
    plain.write_text("VALUE = 2\n", encoding="utf-8")
    linecache.clearcache()

    # Through the import statement, as PySide6 hooks it (importlib.import_module is not seen).
    __import__("codev_probe_qt")
    __import__("codev_probe_plain")

    # PySide6's answer is unchanged: 0 = "uses PySide6", -1 = "ignore this module".
    assert feature.pyside_feature_dict["codev_probe_qt"] == 0
    assert feature.pyside_feature_dict["codev_probe_plain"] == -1
    assert str(uses_qt) not in linecache.cache
    assert str(plain) not in linecache.cache
    # A traceback still finds the lines, read when asked.
    assert linecache.getline(str(uses_qt), 3) == "VALUE = 1\n"


def test_calling_it_again_keeps_one_replacement() -> None:
    installed = feature._mod_uses_pyside
    assert read_sources_once() is True
    assert feature._mod_uses_pyside is installed

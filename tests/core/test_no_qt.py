"""The core is pure Python: importing every module of codev_app.core loads no Qt at all."""

from __future__ import annotations

import json
import subprocess
import sys

QT_PACKAGES = ("PySide6", "shiboken6")

# Run in a fresh interpreter: this test process may already have Qt loaded by other tests.
PROBE = """
import importlib, json, pkgutil, sys
{prelude}
import codev_app.core as core
names = [core.__name__] + sorted(
    info.name for info in pkgutil.walk_packages(core.__path__, core.__name__ + ".")
)
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {qt_packages!r})
print(json.dumps({{"modules": names, "qt": qt}}))
"""


def probe(prelude: str = "") -> dict[str, list[str]]:
    code = PROBE.format(prelude=prelude, qt_packages=QT_PACKAGES)
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, list[str]] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def test_no_core_module_imports_qt() -> None:
    result = probe()
    assert result["qt"] == []
    # The walk really found the package's modules (not just an empty list).
    for name in ("codev_app.core.template", "codev_app.core.library", "codev_app.core.scaling"):
        assert name in result["modules"]


def test_the_probe_does_see_qt_when_it_is_loaded() -> None:
    result = probe(prelude="import PySide6.QtCore")
    assert "PySide6.QtCore" in result["qt"]
    assert "shiboken6" in result["qt"]

"""The way to a usable window, in a real process: what it lists, what it leaves for later, and a
template index in the cache folder that is damaged, stale or in the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codev_app import paths
from codev_app.core.template import dump_template
from codev_app.template_library import INDEX_FILE_NAME, available_templates

# Starts Codev as ``python -m codev_app`` does; once the window is usable, prints what it shows
# and which modules were imported on the way, as JSON, and ends.
USABLE = """
import enum, gc, json, os, sys
from codev_app import app

def report_usable(window):
    from PySide6.QtCore import QTimer

    def report():
        window.repaint()
        items = window.welcome.template_list
        problems = window.welcome.problems
        print(json.dumps({
            "visible": window.isVisible(),
            "texts": [items.item(row).text() for row in range(items.count())],
            "ids": [items.item(row).data(256) for row in range(items.count())],
            "problems": problems.text() if problems.isVisibleTo(window) else "",
            "modules": sorted(sys.modules),
            "qt_enums": sorted(
                o.__qualname__ for o in gc.get_objects()
                if isinstance(o, enum.EnumType) and str(o.__module__).startswith("PySide6")
            ),
        }), flush=True)
        os._exit(0)

    QTimer.singleShot(0, report)

app._report_usable = report_usable
from codev_app.cli import main
raise SystemExit(main(["--lang", "en"]))
"""

# Imported only when the facilitator uses what needs them: never on the way to the window.
NOT_ON_THE_WAY = (
    "asyncio",
    "pycrdt",
    "websockets",
    "segno",
    "qasync",
    "tomllib",
    "uuid",
    "codev_app.cofacilitation",
    "codev_app.export",
    "codev_app.delivery",
    "codev_app.core.template",
    "codev_app.core.session",
    "codev_app.core.read_model",
    "codev_app.core.groups",
    "codev_app.storage.bundles",
    "codev_app.storage.deliveries",
    "codev_app.ui.templates.drafts",
)


PROBLEM = "1 template file could not be read and is not listed. The details are in "


def start() -> dict[str, object]:
    env = dict(os.environ, CODEV_BENCH_USABLE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", USABLE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("{"))
    report: dict[str, object] = json.loads(line)
    return report


def expected_texts() -> list[str]:
    templates, _problems = available_templates()
    return [template.name.get("en") for template in templates]


def names(report: dict[str, object]) -> list[str]:
    texts = report["texts"]
    assert isinstance(texts, list)
    return [str(text).partition("\n")[0] for text in texts]


def index_file() -> Path:
    return paths.cache_dir() / INDEX_FILE_NAME


def age_templates() -> None:
    # Built-in files are old; a file written just now never goes into the index (see RACY).
    for path in paths.user_templates_dir().glob("*.toml"):
        os.utime(path, (1_700_000_000, 1_700_000_000))


def test_the_usable_window_lists_every_template_and_imports_nothing_it_does_not_show() -> None:
    first = start()
    assert first["visible"] is True
    assert names(first) == expected_texts() and len(names(first)) >= 10
    assert index_file().is_file()
    second = start()  # from the index
    assert second["texts"] == first["texts"] and second["ids"] == first["ids"]
    assert str(first["texts"][0]).endswith("· built-in")  # type: ignore[index]
    modules = set(second["modules"])  # type: ignore[call-overload]
    loaded = [name for name in NOT_ON_THE_WAY if name in modules]
    assert loaded == []
    assert "codev_app.storage.repository" in modules  # the database is open
    # Each Qt class first reached from Python is created with its enums, which costs: the icons'
    # (QAction's icon overload), the text editor's (the help browser) are not on the way.
    enums = set(second["qt_enums"])  # type: ignore[call-overload]
    assert {"QListView.ViewMode", "QKeySequence.StandardKey"} <= enums  # shown, shortcuts
    assert not enums & {"QIcon.ThemeIcon", "QTextEdit.LineWrapMode", "QAbstractSlider.SliderAction"}


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00\xff\x00 not json", b'{"key": [1, [', b'{"key": 1, "templates": "no"}'],
    ids=["empty", "binary", "cut short", "wrong"],
)
def test_a_damaged_index_never_stops_the_start(damage: bytes) -> None:
    start()
    index_file().write_bytes(damage)
    report = start()
    assert report["visible"] is True
    assert names(report) == expected_texts()
    assert json.loads(index_file().read_bytes())["templates"]  # rebuilt


def test_a_template_added_changed_or_broken_since_the_last_start_is_shown_as_it_is_now() -> None:
    start()
    folder = paths.user_templates_dir()
    classic = next(t for t in available_templates()[0] if t.id == "classic")
    text = dump_template(classic).replace('id = "classic"', 'id = "mine"', 1)
    text = text.replace(classic.name.get("en"), "Thursday circle", 1)
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    (folder / "broken.toml").write_text("id = [", encoding="utf-8")
    age_templates()
    report = start()
    assert "Thursday circle" in names(report)
    assert str(report["problems"]).startswith(PROBLEM)
    (folder / "mine.toml").write_text(text.replace("Thursday circle", "Friday circle"), "utf-8")
    age_templates()
    report = start()
    assert "Friday circle" in names(report) and "Thursday circle" not in names(report)
    (folder / "broken.toml").unlink()
    report = start()
    assert report["problems"] == "" and "Friday circle" in names(report)


def test_an_index_in_a_folder_codev_cannot_replace_costs_nothing() -> None:
    index_file().parent.mkdir(parents=True, exist_ok=True)
    index_file().mkdir()  # a folder where the file should be
    report = start()
    assert names(report) == expected_texts()
    assert index_file().is_dir()


def test_the_modules_imported_before_qt_import_no_qt() -> None:
    # One that imported PySide6 would make every later one pay PySide6's import hook again.
    code = (
        "import importlib, sys\n"
        "from codev_app.app import BEFORE_QT_MODULES\n"
        "for name in BEFORE_QT_MODULES:\n"
        "    importlib.import_module(name)\n"
        "    assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), name\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr

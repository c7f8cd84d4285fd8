"""Memory of the real window with a session running for three (simulated) hours.

    python benchmarks/memory.py [--hours 3]

Runs offscreen the real main window, with its real chime (the player the machine has) and a real
database in a temporary folder, a classic session with six people and the share window open. The
session's clock is a :class:`~codev_app.core.clock.FakeClock` advanced one second per timer tick,
every tick painted, so three hours pass in well under a minute; every 10 simulated minutes the
facilitator moves to another phase (Page Down, or Page Up at the end) and types a note.

Prints the resident memory (RSS) of a bare PySide6 window (measured in a separate process), of
the window with the session after its first minute, at each hour, and the growth per hour between
the first and the last hour, against the goals: at most 90 MiB after three hours, at most 2 MB per
hour. Always exits 0 (shared CI machines are too noisy to fail on).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
_HOME = tempfile.mkdtemp(prefix="codev-bench-memory-")
for _name in ("DATA", "CONFIG", "LOG", "CACHE"):
    os.environ[f"CODEV_{_name}_DIR"] = str(Path(_HOME) / _name.lower())

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from codev_app.app import open_store  # noqa: E402
from codev_app.core.clock import FakeClock  # noqa: E402
from codev_app.core.template import load_template  # noqa: E402
from codev_app.resources_path import resource_dir  # noqa: E402
from codev_app.ui import fonts  # noqa: E402
from codev_app.ui.main_window import MainWindow  # noqa: E402
from codev_app.ui.new_session import SessionSetup  # noqa: E402

RSS_GOAL_MIB = 90.0
GROWTH_GOAL_MB_PER_HOUR = 2.0
PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")
MIB = 1024 * 1024

_BARE_WINDOW = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Codev")
label.resize(1024, 680)
label.show()
for _ in range(5):
    app.processEvents()
print(open("/proc/self/statm").read().split()[1])
"""


def rss_bytes() -> int:
    """This process's resident memory, from /proc (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def bare_window_bytes() -> int:
    result = subprocess.run(
        [sys.executable, "-c", _BARE_WINDOW], capture_output=True, text=True, check=True
    )
    return int(result.stdout.split()[-1]) * os.sysconf("SC_PAGE_SIZE")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=int, default=3, help="simulated hours")
    args = parser.parse_args(argv)

    bare = bare_window_bytes()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_bundled_font(app)
    clock = FakeClock()
    window = MainWindow(clock=clock)  # the real chime, as the settings make it
    window.resize(1024, 680)
    window.show()
    window.complete_startup()
    store, _messages = open_store(window)
    assert store is not None
    window.attach_store(store, [])
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    console = window.console
    assert console is not None
    console.toggle_share()
    QTest.qWait(100)

    def one_second() -> None:
        clock.advance(1)
        controller.tick()
        app.processEvents()

    for _ in range(60):
        one_second()
    hourly = [rss_bytes()]
    forward = True
    for second in range(1, args.hours * 3600 + 1):
        one_second()
        if second % 600 == 0:
            engine = console.live.engine
            if engine.current_index >= len(engine.plan) - 1:
                forward = False
            elif engine.current_index == 0:
                forward = True
            QTest.keyClick(window, Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp)
            focus = app.focusWidget()
            if focus is not None and hasattr(focus, "insertPlainText"):
                focus.insertPlainText(f"Note {second // 600}. ")
        if second % 3600 == 0:
            hourly.append(rss_bytes())
            QTest.qWait(50)  # let deferred deletions and autosaves run, as idle time would

    final = hourly[-1]
    growth = (hourly[-1] - hourly[1]) / max(1, len(hourly) - 2) if len(hourly) > 2 else 0.0
    chime = type(console.chime).__name__
    multimedia = any(name.startswith("PySide6.QtMultimedia") for name in sys.modules)
    print(f"Qt platform: {app.platformName()}, chime: {chime}, QtMultimedia loaded: {multimedia}")
    print(f"bare PySide6 window: {bare / MIB:.1f} MiB")
    print("session RSS by hour: " + ", ".join(f"{value / MIB:.1f}" for value in hourly) + " MiB")
    verdict = "within" if final / MIB <= RSS_GOAL_MIB else "ABOVE"
    print(
        f"after {args.hours} h: {final / MIB:.1f} MiB ({final / bare:.2f}× a bare window, "
        f"{(final - bare) / MIB:+.1f} MiB over it; "
        f"{verdict} the {RSS_GOAL_MIB:g} MiB goal)"
    )
    verdict = "within" if growth / 1e6 <= GROWTH_GOAL_MB_PER_HOUR else "ABOVE"
    print(
        f"growth after the first hour: {growth / 1e6:.2f} MB/h "
        f"({verdict} the {GROWTH_GOAL_MB_PER_HOUR:g} MB/h goal)"
    )
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

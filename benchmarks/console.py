"""How much GUI-thread time the facilitator console costs, per second and per key press.

    python benchmarks/console.py [--ticks 400] [--keys 60]

Runs offscreen, a classic session on a fake clock, the share window open beside the console:

- **timer repaint**: one second passes; the time from ``controller.tick()`` until the console and
  the share window have repainted everything that changed (disk, digits, state, rail row,
  session clock) — the work the GUI thread does every second. Target: median ≤ 2 ms.
- **key to phase**: a Page Down (or Page Up) key press sent to the main window, until the new
  phase is painted (card, rail, header, share window). Target: median ≤ 16 ms (one frame).

Prints medians and 90th percentiles; always exits 0 (shared CI machines are too noisy to fail on).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
_HOME = tempfile.mkdtemp(prefix="codev-bench-console-")
for _name in ("DATA", "CONFIG", "LOG", "CACHE"):
    os.environ[f"CODEV_{_name}_DIR"] = str(Path(_HOME) / _name.lower())

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from codev_app.core.clock import FakeClock  # noqa: E402
from codev_app.core.template import load_template  # noqa: E402
from codev_app.resources_path import resource_dir  # noqa: E402
from codev_app.ui import fonts  # noqa: E402
from codev_app.ui.console.chime import SilentChime  # noqa: E402
from codev_app.ui.main_window import MainWindow  # noqa: E402
from codev_app.ui.new_session import SessionSetup  # noqa: E402

REPAINT_TARGET_MS = 2.0
KEY_TARGET_MS = 16.0
PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")


class PaintCounter(QObject):
    """Counts paint events, to check that each measured step really repainted."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(app: QApplication) -> None:
    """Run every pending event (layouts, then paints)."""
    for _ in range(3):
        app.processEvents()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, values: list[float], target: float) -> None:
    median = statistics.median(values)
    verdict = "within" if median <= target else "ABOVE"
    print(
        f"{name}: median {median:.2f} ms, p90 {percentile(values, 0.9):.2f} ms "
        f"over {len(values)} ({verdict} the {target:g} ms target)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=400, help="seconds to repaint")
    parser.add_argument("--keys", type=int, default=60, help="phase changes by key")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_bundled_font(app)
    clock = FakeClock()
    window = MainWindow(clock=clock, chime=SilentChime())
    window.resize(1024, 680)
    window.show()
    window.complete_startup()
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    console = window.console
    assert console is not None
    console.toggle_share()
    assert console.share_window is not None
    window.activateWindow()
    QTest.qWait(100)
    settle(app)

    counter = PaintCounter()
    for widget in [*window.findChildren(QWidget), *console.share_window.findChildren(QWidget)]:
        widget.installEventFilter(counter)

    # --- one second passing ---
    repaint_ms: list[float] = []
    for _ in range(30):  # warm-up (caches, first paints)
        clock.advance(1)
        controller.tick()
        settle(app)
    for _ in range(args.ticks):
        clock.advance(1)
        before = counter.paints
        start = time.perf_counter()
        controller.tick()
        settle(app)
        repaint_ms.append((time.perf_counter() - start) * 1000)
        assert counter.paints > before, "a second passed without any repaint"

    # --- a key press to a new phase, painted ---
    key_ms: list[float] = []
    keys = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
    for round_number in range(args.keys + 4):
        key = keys[round_number % 2]
        before_index = console.live.engine.current_index
        start = time.perf_counter()
        QTest.keyClick(window, key)
        settle(app)
        elapsed = (time.perf_counter() - start) * 1000
        assert console.live.engine.current_index != before_index, "the key did not change phase"
        if round_number >= 4:  # the first ones build caches
            key_ms.append(elapsed)

    print(f"Qt platform: {app.platformName()}, window {window.width()}×{window.height()}")
    report("timer repaint (console + share window)", repaint_ms, REPAINT_TARGET_MS)
    report("key press to repainted phase (Page Down/Up)", key_ms, KEY_TARGET_MS)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

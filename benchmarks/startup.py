"""How long Codev takes to a usable window, compared with a bare PySide6 window on this machine.

    python benchmarks/startup.py [--runs 15] [--sessions 10000]

Three programs run offscreen in fresh processes, in turn: a bare PySide6 window, Codev on an empty
database and Codev on a database of ``--sessions`` past sessions. The time is from starting the
process to a usable window: Codev prints a marker when ``CODEV_BENCH_USABLE=1`` once its event loop
runs, the database is open and the welcome screen is painted with its templates; the bare script
prints it from its first ``paintEvent``, inside its event loop. Prints the medians and the ratios.
Targets: at most 1.5x with an empty database, 1.6x with 10,000 sessions. It reports and always
exits 0: timings on shared CI machines are too noisy to fail a build on.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_EMPTY = 1.5
TARGET_FULL = 1.6
MARKER = "codev-usable"  # codev_app.app.USABLE_MARKER, not imported: keep this light

BARE_WINDOW = f"""
import os
import sys
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print({MARKER!r}, flush=True)
        os._exit(0)


app = QApplication(sys.argv)
window = Window()
window.show()
app.exec()
"""


def time_to_marker(command: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from starting ``command`` to the marker line on its output."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command} ended without printing {MARKER!r}")
        process.wait(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return elapsed


def _fill(data_dir: Path, sessions: int) -> None:
    """A database of ``sessions`` finished sessions (generated as in benchmarks/storage.py)."""
    import random

    sys.path.insert(0, str(Path(__file__).parent))
    from codev_app.storage.repository import Store
    from storage import populate  # type: ignore[import-not-found]

    data_dir.mkdir(parents=True, exist_ok=True)
    with Store(data_dir / "codev.sqlite3", backups_dir=data_dir / "backups") as store:
        populate(store, sessions, random.Random(7))


def measure(runs: int, sessions: int) -> dict[str, list[float]]:
    """``runs`` timings of each program, interleaved so drifts hit all of them."""
    with tempfile.TemporaryDirectory(prefix="codev-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
        env["CODEV_BENCH_USABLE"] = "1"
        # As in an installed application, modules load from compiled bytecode: a private cache
        # (filled by the untimed first runs) so that PYTHONDONTWRITEBYTECODE, set on some
        # machines, does not make every run compile Codev from source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        envs = {}
        for label in ("empty", "full"):
            envs[label] = dict(env)
            for name in ("DATA", "CONFIG", "LOG", "CACHE"):
                envs[label][f"CODEV_{name}_DIR"] = str(Path(home) / label / name.lower())
        print(f"Generating {sessions} sessions …", flush=True)
        _fill(Path(envs["full"]["CODEV_DATA_DIR"]), sessions)
        bare_script = Path(home) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        commands = {
            "bare": ([sys.executable, str(bare_script)], env),
            "empty": ([sys.executable, "-m", "codev_app"], envs["empty"]),
            "full": ([sys.executable, "-m", "codev_app"], envs["full"]),
        }
        # One untimed run each: fills the OS file cache, the bytecode cache and Codev's folders.
        for command, command_env in commands.values():
            time_to_marker(command, command_env)
        timings: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(runs):
            for label, (command, command_env) in commands.items():
                timings[label].append(time_to_marker(command, command_env))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time to a usable window.")
    # 15 by default: on a shared 2-core machine, medians of 9 runs moved by ±0.08 between runs.
    parser.add_argument("--runs", type=int, default=15, help="runs of each program (at least 7)")
    parser.add_argument("--sessions", type=int, default=10_000, help="past sessions")
    args = parser.parse_args(argv)
    timings = measure(max(7, args.runs), args.sessions)
    medians = {label: statistics.median(values) * 1000 for label, values in timings.items()}
    print(f"bare PySide6 QMainWindow:            median {medians['bare']:.0f} ms")
    for label, what, target in (
        ("empty", "an empty database", TARGET_EMPTY),
        ("full", f"{args.sessions} sessions", TARGET_FULL),
    ):
        ratio = medians[label] / medians["bare"]
        verdict = "within" if ratio <= target else "ABOVE"
        print(
            f"Codev usable, {what}: median {medians[label]:.0f} ms,"
            f" ratio {ratio:.2f} ({verdict} the {target}x target)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

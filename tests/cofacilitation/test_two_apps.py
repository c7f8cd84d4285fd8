"""Two real Codev processes (offscreen, each with its own data folders) joined by a code and
driven by keys: both show the same phase and speaker within a second."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class App:
    """One Codev process, driven through :mod:`tests.cofacilitation.app_driver`."""

    def __init__(self, folder: Path) -> None:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CODEV_DATA_DIR": str(folder / "data"),
            "CODEV_CONFIG_DIR": str(folder / "config"),
            "CODEV_LOG_DIR": str(folder / "log"),
            "CODEV_CACHE_DIR": str(folder / "cache"),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.cofacilitation.app_driver"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.expect("ready", timeout=30)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, start: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {start!r} from the app in {timeout} s") from None
            assert not line.startswith("error "), line
            if line.startswith(start):
                return line[len(start) :].strip()

    def shown(self) -> str:
        self.send("show")
        return self.expect("shown")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(5)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


def both_show(a: App, b: App, within: float) -> str:
    """What both show once they agree; fails if that takes longer than ``within`` seconds."""
    started = time.monotonic()
    while True:
        seen_a, seen_b = a.shown(), b.shown()
        if seen_a == seen_b:
            return seen_a
        assert time.monotonic() - started < within, (seen_a, seen_b)


def test_two_app_processes_show_the_same_phase_and_speaker(tmp_path: Path) -> None:
    dominique, sacha = App(tmp_path / "dominique"), App(tmp_path / "sacha")
    try:
        dominique.send("new")
        dominique.send("share Dominique")
        code = dominique.expect("code")
        assert code.startswith("CODEV-")
        sacha.send(f"join Sacha {code}")
        sacha.expect("joined", timeout=15)
        first = both_show(dominique, sacha, within=1.0)
        assert first.endswith("|-")  # nobody has the floor yet
        sacha.send("key N")  # Sacha gives the floor to the next speaker
        sacha.expect("pressed")
        given = both_show(dominique, sacha, within=1.0)
        assert given.split("|")[1] in ("Ana", "Bruno", "Claire"), given
        dominique.send("key PageDown")  # Dominique moves on to the next phase
        dominique.expect("pressed")
        moved = both_show(dominique, sacha, within=1.0)
        assert moved.split("|")[0] != first.split("|")[0]
    finally:
        dominique.stop()
        sacha.stop()

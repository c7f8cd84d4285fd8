"""When the shown digits change, against the monotonic truth (not what a repaint costs).

    python benchmarks/display_timing.py [--seconds 12]

Runs the real main window offscreen on the real monotonic clock, a classic session with six
people, the share window open. Phases change and speakers get the floor at odd fractions of a
second (so the phase, session and speaker seconds all turn at different moments). Every time a
watched figure is *painted* with a new text, the benchmark reads the clock: the text must be the
true one, and its lateness is how long ago the true figure turned to it.

Watched: the phase digits (console and share window), the session clock, the speaker's countdown
(console and share window). Two runs: a calm GUI thread, then one stalled 350 ms every 2 s (as a
slow disk or a heavy PDF would). Goal: every change within 50 ms of the truth outside stalls, and
the first frame after a stall right (its lateness is the stall itself, counted apart).

Prints the median, 99th percentile and worst lateness, and how many frames showed a wrong figure;
always exits 0 (shared machines are too noisy to fail on).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
_HOME = tempfile.mkdtemp(prefix="codev-bench-timing-")
for _name in ("DATA", "CONFIG", "LOG", "CACHE"):
    os.environ[f"CODEV_{_name}_DIR"] = str(Path(_HOME) / _name.lower())

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from codev_app.core.commands import (  # noqa: E402
    GoToPhase,
    NewRound,
    NextSpeaker,
    SelectSpeaker,
    SetSpeakerTime,
)
from codev_app.core.session import LiveSession  # noqa: E402
from codev_app.core.template import load_template  # noqa: E402
from codev_app.resources_path import resource_dir  # noqa: E402
from codev_app.ui import fonts  # noqa: E402
from codev_app.ui.console.chime import SilentChime  # noqa: E402
from codev_app.ui.console.live_text import LiveText  # noqa: E402
from codev_app.ui.console.speaker_clock import speaker_reading  # noqa: E402
from codev_app.ui.console.texts import read_timer, session_line  # noqa: E402
from codev_app.ui.main_window import MainWindow  # noqa: E402
from codev_app.ui.new_session import SessionSetup  # noqa: E402

GOAL_MS = 50.0
STALL_S = 0.35
STALL_EVERY_MS = 2000
PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")


@dataclass
class Watch(QObject):
    """Records each paint of ``widget`` that shows a new text, with its lateness."""

    name: str
    widget: LiveText
    truth: Callable[[], tuple[str, float]]  # the true text now, and its count of seconds
    stalls: list[tuple[float, float]]
    commands: list[float]  # when each command was applied (a figure may change then, too)
    late_ms: list[float] = field(default_factory=list)
    command_ms: list[float] = field(default_factory=list)
    after_stall_ms: list[float] = field(default_factory=list)
    wrong: int = 0
    shown: str = ""

    def __post_init__(self) -> None:
        QObject.__init__(self)
        self.widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            text = self.widget.text()
            if text != self.shown:
                self.shown = text
                self._measure(text)
        return False

    def _measure(self, text: str) -> None:
        now = time.monotonic()
        true_text, count = self.truth()
        if text != true_text:
            self.wrong += 1
            return
        turned_at = now - ((count + 1e-6) % 1.0)
        if self.commands and self.commands[-1] > turned_at:
            # Changed by a command (a new phase, a new speaker): the time that command took.
            self.command_ms.append((now - self.commands[-1]) * 1000)
            return
        late = (now - turned_at) * 1000
        if any(start - 0.005 <= turned_at <= end + 0.005 for start, end in self.stalls):
            self.after_stall_ms.append(late)
        else:
            self.late_ms.append(late)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(app: QApplication, seconds: float, *, stall: bool) -> list[Watch]:
    window = MainWindow(chime=SilentChime())
    window.resize(1280, 800)
    window.show()
    window.complete_startup()
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    console = window.console
    assert console is not None
    console.toggle_share()
    share = console.share_window
    assert share is not None
    live: LiveSession = console.live
    stalls: list[tuple[float, float]] = []
    commands: list[float] = []

    def phase_truth() -> tuple[str, float]:
        return read_timer(live, console.language).digits, live.engine.phase_status().elapsed

    def session_truth() -> tuple[str, float]:
        return session_line(live), live.engine.session_status().elapsed

    def speaker_truth() -> tuple[str, float]:
        return speaker_reading(live, console.language).time, live.turns.current_turn_elapsed()

    watched = [
        ("phase digits, console", console.timer.digits, phase_truth),
        ("phase digits, share window", share.timer.digits, phase_truth),
        ("session clock, console", console.clock.elapsed_line, session_truth),
        ("speaker countdown, console", console.floor.countdown.time, speaker_truth),
        ("speaker countdown, share window", share.speaker.time, speaker_truth),
    ]
    watches = [Watch(name, widget, truth, stalls, commands) for name, widget, truth in watched]

    steps = iter(range(10**6))

    def act() -> None:
        # Odd moments: consultation (a round) and clarification (raised hands) in turn, each
        # with a time per speaker and someone given the floor at once.
        step = next(steps)
        commands.append(time.monotonic())
        phase = "consultation" if step % 2 == 0 else "clarification"
        controller.apply(GoToPhase(phase))
        controller.apply(SetSpeakerTime(seconds=60 + step))
        if phase == "consultation":
            controller.apply(NewRound()) if step % 4 == 0 else None
            controller.apply(NextSpeaker())
        else:
            people = [person.id for person in live.roster.participants]
            controller.apply(SelectSpeaker(people[step % len(people)]))
            controller.apply(NextSpeaker())

    actions = QTimer()
    actions.timeout.connect(act)
    actions.start(1370)

    def freeze() -> None:
        start = time.monotonic()
        time.sleep(STALL_S)
        stalls.append((start, time.monotonic()))

    stall_timer = QTimer()
    stall_timer.timeout.connect(freeze)
    if stall:
        stall_timer.start(STALL_EVERY_MS)
    QTest.qWait(round(seconds * 1000))
    actions.stop()
    stall_timer.stop()
    console.close_windows()
    window.close()
    window.deleteLater()
    app.processEvents()
    return watches


def report(title: str, watches: list[Watch]) -> None:
    print(title)
    for watch in watches:
        values = watch.late_ms
        if not values:
            print(f"  {watch.name}: no change seen")
            continue
        worst = max(values)
        verdict = "within" if worst <= GOAL_MS else "ABOVE"
        line = (
            f"  {watch.name}: median {statistics.median(values):.1f} ms, "
            f"p99 {percentile(values, 0.99):.1f} ms, worst {worst:.1f} ms over {len(values)} "
            f"changes ({verdict} the {GOAL_MS:g} ms goal); wrong figures shown: {watch.wrong}"
        )
        if watch.command_ms:
            line += f"; changed by a command: {max(watch.command_ms):.0f} ms at most"
        if watch.after_stall_ms:
            line += (
                f"; {len(watch.after_stall_ms)} turned during a stall, shown "
                f"{max(watch.after_stall_ms):.0f} ms late at most (right on the first frame)"
            )
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=12, help="length of each run")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_bundled_font(app)
    print(f"Qt platform: {app.platformName()}")
    report("calm GUI thread:", run(app, args.seconds, stall=False))
    report(
        f"GUI thread stalled {STALL_S * 1000:.0f} ms every {STALL_EVERY_MS / 1000:g} s:",
        run(app, args.seconds, stall=True),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

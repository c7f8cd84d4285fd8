"""Codev as a facilitator starts it (``run_gui``, its own data folders), driven by lines on stdin.

For the two-process test only (``python -m tests.cofacilitation.app_driver``); nothing of it is
in the shipped app. Each line is one thing a facilitator does, by the window's own widgets and
keys: ``new`` (a session of three, started), ``share NAME``, ``join NAME CODE``, ``key NAME``
(a key pressed on the console, e.g. ``PageDown`` or ``1``), ``show`` and ``quit``. What a
facilitator would read comes back on stdout: ``code CODEV-…`` once shared, ``joined`` and
``shown PHASE|SPEAKER`` (the phase card's title and who has the floor, as the console shows them).
"""

from __future__ import annotations

import asyncio
import queue
import sys
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from qasync import QEventLoop

from codev_app.app import run_gui
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup


def say(line: str) -> None:
    print(line, flush=True)


def window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def shown(main: MainWindow) -> str:
    console = main.console
    if console is None:
        return "-|-"
    phase = console.findChild(QLabel, "phasePurpose")
    live = console.live
    speaker = live.turns.current_speaker
    name = next((p.name for p in live.roster.participants if p.id == speaker), "-")
    return f"{phase.text() if phase else '?'}|{name}"


def do(line: str) -> None:
    main = window()
    word, _, rest = line.partition(" ")
    if word == "new":
        template = load_template(resource_dir("templates", "classic.toml")).template
        main.open_session(SessionSetup(template, ("Ana", "Bruno", "Claire"), client="Claire"))
    elif word == "share":
        share = main.cofacilitation.open_share()
        assert share is not None
        share.address.setCurrentText("127.0.0.1")
        share.name.setText(rest)
        QTest.mouseClick(share.start_button, Qt.MouseButton.LeftButton)

        def wait_for_code() -> None:
            if share.code.text().startswith("CODEV-"):
                share.hide()
                say(f"code {share.code.text()}")
            else:
                QTimer.singleShot(20, wait_for_code)

        wait_for_code()
    elif word == "join":
        name, _, code = rest.partition(" ")
        join = main.cofacilitation.open_join()
        join.name.setText(name)
        join.code.setText(code)
        QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)

        def wait_for_console() -> None:
            if window().console is not None:
                join.hide()
                say("joined")
            else:
                QTimer.singleShot(20, wait_for_console)

        wait_for_console()
    elif word == "key":
        console = main.console
        assert console is not None
        key = getattr(Qt.Key, f"Key_{rest}")

        def press(tries: int = 100) -> None:
            # The window's shortcuts answer only once it is the active window.
            main.activateWindow()
            console.rail.setFocus()
            if QApplication.activeWindow() is not main and tries:
                QTimer.singleShot(10, lambda: press(tries - 1))
                return
            QTest.keyClick(console.rail, key)
            say(f"pressed {rest}")

        press()
    elif word == "show":
        say(f"shown {shown(main)}")
    elif word == "quit":
        cofacilitation = main.cofacilitation
        if cofacilitation.sharing is not None:
            from codev_app.ui.cofacilitation.sharing import run_soon

            run_soon(cofacilitation.sharing.end())
        QTimer.singleShot(300, main.close)


def main() -> int:
    app = QApplication(sys.argv)
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line.strip())

    threading.Thread(target=read, daemon=True).start()

    started: list[bool] = []

    def take() -> None:
        main = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if not started:
            # Ready once the window is usable: its menus, its database and asyncio are there.
            if main is None or not hasattr(main, "cofacilitation") or main.store is None:
                return
            if not isinstance(asyncio.get_event_loop_policy().get_event_loop(), QEventLoop):
                return
            started.append(True)
            say("ready")
        while not lines.empty():
            try:
                do(lines.get_nowait())
            except Exception as error:  # the test reads it and fails with it
                say(f"error {error!r}")

    poll = QTimer(app)
    poll.timeout.connect(take)
    poll.start(10)
    return run_gui("en")


if __name__ == "__main__":
    sys.exit(main())

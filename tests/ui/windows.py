"""The real main window as tests open it: shown, active, on a fake clock, with a silent chime."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from codev_app.core.clock import FakeClock
from codev_app.core.template import Template
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.main_window import MainWindow
from codev_app.ui.new_session import SessionSetup


class SilentChime:
    """Keeps the chimes instead of ringing them."""

    def __init__(self) -> None:
        self.played: list[object] = []

    def play(self, chime: object) -> None:
        self.played.append(chime)


def shown_main_window(
    qtbot: QtBot, clock: FakeClock, *, language: str = "en", size: tuple[int, int] = (1280, 800)
) -> MainWindow:
    """The main window, shown and active, as a facilitator finds it."""
    window = MainWindow(
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2026, 12, 4, 14, 0),
        language=language,
    )
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.complete_startup()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def session_console(
    qtbot: QtBot,
    clock: FakeClock,
    template: Template,
    people: tuple[str, ...],
    client: str,
    *,
    language: str = "en",
) -> tuple[MainWindow, ConsoleWidget]:
    """A session of ``people`` opened in the real main window, its console in front."""
    window = shown_main_window(qtbot, clock, language=language)
    window.open_session(SessionSetup(template, people, client=client))
    console = window.console
    assert console is not None
    return window, console

"""Screens of the first launch, the demo session at each phase and the method page, for
tools/screenshots.py: each at 720×600 (a window beside the video call) and full screen (1920×1080).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QApplication, QWidget

Screen = Callable[[str], QWidget]
SIZES = {"720": (720, 600), "full": (1920, 1080)}
DEMO_PHASES = (
    "opening",
    "exposition",
    "clarification",
    "contract",
    "consultation",
    "action_plan",
    "learnings",
)


def _window(language: str, size: tuple[int, int]) -> QWidget:
    from codev_app.core.clock import FakeClock
    from codev_app.template_library import template_summaries
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.main_window import MainWindow

    window = MainWindow(
        language=language,
        clock=FakeClock(),
        chime=SilentChime(),
        wall_clock=lambda: datetime(2026, 3, 5, 18, 0),
    )
    window.resize(*size)
    window.show()
    window.complete_startup()
    templates, problems = template_summaries()
    window.set_templates(templates, len(problems))
    return window


def _first_launch(size: tuple[int, int]) -> Screen:
    def screen(language: str) -> QWidget:
        from codev_app.ui.first_launch import FirstLaunch

        window = _window(language, size)
        page = FirstLaunch(window).show()  # type: ignore[arg-type]
        page.name_edit.setText("Claire Dubois")
        return window

    return screen


def _demo(phase_id: str | None, size: tuple[int, int]) -> Screen:
    """The demo in ``phase_id``, 60 % through it (None: the end, with Keep it)."""

    def screen(language: str) -> QWidget:
        from codev_app.core.engine import EngineState
        from codev_app.ui.demo import start_demo

        window = _window(language, size)
        run = start_demo(window)  # type: ignore[arg-type]
        assert run is not None
        live, clock = run.controller.live, window.clock  # type: ignore[attr-defined]
        while live.state is not EngineState.FINISHED:
            status = live.engine.phase_status()
            here = live.engine.current_phase.id == phase_id
            if here and status.elapsed >= 0.6 * status.planned:
                break
            clock.advance(0.5)
            run.poll()
        run.controller.tick()
        QApplication.processEvents()
        return window

    return screen


def _help(anchor: str, size: tuple[int, int]) -> Screen:
    def screen(language: str) -> QWidget:
        window = _window(language, size)
        help_window = window.help_entry.open(anchor)  # type: ignore[attr-defined]
        help_window.resize(min(size[0], 760), size[1])
        QApplication.processEvents()
        help_window.show_at(anchor)
        return help_window  # type: ignore[no-any-return]

    return screen


WELCOME_SCREENS: dict[str, Screen] = {}
for _size_name, _size in SIZES.items():
    WELCOME_SCREENS[f"first-launch-{_size_name}"] = _first_launch(_size)
    for _phase in DEMO_PHASES:
        WELCOME_SCREENS[f"demo-{_phase.replace('_', '-')}-{_size_name}"] = _demo(_phase, _size)
    WELCOME_SCREENS[f"demo-end-{_size_name}"] = _demo(None, _size)
    WELCOME_SCREENS[f"help-{_size_name}"] = _help("top", _size)
    WELCOME_SCREENS[f"help-consultation-{_size_name}"] = _help("consultation", _size)

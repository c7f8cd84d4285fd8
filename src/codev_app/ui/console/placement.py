"""Window sizes and places, remembered per screen setup (a laptop alone, or with its monitor).

Each window (the main window, the compact one, the one to share) is remembered under a key made
of its name and the screens' geometries, so plugging a monitor in or out brings back the layout
used with that setup. A place that no longer fits the screens is not restored.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

_log = logging.getLogger(__name__)


class Memory(Protocol):
    """Where small choices are kept between sessions (see ConsoleWidget's UiMemory)."""

    def get(self, key: str) -> str | None:
        """The remembered value, or None."""
        ...

    def set(self, key: str, value: str) -> None:
        """Remember ``value``."""
        ...


def screen_setup() -> str:
    """The screens now, e.g. ``1440x900+0+0,1920x1080+1440+0``."""
    screens = QGuiApplication.screens()
    parts = []
    for screen in screens:
        area = screen.geometry()
        parts.append(f"{area.width()}x{area.height()}+{area.x()}+{area.y()}")
    return ",".join(sorted(parts)) or "none"


def placement_key(name: str) -> str:
    """The memory key of window ``name`` with the screens now."""
    return f"window.{name}.{screen_setup()}"


def restore(window: QWidget, memory: Memory, name: str) -> bool:
    """Put ``window`` where it was last with these screens; False if nothing fits."""
    try:
        saved = memory.get(placement_key(name))
    except Exception as error:  # a memory is never worth an error
        _log.warning("Could not read where the %s window was: %s", name, error)
        return False
    if not saved:
        return False
    if not window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return False
    fits_in_a_screen = any(
        screen.availableGeometry().intersects(window.frameGeometry())
        for screen in QGuiApplication.screens()
    )
    return fits_in_a_screen


def remember(window: QWidget, memory: Memory, name: str) -> None:
    """Keep ``window``'s size and place for these screens."""
    try:
        memory.set(placement_key(name), bytes(window.saveGeometry().toBase64().data()).decode())
    except Exception as error:
        _log.warning("Could not remember where the %s window was: %s", name, error)

"""The Qt windows and widgets. They observe the core and send it commands; they hold no rules."""

import PySide6.QtCore  # noqa: F401  (PySide6 first, so that its import check can be changed)

from codev_app.pyside_sources import read_sources_once

read_sources_once()

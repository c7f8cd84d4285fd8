"""The bundled font (Noto Sans, SIL Open Font License), so that Codev looks the same everywhere.

A machine without fonts (minimal Linux installs, some containers) would otherwise show an empty box
for every glyph. Registering the files costs well under a millisecond.

It lives outside ``ui`` because the PDF writer needs it too: it uses Qt's font database (QtGui)
only, never widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from codev_app.resources_path import resource_dir

BUNDLED_FAMILY = "Noto Sans"
BUNDLED_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")

_log = logging.getLogger(__name__)


def fonts_dir() -> Path:
    """Folder of the bundled font files and their licence."""
    return resource_dir("fonts")


def register_bundled_fonts(directory: Path | None = None) -> list[str]:
    """Add the bundled font files to Qt's font database; returns the families they provide."""
    directory = fonts_dir() if directory is None else directory
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(directory / name))
        if font_id < 0:
            _log.warning("Could not load the bundled font %s", directory / name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families

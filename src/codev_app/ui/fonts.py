"""The bundled fonts (Noto Sans and Noto Emoji, SIL Open Font License), so that Codev looks the
same everywhere.

A machine without fonts (minimal Linux installs, some containers) would otherwise show an empty box
for every glyph, and one without an emoji font an empty box for the 🙂 in a name. Noto Emoji
(monochrome) is registered as the substitute Qt falls back to for what Noto Sans lacks, in the
windows and in the PDF documents alike. Registering the files costs about a millisecond.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from codev_app.resources_path import resource_dir

BUNDLED_FAMILY = "Noto Sans"
EMOJI_FAMILY = "Noto Emoji"
BUNDLED_FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoEmoji.ttf",
)
# Platform defaults are often 9 pt, small for someone glancing at the window during a call.
MIN_POINT_SIZE = 10.0

_log = logging.getLogger(__name__)


def fonts_dir() -> Path:
    """Folder of the bundled font files and their licence."""
    return resource_dir("fonts")


def register_bundled_fonts(directory: Path | None = None) -> list[str]:
    """Add the bundled font files to Qt's font database; returns the families they provide.

    Noto Emoji becomes the first substitute of Noto Sans: a character Noto Sans lacks is drawn
    with it before Qt asks the system (which may have no emoji font at all).
    """
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
    if EMOJI_FAMILY in families:
        substitutes = QFont.substitutes(BUNDLED_FAMILY)
        if EMOJI_FAMILY not in substitutes:
            QFont.insertSubstitutions(BUNDLED_FAMILY, [EMOJI_FAMILY, *substitutes])
    return families


def apply_bundled_font(app: QApplication) -> QFont:
    """Register the bundled font and make it the application font; returns that font.

    The size stays the platform's (the user's choice), raised to :data:`MIN_POINT_SIZE` if smaller.
    If the files are missing, the platform font is kept.
    """
    families = register_bundled_fonts()
    font = QFont(app.font())
    if BUNDLED_FAMILY in families:
        font.setFamilies([BUNDLED_FAMILY])
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    return font


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` at ``factor`` times its size, optionally bold."""
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font

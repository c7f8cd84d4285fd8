"""Fonts of the windows: the bundled font as the application font, and scaled headings."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from codev_app.fonts import BUNDLED_FAMILY, register_bundled_fonts

# Platform defaults are often 9 pt, small for someone glancing at the window during a call.
MIN_POINT_SIZE = 10.0


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

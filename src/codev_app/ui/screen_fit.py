"""Opening a window inside the screen's available area, sized to fit, over the window it serves.

On a 1440×900 laptop the Templates, History and Export windows used to open partly below the
bottom of the screen (the Export button out of reach). :func:`fit_in_screen` sizes a window to
what it wants, but never more than the available area (the screen without its panels and docks)
less room for the title bar and borders, and moves it over its parent window (or the middle of
the screen), inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window system adds around a window before it is shown (title bar, borders). Once a
# window has been shown, its real frame is used instead.
TITLE_BAR = 32
BORDER = 6


def available_area(widget: QWidget) -> QRect:
    """The available area of the screen ``widget`` (or its parent window) is on."""
    parent = widget.parentWidget()
    anchor = parent.window() if parent is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def _frame(widget: QWidget) -> tuple[int, int, int, int]:
    """Left, top, right and bottom frame widths (estimated before the window is shown)."""
    if widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        left, top = inner.left() - outer.left(), inner.top() - outer.top()
        right, bottom = outer.right() - inner.right(), outer.bottom() - inner.bottom()
        if left or top or right or bottom:
            return left, top, right, bottom
    return BORDER, TITLE_BAR, BORDER, BORDER


def fit_in_screen(widget: QWidget, wanted: QSize, area: QRect | None = None) -> QRect:
    """Resize and move the window ``widget`` so that all of it, frame included, is in ``area``
    (the screen's available area by default), as close to ``wanted`` as that allows.

    The window's minimum size is lowered when the area is smaller (its layout scrolls then).
    Returns the window's new geometry (without its frame).
    """
    area = available_area(widget) if area is None else area
    left, top, right, bottom = _frame(widget)
    room = QSize(max(200, area.width() - left - right), max(200, area.height() - top - bottom))
    minimum = widget.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        widget.setMinimumSize(minimum.boundedTo(room))
    size = wanted.boundedTo(room).expandedTo(widget.minimumSize())
    parent = widget.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else area.center()
    x = centre.x() - size.width() // 2
    y = centre.y() - size.height() // 2
    # Inside the area, frame included.
    x = min(max(x, area.left() + left), area.right() + 1 - right - size.width())
    y = min(max(y, area.top() + top), area.bottom() + 1 - bottom - size.height())
    widget.resize(size)
    widget.move(QPoint(x - left, y - top))  # move() places the frame's corner
    return QRect(QPoint(x, y), size)


def frame_inside(widget: QWidget, area: QRect) -> bool:
    """Whether the window, its frame included (as estimated or known), is inside ``area``."""
    left, top, right, bottom = _frame(widget)
    # A window's pos() is its frame's corner.
    size = widget.size()
    outer = QRect(widget.pos(), QSize(size.width() + left + right, size.height() + top + bottom))
    return area.contains(outer)

"""Small widgets and text helpers of the export window: the grid of names, lines, mnemonics."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QListView, QListWidget, QWidget


def mnemonic_safe(text: str) -> str:
    """A person's name inside a button or check box text: ``&`` shown, not a keyboard letter."""
    return text.replace("&", "&&")


def rule() -> QFrame:
    """A thin line between groups of choices."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def without_mnemonic(text: str) -> str:
    """A button or check box text as read aloud: keyboard letters dropped, ``&&`` back to ``&``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class NameGrid(QListWidget):
    """Names to tick, side by side in even columns, as tall as their rows (three at most)."""

    MAX_ROWS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def fit(self) -> None:
        """Size the columns to the longest name (within reason) and the height to the rows."""
        metrics = self.fontMetrics()
        names = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=80)
        cell = QSize(min(widest, 260) + 56, metrics.height() + 8)
        self.setGridSize(cell)
        self._fit_height()

    def _fit_height(self) -> None:
        cell = self.gridSize()
        if cell.width() <= 0:
            return
        inner = self.width() - 2 * self.frameWidth()
        columns = max(1, inner // cell.width())
        rows = max(1, min(self.MAX_ROWS, math.ceil(self.count() / columns)))
        height = rows * cell.height() + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

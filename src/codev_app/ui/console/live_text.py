"""A line of text that changes every second without costing a relayout.

A ``QLabel`` asks its layout to recompute every time its text changes. The console's digits,
timer state and session clock change every second, so they use :class:`LiveText` instead: its size
comes from a sample text chosen once (e.g. ``"+88:88"``), and a new text only repaints the widget,
only when the text really changed.

Screen readers: the widget's accessible *name* says what it is ("Phase time") and its accessible
*description* carries the current text, kept up to date (see the platform notes: a name hides a
label's text from AT-SPI).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class LiveText(QWidget):
    """One elided line of plain text, repainted only when it changes."""

    def __init__(
        self,
        name: str,
        *,
        sample: str = "",
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._sample = sample
        self._alignment = alignment | Qt.AlignmentFlag.AlignVCenter
        self._color: QColor | None = None
        self._size_hint: QSize | None = None
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def text(self) -> str:
        """The text shown."""
        return self._text

    def set_text(self, text: str) -> bool:
        """Show ``text``; returns whether anything changed (and was scheduled for repaint)."""
        if text == self._text:
            return False
        self._text = text
        self.setAccessibleDescription(text)
        self.setToolTip(text if self._elided() else "")
        self.update()
        return True

    def set_color(self, color: QColor | None) -> None:
        """Paint the text in ``color`` (None: the palette's window text)."""
        if color == self._color:
            return
        self._color = QColor(color) if color is not None else None
        self.update()

    def set_sample(self, sample: str) -> None:
        """The text whose width the widget asks for (the widest it usually shows)."""
        self._sample = sample
        self._size_hint = None
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        # A new font or style changes the size the sample needs.
        self._size_hint = None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        if self._size_hint is None:
            metrics = QFontMetrics(self.font())
            width = metrics.horizontalAdvance(self._sample or "M") + 4
            self._size_hint = QSize(width, metrics.height() + 2)
        return self._size_hint

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = min(self.sizeHint().width(), metrics.horizontalAdvance("M") * 4)
        return QSize(width, metrics.height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        color = self._color if self._color is not None else self.palette().windowText().color()
        painter.setPen(color)
        rect = QRect(self.rect())
        metrics = QFontMetrics(self.font())
        shown = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self._alignment), shown)
        painter.end()

    def _elided(self) -> bool:
        return QFontMetrics(self.font()).horizontalAdvance(self._text) > self.width()

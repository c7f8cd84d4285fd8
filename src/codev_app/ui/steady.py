"""A label that keeps the room of its longest text, so nothing below it moves when it changes.

The export window's approval text changes when the box is ticked ("The client has not approved
sharing yet…" / "Approved by … Untick the box…"); with a plain label everything under it moved
up or down under the pointer. :class:`SteadyLabel` is as tall as the tallest of its
``alternatives`` at its width.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """A word-wrapped label as tall as the tallest of :attr:`alternatives` (and its own text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.alternatives: list[str] = []

    def set_alternatives(self, texts: list[str]) -> None:
        """The texts this label may show; the room of the tallest is kept."""
        self.alternatives = texts
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            (
                metrics.boundingRect(QRect(0, 0, inner, 100_000), flags, text).height()
                for text in self.alternatives
            ),
            default=0,
        )
        return max(own, tallest + margins.top() + margins.bottom())

"""The timeline preview: the phases as proportional blocks on one bar, with their start times.

Start times are written as on a facilitator's paper plan, from the start of the session: ``0:00``,
``0:15``, ``1:05``. The bar is painted; what it shows is also in its accessible description, for
screen readers, one phase per line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from codev_app import i18n
from codev_app.core.template import Phase

NBSP = "\u00a0"


def start_times(phases: Sequence[Phase]) -> list[int]:
    """When each phase starts, in seconds from the start of the session."""
    starts, elapsed = [], 0
    for phase in phases:
        starts.append(elapsed)
        elapsed += phase.planned_seconds
    return starts


def clock_text(seconds: int) -> str:
    """``0:00``, ``0:15``, ``1:05``: hours and minutes since the start (seconds rounded)."""
    minutes = round(seconds / 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _mix(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``first`` and the rest of ``second``."""
    return QColor.fromRgbF(
        first.redF() * share + second.redF() * (1 - share),
        first.greenF() * share + second.greenF() * (1 - share),
        first.blueF() * share + second.blueF() * (1 - share),
    )


class TimelineBar(QWidget):
    """One horizontal bar, one block per phase, as wide as its share of the session.

    Clicking a block emits :attr:`phase_clicked` with the phase's position.
    """

    phase_clicked = Signal(int)
    HEIGHT = 52
    GAP = 2

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineBar")
        self._language = language
        self._phases: tuple[Phase, ...] = ()
        self._names: list[str] = []
        self._current = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.HEIGHT)
        self.setAccessibleName(self.tr("Timeline of the session"))

    def sizeHint(self) -> QSize:
        return QSize(400, self.HEIGHT)

    def set_phases(self, phases: Sequence[Phase], names: Sequence[str], current: int = -1) -> None:
        """Show ``phases`` (``names`` in the language being edited); highlight ``current``."""
        self._phases = tuple(phases)
        self._names = list(names)
        self._current = current
        self.setAccessibleDescription(self.description())
        self.update()

    def description(self) -> str:
        """What the bar shows, in words: one line per phase, then the total."""
        lines = []
        for phase, name, start in zip(
            self._phases, self._names, start_times(self._phases), strict=True
        ):
            duration = i18n.format_duration(phase.planned_seconds, space=NBSP)
            lines.append(f"{clock_text(start)} {name} ({duration})")
        total = sum(phase.planned_seconds for phase in self._phases)
        lines.append(
            self.tr("Total %1, ending at %2.")
            .replace("%1", i18n.format_duration(total, space=NBSP))
            .replace("%2", clock_text(total))
        )
        return "\n".join(lines)

    def block_rects(self) -> list[QRectF]:
        """Where each phase's block is painted."""
        total = sum(max(phase.planned_seconds, 0) for phase in self._phases)
        area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if total <= 0 or not self._phases:
            return [QRectF() for _ in self._phases]
        rects, left = [], area.left()
        for phase in self._phases:
            width = area.width() * max(phase.planned_seconds, 0) / total
            rects.append(QRectF(left, area.top(), max(width - self.GAP, 1.0), area.height()))
            left += width
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        small = self.font()
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        metrics, small_metrics = QFontMetrics(self.font()), QFontMetrics(small)
        starts = start_times(self._phases)
        for index, rect in enumerate(self.block_rects()):
            if rect.isEmpty():
                continue
            phase = self._phases[index]
            if index == self._current:
                fill, pen = accent, palette.color(QPalette.ColorRole.HighlightedText)
            else:
                share = 0.12 if phase.is_break else (0.22 if index % 2 == 0 else 0.34)
                fill, pen = _mix(accent, base, share), text
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            inner = rect.adjusted(6, 4, -4, -4)
            if inner.width() < 12:
                continue
            painter.setPen(pen)
            painter.setFont(small)
            painter.drawText(
                QPointF(inner.left(), inner.top() + small_metrics.ascent()),
                clock_text(starts[index]),
            )
            painter.setFont(self.font())
            name = metrics.elidedText(
                self._names[index], Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(QPointF(inner.left(), inner.bottom() - metrics.descent()), name)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, rect in enumerate(self.block_rects()):
            if rect.contains(event.position()):
                self.phase_clicked.emit(index)
                return
        super().mousePressEvent(event)

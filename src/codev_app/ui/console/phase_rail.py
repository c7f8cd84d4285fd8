"""The phase rail: every phase of the plan, its planned and actual time, and where we are.

A list the facilitator can glance at or drive: the current phase is marked, phases already worked
through are ticked, and a click or Enter on a phase jumps to it (arrow keys only move the
keyboard cursor, so browsing never changes the phase). Each row's text says everything for screen
readers ("Clarification, current phase, 3:10 of 15 min"); a delegate draws it calmly.

Per second, only the current row's actual time changes: the delegate reads it from the session
when painting, and only that row is repainted (no model signal, no relayout). The row's text for
screen readers is updated on every change of the session, not every second.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from codev_app.core.engine import EngineState
from codev_app.core.session import LiveSession
from codev_app.core.text import isolate
from codev_app.core.timing import TimerState
from codev_app.ui.console.palette import muted_text, timer_colors
from codev_app.ui.console.texts import clock_text, duration_text

ID_ROLE = Qt.ItemDataRole.UserRole
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 1
ACTUAL_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
NAME_ROLE = Qt.ItemDataRole.UserRole + 4


class RowStatus(StrEnum):
    """Where a phase stands."""

    CURRENT = "current"
    DONE = "done"  # time was spent in it, and it is not current
    SKIPPED = "skipped"  # before the current phase, never run
    AHEAD = "ahead"


class PhaseRail(QListWidget):
    """The list of phases; emits :attr:`phase_chosen` with a phase id on click or Enter."""

    phase_chosen = Signal(str)

    def __init__(self, live: LiveSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._language = language
        self._signature: tuple[tuple[str, int], ...] = ()
        self._painted_second = -1
        self.setObjectName("phaseRail")
        self.setAccessibleName(QCoreApplication.translate("PhaseRail", "Phases"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "PhaseRail", "Click a phase or press Enter on it to go to that phase."
            )
        )
        self.setItemDelegate(PhaseDelegate(self.actual_seconds, self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self.rebuild()

    # --- rendering -----------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Show the plan as it is now (call after a phase or plan change)."""
        plan = self._live.engine.plan
        signature = tuple((item.id, item.planned_seconds) for item in plan)
        if signature != self._signature or self.count() != len(plan):
            self._signature = signature
            self.clear()
            for item in plan:
                row = QListWidgetItem()
                row.setData(ID_ROLE, item.id)
                row.setData(NAME_ROLE, isolate(item.phase.name.get(self._language)))
                row.setData(PLANNED_ROLE, item.planned_seconds)
                self.addItem(row)
        for index in range(self.count()):
            self._update_row(index)
        current = self._current_index()
        if current is not None and self.currentRow() != current:
            self.setCurrentRow(current)
        if current is not None:
            self.scrollToItem(self.item(current))

    def refresh_current(self) -> None:
        """Repaint the current phase's row when its shown second changed (each second)."""
        current = self._current_index()
        if current is None or self._live.state is not EngineState.RUNNING:
            return
        shown = int(self._live.engine.actual_seconds(current))
        if shown != self._painted_second:
            self._painted_second = shown
            item = self.item(current)
            if item is not None:
                self.viewport().update(self.visualItemRect(item))

    def actual_seconds(self, index: int) -> int:
        """Seconds spent so far in phase ``index`` (what the rail shows)."""
        if not 0 <= index < len(self._live.engine.plan):
            return 0
        return int(self._live.engine.actual_seconds(index))

    def _current_index(self) -> int | None:
        if self._live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
            return None if self._live.state is EngineState.FINISHED else 0
        return self._live.engine.current_index

    def _update_row(self, index: int) -> None:
        row = self.item(index)
        if row is None:
            return
        engine = self._live.engine
        actual = int(engine.actual_seconds(index))
        started = self._live.state is not EngineState.NOT_STARTED
        if (
            started
            and self._live.state is not EngineState.FINISHED
            and (index == engine.current_index)
        ):
            status = RowStatus.CURRENT
        elif actual > 0:
            status = RowStatus.DONE
        elif started and index < engine.current_index:
            status = RowStatus.SKIPPED
        else:
            status = RowStatus.AHEAD
        if row.data(ACTUAL_ROLE) == actual and row.data(STATUS_ROLE) == status.value:
            return
        row.setData(ACTUAL_ROLE, actual)
        row.setData(STATUS_ROLE, status.value)
        row.setText(self._row_text(row, status, actual))

    def _row_text(self, row: QListWidgetItem, status: RowStatus, actual: int) -> str:
        name = str(row.data(NAME_ROLE))
        planned = duration_text(int(row.data(PLANNED_ROLE)))
        status_text = {
            RowStatus.CURRENT: QCoreApplication.translate("PhaseRail", "current phase"),
            RowStatus.DONE: QCoreApplication.translate("PhaseRail", "done"),
            RowStatus.SKIPPED: QCoreApplication.translate("PhaseRail", "skipped"),
            RowStatus.AHEAD: QCoreApplication.translate("PhaseRail", "to come"),
        }[status]
        return f"{name}, {status_text}, {times_text(status, actual, planned)}"

    # --- choosing ------------------------------------------------------------------------------

    def _chosen(self, row: QListWidgetItem) -> None:
        self.phase_chosen.emit(str(row.data(ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter jumps even where the style would not activate items with it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._chosen(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


def times_text(status: RowStatus | str, actual: int, planned: str) -> str:
    """``3:10 of 15 min`` for a phase under way or done, ``15 min`` for one to come."""
    if RowStatus(status) in (RowStatus.AHEAD, RowStatus.SKIPPED):
        return planned
    return (
        QCoreApplication.translate("PhaseRail", "%1 of %2")
        .replace("%1", clock_text(actual))
        .replace("%2", planned)
    )


class PhaseDelegate(QStyledItemDelegate):
    """Draws a phase as its name over its times, with a mark: current, ticked, or to come."""

    PADDING = 8
    MARK = 22

    def __init__(self, actual_seconds: Callable[[int], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actual_seconds = actual_seconds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        palette = item.palette
        status = RowStatus(str(index.data(STATUS_ROLE) or RowStatus.AHEAD.value))
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        )
        quiet = text_color if selected else muted_text(palette)
        accent = timer_colors(TimerState.PLENTY, palette).fill
        rect = QRect(item.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if status is RowStatus.CURRENT:
            bar = QRect(rect.left(), rect.top() + 3, 4, rect.height() - 6)
            painter.fillRect(bar, accent if not selected else text_color)
        mark = QRect(rect.left() + self.PADDING, rect.top(), self.MARK, rect.height())
        self._draw_mark(painter, mark, status, index.row() + 1, item.font, quiet, accent)
        text_left = mark.right() + self.PADDING
        area = QRect(text_left, rect.top() + 4, rect.right() - text_left - 4, rect.height() - 8)
        title_font = QFont(item.font)
        if status is RowStatus.CURRENT:
            title_font.setWeight(QFont.Weight.DemiBold)
        detail_font = QFont(item.font)
        detail_font.setPointSizeF(max(1.0, item.font.pointSizeF() * 0.9))
        title_metrics = QFontMetrics(title_font)
        detail_metrics = QFontMetrics(detail_font)
        name = str(index.data(NAME_ROLE) or "")
        planned = duration_text(int(index.data(PLANNED_ROLE) or 0))
        details = times_text(status, self._actual_seconds(index.row()), planned)
        top = area.top() + (area.height() - title_metrics.height() - detail_metrics.height()) // 2
        painter.setFont(title_font)
        done = status in (RowStatus.DONE, RowStatus.SKIPPED)
        painter.setPen(quiet if done and not selected else text_color)
        painter.drawText(
            area.left(),
            top + title_metrics.ascent(),
            title_metrics.elidedText(name, Qt.TextElideMode.ElideRight, area.width()),
        )
        painter.setFont(detail_font)
        painter.setPen(quiet)
        painter.drawText(
            area.left(),
            top + title_metrics.height() + detail_metrics.ascent(),
            detail_metrics.elidedText(details, Qt.TextElideMode.ElideRight, area.width()),
        )
        painter.restore()

    @staticmethod
    def _draw_mark(
        painter: QPainter,
        rect: QRect,
        status: RowStatus,
        number: int,
        font: QFont,
        quiet: QColor,
        accent: QColor,
    ) -> None:
        centre = QPointF(rect.center())
        radius = min(rect.width(), rect.height()) / 2 - 2
        if status is RowStatus.CURRENT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(centre, radius, radius)
            # A small "play" triangle: this phase is running.
            path = QPainterPath()
            path.moveTo(centre + QPointF(-radius * 0.3, -radius * 0.45))
            path.lineTo(centre + QPointF(radius * 0.5, 0))
            path.lineTo(centre + QPointF(-radius * 0.3, radius * 0.45))
            path.closeSubpath()
            painter.setBrush(QColor("#ffffff"))
            painter.drawPath(path)
        elif status is RowStatus.DONE:
            # A tick drawn as a path: no font needs to have the glyph.
            pen = QPen(quiet, max(1.5, radius * 0.28))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            path.moveTo(centre + QPointF(-radius * 0.6, 0))
            path.lineTo(centre + QPointF(-radius * 0.15, radius * 0.5))
            path.lineTo(centre + QPointF(radius * 0.7, -radius * 0.55))
            painter.drawPath(path)
        else:
            small = QFont(font)
            small.setPointSizeF(max(1.0, font.pointSizeF() * 0.85))
            painter.setFont(small)
            pen = QPen(quiet, 1)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(number))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title = QFontMetrics(option.font).height()
        detail_font = QFont(option.font)
        detail_font.setPointSizeF(max(1.0, option.font.pointSizeF() * 0.9))
        detail = QFontMetrics(detail_font).height()
        return QSize(180, title + detail + 8 + 2 * 4)

"""How long each participant spoke, in one phase or the whole session, as a simple bar chart.

The figures come from :meth:`codev_app.core.session.LiveSession.speaking_times` (the running turn
included) through :func:`chart_rows`; the chart only paints them. :class:`SpeakingChart` draws one
horizontal bar per participant with QPainter (name, bar, time and share) and gives screen readers
the same figures as its accessible description. :class:`SpeakingTimesWindow` is the non-modal
window the facilitator opens on demand (key T), with a choice of phase; it repaints each second
only while it is open.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from codev_app.core.participants import Role
from codev_app.core.session import LiveSession
from codev_app.core.text import isolate
from codev_app.core.timing import TimerState
from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text, timer_colors
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.shortcuts import ConsoleActions
from codev_app.ui.console.texts import clock_text

WHOLE_SESSION = ""
"""The phase choice that stands for the whole session (totals over every phase)."""


@dataclass(frozen=True)
class ChartRow:
    """One bar: a participant and the seconds they spoke."""

    participant_id: str
    name: str
    role: Role
    seconds: float


def chart_rows(live: LiveSession, phase_id: str | None) -> list[ChartRow]:
    """Everyone on the list, in the listed order, with their speaking time in ``phase_id``
    (None: the whole session)."""
    times = live.speaking_times(phase_id)
    return [ChartRow(p.id, p.name, p.role, times.of(p.id)) for p in live.roster]


def share_text(seconds: float, total: float) -> str:
    """``35 %`` (French) or ``35%`` (English): the part of all speaking time."""
    percent = round(100 * seconds / total) if total > 0 else 0
    return QCoreApplication.translate("SpeakingChart", "%1%").replace("%1", str(percent))


def figures_text(rows: list[ChartRow]) -> str:
    """The chart said in words, for screen readers: ``Bruno: 2:10, 35%. …``."""
    total = sum(row.seconds for row in rows)
    parts = [
        QCoreApplication.translate("SpeakingChart", "%1: %2, %3")
        .replace("%1", row.name)
        .replace("%2", clock_text(row.seconds))
        .replace("%3", share_text(row.seconds, total))
        for row in rows
    ]
    return ". ".join(parts) + ("." if parts else "")


class SpeakingChart(QWidget):
    """Horizontal bars, one per participant: name, bar (longest = the most spoken), figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakingChart")
        self.setAccessibleName(QCoreApplication.translate("SpeakingChart", "Speaking times"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._rows: list[ChartRow] = []
        self._shown: tuple[tuple[str, str, int], ...] = ()

    @property
    def rows(self) -> list[ChartRow]:
        """The figures drawn."""
        return list(self._rows)

    def set_rows(self, rows: list[ChartRow]) -> bool:
        """Show ``rows``; repaints (and returns True) only when a shown second or name changed."""
        self._rows = list(rows)
        shown = tuple((row.participant_id, row.name, int(row.seconds)) for row in rows)
        if shown == self._shown:
            return False
        count_changed = len(shown) != len(self._shown)
        self._shown = shown
        self.setAccessibleDescription(figures_text(self._rows))
        if count_changed:
            self.updateGeometry()
        self.update()
        return True

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 12

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self._rows)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, max(1, len(self._rows)) * self._row_height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        text_color = palette.windowText().color()
        quiet = muted_text(palette)
        colors = timer_colors(TimerState.PLENTY, palette)
        total = sum(row.seconds for row in self._rows)
        longest = max((row.seconds for row in self._rows), default=0.0)
        width = self.width()
        row_height = self._row_height()
        name_width = min(
            round(width * 0.32),
            max((metrics.horizontalAdvance(row.name) for row in self._rows), default=0) + 8,
        )
        figure_sample = "88:88 · 100 %"
        figure_width = metrics.horizontalAdvance(figure_sample) + 8
        bar_left = name_width + 8
        bar_space = max(10, width - bar_left - figure_width - 8)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for index, row in enumerate(self._rows):
            top = 4 + index * row_height
            middle = top + row_height / 2
            painter.setFont(bold if row.role is Role.CLIENT else self.font())
            painter.setPen(text_color)
            name = QFontMetrics(painter.font()).elidedText(
                row.name, Qt.TextElideMode.ElideRight, name_width
            )
            painter.drawText(
                QRectF(0, top, name_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            # The track shows the whole scale quietly; the bar is the time spoken.
            bar_height = max(6.0, row_height * 0.5)
            track = QColor(colors.track)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(
                QRectF(bar_left, middle - bar_height / 2, bar_space, bar_height), 3, 3
            )
            if longest > 0 and row.seconds > 0:
                length = max(3.0, bar_space * row.seconds / longest)
                painter.setBrush(colors.fill)
                painter.drawRoundedRect(
                    QRectF(bar_left, middle - bar_height / 2, length, bar_height), 3, 3
                )
            painter.setFont(self.font())
            painter.setPen(text_color if row.seconds > 0 else quiet)
            figures = f"{clock_text(row.seconds)} · {share_text(row.seconds, total)}"
            painter.drawText(
                QRectF(width - figure_width, top, figure_width, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                figures,
            )
        painter.end()


class SpeakingTimesWindow(QWidget):
    """A non-modal window with the chart and a choice of phase (or the whole session)."""

    def __init__(
        self,
        live: LiveSession,
        language: str,
        actions: ConsoleActions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("speakingTimesWindow")
        self.setWindowTitle(QCoreApplication.translate("SpeakingChart", "Speaking times"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._live = live
        self._language = language
        self._followed_phase: str | None = None

        self.phase_label = plain_label(
            QCoreApplication.translate("SpeakingChart", "Show"), wrap=False
        )
        self.phase_choice = QComboBox()
        self.phase_choice.setObjectName("speakingPhase")
        self.phase_choice.setAccessibleName(
            QCoreApplication.translate("SpeakingChart", "Phase shown")
        )
        self.phase_label.setBuddy(self.phase_choice)
        self.chart = SpeakingChart()
        self.total = LiveText(
            QCoreApplication.translate("SpeakingChart", "Total speaking time"),
            sample="Total spoken: 8:88:88",
        )
        self.total.setObjectName("speakingTotal")
        self.total.set_color(muted_text(self.palette()))

        choice_row = QHBoxLayout()
        choice_row.addWidget(self.phase_label)
        choice_row.addWidget(self.phase_choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(choice_row)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.total)
        self.phase_choice.currentIndexChanged.connect(lambda _index: self.refresh())
        if actions is not None:
            actions.attach(self)
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.rebuild_choices()
        self.resize(460, self.sizeHint().height())

    @property
    def phase_id(self) -> str | None:
        """The phase shown, or None for the whole session."""
        data = self.phase_choice.currentData()
        return None if not data else str(data)

    def show_phase(self, phase_id: str | None) -> None:
        """Show one phase's figures (None: the whole session)."""
        index = self.phase_choice.findData(phase_id or WHOLE_SESSION)
        if index >= 0:
            self.phase_choice.setCurrentIndex(index)

    def rebuild_choices(self) -> None:
        """List the phases reached so far; a new current phase is shown when it begins."""
        live = self._live
        wanted: list[tuple[str, str]] = [
            (WHOLE_SESSION, QCoreApplication.translate("SpeakingChart", "Whole session"))
        ]
        names = {item.id: isolate(item.phase.name.get(self._language)) for item in live.engine.plan}
        wanted += [(pid, names.get(pid, pid)) for pid in live.phases_with_turns]
        have = [
            (str(self.phase_choice.itemData(i)), self.phase_choice.itemText(i))
            for i in range(self.phase_choice.count())
        ]
        current_phase = live.engine.current_phase.id
        if have != wanted:
            chosen = self.phase_choice.currentData()
            self.phase_choice.blockSignals(True)
            self.phase_choice.clear()
            for data, text in wanted:
                self.phase_choice.addItem(text, data)
            index = self.phase_choice.findData(chosen if chosen is not None else current_phase)
            self.phase_choice.setCurrentIndex(max(0, index))
            self.phase_choice.blockSignals(False)
        # Follow the session to a new phase, unless the facilitator picked another one.
        if current_phase != self._followed_phase:
            self._followed_phase = current_phase
            if self.phase_choice.findData(current_phase) >= 0:
                self.show_phase(current_phase)
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again (each second while open, and after every change)."""
        rows = chart_rows(self._live, self.phase_id)
        self.chart.set_rows(rows)
        total = sum(row.seconds for row in rows)
        self.total.set_text(
            QCoreApplication.translate("SpeakingChart", "Total spoken: %1").replace(
                "%1", clock_text(total)
            )
        )

"""The insights' charts, drawn with QPainter: the same code paints the window and the PDF.

Each :class:`Chart` draws into any rectangle of any paint device (a widget, a ``QPdfWriter``
page: vector), with the Okabe–Ito palette, which stays distinct for the common colour
blindnesses, and shapes or labels beside colour. Every chart's numbers are in the
:class:`~codev_app.export.insight_tables.Table` of the same ``key``. QtGui only, like
:mod:`codev_app.export.pdf`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from codev_app.core.insight_trends import Trends
from codev_app.core.insights import PhaseBalance, PhaseTime, SessionInsights
from codev_app.export.insight_tables import session_label
from codev_app.export.insight_words import percent, phase_name, word

#: Okabe & Ito's colour-blind-safe palette (blue, orange, green, vermillion, purple, sky, yellow).
PALETTE = tuple(
    QColor(code)
    for code in ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
)
_PLANNED = QColor("#c9d1d9")
_TEXT = QColor("#1f2933")
_MUTED = QColor("#5f6b7a")
_OVER = PALETTE[3]

Draw = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class Chart:
    """One chart: the table of its numbers is the one with the same ``key``."""

    key: str
    title: str
    height: float
    """Height it wants at 96 dpi, for a width of about 620 px."""
    draw: Draw


def _font(painter: QPainter, size: float, bold: bool = False) -> None:
    font = QFont(painter.font())
    font.setPointSizeF(size)
    font.setBold(bold)
    painter.setFont(font)


def _label(painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def session_charts(insights: SessionInsights, language: str) -> list[Chart]:
    """The charts of one session: time per phase, the timeline, the balance of each phase."""
    charts = [
        Chart(
            "time",
            word(language, "section.time"),
            26.0 * len(insights.phases) + 34,
            lambda p, r: draw_times(p, r, insights.phases, language),
        ),
        Chart(
            "timeline",
            word(language, "section.timeline"),
            118.0,
            lambda p, r: draw_timeline(p, r, insights, language),
        ),
    ]
    for balance in insights.balances:
        charts.append(
            Chart(
                f"balance:{balance.phase_id}",
                f"{word(language, 'section.balance')} — {phase_name(balance.name, language)}",
                22.0 * len(balance.shares) + 30,
                _balance_drawing(balance, language),
            )
        )
    return charts


def _balance_drawing(balance: PhaseBalance, language: str) -> Draw:
    return lambda painter, rect: draw_balance(painter, rect, balance, language)


def trend_charts(found: Trends, language: str) -> list[Chart]:
    """The charts over sessions: overruns per phase, speaking balance over time."""
    return [
        Chart(
            "overruns",
            word(language, "section.overruns"),
            22.0 * len(found.phases) + 40,
            lambda p, r: draw_overruns(p, r, found, language),
        ),
        Chart(
            "balance_trend",
            word(language, "section.balance_trend"),
            190.0,
            lambda p, r: draw_balance_trend(p, r, found, language),
        ),
    ]


def draw_times(painter: QPainter, rect: QRectF, phases: Sequence[PhaseTime], language: str) -> None:
    """Per phase, the plan as a grey bar and the time run over it; the overrun in vermillion."""
    painter.save()
    _font(painter, 8.5)
    names = rect.width() * 0.3
    left = rect.left() + names
    span = rect.width() - names - 8
    longest = max([1.0, *(max(p.planned_seconds, p.actual_seconds or 0) for p in phases)])
    scale = span / longest
    row = (rect.height() - 30) / max(1, len(phases))
    for index, phase in enumerate(phases):
        top = rect.top() + index * row
        painter.setPen(_TEXT)
        _label(
            painter,
            QRectF(rect.left(), top, names - 8, row),
            phase_name(phase.name, language),
            Qt.AlignmentFlag.AlignRight,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_PLANNED)
        painter.drawRect(QRectF(left, top + row * 0.15, phase.planned_seconds * scale, row * 0.7))
        actual = phase.actual_seconds or 0.0
        within = min(actual, phase.planned_seconds)
        painter.setBrush(PALETTE[5] if phase.is_break else PALETTE[0])
        painter.drawRect(QRectF(left, top + row * 0.3, within * scale, row * 0.4))
        if actual > phase.planned_seconds:
            painter.setBrush(QBrush(_OVER, Qt.BrushStyle.SolidPattern))
            painter.drawRect(
                QRectF(left + within * scale, top + row * 0.3, (actual - within) * scale, row * 0.4)
            )
    _legend(
        painter,
        QPointF(left, rect.bottom() - 14),
        [
            (_PLANNED, word(language, "legend.planned")),
            (PALETTE[0], word(language, "legend.actual")),
            (_OVER, word(language, "col.difference")),
        ],
    )
    painter.restore()


def _legend(painter: QPainter, at: QPointF, items: Sequence[tuple[QColor, str]]) -> None:
    x = at.x()
    metrics = painter.fontMetrics()
    for colour, text in items:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(x, at.y() + 2, 10, 10))
        painter.setPen(_MUTED)
        painter.drawText(QPointF(x + 14, at.y() + 11), text)
        x += 28 + metrics.horizontalAdvance(text)


def draw_timeline(
    painter: QPainter, rect: QRectF, insights: SessionInsights, language: str
) -> None:
    """The session as one band from opening to closing: the plan above, what ran below, each
    phase in turn (numbered), and the moments (pause, time added, undo) as marks."""
    painter.save()
    _font(painter, 8)
    total = max(1.0, insights.actual_total, float(sum(p.planned_seconds for p in insights.phases)))
    scale = rect.width() / total
    for band, y in ((False, rect.top() + 4), (True, rect.top() + 34)):
        x = rect.left()
        for number, phase in enumerate(insights.phases, start=1):
            seconds = (phase.actual_seconds or 0.0) if band else float(phase.planned_seconds)
            width = seconds * scale
            if width <= 0:
                continue
            shade = (number - 1) % len(PALETTE)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(PALETTE[shade] if band else _PLANNED)
            painter.drawRect(QRectF(x, y, width, 24))
            painter.setPen(QColor("white") if band and shade in (0, 2, 3) else _TEXT)
            if width > 14:
                box = QRectF(x, y, width, 24)
                _label(painter, box, str(number), Qt.AlignmentFlag.AlignHCenter)
            x += width
    for moment in insights.moments:
        x = rect.left() + moment.at * scale
        y = rect.top() + 62
        painter.setPen(QPen(_TEXT, 1))
        painter.drawLine(QPointF(x, rect.top() + 34), QPointF(x, y))
        path = QPainterPath()
        shape = moment.kind.value
        if shape == "pause":
            painter.setBrush(_TEXT)
            painter.drawRect(QRectF(x - 4, y, 3, 9))
            painter.drawRect(QRectF(x + 1, y, 3, 9))
        elif shape == "time_added":
            painter.setPen(QPen(PALETTE[3], 2))
            painter.drawLine(QPointF(x - 5, y + 5), QPointF(x + 5, y + 5))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 10))
        else:
            path.moveTo(x, y)
            path.lineTo(x + 5, y + 9)
            path.lineTo(x - 5, y + 9)
            path.closeSubpath()
            painter.setBrush(PALETTE[4])
            painter.drawPath(path)
    painter.setPen(_MUTED)
    painter.drawText(
        QRectF(rect.left(), rect.top() + 78, rect.width(), 36),
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        "  ".join(f"{i + 1} {phase_name(p.name, language)}" for i, p in enumerate(insights.phases)),
    )
    painter.restore()


def draw_balance(painter: QPainter, rect: QRectF, balance: PhaseBalance, language: str) -> None:
    """Each person's share of a phase as a bar, with a dashed line at an even share."""
    painter.save()
    _font(painter, 8.5)
    names = rect.width() * 0.3
    left = rect.left() + names
    span = rect.width() - names - 60
    row = (rect.height() - 16) / len(balance.shares)
    top_share = max(share.share for share in balance.shares) or 1.0
    scale = span / max(top_share, balance.even_share)
    for index, share in enumerate(balance.shares):
        top = rect.top() + index * row
        painter.setPen(_TEXT)
        _label(
            painter,
            QRectF(rect.left(), top, names - 8, row),
            share.name,
            Qt.AlignmentFlag.AlignRight,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PALETTE[2])
        painter.drawRect(QRectF(left, top + row * 0.2, share.share * scale, row * 0.6))
        painter.setPen(_TEXT)
        _label(
            painter,
            QRectF(left + share.share * scale + 4, top, 56, row),
            percent(share.share, language),
            Qt.AlignmentFlag.AlignLeft,
        )
    even = left + balance.even_share * scale
    painter.setPen(QPen(_TEXT, 1.2, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(even, rect.top()), QPointF(even, rect.bottom() - 14))
    painter.setPen(_MUTED)
    painter.drawText(
        QPointF(even - 20, rect.bottom() - 2),
        f"{word(language, 'legend.even')} {percent(balance.even_share, language)}",
    )
    painter.restore()


def draw_overruns(painter: QPainter, rect: QRectF, found: Trends, language: str) -> None:
    """Phases by sessions: a filled vermillion square where the phase overran, an outline where
    it kept its time, nothing where it was not run; the count at the end of each row."""
    painter.save()
    _font(painter, 8.5)
    names = rect.width() * 0.3
    count_width = 44.0
    sessions = max(1, len(found.sessions))
    cell = min(22.0, (rect.width() - names - count_width) / sessions)
    row = (rect.height() - 20) / max(1, len(found.phases))
    for index, trend in enumerate(found.phases):
        top = rect.top() + index * row
        painter.setPen(_TEXT)
        _label(
            painter,
            QRectF(rect.left(), top, names - 8, row),
            phase_name(trend.name, language),
            Qt.AlignmentFlag.AlignRight,
        )
        for column, value in enumerate(trend.overruns):
            if value is None:
                continue
            box = QRectF(rect.left() + names + column * cell + 1, top + 3, cell - 2, row - 6)
            if value > 60:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_OVER)
            else:
                painter.setPen(QPen(_MUTED, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
        painter.setPen(_TEXT)
        _label(
            painter,
            QRectF(rect.left() + names + sessions * cell + 6, top, count_width, row),
            f"{trend.overran}/{trend.ran}",
            Qt.AlignmentFlag.AlignLeft,
        )
    if found.sessions:
        painter.setPen(_MUTED)
        painter.drawText(
            QPointF(rect.left() + names, rect.bottom() - 4),
            f"{session_label(found.sessions[0])} → {session_label(found.sessions[-1])}",
        )
    painter.restore()


def draw_balance_trend(painter: QPainter, rect: QRectF, found: Trends, language: str) -> None:
    """Per phase, the largest share in even shares session after session (1 = even), a line
    with its own marker shape; reference lines at 1 and 2."""
    painter.save()
    _font(painter, 8)
    plot = QRectF(rect.left() + 30, rect.top() + 6, rect.width() - 40, rect.height() - 52)
    values = [v for t in found.balance for v in t.overruns if v is not None]
    high = max([3.0, *values])
    sessions = max(2, len(found.sessions))

    def point(column: int, value: float) -> QPointF:
        x = plot.left() + plot.width() * column / (sessions - 1)
        return QPointF(x, plot.bottom() - plot.height() * (value - 1) / (high - 1))

    for level in (1.0, 2.0):
        y = point(0, level).y()
        painter.setPen(
            QPen(_MUTED, 0.8, Qt.PenStyle.DashLine if level > 1 else Qt.PenStyle.SolidLine)
        )
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(_MUTED)
        painter.drawText(QPointF(rect.left(), y + 4), f"{level:.0f}×")
    legend: list[tuple[QColor, str]] = []
    for index, trend in enumerate(found.balance[: len(PALETTE)]):
        colour = PALETTE[index]
        painter.setPen(QPen(colour, 2))
        points = [point(c, v) for c, v in enumerate(trend.overruns) if v is not None]
        for a, b in pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for spot in points:
            _marker(painter, spot, index)
        legend.append((colour, phase_name(trend.name, language)))
    _legend(painter, QPointF(plot.left(), rect.bottom() - 18), legend)
    painter.restore()


def _marker(painter: QPainter, at: QPointF, index: int) -> None:
    # A different shape per line, so that colour is never the only difference.
    shape = index % 3
    if shape == 0:
        painter.drawEllipse(at, 3.5, 3.5)
    elif shape == 1:
        painter.drawRect(QRectF(at.x() - 3.5, at.y() - 3.5, 7, 7))
    else:
        path = QPainterPath()
        path.moveTo(at.x(), at.y() - 4.5)
        path.lineTo(at.x() + 4.5, at.y() + 3.5)
        path.lineTo(at.x() - 4.5, at.y() + 3.5)
        path.closeSubpath()
        painter.drawPath(path)

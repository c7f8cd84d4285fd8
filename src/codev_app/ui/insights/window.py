"""The insights window: one session, and the sessions of its group (or all) side by side.

The charts are :mod:`codev_app.export.insight_charts` painted on a widget, the very drawing of
the PDF; under each, a table of its numbers that a screen reader reads. The sentences are the
report's, in the interface's language. For the facilitator only: this window is never shared.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.insight_trends import Trends, trends
from codev_app.core.insights import SessionInsights
from codev_app.export.insight_charts import Chart, session_charts, trend_charts
from codev_app.export.insight_tables import Table, session_tables, trend_tables
from codev_app.export.insight_words import attention_text, balance_text, word
from codev_app.storage.groups import GroupStore
from codev_app.storage.insights import insights_of, session_insights_of
from codev_app.storage.repository import Store


class ChartView(QWidget):
    """One chart, drawn by the same code as in the PDF."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"chart:{chart.key}")
        self.setAccessibleName(chart.title)
        self.setMinimumHeight(int(chart.height))

    def sizeHint(self) -> QSize:
        return QSize(620, int(self.chart.height))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self.chart.draw(painter, QRectF(8, 4, self.width() - 16, self.height() - 8))
        painter.end()


def table_view(table: Table) -> QTableWidget:
    """The numbers of a chart as a read-only table."""
    view = QTableWidget(len(table.rows), len(table.headers))
    view.setObjectName(f"table:{table.key}")
    view.setAccessibleName(table.title)
    view.setHorizontalHeaderLabels(list(table.headers))
    view.verticalHeader().hide()
    view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, cells in enumerate(table.rows):
        for column, cell in enumerate(cells):
            view.setItem(row, column, QTableWidgetItem(cell))
    view.resizeColumnsToContents()
    view.setMinimumHeight(min(320, 30 + 26 * len(table.rows)))
    return view


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; font-size: 13pt; color: #2b6777;")
    label.setWordWrap(True)
    return label


def _sentence(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _page(parts: list[QWidget]) -> QScrollArea:
    inner = QWidget()
    layout = QVBoxLayout(inner)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    return scroll


def _attention(found: Trends, language: str) -> list[QWidget]:
    parts: list[QWidget] = [_heading(word(language, "section.attention"))]
    if not found.attention:
        parts.append(_sentence(word(language, "attention.none")))
    for number, item in enumerate(found.attention, start=1):
        parts.append(_sentence(f"{number}. {attention_text(item, language)}"))
    return parts


def session_page(insights: SessionInsights, language: str) -> QScrollArea:
    """One session's insights: the summary, each chart with its table, the other tables."""
    parts = _attention(trends([insights]), language)
    if insights.timers_only:
        parts.append(_sentence(word(language, "timers_only")))
    tables = {table.key: table for table in session_tables(insights, language)}
    for chart in session_charts(insights, language):
        parts += [_heading(chart.title), ChartView(chart)]
        balance = next((b for b in insights.balances if chart.key == f"balance:{b.phase_id}"), None)
        if balance is not None:
            parts.append(_sentence(balance_text(balance, language)))
        parts.append(table_view(tables.pop(chart.key)))
    if insights.balances:
        parts.append(_sentence(word(language, "balance.measure")))
    for table in tables.values():
        parts += [_heading(table.title), table_view(table)]
    return _page(parts)


def trends_page(found: Trends, language: str) -> QScrollArea:
    """The sessions side by side: the summary, the charts and their tables."""
    parts = _attention(found, language)
    tables = {table.key: table for table in trend_tables(found, language)}
    for chart in trend_charts(found, language):
        parts += [_heading(chart.title), ChartView(chart), table_view(tables.pop(chart.key))]
    if found.plans_made:
        parts.append(
            _sentence(
                word(
                    language,
                    "follow_up.words",
                    followed=found.plans_followed,
                    made=found.plans_made,
                )
            )
        )
    for table in tables.values():
        parts += [_heading(table.title), table_view(table)]
    return _page(parts)


class InsightsWindow(QWidget):
    """Insights of one session and of the sessions of its group (all sessions without one)."""

    def __init__(self, store: Store, session_id: int, language: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("insightsWindow")
        self.setWindowTitle(QCoreApplication.translate("InsightsWindow", "Insights — for you only"))
        self.resize(760, 640)
        groups = GroupStore(store)
        group = groups.group_of_session(session_id)
        ids = groups.session_ids(group.id) if group is not None else None
        self.session = session_insights_of(store, session_id)
        self.trends = trends(insights_of(store, ids))
        self.tabs = QTabWidget()
        self.tabs.addTab(
            session_page(self.session, language),
            QCoreApplication.translate("InsightsWindow", "This session"),
        )
        self.tabs.addTab(
            trends_page(self.trends, language),
            QCoreApplication.translate("InsightsWindow", "This group's sessions")
            if group is not None
            else QCoreApplication.translate("InsightsWindow", "All your sessions"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

"""The insights as PDF pages: the report over sessions, and a session's pages in the
facilitator's record (:func:`codev_app.export.pdf.render_pdf` appends them).

The pages are laid out as blocks (a heading, a paragraph, a chart, a table row) that move whole
to the next page, then painted with the same :mod:`codev_app.export.insight_charts` drawing as
the window, so the charts stay vector in the PDF. Tables repeat their header on a new page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPdfWriter, QPen

from codev_app.core.insight_trends import Trends
from codev_app.core.insights import SessionInsights
from codev_app.export.atomic import atomic_write_bytes, check_target
from codev_app.export.errors import ExportError
from codev_app.export.insight_charts import Chart, session_charts, trend_charts
from codev_app.export.insight_tables import Table, session_tables, trend_tables
from codev_app.export.insight_words import attention_text, balance_text, word
from codev_app.export.pdf import (
    _BOTTOM,
    _FOOTER_OFFSET,
    _MUTED,
    _RULE,
    _SIDE,
    _TOP,
    PaperSize,
    _base_font,
    _writer,
    ensure_fonts,
    paper_for_locale,
)

_ACCENT = "#2b6777"
Paint = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class _Block:
    height: float
    paint: Paint
    header: _Block | None = None
    """Painted first when this block starts a page (a table's header row)."""
    keep: bool = False
    """Stays on the page of the block that follows (a heading)."""


class _Layout:
    """Blocks of text, charts and tables for one width, measured with the device's fonts."""

    def __init__(self, device: QPdfWriter, family: str, width: float) -> None:
        self.device = device
        self.family = family
        self.width = width
        self.blocks: list[_Block] = []

    def font(self, size: float, bold: bool = False) -> QFont:
        font = _base_font(self.family, size)
        font.setBold(bold)
        return font

    def text(
        self,
        text: str,
        size: float = 10.0,
        *,
        bold: bool = False,
        colour: str = "#1f2933",
        space: float = 6.0,
    ) -> None:
        font = self.font(size, bold)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bound = QFontMetricsF(font, self.device).boundingRect(
            QRectF(0, 0, self.width, 10_000), flags, text
        )
        height = bound.height() + space

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(font)
            painter.setPen(QPen(colour))
            painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), flags, text)

        self.blocks.append(_Block(height, paint, keep=bold))

    def chart(self, chart: Chart) -> None:
        self.text(chart.title, 12.0, bold=True, colour=_ACCENT, space=4)
        height = chart.height

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(self.font(8.5))
            chart.draw(painter, QRectF(rect.left(), rect.top(), rect.width(), height))

        self.blocks.append(_Block(height + 10, paint))

    def table(self, table: Table, *, titled: bool = True) -> None:
        if titled:
            self.text(table.title, 11.0, bold=True, colour=_ACCENT, space=3)
        if not table.rows:
            return
        font = self.font(8.5)
        bold = self.font(8.5, True)
        row_height = QFontMetricsF(font, self.device).height() + 6
        columns = len(table.headers)
        first = self.width * (0.34 if columns > 2 else 0.6)
        rest = (self.width - first) / max(1, columns - 1)

        def row(cells: Sequence[str], heading: bool) -> Paint:
            def paint(painter: QPainter, rect: QRectF) -> None:
                painter.setFont(bold if heading else font)
                painter.setPen(QPen(_MUTED if heading else QPen("#1f2933").color()))
                x = rect.left()
                for index, cell in enumerate(cells):
                    width = first if index == 0 else rest
                    align = (
                        Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
                    )
                    box = QRectF(x + 2, rect.top(), width - 6, row_height)
                    shown = painter.fontMetrics().elidedText(
                        cell, Qt.TextElideMode.ElideRight, int(box.width())
                    )
                    painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
                    x += width
                painter.setPen(QPen(_RULE, 0.6))
                y = rect.top() + row_height
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() + self.width, y))

            return paint

        header = _Block(row_height, row(table.headers, True))
        self.blocks.append(header)
        for cells in table.rows:
            self.blocks.append(_Block(row_height, row(cells, False), header))
        self.blocks.append(_Block(12.0, lambda _p, _r: None))


def session_layout(layout: _Layout, insights: SessionInsights, language: str) -> None:
    """One session's insights, as blocks."""
    from codev_app.core.insight_trends import trends

    layout.text(word(language, "doc.session").upper(), 9.5, bold=True, colour=_ACCENT, space=2)
    heading = " · ".join(
        part for part in (insights.title, insights.day.isoformat() if insights.day else "") if part
    )
    layout.text(heading or word(language, "doc.session"), 18.0, bold=True, space=10)
    if insights.timers_only:
        layout.text(word(language, "timers_only"), colour=str(_MUTED.name()))
    _attention(layout, trends([insights]), language)
    tables = {table.key: table for table in session_tables(insights, language)}
    for chart in session_charts(insights, language):
        if chart.key.startswith("balance:"):
            balance = next(b for b in insights.balances if f"balance:{b.phase_id}" == chart.key)
            layout.chart(chart)
            layout.text(balance_text(balance, language), 9.5)
            layout.table(tables.pop(chart.key), titled=False)
            continue
        layout.chart(chart)
        layout.table(tables.pop(chart.key), titled=False)
    if insights.balances:
        layout.text(word(language, "balance.measure"), 9.0, colour=str(_MUTED.name()))
    for table in tables.values():
        layout.table(table)


def _attention(layout: _Layout, found: Trends, language: str) -> None:
    layout.text(word(language, "section.attention"), 13.0, bold=True, colour=_ACCENT, space=4)
    if not found.attention:
        layout.text(word(language, "attention.none"))
    for number, item in enumerate(found.attention, start=1):
        layout.text(f"{number}. {attention_text(item, language)}")
    layout.blocks.append(_Block(10.0, lambda _p, _r: None))


def trends_layout(layout: _Layout, found: Trends, language: str) -> None:
    """The report over sessions, as blocks."""
    layout.text(word(language, "doc.trends").upper(), 9.5, bold=True, colour=_ACCENT, space=2)
    sessions = found.sessions
    if sessions:
        from codev_app.export.insight_tables import session_label

        line = word(
            language,
            "sessions.count",
            count=len(sessions),
            first=session_label(sessions[0]),
            last=session_label(sessions[-1]),
        )
        layout.text(line, 16.0, bold=True, space=10)
    _attention(layout, found, language)
    tables = {table.key: table for table in trend_tables(found, language)}
    for chart in trend_charts(found, language):
        layout.chart(chart)
        layout.table(tables.pop(chart.key), titled=False)
    if found.plans_made:
        layout.text(word(language, "section.follow_up"), 11.0, bold=True, colour=_ACCENT, space=3)
        layout.text(
            word(language, "follow_up.words", followed=found.plans_followed, made=found.plans_made)
        )
    for table in tables.values():
        layout.table(table)


def pages_of(blocks: Sequence[_Block], height: float) -> list[list[tuple[float, _Block]]]:
    """The blocks placed on pages of ``height``: (top, block), a header repeated where needed."""
    pages: list[list[tuple[float, _Block]]] = [[]]
    y = 0.0
    for index, block in enumerate(blocks):
        following = blocks[index + 1].height if block.keep and index + 1 < len(blocks) else 0.0
        if y + block.height + following > height and pages[-1]:
            pages.append([])
            y = 0.0
            if block.header is not None:
                pages[-1].append((0.0, block.header))
                y = block.header.height
        pages[-1].append((y, block))
        y += block.height
    return pages


def paint_pages(
    painter: QPainter,
    writer: QPdfWriter,
    layout: _Layout,
    *,
    footer: str,
    language: str,
    first_page: int = 1,
    total: int | None = None,
    new_page_first: bool = False,
) -> int:
    """Paint the layout's pages (after a new page when ``new_page_first``); returns their count."""
    body = QRectF(_SIDE, _TOP, layout.width, writer.height() - _TOP - _BOTTOM)
    pages = pages_of(layout.blocks, body.height())
    count = total if total is not None else len(pages) + first_page - 1
    for index, page in enumerate(pages):
        if index or new_page_first:
            writer.newPage()
        for top, block in page:
            block.paint(painter, QRectF(body.left(), body.top() + top, body.width(), block.height))
        _footer(
            painter,
            layout,
            writer,
            footer,
            word(language, "page", page=first_page + index, pages=count),
        )
    return len(pages)


def _footer(
    painter: QPainter, layout: _Layout, writer: QPdfWriter, notice: str, number: str
) -> None:
    painter.save()
    painter.setFont(layout.font(8.5))
    y = writer.height() - _FOOTER_OFFSET
    painter.setPen(QPen(_RULE, 0.8))
    painter.drawLine(QPointF(_SIDE, y - 12), QPointF(writer.width() - _SIDE, y - 12))
    painter.setPen(_MUTED)
    box = QRectF(_SIDE, y, writer.width() - 2 * _SIDE, 20)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), notice)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), number)
    painter.restore()


def session_page_count(layout: _Layout, writer: QPdfWriter) -> int:
    """How many pages ``layout`` takes on ``writer``'s pages."""
    return len(pages_of(layout.blocks, writer.height() - _TOP - _BOTTOM))


def layout_for(writer: QPdfWriter) -> _Layout:
    """An empty layout for the body width of ``writer``'s pages."""
    return _Layout(writer, ensure_fonts(), writer.width() - 2 * _SIDE)


def render_insights_pdf(
    found: Trends,
    language: str,
    paper: PaperSize = PaperSize.A4,
) -> bytes:
    """The report over sessions as PDF bytes."""
    if QGuiApplication.instance() is None:
        raise ExportError("PDF export needs the Qt application to be running")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper, word(language, "doc.trends"))
    layout = layout_for(writer)
    trends_layout(layout, found, language)
    painter = QPainter(writer)
    try:
        paint_pages(painter, writer, layout, footer=word(language, "footer"), language=language)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_insights_pdf(
    found: Trends,
    path: str | Path,
    *,
    language: str = "fr",
    paper: PaperSize | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the report atomically; raises :class:`~codev_app.export.errors.FileExists` when
    ``path`` exists and ``overwrite`` is false (nothing is written then)."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    data = render_insights_pdf(found, language, paper or paper_for_locale())
    return atomic_write_bytes(target, data, overwrite=overwrite)

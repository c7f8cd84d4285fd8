"""The pages of a document as images, for the wrap-up's preview: the same layout and frame as
:func:`codev_app.export.pdf.render_pdf`, painted on a :class:`QImage` instead of a PDF page."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from codev_app.export.content import SessionSummary
from codev_app.export.pdf import (
    _BOTTOM,
    _SIDE,
    _TOP,
    RESOLUTION,
    PaperSize,
    _draw_frame,
    build_document,
    ensure_fonts,
)


def page_size(paper: PaperSize) -> QSizeF:
    """The page in pixels at the documents' resolution (96 dpi)."""
    size_id = QPageSize.PageSizeId.A4 if paper is PaperSize.A4 else QPageSize.PageSizeId.Letter
    return QPageSize(size_id).sizePixels(RESOLUTION).toSizeF()


def page_images(summary: SessionSummary, paper: PaperSize, width: int) -> list[QImage]:
    """Each page of the document for ``summary``, ``width`` pixels wide."""
    size = page_size(paper)
    body = QRectF(_SIDE, _TOP, size.width() - 2 * _SIDE, size.height() - _TOP - _BOTTOM)
    document = build_document(summary, body.width(), body.height())
    pages = document.pageCount()
    family = ensure_fonts()
    scale = width / size.width()
    images = []
    for index in range(pages):
        image = QImage(width, round(size.height() * scale), QImage.Format.Format_RGB32)
        image.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            _draw_frame(painter, summary, family, index + 1, pages, size.width(), size.height())
        finally:
            painter.end()
        images.append(image)
    return images

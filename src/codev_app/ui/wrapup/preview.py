"""The preview of one person's document: its pages as images, one under the other, scrollable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from codev_app.export.content import SessionSummary
from codev_app.export.page_images import page_images
from codev_app.export.pdf import PaperSize

#: Width of a previewed page, in pixels (narrower in a small window).
PAGE_WIDTH = 300
NARROW_PAGE_WIDTH = 220


class DocumentPreview(QScrollArea):
    """The pages of the document shown; :meth:`show_summary` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapupPreview")
        self.setWidgetResizable(True)
        self.page_width = PAGE_WIDTH
        self.setMinimumWidth(NARROW_PAGE_WIDTH + 30)
        self.setAccessibleName(self.tr("Preview of the document"))
        self._inner = QWidget()
        self._inner.setObjectName("wrapupPages")
        self._inner.setStyleSheet("#wrapupPages { background: #e4e8ec; }")
        self._pages = QVBoxLayout(self._inner)
        self._pages.setContentsMargins(10, 10, 10, 10)
        self._pages.setSpacing(10)
        self._pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self.page_count = 0
        self._summary: SessionSummary | None = None

    def set_page_width(self, width: int) -> None:
        """Lay the pages out ``width`` pixels wide (again, when it changes)."""
        if width != self.page_width:
            self.page_width = width
            if self._summary is not None:
                self.show_summary(self._summary)

    def show_summary(self, summary: SessionSummary | None, note: str = "") -> None:
        """Show the pages of ``summary`` (or ``note`` instead, when there is nothing to show)."""
        while self._pages.count():
            item = self._pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.page_count = 0
        self._summary = summary
        if summary is None:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMaximumWidth(self.page_width)
            self._pages.addWidget(label)
            return
        images = page_images(
            summary, PaperSize.A4, round(self.page_width * self.devicePixelRatio())
        )
        for number, image in enumerate(images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatio())
            page = QLabel()
            page.setObjectName("previewPage")
            page.setPixmap(pixmap)
            page.setAccessibleName(
                self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(images)))
            )
            self._pages.addWidget(page)
        self.page_count = len(images)
        self.verticalScrollBar().setValue(0)

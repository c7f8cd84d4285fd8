"""How the main window reaches the templates: a menu entry and a button (Ctrl+T), and drops.

:class:`TemplatesEntry` is attached by ``MainWindow.complete_startup``. It adds "Templates…" to
the Session menu and to the welcome screen, lets ``.toml`` files dropped on the main window be
imported, and keeps the welcome screen's list in step with the library. While a template has
unsaved changes, closing the main window asks first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton

from codev_app import paths
from codev_app.ui.main_window import set_shortcut, text_action

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.templates.window import TemplatesWindow

SHORTCUT = "Ctrl+T"


class TemplatesEntry(QObject):
    """Wires the Templates window into the main window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.templates_window: TemplatesWindow | None = None

        self.action = text_action(self.tr("&Templates…"), window)
        self.action.setObjectName("templatesAction")
        set_shortcut(self.action, SHORTCUT)
        self.action.setStatusTip(self.tr("See, adapt, import and share session templates."))
        self.action.triggered.connect(self.open)
        window.add_session_entry(self.action)

        self.button = QPushButton(self.tr("Templates…"))
        self.button.setObjectName("templatesButton")
        self.button.setAccessibleName(self.tr("Templates"))
        native = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.button.setToolTip(
            self.tr("See, adapt, import and share session templates (%1).").replace("%1", native)
        )
        self.button.clicked.connect(self.open)
        self._place_button()

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._mention_drafts()

    def _place_button(self) -> None:
        # Under the welcome screen's template list, aligned left.
        template_list = self.main_window.welcome.template_list
        column = template_list.parentWidget()
        layout = column.layout() if column is not None else None
        if isinstance(layout, QBoxLayout):
            row = QHBoxLayout()
            row.addWidget(self.button)
            row.addStretch(1)
            layout.insertLayout(layout.indexOf(template_list) + 1, row)

    def _mention_drafts(self) -> None:
        # Reading drafts imports the template parser (~9 ms at start-up): only when there are any.
        folder = paths.drafts_dir()
        if not any(folder.glob("*.toml")):
            return
        from codev_app.ui.templates.drafts import DraftStore

        if DraftStore(folder).all():
            self.main_window.statusBar().showMessage(
                self.tr(
                    "Template changes that were not saved have been kept: open Templates (%1) "
                    "to get them back."
                ).replace(
                    "%1", QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
                )
            )

    # --- the window --------------------------------------------------------------------------

    def open(self) -> TemplatesWindow:
        """Show the Templates window (one for the main window), in front."""
        if self.templates_window is None:
            # Imported on first use: the Templates window's modules cost ~40 ms at start-up.
            from PySide6.QtCore import Qt  # not at start-up: see main_window.set_shortcut

            from codev_app.ui.templates.window import TemplatesWindow

            self.templates_window = TemplatesWindow(
                language=self.main_window.language, parent=self.main_window
            )
            self.templates_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.templates_window.library_changed.connect(self.update_welcome)
        window = self.templates_window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def import_files(self, files: list[Path]) -> TemplatesWindow:
        """Open the Templates window and import ``files`` there."""
        window = self.open()
        window.import_files(files)
        return window

    def update_welcome(self) -> None:
        """Show the library's templates on the welcome screen."""
        if self.templates_window is None:
            return
        from codev_app.core.template_index import summarize

        library = self.templates_window.library
        summaries = [summarize(template) for template in library.templates()]
        self.main_window.set_templates(summaries, len(library.problems))

    # --- drops and closing on the main window ------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.main_window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
            from codev_app.ui.templates.window import template_files

            files = template_files(event.mimeData().urls())
            if not files:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.import_files(files)
            return True
        if kind == QEvent.Type.Close:
            window = self.templates_window
            if window is not None and window.isVisible() and not window.close():
                event.ignore()
                return True
        return False

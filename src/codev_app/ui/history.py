"""The history: Session > History… (Ctrl+H) and a button on the welcome screen.

:class:`HistoryEntry` is attached by ``MainWindow.complete_startup``; it stays light (the
window itself, :class:`codev_app.ui.record.history_window.HistoryWindow`, and the storage it
reads are imported when the history is first opened). The window lists past sessions, newest
first, with a search that filters as one types (over titles, clients, questions and every note,
accents ignored), shows a session's record read-only with an "Edit" switch, deletes a session
after an inline question (undoable for a moment, see codev_app.ui.record.history_bin), and hands
a session to the export window (also Ctrl+E there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QPushButton

from codev_app.ui.main_window import set_shortcut, text_action

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.record.history_window import HistoryWindow

SHORTCUT = "Ctrl+H"


class HistoryEntry(QObject):
    """Session > History… (Ctrl+H) and the welcome screen's button."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.history_window: HistoryWindow | None = None
        self.action = text_action(self.tr("&History…"), window)
        self.action.setObjectName("historyAction")
        set_shortcut(self.action, SHORTCUT)
        self.action.setStatusTip(self.tr("Past sessions, their notes, and a search over them."))
        self.action.triggered.connect(self.open)
        window.add_session_entry(self.action)

        self.button = QPushButton(self.tr("History…"))
        self.button.setObjectName("historyButton")
        self.button.setAccessibleName(self.tr("History"))
        native = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.button.setToolTip(self.tr("Past sessions and their notes (%1).").replace("%1", native))
        self.button.clicked.connect(self.open)
        self._place_button()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Codev is closing: a session deleted a moment ago is deleted for good now.
        if event.type() == QEvent.Type.Close and watched is self.main_window:
            history = self.history_window
            if history is not None and shiboken6.isValid(history):
                history.bin.empty()
        return False

    def _place_button(self) -> None:
        # Beside "New session…" on the welcome screen.
        new_button = self.main_window.welcome.new_session_button
        column = new_button.parentWidget()
        layout = column.layout() if column is not None else None
        if layout is None:
            return
        for index in range(layout.count()):
            item = layout.itemAt(index)
            row = item.layout() if item is not None else None
            if isinstance(row, QBoxLayout) and row.indexOf(new_button) >= 0:
                row.insertWidget(row.indexOf(new_button) + 1, self.button)
                self.button.show()  # the welcome screen may be showing already
                return

    def open(self) -> HistoryWindow | None:
        """Show the history window (one for the main window), in front."""
        store = self.main_window.store
        if store is None:
            self.main_window.statusBar().showMessage(
                self.tr("The history opens once the notes database is ready."), 10_000
            )
            return None
        window = self.history_window
        if window is None or not shiboken6.isValid(window) or window.store is not store:
            from codev_app.ui.record.history_window import HistoryWindow
            from codev_app.ui.wrapup.entry import show_wrapup

            main = self.main_window
            window = HistoryWindow(
                store,
                language=main.language,
                console_session=lambda: main.current_session_id,
                show_export=main.show_export,
                show_wrapup=lambda session_id: show_wrapup(main, session_id),
                tell=lambda text: main.statusBar().showMessage(text, 10_000),
                parent=main,
            )
            self.history_window = window
            main.help_entry.attach_f1(window)  # F1 there: the method page (no key list of its own)
        else:
            window.refresh_list()
        window.show()
        window.raise_()
        window.activateWindow()
        window.focus_search()
        return window

"""How the main window opens the export window, for the live session or a saved one.

:func:`open_export_window` decides which session is meant: the live one when no id is given or
the id is the live session's (``MainWindow.current_session_id``), else the saved session read from
the store. One export window per session: asking again brings it to the front. When the live
session is closed, its export window goes on with the saved copy (so an approval recorded later
is still stored), or closes when the session was never saved.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from codev_app.core.errors import CodevError
from codev_app.storage.errors import StorageError
from codev_app.ui.export.folder import Memory
from codev_app.ui.export.source import ExportSource, LiveSource, StoredSource
from codev_app.ui.export.window import ExportWindow

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

#: ``ExportWindow.property`` holding which session a window exports: "live" or the stored id.
SESSION_PROPERTY = "codevExportedSession"


class _MainWindowMemory:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def get(self, key: str) -> str | None:
        return self._window.remembered(key)

    def set(self, key: str, value: str) -> None:
        self._window.remember(key, value)


def open_export_window(window: MainWindow, session_id: int | None = None) -> ExportWindow | None:
    """Show the export window for ``session_id`` (None: the live session); None, with a word in
    the status bar, when there is nothing to export or the saved session cannot be read."""
    current = getattr(window, "current_session_id", None)
    controller = window.controller
    live = controller is not None and (session_id is None or session_id == current)
    key = "live" if live else str(session_id)
    for existing in window.findChildren(ExportWindow):
        if existing.property(SESSION_PROPERTY) == key and existing.isVisible():
            _bring_forward(existing)
            return existing
    source: ExportSource
    if live:
        assert controller is not None
        source = LiveSource.from_store(controller.live, window.store, current)
    elif session_id is not None and window.store is not None:
        try:
            source = StoredSource(window.store, session_id)
        except (StorageError, CodevError) as error:
            _log.warning("Session %s cannot be exported: %s", session_id, error)
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ExportEntry", "This session cannot be read back, so it cannot be exported."
                )
            )
            return None
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ExportEntry", "Open a session, or choose one in the history, to export it."
            )
        )
        return None
    for old in window.findChildren(ExportWindow):
        if old.property(SESSION_PROPERTY) == key and not old.is_busy():
            old.deleteLater()
    memory: Memory = _MainWindowMemory(window)
    export_window = ExportWindow(source, language=window.language, memory=memory, parent=window)
    export_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    export_window.setProperty(SESSION_PROPERTY, key)
    if live and controller is not None:
        controller.destroyed.connect(
            lambda *_: _live_session_closed(window, export_window, current)
        )
    _bring_forward(export_window)
    return export_window


def _bring_forward(export_window: ExportWindow) -> None:
    export_window.show()
    export_window.raise_()
    export_window.activateWindow()


def _live_session_closed(
    window: MainWindow, export_window: ExportWindow, session_id: int | None
) -> None:
    import shiboken6

    if not shiboken6.isValid(export_window):
        return
    store = window.store if shiboken6.isValid(window) else None
    if store is not None and session_id is not None:
        try:
            export_window.set_source(StoredSource(store, session_id))
            export_window.setProperty(SESSION_PROPERTY, str(session_id))
            return
        except (StorageError, CodevError) as error:
            _log.warning("The closed session cannot be read back for export: %s", error)
    if not export_window.is_busy():
        export_window.close()

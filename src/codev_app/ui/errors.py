"""What the facilitator sees when something goes wrong: a calm message, never a silent death.

* :class:`ExceptionHook` replaces ``sys.excepthook``: an unexpected error is written to the log with
  its traceback and a non-blocking message box says so, while the session carries on.
* :func:`database_unavailable_box` explains, in the interface language, why the notes database
  cannot be opened, naming the file and what to do; :func:`folders_unavailable_box` does the
  same for the folders Codev writes to.

The hook is installed before the window is built; the widgets it needs are imported only when an
error happens, so installing it costs nothing at start-up.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from codev_app.paths import FolderProblem
    from codev_app.storage.errors import DatabaseUnavailable

_log = logging.getLogger("codev")

translate = QCoreApplication.translate


class ExceptionHook:
    """Log unexpected errors and tell the facilitator, without stopping the application.

    Use :meth:`install` / :meth:`uninstall` (or as a context manager). Only one message box is shown
    at a time: an error repeated on every repaint must not bury the screen under dialogs; later
    errors are still logged.
    """

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.message_box: QMessageBox | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> ExceptionHook:
        """Become ``sys.excepthook`` (and log errors of background threads)."""
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        """Give the hooks back to what they were before :meth:`install`."""
        if sys.excepthook is self:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    def __enter__(self) -> ExceptionHook:
        return self.install()

    def __exit__(self, *exc_info: object) -> None:
        self.uninstall()

    def __call__(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_traceback: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc_value, exc_traceback)
            return
        _log.critical("Unexpected error", exc_info=(exc_type, exc_value, exc_traceback))
        for handler in logging.getLogger().handlers:
            handler.flush()
        self.show_message()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        # Widgets belong to the GUI thread: from another thread, log only.
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        _log.critical(
            "Unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    def show_message(self) -> QMessageBox | None:
        """Show (or raise) the non-blocking "something went wrong" message; returns the box."""
        from PySide6.QtCore import Qt, QThread
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if not isinstance(app, QApplication) or QThread.currentThread() is not app.thread():
            return None
        if self.message_box is not None and self.message_box.isVisible():
            self.message_box.raise_()
            return self.message_box
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Codev", "", QMessageBox.StandardButton.Ok, app.activeWindow()
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        # One plain-text label: the informative text would guess its format from the path.
        box.setText(
            translate(
                "ErrorMessages",
                "Something went wrong in Codev. Your notes are saved.\n\n"
                "You can carry on. The details are in this file:\n%1",
            ).replace("%1", str(self.log_file))
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("unexpectedErrorBox")
        box.destroyed.connect(self._forget_box)
        box.show()
        self.message_box = box
        return box

    def _forget_box(self) -> None:
        self.message_box = None


# --- the database cannot be opened ----------------------------------------------------------------


def database_unavailable_text(error: DatabaseUnavailable) -> str:
    """What went wrong and what to do, in the interface language, with the file on its own line."""
    reason = str(getattr(error.reason, "value", error.reason))
    texts = {
        "corrupt": translate(
            "ErrorMessages",
            "The Codev database is damaged:\n%1\n\nCodev has not changed it. Move this file "
            "somewhere else or restore a backup, then start Codev again.",
        ),
        "locked": translate(
            "ErrorMessages",
            "The Codev database is in use by another program, most likely Codev already open in "
            "another window:\n%1\n\nClose the other Codev, then start Codev again.",
        ),
        "read_only": translate(
            "ErrorMessages",
            "Codev cannot write to its database, because the file or its folder is read-only:"
            "\n%1\n\nAllow writing there, or move the folder somewhere writable, then start "
            "Codev again.",
        ),
        "newer_version": translate(
            "ErrorMessages",
            "The Codev database was written by a newer version of Codev (%2):\n%1\n\nThis "
            "version has not changed it. Install the newer Codev again to open it.",
        ),
        "io_error": translate(
            "ErrorMessages",
            "Codev could not read or write its database (%2):\n%1\n\nCheck that the disk is "
            "connected and not full and that you may use this file, then start Codev again.",
        ),
    }
    text = texts.get(reason)
    if text is None:
        return str(error)
    detail = error.detail or translate("ErrorMessages", "disk error")
    return text.replace("%1", str(error.path)).replace("%2", detail)


def database_unavailable_box(
    error: DatabaseUnavailable, parent: QWidget | None = None
) -> QMessageBox:
    """A message box explaining that Codev cannot open its notes and will close.

    The caller shows it (``exec()`` at start-up, before the event loop runs) and then quits.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("databaseUnavailableBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorMessages", "Codev cannot open your notes"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(database_unavailable_text(error))
    box.setInformativeText(translate("ErrorMessages", "Codev will now close."))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    return box


# --- a folder Codev cannot write to ---------------------------------------------------------------


def folder_role_text(role: str) -> str:
    """What Codev keeps in a folder of this role, in the interface language."""
    texts = {
        "data": translate("ErrorMessages", "your sessions and notes"),
        "templates": translate("ErrorMessages", "your templates"),
        "backups": translate("ErrorMessages", "the backups of your notes"),
        "drafts": translate("ErrorMessages", "the drafts of templates being edited"),
        "config": translate("ErrorMessages", "your settings"),
        "log": translate("ErrorMessages", "the log"),
        "cache": translate("ErrorMessages", "data Codev can rebuild (cache)"),
    }
    return texts.get(role, role)


def folders_unavailable_text(problems: Sequence[FolderProblem]) -> str:
    """Which folders Codev cannot write to, what it keeps there, and what to do."""
    lines = [
        translate("ErrorMessages", "Codev cannot write to the folder for %1:\n%2\n(%3)")
        .replace("%1", folder_role_text(str(problem.role)))
        .replace("%2", str(problem.path))
        .replace("%3", problem.detail)
        for problem in problems
    ]
    lines.append(
        translate(
            "ErrorMessages",
            "Codev has not changed anything. Check that the disk is connected, not full and not "
            "read-only, and that your account may write to this folder; then start Codev again.",
        )
    )
    return "\n\n".join(lines)


def folders_unavailable_box(
    problems: Sequence[FolderProblem], parent: QWidget | None = None
) -> QMessageBox:
    """A message box naming the folders Codev cannot write to; Codev closes after it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("foldersUnavailableBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorMessages", "Codev cannot save here"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(folders_unavailable_text(problems))
    box.setInformativeText(translate("ErrorMessages", "Codev will now close."))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    return box

"""How the main window shows the wrap-up: when the live session ends (the console hands over),
or for a saved session from the history. The wrap-up is a page of the main window, not a dialog.

The wrap-up (and the mail, keyring and PDF code under it) is imported when it is first shown, not
while the session runs: it would hold several MiB for hours (benchmarks/memory.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError
from codev_app.storage.errors import StorageError

if TYPE_CHECKING:
    from codev_app.ui.console.console import ConsoleWidget
    from codev_app.ui.export.source import ExportSource
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup
    from codev_app.ui.wrapup.view import WrapUpView

_log = logging.getLogger(__name__)


def attach_wrapup(window: MainWindow, console: ConsoleWidget) -> None:
    """When ``console``'s session ends, show its wrap-up; when the end is undone (Ctrl+Z), the
    console comes back."""
    console.session_finished.connect(lambda: show_wrapup(window))

    def changed(_change: object) -> None:
        view = _existing(window)
        if (
            view is None
            or window.console is not console
            or console.live.state is EngineState.FINISHED
        ):
            return
        if view.session_id == window.current_session_id:
            _back_to_console(window, view)

    console.controller.changed.connect(changed)


def keep_setup_emails(window: MainWindow, setup: SessionSetup, session_id: int | None) -> None:
    """Keep the addresses typed in New session with the session just saved."""
    store, controller = window.store, window.controller
    if store is None or session_id is None or controller is None or not setup.emails:
        return
    typed = dict(setup.emails)
    emails = {p.id: typed[p.name] for p in controller.live.roster.participants if p.name in typed}
    try:
        store.deliveries.set_emails(session_id, emails)
    except (StorageError, CodevError) as error:
        _log.warning("The participants' addresses could not be kept: %s", error)


def _existing(window: MainWindow) -> WrapUpView | None:
    found = window.findChild(QWidget, "wrapUp")
    if found is None or not shiboken6.isValid(found):
        return None
    return cast("WrapUpView", found)


def show_wrapup(window: MainWindow, session_id: int | None = None) -> WrapUpView | None:
    """Show the wrap-up of the live session (``session_id`` None or the live one's) or of a
    saved one; None, with a word in the status bar, when it cannot be read."""
    from codev_app.ui.export.source import LiveSource, StoredSource
    from codev_app.ui.wrapup.view import WrapUpView

    current = window.current_session_id
    live = window.controller is not None and (session_id is None or session_id == current)
    wanted = current if live else session_id
    old = _existing(window)
    if old is not None:
        if old.session_id == wanted and old.store is window.store:
            old.show_state()
            window._show_page(old)
            return old
        _drop(window, old)
    source: ExportSource
    if live:
        assert window.controller is not None
        source = LiveSource.from_store(window.controller.live, window.store, current)
    elif session_id is not None and window.store is not None:
        try:
            source = StoredSource(window.store, session_id)
        except (StorageError, CodevError) as error:
            _log.warning("Session %s cannot be wrapped up: %s", session_id, error)
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "WrapUp", "This session cannot be read back, so nothing can be sent."
                )
            )
            return None
    else:
        return None
    view = WrapUpView(source, window.store, wanted, language=window.language, parent=window)
    if live:
        view.back_requested.connect(lambda: _back_to_console(window, view))
        view.close_requested.connect(lambda: _close_live(window, view))
    else:
        view.back_button.hide()
        view.close_button.setText(QCoreApplication.translate("WrapUp", "Done"))
        view.close_requested.connect(lambda: _close_saved(window, view))
    window._show_page(view)
    view.send_button.setFocus()
    return view


def _drop(window: MainWindow, view: WrapUpView) -> None:
    view.setObjectName("wrapUpClosed")  # until deleteLater has deleted it
    window._page_stack().removeWidget(view)
    view.deleteLater()


def _back_to_console(window: MainWindow, view: WrapUpView) -> None:
    if window.console is not None:
        window._show_page(window.console)
    _drop(window, view)


def _close_live(window: MainWindow, view: WrapUpView) -> None:
    window.close_session()
    if window.console is None:  # closed (not refused because it could not be saved)
        _drop(window, view)
    else:  # refused: the console's words (e.g. it could not be saved) are said here too
        view.status.setText(window.console.notice.text())


def _close_saved(window: MainWindow, view: WrapUpView) -> None:
    if window.console is not None:
        window._show_page(window.console)
    else:
        window.show_welcome()
    _drop(window, view)

"""Session > Share with a co-facilitator… and Join a session…, and the status bar's word on it.

Built on the way to the usable window: the sharing machinery (pycrdt, websockets, asyncio, ~130 ms
of imports) is imported only when a sharing starts, and nothing here creates the Qt namespace's
enums (see :mod:`codev_app.ui.main_window`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from codev_app.ui.main_window import PLAIN_TEXT, text_action

if TYPE_CHECKING:
    from codev_app.ui.cofacilitation.dialogs import JoinDialog, ShareDialog
    from codev_app.ui.cofacilitation.sharing import Sharing
    from codev_app.ui.main_window import MainWindow


class CofacilitationEntry(QObject):
    """The window's way into co-facilitation; holds the sharing under way, if any."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.sharing: Sharing | None = None
        self.share_dialog: ShareDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self.share_action = text_action(self.tr("Share with a co-facilitator…"), window)
        self.share_action.setObjectName("shareAction")
        self.share_action.triggered.connect(self.open_share)
        self.join_action = text_action(self.tr("Join a session…"), window)
        self.join_action.setObjectName("joinAction")
        self.join_action.triggered.connect(self.open_join)
        window.add_session_entry(self.share_action)
        window.add_session_entry(self.join_action)
        self.status = QLabel()
        self.status.setProperty("textFormat", PLAIN_TEXT)  # names are never markup
        self.status.setObjectName("sharingStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()

    def facilitator_name(self) -> str:
        """The facilitator's name from the settings (blank when not set)."""
        from codev_app.settings import load_settings

        return load_settings()[0].facilitator_name

    def open_share(self) -> ShareDialog | None:
        """The sharing window (refused with a word when no session is open)."""
        from codev_app.ui.cofacilitation.dialogs import ShareDialog

        if self.window.console is None:
            self.window.statusBar().showMessage(
                self.tr("Open or start a session first, then share it."), 8000
            )
            return None
        if self.share_dialog is None:
            self.share_dialog = ShareDialog(self, self.window)
        self.share_dialog.refresh()
        self.share_dialog.show()
        self.share_dialog.raise_()
        return self.share_dialog

    def open_join(self) -> JoinDialog:
        """The window to paste a join code into."""
        from codev_app.ui.cofacilitation.dialogs import JoinDialog

        if self.join_dialog is None:
            self.join_dialog = JoinDialog(self, self.window)
        self.join_dialog.show()
        self.join_dialog.raise_()
        return self.join_dialog

    def adopt(self, sharing: Sharing) -> None:
        """A sharing is under way: show where it stands until it ends."""
        self.sharing = sharing
        sharing.status_changed.connect(self._show_status)
        self._show_status()

    def _show_status(self) -> None:
        sharing = self.sharing
        if sharing is None:
            return
        self.status.setText(sharing.status_text())
        self.status.setAccessibleDescription(sharing.status_text())
        self.status.show()
        if self.share_dialog is not None:
            self.share_dialog.refresh()

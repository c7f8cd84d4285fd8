"""Groups: Session > Groups… (Ctrl+G). The window is in :mod:`codev_app.ui.groups.window`
(imported when first opened); the console's "Group" panel (charter, resources) in
:mod:`codev_app.ui.groups.panel`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from codev_app.ui.main_window import set_shortcut, text_action

if TYPE_CHECKING:
    from codev_app.ui.groups.window import GroupsWindow
    from codev_app.ui.main_window import MainWindow

SHORTCUT = "Ctrl+G"


class GroupsEntry(QObject):
    """Session > Groups… (Ctrl+G)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.groups_window: GroupsWindow | None = None
        self.action = text_action(self.tr("&Groups…"), window)
        self.action.setObjectName("groupsAction")
        set_shortcut(self.action, SHORTCUT)
        self.action.setStatusTip(self.tr("Groups that meet over months: members, charter, cycles."))
        self.action.triggered.connect(self.open)
        window.add_session_entry(self.action)

    def open(self) -> GroupsWindow | None:
        """Show the groups window (one for the main window), in front."""
        store = self.main_window.store
        if store is None:
            self.main_window.statusBar().showMessage(
                self.tr("Groups open once the notes database is ready."), 10_000
            )
            return None
        window = self.groups_window
        if window is None or not shiboken6.isValid(window):
            from codev_app.ui.groups.window import GroupsWindow

            window = GroupsWindow(self.main_window, store)
            self.groups_window = window
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

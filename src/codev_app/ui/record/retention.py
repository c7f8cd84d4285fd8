"""Settings > Keep session notes for: no limit, 6, 12 or 24 months.

The choice is saved in the settings at once and applied at the next start (once the window is up
and no session is open): the notes of older sessions are removed, their timings stay. Applying it
only then leaves a moment to change one's mind after a slip of the mouse.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from codev_app.settings import load_settings, save_settings
from codev_app.ui.main_window import text_action

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

CHOICES: tuple[int | None, ...] = (None, 6, 12, 24)


class RetentionMenu(QObject):
    """The submenu of the Settings menu; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.settings_menu.addMenu(self.tr("&Keep session notes for"))
        self.menu.setObjectName("retentionMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[int | None, QAction] = {}
        current = load_settings()[0].retention_months
        choices = list(CHOICES)
        if current not in choices:  # a value written by hand keeps its own entry
            choices.append(current)
        for months in choices:
            action = text_action(self.choice_text(months), self)
            action.setCheckable(True)
            action.setChecked(months == current)
            action.triggered.connect(lambda _checked=False, chosen=months: self.choose(chosen))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[months] = action

    def choice_text(self, months: int | None) -> str:
        """How a choice reads in the menu."""
        if months is None:
            return self.tr("&No limit (until I delete them)")
        return self.tr("%n month(s)", "", months)

    def choose(self, months: int | None) -> bool:
        """Save the choice; it applies at the next start. Returns whether it was saved."""
        settings, _warnings = load_settings()
        try:
            save_settings(replace(settings, retention_months=months))
        except (OSError, ValueError) as error:
            _log.warning("Could not save the retention setting: %s", error)
            previous = self.actions.get(settings.retention_months)
            if previous is not None:
                previous.setChecked(True)
            self.window.statusBar().showMessage(
                self.tr("The setting could not be saved: %1").replace("%1", str(error))
            )
            return False
        if months is None:
            said = self.tr("Saved. Codev keeps session notes until you delete them.")
        else:
            said = self.tr(
                "Saved. From the next start, Codev removes the notes of sessions older than "
                "%n month(s); their timings stay.",
                "",
                months,
            )
        self.window.statusBar().showMessage(said, 20_000)
        return True

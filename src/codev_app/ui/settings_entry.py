"""Settings > Preferences… (Ctrl+,) in the main window: opens the Settings window
(:mod:`codev_app.ui.settings_window`) and keeps the Settings menu in step with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from codev_app.settings import Settings
from codev_app.ui.main_window import set_shortcut, text_action

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.settings_window import SettingsWindow

SHORTCUT = "Ctrl+,"

translate = QCoreApplication.translate


class SettingsEntry(QObject):
    """Settings > Preferences… (Ctrl+,) in the main window; one settings window at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.settings_window: SettingsWindow | None = None
        self.action = text_action(translate("SettingsWindow", "&Preferences…"), window)
        self.action.setObjectName("settingsAction")
        set_shortcut(self.action, SHORTCUT)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setStatusTip(
            translate(
                "SettingsWindow",
                "Language, your name, the chime, default times, how long notes are kept.",
            )
        )
        self.action.triggered.connect(self.open)
        window.addAction(self.action)
        menu = window.settings_menu
        first = menu.actions()[0]  # the Language submenu
        menu.insertAction(first, self.action)
        menu.insertSeparator(first)

    def open(self) -> SettingsWindow:
        """Show the settings window, in front."""
        import shiboken6

        window = self.settings_window
        if window is None or not shiboken6.isValid(window):
            from codev_app.template_library import available_templates

            # Imported on first use: the window's modules are not needed at start-up.
            from codev_app.ui.settings_window import SettingsWindow

            templates, _problems = available_templates()
            window = SettingsWindow(
                list(templates), language=self.main_window.language, parent=self.main_window
            )
            window.changed.connect(self._applied)
            self.settings_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        window.language_combo.setFocus()
        return window

    def _applied(self, settings: Settings) -> None:
        # The Language menu shows the same choice as the window.
        main = self.main_window
        main.language_setting = settings.language.value
        action = main.language_actions.get(settings.language.value)
        if action is not None:
            action.setChecked(True)
        # So does Settings > Keep session notes for.
        retention = getattr(main, "retention", None)
        chosen = retention.actions.get(settings.retention_months) if retention else None
        if chosen is not None:
            chosen.setChecked(True)

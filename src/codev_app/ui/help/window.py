"""The method page's window, and how every screen reaches it.

:class:`HelpEntry` is attached by ``MainWindow.complete_startup``. Its action, Help > The
co-development method (Shift+F1), works in every Codev window (application-wide shortcut), and
the console's key list shows it beside the other keys. Windows without a key list of their own
(the history) get F1 for it through :meth:`HelpEntry.attach_f1`. The page opens where the
facilitator is: at the current phase during a session, at the top elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from codev_app.ui.main_window import set_shortcut, text_action

if TYPE_CHECKING:
    from codev_app.core.template import Template
    from codev_app.ui.main_window import MainWindow

SHORTCUT = "Shift+F1"


APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut


class HelpWindow(QWidget):
    """The method page in a window of its own; never modal, Esc closes it."""

    def __init__(
        self, language: str, templates: list[Template], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = language
        # Imported here, not with the entry: the method page is not needed at start-up.
        from codev_app.ui.help.page import method_html, method_text

        self.setWindowTitle(method_text(language).title)
        self.setAccessibleName(self.windowTitle())
        from PySide6.QtWidgets import QTextBrowser  # its classes cost ~1 ms: not at start-up

        self.browser = QTextBrowser()
        self.browser.setObjectName("helpPage")
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # anchors only: no network, no browser
        self.browser.document().setDocumentMargin(24)
        self.browser.setHtml(method_html(language, templates))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        close = QAction(self)
        close.setShortcut(QKeySequence(QtCore.Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(680, 640)

    def show_at(self, anchor: str = "top") -> None:
        """Show the page scrolled to ``anchor`` (a section or a phase id), in front."""
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor == "top":
            self.browser.verticalScrollBar().setValue(0)
        else:
            self.browser.scrollToAnchor(anchor)
        self.browser.setFocus()


class HelpEntry(QObject):
    """Help > The co-development method (Shift+F1), for every screen of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.help_window: HelpWindow | None = None
        self.action = text_action(self.tr("The co-development &method…"), window)
        self.action.setObjectName("methodAction")
        set_shortcut(self.action, SHORTCUT)
        # Qt.ShortcutContext.ApplicationShortcut, as a number: no Qt namespace at start-up (the
        # module reaches it through QtCore only after; see main_window.set_shortcut).
        self.action.setProperty("shortcutContext", APPLICATION_SHORTCUT)
        self.action.setStatusTip(self.tr("The phases, roles and rules, and which format to use."))
        self.action.triggered.connect(lambda: self.open())
        window.addAction(self.action)
        menu, actions = window.help_menu, window.help_menu.actions()
        place = actions.index(window.shortcuts_action) + 1
        if place < len(actions):
            menu.insertAction(actions[place], self.action)  # beside the keys (F1)
        else:
            menu.addAction(self.action)

    def attach_f1(self, widget: QWidget) -> None:
        """F1 in ``widget``'s window opens the page (for windows with no key list of their own)."""
        action = QAction(widget)
        action.setObjectName("methodF1")
        action.setShortcut(QKeySequence(QtCore.Qt.Key.Key_F1))
        action.triggered.connect(lambda: self.open())
        widget.addAction(action)

    def context(self) -> str:
        """Where the page opens: the current phase during a session, else the top."""
        console = self.main_window.console
        if console is None:
            return "top"
        live = console.live
        from codev_app.core.engine import EngineState
        from codev_app.ui.help.page import phase_anchors

        if live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
            return "phases"
        phase_id = live.engine.current_phase.id
        return phase_id if phase_id in phase_anchors() else "phases"

    def open(self, anchor: str | None = None) -> HelpWindow:
        """Show the method page at ``anchor`` (None: where the facilitator is)."""
        anchor = self.context() if anchor is None else anchor
        window = self.help_window
        language = self.main_window.language
        if window is None or not shiboken6.isValid(window) or window.language != language:
            from codev_app.template_library import available_templates

            templates, _problems = available_templates()
            built_in = [template for template in templates if template.read_only]
            window = HelpWindow(language, built_in, self.main_window)
            self.help_window = window
        window.show_at(anchor)
        return window

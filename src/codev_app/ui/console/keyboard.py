"""Where a key goes: one focus model for the console.

- Letters, digits and Space type text only in a *visible* text field; everywhere else (buttons,
  lists, drop-downs) they act on the session (the console's single-key shortcuts).
- Escape always hands the keyboard back to the session, from any field, list or button.
- A field on a hidden tab never keeps the focus: when it is hidden, the session gets the keys.
- Enter, with the keys on the session, puts them in the entry line of the phase (if it has one).
- The bar says quietly which mode the keyboard is in; the field being typed in has the focus
  frame of the style.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text

if TYPE_CHECKING:
    from codev_app.ui.console.console import ConsoleWidget


def is_typing_field(widget: QWidget | None) -> bool:
    """Whether ``widget`` takes typed letters: a visible, editable text field."""
    if widget is None or not _shown(widget) or not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox)


def _shown(widget: QWidget) -> bool:
    """Shown in its window: nothing up to the window was hidden on purpose (a tab that is not
    the current one was). A widget just added to a layout, about to be shown, counts as shown."""
    explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isHidden() and current.testAttribute(explicit):
            return False
        current = current.parentWidget()
    return True


class KeyboardMode(QObject):
    """Keeps the console's keyboard where the focus model says; see the module docstring."""

    def __init__(self, console: ConsoleWidget) -> None:
        super().__init__(console)
        self.console = console
        console.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = LiveText(
            QCoreApplication.translate("KeyboardMode", "Where the keys go"),
            sample=QCoreApplication.translate("KeyboardMode", "Typing · Esc: keys to the session"),
        )
        self.label.setObjectName("keyboardMode")
        self.typing = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        console.side_tabs.currentChanged.connect(lambda _index: self._tab_changed())
        self.show_mode()

    def take_keyboard(self) -> None:
        """Hand the keys to the session (Escape, after the start, a field going hidden)."""
        console = self.console
        if not shiboken6.isValid(console):
            return
        console.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_mode()

    def show_mode(self) -> None:
        """Say quietly where the keys go now."""
        if not shiboken6.isValid(self.console) or not shiboken6.isValid(self.label):
            return
        focus = QApplication.focusWidget()
        self.typing = (
            focus is not None and is_typing_field(focus) and self.console.isAncestorOf(focus)
        )
        translate = QCoreApplication.translate
        if self.typing:
            text = translate("KeyboardMode", "Typing · Esc: keys to the session")
            self.label.set_color(None)
        else:
            text = translate("KeyboardMode", "Keys: the session · F1")
            self.label.set_color(muted_text(self.label.palette()))
        self.label.set_text(text)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.console):
            return
        self.show_mode()
        if new is not None and self.console.isAncestorOf(new):
            self._check_soon()

    def _tab_changed(self) -> None:
        # Qt hands the focus to the new page's first field: typed keys would land in notes the
        # facilitator did not choose. The session keeps them until a field is clicked or tabbed to.
        QTimer.singleShot(0, self, self._leave_tabs)

    def _leave_tabs(self) -> None:
        if not shiboken6.isValid(self.console):
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.console.side_tabs.isAncestorOf(focus):
            self.take_keyboard()

    def _check_soon(self) -> None:
        # After the tab or page switch has finished hiding and showing its widgets.
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        if not shiboken6.isValid(self.console):
            return
        focus = QApplication.focusWidget()
        inside = focus is not None and self.console.isAncestorOf(focus)
        if inside and focus is not None and not _shown(focus):
            self.take_keyboard()
            return
        tabs = self.console.side_tabs
        if inside and focus is not None and tabs.isAncestorOf(focus):
            page = tabs.currentWidget()
            if page is None or not page.isAncestorOf(focus):
                self.take_keyboard()
                return
        self.show_mode()

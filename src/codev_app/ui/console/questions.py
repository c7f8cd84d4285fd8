"""Questions asked inline, never in a dialog: "End the session?", "Quit Codev?".

A quiet bar above the console's buttons with the question and two buttons. While it is asked it
has the keyboard: Enter answers yes (the focused button), Escape keeps going. It goes away by
itself after a while (nothing happens then).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.shortcuts import let_space_press


class InlineQuestion(QFrame):
    """A question with a yes and a no button; see the module docstring."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(
        self,
        name: str,
        yes: str,
        yes_accessible: str,
        no: str,
        *,
        seconds: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.question = plain_label(wrap=True, name=f"{name}Question")
        self.confirm = QPushButton(yes)
        self.confirm.setObjectName(f"{name}Confirm")
        self.confirm.setAccessibleName(yes_accessible)
        self.cancel = QPushButton(no)
        self.cancel.setObjectName(f"{name}Cancel")
        self.cancel.setAccessibleName(no)
        for button in (self.confirm, self.cancel):
            let_space_press(button)
            button.setAutoDefault(True)  # Enter presses the focused one
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.cancel)
        self._seconds = seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.confirm.clicked.connect(self._yes)
        self.cancel.clicked.connect(self.dismiss)
        self.hide()

    def ask(self, text: str) -> None:
        """Show the question; the yes button gets the keyboard."""
        self.question.setText(text)
        self.question.setAccessibleDescription(text)
        self.show()
        self.confirm.setFocus()
        self._timer.start(self._seconds * 1000)

    def dismiss(self) -> None:
        """Take the question away (no answer, or "keep going")."""
        was_shown = self.isVisible()
        self._timer.stop()
        self.hide()
        if was_shown:
            self.cancelled.emit()

    def _yes(self) -> None:
        self._timer.stop()
        self.hide()
        self.confirmed.emit()

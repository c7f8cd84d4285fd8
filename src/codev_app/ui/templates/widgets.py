"""Small widgets shared by the library and the editor: calm inline messages with choices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

NBSP = "\u00a0"


def plain_labels(widget: QWidget) -> None:
    """Make every label in ``widget`` show its text literally (user texts are never markup)."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def mute(widget: QWidget) -> None:
    """Quieter text, for hints."""
    palette = widget.palette()
    color = palette.color(QPalette.ColorRole.PlaceholderText)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, color)
    widget.setPalette(palette)


class ElidedLabel(QLabel):
    """A one-line label that ends with "…" when it is too narrow, instead of being cut off.

    The whole text stays the label's text (and tooltip), for screen readers and the mouse.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.end()


class InlineBar(QFrame):
    """A message in the page, with a few buttons, instead of a dialog that blocks everything.

    :meth:`show_message` replaces the text and the buttons; a button runs its callback, then the
    bar hides unless the callback showed another message.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        layout.addLayout(self._buttons_row)
        self.buttons: list[QPushButton] = []
        self._generation = 0
        self.hide()

    def text(self) -> str:
        """The message shown."""
        return self.label.text()

    def show_message(
        self, text: str, choices: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        """Show ``text`` with a button per ``(label, callback)`` choice."""
        self._generation += 1
        for button in self.buttons:
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for label, callback in choices or []:
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(self._runner(callback))
            self._buttons_row.addWidget(button)
            self.buttons.append(button)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.label.setAccessibleDescription(text)
        self.show()

    def button(self, label: str) -> QPushButton:
        """The button whose text (without ``&``) is ``label``."""
        for button in self.buttons:
            if button.text().replace("&", "") == label.replace("&", ""):
                return button
        raise KeyError(label)

    def clear(self) -> None:
        """Hide the bar and drop its buttons."""
        self.show_message("")
        self.hide()

    def _runner(self, callback: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            generation = self._generation
            callback()
            if generation == self._generation:  # the callback did not show something else
                self.clear()

        return run


class UndoKeysToStack(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z typed in a text field to the editor's undo, not the field's own.

    Text fields have their own little undo; two histories side by side would undo different
    things depending on where the cursor is. Filtering the shortcut override lets the editor's
    actions take the keys.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._keys = [
            QKeySequence(QKeySequence.StandardKey.Undo),
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self._keys
            ):
                return True  # not taken by the field: the shortcut system gets it
        return False

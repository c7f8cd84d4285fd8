"""Pieces shared by the note panels: text fields bound to the record, labels, calm edits.

The fields hold no state of their own: every keystroke is a command applied to the live session
(through :class:`RecordEditor`), and a field shows the record again only when the
record says something else than the field (an undo, a restore, another view editing it). Then the
text is replaced and the cursor put back where it was, so a refresh never moves the cursor the
facilitator is typing with.

Everything is plain text: what is typed (``<b>``, ``&amp;``, ``<img src=...>``) is shown as typed,
in fields, labels, lists and combo boxes alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from codev_app.core.commands import Command, Undo
from codev_app.core.errors import CodevError
from codev_app.core.participants import Roster
from codev_app.core.record import SessionRecord
from codev_app.core.session import LiveSession
from codev_app.ui.console.palette import muted_text

_log = logging.getLogger(__name__)

MAX_GROW_LINES = 14


class RecordEditor:
    """What the note panels use to change the record: commands sent to the live session.

    Every edit is a command value (core/commands.py) applied by :meth:`LiveSession.apply`, so it
    is saved, kept in the one history (Ctrl+Z outside a field undoes it) and announced to every
    view. A refusal (e.g. timers only) is logged, never raised into Qt.
    """

    def __init__(self, live: LiveSession) -> None:
        self.live = live
        self.case = 1
        """The case whose items the panel shows and adds to (the shown phase's case)."""

    @property
    def record(self) -> SessionRecord:
        """The record, to read."""
        return self.live.record

    @property
    def roster(self) -> Roster:
        """The people, to read."""
        return self.live.roster

    def send(self, command: Command) -> bool:
        """Apply one edit; returns whether it was carried out."""
        try:
            self.live.apply(command)
        except CodevError as error:
            _log.info("Note not recorded: %s", error)
            return False
        return True

    def undo_if_last(self, command: Command) -> bool:
        """Undo ``command`` if it is still the last action (the inline "Undo" after a removal)."""
        return self.live.undo_target() == command and self.send(Undo())


def plain_label(text: str = "", *, name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows its text literally, whatever it holds."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


def field_label(text: str, *, name: str = "") -> QLabel:
    """The small bold title above a field."""
    label = plain_label(text, name=name)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def mute(widget: QWidget) -> None:
    """Give a label the quieter text colour of secondary lines."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_text(palette))
    widget.setPalette(palette)


def button_text(text: str) -> str:
    """``text`` for a button or check box, where ``&`` would otherwise mark a keyboard letter."""
    return text.replace("&", "&&")


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text field that grows with its text (from ``lines`` up to a limit), then scrolls.

    With ``enter_finishes`` Enter does not insert a line (Shift+Enter does): it emits
    :attr:`finished` instead, for lists where Enter moves on.
    """

    finished = Signal()

    def __init__(
        self, *, lines: int = 2, enter_finishes: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lines = self._base_lines = max(1, lines)
        self._enter_finishes = enter_finishes
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def set_compact(self, compact: bool) -> None:
        """As tall as its text only (read-only views), or with room to type (the default)."""
        self._lines = 1 if compact else self._base_lines
        self._fit()

    def _fit(self, *_args: object) -> None:
        # In a QPlainTextEdit the document's height is counted in lines (wrapped lines included).
        shown = min(MAX_GROW_LINES, max(self._lines, round(self.document().size().height())))
        frame = 2 * (round(self.document().documentMargin()) + self.frameWidth())
        height = shown * QFontMetrics(self.font()).lineSpacing() + frame + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A new width wraps the text anew; the layout counts the lines once it has run.
        QTimer.singleShot(0, self, self._fit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self._enter_finishes and enter and not event.modifiers():
            self.finished.emit()
            return
        super().keyPressEvent(event)


def set_text_keeping_cursor(widget: QPlainTextEdit | QLineEdit, text: str) -> None:
    """Show ``text`` in ``widget`` without signals, the cursor kept where it was (clamped)."""
    blocked = widget.blockSignals(True)
    try:
        if isinstance(widget, QLineEdit):
            position = widget.cursorPosition()
            widget.setText(text)
            widget.setCursorPosition(min(position, len(text)))
            return
        cursor = widget.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        scroll = widget.verticalScrollBar().value()
        widget.setPlainText(text)
        length = len(text)
        cursor = widget.textCursor()
        cursor.setPosition(min(anchor, length))
        cursor.setPosition(min(position, length), cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.verticalScrollBar().setValue(scroll)
    finally:
        widget.blockSignals(blocked)


def text_of(widget: QPlainTextEdit | QLineEdit) -> str:
    """The text a field holds."""
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


class BoundText(QObject):
    """Ties one text field to one text of the record: typing writes, :meth:`show` reads.

    ``read`` gives the record's value now; ``write`` makes the command that stores a new value,
    sent through ``editor``. The field's own edits never come back to it: the record then holds
    what the field shows, and :meth:`show` leaves the field alone.
    """

    def __init__(
        self,
        widget: QPlainTextEdit | QLineEdit,
        editor: RecordEditor,
        read: Callable[[], str],
        write: Callable[[str], Command],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._editor = editor
        self._read = read
        self._write = write
        widget.textChanged.connect(self._typed)
        self.show()

    def _typed(self, *_args: object) -> None:
        value = text_of(self.widget)
        if value == self._read():
            return
        if not self._editor.send(self._write(value)):
            self.show()  # refused: the field says what the record holds

    def show(self) -> None:
        """Show the record's value, if the field says something else."""
        value = self._read()
        if text_of(self.widget) != value:
            set_text_keeping_cursor(self.widget, value)


def line_field(placeholder: str, *, name: str, accessible: str) -> QLineEdit:
    """A one-line field (a title, a headline, a date)."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    field.setClearButtonEnabled(False)
    return field


def text_field(
    placeholder: str, *, name: str, accessible: str, lines: int = 3, enter_finishes: bool = False
) -> GrowingTextEdit:
    """A multi-line field that grows with its text."""
    field = GrowingTextEdit(lines=lines, enter_finishes=enter_finishes)
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    return field


def set_read_only(widget: QPlainTextEdit | QLineEdit, read_only: bool) -> None:
    """Read-only fields keep their text selectable and say so to screen readers."""
    widget.setReadOnly(read_only)
    if isinstance(widget, GrowingTextEdit):
        widget.set_compact(read_only)
    if isinstance(widget, QPlainTextEdit):
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if read_only:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        else:
            flags = Qt.TextInteractionFlag.TextEditorInteraction
        widget.setTextInteractionFlags(flags)


class LockIcon(QWidget):
    """A small padlock, drawn (no icon font or file needed), in the text colour."""

    def __init__(self, size: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(size, size)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        side = self._size
        body = QRect(round(side * 0.15), round(side * 0.45), round(side * 0.7), round(side * 0.5))
        pen = painter.pen()
        pen.setColor(color)
        pen.setWidthF(max(1.4, side / 10))
        painter.setPen(pen)
        shackle = QPainterPath()
        left, right = side * 0.3, side * 0.7
        shackle.moveTo(left, body.top())
        shackle.lineTo(left, side * 0.3)
        shackle.arcTo(left, side * 0.1, right - left, side * 0.4, 180, -180)
        shackle.lineTo(right, body.top())
        painter.drawPath(shackle)
        painter.setBrush(color)
        painter.drawRoundedRect(body, 2, 2)
        painter.end()


def nudged_down(widget: QWidget, pixels: int) -> QWidget:
    """``widget`` lowered by a few pixels (a check box beside the first line of a field)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, pixels, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def separator() -> QFrame:
    """A thin horizontal line between sections."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class FlowLayout(QLayout):
    """Lays its widgets left to right and wraps them onto new lines (the help-kind chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        """Add a widget at the end."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(x, y, hint.width(), hint.height()))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()

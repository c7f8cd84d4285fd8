"""What the suggestion list and the action plan share: rows that move, go, and come back.

An :class:`ItemList` shows one row widget per item of the record, in the record's order. Rows are
kept while their item exists (reordering moves the same widgets), so a refresh never takes the
keyboard away from the row being typed in. Keys in a row (any of its fields):

- Alt+Up / Alt+Down: move the item up or down;
- Alt+Delete: remove it (an inline "Undo" brings it back for a while: the session's undo, so the
  item comes back with its own id, author and place, and Ctrl+Z does the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from codev_app.core.commands import Command
from codev_app.core.participants import Roster
from codev_app.core.record import SessionRecord
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.fields import RecordEditor, mute, plain_label

UNDO_SECONDS = 15
_Row = TypeVar("_Row", bound="ItemRow")


class ItemRow(QWidget):
    """One item's row; subclasses build their fields and implement :meth:`show_item`."""

    def __init__(self, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        let_space_press(self.remove_button)

    def first_field(self) -> QWidget:
        """The field that takes the keyboard when the row is focused."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Show the item without letting it change."""
        self.remove_button.setVisible(not read_only)


class _RowKeys(QObject):
    """Alt+Up, Alt+Down and Alt+Delete anywhere in a row."""

    def __init__(self, owner: ItemList[ItemRow]) -> None:
        super().__init__(owner)
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() != Qt.KeyboardModifier.AltModifier:
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a menu's or a shortcut's
            return True
        row = self._owner.row_of(watched)
        if row is None or self._owner.read_only:
            return False
        if key == Qt.Key.Key_Delete:
            self._owner.remove(row.item_id)
        else:
            self._owner.move_by(row.item_id, -1 if key == Qt.Key.Key_Up else 1)
        return True


class ItemList(QWidget, Generic[_Row]):
    """Rows in the record's order, with the removal's inline undo. See the module docstring."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.read_only = False
        self.rows: dict[str, _Row] = {}
        self._keys = _RowKeys(self)  # type: ignore[arg-type]
        self._removal: Command | None = None

        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)

        self.undo_label = plain_label(name="removedLabel")
        mute(self.undo_label)
        self.undo_button = QPushButton(QCoreApplication.translate("RecordItems", "Undo"))
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.setAccessibleName(
            QCoreApplication.translate("RecordItems", "Bring back what was removed")
        )
        let_space_press(self.undo_button)
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_row.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._forget_removed)

    @property
    def record(self) -> SessionRecord:
        """The record shown."""
        return self.editor.record

    @property
    def roster(self) -> Roster:
        """The session's people."""
        return self.editor.roster

    # --- for subclasses ---

    def item_ids(self) -> Sequence[str]:
        """The shown items' ids (those of the case shown), in the record's order."""
        raise NotImplementedError

    def record_ids(self) -> Sequence[str]:
        """Every item's id of this list in the record, whatever its case (positions of moves)."""
        raise NotImplementedError

    def make_row(self, item_id: str) -> _Row:
        """A new row for this item (filled by :meth:`refresh`)."""
        raise NotImplementedError

    def show_row(self, row: _Row) -> None:
        """Fill the row from the record."""
        raise NotImplementedError

    def move_item(self, item_id: str, to_index: int) -> None:
        """Move the item in the record."""
        raise NotImplementedError

    def remove_item(self, item_id: str) -> tuple[str, Command] | None:
        """Remove the item from the record; return what to say and the command sent (None when
        refused)."""
        raise NotImplementedError

    # --- rows ---

    def refresh(self) -> None:
        """Rows for the record's items, in its order; rows of gone items go, new ones come."""
        ids = list(self.item_ids())
        for item_id in [item_id for item_id in self.rows if item_id not in ids]:
            row = self.rows.pop(item_id)
            row.hide()
            row.deleteLater()
        order_changed = False
        for index, item_id in enumerate(ids):
            found = self.rows.get(item_id)
            if found is None:
                row = self.make_row(item_id)
                row.remove_button.clicked.connect(
                    lambda _checked=False, gone=item_id: self.remove(gone)
                )
                row.installEventFilter(self._keys)
                for child in row.findChildren(QWidget):
                    child.installEventFilter(self._keys)
                row.set_read_only(self.read_only)
                self.rows[item_id] = row
                self.rows_layout.insertWidget(index, row)
            else:
                row = found
                order_changed |= self.rows_layout.indexOf(row) != index
            self.show_row(row)
        if order_changed:
            for index, item_id in enumerate(ids):
                self.rows_layout.removeWidget(self.rows[item_id])
                self.rows_layout.insertWidget(index, self.rows[item_id])

    def row_of(self, widget: QObject) -> _Row | None:
        """The row holding ``widget``, if any."""
        current: QObject | None = widget
        while current is not None and current is not self:
            if isinstance(current, ItemRow) and current.item_id in self.rows:
                return self.rows[current.item_id]
            current = current.parent()
        return None

    def set_read_only(self, read_only: bool) -> None:
        """Show the items without letting them change."""
        self.read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)
        if read_only:
            self._forget_removed()

    # --- commands ---

    def move_by(self, item_id: str, step: int) -> None:
        """Move an item one place up (-1) or down (+1); the keyboard stays in its row."""
        ids = list(self.item_ids())
        target = ids.index(item_id) + step
        if not 0 <= target < len(ids):
            return
        # Next to the neighbour shown: items of another case may lie between them in the record.
        self.move_item(item_id, list(self.record_ids()).index(ids[target]))
        row = self.rows.get(item_id)
        if row is not None and not row.isAncestorOf(self.focusWidget()):
            row.first_field().setFocus()

    def remove(self, item_id: str) -> None:
        """Remove an item; the keyboard goes to the next row (or the previous, or nowhere)."""
        ids = list(self.item_ids())
        index = ids.index(item_id)
        removed = self.remove_item(item_id)
        if removed is None:
            return
        said, self._removal = removed
        self.undo_label.setText(said)
        self.undo_row.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)
        rest = [other for other in ids if other != item_id]
        if rest:
            following = self.rows.get(rest[min(index, len(rest) - 1)])
            if following is not None:
                following.first_field().setFocus()
                return
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        """Bring back the item removed last (if nothing was done since: else Ctrl+Z goes back)."""
        removal = self._removal
        self._forget_removed()
        if removal is not None:
            self.editor.undo_if_last(removal)

    def _forget_removed(self) -> None:
        self._removal = None
        self._undo_timer.stop()
        self.undo_row.hide()

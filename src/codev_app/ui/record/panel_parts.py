"""The notes panel's parts: help-kind chips, a titled group of fields, the private notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from codev_app.core.commands import SetHelpKind, SetText
from codev_app.core.record import HelpKind, RecordText
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.fields import (
    BoundText,
    FlowLayout,
    LockIcon,
    RecordEditor,
    field_label,
    mute,
    plain_label,
    text_field,
)
from codev_app.ui.record.panel_groups import help_kind_names


class HelpKindChips(QWidget):
    """One toggle per kind of help the client may ask for."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpKinds")
        self.record = editor.record
        self.editor = editor
        self.chips: dict[HelpKind, QPushButton] = {}
        flow = FlowLayout(self)
        for kind, name in help_kind_names().items():
            chip = QPushButton(name)
            chip.setObjectName(f"chip_{kind.value}")
            chip.setCheckable(True)
            chip.setAccessibleName(
                QCoreApplication.translate("NotesPanel", "Help wanted: %1").replace("%1", name)
            )
            let_space_press(chip)
            chip.toggled.connect(
                lambda wanted, chosen=kind: editor.send(SetHelpKind(chosen, wanted, editor.case))
            )
            chip.toggled.connect(lambda wanted, shown=chip, text=name: self._mark(shown, text))
            flow.add(chip)
            self.chips[kind] = chip
        self.refresh()

    @staticmethod
    def _mark(chip: QPushButton, name: str) -> None:
        # A chosen chip says so in words too, not only in shades of grey.
        chip.setText(f"✓ {name}" if chip.isChecked() else name)

    def refresh(self) -> None:
        """Chips as the record says."""
        for kind, chip in self.chips.items():
            wanted = kind in self.record.help_kinds_of(self.editor.case)
            if chip.isChecked() != wanted:
                blocked = chip.blockSignals(True)
                chip.setChecked(wanted)
                chip.blockSignals(blocked)
                self._mark(chip, help_kind_names()[kind])

    def set_read_only(self, read_only: bool) -> None:
        """Chips that cannot be toggled (the chosen ones stay visibly chosen)."""
        for chip in self.chips.values():
            chip.setEnabled(not read_only)


class FieldGroup(QWidget):
    """A titled part of the record (a text, the chips, the suggestions…).

    Its widgets are made by ``make(key)`` on the first :meth:`build` (when the group is first
    shown or used): until then it is an empty, hidden widget.
    """

    def __init__(
        self,
        key: str,
        title: str,
        make: Callable[[str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"group_{key}")
        self._title = title
        self._make: Callable[[str], QWidget] | None = make
        self.body: QWidget | None = None

    @property
    def built(self) -> bool:
        """Whether the group's widgets exist."""
        return self.body is not None

    def build(self) -> QWidget:
        """The group's body, made now if it was not."""
        if self.body is None:
            assert self._make is not None
            make, self._make = self._make, None
            self.title = field_label(self._title, name="groupTitle")
            self.body = make(self.key)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(4)
            layout.addWidget(self.title)
            layout.addWidget(self.body)
        return self.body


class PrivateNotes(QFrame):
    """The facilitator's own notes: always at hand, never given to participants."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privateNotes")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.marker = plain_label(
            QCoreApplication.translate("NotesPanel", "Private — never exported for participants"),
            name="privateMark",
        )
        self.marker.setWordWrap(True)
        title = field_label(QCoreApplication.translate("NotesPanel", "My private notes"))
        self.field = text_field(
            QCoreApplication.translate("NotesPanel", "Only you see these notes."),
            name="privateField",
            accessible=QCoreApplication.translate(
                "NotesPanel", "My private notes (never exported for participants)"
            ),
            lines=3,
        )
        self.field.setAccessibleDescription(self.marker.text())
        self.bound = BoundText(
            self.field,
            editor,
            lambda: editor.record.text(RecordText.PRIVATE_NOTES),
            lambda value: SetText(RecordText.PRIVATE_NOTES, value),
        )
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(LockIcon(16), 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.marker)
        layout.addWidget(self.field)
        mute(self.marker)


class FocusWatch(QObject):
    """Calls back when the keyboard leaves a field the panel kept visible for it."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self, self._callback)
        return False

"""The client's action plan: each step with what, by when, and how the client will know it worked.

"Add a step" (or Enter in the last field of the last step) starts a new step; Alt+Up / Alt+Down
move a step, Alt+Delete removes it (with an inline undo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from codev_app.core.commands import (
    AddActionItem,
    Command,
    EditActionItem,
    MoveActionItem,
    RemoveActionItem,
    new_item_id,
)
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.fields import (
    BoundText,
    RecordEditor,
    line_field,
    mute,
    nudged_down,
    plain_label,
    set_read_only,
    text_field,
)
from codev_app.ui.record.items import ItemList, ItemRow


class ActionRow(ItemRow):
    """One step of the plan: what, by when, sign of success, remove."""

    def __init__(
        self, item_id: str, editor: RecordEditor, number: int, on_last_enter: Callable[[], None]
    ) -> None:
        super().__init__(item_id)
        self.setObjectName("actionRow")
        self.number = plain_label(f"{number}.", wrap=False)
        self.what = text_field(
            QCoreApplication.translate("ActionPlanEditor", "What will you do?"),
            name="actionWhat",
            accessible=QCoreApplication.translate("ActionPlanEditor", "What"),
            lines=1,
            enter_finishes=True,
        )
        self.by_when = line_field(
            QCoreApplication.translate("ActionPlanEditor", "By when?"),
            name="actionWhen",
            accessible=QCoreApplication.translate("ActionPlanEditor", "By when"),
        )
        self.success = line_field(
            QCoreApplication.translate("ActionPlanEditor", "How will you know it worked?"),
            name="actionSuccess",
            accessible=QCoreApplication.translate(
                "ActionPlanEditor", "How the client will know it worked"
            ),
        )
        self.bound = (
            BoundText(
                self.what,
                editor,
                lambda: editor.record.action_item(item_id).what,
                lambda value: EditActionItem(item_id, what=value),
            ),
            BoundText(
                self.by_when,
                editor,
                lambda: editor.record.action_item(item_id).by_when,
                lambda value: EditActionItem(item_id, by_when=value),
            ),
            BoundText(
                self.success,
                editor,
                lambda: editor.record.action_item(item_id).success_sign,
                lambda value: EditActionItem(item_id, success_sign=value),
            ),
        )
        self.what.finished.connect(self.by_when.setFocus)
        self.by_when.returnPressed.connect(self.success.setFocus)
        self.success.returnPressed.connect(on_last_enter)
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("ActionPlanEditor", "Remove this step")
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate("ActionPlanEditor", "Remove this step (Alt+Delete)")
        )
        when = plain_label(QCoreApplication.translate("ActionPlanEditor", "When"), wrap=False)
        worked = plain_label(
            QCoreApplication.translate("ActionPlanEditor", "Worked if"), wrap=False
        )
        for label in (when, worked):
            mute(label)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(nudged_down(self.number, 5), 0, 0)
        grid.addWidget(self.what, 0, 1, 1, 2)
        grid.addWidget(nudged_down(self.remove_button, 3), 0, 3)
        grid.addWidget(when, 1, 1)
        grid.addWidget(self.by_when, 1, 2)
        grid.addWidget(worked, 2, 1)
        grid.addWidget(self.success, 2, 2)
        grid.setColumnStretch(2, 1)

    def first_field(self) -> QWidget:
        return self.what

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for field in (self.what, self.by_when, self.success):
            set_read_only(field, read_only)


class ActionPlanEditor(ItemList[ActionRow]):
    """Every step of the plan, then "Add a step"."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.setObjectName("actionPlan")
        self.empty_note = plain_label(
            QCoreApplication.translate("ActionPlanEditor", "No step yet."), name="noStep"
        )
        mute(self.empty_note)
        self.add_button = QPushButton(QCoreApplication.translate("ActionPlanEditor", "Add a step"))
        self.add_button.setObjectName("addStepButton")
        self.add_button.setAccessibleName(self.add_button.text())
        let_space_press(self.add_button)
        self.add_button.clicked.connect(self.add_step)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.empty_note)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.undo_row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    # --- ItemList ---

    def item_ids(self) -> Sequence[str]:
        case = self.editor.case
        return [item.id for item in self.record.action_items if item.case == case]

    def record_ids(self) -> Sequence[str]:
        return [item.id for item in self.record.action_items]

    def make_row(self, item_id: str) -> ActionRow:
        return ActionRow(
            item_id, self.editor, len(self.rows) + 1, lambda: self._enter_in_last(item_id)
        )

    def show_row(self, row: ActionRow) -> None:
        for bound in row.bound:
            bound.show()
        number = f"{list(self.item_ids()).index(row.item_id) + 1}."
        if row.number.text() != number:
            row.number.setText(number)

    def move_item(self, item_id: str, to_index: int) -> None:
        self.editor.send(MoveActionItem(item_id, to_index))

    def remove_item(self, item_id: str) -> tuple[str, Command] | None:
        command = RemoveActionItem(item_id)
        if not self.editor.send(command):
            return None
        return QCoreApplication.translate("ActionPlanEditor", "Step removed."), command

    # --- the plan ---

    def refresh(self) -> None:
        super().refresh()
        self.empty_note.setVisible(not self.rows)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.add_button.setVisible(not read_only)

    def add_step(self) -> str | None:
        """Start a new, empty step and put the keyboard in its "what"."""
        if self.read_only:
            return None
        new_id = new_item_id()
        if not self.editor.send(AddActionItem(new_id, case=self.editor.case)):
            return None
        self.refresh()  # the row exists now even if the panel refreshes later
        self.rows[new_id].what.setFocus()
        return new_id

    def _enter_in_last(self, item_id: str) -> None:
        ids = list(self.item_ids())
        if ids and ids[-1] == item_id:
            self.add_step()
        elif item_id in ids:
            self.rows[ids[ids.index(item_id) + 1]].what.setFocus()

    def field(self, index: int, name: str) -> QLineEdit | QWidget:
        """A field of the step at ``index``: ``what``, ``by_when`` or ``success``."""
        row = self.rows[self.item_ids()[index]]
        widget: QWidget = getattr(row, name)
        return widget

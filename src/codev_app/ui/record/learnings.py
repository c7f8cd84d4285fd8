"""Learnings: one entry per participant, the client first, each free text or the "4 A" frame.

The "4 A" (appreciation, expectations, learnings, applications) is a common frame for the closing
round; each entry shows it on demand (a toggle), and opens with it when it already holds text.
Nothing is written for a participant until something is typed for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from codev_app.core.commands import Command, SetLearning
from codev_app.core.participants import Roster
from codev_app.core.record import Learning, SessionRecord
from codev_app.core.text import with_name
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.fields import (
    BoundText,
    RecordEditor,
    field_label,
    line_field,
    mute,
    plain_label,
    set_read_only,
    text_field,
)
from codev_app.ui.record.people import client_first, person_name, role_text

FOUR_A = ("appreciation", "expectations", "learnings", "applications")


def four_a_labels() -> dict[str, tuple[str, str]]:
    """Each "A": its short label and its placeholder."""
    return {
        "appreciation": (
            QCoreApplication.translate("LearningsEditor", "Appreciation"),
            QCoreApplication.translate("LearningsEditor", "What did you appreciate?"),
        ),
        "expectations": (
            QCoreApplication.translate("LearningsEditor", "Expectations"),
            QCoreApplication.translate("LearningsEditor", "What did you expect, what was missing?"),
        ),
        "learnings": (
            QCoreApplication.translate("LearningsEditor", "Learnings"),
            QCoreApplication.translate("LearningsEditor", "What did you learn?"),
        ),
        "applications": (
            QCoreApplication.translate("LearningsEditor", "Applications"),
            QCoreApplication.translate("LearningsEditor", "What will you apply, and when?"),
        ),
    }


class LearningEntry(QWidget):
    """One participant's learning."""

    def __init__(
        self,
        participant_id: str,
        heading: str,
        editor: RecordEditor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learningEntry")
        self.participant_id = participant_id
        self.read_only = False
        self.heading = field_label(heading, name="learningHeading")
        self.four_a_toggle = QToolButton()
        self.four_a_toggle.setObjectName("fourAToggle")
        self.four_a_toggle.setText(QCoreApplication.translate("LearningsEditor", "4 A"))
        self.four_a_toggle.setCheckable(True)
        self.four_a_toggle.setAccessibleName(
            QCoreApplication.translate(
                "LearningsEditor",
                "Use the 4 A: appreciation, expectations, learnings, applications",
            )
        )
        self.four_a_toggle.setToolTip(self.four_a_toggle.accessibleName())
        let_space_press(self.four_a_toggle)
        self.four_a_toggle.toggled.connect(self._show_four_a)

        def reader(name: str) -> Callable[[], str]:
            def read() -> str:
                learning = editor.record.learning(participant_id, editor.case)
                return "" if learning is None else str(getattr(learning, name))

            return read

        def writer(name: str) -> Callable[[str], Command]:
            return lambda value: SetLearning(participant_id, **{name: value}, case=editor.case)

        self.text = text_field(
            QCoreApplication.translate("LearningsEditor", "What do you take away?"),
            name="learningText",
            accessible=with_name(
                QCoreApplication.translate("LearningsEditor", "Learning of %1"), heading
            ),
            lines=2,
        )
        self.bound = [BoundText(self.text, editor, reader("text"), writer("text"))]
        self.four_a = QWidget()
        self.four_a.setObjectName("fourA")
        grid = QGridLayout(self.four_a)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        self.four_a_fields = {}
        for row, (name, (label, placeholder)) in enumerate(four_a_labels().items()):
            caption = plain_label(label, wrap=False)
            mute(caption)
            field = line_field(placeholder, name=f"fourA_{name}", accessible=label)
            self.four_a_fields[name] = field
            self.bound.append(BoundText(field, editor, reader(name), writer(name)))
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        self.four_a.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.four_a_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.four_a)

    def show_learning(self, learning: Learning | None) -> None:
        """Show what the record holds; the 4 A open by themselves when they hold text."""
        for bound in self.bound:
            bound.show()
        if learning is not None and any(getattr(learning, name) for name in FOUR_A):
            self.four_a_toggle.setChecked(True)

    def set_heading(self, heading: str) -> None:
        """The participant's name and role."""
        if self.heading.text() != heading:
            self.heading.setText(heading)
            self.text.setAccessibleName(
                with_name(QCoreApplication.translate("LearningsEditor", "Learning of %1"), heading)
            )

    def set_read_only(self, read_only: bool) -> None:
        """Show the learning without letting it change."""
        self.read_only = read_only
        for bound in self.bound:
            set_read_only(bound.widget, read_only)

    def _show_four_a(self, shown: bool) -> None:
        self.four_a.setVisible(shown)
        if shown and not self.read_only and self.four_a_toggle.hasFocus():
            self.four_a_fields["appreciation"].setFocus()


class LearningsEditor(QWidget):
    """Everyone's learning, the client first; people who left keep what was written for them."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnings")
        self.editor = editor
        self.read_only = False
        self.entries: dict[str, LearningEntry] = {}
        self.empty_note = plain_label(
            QCoreApplication.translate(
                "LearningsEditor", "Add participants to note what each takes away."
            ),
            name="noLearning",
        )
        mute(self.empty_note)
        self.entries_layout = QVBoxLayout()
        self.entries_layout.setContentsMargins(0, 0, 0, 0)
        self.entries_layout.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_note)
        layout.addLayout(self.entries_layout)
        self.refresh()

    @property
    def record(self) -> SessionRecord:
        """The record shown."""
        return self.editor.record

    @property
    def roster(self) -> Roster:
        """The session's people."""
        return self.editor.roster

    def participant_ids(self) -> list[str]:
        """Whose entries are shown, in order: the roster (client first), then people who left."""
        ids = [person.id for person in client_first(self.roster)]
        client = self.roster.client
        ordered = self.record.ordered_learnings(
            client.id if client is not None else None,
            [person.id for person in self.roster],
            self.editor.case,
        )
        ids.extend(item.participant_id for item in ordered if item.participant_id not in ids)
        return ids

    def heading(self, participant_id: str) -> str:
        """ "Chloé · client", or "Someone who left"."""
        name = person_name(self.roster, participant_id)
        if participant_id in self.roster:
            return f"{name} · {role_text(self.roster.get(participant_id).role)}"
        return name

    def refresh(self) -> None:
        """One entry per participant, in order; entries that stay keep the keyboard."""
        ids = self.participant_ids()
        for gone in [item for item in self.entries if item not in ids]:
            entry = self.entries.pop(gone)
            entry.hide()
            entry.deleteLater()
        for index, participant_id in enumerate(ids):
            found = self.entries.get(participant_id)
            if found is None:
                entry = LearningEntry(participant_id, self.heading(participant_id), self.editor)
                entry.set_read_only(self.read_only)
                self.entries[participant_id] = entry
                self.entries_layout.insertWidget(index, entry)
            else:
                entry = found
            if self.entries_layout.indexOf(entry) != index:
                self.entries_layout.removeWidget(entry)
                self.entries_layout.insertWidget(index, entry)
            entry.set_heading(self.heading(participant_id))
            learning = self.record.learning(participant_id, self.editor.case)
            entry.show_learning(learning)
            if self.read_only:
                entry.setVisible(learning is not None)
            else:
                entry.show()
        self.empty_note.setVisible(not ids)

    def set_read_only(self, read_only: bool) -> None:
        """Show the learnings without letting them change (empty entries are left out)."""
        self.read_only = read_only
        for entry in self.entries.values():
            entry.set_read_only(read_only)
        self.refresh()

"""The groups window's files and gatherings: export a group to its JSON file and import one
(confidential notes out unless asked for), gather the earlier sessions that bear the group's name
(a proposal the facilitator accepts, never automatic), and bring back a member who left."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton

from codev_app.core import groups as core
from codev_app.core.group_file import group_from_data, group_to_data
from codev_app.core.groups import GroupError, GroupProblem
from codev_app.export.atomic import atomic_write_text
from codev_app.storage.groups import GatherProposal

if TYPE_CHECKING:
    from codev_app.ui.groups.window import GroupsWindow


class GroupExchange(QObject):
    """Export, import, gather and re-join, added to ``window``'s layouts."""

    def __init__(self, window: GroupsWindow) -> None:
        super().__init__(window)
        self.window = window
        self.proposal: GatherProposal | None = None
        self.export_button = QPushButton(self.tr("E&xport the group…"))
        self.export_button.setObjectName("exportGroup")
        self.export_button.clicked.connect(self.ask_export)
        self.with_notes = QCheckBox(self.tr("with the &notes"))
        self.with_notes.setObjectName("exportWithNotes")
        self.with_notes.setToolTip(
            self.tr("The members' notes are confidential: tick to put them in the file too.")
        )
        self.import_button = QPushButton(self.tr("Impor&t a group…"))
        self.import_button.setObjectName("importGroup")
        self.import_button.clicked.connect(self.ask_import)
        self.done = QLabel()
        self.done.setObjectName("groupFileDone")
        self.done.setTextFormat(Qt.TextFormat.PlainText)
        self.done.setWordWrap(True)
        for widget in (self.export_button, self.with_notes, self.import_button):
            window.left_column.addWidget(widget)
        window.left_column.addWidget(self.done)

        self.gather_text = QLabel()
        self.gather_text.setObjectName("gatherProposal")
        self.gather_text.setTextFormat(Qt.TextFormat.PlainText)
        self.gather_text.setWordWrap(True)
        self.gather_button = QPushButton(self.tr("&Bring them into the group"))
        self.gather_button.setObjectName("gatherSessions")
        self.gather_button.clicked.connect(self.gather)
        gather = QHBoxLayout()
        gather.addWidget(self.gather_text, 1)
        gather.addWidget(self.gather_button)
        window.details_column.insertLayout(2, gather)

        self.rejoin_button = QPushButton(self.tr("Re&joins the group"))
        self.rejoin_button.setObjectName("memberRejoins")
        self.rejoin_button.clicked.connect(self.rejoin)
        window.member_buttons.addWidget(self.rejoin_button, 1, 1)
        window.members.currentRowChanged.connect(self._member_chosen)

    # --- showing ---------------------------------------------------------------------------------

    def show_group(self) -> None:
        """Offer to gather the chosen group's earlier sessions, if some bear its name."""
        group = self.window.group
        found = [
            p
            for p in self.window.groups.gather_proposals()
            if group is not None and p.group_id == group.id
        ]
        self.proposal = found[0] if found else None
        if self.proposal is not None:
            count = len(self.proposal.session_ids)
            self.gather_text.setText(
                self.tr(
                    "%n earlier session(s) bear the name “%1” but are in no group. "
                    "Bring them into this group?",
                    "",
                    count,
                ).replace("%1", self.proposal.group_name)
            )
        self.gather_text.setVisible(self.proposal is not None)
        self.gather_button.setVisible(self.proposal is not None)
        self.export_button.setEnabled(group is not None)
        self._member_chosen(self.window.members.currentRow())

    def _member_chosen(self, row: int) -> None:
        group = self.window.group
        member = group.members[row] if group is not None and 0 <= row < len(group.members) else None
        self.rejoin_button.setEnabled(member is not None and not member.active)

    # --- actions ---------------------------------------------------------------------------------

    def gather(self) -> int:
        """The facilitator accepts the proposal: link those sessions to the group."""
        window, proposal = self.window, self.proposal
        if proposal is None:
            return 0
        count = window.groups.gather(proposal)
        self.done.setText(
            self.tr("%n session(s) brought into %1.", "", count).replace("%1", proposal.group_name)
        )
        window.refresh(proposal.group_id)
        return count

    def rejoin(self) -> None:
        """The chosen member, who had left, is a member again (their history is theirs still)."""
        window = self.window
        row = window.members.currentRow()
        group = window.group
        if group is None or not 0 <= row < len(group.members):
            return
        if window.save(core.rejoined(group, group.members[row].name)):
            window.members.setCurrentRow(row)

    def ask_export(self) -> None:
        group = self.window.group
        if group is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the group"), f"{group.name}.json", "JSON (*.json)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the chosen group (and its cycles) to ``path``; notes only when ticked."""
        window, group = self.window, self.window.group
        if group is None:
            return False
        data = group_to_data(
            group, window.groups.cycles(group.id), with_notes=self.with_notes.isChecked()
        )
        try:
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            atomic_write_text(path, text, overwrite=True)  # the dialog asked already
        except OSError as error:
            window.show_problem(GroupError(GroupProblem.BAD_FILE, str(error)))
            return False
        self.done.setText(self.tr("Group written: %1").replace("%1", str(path)))
        return True

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a group"), "", "JSON (*.json)"
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Add the group of the file at ``path``; a calm message when it cannot be."""
        window = self.window
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            group, cycles = group_from_data(data)
            saved = window.groups.import_group(group, cycles)
        except (OSError, ValueError) as error:
            window.show_problem(GroupError(GroupProblem.BAD_FILE, str(error)))
            return False
        except GroupError as error:
            window.show_problem(error)
            return False
        window.error.hide()
        self.done.setText(self.tr("Group added: %1").replace("%1", saved.name))
        window.refresh(saved.id)
        return True

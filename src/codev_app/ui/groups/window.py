"""The groups window: a group's members and charter, its resources and rhythm, its cycle.

Every change is saved at once through :class:`~codev_app.storage.groups.GroupStore`; refused data
gets a calm inline message. "Start the next session" opens New session filled from the cycle
(members present, the proposed client, the group), and links the started session to its slot.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core import groups as core
from codev_app.core.cycles import Cycle, CycleError
from codev_app.core.groups import Group, GroupError, Member, Resource
from codev_app.group_texts import problem_text
from codev_app.settings import load_settings
from codev_app.storage.groups import GroupStore
from codev_app.storage.repository import Store

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.support.window import SupportWindow

_log = logging.getLogger(__name__)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class GroupsWindow(QWidget):
    """Groups on the left (with their files: ui/groups/exchange); the chosen group's members,
    charter, resources and cycle (ui/groups/cycle_tab) on the right."""

    def __init__(self, main: MainWindow, store: Store) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("groupsWindow")
        self.setWindowTitle(self.tr("Groups"))
        self.main = main
        self.groups = GroupStore(store)
        self.group: Group | None = None
        self.cycle: Cycle | None = None

        self.list = QListWidget()
        self.list.setObjectName("groupList")
        self.list.setAccessibleName(self.tr("Groups"))
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newGroupName")
        self.new_name.setPlaceholderText(self.tr("New group's name"))
        self.new_facilitators = QLineEdit(load_settings()[0].facilitator_name)
        self.new_facilitators.setObjectName("newGroupFacilitators")
        self.new_facilitators.setPlaceholderText(self.tr("Facilitators (one or two, with a comma)"))
        self.create_button = _button(self.tr("&Create the group"), "createGroup")
        self.new_facilitators.returnPressed.connect(self.create_group)
        self.new_name.returnPressed.connect(self.create_group)
        self.create_button.clicked.connect(self.create_group)
        self.left_column = left = QVBoxLayout()
        for widget in (self.list, self.new_name, self.new_facilitators, self.create_button):
            left.addWidget(widget)

        self.heading = QLabel()
        self.heading.setObjectName("groupHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("groupError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9a4311;")
        self.error.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("groupTabs")
        self.tabs.addTab(self._members_tab(), self.tr("&Members"))
        self.tabs.addTab(self._charter_tab(), self.tr("C&harter"))
        self.tabs.addTab(self._resources_tab(), self.tr("&Resources and rhythm"))
        from codev_app.ui.groups.cycle_tab import CycleTab

        self.cycle_tab = CycleTab(self)
        self.tabs.addTab(self.cycle_tab, self.tr("C&ycle"))
        self.support_button = _button(self.tr("Requests and &listening…"), "openSupport")
        self.support_button.clicked.connect(self.open_support)
        self.support_window: SupportWindow | None = None
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.support_button)
        self.details_column = right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.error)
        right.addWidget(self.tabs)
        self.details = QWidget()
        self.details.setLayout(right)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.details, 3)
        from codev_app.ui.groups.exchange import GroupExchange

        self.exchange = GroupExchange(self)
        self.list.currentRowChanged.connect(self._choose)
        self.resize(900, 600)
        self.refresh()

    # --- tabs ------------------------------------------------------------------------------------

    def _members_tab(self) -> QWidget:
        self.members = QListWidget()
        self.members.setObjectName("memberList")
        self.members.setAccessibleName(self.tr("Members"))
        self.member_name = QLineEdit()
        self.member_name.setObjectName("memberName")
        self.member_name.setPlaceholderText(self.tr("Name, then Enter"))
        self.member_email = QLineEdit()
        self.member_email.setObjectName("memberEmail")
        self.member_email.setPlaceholderText(self.tr("E-mail (optional)"))
        self.member_name.returnPressed.connect(self.add_member)
        self.member_email.returnPressed.connect(self.add_member)
        self.accept_button = _button(self.tr("&Accepted the charter today"), "acceptCharter")
        self.leave_button = _button(self.tr("&Leaves the group"), "memberLeaves")
        self.heard_button = _button(self.tr("&Heard from them today"), "heardFrom")
        self.accept_button.clicked.connect(lambda: self._member_change(core.accepted_charter))
        self.leave_button.clicked.connect(lambda: self._member_change(core.left))
        self.heard_button.clicked.connect(lambda: self._member_change(core.heard_from))
        self.reach = QLabel()
        self.reach.setObjectName("reachOut")
        self.reach.setTextFormat(Qt.TextFormat.PlainText)
        self.reach.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(self.member_name, 2)
        row.addWidget(self.member_email, 2)
        # Two by two: the window must fit 720 pixels beside the video call.
        self.member_buttons = buttons = QGridLayout()
        for index, button in enumerate((self.accept_button, self.heard_button, self.leave_button)):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addWidget(self.members)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.reach)
        return tab

    def _charter_tab(self) -> QWidget:
        self.charter = QPlainTextEdit()
        self.charter.setObjectName("charterText")
        self.charter.setAccessibleName(self.tr("The group's charter"))
        self.save_charter_button = _button(self.tr("&Save the charter"), "saveCharter")
        self.save_charter_button.clicked.connect(self.save_charter)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "The agreements the group makes at its first session. They are shown at the "
                "opening of each session and printed in the group's documents."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.charter)
        layout.addWidget(self.save_charter_button)
        return tab

    def _resources_tab(self) -> QWidget:
        self.resources = QPlainTextEdit()
        self.resources.setObjectName("resourcesText")
        self.resources.setPlaceholderText(self.tr("One per line: name — phone, address or page"))
        self.print_resources = QCheckBox(self.tr("&Print them on the group's documents"))
        self.meets_every = QSpinBox()
        self.meets_every.setRange(1, 365)
        self.meets_every.setSuffix(self.tr(" days"))
        self.relaunch_after = QSpinBox()
        self.relaunch_after.setObjectName("relaunchAfter")
        self.relaunch_after.setRange(1, 365)
        self.relaunch_after.setSuffix(self.tr(" days"))
        save = _button(self.tr("Sa&ve"), "saveResources")
        save.clicked.connect(self.save_resources)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Resources"), self.resources)
        form.addRow("", self.print_resources)
        form.addRow(self.tr("Meets every"), self.meets_every)
        form.addRow(self.tr("Reach out after"), self.relaunch_after)
        form.addRow("", save)
        return tab

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self, chosen: int | None = None) -> None:
        """Reload the list of groups, keeping (or choosing) one."""
        keep = chosen if chosen is not None else (self.group.id if self.group else None)
        found = self.groups.list_groups()
        self.list.blockSignals(True)
        self.list.clear()
        for group in found:
            self.list.addItem(group.name)
        self.list.blockSignals(False)
        self._all = found
        index = next((i for i, g in enumerate(found) if g.id == keep), 0 if found else -1)
        self.details.setEnabled(index >= 0)
        if index >= 0:
            self.list.setCurrentRow(index)
            self._choose(index)

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self._all):
            return
        self.group = self._all[row]
        self._show_group()

    def _show_group(self) -> None:
        group = self.group
        if group is None:
            return
        self.heading.setText(
            self.tr("%1 — facilitated by %2")
            .replace("%1", group.name)
            .replace("%2", ", ".join(group.facilitators))
        )
        self.members.clear()
        for member in group.members:
            self.members.addItem(self._member_line(member))
        self.charter.setPlainText(group.charter)
        self.resources.setPlainText(
            "\n".join(f"{r.title} — {r.detail}" if r.detail else r.title for r in group.resources)
        )
        self.print_resources.setChecked(group.print_resources)
        self.meets_every.setValue(group.meets_every_days)
        self.relaunch_after.setValue(group.relaunch_after_days)
        sessions = self.groups.saved_sessions(self.groups.session_ids(group.id))
        reach = core.reach_out(group, list(sessions.values()), date.today())
        self.reach.setText(
            self.tr("To reach out to (no news for more than %1 days): %2")
            .replace("%1", str(group.relaunch_after_days))
            .replace("%2", ", ".join(r.member.name for r in reach))
            if reach
            else self.tr("Everyone has been seen recently.")
        )
        cycles = self.groups.cycles(group.id)
        self.cycle = cycles[-1] if cycles else None
        self.cycle_tab.show_cycle()
        self.exchange.show_group()

    def _member_line(self, member: Member) -> str:
        parts = [member.email] if member.email else []
        accepted = member.charter_accepted_on
        parts.append(
            self.tr("charter accepted on %1").replace("%1", accepted.isoformat())
            if accepted
            else self.tr("charter not accepted yet")
        )
        if member.left_on:
            parts.append(self.tr("left on %1").replace("%1", member.left_on.isoformat()))
        return f"{member.name} ({'; '.join(parts)})"

    def show_problem(self, error: GroupError | CycleError) -> None:
        """A calm inline message for refused data."""
        self.error.setText(problem_text(error, QCoreApplication.translate))
        self.error.show()

    def save(self, group: Group) -> bool:
        """Save ``group`` and show it; False (with a message) when refused."""
        try:
            self.group = self.groups.save_group(group)
        except GroupError as error:
            self.show_problem(error)
            return False
        self.error.hide()
        self.refresh(self.group.id)
        return True

    # --- actions ---------------------------------------------------------------------------------

    def create_group(self) -> None:
        """Create a group from the two fields, with the method's charter."""
        facilitators = [name for name in self.new_facilitators.text().split(",") if name.strip()]
        try:
            group = core.new_group(self.new_name.text(), facilitators, language=self.main.language)
        except GroupError as error:
            self.show_problem(error)
            return
        if self.save(group):
            self.new_name.clear()
            self.tabs.setCurrentIndex(0)
            self.member_name.setFocus()

    def add_member(self) -> None:
        """Add the typed member."""
        if self.group is None or not self.member_name.text().strip():
            return
        member = Member(self.member_name.text(), email=self.member_email.text())
        try:
            group = core.with_member(self.group, member)
        except GroupError as error:
            self.show_problem(error)
            return
        if self.save(group):
            self.member_name.clear()
            self.member_email.clear()
            self.member_name.setFocus()

    def _member_change(self, change: object) -> None:
        row = self.members.currentRow()
        if self.group is None or not 0 <= row < len(self.group.members):
            return
        name = self.group.members[row].name
        assert callable(change)
        self.save(change(self.group, name, date.today()))
        self.members.setCurrentRow(row)

    def save_charter(self) -> None:
        """Keep the edited charter."""
        if self.group is not None:
            from dataclasses import replace

            self.save(replace(self.group, charter=self.charter.toPlainText().strip()))

    def save_resources(self) -> None:
        """Keep the resources and the rhythm."""
        if self.group is None:
            return
        from dataclasses import replace

        resources = []
        for line in self.resources.toPlainText().splitlines():
            title, _, detail = line.partition(" — ")
            if title.strip():
                resources.append(Resource(title.strip(), detail.strip()))
        self.save(
            replace(
                self.group,
                resources=tuple(resources),
                print_resources=self.print_resources.isChecked(),
                meets_every_days=self.meets_every.value(),
                relaunch_after_days=self.relaunch_after.value(),
            )
        )

    def open_support(self) -> SupportWindow | None:
        """The chosen group's requests and listening times (ui/support), in front."""
        if self.group is None:
            return None
        from codev_app.ui.support.window import SupportWindow

        if self.support_window is not None:
            self.support_window.close()
            self.support_window.deleteLater()
        self.support_window = SupportWindow(self.main, self.groups.store, self.group)
        self.support_window.show()
        self.support_window.raise_()
        return self.support_window

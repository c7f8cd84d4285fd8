"""The support window's second tab: when each member can listen ("ask me" or weekly slots),
whether they asked to be relaunched, and the quiet list of those to relaunch now."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from codev_app.core import support as core
from codev_app.core.support import Availability, SupportError

if TYPE_CHECKING:
    from codev_app.ui.support.window import SupportWindow


class AvailabilityTab(QWidget):
    """Members with their availability; the one chosen is edited below; who to relaunch."""

    def __init__(self, window: SupportWindow) -> None:
        super().__init__()
        self.window_ = window
        self.members = QListWidget()
        self.members.setObjectName("availabilityList")
        self.members.setAccessibleName(
            QCoreApplication.translate("SupportWindow", "Members' availability")
        )
        self.slots = QLineEdit()
        self.slots.setObjectName("availabilitySlots")
        self.slots.setPlaceholderText(
            QCoreApplication.translate("SupportWindow", "e.g. mon 18:00-20:00, thu 12:00-13:00")
        )
        self.ask_me = QCheckBox(
            QCoreApplication.translate("SupportWindow", "“&Ask me” (no fixed times)")
        )
        self.ask_me.setObjectName("availabilityAskMe")
        self.relaunch = QSpinBox()
        self.relaunch.setObjectName("relaunchWeeks")
        self.relaunch.setRange(0, core.MAX_RELAUNCH_WEEKS)
        self.relaunch.setSpecialValueText(
            QCoreApplication.translate("SupportWindow", "did not ask")
        )
        self.relaunch.setSuffix(
            QCoreApplication.translate("SupportWindow", " weeks without a request")
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("SupportWindow", "&Save their availability")
        )
        self.save_button.setObjectName("saveAvailability")
        self.save_button.clicked.connect(self.save)
        self.slots.returnPressed.connect(self.save)
        self.due = QListWidget()
        self.due.setObjectName("relaunchList")
        self.due.setAccessibleName(QCoreApplication.translate("SupportWindow", "To relaunch"))
        self.due_label = QLabel()
        self.due_label.setObjectName("relaunchLabel")
        self.due_label.setWordWrap(True)
        self.relaunched_button = QPushButton(
            QCoreApplication.translate("SupportWindow", "Relaunched &today")
        )
        self.relaunched_button.setObjectName("relaunchedToday")
        self.relaunched_button.clicked.connect(self.record_relaunch)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SupportWindow", "Weekly slots"), self.slots)
        form.addRow("", self.ask_me)
        form.addRow(QCoreApplication.translate("SupportWindow", "Relaunch after"), self.relaunch)
        form.addRow("", self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.members, 2)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due, 1)
        layout.addWidget(self.relaunched_button)
        self.members.currentRowChanged.connect(self._show_member)
        self._due_ids: list[int] = []

    def show_all(self) -> None:
        """Repaint from the window's group, availability and requests."""
        window = self.window_
        row = max(0, self.members.currentRow())
        self.members.blockSignals(True)
        self.members.clear()
        for member in window.group.active_members:
            self.members.addItem(
                f"{member.name} — {self._line(window.availability.get(member.id))}"
            )
        self.members.blockSignals(False)
        if self.members.count():
            self.members.setCurrentRow(min(row, self.members.count() - 1))
            self._show_member(self.members.currentRow())
        due = core.relaunch_due(window.group, window.availability, window.requests, window.today())
        self._due_ids = [r.member.id for r in due]
        self.due.clear()
        for relaunch in due:
            last = relaunch.last_request or relaunch.last_relaunched
            since = (
                QCoreApplication.translate("SupportWindow", "last request on %1").replace(
                    "%1", last.isoformat()
                )
                if last
                else QCoreApplication.translate("SupportWindow", "no request yet")
            )
            self.due.addItem(f"{relaunch.member.name} ({since})")
        self.due_label.setText(
            QCoreApplication.translate("SupportWindow", "They asked to be relaunched; it is time:")
            if due
            else QCoreApplication.translate("SupportWindow", "Nobody to relaunch at the moment.")
        )
        self.relaunched_button.setEnabled(bool(due))

    def _line(self, offered: Availability | None) -> str:
        if offered is None:
            return QCoreApplication.translate(
                "SupportWindow", "has not said when they are available"
            )
        parts = [", ".join(slot.text() for slot in offered.slots)] if offered.slots else []
        if offered.ask_me:
            parts.append(QCoreApplication.translate("SupportWindow", "ask me"))
        if not parts:
            parts.append(QCoreApplication.translate("SupportWindow", "no times given"))
        if offered.relaunch_after_weeks:
            parts.append(
                QCoreApplication.translate("SupportWindow", "relaunch after %1 weeks").replace(
                    "%1", str(offered.relaunch_after_weeks)
                )
            )
        if offered.relaunched_on:
            parts.append(
                QCoreApplication.translate("SupportWindow", "relaunched on %1").replace(
                    "%1", offered.relaunched_on[-1].isoformat()
                )
            )
        return "; ".join(parts)

    def _chosen(self) -> int | None:
        members = self.window_.group.active_members
        row = self.members.currentRow()
        return members[row].id if 0 <= row < len(members) else None

    def _show_member(self, _row: int) -> None:
        member_id = self._chosen()
        offered = self.window_.availability.get(member_id or 0)
        self.slots.setText(", ".join(s.text() for s in offered.slots) if offered else "")
        self.ask_me.setChecked(bool(offered and offered.ask_me))
        self.relaunch.setValue((offered.relaunch_after_weeks or 0) if offered else 0)

    def save(self) -> None:
        """Keep the chosen member's availability."""
        member_id = self._chosen()
        if member_id is None:
            return
        known = self.window_.availability.get(member_id, Availability(member_id))
        try:
            offered = replace(
                known,
                slots=core.parse_slots(self.slots.text()),
                ask_me=self.ask_me.isChecked(),
                relaunch_after_weeks=self.relaunch.value() or None,
            )
        except SupportError as error:
            self.window_.show_problem(error)
            return
        self.window_.keep_availability(offered)

    def record_relaunch(self) -> None:
        """Record "relaunched today" for the chosen (or first) member of the list."""
        row = max(0, self.due.currentRow())
        if row >= len(self._due_ids):
            return
        member_id = self._due_ids[row]
        known = self.window_.availability[member_id]
        self.window_.keep_availability(core.relaunched(known, self.window_.today()))

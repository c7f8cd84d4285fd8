"""The groups window's "Cycle" tab: plan N sessions, see the rotation, swap two clients, start
the next session, and write the calendar and the reviews."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from codev_app.core import cycles as planning
from codev_app.core.cycles import Cycle, CycleError
from codev_app.core.groups import Group
from codev_app.core.review import ReviewAudience, build_review
from codev_app.template_library import available_templates

if TYPE_CHECKING:
    from codev_app.ui.groups.window import GroupsWindow
    from codev_app.ui.new_session import SessionSetup


class CycleTab(QWidget):
    """The group's latest cycle, or the form that plans one."""

    def __init__(self, window: GroupsWindow) -> None:
        super().__init__()
        self.window_ = window
        self.sessions = QSpinBox()
        self.sessions.setObjectName("cycleSessions")
        self.sessions.setRange(1, planning.MAX_SESSIONS)
        self.sessions.setValue(5)
        self.first = QDateTimeEdit(_next_week())
        self.first.setObjectName("cycleFirst")
        self.first.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.every = QSpinBox()
        self.every.setObjectName("cycleEvery")
        self.every.setRange(1, 26)
        self.every.setValue(4)
        self.every.setSuffix(self.tr(" weeks"))
        self.template = QComboBox()
        self.template.setObjectName("cycleTemplate")
        templates, _problems = available_templates()
        language = window.main.language
        for template in templates:
            self.template.addItem(template.name.get(language), template.id)
            self.template.setItemData(
                self.template.count() - 1, template.total_seconds, Qt.ItemDataRole.UserRole + 1
            )
        self.plan_button = QPushButton(self.tr("&Plan the cycle"))
        self.plan_button.setObjectName("planCycle")
        self.plan_button.clicked.connect(self.plan)
        self.slots = QListWidget()
        self.slots.setObjectName("cycleSlots")
        self.slots.setAccessibleName(self.tr("Planned sessions"))
        self.swap_button = QPushButton(self.tr("S&wap with the next"))
        self.swap_button.setObjectName("swapClients")
        self.swap_button.clicked.connect(self.swap_with_next)
        self.start_button = QPushButton(self.tr("&Start the next session…"))
        self.start_button.setObjectName("startNextSession")
        self.start_button.clicked.connect(self.start_next_session)
        self.ics_button = QPushButton(self.tr("Ca&lendar (.ics)…"))
        self.ics_button.clicked.connect(self.ask_calendar)
        self.review_button = QPushButton(self.tr("Re&view for the group…"))
        self.review_button.clicked.connect(lambda: self.ask_review(ReviewAudience.GROUP))
        self.full_review_button = QPushButton(self.tr("Review for the &facilitators…"))
        self.full_review_button.clicked.connect(lambda: self.ask_review(ReviewAudience.FACILITATOR))
        self.status = QLabel()
        self.status.setObjectName("cycleStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sessions"), self.sessions)
        form.addRow(self.tr("First session"), self.first)
        form.addRow(self.tr("Every"), self.every)
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.plan_button)
        # Two by two: the window must fit 720 pixels beside the video call.
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.swap_button,
                self.start_button,
                self.review_button,
                self.full_review_button,
                self.ics_button,
            )
        ):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.slots)
        layout.addLayout(buttons)

    def show_cycle(self) -> None:
        """Show the window's current cycle (or nothing planned yet)."""
        window, cycle, group = self.window_, self.window_.cycle, self.window_.group
        self.slots.clear()
        for button in (
            self.swap_button,
            self.start_button,
            self.ics_button,
            self.review_button,
            self.full_review_button,
        ):
            button.setEnabled(cycle is not None)
        if cycle is None or group is None:
            self.status.setText(self.tr("No cycle planned yet."))
            return
        locale = QLocale(window.main.language)
        for number, slot in enumerate(cycle.slots, start=1):
            client = group.member_by_id(slot.client_id) if slot.client_id else None
            when = locale.toString(_qt_time(slot.starts_at), "ddd d MMM yyyy, HH:mm")
            who = client.name if client else self.tr("client to choose")
            state = self.tr("held") if slot.held else self.tr("planned")
            self.slots.addItem(f"{number}. {when} — {who} ({state})")
        self.start_button.setEnabled(cycle.next_index is not None)
        self.status.setText(
            self.tr("%1 of %2 sessions held.")
            .replace("%1", str(cycle.held_count))
            .replace("%2", str(len(cycle.slots)))
        )
        if cycle.next_index is not None:
            self.slots.setCurrentRow(cycle.next_index)

    def plan(self) -> None:
        """Plan a new cycle from the form (the group's active members as clients, in order)."""
        window, group = self.window_, self.window_.group
        if group is None:
            return
        first = self.first.dateTime().toPython()
        assert isinstance(first, datetime)
        zone = planning.local_zone_name()
        seconds = self.template.currentData(Qt.ItemDataRole.UserRole + 1) or 7200
        try:
            cycle = planning.plan_cycle(
                group,
                sessions=self.sessions.value(),
                first=first.replace(tzinfo=planning.zone(zone)),
                every=timedelta(weeks=self.every.value()),
                template_id=str(self.template.currentData()),
                minutes=max(1, round(seconds / 60)),
            )
        except CycleError as error:
            window.show_problem(error)
            return
        window.cycle = window.groups.save_cycle(cycle)
        self.show_cycle()
        self.slots.setFocus()

    def swap_with_next(self) -> None:
        """Swap the chosen session's client with the next session's."""
        window, cycle = self.window_, self.window_.cycle
        row = self.slots.currentRow()
        if cycle is None or row < 0:
            return
        try:
            changed = planning.swap_clients(cycle, row, row + 1)
        except CycleError as error:
            window.show_problem(error)
            return
        window.cycle = window.groups.save_cycle(changed)
        self.show_cycle()
        self.slots.setCurrentRow(row + 1)

    def start_next_session(self) -> bool:
        """Open New session filled from the cycle's next session (the active members with their
        addresses, the proposed client, the group); False when there is none."""
        window = self.window_
        group, cycle = window.group, window.cycle
        if group is None or cycle is None or cycle.next_index is None:
            return False
        page = window.main.show_new_session()
        if page is None:
            return False
        page.people.clear()
        while page.client_combo.count() > 1:
            page.client_combo.removeItem(1)
        for member in group.active_members:
            page.add_name(member.name, quiet=True, email=member.email)
        page.group_id = group.id
        client = proposed = planning.proposed_client(cycle, group)
        proposed_member = group.member_by_id(proposed) if proposed is not None else None
        if proposed_member is not None:
            found = page.client_combo.findData(proposed_member.name)
            page.client_combo.setCurrentIndex(max(0, found))
        page.group_field.setText(group.name)
        index = page.template_combo.findData(cycle.template_id)
        if index >= 0:
            page.template_combo.setCurrentIndex(index)
        slot = cycle.next_index
        page.start_requested.connect(lambda setup: self._started(setup, group, cycle, slot, client))
        return True

    def _started(
        self, setup: SessionSetup, group: Group, cycle: Cycle, slot: int, client: int | None
    ) -> None:
        # Runs after the main window opened the session (connected after it), which linked it
        # to the group and added its Group panel.
        window = self.window_
        session_id = window.main.current_session_id
        if session_id is None or window.main.console is None:
            return
        chosen = group.member(setup.client) if setup.client else None
        held = planning.record_held(cycle, slot, session_id, chosen.id if chosen else client)
        window.cycle = window.groups.save_cycle(held)
        self.show_cycle()

    def ask_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Calendar"), "cycle.ics", "iCalendar (*.ics)"
        )
        if path:
            self.write_calendar(Path(path))

    def write_calendar(self, path: Path) -> None:
        """Write the cycle's .ics (replacing the file: the same events are updated)."""
        from codev_app.export.calendar import write_calendar

        window = self.window_
        if window.group is not None and window.cycle is not None:
            write_calendar(
                window.group, window.cycle, path, language=window.main.language, overwrite=True
            )
            self.status.setText(self.tr("Calendar written: %1").replace("%1", str(path)))

    def ask_review(self, audience: ReviewAudience) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Review"), "bilan.pdf", "PDF (*.pdf)")
        if path:
            self.write_review(Path(path), audience)

    def write_review(self, path: Path, audience: ReviewAudience) -> None:
        """Write the cycle's review PDF for ``audience``."""
        from codev_app.export.review import write_review_pdf

        window = self.window_
        if window.group is None or window.cycle is None:
            return
        cycle = window.cycle
        sessions = window.groups.saved_sessions(s.session_id for s in cycle.slots if s.session_id)
        review = build_review(window.group, cycle, sessions, audience)
        write_review_pdf(review, path, language=window.main.language, overwrite=True)
        self.status.setText(self.tr("Review written: %1").replace("%1", str(path)))


def _qt_time(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _next_week() -> QDateTime:
    moment = datetime.now().replace(hour=18, minute=0, second=0, microsecond=0) + timedelta(days=7)
    return _qt_time(moment)

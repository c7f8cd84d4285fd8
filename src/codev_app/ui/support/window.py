"""The support window of one group: its requests (recorded, matched, held, closed or referred),
the modalities the group agreed shown beside, and the availability tab.

Every change is saved at once through :class:`~codev_app.storage.support.SupportStore`; refused
data gets a calm inline message. "Start the listening session" opens New session with the
peer-listening template, the two people and "timers only" ticked (the content stays with the
listener), and records the request as held in that session.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core import support as core
from codev_app.core.groups import Group
from codev_app.core.support import (
    Availability,
    RequestState,
    SupportError,
    SupportKind,
    SupportRequest,
)
from codev_app.storage.repository import Store
from codev_app.storage.support import SupportStore
from codev_app.support_texts import kind_text, problem_text, state_text, urgency_text
from codev_app.ui.support.availability import AvailabilityTab

if TYPE_CHECKING:
    from codev_app.ui.main_window import MainWindow


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class SupportWindow(QWidget):
    """Requests of ``group`` with their actions; availability and relaunch in a second tab."""

    def __init__(self, main: MainWindow, store: Store, group: Group) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("supportWindow")
        self.main = main
        self.support = SupportStore(store)
        self.group = group
        self.requests: list[SupportRequest] = []
        self.availability: dict[int, Availability] = {}
        self.setWindowTitle(
            QCoreApplication.translate("SupportWindow", "Support in %1").replace("%1", group.name)
        )

        self.error = QLabel()
        self.error.setObjectName("supportError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9a4311;")
        self.error.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._requests_tab(), QCoreApplication.translate("SupportWindow", "&Requests")
        )
        self.availability_tab = AvailabilityTab(self)
        self.tabs.addTab(
            self.availability_tab,
            QCoreApplication.translate("SupportWindow", "A&vailability and relaunch"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs)
        self.resize(900, 600)
        self.refresh()

    @staticmethod
    def today() -> date:
        """The coordinator's today."""
        return date.today()

    # --- the requests tab ------------------------------------------------------------------------

    def _requests_tab(self) -> QWidget:
        self.list = QListWidget()
        self.list.setObjectName("requestList")
        self.list.setAccessibleName(QCoreApplication.translate("SupportWindow", "Requests"))
        self.list.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("requestDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.proposals = QComboBox()
        self.proposals.setObjectName("proposals")
        self.proposals.setAccessibleName(
            QCoreApplication.translate("SupportWindow", "Who could answer")
        )
        self.match_button = _button(
            QCoreApplication.translate("SupportWindow", "&Match"), "matchRequest"
        )
        self.listen_button = _button(
            QCoreApplication.translate("SupportWindow", "Start the &listening session"),
            "startListening",
        )
        self.resource = QComboBox()
        self.resource.setObjectName("referTo")
        self.resource.setAccessibleName(
            QCoreApplication.translate("SupportWindow", "Resource to refer to")
        )
        self.refer_button = _button(
            QCoreApplication.translate("SupportWindow", "Re&fer"), "referRequest"
        )
        self.close_button = _button(
            QCoreApplication.translate("SupportWindow", "Cl&ose"), "closeRequest"
        )
        self.match_button.clicked.connect(self.match)
        self.listen_button.clicked.connect(self.start_listening)
        self.refer_button.clicked.connect(self.refer)
        self.close_button.clicked.connect(self.close_request)
        actions = QGridLayout()
        actions.addWidget(self.proposals, 0, 0)
        actions.addWidget(self.match_button, 0, 1)
        actions.addWidget(self.resource, 1, 0)
        actions.addWidget(self.refer_button, 1, 1)
        actions.addWidget(self.listen_button, 2, 0)
        actions.addWidget(self.close_button, 2, 1)
        actions.setColumnStretch(0, 1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.detail)
        left.addLayout(actions)

        self.who = QComboBox()
        self.who.setObjectName("requestWho")
        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        for kind in SupportKind:
            self.kind.addItem(kind_text(kind, QCoreApplication.translate), kind)
        self.urgent = QCheckBox(QCoreApplication.translate("SupportWindow", "&Urgent"))
        self.urgent.setObjectName("requestUrgent")
        self.important = QCheckBox(QCoreApplication.translate("SupportWindow", "&Important"))
        self.important.setObjectName("requestImportant")
        self.has_by_when = QCheckBox(QCoreApplication.translate("SupportWindow", "&By"))
        self.has_by_when.setObjectName("requestHasByWhen")
        self.by_when = QDateEdit()
        self.by_when.setObjectName("requestByWhen")
        self.by_when.setCalendarPopup(True)
        self.by_when.setDisplayFormat("yyyy-MM-dd")
        self.by_when.setEnabled(False)
        self.has_by_when.toggled.connect(self.by_when.setEnabled)
        self.note = QLineEdit()
        self.note.setObjectName("requestNote")
        self.note.setPlaceholderText(
            QCoreApplication.translate("SupportWindow", "In their words (only you see it)")
        )
        self.note.setMaxLength(core.MAX_NOTE_LENGTH)
        self.note.returnPressed.connect(self.add_request)
        self.add_button = _button(
            QCoreApplication.translate("SupportWindow", "&Record the request"), "addRequest"
        )
        self.add_button.clicked.connect(self.add_request)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SupportWindow", "Who asks"), self.who)
        form.addRow(QCoreApplication.translate("SupportWindow", "For"), self.kind)
        flags = QHBoxLayout()
        for box in (self.urgent, self.important):
            flags.addWidget(box)
        form.addRow("", flags)
        when = QHBoxLayout()
        when.addWidget(self.has_by_when)
        when.addWidget(self.by_when, 1)
        form.addRow("", when)
        form.addRow(QCoreApplication.translate("SupportWindow", "Note"), self.note)
        form.addRow("", self.add_button)
        self.modalities = QPlainTextEdit()
        self.modalities.setObjectName("supportModalities")
        self.modalities.setReadOnly(True)
        self.modalities.setAccessibleName(
            QCoreApplication.translate("SupportWindow", "Modalities the group agreed")
        )
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(
            QLabel(QCoreApplication.translate("SupportWindow", "Modalities the group agreed"))
        )
        right.addWidget(self.modalities, 1)

        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.list.currentRowChanged.connect(lambda _row: self._show_request())
        return tab

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self, chosen: int | None = None) -> None:
        """Reload requests and availability, keeping (or choosing) a request."""
        selected = self.selected()
        keep = chosen if chosen is not None else (selected.id if selected else None)
        self.requests = self.support.requests(self.group.id)
        self.availability = self.support.availability(self.group.id)
        self.who.clear()
        for member in self.group.active_members:
            self.who.addItem(member.name, member.id)
        self.resource.clear()
        for resource in self.group.resources:
            self.resource.addItem(resource.title)
        self.modalities.setPlainText(self.group.charter)
        if not self.has_by_when.isChecked():
            self.by_when.setDate(QDate.currentDate())
        self.list.blockSignals(True)
        self.list.clear()
        for request in self.requests:
            self.list.addItem(self._line(request))
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(self.requests) if r.id == keep), -1)
        if index < 0:  # the first one still open, or the latest
            index = next(
                (i for i, r in enumerate(self.requests) if not r.state.finished),
                len(self.requests) - 1,
            )
        self.list.setCurrentRow(index)
        self._show_request()
        self.availability_tab.show_all()

    def member_name(self, member_id: int | None) -> str:
        """The name of the member with this id ("?" if unknown)."""
        member = self.group.member_by_id(member_id) if member_id is not None else None
        return member.name if member else "?"

    def _line(self, request: SupportRequest) -> str:
        translate = QCoreApplication.translate
        parts = [
            request.asked_on.isoformat(),
            self.member_name(request.member_id),
            kind_text(request.kind, translate),
            urgency_text(request.urgent, request.important, translate),
        ]
        if request.by_when:
            parts.append(
                QCoreApplication.translate("SupportWindow", "by %1").replace(
                    "%1", request.by_when.isoformat()
                )
            )
        state = state_text(request.state, translate)
        if request.listener_id is not None and request.state is not RequestState.REFERRED:
            state += " — " + self.member_name(request.listener_id)
        if request.minutes is not None:
            state += " — " + QCoreApplication.translate("SupportWindow", "%1 min").replace(
                "%1", str(request.minutes)
            )
        if request.referred:
            state += " — " + request.referred_to
        parts.append(state)
        line = " · ".join(parts)
        if core.is_overdue(request, self.today()):
            line = (
                "⚑ "
                + QCoreApplication.translate("SupportWindow", "Nobody took it by its day")
                + " · "
                + line
            )
        return line

    def selected(self) -> SupportRequest | None:
        """The request chosen in the list, or None."""
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.requests[row] if 0 <= row < len(self.requests) else None

    def _show_request(self) -> None:
        request = self.selected()
        self.proposals.clear()
        active = request is not None and not request.state.finished
        for widget in (self.resource, self.refer_button, self.close_button):
            widget.setEnabled(active)
        if request is None:
            self.detail.setText(QCoreApplication.translate("SupportWindow", "No requests yet."))
            for widget in (self.proposals, self.match_button, self.listen_button):
                widget.setEnabled(False)
            return
        can_match = request.state in (RequestState.OPEN, RequestState.MATCHED)
        if can_match:
            found = core.proposals(
                self.group, request, self.availability, self.requests, self.today()
            )
            for proposal in found:
                when = (
                    proposal.first_day.isoformat()
                    if proposal.first_day
                    else QCoreApplication.translate("SupportWindow", "ask them")
                )
                load = QCoreApplication.translate("SupportWindow", "%1 this month").replace(
                    "%1", str(proposal.this_month)
                )
                self.proposals.addItem(
                    f"{proposal.member.name} ({when}; {load})", proposal.member.name
                )
            if not found:
                self.proposals.addItem(
                    QCoreApplication.translate("SupportWindow", "Nobody available in time"), None
                )
        self.proposals.setEnabled(can_match and self.proposals.itemData(0) is not None)
        self.match_button.setEnabled(self.proposals.isEnabled())
        self.listen_button.setEnabled(request.state is RequestState.MATCHED)
        detail = request.note or QCoreApplication.translate("SupportWindow", "(no note)")
        if request.state.finished:
            detail = QCoreApplication.translate(
                "SupportWindow", "Finished on %1; nothing of its content is kept."
            ).replace("%1", request.closed_on.isoformat() if request.closed_on else "?")
        self.detail.setText(detail)

    def show_problem(self, error: SupportError) -> None:
        """A calm inline message for refused data."""
        self.error.setText(problem_text(error, QCoreApplication.translate))
        self.error.show()

    # --- actions ---------------------------------------------------------------------------------

    def keep(self, request: SupportRequest) -> SupportRequest:
        """Save ``request`` and show it."""
        saved = self.support.save_request(request)
        self.error.hide()
        self.refresh(saved.id)
        return saved

    def keep_availability(self, availability: Availability) -> None:
        """Save a member's availability and repaint."""
        try:
            self.support.save_availability(self.group.id, availability)
        except SupportError as error:
            self.show_problem(error)
            return
        self.error.hide()
        self.refresh()

    def add_request(self) -> None:
        """Record the request typed on the right."""
        by_when = self.by_when.date().toPython() if self.has_by_when.isChecked() else None
        try:
            request = core.new_request(
                self.group,
                self.who.currentText(),
                SupportKind(self.kind.currentData()),
                self.today(),
                urgent=self.urgent.isChecked(),
                important=self.important.isChecked(),
                by_when=by_when,  # type: ignore[arg-type]
                note=self.note.text(),
            )
        except SupportError as error:
            self.show_problem(error)
            return
        self.keep(request)
        self.note.clear()
        self.urgent.setChecked(False)
        self.important.setChecked(False)
        self.has_by_when.setChecked(False)
        self.list.setFocus()

    def _step(self, change: object) -> None:
        request = self.selected()
        if request is None:
            return
        assert callable(change)
        try:
            self.keep(change(request))
        except SupportError as error:
            self.show_problem(error)

    def match(self) -> None:
        """Match the chosen request with the proposal chosen (the coordinator decides)."""
        name = self.proposals.currentData()
        if name:
            self._step(lambda r: core.matched(self.group, r, name, self.today()))

    def refer(self) -> None:
        """Refer the chosen request to the chosen resource; its note is emptied."""
        title = self.resource.currentText()
        self._step(lambda r: core.referred(self.group, r, title, self.today()))

    def close_request(self) -> None:
        """Close the chosen request (held, or withdrawn); the listening time's length is read
        from its session when it was run in the console."""

        def closing(request: SupportRequest) -> SupportRequest:
            if (
                request.state is RequestState.HELD
                and request.minutes is None
                and request.session_id
            ):
                minutes = self.support.session_minutes(request.session_id)
                request = core.held(request, request.held_on or self.today(), minutes)
            return core.closed(request, self.today())

        self._step(closing)

    # --- the listening session -------------------------------------------------------------------

    def start_listening(self) -> bool:
        """Open New session for the chosen (matched) request (see :mod:`.listening`)."""
        from codev_app.ui.support.listening import start_listening

        request = self.selected()
        return request is not None and start_listening(self, request)

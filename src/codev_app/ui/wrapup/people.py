"""Who receives what, one row per person: name, e-mail address (editable), what they receive and
where their message stands (sent at 18:42 / failed: why / draft written)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from codev_app.core.addresses import InvalidAddress, checked_address
from codev_app.core.participants import Role
from codev_app.core.text import isolate
from codev_app.delivery.outbox import parse_failure
from codev_app.delivery.problems import problem_words
from codev_app.delivery.recipients import Recipient, Skipped
from codev_app.storage.deliveries import Delivery, DeliveryState, SharedDocument


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def receives_text(person: Recipient, document: SharedDocument) -> str:
    """What this person receives, in words."""
    match person.skipped:
        case Skipped.FACILITATOR:
            return QCoreApplication.translate("WrapUp", "Nothing: you facilitate")
        case Skipped.ABSENT:
            return QCoreApplication.translate("WrapUp", "Nothing: absent")
        case Skipped.NO_ADDRESS:
            return QCoreApplication.translate("WrapUp", "Nothing yet: no address")
    if document is SharedDocument.PARTICIPANTS:
        return QCoreApplication.translate("WrapUp", "The group's summary")
    if person.role is Role.CLIENT:
        return QCoreApplication.translate("WrapUp", "Their copy (client)")
    return QCoreApplication.translate("WrapUp", "Their personal copy")


def state_text(delivery: Delivery | None) -> str:
    """Where one message stands, in words (with the time it was sent)."""
    if delivery is None:
        return QCoreApplication.translate("WrapUp", "Not sent yet")
    match delivery.state:
        case DeliveryState.SENT:
            moment = delivery.updated_at.astimezone().strftime("%H:%M")
            return QCoreApplication.translate("WrapUp", "Sent at %1").replace("%1", moment)
        case DeliveryState.DRAFT:
            return QCoreApplication.translate("WrapUp", "Draft written")
        case DeliveryState.FAILED:
            problem, words = parse_failure(delivery.detail)
            return QCoreApplication.translate("WrapUp", "Failed: %1").replace(
                "%1", problem_words(problem, words, _translate)
            )
    return QCoreApplication.translate("WrapUp", "Waiting to be sent")


class PeopleGrid(QWidget):
    """The rows; :attr:`address_changed` gives ``(participant id, address)`` once it is valid."""

    address_changed = Signal(str, str)
    preview_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapupPeople")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.address_fields: dict[str, QLineEdit] = {}
        self.receives: dict[str, QLabel] = {}
        self.states: dict[str, QLabel] = {}

    def show_people(
        self,
        people: list[Recipient],
        document: SharedDocument,
        deliveries: dict[str, Delivery],
        emails: dict[str, str],
    ) -> None:
        """Rebuild the rows (addresses being typed are kept when the same people come back)."""
        typing = {pid: field.text() for pid, field in self.address_fields.items()}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.address_fields, self.receives, self.states = {}, {}, {}
        for row, person in enumerate(people):
            pid = person.participant_id
            name = QLabel(isolate(person.name))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setStyleSheet("font-weight: bold;")
            name.setWordWrap(True)
            field = QLineEdit(typing.get(pid, emails.get(pid, "")))
            field.setObjectName(f"address_{pid}")
            field.setMinimumWidth(120)
            field.setPlaceholderText(self.tr("e-mail (optional)"))
            field.setAccessibleName(self.tr("E-mail address of %1").replace("%1", person.name))
            field.setEnabled(person.skipped is not Skipped.FACILITATOR)
            field.editingFinished.connect(self._committer(pid, field))
            receives = QLabel(receives_text(person, document))
            receives.setObjectName(f"receives_{pid}")
            receives.setStyleSheet("color: palette(placeholder-text);")
            receives.setWordWrap(True)
            state = QLabel("" if not person.receives else state_text(deliveries.get(pid)))
            state.setObjectName(f"state_{pid}")
            state.setWordWrap(True)
            state.setTextFormat(Qt.TextFormat.PlainText)
            state.setAccessibleDescription(state.text())
            show = QPushButton(self.tr("Preview"))
            show.setObjectName(f"preview_{pid}")
            show.setAccessibleName(self.tr("Preview what %1 receives").replace("%1", person.name))
            show.setEnabled(person.skipped is not Skipped.FACILITATOR)
            show.clicked.connect(lambda _=False, pid=pid: self.preview_requested.emit(pid))
            self.grid.addWidget(name, row * 3, 0)
            self.grid.addWidget(field, row * 3, 1)
            self.grid.addWidget(show, row * 3, 2)
            self.grid.addWidget(receives, row * 3 + 1, 0)
            self.grid.addWidget(state, row * 3 + 1, 1, 1, 2)
            spacer = QLabel("")
            spacer.setFixedHeight(4)
            self.grid.addWidget(spacer, row * 3 + 2, 0)
            self.address_fields[pid], self.receives[pid], self.states[pid] = field, receives, state

    def _committer(self, pid: str, field: QLineEdit) -> Callable[[], None]:
        def commit() -> None:
            try:
                address = checked_address(field.text())
            except InvalidAddress:
                field.setToolTip(self.tr("This is not an e-mail address: check it."))
                field.setStyleSheet("border: 1px solid #b3261e;")
                return
            field.setToolTip("")
            field.setStyleSheet("")
            self.address_changed.emit(pid, address)

        return commit

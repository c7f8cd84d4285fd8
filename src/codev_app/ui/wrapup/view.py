"""The wrap-up: what the console turns into when the session ends (or, from the history, later).

Nothing modal: the client's approval of what leaves the room (nothing leaves by default), what
the participants receive (each their own copy, or the group's summary), who receives what with
their addresses, a preview of each person's document, and one action: send (or make drafts).
The state of each delivery is kept in the store and shown.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.delivery.mail_settings import load_mail_settings
from codev_app.delivery.outbox import Outcome, deliver
from codev_app.delivery.passwords import keep_password, keyring_works, stored_password
from codev_app.delivery.recipients import Recipient, recipients
from codev_app.export.content import Audience, build_summary
from codev_app.export.pdf import paper_for_locale, render_pdf
from codev_app.storage import Store
from codev_app.storage.deliveries import DeliveryState, SharedDocument
from codev_app.ui.export.source import ExportSource
from codev_app.ui.wrapup.mail_dialog import MailSettingsDialog
from codev_app.ui.wrapup.people import PeopleGrid
from codev_app.ui.wrapup.preview import NARROW_PAGE_WIDTH, PAGE_WIDTH, DocumentPreview

_log = logging.getLogger(__name__)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; margin-top: 8px;")
    return label


class _ClickableLabel(QLabel):
    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._box.toggle()
        event.accept()


class WrapUpView(QWidget):
    """The wrap-up of one session (``session_id`` in ``store``; None: not saved, drafts only)."""

    back_requested = Signal()
    close_requested = Signal()

    def __init__(
        self,
        source: ExportSource,
        store: Store | None,
        session_id: int | None,
        *,
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUp")
        self.source, self.store, self.session_id = source, store, session_id
        self.language = language
        self.task: asyncio.Task[list[Outcome]] | None = None
        self._preview_key: tuple[object, ...] | None = None
        self.heading = QLabel(self.tr("The session is over"))
        self.heading.setObjectName("wrapupHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.approval = QCheckBox()
        self.approval.setObjectName("wrapupApproval")
        self.approval.toggled.connect(self._set_approval)
        # A check box does not wrap its text: the words beside it do, and clicking them ticks it.
        self.approval_words = _ClickableLabel(self.approval)
        self.personal = QRadioButton(self.tr("Each person their own copy"))
        self.personal.setObjectName("sendPersonal")
        self.summary = QRadioButton(self.tr("Everyone the group's summary"))
        self.summary.setObjectName("sendSummary")
        self.personal.toggled.connect(self._set_document)
        self.people = PeopleGrid()
        self.people.address_changed.connect(self._keep_address)
        self.people.preview_requested.connect(self.preview)
        self.chosen = QComboBox()
        self.chosen.setObjectName("previewChoice")
        self.chosen.setAccessibleName(self.tr("Whose document to preview"))
        self.chosen.currentIndexChanged.connect(lambda _i: self._show_preview())
        self.pages = DocumentPreview()
        self.password = QLineEdit()
        self.password.setObjectName("wrapupPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password of the mail account"))
        self.password.setAccessibleName(self.tr("Password of the mail account"))
        self.password.hide()
        self.status = QLabel()
        self.status.setObjectName("wrapupStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.send_button = QPushButton()
        self.send_button.setObjectName("wrapupSend")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.drafts_button = QPushButton(self.tr("Make drafts…"))
        self.drafts_button.setObjectName("wrapupDrafts")
        self.drafts_button.clicked.connect(self._choose_drafts_folder)
        self.settings_button = QPushButton(self.tr("Mail settings…"))
        self.settings_button.setObjectName("wrapupMailSettings")
        self.settings_button.clicked.connect(self.open_mail_settings)
        self.back_button = QPushButton(self.tr("Back to the session"))
        self.back_button.setObjectName("wrapupBack")
        self.back_button.clicked.connect(self.back_requested)
        self.close_button = QPushButton(self.tr("Close the session"))
        self.close_button.setObjectName("wrapupClose")
        self.close_button.clicked.connect(self.close_requested)
        self._layout()
        self._unwatch = source.watch(self._record_changed)
        self.destroyed.connect(lambda *_: self._unwatch())
        self.personal.setChecked(self._document() is SharedDocument.PERSONAL)
        self.summary.setChecked(self._document() is SharedDocument.PARTICIPANTS)
        self.show_state()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(16, 12, 12, 12)
        column.addWidget(self.heading)
        column.addWidget(_heading(self.tr("What leaves the room")))
        agreement = QHBoxLayout()
        agreement.addWidget(self.approval, 0, Qt.AlignmentFlag.AlignTop)
        agreement.addWidget(self.approval_words, 1)
        column.addLayout(agreement)
        column.addWidget(_heading(self.tr("What they receive")))
        column.addWidget(self.personal)
        column.addWidget(self.summary)
        column.addWidget(_heading(self.tr("Who receives what")))
        column.addWidget(self.people)
        column.addStretch(1)
        column.addWidget(self.password)
        column.addWidget(self.status)
        # Short rows, so that the column stays narrow beside the preview in a small window.
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.drafts_button)
        actions.addStretch(1)
        column.addLayout(actions)
        settings = QHBoxLayout()
        settings.addWidget(self.settings_button)
        settings.addStretch(1)
        column.addLayout(settings)
        leave = QHBoxLayout()
        leave.addWidget(self.back_button)
        leave.addStretch(1)
        leave.addWidget(self.close_button)
        column.addLayout(leave)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        right = QWidget()
        preview = QVBoxLayout(right)
        preview.setContentsMargins(6, 12, 12, 12)
        preview.addWidget(self.chosen)
        preview.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A small window (beside the video call) keeps room for the people: smaller pages.
        narrow = event.size().width() < 900
        self.pages.set_page_width(NARROW_PAGE_WIDTH if narrow else PAGE_WIDTH)
        super().resizeEvent(event)

    # --- what is shown -------------------------------------------------------------------------

    def bundle(self) -> SessionBundle:
        """The session now, with the addresses kept in the store."""
        bundle = self.source.bundle()
        if self.store is None or self.session_id is None:
            return bundle
        return dataclasses.replace(bundle, emails=self.store.deliveries.emails(self.session_id))

    def recipients(self) -> list[Recipient]:
        """Everyone, with what they receive."""
        return recipients(self.bundle())

    def show_state(self) -> None:
        """Repaint from the store and the record."""
        people = self.recipients()
        client = next((p for p in people if p.role is Role.CLIENT), None)
        approved = self.source.consent.client_approved_export
        self.approval.blockSignals(True)
        self.approval.setChecked(approved)
        self.approval.blockSignals(False)
        words = (
            self.tr("%1, the client, agrees that these documents leave the room").replace(
                "%1", client.name
            )
            if client is not None
            else self.tr("The client agrees that these documents leave the room")
        )
        self.approval_words.setText(words)
        self.approval.setAccessibleName(words)
        deliveries = {}
        emails: dict[str, str] = {}
        if self.store is not None and self.session_id is not None:
            deliveries = {
                d.participant_id: d for d in self.store.deliveries.deliveries(self.session_id)
            }
            emails = self.store.deliveries.emails(self.session_id)
        self.people.show_people(people, self._document(), deliveries, emails)
        # Who still needs their copy: someone served already is not counted (nor sent to again).
        count = sum(
            1
            for person in people
            if person.receives
            and not (
                person.participant_id in deliveries
                and deliveries[person.participant_id].state is DeliveryState.SENT
                and deliveries[person.participant_id].address == person.address
            )
        )
        self.send_button.setText(self.tr("Send to %n person(s)", "", count))
        busy = self.task is not None and not self.task.done()
        saved = self.store is not None and self.session_id is not None
        self.send_button.setEnabled(approved and count > 0 and saved and not busy)
        self.drafts_button.setEnabled(approved and count > 0 and saved and not busy)
        if not approved:
            self.status.setText(
                self.tr("Nothing leaves the room until the client agrees (tick the box above).")
            )
        elif not saved:
            self.status.setText(self.tr("This session is not saved: nothing can be sent."))
        elif count == 0 and any(person.receives for person in people):
            self.status.setText(self.tr("Everyone with an address already has their copy."))
        elif count == 0:
            self.status.setText(self.tr("Add an address to send someone their copy."))
        elif not busy:
            self.status.setText("")
        self._fill_choices(people)

    def _fill_choices(self, people: list[Recipient]) -> None:
        current = self.chosen.currentData()
        self.chosen.blockSignals(True)
        self.chosen.clear()
        self.chosen.addItem(self.tr("The group's summary"), "")
        for person in people:
            if person.role is not Role.FACILITATOR:
                name = self.tr("%1's copy").replace("%1", person.name)
                self.chosen.addItem(name, person.participant_id)
        index = self.chosen.findData(current) if current is not None else 0
        self.chosen.setCurrentIndex(max(0, index))
        self.chosen.blockSignals(False)
        self._show_preview()

    def preview(self, participant_id: str) -> None:
        """Show the document ``participant_id`` receives."""
        self.chosen.setCurrentIndex(max(0, self.chosen.findData(participant_id)))

    def _show_preview(self) -> None:
        chosen = self.chosen.currentData() or ""
        key = (chosen, self._document(), self.source.consent.client_approved_export)
        if key == self._preview_key:
            return  # the same document: not laid out again at each repaint
        self._preview_key = key
        bundle = self.bundle()
        if not bundle.record.consent.client_approved_export:
            # Documents for participants do not exist before the approval: nothing to preview.
            self.pages.show_summary(None, self.tr("The preview appears once the client agrees."))
            return
        personal = chosen and self._document() is SharedDocument.PERSONAL
        summary = build_summary(
            bundle,
            Audience.PERSONAL if personal else Audience.PARTICIPANTS,
            language=self.language,
            recipient_id=chosen if personal else None,
        )
        self.pages.show_summary(summary)

    # --- changes -------------------------------------------------------------------------------

    def _record_changed(self) -> None:
        self._preview_key = None
        self.show_state()

    def _document(self) -> SharedDocument:
        if self.store is None or self.session_id is None:
            return SharedDocument.PERSONAL
        return self.store.deliveries.document(self.session_id)

    def _set_document(self) -> None:
        if self.store is None or self.session_id is None:
            return
        chosen = (
            SharedDocument.PERSONAL if self.personal.isChecked() else SharedDocument.PARTICIPANTS
        )
        if chosen is not self._document():
            self.store.deliveries.set_document(self.session_id, chosen)
            self.show_state()

    def _set_approval(self, approved: bool) -> None:
        (self.source.approve if approved else self.source.withdraw)()
        self.source.refresh()
        self.show_state()

    def _keep_address(self, participant_id: str, address: str) -> None:
        if self.store is None or self.session_id is None:
            return
        if self.store.deliveries.emails(self.session_id).get(participant_id, "") != address:
            self.store.deliveries.set_email(self.session_id, participant_id, address)
            self.show_state()

    def open_mail_settings(self) -> MailSettingsDialog:
        """The mail settings dialog (shown; the view repaints when it closes)."""
        dialog = MailSettingsDialog(self)
        dialog.finished.connect(lambda _result: self.show_state())
        dialog.open()
        return dialog

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        """Send each recipient their copy, on the running asyncio loop (qasync in the window)."""
        settings = load_mail_settings()
        if settings is None:
            self.status.setText(
                self.tr("Set up the mail server first (Mail settings…), or make drafts.")
            )
            return
        password = None
        if settings.user:
            password = self.password.text() or stored_password(settings.key)
            if not password:
                self.password.show()
                self.password.setFocus()
                self.status.setText(self.tr("Type the password of the mail account, then send."))
                return
            if self.password.text() and keyring_works():
                keep_password(settings.key, self.password.text())
        self._start(settings=settings, password=password)

    def make_drafts(self, folder: Path) -> None:
        """Write one draft per recipient into ``folder``."""
        self._start(settings=load_mail_settings(), drafts_folder=folder)

    def _choose_drafts_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the drafts"))
        if folder:
            self.make_drafts(Path(folder))

    def _start(self, **options: object) -> None:
        assert self.store is not None and self.session_id is not None
        paper = paper_for_locale()
        self.status.setText(self.tr("Sending…") if "password" in options else self.tr("Writing…"))
        coroutine = deliver(
            self.bundle(),
            self.session_id,
            self.store.deliveries,
            lambda summary: render_pdf(summary, paper),
            language=self.language,
            on_outcome=lambda _outcome: self.show_state(),
            **options,  # type: ignore[arg-type]
        )
        self.task = asyncio.get_event_loop().create_task(coroutine)
        self.task.add_done_callback(self._done)
        self.show_state()

    def _done(self, task: asyncio.Task[list[Outcome]]) -> None:
        self.password.clear()
        try:
            outcomes = task.result()
        except Exception as error:  # shown, logged as a warning: the outbox kept the states
            _log.warning("Sending stopped: %s", error)
            self.status.setText(self.tr("Sending stopped: %1").replace("%1", str(error)))
            self.show_state()
            return
        failed = sum(1 for outcome in outcomes if outcome.problem is not None)
        if not outcomes:
            text = self.tr("Everyone with an address already has their copy.")
        elif failed:
            text = self.tr(
                "%n message(s) could not be sent: see below, then try again.", "", failed
            )
        else:
            text = self.tr("Done: %n person(s) served.", "", len(outcomes))
        self.status.setText(text)
        self.show_state()
        self.status.setText(text)

"""The export window's state: the session shown, the client's approval, what is ticked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem

from codev_app.core.errors import CodevError
from codev_app.core.participants import Role
from codev_app.core.record import Consent
from codev_app.core.text import isolate
from codev_app.export.labels import format_date
from codev_app.export.pdf import PaperSize
from codev_app.storage.errors import StorageError
from codev_app.ui.export.jobs import FOR_PARTICIPANTS, Document, ExportChoices, ExportRun
from codev_app.ui.export.layout import ExportLayout
from codev_app.ui.export.reasons import reason
from codev_app.ui.export.source import ExportSource
from codev_app.ui.export.widgets import mnemonic_safe, without_mnemonic

_log = logging.getLogger(__name__)
# The texts keep the window's translation context.
translate = QCoreApplication.translate


class ExportForm(ExportLayout):
    """The choices of the export window and the approval they depend on."""

    #: The client's approval was recorded (True) or withdrawn (False) from this window.
    consent_changed = Signal(bool)

    # Set by ExportWindow.__init__ before anything is built.
    source: ExportSource
    run: ExportRun | None
    _wanted: dict[Document, bool]
    _gate_open: bool | None
    _unwatch: Callable[[], None]
    _seen_consent: Consent

    # --- the session -------------------------------------------------------------------------

    def set_source(self, source: ExportSource) -> None:
        """Export ``source`` from now on (the live session became a saved one, for instance)."""
        self._unwatch()
        self.source = source
        self._seen_consent = source.consent
        unwatch = source.watch(self._record_changed)
        self._unwatch = unwatch
        self.destroyed.connect(lambda *_: unwatch())
        bundle = source.bundle()
        topic = bundle.title or bundle.record.state.case_title or bundle.group_name
        when = format_date(bundle.created_at, self.language) if bundle.created_at else ""
        self.session_line.setText(" · ".join(part for part in (isolate(topic), when) if part))
        self.session_line.setVisible(bool(self.session_line.text()))
        self._fill_recipients()
        self._show_consent()

    def _fill_recipients(self) -> None:
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for person in self.source.people:
            item = QListWidgetItem(isolate(person.name))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if person.came else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            item.setToolTip(isolate(person.name))
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        self.recipients.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back in front: the saved session may have been changed in another window meanwhile.
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if activated and self.run is None:
            try:
                self.source.refresh()
            except (CodevError, StorageError) as error:
                _log.warning("The session could not be read again: %s", error)
            self._record_changed()

    def _record_changed(self) -> None:
        # Called by the live record on every edit (typing notes): only consent matters here.
        if not shiboken6.isValid(self):
            return
        if self.source.consent != self._seen_consent:
            self._seen_consent = self.source.consent
            self._show_consent()
            self._refresh()

    @property
    def approved(self) -> bool:
        """Whether the client's approval is recorded."""
        return self.source.consent.client_approved_export

    def _client_name(self) -> str | None:
        people = self.source.people
        client = next((person for person in people if person.role is Role.CLIENT), None)
        return isolate(client.name) if client is not None else None

    def _show_consent(self) -> None:
        consent = self.source.consent
        name = self._client_name()
        if name:
            box_text = translate("ExportWindow", "%1 &approved what will be shared").replace(
                "%1", mnemonic_safe(name)
            )
        else:
            box_text = translate("ExportWindow", "The client &approved what will be shared")
        self.consent_box.setText(box_text)
        self.consent_box.setAccessibleName(without_mnemonic(box_text))
        self.consent_box.setChecked(consent.client_approved_export)
        if consent.client_approved_export:
            who = self._name_of(consent.approved_by)
            when = ""
            if consent.approved_at:
                try:
                    moment = datetime.fromisoformat(consent.approved_at).astimezone()
                    when = format_date(moment, self.language)
                except ValueError:
                    when = ""
            if who and when:
                text = (
                    translate("ExportWindow", "Approved by %1 on %2.")
                    .replace("%1", who)
                    .replace("%2", when)
                )
            elif when:
                text = translate("ExportWindow", "Approved on %1.").replace("%1", when)
            else:
                text = translate("ExportWindow", "Approved.")
            text += " " + translate(
                "ExportWindow", "Untick the box if the client changes their mind."
            )
        else:
            text = self._waiting_text()
        self.consent_state.setText(text)
        self.consent_state.setAccessibleDescription(text)
        # The room of both states, so ticking the box moves nothing below it.
        self.consent_state.set_alternatives(
            [text, self._approved_text_room(), self._waiting_text()]
        )

    def _waiting_text(self) -> str:
        return translate(
            "ExportWindow",
            "The client has not approved sharing yet. The participants’ summary and their "
            "personal copies can only be written once they have.",
        )

    def _approved_text_room(self) -> str:
        # The approved text with the longest name and date it may hold.
        name = self._client_name() or "M" * 12
        return (
            translate("ExportWindow", "Approved by %1 on %2.")
            .replace("%1", name)
            .replace("%2", "30 septembre 2099")
            + " "
            + translate("ExportWindow", "Untick the box if the client changes their mind.")
        )

    def _name_of(self, participant_id: str | None) -> str:
        people = self.source.people
        return next((isolate(person.name) for person in people if person.id == participant_id), "")

    @Slot(bool)
    def set_approved(self, approved: bool) -> bool:
        """Record (or withdraw) the client's approval; returns whether it was saved."""
        try:
            if approved:
                self.source.approve()
            else:
                self.source.withdraw()
        except Exception as error:  # a refused save must not tick the box
            _log.warning("Could not change the approval: %s", error)
            self.show_error(
                translate("ExportWindow", "The approval could not be saved: %1").replace(
                    "%1", reason(error)
                )
            )
            self._show_consent()
            self._refresh()
            return False
        self._seen_consent = self.source.consent
        self.message.hide()
        self._show_consent()
        self._refresh()
        self.consent_changed.emit(self.approved)
        return True

    # --- choices -----------------------------------------------------------------------------

    def _remember_wanted(self) -> None:
        if self.approved:
            self._wanted[Document.SUMMARY] = self.summary_box.isChecked()
            self._wanted[Document.PERSONAL] = self.personal_box.isChecked()

    def choices(self) -> ExportChoices:
        """What is ticked now (documents for participants only once the client approved)."""
        boxes = {
            Document.SUMMARY: self.summary_box,
            Document.PERSONAL: self.personal_box,
            Document.RECORD: self.record_box,
            Document.SESSION_FILE: self.session_file_box,
            Document.SPEAKING: self.speaking_box,
            Document.TIMINGS: self.timings_box,
        }
        documents = frozenset(
            document
            for document, box in boxes.items()
            if box.isChecked() and (self.approved or document not in FOR_PARTICIPANTS)
        )
        recipients = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.recipients.item(row) for row in range(self.recipients.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return ExportChoices(
            documents=documents,
            pdf=self.pdf_box.isChecked(),
            markdown=self.markdown_box.isChecked(),
            recipients=recipients,
            show_authors=self.authors_box.isChecked(),
            language=str(self.language_combo.currentData()),
            paper=PaperSize(self.paper_combo.currentData()),
        )

    def folder(self) -> Path:
        """The folder the files go to."""
        return Path(self.folder_field.text().strip()).expanduser()

    @Slot()
    def _refresh(self) -> None:
        """Enable what can be used now."""
        running = self.run is not None
        approved = self.approved
        for document, box in (
            (Document.SUMMARY, self.summary_box),
            (Document.PERSONAL, self.personal_box),
        ):
            if self._gate_open is not approved:
                # The gate opens or closes: show what the facilitator wanted, or nothing.
                box.blockSignals(True)
                box.setChecked(self._wanted[document] if approved else False)
                box.blockSignals(False)
            box.setEnabled(approved)
        self._gate_open = approved
        personal = approved and self.personal_box.isChecked()
        self.recipients.setEnabled(personal)
        self.recipients_label.setEnabled(personal)
        documents = any(
            box.isChecked() for box in (self.summary_box, self.personal_box, self.record_box)
        )
        for box in (self.pdf_box, self.markdown_box):
            box.setEnabled(documents)
        paper = documents and self.pdf_box.isChecked()
        self.paper_combo.setEnabled(paper)
        self.paper_label.setEnabled(paper)
        shared = approved and (self.summary_box.isChecked() or self.personal_box.isChecked())
        self.authors_box.setEnabled(shared or self.record_box.isChecked())
        self.form.setEnabled(not running)
        self.folder_row.setEnabled(not running)
        self.consent_group.setEnabled(not running)
        self.export_button.setEnabled(not running and self._has_work())
        self.export_action.setEnabled(self.export_button.isEnabled())

    def _has_work(self) -> bool:
        if not self.folder_field.text().strip():
            return False
        choices = self.choices()
        formats = choices.pdf or choices.markdown
        for document in choices.documents:
            if document is Document.PERSONAL:
                if formats and choices.recipients:
                    return True
            elif document in (Document.SUMMARY, Document.RECORD):
                if formats:
                    return True
            else:
                return True
        return False

    # --- messages ----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """A calm sentence in the window (never a dialog)."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def show_info(self, text: str) -> None:
        """A short note in the same place as errors."""
        self.show_error(text)

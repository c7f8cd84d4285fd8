"""How the template editor shows its document: title, phase list, phase form, timeline, issues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem, QPlainTextEdit, QStyle

from codev_app import i18n
from codev_app.core.template import LANGUAGES, LocalizedText, Phase, Template
from codev_app.core.text import isolate
from codev_app.ui.templates.document import TemplateDocument, text_in
from codev_app.ui.templates.editor_layout import EditorLayout
from codev_app.ui.templates.timeline import clock_text, start_times
from codev_app.ui.templates.validation import Issue, find_issues
from codev_app.ui.templates.widgets import NBSP

# The texts keep the editor's translation context.
translate = QCoreApplication.translate


class EditorView(EditorLayout):
    """The editor's widgets repainted from the document."""

    # Set by TemplateEditor.__init__ before building.
    document: TemplateDocument
    issues: list[Issue]
    _extra_issues: dict[tuple[str | None, str], str]
    _updating: bool
    _selected_id: str | None
    _restored_new_draft: bool
    _draft_timer: QTimer
    undo_stack: QUndoStack
    remove_action: QAction  # made by TemplateEditor._create_actions

    # --- reading the document ----------------------------------------------------------------

    @property
    def template(self) -> Template:
        """The template as edited now."""
        return self.document.template

    def selected_phase_id(self) -> str | None:
        """The id of the phase shown in the form."""
        return self._selected_id

    def phase_names(self) -> list[str]:
        """The phases' names in the language being edited (else the other, else a placeholder)."""
        return [self._phase_name(phase) for phase in self.template.phases]

    def _phase_name(self, phase: Phase) -> str:
        return isolate(phase.name.get(self.edit_language).strip()) or translate(
            "TemplateEditor", "(no name)"
        )

    def phase_needs_fixing(self, index: int) -> bool:
        """Whether the phase at ``index`` is marked as having a problem in the list."""
        item = self.phase_list.item(index)
        return item is not None and not item.icon().isNull()

    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose something."""
        return not self.undo_stack.isClean() or self._restored_new_draft

    # --- repainting --------------------------------------------------------------------------

    def _selected_index(self) -> int:
        if self._selected_id is None:
            return -1
        try:
            return self.document.index_of(self._selected_id)
        except KeyError:
            return -1

    def _on_document_changed(self, what: str) -> None:
        if what == "phases" and self._selected_id not in {p.id for p in self.template.phases}:
            self._selected_id = self.template.phases[0].id if self.template.phases else None
        self._refresh_all()
        self.status.clear()
        self._draft_timer.start()

    def _refresh_all(self) -> None:
        self._updating = True
        try:
            self.issues = find_issues(self.template)
            self._refresh_template_fields()
            self._refresh_phase_list()
        finally:
            self._updating = False
        self._refresh_selection()

    def _refresh_selection(self) -> None:
        self._updating = True
        try:
            self._refresh_phase_form()
            names = self.phase_names()
            current = self._selected_index()
            self.timeline.set_phases(self.template.phases, names, current)
            total = self.template.total_seconds
            # lupdate reads a plural only from a tr() call, and Qt's self.tr() would look in the
            # subclass's context: called on this class, both use EditorView (the stubs only know
            # the instance form).
            n = len(self.template.phases)
            phases = EditorView.tr("%n phase(s), %1 in all, ending at %2.", "", n)  # type: ignore[arg-type]
            self.total_label.setText(
                phases.replace("%1", i18n.format_duration(total, space=NBSP)).replace(
                    "%2", clock_text(total)
                )
            )
            if self.right.currentWidget() is self.fit_panel:
                self.fit_panel.set_phases(self.template.phases, names)
            count = len(self.template.phases)
            row = self._selected_index()
            self.remove_button.setEnabled(count > 1)
            self.remove_action.setEnabled(count > 1)
            self.up_button.setEnabled(row > 0)
            self.down_button.setEnabled(0 <= row < count - 1)
        finally:
            self._updating = False

    def _refresh_template_fields(self) -> None:
        name = self.template.name
        self.title.setText(
            name.get(self.edit_language) or translate("TemplateEditor", "New template")
        )
        self._set_line(self.template_name, text_in(name, self.edit_language))
        self.template_name.setPlaceholderText(self._other_language_text(name))
        self._set_plain(self.description, text_in(self.template.description, self.edit_language))
        self.description.setPlaceholderText(self._other_language_text(self.template.description))
        self._show_issue(self.template_name_issue, self._issue_text(None, "name"))

    def _other_language_text(self, text: LocalizedText) -> str:
        other = next(lang for lang in LANGUAGES if lang != self.edit_language)
        return text_in(text, other)

    def _refresh_phase_list(self) -> None:
        starts = start_times(self.template.phases)
        problems = {issue.phase_id for issue in self.issues if issue.phase_id}
        problems |= {phase_id for phase_id, _ in self._extra_issues if phase_id}
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.phase_list.blockSignals(True)
        try:
            self.phase_list.clear()
            for phase, start in zip(self.template.phases, starts, strict=True):
                duration = i18n.format_duration(phase.planned_seconds, space=NBSP)
                text = f"{clock_text(start)}   {self._phase_name(phase)} · {duration}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, phase.id)
                if phase.id in problems:
                    item.setIcon(warning_icon)
                    item.setToolTip(
                        translate("TemplateEditor", "Something in this phase needs fixing.")
                    )
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        text + " — " + translate("TemplateEditor", "needs fixing"),
                    )
                self.phase_list.addItem(item)
            row = self._selected_index()
            if row >= 0:
                self.phase_list.setCurrentRow(row)
        finally:
            self.phase_list.blockSignals(False)

    def _refresh_phase_form(self) -> None:
        phase_id = self._selected_id
        self.phase_form.setEnabled(phase_id is not None)
        if phase_id is None:
            return
        phase = self.document.phase(phase_id)
        index = self.document.index_of(phase_id)
        self.phase_heading.setText(
            translate("TemplateEditor", "Phase %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.template.phases)))
        )
        for key, field in self.text_fields.items():
            text: LocalizedText = getattr(phase, key)
            if isinstance(field, QLineEdit):
                self._set_line(field, text_in(text, self.edit_language))
            else:
                self._set_plain(field, text_in(text, self.edit_language))
            field.setPlaceholderText(
                self._other_language_text(text)
                or (translate("TemplateEditor", "One rule per line") if key == "rules" else "")
            )
        self.speakers.setCurrentIndex(self.speakers.findData(phase.speakers.value))
        self.turns.setCurrentIndex(self.turns.findData(phase.turns.value))
        self.minutes.setValue(max(1, round(phase.planned_seconds / 60)))
        self.speaker_time.setValue(phase.speaker_seconds or 0)
        self.warning.setValue(round(phase.warning_fraction * 100))
        self.chime.setChecked(phase.chime)
        self.is_break.setChecked(phase.is_break)
        shown = set(self.issue_labels)
        for key, label in self.issue_labels.items():
            self._show_issue(label, self._issue_text(phase_id, key))
        others = [
            self._describe(issue)
            for issue in self.issues
            if issue.phase_id == phase_id and issue.field not in shown
        ]
        self._show_issue(self.phase_issue, "\n".join(others))

    @staticmethod
    def _set_line(field: QLineEdit, text: str) -> None:
        if field.text() != text:
            field.setText(text)

    @staticmethod
    def _set_plain(field: QPlainTextEdit, text: str) -> None:
        if field.toPlainText() != text:
            field.setPlainText(text)

    def _show_issue(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleDescription(text)
        label.setVisible(bool(text))

    # --- issues ------------------------------------------------------------------------------

    def _issue_text(self, phase_id: str | None, field: str) -> str:
        extra = self._extra_issues.get((phase_id, field))
        if extra:
            return extra
        for issue in self.issues:
            if issue.phase_id == phase_id and issue.field == field:
                return self._describe(issue)
        return ""

    def _describe(self, issue: Issue) -> str:
        """The issue in the facilitator's language (the core's words for the unexpected ones)."""
        if issue.phase_id is None:
            known = {
                "name": translate(
                    "TemplateEditor", "Give the template a name, in French or in English."
                ),
                "phases": translate("TemplateEditor", "A template needs at least one phase."),
            }
        else:
            known = {
                "name": translate(
                    "TemplateEditor", "Give this phase a name, in French or in English."
                ),
                "minutes": translate("TemplateEditor", "A phase lasts from 1 to 240 minutes."),
                "speaker_seconds": translate(
                    "TemplateEditor", "Time per speaker: from 0:10 to 60 min, or no limit."
                ),
                "warning_fraction": translate(
                    "TemplateEditor", "The warning must come before the end of the phase."
                ),
            }
        return known.get(issue.field, issue.detail)

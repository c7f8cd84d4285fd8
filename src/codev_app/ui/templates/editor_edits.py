"""The template editor's edits as undo commands, "fit to total time", and saving."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QRadioButton, QWidget

from codev_app.core.errors import TemplateError
from codev_app.core.library import TemplateClash, TemplateLibrary, suggest_id
from codev_app.core.template import LANGUAGES, LocalizedText, Phase, Template
from codev_app.ui.templates import commands
from codev_app.ui.templates.document import new_phase_id, text_in, with_text
from codev_app.ui.templates.drafts import DraftStore
from codev_app.ui.templates.editor_view import EditorView
from codev_app.ui.templates.validation import find_issues

# The texts keep the editor's translation context.
translate = QCoreApplication.translate

# The automatic name of a copy (core.library.TemplateLibrary.duplicate): "… (copy)", "… (copie 2)".
_COPY_NAME = re.compile(r" \((copie|copy)( \d+)?\)$")

NEW_PHASE_SECONDS = 10 * 60


class EditorEdits(EditorView):
    """What the facilitator changes, made undoable; and writing the template to the library."""

    saved = Signal(str)  # template id, once written to the library

    # Set by TemplateEditor.__init__ before building.
    library: TemplateLibrary
    is_new: bool
    drafts: DraftStore

    # --- commands ----------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Carry out an edit as an undoable step."""
        self._extra_issues.clear()
        self.undo_stack.push(command)

    def _set_template_text(self, key: str, text: str) -> None:
        if self._updating:
            return
        also: tuple[str, ...] = ()
        if key == "name":
            # A copy's name in the other language ("… (copy)") follows the one being typed, as
            # long as it is the automatic one or the same text: renaming in French renames it.
            name = self.document.template.name
            typed_before = text_in(name, self.edit_language)
            also = tuple(
                other
                for other in LANGUAGES
                if other != self.edit_language
                and (
                    _COPY_NAME.search(text_in(name, other))
                    or (typed_before and text_in(name, other) == typed_before)
                )
            )
        self.push(commands.SetTemplateText(self.document, key, self.edit_language, text, also))

    def _set_phase_text(self, key: str, text: str) -> None:
        if self._updating or self._selected_id is None:
            return
        current = text_in(getattr(self.document.phase(self._selected_id), key), self.edit_language)
        if current != text:
            self.push(
                commands.SetPhaseText(
                    self.document, self._selected_id, key, self.edit_language, text
                )
            )

    def _set_phase_value(self, key: str, value: object) -> None:
        if self._updating or self._selected_id is None:
            return
        if getattr(self.document.phase(self._selected_id), key) != value:
            self.push(commands.SetPhaseValue(self.document, self._selected_id, key, value))

    def add_phase(self) -> None:
        """Insert a new phase after the selected one, select it and put the cursor in its name."""
        phases = self.template.phases
        index = self._selected_index() + 1 if phases else 0
        phase = Phase(
            id=new_phase_id(phases),
            name=with_text(
                LocalizedText(), self.edit_language, translate("TemplateEditor", "New phase")
            ),
            planned_seconds=NEW_PHASE_SECONDS,
        )
        self._selected_id = phase.id
        self.push(commands.AddPhase(self.document, index, phase))
        self.select_phase(index)
        self.phase_name.setFocus()
        self.phase_name.selectAll()

    def remove_phase(self) -> None:
        """Remove the selected phase (undo brings it back); the last phase cannot be removed."""
        if self._selected_id is None or len(self.template.phases) <= 1:
            return
        index = self._selected_index()
        self.push(commands.RemovePhase(self.document, self._selected_id))
        self.select_phase(min(index, len(self.template.phases) - 1))
        self.phase_list.setFocus()

    def move_phase(self, delta: int) -> None:
        """Move the selected phase up (-1) or down (+1)."""
        if self._selected_id is None:
            return
        index = self._selected_index()
        target = index + delta
        if 0 <= target < len(self.template.phases):
            self.push(commands.MovePhase(self.document, self._selected_id, target))

    def _on_move_requested(self, source: int, target: int) -> None:
        phases = self.template.phases
        if 0 <= source < len(phases) and 0 <= target < len(phases) and source != target:
            phase_id = phases[source].id
            self._selected_id = phase_id
            self.push(commands.MovePhase(self.document, phase_id, target))

    def select_phase(self, index: int) -> None:
        """Show the phase at ``index`` in the form."""
        if 0 <= index < len(self.template.phases):
            self.phase_list.setCurrentRow(index)  # calls _on_row_changed when the row changes
            self._on_row_changed(index)

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.template.phases):
            self._selected_id = self.template.phases[row].id
            self._refresh_selection()

    def _on_language_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.set_edit_language(
                next(lang for lang, b in self.language_buttons.items() if b is button)
            )

    def set_edit_language(self, language: str) -> None:
        """Edit the texts in ``language`` (``fr`` or ``en``)."""
        if language not in LANGUAGES:
            return
        self.edit_language = language
        self.language_buttons[language].setChecked(True)
        self.language_label.setBuddy(self.language_buttons[language])
        self._refresh_all()

    # --- fit to total time -------------------------------------------------------------------

    def open_fit(self) -> None:
        """Show the fit panel in place of the phase form."""
        self.fit_panel.start(self.template.phases, self.phase_names())
        self.right.setCurrentWidget(self.fit_panel)
        self.fit_panel.target.setFocus()
        self.fit_panel.target.selectAll()

    def close_fit(self) -> None:
        """Back to the phase form."""
        self.right.setCurrentIndex(0)
        self.fit_button.setFocus()

    def _apply_fit(self, seconds_by_phase: dict[str, int]) -> None:
        self.push(commands.ReplaceDurations(self.document, seconds_by_phase))
        self.close_fit()
        self.status.setText(
            translate("TemplateEditor", "The durations were fitted. Undo (Ctrl+Z) puts them back.")
        )

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the library; on a problem, show it beside its field and return False."""
        self._extra_issues.clear()
        self.issues = find_issues(self.template)
        if self.issues:
            self._refresh_all()
            self._point_at(self.issues[0].phase_id, self.issues[0].field)
            self.status.setText(
                translate("TemplateEditor", "Not saved yet: please fix what is marked.")
            )
            return False
        template = self.template
        old_id = template.id
        if self.is_new:
            base = suggest_id(template.name.get("en") or template.name.get(self.edit_language))
            template = replace(template, id=self.library.unique_id(base))
        try:
            saved = self._write(template)
        except TemplateClash as clash:
            other = ", ".join(
                self.library.get(i).name.get(self.language)
                for i in clash.existing_ids
                if i != template.id and i in self.library
            )
            message = translate(
                "TemplateEditor", "Another template is already called “%1”. Choose another name."
            )
            self._extra_issues[(None, "name")] = message.replace("%1", other)
            self._refresh_all()
            self._point_at(None, "name")
            self.status.setText(
                translate("TemplateEditor", "Not saved yet: please fix what is marked.")
            )
            return False
        except TemplateError as error:
            self.status.setText(
                translate("TemplateEditor", "Could not save: %1").replace("%1", str(error))
            )
            return False
        self._draft_timer.stop()
        self.drafts.delete(old_id)
        self.drafts.delete(saved.id)
        if saved.id != old_id:
            self.document.blockSignals(True)
            self.document.set_template(replace(self.template, id=saved.id), "template")
            self.document.blockSignals(False)
        self.is_new = False
        self._restored_new_draft = False
        self.undo_stack.setClean()
        self.status.setText(
            translate("TemplateEditor", "Saved at %1.").replace(
                "%1", datetime.now().strftime("%H:%M")
            )
        )
        self.saved.emit(saved.id)
        return True

    def _write(self, template: Template) -> Template:
        try:
            return self.library.save_user_template(template)
        except TemplateClash as clash:
            # Saving over its own file is the point; any other clash (a name) is the user's call.
            if not self.is_new and set(clash.existing_ids) == {template.id} and clash.can_replace:
                return self.library.save_user_template(template, replace=True)
            raise

    def _point_at(self, phase_id: str | None, field: str) -> None:
        """Select the phase and put the cursor in the field a problem is about."""
        if phase_id is None:
            widget: QWidget = self.template_name
        else:
            self.select_phase(self.document.index_of(phase_id))
            widgets: dict[str, QWidget] = {
                **self.text_fields,
                "minutes": self.minutes,
                "speaker_seconds": self.speaker_time,
                "warning_fraction": self.warning,
                "speakers": self.speakers,
                "turns": self.turns,
            }
            widget = widgets.get(field, self.phase_name)
        if self.right.currentWidget() is self.fit_panel:
            self.right.setCurrentIndex(0)
        widget.setFocus()

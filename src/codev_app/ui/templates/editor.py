"""The template editor: phases, their texts in French and English, durations, and a timeline.

Everything the facilitator changes is an undo command on a
:class:`~codev_app.ui.templates.document.TemplateDocument`; the widgets only repaint from the
document. Problems are shown next to the field concerned, as the core's validation finds them.
While there are unsaved changes a draft is written a moment after each change, so that a crash
loses nothing; closing with changes asks Save / Discard / Cancel.

Keyboard: Alt and the underlined letter reaches every field; in the phase list, Alt+Up and
Alt+Down move the phase and Delete removes it; Ctrl+S saves; Ctrl+Z / Ctrl+Shift+Z undo and redo
in the whole editor, text fields included.

The class is built in layers, one concern each: :mod:`.editor_layout` (the widgets),
:mod:`.editor_view` (repainting from the document), :mod:`.editor_edits` (undo commands, fit,
saving); this module wires them together and holds the keyboard, closing and drafts.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from codev_app import i18n
from codev_app.core.library import TemplateLibrary
from codev_app.core.template import LANGUAGES, Speakers, Template, TurnMode
from codev_app.ui.templates import commands
from codev_app.ui.templates.document import TemplateDocument
from codev_app.ui.templates.drafts import Draft, DraftStore
from codev_app.ui.templates.editor_edits import EditorEdits
from codev_app.ui.templates.validation import Issue
from codev_app.ui.templates.widgets import UndoKeysToStack, plain_labels

_log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 600


class CloseChoice(Enum):
    """The answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class TemplateEditor(EditorEdits):
    """Edits one user template. See the module docstring."""

    close_requested = Signal()  # the facilitator is done (changes saved or discarded)

    def __init__(
        self,
        library: TemplateLibrary,
        template: Template,
        *,
        language: str = i18n.SOURCE_LANGUAGE,
        is_new: bool = False,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.library = library
        self.language = language
        self.is_new = is_new
        self.drafts = drafts if drafts is not None else DraftStore()
        self.edit_language = language if language in LANGUAGES else LANGUAGES[0]
        self.document = TemplateDocument(template, self)
        self.undo_stack = QUndoStack(self)
        self.issues: list[Issue] = []
        self._extra_issues: dict[tuple[str | None, str], str] = {}
        self._updating = False
        self._selected_id: str | None = template.phases[0].id if template.phases else None
        self._restored_new_draft = False
        self._undo_keys = UndoKeysToStack(self)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)

        self._build()
        self._connect()
        self._create_actions()
        plain_labels(self)
        self.document.changed.connect(self._on_document_changed)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._update_undo_buttons)
        self._refresh_all()
        self._update_undo_buttons()

    def _connect(self) -> None:
        # Signals from the widgets become undo commands.
        self.template_name.textEdited.connect(lambda text: self._set_template_text("name", text))
        self.description.textChanged.connect(
            lambda: self._set_template_text("description", self.description.toPlainText())
        )
        self.language_group.buttonToggled.connect(self._on_language_toggled)
        self.phase_list.currentRowChanged.connect(self._on_row_changed)
        self.phase_list.move_requested.connect(self._on_move_requested)
        self.timeline.phase_clicked.connect(self.select_phase)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.fit_button.clicked.connect(self.open_fit)
        self.fit_panel.apply_requested.connect(self._apply_fit)
        self.fit_panel.close_requested.connect(self.close_fit)
        self.back_button.clicked.connect(self.request_close)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        for widget in (self.template_name, self.description):
            widget.installEventFilter(self._undo_keys)
        for key, edit in self.text_fields.items():
            edit.installEventFilter(self._undo_keys)
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda text, key=key: self._set_phase_text(key, text))
            else:
                edit.setTabChangesFocus(True)
                edit.textChanged.connect(
                    lambda key=key, edit=edit: self._set_phase_text(key, edit.toPlainText())
                )
        for spin in (self.minutes, self.speaker_time, self.warning):
            spin.installEventFilter(self._undo_keys)
        self.speakers.currentIndexChanged.connect(
            lambda: self._set_phase_value("speakers", Speakers(self.speakers.currentData()))
        )
        self.turns.currentIndexChanged.connect(
            lambda: self._set_phase_value("turns", TurnMode(self.turns.currentData()))
        )
        self.minutes.valueChanged.connect(
            lambda value: self._set_phase_value("planned_seconds", value * 60)
        )
        self.speaker_time.valueChanged.connect(
            lambda value: self._set_phase_value("speaker_seconds", value or None)
        )
        self.warning.valueChanged.connect(
            lambda value: self._set_phase_value("warning_fraction", value / 100)
        )
        self.chime.toggled.connect(lambda on: self._set_phase_value("chime", on))
        self.is_break.toggled.connect(lambda on: self._set_phase_value("is_break", on))

    def _create_actions(self) -> None:
        def action(
            text: str, keys: list[str], slot: object, widget: QWidget, scope: Qt.ShortcutContext
        ) -> QAction:
            created = QAction(text, widget)
            created.setShortcuts([QKeySequence(key) for key in keys])
            created.setShortcutContext(scope)
            created.triggered.connect(slot)
            widget.addAction(created)
            return created

        here = Qt.ShortcutContext.WidgetWithChildrenShortcut
        only = Qt.ShortcutContext.WidgetShortcut
        self.undo_action = action(self.tr("Undo"), ["Ctrl+Z"], self.undo_stack.undo, self, here)
        self.redo_action = action(
            self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.undo_stack.redo, self, here
        )
        self.save_action = action(self.tr("Save"), ["Ctrl+S"], self.save, self, here)
        self.move_up_action = action(
            self.tr("Move up"), ["Alt+Up"], lambda: self.move_phase(-1), self.phase_list, only
        )
        self.move_down_action = action(
            self.tr("Move down"), ["Alt+Down"], lambda: self.move_phase(1), self.phase_list, only
        )
        self.remove_action = action(
            self.tr("Remove phase"), ["Delete"], self.remove_phase, self.phase_list, only
        )
        native = QKeySequence.SequenceFormat.NativeText
        for button, keys in (
            (self.undo_button, "Ctrl+Z"),
            (self.redo_button, "Ctrl+Shift+Z"),
            (self.save_button, "Ctrl+S"),
            (self.up_button, "Alt+Up"),
            (self.down_button, "Alt+Down"),
        ):
            shortcut = QKeySequence(keys).toString(native)
            button.setToolTip(f"{button.text().replace('&', '')} ({shortcut})")
        for button in (
            self.back_button,
            self.undo_button,
            self.redo_button,
            self.save_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.fit_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    # --- closing and drafts ------------------------------------------------------------------

    def request_close(self) -> None:
        """Back to the library, once the changes are saved or discarded."""
        if self.maybe_close():
            self.close_requested.emit()

    def maybe_close(self) -> bool:
        """Whether the editor may close: no changes, or they were saved or discarded."""
        if not self.has_unsaved_changes():
            self._draft_timer.stop()
            self.drafts.delete(self.template.id)
            return True
        self.write_draft()  # whatever the answer, nothing is lost meanwhile
        choice = self.ask_to_save()
        if choice is CloseChoice.SAVE:
            return self.save()
        if choice is CloseChoice.DISCARD:
            self.discard_changes()
            return True
        return False

    def ask_to_save(self) -> CloseChoice:
        """Ask "Save / Discard / Cancel" (the one dialog of the editor: nothing runs meanwhile)."""
        box = self.unsaved_changes_box()
        box.exec()
        clicked = box.clickedButton()
        buttons = QMessageBox.StandardButton
        answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
        box.deleteLater()
        return {
            buttons.Save: CloseChoice.SAVE,
            buttons.Discard: CloseChoice.DISCARD,
        }.get(answer, CloseChoice.CANCEL)

    def unsaved_changes_box(self) -> QMessageBox:
        """The question asked when closing with unsaved changes."""
        name = self.template.name.get(self.language) or self.tr("New template")
        box = QMessageBox(self)
        box.setObjectName("unsavedChangesBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Save the changes to “%1”?").replace("%1", name))
        box.setInformativeText(
            self.tr("If you discard them, this new template is not kept.")
            if self.is_new
            else self.tr("If you discard them, the template stays as it was last saved.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(box.windowTitle())
        box.setAccessibleDescription(box.text())
        return box

    def discard_changes(self) -> None:
        """Forget the unsaved changes and their draft."""
        self._draft_timer.stop()
        self.drafts.delete(self.template.id)
        self._restored_new_draft = False
        if not self.undo_stack.isClean() and self.undo_stack.cleanIndex() >= 0:
            self.undo_stack.setIndex(self.undo_stack.cleanIndex())
        self.undo_stack.setClean()

    def write_draft(self) -> None:
        """Autosave the template if it has unsaved changes, else forget its draft."""
        self._draft_timer.stop()
        try:
            if self.has_unsaved_changes():
                self.drafts.save(self.template, is_new=self.is_new)
            else:
                self.drafts.delete(self.template.id)
        except OSError as error:
            _log.warning("Could not write the draft of %s: %s", self.template.id, error)

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and not self._restored_new_draft:
            self._draft_timer.stop()
            self.drafts.delete(self.template.id)

    def restore_draft(self, draft: Draft) -> None:
        """Bring back autosaved changes, as one step that undo can take back."""
        self.draft_bar.clear()
        if self.is_new:
            self._restored_new_draft = True
        self.push(commands.ReplaceTemplate(self.document, draft.template))
        self.status.setText(
            self.tr("Your unsaved changes are back. Undo (Ctrl+Z) shows the saved version.")
            if not self.is_new
            else self.tr("Your unsaved template is back. Save it to keep it.")
        )

    def offer_draft(self, draft: Draft) -> None:
        """Say that autosaved changes exist and let the facilitator restore or discard them."""
        when = draft.saved_at.strftime("%H:%M")
        day = draft.saved_at.date()
        if day != datetime.now().date():
            when = f"{day.isoformat()} {when}"
        self.draft_bar.show_message(
            self.tr("Changes you had not saved (%1) were kept.").replace("%1", when),
            [
                (self.tr("Restore them"), lambda: self.restore_draft(draft)),
                (self.tr("Discard them"), lambda: self.drafts.delete(draft.template.id)),
            ],
        )

    def _update_undo_buttons(self) -> None:
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

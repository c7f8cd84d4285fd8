"""The Templates window: the library, and the editor in its place while a template is edited.

Dropping ``.toml`` files anywhere on the window imports them. Closing the window while a template
has unsaved changes asks Save / Discard / Cancel first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from codev_app import i18n
from codev_app.core.library import TemplateLibrary
from codev_app.core.template import LANGUAGES, LocalizedText, Phase, Template
from codev_app.template_library import default_library
from codev_app.ui.screen_fit import fit_in_screen
from codev_app.ui.templates.document import with_text
from codev_app.ui.templates.drafts import Draft, DraftStore
from codev_app.ui.templates.editor import TemplateEditor
from codev_app.ui.templates.editor_edits import NEW_PHASE_SECONDS
from codev_app.ui.templates.library_page import LibraryPage


def template_files(urls: Sequence[QUrl]) -> list[Path]:
    """The local ``.toml`` files among dropped URLs."""
    files = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == ".toml":
                files.append(path)
    return files


class TemplatesWindow(QWidget):
    """The library and the editor, one at a time."""

    library_changed = Signal()

    def __init__(
        self,
        library: TemplateLibrary | None = None,
        *,
        language: str = i18n.SOURCE_LANGUAGE,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("templatesWindow")
        self.setWindowTitle(self.tr("Templates – Codev"))
        self.setAccessibleName(self.tr("Templates"))
        self.setMinimumSize(640, 480)
        fit_in_screen(self, QSize(960, 680))
        self.setAcceptDrops(True)
        self.language = language
        self.library = library if library is not None else default_library()
        self.drafts = drafts if drafts is not None else DraftStore()
        self.page = LibraryPage(self.library, language=language, drafts=self.drafts)
        self.editor: TemplateEditor | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        close = QAction(self.tr("Close"), self)
        close.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)

        self.page.edit_requested.connect(self.edit)
        self.page.new_requested.connect(self.new_template)
        self.page.resume_draft_requested.connect(self.resume_draft)
        self.page.library_changed.connect(self.library_changed)

    # --- pages -------------------------------------------------------------------------------

    def edit(self, template_id: str) -> TemplateEditor | None:
        """Open a user template in the editor, offering back any autosaved changes."""
        if not self._close_editor():
            return None
        editor = self._open_editor(self.library.get(template_id), is_new=False)
        draft = self.drafts.load(template_id)
        if draft is not None and draft.template != editor.template:
            editor.offer_draft(draft)
        return editor

    def new_template(self) -> TemplateEditor | None:
        """Open the editor on a new template with one phase; it is saved when the user saves."""
        if not self._close_editor():
            return None
        language = self.language if self.language in LANGUAGES else LANGUAGES[0]
        name = with_text(LocalizedText(), language, self.tr("New template"))
        phase = Phase(
            id="phase-1",
            name=with_text(LocalizedText(), language, self.tr("New phase")),
            planned_seconds=NEW_PHASE_SECONDS,
        )
        template = Template(id=self.library.unique_id("new-template"), name=name, phases=(phase,))
        editor = self._open_editor(template, is_new=True)
        editor.template_name.setFocus()
        editor.template_name.selectAll()
        return editor

    def resume_draft(self, draft: Draft) -> TemplateEditor | None:
        """Reopen autosaved changes in the editor."""
        if not self._close_editor():
            return None
        template_id = draft.template.id
        if (
            not draft.is_new
            and template_id in self.library
            and not self.library.is_builtin(template_id)
        ):
            editor = self._open_editor(self.library.get(template_id), is_new=False)
        else:
            editor = self._open_editor(draft.template, is_new=True)
        editor.restore_draft(draft)
        return editor

    def _open_editor(self, template: Template, *, is_new: bool) -> TemplateEditor:
        editor = TemplateEditor(
            self.library, template, language=self.language, is_new=is_new, drafts=self.drafts
        )
        editor.close_requested.connect(self.show_library)
        editor.saved.connect(self._on_saved)
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        editor.phase_list.setFocus()
        return editor

    def _close_editor(self) -> bool:
        """Close the editor if the facilitator agrees (changes saved or discarded)."""
        if self.editor is None:
            return True
        if not self.editor.maybe_close():
            return False
        self._drop_editor()
        return True

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.stack.setCurrentWidget(self.page)

    def show_library(self) -> None:
        """Back to the library (the editor has already been closed by its owner's choice)."""
        selected = self.editor.template.id if self.editor is not None else None
        self._drop_editor()
        self.page.refresh(selected)
        self.page.template_list.setFocus()

    def _on_saved(self, template_id: str) -> None:
        self.page.refresh(template_id)
        self.library_changed.emit()

    # --- files -------------------------------------------------------------------------------

    def import_files(self, files: Sequence[Path]) -> bool:
        """Import template files into the library (back from the editor if it may close)."""
        if not files:
            return False
        if self.editor is not None:
            if self.editor.has_unsaved_changes():
                self.editor.status.setText(
                    self.tr("Save or close this template first, then drop the file again.")
                )
                return False
            self.show_library()
        self.page.import_files(files)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if template_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = template_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.import_files(files)
        else:
            event.ignore()

    def has_unsaved_changes(self) -> bool:
        """Whether a template is open with changes not saved."""
        return self.editor is not None and self.editor.has_unsaved_changes()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_editor():
            event.accept()
        else:
            event.ignore()

"""The template library: built-in templates (read-only) and the facilitator's own.

From here a template is duplicated, edited, exported, deleted or imported. Nothing asks in a
dialog that blocks the window: a deletion is confirmed in a bar under the template, a name clash
on import is answered in a bar ("import as a copy" or "replace mine"), and problems — a file that
cannot be read, a file from a newer Codev — are said calmly in the page, with the file and what is
wrong. A file that cannot be read is never half-imported.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.core.errors import TemplateError, TemplateProblem
from codev_app.core.library import (
    ClashAction,
    ReadOnlyTemplate,
    TemplateClash,
    TemplateLibrary,
)
from codev_app.core.template import Template, load_template
from codev_app.core.text import isolate, safe_file_name
from codev_app.ui.fonts import scaled_font
from codev_app.ui.messages import describe_template_problem
from codev_app.ui.templates.drafts import Draft, DraftStore
from codev_app.ui.templates.timeline import clock_text, start_times
from codev_app.ui.templates.widgets import NBSP, InlineBar, mute, plain_labels

_log = logging.getLogger(__name__)

TEMPLATE_FILTER_SUFFIX = "(*.toml)"


class TemplateItemDelegate(QStyledItemDelegate):
    """Three lines per template: the name, then phases and duration, then the description.

    The item's text holds all three lines, so screen readers read everything.
    """

    PADDING = 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = [*text.split("\n"), "", ""][:3]
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        strong = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        title_font = QFont(item.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        small = self._small(item.font)
        area = item.rect.adjusted(2 * self.PADDING, self.PADDING, -2 * self.PADDING, -self.PADDING)
        painter.save()
        top = area.top()
        for text, font, role in zip(
            lines, (title_font, small, small), (strong, quiet, quiet), strict=True
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(item.palette.color(role))
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(area.left(), top + metrics.ascent(), elided)
            top += metrics.height() + 2
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title = QFontMetrics(option.font).height()
        small = QFontMetrics(self._small(option.font)).height()
        return QSize(240, title + 2 * small + 4 + 2 * self.PADDING)

    @staticmethod
    def _small(font: QFont) -> QFont:
        smaller = QFont(font)
        smaller.setPointSizeF(font.pointSizeF() * 0.9)
        return smaller


class LibraryPage(QWidget):
    """Lists the templates and carries out what is asked of them (see the module docstring)."""

    edit_requested = Signal(str)  # id of a user template to open in the editor
    new_requested = Signal()
    resume_draft_requested = Signal(object)  # a Draft to reopen in the editor
    library_changed = Signal()  # templates were added, replaced or deleted

    def __init__(
        self,
        library: TemplateLibrary,
        *,
        language: str = i18n.SOURCE_LANGUAGE,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.library = library
        self.language = language
        self.drafts = drafts if drafts is not None else DraftStore()
        self._pending: list[Path] = []
        self._clash_path: Path | None = None
        self._notices: list[str] = []
        self._build()
        plain_labels(self)
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Session templates"))
        self.heading.setObjectName("libraryHeading")
        self.heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.intro = QLabel(
            self.tr(
                "Built-in templates are read-only: duplicate one to adapt it. To share a template, "
                "export it to a file; to use a colleague’s, import it or drop the file here."
            )
        )
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New template"))
        self.new_button.setObjectName("newTemplate")
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importTemplate")
        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.new_button)
        top_buttons.addWidget(self.import_button)
        top_buttons.addStretch(1)

        self.notice_bar = InlineBar("noticeBar")
        self.clash_bar = InlineBar("clashBar")
        self.drafts_bar = InlineBar("draftsBar")

        self.list_label = QLabel(self.tr("&Templates"))
        self.template_list = QListWidget()
        self.template_list.setObjectName("libraryList")
        self.template_list.setAccessibleName(self.tr("Templates"))
        self.template_list.setItemDelegate(TemplateItemDelegate(self.template_list))
        self.template_list.setUniformItemSizes(True)
        self.list_label.setBuddy(self.template_list)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.template_list, 1)

        # Details of the selected template.
        self.name_label = QLabel()
        self.name_label.setObjectName("detailsName")
        self.name_label.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.name_label.setWordWrap(True)
        self.origin_label = QLabel()
        self.origin_label.setObjectName("detailsOrigin")
        mute(self.origin_label)
        self.description_label = QLabel()
        self.description_label.setObjectName("detailsDescription")
        self.description_label.setWordWrap(True)
        self.phases_label = QLabel()
        self.phases_label.setObjectName("detailsPhases")
        self.phases_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editTemplate")
        self.duplicate_button = QPushButton(self.tr("&Duplicate and edit"))
        self.duplicate_button.setObjectName("duplicateTemplate")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportTemplate")
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_bar = InlineBar("deleteBar")
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        details = QVBoxLayout()
        details.addWidget(self.name_label)
        details.addWidget(self.origin_label)
        details.addWidget(self.description_label)
        details.addSpacing(6)
        details.addWidget(self.phases_label)
        details.addSpacing(6)
        details.addLayout(actions)
        details.addWidget(self.delete_bar)
        details.addStretch(1)
        self.details = QWidget()
        self.details.setObjectName("templateDetails")
        self.details.setLayout(details)

        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addSpacing(16)
        middle.addWidget(self.details, 3)

        # Files that could not be read.
        self.problems_heading = QLabel(self.tr("Files that could not be read"))
        self.problems_heading.setObjectName("problemsHeading")
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        self.problems_heading.setFont(bold)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsList")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Show the folder"))
        self.folder_button.setObjectName("showFolder")
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.problems_label, 1)
        problems_row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problems = QWidget()
        self.problems.setObjectName("problems")
        problems_layout = QVBoxLayout(self.problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_heading)
        problems_layout.addLayout(problems_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top_buttons)
        layout.addWidget(self.drafts_bar)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.clash_bar)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problems)

        for button in (
            self.new_button,
            self.import_button,
            self.edit_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
            self.folder_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.template_list.currentRowChanged.connect(lambda _row: self._show_details())
        self.template_list.itemActivated.connect(lambda _item: self._activate())
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.choose_import_files)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.delete_button.clicked.connect(self.ask_delete_selected)
        self.folder_button.clicked.connect(self.show_folder)

    # --- content -----------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Read the library again and show it, keeping (or moving to) a selected template."""
        current = select_id or self.selected_id()
        self.library.reload()
        self.template_list.blockSignals(True)
        try:
            self.template_list.clear()
            for template in self.library.templates():
                item = QListWidgetItem(self.item_text(template))
                item.setData(Qt.ItemDataRole.UserRole, template.id)
                description = template.description.get(self.language)
                if description:
                    item.setToolTip(description)
                self.template_list.addItem(item)
        finally:
            self.template_list.blockSignals(False)
        ids = [t.id for t in self.library.templates()]
        self.template_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show_details()
        self._show_problems()
        self._show_drafts()

    def item_text(self, template: Template) -> str:
        """Three lines: name; phases, duration and origin; description."""
        phases = self.tr("%n phase(s)", "", len(template.phases))
        duration = i18n.format_duration(template.total_seconds, space=NBSP)
        origin = self.tr("built-in, read-only") if template.read_only else self.tr("yours")
        description = " ".join(template.description.get(self.language).split())
        name = isolate(template.name.get(self.language))
        return f"{name}\n{phases} · {duration} · {origin}\n{description}"

    def selected_id(self) -> str | None:
        """The id of the selected template."""
        item = self.template_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected_template(self) -> Template | None:
        """The selected template."""
        template_id = self.selected_id()
        if template_id is None or template_id not in self.library:
            return None
        return self.library.get(template_id)

    def select(self, template_id: str) -> None:
        """Select a template by id."""
        for row in range(self.template_list.count()):
            item = self.template_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == template_id:
                self.template_list.setCurrentRow(row)
                return

    def _show_details(self) -> None:
        self.delete_bar.clear()
        template = self.selected_template()
        self.details.setEnabled(template is not None)
        if template is None:
            for label in (self.name_label, self.origin_label, self.description_label):
                label.clear()
            self.phases_label.clear()
            return
        built_in = template.read_only
        self.name_label.setText(isolate(template.name.get(self.language)))
        phases = self.tr("%n phase(s)", "", len(template.phases))
        duration = i18n.format_duration(template.total_seconds, space=NBSP)
        origin = (
            self.tr("Built-in template, read-only: duplicate it to adapt it.")
            if built_in
            else self.tr("Your template.")
        )
        self.origin_label.setText(f"{phases} · {duration} · {origin}")
        description = template.description.get(self.language)
        self.description_label.setText(description)
        self.description_label.setVisible(bool(description))
        lines = [
            f"{clock_text(start)}   {isolate(phase.name.get(self.language))} · "
            f"{i18n.format_duration(phase.planned_seconds, space=NBSP)}"
            for phase, start in zip(template.phases, start_times(template.phases), strict=True)
        ]
        self.phases_label.setText("\n".join(lines))
        self.phases_label.setAccessibleDescription("\n".join(lines))
        self.edit_button.setVisible(not built_in)
        self.delete_button.setVisible(not built_in)
        self.duplicate_button.setText(
            self.tr("&Duplicate and edit") if built_in else self.tr("&Duplicate")
        )
        self.duplicate_button.setAccessibleName(self.duplicate_button.text().replace("&", ""))

    def _show_problems(self) -> None:
        problems = [self._short_problem(problem) for problem in self.library.problems]
        self.problems_heading.setText(
            self.tr(
                "%n file(s) in your templates folder could not be read. "
                "They are left as they are; the others work normally.",
                "",
                len(problems),
            )
        )
        text = "\n".join(f"• {problem}" for problem in problems)
        self.problems_label.setText(text)
        self.problems_label.setAccessibleDescription(text)
        self.problems.setVisible(bool(problems))

    def _short_problem(self, problem: str) -> str:
        # Messages start with the file's full path: its name says enough beside "Show the folder".
        folder = str(self.library.user_dir)
        if problem.startswith(folder):
            return problem[len(folder) :].lstrip("/\\")
        return problem

    def _show_drafts(self) -> None:
        drafts = self.drafts.all()
        if not drafts:
            self.drafts_bar.clear()
            return
        draft = drafts[-1]
        name = isolate(draft.template.name.get(self.language)) or self.tr("New template")
        self.drafts_bar.show_message(
            self.tr("Changes to “%1” that were not saved have been kept (%2).")
            .replace("%1", name)
            .replace("%2", draft.saved_at.strftime("%Y-%m-%d %H:%M")),
            [
                (self.tr("Resume editing"), lambda: self.resume_draft_requested.emit(draft)),
                (self.tr("Discard them"), lambda: self._discard_draft(draft)),
            ],
        )

    def _discard_draft(self, draft: Draft) -> None:
        self.drafts.delete(draft.template.id)
        self._show_drafts()

    def notify(self, text: str) -> None:
        """Say something in the notice bar (it stays until closed or replaced)."""
        self.notice_bar.show_message(text, [(self.tr("OK"), lambda: None)])

    # --- commands ----------------------------------------------------------------------------

    def _activate(self) -> None:
        template = self.selected_template()
        if template is None:
            return
        if template.read_only:
            self.notify(
                self.tr(
                    "“%1” is built in and read-only. “Duplicate and edit” makes your own copy."
                ).replace("%1", isolate(template.name.get(self.language)))
            )
        else:
            self.edit_requested.emit(template.id)

    def edit_selected(self) -> None:
        """Open the selected user template in the editor."""
        template = self.selected_template()
        if template is not None and not template.read_only:
            self.edit_requested.emit(template.id)

    def duplicate_selected(self) -> Template | None:
        """Save an editable copy of the selected template and open it in the editor."""
        template = self.selected_template()
        if template is None:
            return None
        try:
            copy = self.library.duplicate(template.id)
        except TemplateError as error:
            self.notify(self.tr("Could not duplicate: %1").replace("%1", str(error)))
            return None
        self.refresh(copy.id)
        self.library_changed.emit()
        self.edit_requested.emit(copy.id)
        return copy

    def ask_delete_selected(self) -> None:
        """Ask, in the page, whether to delete the selected user template."""
        template = self.selected_template()
        if template is None or template.read_only:
            return
        name = isolate(template.name.get(self.language))
        self.delete_bar.show_message(
            self.tr("Delete “%1”? Its file will be removed from your templates.").replace(
                "%1", name
            ),
            [
                (self.tr("Delete"), lambda: self.delete(template.id)),
                (self.tr("Keep it"), self.delete_button.setFocus),
            ],
        )
        self.delete_bar.buttons[-1].setFocus()

    def delete(self, template_id: str) -> None:
        """Delete a user template (and any draft of it)."""
        try:
            name = self.library.get(template_id).name.get(self.language)
            self.library.delete_user_template(template_id)
        except TemplateError as error:
            self.notify(self.tr("Could not delete: %1").replace("%1", str(error)))
            return
        self.drafts.delete(template_id)
        self.refresh()
        self.library_changed.emit()
        self.notify(self.tr("“%1” was deleted.").replace("%1", name))
        self.template_list.setFocus()

    def file_name(self, template: Template) -> str:
        """The name proposed for ``template``'s file: its name, safe on any disk."""
        return safe_file_name(template.name.get(self.language), fallback=template.id)

    def export_selected(self, path: Path | None = None, *, overwrite: bool = False) -> Path | None:
        """Write the selected template to a file (chosen in a file dialog when ``path`` is None)."""
        template = self.selected_template()
        if template is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export a template"),
                # Named as the facilitator knows it, made safe for any disk.
                str(Path.home() / f"{self.file_name(template)}.toml"),
                f"{self.tr('Codev templates')} {TEMPLATE_FILTER_SUFFIX}",
            )
            if not chosen:
                return None
            path = Path(chosen) if chosen.endswith(".toml") else Path(f"{chosen}.toml")
            overwrite = True  # the file dialog has already asked
        try:
            written = self.library.export(template.id, path, overwrite=overwrite)
        except TemplateError as error:
            self.notify(self.tr("Not exported: %1").replace("%1", str(error)))
            return None
        self.notify(
            self.tr("“%1” was exported to %2.")
            .replace("%1", isolate(template.name.get(self.language)))
            .replace("%2", str(written))
        )
        return written

    def choose_import_files(self) -> None:
        """Ask for template files and import them."""
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import templates"),
            str(Path.home()),
            f"{self.tr('Codev templates')} {TEMPLATE_FILTER_SUFFIX}",
        )
        if chosen:
            self.import_files([Path(name) for name in chosen])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import files one by one; a name clash stops and asks, then the rest follow."""
        self.clash_bar.clear()
        self._notices = []
        self._pending = list(paths)
        self._import_next()

    def _import_next(self) -> None:
        while self._pending:
            path = self._pending.pop(0)
            if not self._import_one(path, "ask"):
                return  # waiting for the answer about a clash
        if self._notices:
            self.notify("\n".join(self._notices))

    def _import_one(self, path: Path, on_clash: ClashAction) -> bool:
        """Import one file; False when a clash needs an answer first."""
        try:
            result = self.library.import_file(path, on_clash=on_clash)
        except TemplateClash as clash:
            self._ask_about_clash(path, clash)
            return False
        except ReadOnlyTemplate:
            self._notices.append(
                self.tr("“%1” was not imported: built-in templates cannot be replaced.").replace(
                    "%1", path.name
                )
            )
            return True
        except TemplateError as error:
            self._notices.append(self._refusal(path, error))
            return True
        name = isolate(result.template.name.get(self.language))
        if result.renamed:
            text = self.tr("“%1” was imported as a copy, named “%2”.")
        elif result.replaced:
            text = self.tr("“%2” was imported from “%1” and replaces yours.")
        else:
            text = self.tr("“%2” was imported from “%1”.")
        self._notices.append(text.replace("%1", path.name).replace("%2", name))
        self.refresh(result.template.id)
        self.library_changed.emit()
        return True

    def _refusal(self, path: Path, error: TemplateError) -> str:
        where = f"{error.field}: " if error.field else ""
        if error.problem is TemplateProblem.NEWER:
            lead = self.tr("“%1” was made by a newer version of Codev and was not imported.")
        else:
            lead = self.tr("Nothing was imported from “%1”; the file is left as it is.")
        return lead.replace("%1", path.name) + "\n" + where + describe_template_problem(error)

    def _ask_about_clash(self, path: Path, clash: TemplateClash) -> None:
        self._clash_path = path
        try:
            name = isolate(load_template(path).template.name.get(self.language))
        except TemplateError:
            name = path.name
        if clash.can_replace:
            text = self.tr(
                "You already have a template called “%1” (or with the same id). "
                "Import the file as a copy, or replace yours?"
            )
            choices = [
                (self.tr("Import as a copy"), lambda: self.resolve_clash("rename")),
                (self.tr("Replace mine"), lambda: self.resolve_clash("replace")),
                (self.tr("Cancel"), lambda: self.resolve_clash("cancel")),
            ]
        else:
            text = self.tr(
                "A built-in template is already called “%1” (or has the same id). Built-in "
                "templates cannot be replaced: import the file as a copy?"
            )
            choices = [
                (self.tr("Import as a copy"), lambda: self.resolve_clash("rename")),
                (self.tr("Cancel"), lambda: self.resolve_clash("cancel")),
            ]
        self.clash_bar.show_message(text.replace("%1", name), choices)
        self.clash_bar.buttons[0].setFocus()

    def resolve_clash(self, answer: str) -> None:
        """Answer the clash question: ``rename``, ``replace`` or ``cancel``; then go on."""
        path, self._clash_path = self._clash_path, None
        self.clash_bar.clear()
        if path is None:
            return
        if answer in ("rename", "replace"):
            self._import_one(path, "rename" if answer == "rename" else "replace")
        else:
            self._notices.append(self.tr("“%1” was not imported.").replace("%1", path.name))
        self._import_next()

    def show_folder(self) -> None:
        """Open the folder of the user's templates in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library.user_dir)))

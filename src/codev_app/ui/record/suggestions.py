"""The consultation's suggestions: type a line, press Enter, it is noted for the current speaker.

Each suggestion shows its text (editable in place; Enter goes back to the new-suggestion line),
its author (a list of the participants: the current speaker is proposed, any can be chosen) and
the client's "kept" mark. Alt+Up / Alt+Down move a suggestion, Alt+Delete removes it (with an
inline undo, the session's own undo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from codev_app.core.commands import (
    AddSuggestion,
    Command,
    EditSuggestion,
    MoveSuggestion,
    RemoveSuggestion,
    new_item_id,
)
from codev_app.core.participants import Roster
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.fields import (
    BoundText,
    GrowingTextEdit,
    RecordEditor,
    mute,
    plain_label,
    set_read_only,
    text_field,
)
from codev_app.ui.record.items import ItemList, ItemRow
from codev_app.ui.record.people import client_first, person_name

#: The author combo's data for "nobody in particular".
NOBODY = ""


class SuggestionRow(ItemRow):
    """One suggestion: kept mark, text, author, remove."""

    def __init__(self, item_id: str, editor: RecordEditor, on_enter: Callable[[], None]) -> None:
        super().__init__(item_id)
        self.setObjectName("suggestionRow")
        self.kept = QCheckBox(QCoreApplication.translate("SuggestionList", "Kept"))
        self.kept.setObjectName("keptBox")
        self.kept.setAccessibleName(
            QCoreApplication.translate("SuggestionList", "Kept by the client")
        )
        self.kept.setToolTip(QCoreApplication.translate("SuggestionList", "Kept by the client"))
        let_space_press(self.kept)
        self.kept.toggled.connect(lambda kept: editor.send(EditSuggestion(item_id, kept=kept)))
        self.text = text_field(
            QCoreApplication.translate("SuggestionList", "The suggestion"),
            name="suggestionText",
            accessible=QCoreApplication.translate("SuggestionList", "Suggestion"),
            lines=1,
            enter_finishes=True,
        )
        self.text.finished.connect(on_enter)
        self.bound = BoundText(
            self.text,
            editor,
            lambda: editor.record.suggestion(item_id).text,
            lambda value: EditSuggestion(item_id, text=value),
        )
        self.author = QComboBox()
        self.author.setObjectName("authorCombo")
        self.author.setAccessibleName(QCoreApplication.translate("SuggestionList", "Suggested by"))
        self.author.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.author.activated.connect(
            lambda _index: editor.send(
                EditSuggestion(
                    item_id,
                    author=self.author.currentData() or None,
                    clear_author=not self.author.currentData(),
                )
            )
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("SuggestionList", "Remove this suggestion")
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate("SuggestionList", "Remove this suggestion (Alt+Delete)")
        )
        by = plain_label(QCoreApplication.translate("SuggestionList", "by"))
        mute(by)

        # The text on its own line, whatever its length; its author and "kept" under it, so a
        # long suggestion never runs into them.
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.text, 1)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(by)
        bottom.addWidget(self.author)
        bottom.addSpacing(8)
        bottom.addWidget(self.kept)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def first_field(self) -> QWidget:
        return self.text

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        set_read_only(self.text, read_only)
        self.kept.setEnabled(not read_only)
        self.author.setEnabled(not read_only)


def fill_people(combo: QComboBox, roster: Roster, chosen: str | None) -> None:
    """Unknown, then every participant (client first); ``chosen`` selected, added if gone."""
    wanted: list[tuple[str, str]] = [(person_name(roster, None), NOBODY)]
    wanted.extend((person.name, person.id) for person in client_first(roster))
    if chosen is not None and chosen not in roster:
        wanted.append((person_name(roster, chosen), chosen))
    current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    blocked = combo.blockSignals(True)
    try:
        if current != wanted:
            combo.clear()
            for name, data in wanted:
                combo.addItem(name, data)
        index = combo.findData(chosen or NOBODY)
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(blocked)


class SuggestionList(ItemList[SuggestionRow]):
    """Every suggestion, then the line where the next one is typed."""

    def __init__(
        self,
        editor: RecordEditor,
        current_speaker: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, parent)
        self.setObjectName("suggestionList")
        self._current_speaker = current_speaker

        self.empty_note = plain_label(
            QCoreApplication.translate("SuggestionList", "No suggestion yet."), name="noSuggestion"
        )
        mute(self.empty_note)
        self.input = QLineEdit()
        self.input.setObjectName("newSuggestion")
        self.input.setPlaceholderText(
            QCoreApplication.translate("SuggestionList", "Type a suggestion, then Enter")
        )
        self.input.setAccessibleName(QCoreApplication.translate("SuggestionList", "New suggestion"))
        self.input.returnPressed.connect(self.add_typed)
        self.speaker_note = plain_label(name="suggestionAuthorNote")
        mute(self.speaker_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.empty_note)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.undo_row)
        layout.addWidget(self.input)
        layout.addWidget(self.speaker_note)
        self.refresh()

    # --- ItemList ---

    def item_ids(self) -> Sequence[str]:
        case = self.editor.case
        return [item.id for item in self.record.suggestions if item.case == case]

    def record_ids(self) -> Sequence[str]:
        return [item.id for item in self.record.suggestions]

    def make_row(self, item_id: str) -> SuggestionRow:
        return SuggestionRow(item_id, self.editor, self.input.setFocus)

    def show_row(self, row: SuggestionRow) -> None:
        item = self.record.suggestion(row.item_id)
        row.bound.show()
        if row.kept.isChecked() != item.kept:
            blocked = row.kept.blockSignals(True)
            row.kept.setChecked(item.kept)
            row.kept.blockSignals(blocked)
        fill_people(row.author, self.roster, item.author)

    def move_item(self, item_id: str, to_index: int) -> None:
        self.editor.send(MoveSuggestion(item_id, to_index))

    def remove_item(self, item_id: str) -> tuple[str, Command] | None:
        command = RemoveSuggestion(item_id)
        if not self.editor.send(command):
            return None
        return QCoreApplication.translate("SuggestionList", "Suggestion removed."), command

    # --- the list ---

    def refresh(self) -> None:
        super().refresh()
        self.empty_note.setVisible(not self.rows)
        self.show_speaker()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.input.setVisible(not read_only)
        self.speaker_note.setVisible(not read_only)

    def show_speaker(self) -> None:
        """Say who the next suggestion will be noted for."""
        speaker = self._current_speaker()
        if speaker is None:
            text = QCoreApplication.translate(
                "SuggestionList",
                "Nobody has the floor: new suggestions are noted without an author.",
            )
        else:
            text = QCoreApplication.translate(
                "SuggestionList", "Noted for %1, who has the floor."
            ).replace("%1", person_name(self.roster, speaker))
        if self.speaker_note.text() != text:
            self.speaker_note.setText(text)

    def add_typed(self) -> str | None:
        """Note the typed line as a suggestion of the current speaker; returns its id."""
        text = self.input.text().strip()
        if not text or self.read_only:
            return None
        new_id = new_item_id()
        if self.editor.send(AddSuggestion(new_id, text, self._speaker(), case=self.editor.case)):
            self.input.clear()
            return new_id
        return None

    def _speaker(self) -> str | None:
        speaker = self._current_speaker()
        return speaker if speaker is not None and speaker in self.roster else None

    def focus_row(self, index: int) -> GrowingTextEdit:
        """Put the keyboard in the text of the suggestion at ``index``."""
        row = self.rows[self.item_ids()[index]]
        row.text.setFocus()
        return row.text

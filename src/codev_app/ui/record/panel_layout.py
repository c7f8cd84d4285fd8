"""The notes panel's widgets and how they are laid out (its behaviour is in NotesPanel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.commands import SetText
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.ui.record.action_plan import ActionPlanEditor
from codev_app.ui.record.fields import (
    BoundText,
    RecordEditor,
    line_field,
    mute,
    plain_label,
    set_read_only,
    text_field,
)
from codev_app.ui.record.learnings import LearningsEditor
from codev_app.ui.record.panel_groups import GROUP_ORDER, SINGLE_LINE, TEXT_GROUPS, group_texts
from codev_app.ui.record.panel_parts import FieldGroup, HelpKindChips, PrivateNotes
from codev_app.ui.record.suggestions import SuggestionList


class NotesLayout(QWidget):
    """The notes panel's widgets, built and laid out; :class:`NotesPanel` gives them life.

    The texts keep the NotesPanel translation context.
    """

    # Set by NotesPanel before building.
    live: LiveSession
    editor: RecordEditor
    record: SessionRecord
    follow: bool
    read_only: bool

    def _build(self) -> None:
        # Each group's widgets are built when the group is first shown or used (see FieldGroup):
        # most of a session's phases are ahead of it, and the history shows only what was noted.
        self.bound: dict[str, BoundText] = {}
        self._chips: HelpKindChips | None = None
        self._suggestions: SuggestionList | None = None
        self._action_plan: ActionPlanEditor | None = None
        self._learnings: LearningsEditor | None = None
        texts = group_texts()
        translate = QCoreApplication.translate
        titles = {key: info.title for key, info in texts.items()} | {
            "help_kinds": translate("NotesPanel", "Help wanted"),
            "suggestions": translate("NotesPanel", "Suggestions"),
            "action_plan": translate("NotesPanel", "Action plan"),
            "learnings": translate("NotesPanel", "Learnings"),
        }
        self.groups: dict[str, FieldGroup] = {
            key: FieldGroup(key, titles[key], self._make_body) for key in GROUP_ORDER
        }
        self.previous_plan = plain_label(name="previousPlan")
        mute(self.previous_plan)
        self.previous_plan.hide()

        self.selector = QComboBox()
        self.selector.setObjectName("phaseSelector")
        self.selector.setAccessibleName(
            QCoreApplication.translate("NotesPanel", "Show the notes of")
        )
        selector_label = plain_label(
            QCoreApplication.translate("NotesPanel", "Notes of"), wrap=False
        )
        selector_label.setBuddy(self.selector)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(selector_label)
        top.addWidget(self.selector, 1)

        self.hint = plain_label(name="notesHint")
        mute(self.hint)
        self.hint.hide()
        self.nothing = plain_label(
            QCoreApplication.translate("NotesPanel", "Nothing was noted."), name="nothingNoted"
        )
        mute(self.nothing)
        self.nothing.hide()

        fields = QWidget()
        fields.setObjectName("notesFields")
        column = QVBoxLayout(fields)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(14)
        column.addWidget(self.hint)
        column.addWidget(self.nothing)
        for key in GROUP_ORDER:
            column.addWidget(self.groups[key])
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("notesScroll")
        self.scroll_area.setWidget(fields)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.private = PrivateNotes(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.private)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(6, 6, 6, 6)
        notes_layout.setSpacing(4)
        notes_layout.addLayout(top)
        notes_layout.addWidget(self.splitter, 1)

        self.timers_only_note = QLabel()
        self.timers_only_note.setObjectName("timersOnlyNote")
        self.timers_only_note.setTextFormat(Qt.TextFormat.PlainText)
        self.timers_only_note.setWordWrap(True)
        self.timers_only_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timers_only_note.setText(
            QCoreApplication.translate("NotesPanel", "Only timings are kept for this session.")
            + "\n\n"
            + QCoreApplication.translate(
                "NotesPanel",
                "The group chose to keep no notes: phase and speaking times are still measured.",
            )
        )
        self.timers_only_note.setAccessibleDescription(self.timers_only_note.text())
        timers_page = QWidget()
        timers_layout = QVBoxLayout(timers_page)
        timers_layout.setContentsMargins(24, 24, 24, 24)
        timers_layout.addStretch(1)
        timers_layout.addWidget(self.timers_only_note)
        timers_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(notes_page)
        self.pages.addWidget(timers_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _make_body(self, key: str) -> QWidget:
        """The widgets of one group, as the record holds it now (called once, by FieldGroup)."""
        body: QWidget
        if key in TEXT_GROUPS:
            info = group_texts()[key]
            if key in SINGLE_LINE:
                field: QLineEdit | QPlainTextEdit = line_field(
                    info.placeholder, name=f"field_{key}", accessible=info.title
                )
            else:
                field = text_field(
                    info.placeholder, name=f"field_{key}", accessible=info.title, lines=info.lines
                )
            self.bound[key] = self._bind(field, TEXT_GROUPS[key])
            set_read_only(field, self.read_only)
            if key != "follow_up":
                return field
            # The previous client's plan sits under the follow-up's title, above its field.
            body = QWidget()
            column = QVBoxLayout(body)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            column.addWidget(self.previous_plan)
            column.addWidget(field)
            return body
        if key == "help_kinds":
            body = self._chips = HelpKindChips(self.editor)
            self._chips.set_read_only(self.read_only)
        elif key == "suggestions":
            body = self._suggestions = SuggestionList(self.editor, self._current_speaker)
            self._suggestions.set_read_only(self.read_only)
            self._suggestions.show_speaker()
        elif key == "action_plan":
            body = self._action_plan = ActionPlanEditor(self.editor)
            self._action_plan.set_read_only(self.read_only)
        else:
            body = self._learnings = LearningsEditor(self.editor)
            self._learnings.set_read_only(self.read_only)
        return body

    @property
    def chips(self) -> HelpKindChips:
        """The help-kind chips (built now if they were not)."""
        self.groups["help_kinds"].build()
        assert self._chips is not None
        return self._chips

    @property
    def suggestions(self) -> SuggestionList:
        """The suggestions (built now if they were not)."""
        self.groups["suggestions"].build()
        assert self._suggestions is not None
        return self._suggestions

    @property
    def action_plan(self) -> ActionPlanEditor:
        """The action plan (built now if it was not)."""
        self.groups["action_plan"].build()
        assert self._action_plan is not None
        return self._action_plan

    @property
    def learnings(self) -> LearningsEditor:
        """The learnings (built now if they were not)."""
        self.groups["learnings"].build()
        assert self._learnings is not None
        return self._learnings

    def _bind(self, field: QLineEdit | QPlainTextEdit, which: RecordText) -> BoundText:
        record, editor = self.record, self.editor
        # A case's text is the shown case's own (case 2's question in case 2's phases).
        return BoundText(
            field,
            editor,
            lambda: record.text(which, editor.case),
            lambda value: SetText(which, value, editor.case),
        )

    def _current_speaker(self) -> str | None:
        """Who a suggestion noted now is from: the speaker, while following a running session."""
        if not self.follow or self.live.state is EngineState.FINISHED:
            return None
        return self.live.turns.current_speaker

"""The "Notes" panel: the record of the session, the current phase's fields first.

The panel follows the session: when a phase starts, it shows the fields that phase fills
(``Phase.fills`` in the template), and the selector at the top reaches every other phase's fields,
or all of them at once. Nothing must be typed to move on; every field is optional.

The facilitator's private notes stay at the bottom whatever the phase, visibly marked as never
leaving for participants. A timers-only session shows a calm sentence instead of fields (the
record refuses notes then). The same panel, read-only, shows a past session in the history.

The panel keeps no notes itself: each field writes to the record as it is typed and refreshes
from ``record.changes`` (without moving the cursor being typed with).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.commands import SetHelpKind, SetText
from codev_app.core.engine import EngineState
from codev_app.core.history import Change, Part
from codev_app.core.record import ActionItem, HelpKind, RecordMode, RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import RecordField
from codev_app.core.text import isolate
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.action_plan import ActionPlanEditor
from codev_app.ui.record.fields import (
    BoundText,
    FlowLayout,
    LockIcon,
    RecordEditor,
    field_label,
    line_field,
    mute,
    plain_label,
    set_read_only,
    text_field,
)
from codev_app.ui.record.learnings import LearningsEditor
from codev_app.ui.record.suggestions import SuggestionList

if TYPE_CHECKING:
    from codev_app.ui.console.console import ConsoleWidget

#: The selector's entry that shows every field.
ALL = "\0all"

# What each field of a template's ``fills`` shows here, in the panel's order. Attendance is the
# speaker panel's.
GROUPS_BY_FILL: dict[RecordField, tuple[str, ...]] = {
    RecordField.CHECK_IN: ("check_in",),
    RecordField.FOLLOW_UP: ("follow_up",),
    RecordField.CASE_TITLE: ("case_title",),
    RecordField.HEADLINE: ("headline",),
    RecordField.QUESTION: ("question",),
    RecordField.KEY_FACTS: ("key_facts",),
    RecordField.CONTRACT: ("request", "help_notes"),
    RecordField.HELP_KINDS: ("help_kinds", "help_notes"),
    RecordField.SUGGESTIONS: ("suggestions",),
    RecordField.ACTION_PLAN: ("action_plan",),
    RecordField.LEARNINGS: ("learnings",),
    RecordField.ATTENDANCE: (),
}
GROUP_ORDER = (
    "check_in",
    "follow_up",
    "case_title",
    "headline",
    "question",
    "key_facts",
    "request",
    "help_kinds",
    "help_notes",
    "suggestions",
    "action_plan",
    "learnings",
)
# Groups that are one free text of the record.
TEXT_GROUPS: dict[str, RecordText] = {
    "check_in": RecordText.CHECK_IN,
    "follow_up": RecordText.FOLLOW_UP,
    "case_title": RecordText.CASE_TITLE,
    "headline": RecordText.HEADLINE,
    "question": RecordText.QUESTION,
    "key_facts": RecordText.KEY_FACTS,
    "request": RecordText.REQUEST,
    "help_notes": RecordText.HELP_NOTES,
}
SINGLE_LINE = frozenset({"case_title", "headline"})


def groups_for(fills: Iterable[RecordField]) -> list[str]:
    """The panel's groups for a phase's ``fills``, in the panel's order."""
    wanted = {group for fill in fills for group in GROUPS_BY_FILL.get(fill, ())}
    return [group for group in GROUP_ORDER if group in wanted]


@dataclass(frozen=True)
class _Texts:
    title: str
    placeholder: str
    lines: int = 3


def group_texts() -> dict[str, _Texts]:
    """Title and placeholder of each text group, translated."""
    return {
        "check_in": _Texts(
            QCoreApplication.translate("NotesPanel", "Check-in"),
            QCoreApplication.translate("NotesPanel", "How is everyone arriving today?"),
            3,
        ),
        "follow_up": _Texts(
            QCoreApplication.translate("NotesPanel", "Follow-up of the previous action plan"),
            QCoreApplication.translate(
                "NotesPanel", "What did the previous client try, and what came of it?"
            ),
            3,
        ),
        "case_title": _Texts(
            QCoreApplication.translate("NotesPanel", "Case title"),
            QCoreApplication.translate("NotesPanel", "A few words to find the case again"),
        ),
        "headline": _Texts(
            QCoreApplication.translate("NotesPanel", "Headline"),
            QCoreApplication.translate("NotesPanel", "The case in one line"),
        ),
        "question": _Texts(
            QCoreApplication.translate("NotesPanel", "The client’s question"),
            QCoreApplication.translate(
                "NotesPanel", "The question the client brings, in their words"
            ),
            2,
        ),
        "key_facts": _Texts(
            QCoreApplication.translate("NotesPanel", "Key facts"),
            QCoreApplication.translate("NotesPanel", "What the clarification brought to light"),
            4,
        ),
        "request": _Texts(
            QCoreApplication.translate("NotesPanel", "The precise request"),
            QCoreApplication.translate("NotesPanel", "What the client asks of the group, now"),
            2,
        ),
        "help_notes": _Texts(
            QCoreApplication.translate("NotesPanel", "Notes on the contract"),
            QCoreApplication.translate("NotesPanel", "Anything else agreed for the consultation"),
            2,
        ),
    }


def help_kind_names() -> dict[HelpKind, str]:
    """The help-kind chips' texts."""
    return {
        HelpKind.IDEAS: QCoreApplication.translate("NotesPanel", "Ideas"),
        HelpKind.EXPERIENCES: QCoreApplication.translate("NotesPanel", "Experiences"),
        HelpKind.RESOURCES: QCoreApplication.translate("NotesPanel", "Resources"),
        HelpKind.FEEDBACK: QCoreApplication.translate("NotesPanel", "Feedback"),
        HelpKind.HYPOTHESES: QCoreApplication.translate("NotesPanel", "Hypotheses"),
    }


class HelpKindChips(QWidget):
    """One toggle per kind of help the client may ask for."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpKinds")
        self.record = editor.record
        self.chips: dict[HelpKind, QPushButton] = {}
        flow = FlowLayout(self)
        for kind, name in help_kind_names().items():
            chip = QPushButton(name)
            chip.setObjectName(f"chip_{kind.value}")
            chip.setCheckable(True)
            chip.setAccessibleName(
                QCoreApplication.translate("NotesPanel", "Help wanted: %1").replace("%1", name)
            )
            let_space_press(chip)
            chip.toggled.connect(
                lambda wanted, chosen=kind: editor.send(SetHelpKind(chosen, wanted))
            )
            chip.toggled.connect(lambda wanted, shown=chip, text=name: self._mark(shown, text))
            flow.add(chip)
            self.chips[kind] = chip
        self.refresh()

    @staticmethod
    def _mark(chip: QPushButton, name: str) -> None:
        # A chosen chip says so in words too, not only in shades of grey.
        chip.setText(f"✓ {name}" if chip.isChecked() else name)

    def refresh(self) -> None:
        """Chips as the record says."""
        for kind, chip in self.chips.items():
            wanted = kind in self.record.help_kinds
            if chip.isChecked() != wanted:
                blocked = chip.blockSignals(True)
                chip.setChecked(wanted)
                chip.blockSignals(blocked)
                self._mark(chip, help_kind_names()[kind])

    def set_read_only(self, read_only: bool) -> None:
        """Chips that cannot be toggled (the chosen ones stay visibly chosen)."""
        for chip in self.chips.values():
            chip.setEnabled(not read_only)


class FieldGroup(QWidget):
    """A titled part of the record (a text, the chips, the suggestions…)."""

    def __init__(self, key: str, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"group_{key}")
        self.title = field_label(title, name="groupTitle")
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(body)


class PrivateNotes(QFrame):
    """The facilitator's own notes: always at hand, never given to participants."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privateNotes")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.marker = plain_label(
            QCoreApplication.translate("NotesPanel", "Private — never exported for participants"),
            name="privateMark",
        )
        self.marker.setWordWrap(True)
        title = field_label(QCoreApplication.translate("NotesPanel", "My private notes"))
        self.field = text_field(
            QCoreApplication.translate("NotesPanel", "Only you see these notes."),
            name="privateField",
            accessible=QCoreApplication.translate(
                "NotesPanel", "My private notes (never exported for participants)"
            ),
            lines=3,
        )
        self.field.setAccessibleDescription(self.marker.text())
        self.bound = BoundText(
            self.field,
            editor,
            lambda: editor.record.text(RecordText.PRIVATE_NOTES),
            lambda value: SetText(RecordText.PRIVATE_NOTES, value),
        )
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(LockIcon(16), 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.marker)
        layout.addWidget(self.field)
        mute(self.marker)


class _FocusWatch(QObject):
    """Calls back when the keyboard leaves a field the panel kept visible for it."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self, self._callback)
        return False


class NotesPanel(QWidget):
    """The record of ``live``; see the module docstring.

    ``follow`` makes the panel follow the session's phase and note suggestions for the current
    speaker (the console); without it, the panel starts on every field (the history).
    """

    def __init__(
        self,
        live: LiveSession,
        *,
        language: str = "en",
        read_only: bool = False,
        follow: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName(QCoreApplication.translate("NotesPanel", "Notes"))
        self.live = live
        self.editor = RecordEditor(live)
        self.record = live.record
        self.roster = live.roster
        self.language = language
        self.follow = follow
        self.read_only = read_only
        self._kept_for_focus: str | None = None
        self._shown_phase: str | None = None

        self._build()
        self.set_read_only(read_only)
        self._fill_selector()
        self.choose(self._phase_to_follow() if follow else ALL)
        self._show_mode()

        unsubscribe = [live.changed.subscribe(self._on_session_change)]

        def stop(_object: object = None) -> None:
            for function in unsubscribe:
                function()

        self.destroyed.connect(stop)
        self.stop_listening = stop

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        texts = group_texts()
        self.bound: dict[str, BoundText] = {}
        self.groups: dict[str, FieldGroup] = {}
        for key in GROUP_ORDER:
            if key in TEXT_GROUPS:
                which = TEXT_GROUPS[key]
                info = texts[key]
                if key in SINGLE_LINE:
                    field: QLineEdit | QPlainTextEdit = line_field(
                        info.placeholder, name=f"field_{key}", accessible=info.title
                    )
                else:
                    field = text_field(
                        info.placeholder,
                        name=f"field_{key}",
                        accessible=info.title,
                        lines=info.lines,
                    )
                self.bound[key] = self._bind(field, which)
                self.groups[key] = FieldGroup(key, info.title, field)
        self.chips = HelpKindChips(self.editor)
        self.groups["help_kinds"] = FieldGroup(
            "help_kinds", QCoreApplication.translate("NotesPanel", "Help wanted"), self.chips
        )
        self.suggestions = SuggestionList(self.editor, self._current_speaker)
        self.groups["suggestions"] = FieldGroup(
            "suggestions", QCoreApplication.translate("NotesPanel", "Suggestions"), self.suggestions
        )
        self.action_plan = ActionPlanEditor(self.editor)
        self.groups["action_plan"] = FieldGroup(
            "action_plan", QCoreApplication.translate("NotesPanel", "Action plan"), self.action_plan
        )
        self.previous_plan = plain_label(name="previousPlan")
        mute(self.previous_plan)
        self.previous_plan.hide()
        follow_up = self.groups["follow_up"].layout()
        if isinstance(follow_up, QVBoxLayout):
            follow_up.insertWidget(1, self.previous_plan)
        self.learnings = LearningsEditor(self.editor)
        self.groups["learnings"] = FieldGroup(
            "learnings", QCoreApplication.translate("NotesPanel", "Learnings"), self.learnings
        )
        self._focus_watch = _FocusWatch(self._focus_left, self)

        self.selector = QComboBox()
        self.selector.setObjectName("phaseSelector")
        self.selector.setAccessibleName(
            QCoreApplication.translate("NotesPanel", "Show the notes of")
        )
        self.selector.activated.connect(lambda _index: self.choose(self.selector.currentData()))
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

    def _bind(self, field: QLineEdit | QPlainTextEdit, which: RecordText) -> BoundText:
        record = self.record
        return BoundText(
            field, self.editor, lambda: record.text(which), lambda value: SetText(which, value)
        )

    # --- what is shown -------------------------------------------------------------------------

    @property
    def timers_only(self) -> bool:
        """Whether the session keeps only timings (no fields are shown)."""
        return self.record.mode is RecordMode.TIMERS_ONLY

    def phase_entries(self) -> list[tuple[str, str]]:
        """(id, name) of each phase the selector offers (breaks left out), then "All notes"."""
        entries = [
            (item.id, isolate(item.phase.name.get(self.language)))
            for item in self.live.engine.plan
            if not item.phase.is_break
        ]
        entries.append((ALL, QCoreApplication.translate("NotesPanel", "All notes")))
        return entries

    def _fill_selector(self) -> None:
        entries = self.phase_entries()
        current = [
            (self.selector.itemData(i), self.selector.itemText(i))
            for i in range(self.selector.count())
        ]
        if current == entries:
            return
        chosen = self.selector.currentData()
        blocked = self.selector.blockSignals(True)
        self.selector.clear()
        for phase_id, name in entries:
            self.selector.addItem(name, phase_id)
        index = self.selector.findData(chosen)
        self.selector.setCurrentIndex(index if index >= 0 else self.selector.count() - 1)
        self.selector.blockSignals(blocked)

    def _phase_to_follow(self) -> str:
        engine = self.live.engine
        if self.live.state is EngineState.FINISHED:
            return ALL
        phase = engine.current_phase
        if phase.is_break:  # nothing to note in a break: stay where the facilitator was
            return self.selector.currentData() or ALL
        return engine.plan[engine.current_index].id

    def fills_of(self, phase_id: str) -> list[str]:
        """The groups shown for a selector entry."""
        if phase_id == ALL:
            return list(GROUP_ORDER)
        for item in self.live.engine.plan:
            if item.id == phase_id:
                return groups_for(item.phase.fills)
        return list(GROUP_ORDER)

    def choose(self, phase_id: str) -> None:
        """Show the fields of a phase (or :data:`ALL`)."""
        index = self.selector.findData(phase_id)
        if index < 0:
            phase_id, index = ALL, self.selector.findData(ALL)
        if self.selector.currentIndex() != index:
            self.selector.setCurrentIndex(index)
        self._shown_phase = phase_id
        self._apply()

    def shown_groups(self) -> list[str]:
        """The groups visible now, in order."""
        return [key for key in GROUP_ORDER if not self.groups[key].isHidden()]

    def _apply(self) -> None:
        phase_id = self._shown_phase or ALL
        wanted = self.fills_of(phase_id)
        hint = ""
        if not wanted:
            wanted = list(GROUP_ORDER)
            hint = QCoreApplication.translate(
                "NotesPanel", "This phase has no notes of its own: here is the whole record."
            )
        if self.read_only:
            wanted = [key for key in wanted if self._has_content(key)]
        focused = self._group_with_focus()
        self._kept_for_focus = None
        if focused is not None and focused not in wanted:
            # The facilitator is typing there: the field stays until the keyboard leaves it.
            wanted.append(focused)
            self._kept_for_focus = focused
        for key, group in self.groups.items():
            group.setHidden(key not in wanted)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.nothing.setVisible(self.read_only and not wanted)
        self.private.setVisible(
            not self.read_only or bool(self.record.text(RecordText.PRIVATE_NOTES))
        )

    def _has_content(self, key: str) -> bool:
        record = self.record
        if key in TEXT_GROUPS:
            return bool(record.text(TEXT_GROUPS[key]))
        return bool(
            {
                "help_kinds": record.help_kinds,
                "suggestions": record.suggestions,
                "action_plan": record.action_items,
                "learnings": record.learnings,
            }[key]
        )

    def _group_with_focus(self) -> str | None:
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return None
        for key, group in self.groups.items():
            if group.isAncestorOf(focus) and not group.isHidden():
                focus.removeEventFilter(self._focus_watch)
                focus.installEventFilter(self._focus_watch)
                return key
        return None

    def _focus_left(self) -> None:
        if not shiboken6.isValid(self):
            return
        if self._kept_for_focus is not None and self._group_with_focus() != self._kept_for_focus:
            self._apply()

    def _show_mode(self) -> None:
        self.pages.setCurrentIndex(1 if self.timers_only else 0)

    def set_read_only(self, read_only: bool) -> None:
        """Show the record without letting it change (the history), or let it be edited."""
        self.read_only = read_only
        for bound in (*self.bound.values(), self.private.bound):
            set_read_only(bound.widget, read_only)
        self.chips.set_read_only(read_only)
        self.suggestions.set_read_only(read_only)
        self.action_plan.set_read_only(read_only)
        self.learnings.set_read_only(read_only)
        self._apply()

    # --- listening -----------------------------------------------------------------------------

    def _current_speaker(self) -> str | None:
        if not self.follow or self.live.state is EngineState.FINISHED:
            return None
        return self.live.turns.current_speaker

    def _on_record_change(self, items: frozenset[tuple[str, str]]) -> None:
        parts = {part for part, _key in items}
        if "mode" in parts:
            self.refresh()
            return
        for part, key in items:
            if part != "text":
                continue
            if key == RecordText.PRIVATE_NOTES.value:
                self.private.bound.show()
            for group, which in TEXT_GROUPS.items():
                if which.value == key:
                    self.bound[group].show()
        if "help_kinds" in parts:
            self.chips.refresh()
        if "suggestions" in parts:
            self.suggestions.refresh()
        if "action_items" in parts:
            self.action_plan.refresh()
        if "learnings" in parts:
            self.learnings.refresh()
        if self.read_only or parts & {"suggestions", "action_items", "learnings"}:
            self._apply()

    def _on_session_change(self, change: Change) -> None:
        parts = change.parts
        if change.record_items:
            self._on_record_change(change.record_items)
        if Part.PLAN in parts:
            self._fill_selector()
        if parts & {Part.PHASE, Part.TIMER, Part.PLAN}:
            phase = self._phase_to_follow() if self.follow else self._shown_phase or ALL
            if self.follow and phase != self._shown_phase:
                self.choose(phase)
        if parts & {Part.TURNS, Part.PHASE, Part.ROSTER}:
            self.suggestions.show_speaker()
        if Part.ROSTER in parts:
            self._on_people()

    def _on_people(self) -> None:
        self.suggestions.refresh()
        self.learnings.refresh()

    def refresh(self) -> None:
        """Show everything the record holds again (after an undo or a change of mode)."""
        for bound in (*self.bound.values(), self.private.bound):
            bound.show()
        self.chips.refresh()
        self.suggestions.refresh()
        self.action_plan.refresh()
        self.learnings.refresh()
        self._show_mode()
        self._apply()

    def show_previous_plan(self, when: str, client: str, steps: Sequence[ActionItem]) -> None:
        """Beside the follow-up: the plan the group's previous client left with, to go through."""
        if not steps:
            self.previous_plan.hide()
            return
        heading = (
            QCoreApplication.translate("NotesPanel", "The plan of %1 (%2):")
            .replace("%1", client or QCoreApplication.translate("NotesPanel", "the client"))
            .replace("%2", when)
        )
        lines = [heading]
        for number, step in enumerate(steps, start=1):
            line = f"{number}. {step.what}"
            if step.by_when:
                line += f" — {step.by_when}"
            lines.append(line)
        self.previous_plan.setText("\n".join(lines))
        self.previous_plan.setAccessibleDescription(self.previous_plan.text())
        self.previous_plan.show()

    # --- for tests and tools -------------------------------------------------------------------

    def field(self, key: str) -> QWidget:
        """The editor of a text group (``"question"``…) or ``"private_notes"``."""
        if key == "private_notes":
            return self.private.field
        return self.bound[key].widget

    def group_keys(self) -> Sequence[str]:
        """Every group, in order."""
        return GROUP_ORDER


def add_notes_panel(console: ConsoleWidget, language: str) -> NotesPanel:
    """Build the Notes panel for the console's session and add it to the console's side panels."""
    panel = NotesPanel(console.live, language=language)
    console.add_side_panel(panel, QCoreApplication.translate("NotesPanel", "Notes"))
    return panel

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

from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from codev_app.core.engine import EngineState
from codev_app.core.history import Change, Part
from codev_app.core.phase import plan_case
from codev_app.core.record import ActionItem, RecordMode, RecordText, text_key
from codev_app.core.session import LiveSession
from codev_app.core.text import isolate
from codev_app.ui.record.action_plan import ActionPlanEditor
from codev_app.ui.record.fields import RecordEditor, set_read_only
from codev_app.ui.record.learnings import LearningsEditor
from codev_app.ui.record.panel_groups import GROUP_ORDER, TEXT_GROUPS, groups_for
from codev_app.ui.record.panel_layout import NotesLayout
from codev_app.ui.record.panel_parts import FocusWatch, HelpKindChips
from codev_app.ui.record.suggestions import SuggestionList

if TYPE_CHECKING:
    from codev_app.ui.console.console import ConsoleWidget

# The selector's entry that shows every field.
ALL = "\0all"


class NotesPanel(NotesLayout):
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
        self._focus_watch = FocusWatch(self._focus_left, self)
        self.selector.activated.connect(lambda _index: self.choose(self.selector.currentData()))
        set_read_only(self.private.bound.widget, read_only)  # the groups, as they are built
        self._fill_selector()
        self.choose(self._phase_to_follow() if follow else ALL)
        self._show_mode()

        unsubscribe = [live.changed.subscribe(self._on_session_change)]

        def stop(_object: object = None) -> None:
            for function in unsubscribe:
                function()

        self.destroyed.connect(stop)
        self.stop_listening = stop

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
        self._show_case(phase_id)
        self._apply()

    def _show_case(self, phase_id: str) -> None:
        # A phase of the second case shows and adds to that case's plan, ideas and learnings;
        # "All notes" keeps the case shown last.
        plan = self.live.engine.plan
        at = next((index for index, item in enumerate(plan) if item.id == phase_id), None)
        case = self.editor.case if at is None else plan_case([item.phase for item in plan], at)
        if case != self.editor.case:
            self.editor.case = case
            for part in (self._chips, self._suggestions, self._action_plan, self._learnings):
                if part is not None:  # one built later shows the editor's case then
                    part.refresh()
            for bound in self.bound.values():
                bound.show()

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
            if key in wanted:
                group.build()
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
            return bool(record.text(TEXT_GROUPS[key], self.editor.case))
        return bool(
            {
                "help_kinds": record.help_kinds_of(self.editor.case),
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
        for part in self._built_parts():
            part.set_read_only(read_only)
        self._apply()

    def _built_parts(
        self,
    ) -> list[HelpKindChips | SuggestionList | ActionPlanEditor | LearningsEditor]:
        # Only what exists needs repainting: a group built later reads the record as it is then.
        parts = (self._chips, self._suggestions, self._action_plan, self._learnings)
        return [part for part in parts if part is not None]

    # --- listening -----------------------------------------------------------------------------

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
                if text_key(which, self.editor.case) == key and group in self.bound:
                    self.bound[group].show()
        if parts & {"help_kinds", "case_help_kinds"} and self._chips is not None:
            self._chips.refresh()
        if "suggestions" in parts and self._suggestions is not None:
            self._suggestions.refresh()
        if "action_items" in parts and self._action_plan is not None:
            self._action_plan.refresh()
        if "learnings" in parts and self._learnings is not None:
            self._learnings.refresh()
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
        if parts & {Part.TURNS, Part.PHASE, Part.ROSTER} and self._suggestions is not None:
            self._suggestions.show_speaker()
        if Part.ROSTER in parts:
            self._on_people()

    def _on_people(self) -> None:
        for part in (self._suggestions, self._learnings):
            if part is not None:
                part.refresh()

    def refresh(self) -> None:
        """Show everything the record holds again (after an undo or a change of mode)."""
        for bound in (*self.bound.values(), self.private.bound):
            bound.show()
        for part in self._built_parts():
            part.refresh()
        self._show_mode()
        self._apply()

    def show_previous_plan(self, when: str, client: str, steps: Sequence[ActionItem]) -> None:
        """Beside the follow-up: the plan the group's previous client left with, to go through."""
        self.groups["follow_up"].build()  # the plan is shown within the follow-up
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
        self.groups[key].build()
        return self.bound[key].widget

    def group_keys(self) -> Sequence[str]:
        """Every group, in order."""
        return GROUP_ORDER


def add_notes_panel(console: ConsoleWidget, language: str) -> NotesPanel:
    """Build the Notes panel for the console's session and add it to the console's side panels."""
    panel = NotesPanel(console.live, language=language)
    console.add_side_panel(panel, QCoreApplication.translate("NotesPanel", "Notes"))
    return panel

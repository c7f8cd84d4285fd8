"""The console's single entry line: what a typed line becomes in each phase, and for whom.

Phases that collect items (clarification's key facts, consultation's suggestions, the action
plan, the learnings) get one line where the facilitator types and presses Enter. These rules say
what the line files (:func:`entry_target`), whose it is by default (:func:`default_author`), and
the command that files it (:func:`entry_command`). Private notes are never an entry target.
"""

from __future__ import annotations

import enum

from codev_app.core.commands import (
    AddActionItem,
    AddSuggestion,
    Command,
    EditSuggestion,
    SetLearning,
    SetText,
    new_item_id,
)
from codev_app.core.engine import EngineState
from codev_app.core.phase import plan_case
from codev_app.core.record import RecordMode, RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import Phase, RecordField


class EntryTarget(enum.StrEnum):
    """What a line typed in the entry becomes."""

    KEY_FACT = "key_fact"  # a line added to the key facts
    SUGGESTION = "suggestion"  # a suggestion of its author
    ACTION_STEP = "action_step"  # a step of the client's action plan
    LEARNING = "learning"  # what one participant takes away

    @property
    def has_author(self) -> bool:
        """Whether a line is filed under a participant."""
        return self in (EntryTarget.SUGGESTION, EntryTarget.LEARNING)


# In this order when a phase fills several (the most often typed first).
_BY_FILL = (
    (RecordField.SUGGESTIONS, EntryTarget.SUGGESTION),
    (RecordField.LEARNINGS, EntryTarget.LEARNING),
    (RecordField.ACTION_PLAN, EntryTarget.ACTION_STEP),
    (RecordField.KEY_FACTS, EntryTarget.KEY_FACT),
)


def entry_target(phase: Phase) -> EntryTarget | None:
    """The entry line's target in ``phase``; None when the phase collects no items."""
    if phase.is_break:
        return None
    for fill, target in _BY_FILL:
        if fill in phase.fills:
            return target
    return None


def current_target(live: LiveSession) -> EntryTarget | None:
    """The target of the phase under way (None before the start, after the end, timers only)."""
    if live.state not in (EngineState.RUNNING, EngineState.PAUSED):
        return None
    if live.record.mode is RecordMode.TIMERS_ONLY:
        return None
    return entry_target(live.engine.current_phase)


def default_author(live: LiveSession, target: EntryTarget) -> str | None:
    """Whose the next line is: whoever has the floor; for learnings, else the first person (in
    the roster's order, client first) who has none yet."""
    if not target.has_author:
        return None
    speaking = live.turns.current_speaker
    if speaking is not None and speaking in live.roster:
        return speaking
    if target is EntryTarget.LEARNING:
        people = list(live.roster.participants)
        client = live.roster.client
        if client is not None:
            people.remove(client)
            people.insert(0, client)
        for person in people:
            if live.record.learning(person.id, current_case(live)) is None:
                return person.id
    return None


def entry_commands(
    live: LiveSession, target: EntryTarget, text: str, author: str | None, *, kept: bool = False
) -> tuple[Command, ...]:
    """The commands that file ``text`` (stripped, not empty) as ``target`` by ``author``: one,
    and for a suggestion the client keeps, a second that marks it kept.

    A learning or a key fact already written gets the line added below what is there.
    """
    line = text.strip()
    if not line:
        raise ValueError("an empty line files nothing")
    record = live.record
    case = current_case(live)
    if target is EntryTarget.SUGGESTION:
        item_id = new_item_id()
        added = AddSuggestion(item_id, line, author, case=case)
        return (added, EditSuggestion(item_id, kept=True)) if kept else (added,)
    if target is EntryTarget.ACTION_STEP:
        return (AddActionItem(new_item_id(), what=line, case=case),)
    if target is EntryTarget.KEY_FACT:
        facts = _below(record.text(RecordText.KEY_FACTS, case), line)
        return (SetText(RecordText.KEY_FACTS, facts, case),)
    if author is None:
        raise ValueError("a learning belongs to a participant")
    existing = record.learning(author, case)
    below = _below(existing.text if existing is not None else "", line)
    return (SetLearning(author, text=below, case=case),)


def current_case(live: LiveSession) -> int:
    """The case the phase under way files into (case 1 outside a format with several; 0 for a
    closing round after the cases)."""
    engine = live.engine
    return plan_case([item.phase for item in engine.plan], engine.current_index)


def _below(existing: str, line: str) -> str:
    return f"{existing.rstrip()}\n{line}" if existing.strip() else line

"""One history for a live session: what each applied command changed, so it can be undone.

Each entry keeps the session's state before and after its command as a :class:`Memento`. Undo puts
back, part by part, only what that command changed: the timer, the turns and the people as a whole
(undoing a phase change gives the floor back to whoever it took it from), and in the record only the
fields and items the command touched — so undoing a removed suggestion brings it back with its own
author and place, and never erases a note typed since.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from codev_app.core.commands import Command
from codev_app.core.engine import EngineSnapshot, PlanChange
from codev_app.core.record import RecordState, RecordText

HISTORY_LIMIT = 200


class Part(StrEnum):
    """A part of a live session that a command can change."""

    TIMER = "timer"  # running, paused, finished, keep-the-end-time
    PHASE = "phase"  # which phase is current
    PLAN = "plan"  # planned durations, breaks
    TURNS = "turns"  # who speaks, rounds, hands, the next round's order
    ROSTER = "roster"  # people, roles, attendance
    RECORD = "record"  # what the group produced


@dataclass(frozen=True)
class Actor:
    """Who acted: this machine's facilitator, or a co-facilitator (``id`` is stable, ``name`` is
    shown: "Dominique gave the floor to Bruno")."""

    id: str = "local"
    name: str = ""


LOCAL = Actor()


@dataclass(frozen=True)
class Change:
    """What one applied command did, announced once it is fully carried out.

    ``command`` is what was applied (an :class:`~codev_app.core.commands.Undo` or ``Redo`` for
    those), ``target`` the command undone or redone by it, ``parts`` what changed, ``by`` who did it
    and ``seq`` its number in the session's command log.
    """

    command: Command
    by: Actor
    parts: frozenset[Part]
    seq: int
    target: Command | None = None
    plan_changes: tuple[PlanChange, ...] = ()
    record_items: frozenset[tuple[str, str]] = frozenset()

    @property
    def acted(self) -> Command:
        """The command whose effect a view words: the undone one for an undo."""
        return self.target if self.target is not None else self.command


@dataclass(frozen=True)
class Memento:
    """The state of a live session as data (clock readings included; nothing is recomputed)."""

    engine: EngineSnapshot
    keep_end_time: bool
    plan_changes: tuple[PlanChange, ...]
    turns: Mapping[str, Mapping[str, Any]]
    round_orders: Mapping[str, tuple[str, int | None]]
    roster: Mapping[str, Any]
    record: RecordState

    def parts_changed(self, other: Memento) -> frozenset[Part]:
        """Which parts differ between two states."""
        parts: set[Part] = set()
        a, b = self.engine, other.engine
        if (a.state, a.paused_at, a.finished_at, self.keep_end_time) != (
            b.state,
            b.paused_at,
            b.finished_at,
            other.keep_end_time,
        ):
            parts.add(Part.TIMER)
        if a.current_index != b.current_index:
            parts.add(Part.PHASE)
        if a.plan != b.plan:
            parts.add(Part.PLAN)
        if a != b and not parts:
            parts.add(Part.TIMER)
        if (self.turns, self.round_orders) != (other.turns, other.round_orders):
            parts.add(Part.TURNS)
        if self.roster != other.roster:
            parts.add(Part.ROSTER)
        if record_items_changed(self.record, other.record):
            parts.add(Part.RECORD)
        return frozenset(parts)


@dataclass
class Entry:
    """One step of the history: a command (or several merged, like the letters of a sentence)."""

    command: Command
    by: Actor
    before: Memento
    after: Memento
    parts: frozenset[Part]
    record_items: frozenset[tuple[str, str]] = field(default_factory=frozenset)


class History:
    """The undo and redo stacks of one live session."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._limit = limit
        self.done: list[Entry] = []
        self.undone: list[Entry] = []

    def push(self, entry: Entry, merge: tuple[str, ...] | None, merge_with_last: bool) -> None:
        """Add a step (merged into the last one when both share ``merge``); clears redo."""
        self.undone.clear()
        if merge is not None and merge_with_last and self.done:
            last = self.done[-1]
            if last.by == entry.by:
                last.command = entry.command
                last.after = entry.after
                last.parts = last.parts | entry.parts
                last.record_items = last.record_items | entry.record_items
                return
        self.done.append(entry)
        del self.done[: -self._limit]

    def last_by(self, actor: Actor) -> Entry | None:
        """The step :class:`Undo` by ``actor`` would undo (the last one, if it is theirs)."""
        if self.done and self.done[-1].by == actor:
            return self.done[-1]
        return None

    def next_redo_by(self, actor: Actor) -> Entry | None:
        """The step :class:`Redo` by ``actor`` would do again."""
        if self.undone and self.undone[-1].by == actor:
            return self.undone[-1]
        return None


# --- the record, item by item ------------------------------------------------------------------

_LISTS = ("suggestions", "action_items", "learnings")


def _item_id(item: Any) -> str:
    return str(getattr(item, "participant_id", None) or item.id)


def record_items_changed(a: RecordState, b: RecordState) -> frozenset[tuple[str, str]]:
    """The fields and items that differ between two records, as (part, key) pairs.

    Timings and speaking times are left out: they follow the clock, not the facilitator.
    """
    changed: set[tuple[str, str]] = set()
    for which in RecordText:
        if a.text(which) != b.text(which):
            changed.add(("text", which.value))
    for name in ("help_kinds", "consent", "mode"):
        if getattr(a, name) != getattr(b, name):
            changed.add((name, ""))
    for name in _LISTS:
        changed |= {(name, key) for key in _list_changes(getattr(a, name), getattr(b, name))}
    return frozenset(changed)


def _list_changes(a: Sequence[Any], b: Sequence[Any]) -> set[str]:
    by_id_a = {_item_id(item): item for item in a}
    by_id_b = {_item_id(item): item for item in b}
    keys = {k for k in by_id_a.keys() | by_id_b.keys() if by_id_a.get(k) != by_id_b.get(k)}
    common_a = [k for k in by_id_a if k in by_id_b]
    common_b = [k for k in by_id_b if k in by_id_a]
    if common_a != common_b:
        # A move: the items not in the longest common order are the ones that moved.
        keep = set(_longest_common_order(common_a, common_b))
        keys |= {k for k in common_a if k not in keep}
    return keys


def _longest_common_order(a: list[str], b: list[str]) -> list[str]:
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            lengths[i][j] = (
                lengths[i + 1][j + 1] + 1
                if a[i] == b[j]
                else max(lengths[i + 1][j], lengths[i][j + 1])
            )
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def record_with_items(
    current: RecordState, source: RecordState, items: Iterable[tuple[str, str]]
) -> RecordState:
    """``current`` with the given fields and items as they are in ``source`` (value and place)."""
    changes: dict[str, Any] = {}
    wanted = set(items)
    for part, key in wanted:
        if part == "text":
            changes[key] = source.text(RecordText(key))
        elif part in ("help_kinds", "consent", "mode"):
            changes[part] = getattr(source, part)
    for name in _LISTS:
        keys = {key for part, key in wanted if part == name}
        if keys:
            changes[name] = _list_with(getattr(current, name), getattr(source, name), keys)
    return replace(current, **changes)


def _list_with(current: Sequence[Any], source: Sequence[Any], keys: set[str]) -> tuple[Any, ...]:
    result = [item for item in current if _item_id(item) not in keys]
    for index, item in enumerate(source):
        if _item_id(item) in keys:
            result.insert(min(index, len(result)), item)
    return tuple(result)

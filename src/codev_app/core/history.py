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

from codev_app.core.commands import Command, merge_key
from codev_app.core.engine_snapshot import EngineSnapshot, PlanChange
from codev_app.core.record import Learning, RecordState, with_text_at
from codev_app.core.text_edits import carry_edit

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
    """One step of the history: a command (or several merged, like the letters of a sentence).

    ``echo``: a step its author's machine keeps the undo of (a co-facilitator's typing, shown
    here): it cannot be undone from here, but an undo of an earlier step it depends on is refused.
    ``stamp`` orders steps in time (set when done, and again when undone or redone).
    """

    command: Command
    by: Actor
    before: Memento
    after: Memento
    parts: frozenset[Part]
    record_items: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    echo: bool = False
    stamp: int = 0

    @property
    def typing(self) -> bool:
        """Typing in a free-text field: shared with a co-facilitator letter by letter, not as a
        step of the shared history (see :meth:`History.push`)."""
        return self.command.kind == "set_text"

    def touches(self) -> frozenset[str]:
        """What an undo of this step puts back: the engine, the turns and the roster as wholes
        (see :meth:`LiveSession._restore`), and record fields and items one by one."""
        touched = {f"record:{part}:{key}" for part, key in self.record_items}
        if self.parts & {Part.TIMER, Part.PHASE, Part.PLAN}:
            touched.add("engine")
        if self.parts & {Part.TURNS, Part.PHASE, Part.ROSTER, Part.PLAN}:
            touched.add("turns")
        if Part.ROSTER in self.parts:
            touched.add("roster")
        return frozenset(touched)


class History:
    """The undo and redo stacks of one live session, per facilitator.

    Undo takes back the actor's own last step even when the other facilitator acted since, as
    long as nothing the other did since touched what that step changed (:meth:`blocking`).
    """

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._limit = limit
        self._stamp = 0
        self.done: list[Entry] = []
        self.undone: list[Entry] = []

    def next_stamp(self) -> int:
        """A number later than every step's."""
        self._stamp += 1
        return self._stamp

    def push(self, entry: Entry, merge: tuple[str, ...] | None) -> None:
        """Add a step (merged into the actor's previous one when both share ``merge`` and nothing
        came between); clears the actor's redo.

        Typing steps are left out when looking for what came between two other steps: typing
        reaches a co-facilitator letter by letter, not as steps, and both machines must keep the
        same shared steps in the same order (and undo the same one).
        """
        entry.stamp = self.next_stamp()
        if not entry.echo:
            self.undone = [step for step in self.undone if step.by != entry.by]
        if entry.typing:
            previous = self.done[-1] if self.done else None
        else:
            previous = next((step for step in reversed(self.done) if not step.typing), None)
        if (
            merge is not None
            and previous is not None
            and previous.by == entry.by
            and previous.echo == entry.echo
            and merge_key(previous.command) == merge
            # Typing merges only where it goes on from (an undo between changed the text).
            and not (entry.typing and previous.after.record != entry.before.record)
        ):
            previous.command = entry.command
            previous.after = entry.after
            previous.parts = previous.parts | entry.parts
            previous.record_items = previous.record_items | entry.record_items
            return
        self.done.append(entry)
        del self.done[: -self._limit]

    def last_by(self, actor: Actor, *, typing: bool = True) -> Entry | None:
        """The step :class:`Undo` by ``actor`` would undo: their own last one (without
        ``typing``: their last one that is not typing)."""
        return next(
            (
                e
                for e in reversed(self.done)
                if e.by == actor and not e.echo and (typing or not e.typing)
            ),
            None,
        )

    def next_redo_by(self, actor: Actor, *, typing: bool = True) -> Entry | None:
        """The step :class:`Redo` by ``actor`` would do again: their last undone one."""
        return next(
            (e for e in reversed(self.undone) if e.by == actor and (typing or not e.typing)),
            None,
        )

    def blocking(self, entry: Entry) -> Entry | None:
        """A later step by someone else that touched what ``entry`` changed (undoing or redoing
        ``entry`` would take it back too), or None.

        Typing never blocks typing: its undo takes back one's own letters only
        (:func:`typing_carried`). A merged text that came in (``echo``) counts as someone else's
        even when the last to type there was this machine's facilitator.
        """
        touched = entry.touches()
        return next(
            (
                later
                for later in self.done
                if later.stamp > entry.stamp
                and (later.by != entry.by or later.echo)
                and later is not entry
                and not (entry.typing and later.typing)
                and touched & later.touches()
            ),
            None,
        )

    def mark_undone(self, entry: Entry) -> None:
        """Move ``entry`` from the done steps to the undone ones."""
        self.done.remove(entry)
        entry.stamp = self.next_stamp()
        self.undone.append(entry)

    def mark_redone(self, entry: Entry) -> None:
        """Move ``entry`` back to the done steps, as the latest."""
        self.undone.remove(entry)
        entry.stamp = self.next_stamp()
        self.done.append(entry)


# --- the record, item by item ------------------------------------------------------------------

_LISTS = ("suggestions", "action_items", "learnings")


def _item_id(item: Any) -> str:
    return str(item.key if isinstance(item, Learning) else item.id)


def record_items_changed(a: RecordState, b: RecordState) -> frozenset[tuple[str, str]]:
    """The fields and items that differ between two records, as (part, key) pairs.

    Timings and speaking times are left out: they follow the clock, not the facilitator.
    """
    changed: set[tuple[str, str]] = set()
    for key in _text_keys(a, b):
        if a.text_at(key) != b.text_at(key):
            changed.add(("text", key))
    for name in ("help_kinds", "case_help_kinds", "consent", "mode", "case_clients"):
        if getattr(a, name) != getattr(b, name):
            changed.add((name, ""))
    for name in _LISTS:
        changed |= {(name, key) for key in _list_changes(getattr(a, name), getattr(b, name))}
    return frozenset(changed)


def _list_changes(a: Sequence[Any], b: Sequence[Any]) -> set[str]:
    # Most commands leave a list as it was, or change an item or two: what is the same at both
    # ends is not looked at item by item (ids are unique, so none of it moved).
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a, b = a[head : len(a) - tail], b[head : len(b) - tail]
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


def typing_carried(start: RecordState, end: RecordState, current: RecordState) -> RecordState:
    """``end`` with each free-text field as ``current``'s text with the edit from ``start`` to
    ``end`` made on it (undo or redo of typing among a co-facilitator's)."""
    result = end
    for key in _text_keys(start, end):
        if start.text_at(key) != end.text_at(key):
            carried = carry_edit(start.text_at(key), end.text_at(key), current.text_at(key))
            result = with_text_at(result, key, carried)
    return result


def _text_keys(*states: RecordState) -> list[str]:
    return list(dict.fromkeys(key for state in states for key in state.text_keys()))


def record_with_items(
    current: RecordState, source: RecordState, items: Iterable[tuple[str, str]]
) -> RecordState:
    """``current`` with the given fields and items as they are in ``source`` (value and place)."""
    changes: dict[str, Any] = {}
    wanted = set(items)
    for part, key in wanted:
        if part == "text":
            current = with_text_at(current, key, source.text_at(key))
        elif part in ("help_kinds", "case_help_kinds", "consent", "mode", "case_clients"):
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

"""The session record: what the group produces during a co-development session.

Everything is optional and quick to fill while facilitating. The record is one immutable
:class:`RecordState` held by a :class:`SessionRecord`; every edit builds the next state and swaps it
in, so a refused edit changes nothing and a snapshot (for undo) is just the current state.
Each successful edit emits one :class:`RecordChange` on ``record.changes`` so autosave can store it
and views can refresh.

Privacy by design:

- the facilitator's private notes never reach participants: exporters work on
  :meth:`SessionRecord.for_participants`, a copy without them;
- when the group only consents to timings (:attr:`RecordMode.TIMERS_ONLY`) every content edit is
  refused with :class:`TimersOnly` and nothing is stored.

Text is kept exactly as typed: ``<b>`` or ``&amp;`` are just characters here; views and exports
escape. Attendance lives in the roster, not here; participants are referred to by their stable ids.
"""

from __future__ import annotations

import math
import uuid
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any, Final, TypeVar

from codev_app.core.errors import CodevError, InvalidCommand
from codev_app.core.events import Observable
from codev_app.core.text import excerpt

RECORD_VERSION: Final = 1
#: Cases in one session at most (a half day holds two; a day, a few more).
MAX_CASES: Final = 9
#: The "case" of the learnings of a closing round after the cases: the session's, no case's.
SESSION_CASE: Final = 0
_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)


class RecordText(StrEnum):
    """The free-text fields of the record (the value is the field name in data and state)."""

    CHECK_IN = "check_in"
    FOLLOW_UP = "follow_up"
    CASE_TITLE = "case_title"
    HEADLINE = "headline"
    QUESTION = "question"
    KEY_FACTS = "key_facts"
    REQUEST = "request"
    HELP_NOTES = "help_notes"
    PRIVATE_NOTES = "private_notes"


#: Texts only the facilitator sees; :meth:`SessionRecord.for_participants` removes them.
PRIVATE_TEXTS: Final = frozenset({RecordText.PRIVATE_NOTES})

#: Texts each case has its own of (the check-in and private notes are the session's).
CASE_TEXTS: Final = frozenset(
    {
        RecordText.FOLLOW_UP,
        RecordText.CASE_TITLE,
        RecordText.HEADLINE,
        RecordText.QUESTION,
        RecordText.KEY_FACTS,
        RecordText.REQUEST,
        RecordText.HELP_NOTES,
    }
)


def text_case(which: RecordText, case: int) -> int:
    """The case whose ``which`` is meant in ``case``'s phases: ``case``, or 1 for a session text
    (and in the closing round, which has no texts of its own)."""
    return case if which in CASE_TEXTS and case != SESSION_CASE else 1


def text_key(which: RecordText, case: int = 1) -> str:
    """The name of one case's text in changes and shared documents: ``"question"`` for the first
    case (as before cases existed), ``"question@2"`` for the second."""
    case = text_case(which, case)
    return which.value if case == 1 else f"{which.value}@{case}"


def parse_text_key(key: str) -> tuple[RecordText, int]:
    """The field and case named by :func:`text_key` (raises ValueError for another name)."""
    name, _, number = key.partition("@")
    which = RecordText(name)
    case = int(number) if number else 1
    if (number and (not number.isdigit() or which not in CASE_TEXTS)) or _case_problem(case):
        raise ValueError(f"not a text of the record: {key!r}")
    return which, case


class HelpKind(StrEnum):
    """Kinds of help the client asks for in the contract."""

    IDEAS = "ideas"
    EXPERIENCES = "experiences"
    RESOURCES = "resources"
    FEEDBACK = "feedback"
    HYPOTHESES = "hypotheses"


class RecordMode(StrEnum):
    """What the group agreed to keep: everything, or only the timings."""

    FULL = "full"
    TIMERS_ONLY = "timers_only"


class RecordPart(StrEnum):
    """Parts of the record other than the free texts, as named in :class:`RecordChange`."""

    HELP_KINDS = "help_kinds"
    SUGGESTIONS = "suggestions"
    ACTION_ITEMS = "action_items"
    LEARNINGS = "learnings"
    CONSENT = "consent"
    MODE = "mode"
    TIMINGS = "timings"
    SPEAKING = "speaking"
    CASES = "case_clients"
    WHOLE = "record"


class ChangeKind(StrEnum):
    """What happened to the part named by a :class:`RecordChange`."""

    SET = "set"
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"
    MOVED = "moved"
    REPLACED = "replaced"


@dataclass(frozen=True)
class RecordChange:
    """One successful edit: which part changed, how, and which item (suggestion id, phase id...)."""

    field: RecordText | RecordPart
    kind: ChangeKind
    item_id: str | None = None

    @property
    def path(self) -> str:
        """``"case_title"``, or ``"suggestions[<id>]"`` when the change concerns one item."""
        return self.field.value if self.item_id is None else f"{self.field.value}[{self.item_id}]"


# --- errors --------------------------------------------------------------------------------------


class RecordError(InvalidCommand):
    """An edit of the record that cannot be made; the record is unchanged."""


class UnknownRecordItem(RecordError):
    """No suggestion, action item or learning has this id."""

    def __init__(self, part: RecordPart, item_id: str) -> None:
        self.part = part
        self.item_id = item_id
        super().__init__(f"{part.value}: no item with id {item_id!r}")


class TimersOnly(RecordError):
    """The group agreed to keep only the timings: notes are not recorded."""

    def __init__(self) -> None:
        super().__init__("only timings are kept for this session: notes are not recorded")


class RecordHasContent(RecordError):
    """Switching to timings only would erase notes; the caller must ask and pass discard_content."""

    def __init__(self) -> None:
        super().__init__("the record already holds notes: switching to timings only erases them")


class InvalidRecordEdit(RecordError):
    """A value the record cannot hold (wrong type, negative duration, bad date, bad position)."""


class RecordDataError(CodevError):
    """Record data (a stored or imported file) is invalid; ``field`` is the first wrong field."""

    def __init__(self, message: str, *, field: str = "") -> None:
        self.field = field
        self.detail = message
        super().__init__(f"{field}: {message}" if field else message)


# --- items ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """An idea offered during the consultation; ``author`` is a participant id (None: unknown)."""

    id: str
    text: str
    author: str | None
    kept: bool
    created_at: str
    case: int = 1
    """The case it belongs to (a format with two cases in a session: 1 or 2)."""


@dataclass(frozen=True)
class ActionItem:
    """One step of the client's action plan; ``by_when`` is free text or an ISO date."""

    id: str
    what: str = ""
    by_when: str = ""
    success_sign: str = ""
    case: int = 1
    """The case whose client takes this step (1 unless the format has several cases)."""


@dataclass(frozen=True)
class Learning:
    """What one participant takes away, as free text and/or the "4 A" frame."""

    participant_id: str
    text: str = ""
    appreciation: str = ""
    expectations: str = ""
    learnings: str = ""
    applications: str = ""
    case: int = 1
    """The case it was written for (one learning per participant and case); SESSION_CASE for
    a closing round that belongs to no case."""

    @property
    def key(self) -> str:
        """What identifies it in the record: the participant, and the case beyond the first."""
        return learning_key(self.participant_id, self.case)

    @property
    def is_empty(self) -> bool:
        """True when nothing was written (exports may skip it)."""
        return not any(getattr(self, name) for name in _LEARNING_TEXTS)


_LEARNING_TEXTS: Final = ("text", "appreciation", "expectations", "learnings", "applications")


def learning_key(participant_id: str, case: int = 1) -> str:
    """The key of one participant's learning for one case (the id alone for case 1)."""
    return participant_id if case == 1 else f"{participant_id}@{case}"


@dataclass(frozen=True)
class PhaseTiming:
    """Planned and actual duration of one phase, as measured by the session."""

    phase_id: str
    name: str
    planned_seconds: int
    actual_seconds: float


@dataclass(frozen=True)
class Consent:
    """Whether the client approved what leaves the facilitator's machine, when and by whom."""

    client_approved_export: bool = False
    approved_at: str | None = None
    approved_by: str | None = None


def _empty_speaking() -> Mapping[str, Mapping[str, float]]:
    return MappingProxyType({})


def _empty_clients() -> Mapping[int, str]:
    return MappingProxyType({})


def _empty_case_texts() -> Mapping[int, Mapping[str, str]]:
    return MappingProxyType({})


def _empty_case_kinds() -> Mapping[int, frozenset[HelpKind]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class RecordState:
    """One complete, immutable version of the record (text fields are named as in RecordText)."""

    mode: RecordMode = RecordMode.FULL
    check_in: str = ""
    follow_up: str = ""
    case_title: str = ""
    headline: str = ""
    question: str = ""
    key_facts: str = ""
    request: str = ""
    help_notes: str = ""
    private_notes: str = ""
    help_kinds: frozenset[HelpKind] = frozenset()
    suggestions: tuple[Suggestion, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    learnings: tuple[Learning, ...] = ()
    consent: Consent = Consent()
    timings: tuple[PhaseTiming, ...] = ()
    speaking: Mapping[str, Mapping[str, float]] = field(default_factory=_empty_speaking)
    case_clients: Mapping[int, str] = field(default_factory=_empty_clients)
    """The client (participant id) of each case, noted while its phases ran; empty for a
    session saved before cases were numbered (its one case's client is the roster's)."""
    case_texts: Mapping[int, Mapping[str, str]] = field(default_factory=_empty_case_texts)
    """The texts of the cases after the first (case, then field name; only those written):
    case 1's are the fields above, as in a session saved before cases had texts."""
    case_help_kinds: Mapping[int, frozenset[HelpKind]] = field(default_factory=_empty_case_kinds)
    """The help asked for in the cases after the first (case 1's is ``help_kinds``)."""

    @property
    def cases(self) -> tuple[int, ...]:
        """The case numbers that hold anything or have a client, in order (at least case 1)."""
        numbers = {1, *self.case_clients, *self.case_texts, *self.case_help_kinds}
        for items in (self.suggestions, self.action_items, self.learnings):
            numbers.update(item.case for item in items)
        numbers.discard(SESSION_CASE)  # the closing round's learnings are apart, not a case
        return tuple(sorted(numbers))

    def text(self, which: RecordText, case: int = 1) -> str:
        """The value of one free-text field; of ``case``'s own when it is a case's text."""
        if text_case(which, case) != 1:
            return self.case_texts.get(case, {}).get(which.value, "")
        value = getattr(self, which.value)
        assert isinstance(value, str)
        return value

    def help_kinds_of(self, case: int = 1) -> frozenset[HelpKind]:
        """The kinds of help the client of ``case`` asked for."""
        if case in (1, SESSION_CASE):
            return self.help_kinds
        return self.case_help_kinds.get(case, frozenset())

    def text_keys(self) -> tuple[str, ...]:
        """The :func:`text_key` of every text: each field of the session and case 1, then the
        texts written for later cases."""
        later = (f"{name}@{case}" for case, texts in self.case_texts.items() for name in texts)
        return (*(which.value for which in RecordText), *later)

    def text_at(self, key: str) -> str:
        """The text named by a :func:`text_key`."""
        return self.text(*parse_text_key(key))

    @property
    def has_content(self) -> bool:
        """True when any note was taken (anything beyond mode, consent and timings)."""
        return _first_content_field(self) is not None


# --- the record ----------------------------------------------------------------------------------


class _Unset(Enum):
    UNSET = "unset"


#: Default of the keyword arguments of the update methods: "leave this field as it is".
UNSET: Final = _Unset.UNSET


def local_now_iso() -> str:
    """The local wall-clock time as an ISO 8601 string with seconds and UTC offset."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


class SessionRecord:
    """The record of one session, edited field by field while facilitating.

    ``now`` gives the wall-clock ISO time stamped on new suggestions and approvals.
    """

    def __init__(
        self,
        state: RecordState | None = None,
        *,
        now: Callable[[], str] = local_now_iso,
    ) -> None:
        self._state = RecordState() if state is None else _validated(state)
        self._now = now
        self.changes: Observable[RecordChange] = Observable("record.changes")

    # --- reading ---

    @property
    def state(self) -> RecordState:
        """The current immutable state (keep it to undo with :meth:`restore`)."""
        return self._state

    @property
    def mode(self) -> RecordMode:
        """Everything, or timings only."""
        return self._state.mode

    def text(self, which: RecordText, case: int = 1) -> str:
        """The value of one free-text field (``case``'s own when it is a case's text)."""
        return self._state.text(which, case)

    @property
    def help_kinds(self) -> frozenset[HelpKind]:
        """The kinds of help the client of the first case asked for."""
        return self._state.help_kinds

    def help_kinds_of(self, case: int = 1) -> frozenset[HelpKind]:
        """The kinds of help the client of ``case`` asked for."""
        return self._state.help_kinds_of(case)

    @property
    def suggestions(self) -> tuple[Suggestion, ...]:
        """The consultation's suggestions, in order."""
        return self._state.suggestions

    @property
    def action_items(self) -> tuple[ActionItem, ...]:
        """The client's action plan, in order."""
        return self._state.action_items

    @property
    def learnings(self) -> tuple[Learning, ...]:
        """One learning per participant, in the order they were first written."""
        return self._state.learnings

    @property
    def consent(self) -> Consent:
        """The client's approval of what leaves the machine."""
        return self._state.consent

    @property
    def timings(self) -> tuple[PhaseTiming, ...]:
        """Planned and actual duration of each phase."""
        return self._state.timings

    @property
    def speaking(self) -> dict[str, dict[str, float]]:
        """Speaking seconds per phase id, then per participant id (a copy)."""
        return {phase: dict(seconds) for phase, seconds in self._state.speaking.items()}

    @property
    def has_content(self) -> bool:
        """True when any note was taken."""
        return self._state.has_content

    def suggestion(self, suggestion_id: str) -> Suggestion:
        """The suggestion with this id; raises :class:`UnknownRecordItem`."""
        return self._state.suggestions[self._index(RecordPart.SUGGESTIONS, suggestion_id)]

    def action_item(self, item_id: str) -> ActionItem:
        """The action item with this id; raises :class:`UnknownRecordItem`."""
        return self._state.action_items[self._index(RecordPart.ACTION_ITEMS, item_id)]

    def learning(self, participant_id: str, case: int = 1) -> Learning | None:
        """The learning of this participant for ``case``, or None when nothing was written."""
        key = learning_key(participant_id, case)
        return next((x for x in self._state.learnings if x.key == key), None)

    def ordered_learnings(
        self, client_id: str | None, participant_order: Sequence[str], case: int = 1
    ) -> tuple[Learning, ...]:
        """The learnings of ``case``: the client first, then in ``participant_order``, then any
        others (people no longer in the roster, in the order in which they were written)."""
        by_id = {item.participant_id: item for item in self._state.learnings if item.case == case}
        ordered: list[Learning] = []
        for participant_id in (client_id, *participant_order):
            if participant_id is not None and participant_id in by_id:
                ordered.append(by_id.pop(participant_id))
        ordered.extend(by_id.values())
        return tuple(ordered)

    def search_text(self) -> str:
        """Every searchable text of the record as one string (private notes included)."""
        state = self._state
        parts: list[str] = [state.text_at(key) for key in state.text_keys()]
        for suggestion in state.suggestions:
            parts.append(suggestion.text)
        for item in state.action_items:
            parts.extend((item.what, item.by_when, item.success_sign))
        for learning in state.learnings:
            parts.extend(getattr(learning, name) for name in _LEARNING_TEXTS)
        return "\n".join(part for part in parts if part)

    def for_participants(self) -> SessionRecord:
        """A copy without anything private: what exporters must work on."""
        cleared: dict[str, Any] = {which.value: "" for which in PRIVATE_TEXTS}
        return SessionRecord(replace(self._state, **cleared), now=self._now)

    # --- free texts and help kinds ---

    def set_text(self, which: RecordText, value: str, case: int = 1) -> None:
        """Set one free-text field, exactly as typed: ``case``'s own when it is a case's text
        (:data:`CASE_TEXTS`), else the session's."""
        self._require_notes()
        which = _enum(RecordText, which, "field")
        _check_text(value, which.value)
        _check_case(case, SESSION_CASE)
        case = text_case(which, case)
        change = RecordChange(which, ChangeKind.SET, None if case == 1 else str(case))
        self._commit(_with_text(self._state, which, value, case), change)

    def set_help_kinds(self, kinds: Iterable[HelpKind], case: int = 1) -> None:
        """Set the kinds of help the client of ``case`` wants."""
        self._require_notes()
        _check_case(case, SESSION_CASE)
        case = max(case, 1)  # the closing round has no contract of its own
        try:
            chosen = frozenset(HelpKind(kind) for kind in kinds)
        except ValueError as error:
            raise InvalidRecordEdit(f"help_kinds: {error}") from None
        if case == 1:
            new_state = replace(self._state, help_kinds=chosen)
        else:
            by_case = {**self._state.case_help_kinds, case: chosen}
            kept = {number: kinds for number, kinds in sorted(by_case.items()) if kinds}
            new_state = replace(self._state, case_help_kinds=MappingProxyType(kept))
        change = RecordChange(
            RecordPart.HELP_KINDS, ChangeKind.SET, None if case == 1 else str(case)
        )
        self._commit(new_state, change)

    def set_help_kind(self, kind: HelpKind, wanted: bool, case: int = 1) -> None:
        """Tick or untick one kind of help (a chip) of ``case``."""
        _check_case(case, SESSION_CASE)
        kinds = set(self._state.help_kinds_of(case))
        if wanted:
            kinds.add(kind)
        else:
            kinds.discard(kind)
        self.set_help_kinds(kinds, case)

    # --- suggestions ---

    def add_suggestion(
        self,
        text: str,
        author: str | None = None,
        *,
        created_at: str | None = None,
        item_id: str | None = None,
        case: int = 1,
    ) -> str:
        """Append a suggestion (usually by the current speaker) and return its id (``item_id``
        when given: a command chooses it, so a replay gives the same id)."""
        self._require_notes()
        _check_case(case)
        stamp = self._now() if created_at is None else created_at
        _check_text(text, "text")
        _check_author(author)
        _check_iso(stamp, "created_at")
        new_id = self._new_item_id(self._state.suggestions, item_id)
        item = Suggestion(new_id, text, author, kept=False, created_at=stamp, case=case)
        self._commit(
            replace(self._state, suggestions=(*self._state.suggestions, item)),
            RecordChange(RecordPart.SUGGESTIONS, ChangeKind.ADDED, new_id),
        )
        return new_id

    def update_suggestion(
        self,
        suggestion_id: str,
        *,
        text: str | _Unset = UNSET,
        author: str | _Unset | None = UNSET,
        kept: bool | _Unset = UNSET,
    ) -> None:
        """Edit the text or author of a suggestion, or mark it kept by the client."""
        self._require_notes()
        index = self._index(RecordPart.SUGGESTIONS, suggestion_id)
        item = self._state.suggestions[index]
        if text is not UNSET:
            _check_text(text, "text")
            item = replace(item, text=text)
        if author is not UNSET:
            _check_author(author)
            item = replace(item, author=author)
        if kept is not UNSET:
            if not isinstance(kept, bool):
                raise InvalidRecordEdit(f"kept: must be true or false (got {kept!r})")
            item = replace(item, kept=kept)
        self._commit(
            replace(self._state, suggestions=_replaced(self._state.suggestions, index, item)),
            RecordChange(RecordPart.SUGGESTIONS, ChangeKind.UPDATED, suggestion_id),
        )

    def remove_suggestion(self, suggestion_id: str) -> Suggestion:
        """Remove a suggestion and return it."""
        self._require_notes()
        index = self._index(RecordPart.SUGGESTIONS, suggestion_id)
        removed = self._state.suggestions[index]
        self._commit(
            replace(self._state, suggestions=_without(self._state.suggestions, index)),
            RecordChange(RecordPart.SUGGESTIONS, ChangeKind.REMOVED, suggestion_id),
        )
        return removed

    def move_suggestion(self, suggestion_id: str, to_index: int) -> None:
        """Move a suggestion to position ``to_index`` (0 is first)."""
        self._require_notes()
        index = self._index(RecordPart.SUGGESTIONS, suggestion_id)
        self._commit(
            replace(self._state, suggestions=_moved(self._state.suggestions, index, to_index)),
            RecordChange(RecordPart.SUGGESTIONS, ChangeKind.MOVED, suggestion_id),
        )

    # --- action plan ---

    def add_action_item(
        self,
        what: str = "",
        by_when: str = "",
        success_sign: str = "",
        *,
        item_id: str | None = None,
        case: int = 1,
    ) -> str:
        """Append a step to ``case``'s action plan and return its id (``item_id`` when given)."""
        self._require_notes()
        _check_case(case)
        for name, value in (("what", what), ("by_when", by_when), ("success_sign", success_sign)):
            _check_text(value, name)
        new_id = self._new_item_id(self._state.action_items, item_id)
        item = ActionItem(new_id, what, by_when, success_sign, case=case)
        self._commit(
            replace(self._state, action_items=(*self._state.action_items, item)),
            RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.ADDED, new_id),
        )
        return new_id

    def update_action_item(
        self,
        item_id: str,
        *,
        what: str | _Unset = UNSET,
        by_when: str | _Unset = UNSET,
        success_sign: str | _Unset = UNSET,
    ) -> None:
        """Edit a step of the action plan."""
        self._require_notes()
        index = self._index(RecordPart.ACTION_ITEMS, item_id)
        item = self._state.action_items[index]
        if what is not UNSET:
            _check_text(what, "what")
            item = replace(item, what=what)
        if by_when is not UNSET:
            _check_text(by_when, "by_when")
            item = replace(item, by_when=by_when)
        if success_sign is not UNSET:
            _check_text(success_sign, "success_sign")
            item = replace(item, success_sign=success_sign)
        self._commit(
            replace(self._state, action_items=_replaced(self._state.action_items, index, item)),
            RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.UPDATED, item_id),
        )

    def remove_action_item(self, item_id: str) -> ActionItem:
        """Remove a step of the action plan and return it."""
        self._require_notes()
        index = self._index(RecordPart.ACTION_ITEMS, item_id)
        removed = self._state.action_items[index]
        self._commit(
            replace(self._state, action_items=_without(self._state.action_items, index)),
            RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.REMOVED, item_id),
        )
        return removed

    def move_action_item(self, item_id: str, to_index: int) -> None:
        """Move a step of the action plan to position ``to_index`` (0 is first)."""
        self._require_notes()
        index = self._index(RecordPart.ACTION_ITEMS, item_id)
        self._commit(
            replace(self._state, action_items=_moved(self._state.action_items, index, to_index)),
            RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.MOVED, item_id),
        )

    # --- learnings ---

    def set_learning(
        self,
        participant_id: str,
        *,
        text: str | _Unset = UNSET,
        appreciation: str | _Unset = UNSET,
        expectations: str | _Unset = UNSET,
        learnings: str | _Unset = UNSET,
        applications: str | _Unset = UNSET,
        case: int = 1,
    ) -> None:
        """Write (part of) one participant's learning for ``case``; the first write creates it."""
        self._require_notes()
        if not isinstance(participant_id, str) or not participant_id:
            raise InvalidRecordEdit("participant_id: must be a participant's id")
        _check_case(case, SESSION_CASE)
        key = learning_key(participant_id, case)
        given = {
            "text": text,
            "appreciation": appreciation,
            "expectations": expectations,
            "learnings": learnings,
            "applications": applications,
        }
        values: dict[str, Any] = {}
        for name, value in given.items():
            if value is not UNSET:
                _check_text(value, name)
                values[name] = value
        current = self._state.learnings
        index = next((i for i, item in enumerate(current) if item.key == key), None)
        if index is None:
            updated = (*current, Learning(participant_id, **values, case=case))
            kind = ChangeKind.ADDED
        else:
            updated = _replaced(current, index, replace(current[index], **values))
            kind = ChangeKind.UPDATED
        self._commit(
            replace(self._state, learnings=updated),
            RecordChange(RecordPart.LEARNINGS, kind, key),
        )

    def remove_learning(self, participant_id: str, case: int = 1) -> Learning:
        """Remove one participant's learning for ``case`` and return it."""
        self._require_notes()
        key = learning_key(participant_id, case)
        current = self._state.learnings
        for index, item in enumerate(current):
            if item.key == key:
                self._commit(
                    replace(self._state, learnings=_without(current, index)),
                    RecordChange(RecordPart.LEARNINGS, ChangeKind.REMOVED, key),
                )
                return item
        raise UnknownRecordItem(RecordPart.LEARNINGS, key)

    def set_case_client(self, case: int, participant_id: str) -> None:
        """Note who is the client of ``case`` (the session does, while the case's phases run)."""
        _check_case(case)
        _check_author(participant_id, "case_clients")
        clients = dict(self._state.case_clients)
        clients[case] = participant_id
        self._commit(
            replace(self._state, case_clients=MappingProxyType(dict(sorted(clients.items())))),
            RecordChange(RecordPart.CASES, ChangeKind.SET, str(case)),
        )

    # --- consent and mode (allowed in both modes) ---

    def approve_export(self, by: str | None, *, at: str | None = None) -> None:
        """Record that the client (participant id ``by``) approved what leaves the machine."""
        stamp = self._now() if at is None else at
        _check_author(by, "approved_by")
        _check_iso(stamp, "approved_at")
        self._commit(
            replace(self._state, consent=Consent(True, stamp, by)),
            RecordChange(RecordPart.CONSENT, ChangeKind.SET),
        )

    def withdraw_export_approval(self) -> None:
        """Forget the client's approval: nothing may leave the machine."""
        self._commit(
            replace(self._state, consent=Consent()),
            RecordChange(RecordPart.CONSENT, ChangeKind.SET),
        )

    def set_mode(self, mode: RecordMode, *, discard_content: bool = False) -> None:
        """Keep everything, or only timings.

        Switching to timings only while notes exist raises :class:`RecordHasContent` unless
        ``discard_content`` is true (the UI asks first); the notes are then erased.
        """
        mode = _enum(RecordMode, mode, "mode")
        state = self._state
        if mode is RecordMode.TIMERS_ONLY and state.has_content:
            if not discard_content:
                raise RecordHasContent()
            erased = RecordState(
                mode=mode,
                consent=state.consent,
                timings=state.timings,
                speaking=state.speaking,
                case_clients=state.case_clients,
            )
            self._commit(erased, RecordChange(RecordPart.WHOLE, ChangeKind.REPLACED))
            return
        self._commit(replace(state, mode=mode), RecordChange(RecordPart.MODE, ChangeKind.SET))

    # --- timings (set by the session controller, allowed in both modes) ---

    def set_timings(self, timings: Iterable[PhaseTiming]) -> None:
        """Replace the planned and actual duration of each phase."""
        items: list[PhaseTiming] = []
        seen: set[str] = set()
        for index, item in enumerate(timings, start=1):
            if not isinstance(item, PhaseTiming):
                raise InvalidRecordEdit(f"timings[{index}]: must be a phase timing")
            fields = (item.phase_id, item.name, item.planned_seconds, item.actual_seconds)
            problem = _timing_problem(*fields, seen)
            if problem:
                raise InvalidRecordEdit(f"timings[{index}].{problem[0]}: {problem[1]}")
            items.append(replace(item, actual_seconds=float(item.actual_seconds)))
        self._commit(
            replace(self._state, timings=tuple(items)),
            RecordChange(RecordPart.TIMINGS, ChangeKind.SET),
        )

    def set_speaking(self, phase_id: str, seconds_by_participant: Mapping[str, float]) -> None:
        """Replace the speaking seconds of each participant during one phase."""
        speaking = dict(self._state.speaking)
        speaking[phase_id] = _checked_seconds(phase_id, seconds_by_participant)
        self._commit(
            replace(self._state, speaking=MappingProxyType(speaking)),
            RecordChange(RecordPart.SPEAKING, ChangeKind.SET, phase_id),
        )

    def set_speaking_times(self, by_phase: Mapping[str, Mapping[str, float]]) -> None:
        """Replace the speaking seconds of every phase at once (a phase left out has none)."""
        speaking = {phase_id: _checked_seconds(phase_id, s) for phase_id, s in by_phase.items()}
        self._commit(
            replace(self._state, speaking=MappingProxyType(speaking)),
            RecordChange(RecordPart.SPEAKING, ChangeKind.SET),
        )

    # --- whole record ---

    def restore(self, state: RecordState) -> None:
        """Go back to an earlier state (undo); it is validated first."""
        self._commit(_validated(state), RecordChange(RecordPart.WHOLE, ChangeKind.REPLACED))

    def to_data(self) -> dict[str, Any]:
        """The record as JSON-safe data, readable back by :meth:`from_data`."""
        return _to_data(self._state)

    @classmethod
    def from_data(cls, data: Any, *, now: Callable[[], str] = local_now_iso) -> SessionRecord:
        """Validate data (e.g. from a stored or imported file) and build a record.

        Raises :class:`RecordDataError` naming the first wrong field.
        """
        return cls(_read_state(data), now=now)

    # --- internals ---

    def _require_notes(self) -> None:
        if self._state.mode is RecordMode.TIMERS_ONLY:
            raise TimersOnly()

    def _index(self, part: RecordPart, item_id: str) -> int:
        state = self._state
        if part is RecordPart.SUGGESTIONS:
            ids = [item.id for item in state.suggestions]
        else:
            ids = [item.id for item in state.action_items]
        if item_id not in ids:
            raise UnknownRecordItem(part, item_id)
        return ids.index(item_id)

    def _new_item_id(self, items: Iterable[Suggestion | ActionItem], wanted: str | None) -> str:
        existing = [item.id for item in items]
        if wanted is None:
            return self._fresh_id(existing)
        if not isinstance(wanted, str) or not wanted or wanted in existing:
            raise InvalidRecordEdit(f"id: {str(wanted)[:20]!r} is empty or already used")
        return wanted

    @staticmethod
    def _fresh_id(existing: Iterable[str]) -> str:
        taken = set(existing)
        new_id = _new_id()
        while new_id in taken:  # pragma: no cover - 48 random bits; a clash is only theoretical
            new_id = _new_id()
        return new_id

    def _commit(self, new_state: RecordState, change: RecordChange) -> None:
        # An edit that changes nothing (same text typed again) is not an edit: nothing to save.
        if new_state == self._state:
            return
        self._state = _known_valid(new_state)  # each edit method checked what it changed
        self.changes.emit(change)


# --- checks shared by the edit methods and the reader ---------------------------------------------


def _with_text(state: RecordState, which: RecordText, value: str, case: int = 1) -> RecordState:
    if text_case(which, case) == 1:
        changes: dict[str, Any] = {which.value: value}
        return replace(state, **changes)
    # Only the texts written are kept: an emptied field leaves no trace in the saved record.
    texts = {**state.case_texts.get(case, {}), which.value: value}
    by_case = {**state.case_texts, case: {name: text for name, text in texts.items() if text}}
    kept = {number: MappingProxyType(t) for number, t in sorted(by_case.items()) if t}
    return replace(state, case_texts=MappingProxyType(kept))


def with_text_at(state: RecordState, key: str, value: str) -> RecordState:
    """``state`` with the text named by a :func:`text_key` set to ``value`` (for undo)."""
    which, case = parse_text_key(key)
    return _with_text(state, which, value, case)


def _enum(kind: type[_E], value: object, where: str) -> _E:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InvalidRecordEdit(
            f"{where}: must be one of {allowed} (got {excerpt(value)})"
        ) from None


def _check_text(value: object, where: str) -> None:
    if not isinstance(value, str):
        raise InvalidRecordEdit(f"{where}: must be text (got {type(value).__name__})")


def _case_problem(value: object, lowest: int = 1) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= MAX_CASES:
        return f"must be a case number from {lowest} to {MAX_CASES} (got {excerpt(value)})"
    return None


def _check_case(value: object, lowest: int = 1) -> None:
    problem = _case_problem(value, lowest)
    if problem:
        raise InvalidRecordEdit(f"case: {problem}")


def _check_author(value: object, where: str = "author") -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise InvalidRecordEdit(f"{where}: must be a participant's id or nothing")


def _iso_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return "must be an ISO date and time"
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return f"must be an ISO date and time (got {excerpt(value)})"
    return None


def _check_iso(value: object, where: str) -> None:
    problem = _iso_problem(value)
    if problem:
        raise InvalidRecordEdit(f"{where}: {problem}")


def _checked_seconds(phase_id: str, by_participant: Mapping[str, float]) -> Mapping[str, float]:
    if not isinstance(phase_id, str) or not phase_id:
        raise InvalidRecordEdit("speaking: the phase id must not be empty")
    seconds: dict[str, float] = {}
    for participant_id, value in by_participant.items():
        where = f"speaking.{phase_id}.{participant_id}"
        if not isinstance(participant_id, str) or not participant_id:
            raise InvalidRecordEdit(f"{where}: the participant id must not be empty")
        problem = _seconds_problem(value)
        if problem:
            raise InvalidRecordEdit(f"{where}: {problem}")
        seconds[participant_id] = float(value)
    return MappingProxyType(seconds)


def _seconds_problem(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "must be a number of seconds"
    if not math.isfinite(value) or value < 0:
        return f"must be a finite, non-negative number of seconds (got {excerpt(value)})"
    return None


def _timing_problem(
    phase_id: object, name: object, planned: object, actual: object, seen: set[str]
) -> tuple[str, str] | None:
    """The first wrong field of a phase timing and what is wrong, or None."""
    if not isinstance(phase_id, str) or not phase_id:
        return ("phase_id", "must be a phase id")
    if phase_id in seen:
        return ("phase_id", f"{phase_id!r} appears twice")
    seen.add(phase_id)
    if not isinstance(name, str):
        return ("name", "must be text")
    if isinstance(planned, bool) or not isinstance(planned, int) or planned < 0:
        return ("planned_seconds", "must be a whole, non-negative number of seconds")
    problem = _seconds_problem(actual)
    return ("actual_seconds", problem) if problem else None


def _first_content_field(state: RecordState) -> str | None:
    """The data path of the first note in the record, or None when there is none."""
    for which in RecordText:
        if state.text(which):
            return f"texts.{which.value}"
    for case, texts in state.case_texts.items():
        return f"case_texts.{case}.{next(iter(texts))}"
    for case in state.case_help_kinds:
        return f"case_help_kinds.{case}"
    for part in ("help_kinds", "suggestions", "action_items", "learnings"):
        if getattr(state, part):
            return part
    return None


def _replaced(items: tuple[_T, ...], index: int, item: _T) -> tuple[_T, ...]:
    return (*items[:index], item, *items[index + 1 :])


def _without(items: tuple[_T, ...], index: int) -> tuple[_T, ...]:
    return (*items[:index], *items[index + 1 :])


def _moved(items: tuple[_T, ...], index: int, to_index: int) -> tuple[_T, ...]:
    if isinstance(to_index, bool) or not isinstance(to_index, int):
        raise InvalidRecordEdit(f"position must be a whole number (got {to_index!r})")
    if not 0 <= to_index < len(items):
        raise InvalidRecordEdit(f"position {to_index} is outside the list (0 to {len(items) - 1})")
    rest = list(_without(items, index))
    rest.insert(to_index, items[index])
    return tuple(rest)


# --- data ----------------------------------------------------------------------------------------


def _to_data(state: RecordState) -> dict[str, Any]:
    return {
        "record_version": RECORD_VERSION,
        "mode": state.mode.value,
        "texts": {which.value: state.text(which) for which in RecordText},
        "help_kinds": [kind.value for kind in HelpKind if kind in state.help_kinds],
        "suggestions": [
            {
                "id": item.id,
                "text": item.text,
                "author": item.author,
                "kept": item.kept,
                "created_at": item.created_at,
            }
            | _case_data(item.case)
            for item in state.suggestions
        ],
        "action_items": [
            {
                "id": item.id,
                "what": item.what,
                "by_when": item.by_when,
                "success_sign": item.success_sign,
            }
            | _case_data(item.case)
            for item in state.action_items
        ],
        "learnings": [
            {"participant_id": item.participant_id}
            | {name: getattr(item, name) for name in _LEARNING_TEXTS}
            | _case_data(item.case)
            for item in state.learnings
        ],
        "consent": {
            "client_approved_export": state.consent.client_approved_export,
            "approved_at": state.consent.approved_at,
            "approved_by": state.consent.approved_by,
        },
        "timings": [
            {
                "phase_id": item.phase_id,
                "name": item.name,
                "planned_seconds": item.planned_seconds,
                "actual_seconds": item.actual_seconds,
            }
            for item in state.timings
        ],
        "speaking": {phase_id: dict(seconds) for phase_id, seconds in state.speaking.items()},
    } | _cases_data(state)


def _cases_data(state: RecordState) -> dict[str, Any]:
    # Written only when there is something: a one-case record reads as before cases existed.
    data: dict[str, Any] = {}
    if state.case_clients:
        data["case_clients"] = {str(k): v for k, v in state.case_clients.items()}
    if state.case_texts:
        data["case_texts"] = {str(k): dict(texts) for k, texts in state.case_texts.items()}
    if state.case_help_kinds:
        data["case_help_kinds"] = {
            str(k): [kind.value for kind in HelpKind if kind in kinds]
            for k, kinds in state.case_help_kinds.items()
        }
    return data


def _case_data(case: int) -> dict[str, int]:
    # Written only beyond the first case: a one-case record reads as before cases existed.
    return {} if case == 1 else {"case": case}


_TOP_KEYS: Final = (
    "record_version", "mode", "texts", "help_kinds", "suggestions", "action_items", "learnings",
    "consent", "timings", "speaking", "case_clients", "case_texts", "case_help_kinds",
)  # fmt: skip
_SUGGESTION_KEYS: Final = ("id", "text", "author", "kept", "created_at", "case")
_ACTION_KEYS: Final = ("id", "what", "by_when", "success_sign", "case")
_LEARNING_KEYS: Final = ("participant_id", *_LEARNING_TEXTS, "case")
_CONSENT_KEYS: Final = ("client_approved_export", "approved_at", "approved_by")
_TIMING_KEYS: Final = ("phase_id", "name", "planned_seconds", "actual_seconds")


def _fail(where: str, message: str) -> RecordDataError:
    return RecordDataError(message, field=where)


def _table(value: Any, where: str, keys: Sequence[str]) -> dict[str, Any]:
    """A JSON object whose keys are all known (an unknown key would be silently lost)."""
    if not isinstance(value, dict):
        raise _fail(where, "must be a table of fields")
    for key in value:
        if key not in keys:
            raise _fail(f"{where}.{key}" if where else str(key), "unknown field")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, "must be a list")
    return value


def _str(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _fail(f"{where}.{key}" if where else key, "must be text")
    return value


def _id(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise _fail(f"{where}.{key}", "must be a non-empty id")
    return value


def _optional_id(table: dict[str, Any], key: str, where: str) -> str | None:
    value = table.get(key)
    if value is not None and (not isinstance(value, str) or not value):
        raise _fail(f"{where}.{key}", "must be a participant's id or null")
    return value


def _iso(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    problem = _iso_problem(value)
    if problem:
        raise _fail(f"{where}.{key}", problem)
    assert isinstance(value, str)
    return value


def _read_state(data: Any) -> RecordState:
    if not isinstance(data, dict):
        raise _fail("", "is not a session record")
    version = data.get("record_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail("record_version", "must be a whole number (1 for this version)")
    if version > RECORD_VERSION:
        raise _fail(
            "record_version",
            f"this record was written by a newer version of Codev (format {version}); "
            f"this version reads format {RECORD_VERSION}. Please update Codev.",
        )
    _table(data, "", _TOP_KEYS)
    try:
        mode = RecordMode(data.get("mode", RecordMode.FULL.value))
    except ValueError:
        allowed = ", ".join(member.value for member in RecordMode)
        raise _fail("mode", f"must be one of {allowed}") from None
    texts = _table(data.get("texts", {}), "texts", [which.value for which in RecordText])
    text_values = {which.value: _str(texts, which.value, "texts") for which in RecordText}
    state = RecordState(
        mode=mode,
        help_kinds=_read_help_kinds(data.get("help_kinds", [])),
        suggestions=_read_suggestions(data.get("suggestions", [])),
        action_items=_read_action_items(data.get("action_items", [])),
        learnings=_read_learnings(data.get("learnings", [])),
        consent=_read_consent(data.get("consent", {})),
        timings=_read_timings(data.get("timings", [])),
        speaking=_read_speaking(data.get("speaking", {})),
        case_clients=_read_case_clients(data.get("case_clients", {})),
        case_texts=_read_case_texts(data.get("case_texts", {})),
        case_help_kinds=_read_case_help_kinds(data.get("case_help_kinds", {})),
        **text_values,
    )
    if mode is RecordMode.TIMERS_ONLY:
        content = _first_content_field(state)
        if content:
            raise _fail(content, "must be empty: only timings are kept for this session")
    return state


def _read_help_kinds(value: Any) -> frozenset[HelpKind]:
    kinds: set[HelpKind] = set()
    for index, raw in enumerate(_list(value, "help_kinds"), start=1):
        where = f"help_kinds[{index}]"
        try:
            kind = HelpKind(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in HelpKind)
            raise _fail(where, f"must be one of {allowed} (got {excerpt(raw)})") from None
        if kind in kinds:
            raise _fail(where, f"{kind.value!r} appears twice")
        kinds.add(kind)
    return frozenset(kinds)


def _read_suggestions(value: Any) -> tuple[Suggestion, ...]:
    items: list[Suggestion] = []
    seen: set[str] = set()
    for index, raw in enumerate(_list(value, "suggestions"), start=1):
        where = f"suggestions[{index}]"
        table = _table(raw, where, _SUGGESTION_KEYS)
        item_id = _id(table, "id", where)
        if item_id in seen:
            raise _fail(f"{where}.id", f"{item_id!r} is used by two suggestions")
        seen.add(item_id)
        text = _str(table, "text", where)
        author = _optional_id(table, "author", where)
        kept = table.get("kept", False)
        if not isinstance(kept, bool):
            raise _fail(f"{where}.kept", "must be true or false")
        stamp = _iso(table, "created_at", where)
        items.append(Suggestion(item_id, text, author, kept, stamp, _case(table, where)))
    return tuple(items)


def _read_action_items(value: Any) -> tuple[ActionItem, ...]:
    items: list[ActionItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(_list(value, "action_items"), start=1):
        where = f"action_items[{index}]"
        table = _table(raw, where, _ACTION_KEYS)
        item_id = _id(table, "id", where)
        if item_id in seen:
            raise _fail(f"{where}.id", f"{item_id!r} is used by two action items")
        seen.add(item_id)
        texts = {key: _str(table, key, where) for key in _ACTION_KEYS[1:4]}
        items.append(ActionItem(item_id, **texts, case=_case(table, where)))
    return tuple(items)


def _read_learnings(value: Any) -> tuple[Learning, ...]:
    items: list[Learning] = []
    seen: set[str] = set()
    for index, raw in enumerate(_list(value, "learnings"), start=1):
        where = f"learnings[{index}]"
        table = _table(raw, where, _LEARNING_KEYS)
        participant_id = _id(table, "participant_id", where)
        case = _case(table, where, SESSION_CASE)
        if learning_key(participant_id, case) in seen:
            raise _fail(f"{where}.participant_id", f"{participant_id!r} has two learnings")
        seen.add(learning_key(participant_id, case))
        texts = {key: _str(table, key, where) for key in _LEARNING_TEXTS}
        items.append(Learning(participant_id, **texts, case=case))
    return tuple(items)


def _case(table: dict[str, Any], where: str, lowest: int = 1) -> int:
    value = table.get("case", 1)
    problem = _case_problem(value, lowest)
    if problem:
        raise _fail(f"{where}.case", problem)
    assert isinstance(value, int)
    return value


def _read_case_clients(value: Any) -> Mapping[int, str]:
    if not isinstance(value, dict):
        raise _fail("case_clients", "must be a table of case numbers and participant ids")
    clients: dict[int, str] = {}
    for key, participant_id in value.items():
        where = f"case_clients.{key}"
        number = int(key) if isinstance(key, str) and key.isdigit() else None
        if number is None or _case_problem(number):
            raise _fail(where, f"must be keyed by a case number from 1 to {MAX_CASES}")
        if not isinstance(participant_id, str) or not participant_id:
            raise _fail(where, "must be a participant's id")
        clients[number] = participant_id
    return MappingProxyType(dict(sorted(clients.items())))


def _later_case(key: Any, where: str) -> int:
    number = int(key) if isinstance(key, str) and key.isdigit() else None
    if number is None or number == 1 or _case_problem(number):
        raise _fail(where, f"must be keyed by a case number from 2 to {MAX_CASES}")
    return number


def _read_case_texts(value: Any) -> Mapping[int, Mapping[str, str]]:
    if not isinstance(value, dict):
        raise _fail("case_texts", "must be a table of case numbers and texts")
    names = sorted(which.value for which in CASE_TEXTS)
    by_case: dict[int, Mapping[str, str]] = {}
    for key, texts in value.items():
        where = f"case_texts.{key}"
        number = _later_case(key, where)
        table = _table(texts, where, names)
        written = {name: _str(table, name, where) for name in table}
        if written and all(written.values()):
            by_case[number] = MappingProxyType(written)
        elif written:
            raise _fail(where, "must hold only the texts written (an empty one is left out)")
    return MappingProxyType(dict(sorted(by_case.items())))


def _read_case_help_kinds(value: Any) -> Mapping[int, frozenset[HelpKind]]:
    if not isinstance(value, dict):
        raise _fail("case_help_kinds", "must be a table of case numbers and kinds of help")
    by_case: dict[int, frozenset[HelpKind]] = {}
    for key, kinds in value.items():
        number = _later_case(key, f"case_help_kinds.{key}")
        read = _read_help_kinds(kinds)
        if read:
            by_case[number] = read
    return MappingProxyType(dict(sorted(by_case.items())))


def _read_consent(value: Any) -> Consent:
    table = _table(value, "consent", _CONSENT_KEYS)
    approved = table.get("client_approved_export", False)
    if not isinstance(approved, bool):
        raise _fail("consent.client_approved_export", "must be true or false")
    if not approved:
        for key in ("approved_at", "approved_by"):
            if table.get(key) is not None:
                raise _fail(f"consent.{key}", "must be null when the export is not approved")
        return Consent()
    return Consent(
        True, _iso(table, "approved_at", "consent"), _optional_id(table, "approved_by", "consent")
    )


def _read_timings(value: Any) -> tuple[PhaseTiming, ...]:
    items: list[PhaseTiming] = []
    seen: set[str] = set()
    for index, raw in enumerate(_list(value, "timings"), start=1):
        where = f"timings[{index}]"
        table = _table(raw, where, _TIMING_KEYS)
        phase_id, name, planned, actual = (table.get(key) for key in _TIMING_KEYS)
        problem = _timing_problem(phase_id, name, planned, actual, seen)
        if problem:
            raise _fail(f"{where}.{problem[0]}", problem[1])
        assert isinstance(phase_id, str) and isinstance(name, str) and isinstance(planned, int)
        assert isinstance(actual, int | float)
        items.append(PhaseTiming(phase_id, name, planned, float(actual)))
    return tuple(items)


def _read_speaking(value: Any) -> Mapping[str, Mapping[str, float]]:
    if not isinstance(value, dict):
        raise _fail("speaking", "must be a table of phases")
    speaking: dict[str, Mapping[str, float]] = {}
    for phase_id, raw in value.items():
        where = f"speaking.{phase_id}"
        if not isinstance(phase_id, str) or not phase_id:
            raise _fail(where, "the phase id must not be empty")
        if not isinstance(raw, dict):
            raise _fail(where, "must be a table of participants and seconds")
        seconds: dict[str, float] = {}
        for participant_id, amount in raw.items():
            if not isinstance(participant_id, str) or not participant_id:
                raise _fail(f"{where}.{participant_id}", "must be keyed by a participant's id")
            problem = _seconds_problem(amount)
            if problem:
                raise _fail(f"{where}.{participant_id}", problem)
            seconds[participant_id] = float(amount)
        speaking[phase_id] = MappingProxyType(seconds)
    return MappingProxyType(speaking)


# States this module made or checked, by id: handing one back (undo, a replay, a copy) is not
# read again item by item (a few ms with hundreds of suggestions, on every command).
_VALID: weakref.WeakValueDictionary[int, RecordState] = weakref.WeakValueDictionary()


def _known_valid(state: RecordState) -> RecordState:
    _VALID[id(state)] = state
    return state


def _validated(state: RecordState) -> RecordState:
    """The same state rebuilt through the reader: a state made by hand is checked like a file."""
    if not isinstance(state, RecordState):
        raise InvalidRecordEdit("not a record state")
    if _VALID.get(id(state)) is state:
        return state
    try:
        return _known_valid(_read_state(_to_data(state)))
    except RecordDataError as error:
        raise InvalidRecordEdit(str(error)) from None
    except (AttributeError, TypeError, ValueError, AssertionError):
        # Fields of the wrong type altogether (e.g. a plain dict where a Suggestion belongs).
        raise InvalidRecordEdit("not a valid record state") from None

"""The facilitator's actions on a live session, as values.

Every action — on the timer, the phases, the turns, the people or the record — is a frozen
dataclass. :meth:`codev_app.core.session.LiveSession.apply` is the one entry point that carries it
out. Commands are plain data: they compare by value, and :meth:`Command.to_data` and
:func:`command_from_data` turn them into JSON-safe dicts (with a schema version) so they can be kept
in the session's command log and sent to a co-facilitator.

A command names what it applies to (a phase id, a participant id, an item id), never "the current
one" implicitly when that matters for two facilitators acting at once: ``NextPhase(from_phase=…)``
moves on from that phase only.
"""

from __future__ import annotations

import dataclasses
import enum
import random
import types
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Union, get_args, get_origin, get_type_hints

from codev_app.core.errors import CodevError
from codev_app.core.participants import Role
from codev_app.core.record import HelpKind, RecordText, text_key
from codev_app.core.template import TurnMode
from codev_app.core.turn_state import QueueOrder, RoundOrder

COMMAND_SCHEMA_VERSION = 1

_KINDS: dict[str, type[Command]] = {}


class InvalidCommandData(CodevError):
    """A stored or received command that cannot be read back."""


class Area(enum.StrEnum):
    """Which part of the session a command acts on (for wording and for views)."""

    TIMER = "timer"
    PHASE = "phase"
    TURNS = "turns"
    ROSTER = "roster"
    RECORD = "record"
    HISTORY = "history"


@dataclass(frozen=True)
class Command:
    """Base of every command. Subclasses set :attr:`kind` (its name in data) and :attr:`area`."""

    kind: ClassVar[str] = ""
    area: ClassVar[Area]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            if cls.kind in _KINDS:
                raise TypeError(f"two commands are named {cls.kind!r}")
            _KINDS[cls.kind] = cls

    def to_data(self) -> dict[str, Any]:
        """A JSON-safe dict: ``{"kind": …, "v": 1, <fields>}``."""
        data: dict[str, Any] = {"kind": self.kind, "v": COMMAND_SCHEMA_VERSION}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            data[item.name] = value.value if isinstance(value, enum.Enum) else value
        return data


def command_from_data(data: Mapping[str, Any]) -> Command:
    """Read a command written by :meth:`Command.to_data`; raises :class:`InvalidCommandData`."""
    if not isinstance(data, Mapping):
        raise InvalidCommandData("a command must be a table")
    if data.get("v") != COMMAND_SCHEMA_VERSION:
        raise InvalidCommandData(f"unknown command format {str(data.get('v'))[:20]!r}")
    cls = _KINDS.get(str(data.get("kind")))
    if cls is None:
        raise InvalidCommandData(f"unknown command {str(data.get('kind'))[:40]!r}")
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        if item.name not in data:
            if item.default is dataclasses.MISSING:
                raise InvalidCommandData(f"{cls.kind}: {item.name} is missing")
            continue
        values[item.name] = _read_value(
            hints[item.name], data[item.name], f"{cls.kind}.{item.name}"
        )
    return cls(**values)


def _read_value(hint: Any, value: Any, where: str) -> Any:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        if value is None and type(None) in options:
            return None
        (hint,) = (option for option in options if option is not type(None))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise InvalidCommandData(f"{where}: {str(value)[:40]!r} is not allowed") from None
    expected = {int: (int,), float: (int, float), str: (str,), bool: (bool,)}.get(hint)
    if expected is None:
        raise InvalidCommandData(f"{where}: unsupported type")
    if not isinstance(value, expected) or (hint is not bool and isinstance(value, bool)):
        raise InvalidCommandData(f"{where}: expected {hint.__name__}")
    return float(value) if hint is float else value


def new_item_id() -> str:
    """A fresh id for a record item, chosen when the command is made (so a replay is identical)."""
    return uuid.uuid4().hex[:12]


# --- timer ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartSession(Command):
    """Start the session on its first phase."""

    kind: ClassVar[str] = "start"
    area: ClassVar[Area] = Area.TIMER


@dataclass(frozen=True)
class Pause(Command):
    """Stop the timers (a pause is nobody's speaking time)."""

    kind: ClassVar[str] = "pause"
    area: ClassVar[Area] = Area.TIMER


@dataclass(frozen=True)
class Resume(Command):
    """Start the timers again."""

    kind: ClassVar[str] = "resume"
    area: ClassVar[Area] = Area.TIMER


@dataclass(frozen=True)
class AddTime(Command):
    """Give the current phase more minutes (negative: fewer)."""

    kind: ClassVar[str] = "add_time"
    area: ClassVar[Area] = Area.TIMER
    minutes: int
    phase_id: str | None = None


@dataclass(frozen=True)
class InsertBreak(Command):
    """A break right after the current phase."""

    kind: ClassVar[str] = "insert_break"
    area: ClassVar[Area] = Area.TIMER
    minutes: int


@dataclass(frozen=True)
class SetKeepEndTime(Command):
    """Keep the planned end time by rescaling the remaining phases (or stop doing so)."""

    kind: ClassVar[str] = "keep_end_time"
    area: ClassVar[Area] = Area.TIMER
    keep: bool


@dataclass(frozen=True)
class FinishSession(Command):
    """End the session (undo can bring it back)."""

    kind: ClassVar[str] = "finish"
    area: ClassVar[Area] = Area.TIMER


# --- phases --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NextPhase(Command):
    """Move on to the next phase; before the start, start the session.

    ``from_phase``: the phase the facilitator saw as current; if another is current by now (a
    co-facilitator moved first), the command is refused instead of skipping a phase.
    """

    kind: ClassVar[str] = "next_phase"
    area: ClassVar[Area] = Area.PHASE
    from_phase: str | None = None


@dataclass(frozen=True)
class ChooseModule(Command):
    """In a phase offering modules (``phase_id``), choose one: it sets the later phase's rules,
    prompts and turns (the Kollegiale Beratung's brainstorming, consent or vote…)."""

    kind: ClassVar[str] = "choose_module"
    area: ClassVar[Area] = Area.PHASE
    phase_id: str
    module_id: str


@dataclass(frozen=True)
class PreviousPhase(Command):
    """Go back one phase (its timer continues where it stopped)."""

    kind: ClassVar[str] = "previous_phase"
    area: ClassVar[Area] = Area.PHASE
    from_phase: str | None = None


@dataclass(frozen=True)
class GoToPhase(Command):
    """Jump to a phase of the plan."""

    kind: ClassVar[str] = "go_to_phase"
    area: ClassVar[Area] = Area.PHASE
    phase_id: str


# --- turns ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SelectSpeaker(Command):
    """A participant's number key or a click on their name; what it does depends on the turn mode
    (see :meth:`LiveSession.apply`)."""

    kind: ClassVar[str] = "select_speaker"
    area: ClassVar[Area] = Area.TURNS
    participant_id: str


@dataclass(frozen=True)
class NextSpeaker(Command):
    """The N key: the next person of the round (starting one if needed), or the first hand."""

    kind: ClassVar[str] = "next_speaker"
    area: ClassVar[Area] = Area.TURNS


@dataclass(frozen=True)
class StopSpeaking(Command):
    """Whoever has the floor stops."""

    kind: ClassVar[str] = "stop_speaking"
    area: ClassVar[Area] = Area.TURNS


@dataclass(frozen=True)
class PassTurn(Command):
    """The person whose turn it is passes."""

    kind: ClassVar[str] = "pass_turn"
    area: ClassVar[Area] = Area.TURNS


@dataclass(frozen=True)
class SpeakLater(Command):
    """The person whose turn it is speaks at the end of the round."""

    kind: ClassVar[str] = "speak_later"
    area: ClassVar[Area] = Area.TURNS


@dataclass(frozen=True)
class NewRound(Command):
    """A new round in the order chosen for this phase; nobody speaks until N."""

    kind: ClassVar[str] = "new_round"
    area: ClassVar[Area] = Area.TURNS


@dataclass(frozen=True)
class SetRoundOrder(Command):
    """The order of the next round of the current phase (a shuffled order is drawn and kept)."""

    kind: ClassVar[str] = "round_order"
    area: ClassVar[Area] = Area.TURNS
    order: RoundOrder
    seed: int | None = None

    @classmethod
    def choose(cls, order: RoundOrder) -> SetRoundOrder:
        """The command for ``order``; a shuffled order's seed is drawn now, kept in the command
        (so the log replays the same round) and saved with the session."""
        # The system's randomness, as secrets.randbelow; secrets would load OpenSSL (~3.5 MiB).
        seed = random.SystemRandom().randrange(2**31) if order is RoundOrder.SHUFFLED else None
        return cls(order, seed)


@dataclass(frozen=True)
class RaiseHand(Command):
    """Raised-hands mode: a hand goes up."""

    kind: ClassVar[str] = "raise_hand"
    area: ClassVar[Area] = Area.TURNS
    participant_id: str


@dataclass(frozen=True)
class LowerHand(Command):
    """Raised-hands mode: a hand goes down."""

    kind: ClassVar[str] = "lower_hand"
    area: ClassVar[Area] = Area.TURNS
    participant_id: str


@dataclass(frozen=True)
class SetTurnMode(Command):
    """Free speech, round or raised hands for the rest of the current phase."""

    kind: ClassVar[str] = "turn_mode"
    area: ClassVar[Area] = Area.TURNS
    mode: TurnMode


@dataclass(frozen=True)
class SetQueueOrder(Command):
    """Raised hands by arrival or least spoken first."""

    kind: ClassVar[str] = "queue_order"
    area: ClassVar[Area] = Area.TURNS
    order: QueueOrder


@dataclass(frozen=True)
class SetSpeakerTime(Command):
    """A time per speaker in the current phase: ``seconds`` each, a share of what is left
    (``share``), or no limit (neither)."""

    kind: ClassVar[str] = "speaker_time"
    area: ClassVar[Area] = Area.TURNS
    seconds: int | None = None
    share: bool = False


# --- people --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddParticipant(Command):
    """Someone who was not on the list arrives now (recorded as arriving late once started)."""

    kind: ClassVar[str] = "add_participant"
    area: ClassVar[Area] = Area.ROSTER
    name: str
    role: Role = Role.CONSULTANT


@dataclass(frozen=True)
class RenameParticipant(Command):
    """Correct someone's name."""

    kind: ClassVar[str] = "rename_participant"
    area: ClassVar[Area] = Area.ROSTER
    participant_id: str
    name: str


@dataclass(frozen=True)
class SetRole(Command):
    """Someone's role; choosing the client makes the previous client a consultant."""

    kind: ClassVar[str] = "set_role"
    area: ClassVar[Area] = Area.ROSTER
    participant_id: str
    role: Role


@dataclass(frozen=True)
class RemoveParticipant(Command):
    """Take someone off the list (added by mistake); what was noted for them stays."""

    kind: ClassVar[str] = "remove_participant"
    area: ClassVar[Area] = Area.ROSTER
    participant_id: str


@dataclass(frozen=True)
class SetPresent(Command):
    """Someone arrived (or came back), or left, now."""

    kind: ClassVar[str] = "set_present"
    area: ClassVar[Area] = Area.ROSTER
    participant_id: str
    present: bool


@dataclass(frozen=True)
class SetCame(Command):
    """Attendance taken at the opening: someone is here from the start, or absent."""

    kind: ClassVar[str] = "set_came"
    area: ClassVar[Area] = Area.ROSTER
    participant_id: str
    came: bool


# --- record --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetText(Command):
    """The text of a record field (the client's question, the contract, private notes…)."""

    kind: ClassVar[str] = "set_text"
    area: ClassVar[Area] = Area.RECORD
    field: RecordText
    value: str
    case: int = 1
    """The case whose text it is (the phase's case; ignored for the session's own texts)."""


@dataclass(frozen=True)
class SetHelpKind(Command):
    """The client wants (or no longer wants) this kind of help."""

    kind: ClassVar[str] = "set_help_kind"
    area: ClassVar[Area] = Area.RECORD
    help_kind: HelpKind
    wanted: bool
    case: int = 1
    """The case whose contract it is (the phase's case)."""


@dataclass(frozen=True)
class AddSuggestion(Command):
    """A consultant's suggestion, with its author; ``index`` places it (default: at the end)."""

    kind: ClassVar[str] = "add_suggestion"
    area: ClassVar[Area] = Area.RECORD
    item_id: str
    text: str = ""
    author: str | None = None
    index: int | None = None
    case: int = 1


@dataclass(frozen=True)
class EditSuggestion(Command):
    """Change a suggestion's text, author or whether the client keeps it (None: unchanged)."""

    kind: ClassVar[str] = "edit_suggestion"
    area: ClassVar[Area] = Area.RECORD
    item_id: str
    text: str | None = None
    author: str | None = None
    clear_author: bool = False
    kept: bool | None = None


@dataclass(frozen=True)
class RemoveSuggestion(Command):
    """Take a suggestion out of the record."""

    kind: ClassVar[str] = "remove_suggestion"
    area: ClassVar[Area] = Area.RECORD
    item_id: str


@dataclass(frozen=True)
class MoveSuggestion(Command):
    """Move a suggestion to another place in the list."""

    kind: ClassVar[str] = "move_suggestion"
    area: ClassVar[Area] = Area.RECORD
    item_id: str
    to_index: int


@dataclass(frozen=True)
class AddActionItem(Command):
    """A step of the client's action plan."""

    kind: ClassVar[str] = "add_action_item"
    area: ClassVar[Area] = Area.RECORD
    item_id: str
    what: str = ""
    by_when: str = ""
    success_sign: str = ""
    index: int | None = None
    case: int = 1
    """The case whose plan it joins (the phase's case; 1 unless the format has several)."""


@dataclass(frozen=True)
class EditActionItem(Command):
    """Change a step of the action plan (None: unchanged)."""

    kind: ClassVar[str] = "edit_action_item"
    area: ClassVar[Area] = Area.RECORD
    item_id: str
    what: str | None = None
    by_when: str | None = None
    success_sign: str | None = None


@dataclass(frozen=True)
class RemoveActionItem(Command):
    """Take a step out of the action plan."""

    kind: ClassVar[str] = "remove_action_item"
    area: ClassVar[Area] = Area.RECORD
    item_id: str


@dataclass(frozen=True)
class MoveActionItem(Command):
    """Move a step of the action plan."""

    kind: ClassVar[str] = "move_action_item"
    area: ClassVar[Area] = Area.RECORD
    item_id: str
    to_index: int


@dataclass(frozen=True)
class SetLearning(Command):
    """What a participant learned (None: unchanged)."""

    kind: ClassVar[str] = "set_learning"
    area: ClassVar[Area] = Area.RECORD
    participant_id: str
    text: str | None = None
    appreciation: str | None = None
    expectations: str | None = None
    learnings: str | None = None
    applications: str | None = None
    case: int = 1
    """The case it is written for (one learning per participant and case)."""


@dataclass(frozen=True)
class RemoveLearning(Command):
    """Take a participant's learning for one case out of the record."""

    kind: ClassVar[str] = "remove_learning"
    area: ClassVar[Area] = Area.RECORD
    participant_id: str
    case: int = 1


# --- history -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Undo(Command):
    """Undo the actor's last action, whatever it was."""

    kind: ClassVar[str] = "undo"
    area: ClassVar[Area] = Area.HISTORY


@dataclass(frozen=True)
class Redo(Command):
    """Do again what the last undo undid."""

    kind: ClassVar[str] = "redo"
    area: ClassVar[Area] = Area.HISTORY


def merge_key(command: Command) -> tuple[str, ...] | None:
    """Commands with the same key, applied one after the other by the same person, are one step
    of the history: typing a sentence in a field is undone as a whole, not letter by letter."""
    match command:
        case SetText(field=field, case=number):
            return ("text", text_key(field, number))
        case EditSuggestion(item_id=item_id, text=str(), author=None, kept=None):
            return ("suggestion-text", item_id)
        case EditActionItem(item_id=item_id):
            return ("action-item", item_id)
        case SetLearning(participant_id=participant_id, case=number):
            return ("learning", participant_id, str(number))
    return None

"""Typed errors raised by the core.

Every rejected command or invalid input raises a subclass of :class:`CodevError` with a message a
facilitator can read. The UI shows ``str(error)``; it never has to parse it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from codev_app.core.text import clip

#: A field path is short unless a file's keys are not: longer ones are cut.
MAX_FIELD_LENGTH = 120


class CodevError(Exception):
    """Base of every error the core raises on purpose."""


class TemplateProblem(StrEnum):
    """What is wrong in a template, for the UI to say in the facilitator's language."""

    OTHER = "other"
    NOT_TOML = "not_toml"
    NOT_UTF8 = "not_utf8"
    UNREADABLE = "unreadable"
    MISSING = "missing"
    NOT_TEXT = "not_text"
    TEXT_OR_TABLE = "text_or_table"
    EMPTY = "empty"
    ONE_OF = "one_of"
    NOT_TABLE = "not_table"
    BAD_ID = "bad_id"
    DUPLICATE_ID = "duplicate_id"
    MINUTES_NOT_NUMBER = "minutes_not_number"
    MINUTES_RANGE = "minutes_range"
    NOT_LIST = "not_list"
    WARNING_RANGE = "warning_range"
    NOT_BOOL = "not_bool"
    SPEAKER_RANGE = "speaker_range"
    CASE_RANGE = "case_range"
    NOT_TEMPLATE = "not_template"
    WRONG_FORMAT = "wrong_format"
    BAD_VERSION = "bad_version"
    NEWER = "newer"
    NO_PHASES = "no_phases"
    NO_MODULES = "no_modules"
    NOT_LATER_PHASE = "not_later_phase"
    UNKNOWN_MODULE = "unknown_module"
    LAST_PHASE_CHOICE = "last_phase_choice"
    ALREADY_SET = "already_set"


class TemplateError(CodevError):
    """A template file or template data is invalid.

    ``source`` names the file (or "built-in"), ``field`` the dotted path of the first wrong field.
    Both and the message are clipped (:func:`~codev_app.core.text.clip`): a refused 10 MB value is
    quoted as a short excerpt, never whole. ``problem`` says what is wrong and ``values`` the
    parts of the message (``got``: the refused value, ``allowed``, ``min``, ``max``, ``version``,
    ``phase``, ``reason``), so the UI can word it in French; the message is the English wording.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str = "",
        field: str = "",
        problem: TemplateProblem = TemplateProblem.OTHER,
        values: Mapping[str, str] | None = None,
    ) -> None:
        self.source = source
        self.field = clip(field, MAX_FIELD_LENGTH)
        self.detail = clip(message)
        self.problem = problem
        self.values = {key: clip(value) for key, value in (values or {}).items()}
        prefix = ": ".join(part for part in (source, self.field) if part)
        super().__init__(f"{prefix}: {self.detail}" if prefix else self.detail)


class InvalidCommand(CodevError):
    """A session command that cannot be carried out now; the engine state is unchanged."""


class NotStarted(InvalidCommand):
    """The session has not started yet."""


class AlreadyStarted(InvalidCommand):
    """The session is already running."""


class SessionFinished(InvalidCommand):
    """The session has finished; only undo is possible."""


class NoNextPhase(InvalidCommand):
    """Advance requested on the last phase (use finish instead)."""


class NoPreviousPhase(InvalidCommand):
    """Going back requested on the first phase."""


class NotPaused(InvalidCommand):
    """Resume requested while the timer is not paused."""


class NotRunning(InvalidCommand):
    """Pause requested while the timer is not running."""


class InvalidDuration(InvalidCommand):
    """A duration or time adjustment that would make no sense (negative, absurd)."""


class UnknownPhase(InvalidCommand):
    """A phase id that is not part of the session's plan."""


class NothingToUndo(InvalidCommand):
    """Undo requested with an empty history."""


class NothingToRedo(InvalidCommand):
    """Redo was asked for, but nothing was undone (or something was done since)."""


class ChoiceTooLate(InvalidCommand):
    """A module chosen for a phase that has already begun (its turns and time are under way)."""


class UnknownModule(InvalidCommand):
    """A module that the phase does not offer."""


class UndoBlocked(InvalidCommand):
    """Undo (or redo) of a step the co-facilitator has built on since (it would take theirs back
    too)."""


class StalePhase(InvalidCommand):
    """A phase command for a phase that is no longer the current one (someone moved first)."""


class FreeSpeech(InvalidCommand):
    """The next-speaker key in free speech, where the facilitator names who speaks."""

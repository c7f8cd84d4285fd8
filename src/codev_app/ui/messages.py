"""What to tell the facilitator when the core refuses something, in their language.

The core raises typed errors with English messages (for logs and the command line). Here each type
gets a translated sentence; a type without one falls back to the core's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from codev_app.core import errors, participants, turns
from codev_app.core.errors import CodevError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe_error(error: CodevError) -> str:
    """A calm, translated sentence for a refused command or invalid input."""
    # Ordered from the most specific type to the most general.
    known: list[tuple[type[CodevError], str]] = [
        (errors.NoNextPhase, _tr("This is the last phase. Use “End session” when you are done.")),
        (errors.NoPreviousPhase, _tr("This is the first phase: there is no phase before it.")),
        (errors.NotStarted, _tr("The session has not started yet.")),
        (errors.AlreadyStarted, _tr("The session has already started.")),
        (errors.SessionFinished, _tr("The session is over. You can still undo the last action.")),
        (errors.NotRunning, _tr("The timer is already paused.")),
        (errors.NotPaused, _tr("The timer is already running.")),
        (errors.NothingToUndo, _tr("There is nothing to undo.")),
        (errors.InvalidDuration, _tr("A phase cannot be shorter than one minute.")),
        (errors.UnknownPhase, _tr("This phase is not part of the session.")),
        (turns.EmptyRound, _tr("Nobody present may speak in this phase.")),
        (turns.RoundOver, _tr("Everyone has spoken in this round. Start another round if needed.")),
        (turns.NoRound, _tr("There is no round yet: start a round first.")),
        (turns.EmptyQueue, _tr("Nobody is waiting to speak.")),
        (turns.NotEligible, _tr("This person does not speak in this phase.")),
        (turns.WrongMode, _tr("This does not apply to the current way of taking turns.")),
        (turns.NoCurrentSpeaker, _tr("Nobody has the floor.")),
        (turns.NobodyElseLeft, _tr("Nobody else is left to speak in this round.")),
        (participants.UnknownKey, _tr("No participant has this number.")),
        (participants.NotPresent, _tr("This person is not present.")),
        (participants.EmptyName, _tr("Please type a name.")),
        (participants.DuplicateName, _tr("Someone already has this name.")),
        (errors.TemplateError, _tr("This session plan cannot be run: {detail}")),
    ]
    for kind, sentence in known:
        if isinstance(error, kind):
            return sentence.replace("{detail}", str(error))
    return str(error)

"""What to tell the facilitator when the core refuses something, in their language.

The core raises typed errors with English messages (for logs and the command line). Here each type
gets a translated sentence; a type without one falls back to the core's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from codev_app.core import errors, participants, turn_state
from codev_app.core.errors import CodevError


def describe_error(error: CodevError) -> str:
    """A calm, translated sentence for a refused command or invalid input."""
    # Ordered from the most specific type to the most general.
    known: list[tuple[type[CodevError], str]] = [
        (
            errors.NoNextPhase,
            QCoreApplication.translate(
                "Messages", "This is the last phase. Use “End session” when you are done."
            ),
        ),
        (
            errors.NoPreviousPhase,
            QCoreApplication.translate(
                "Messages", "This is the first phase: there is no phase before it."
            ),
        ),
        (
            errors.NotStarted,
            QCoreApplication.translate("Messages", "The session has not started yet."),
        ),
        (
            errors.AlreadyStarted,
            QCoreApplication.translate("Messages", "The session has already started."),
        ),
        (
            errors.SessionFinished,
            QCoreApplication.translate(
                "Messages", "The session is over. You can still undo the last action."
            ),
        ),
        (errors.NotRunning, QCoreApplication.translate("Messages", "The timer is already paused.")),
        (errors.NotPaused, QCoreApplication.translate("Messages", "The timer is already running.")),
        (errors.NothingToUndo, QCoreApplication.translate("Messages", "There is nothing to undo.")),
        (
            errors.UndoBlocked,
            QCoreApplication.translate(
                "Messages",
                "Your co-facilitator has changed this since: it cannot be taken back alone.",
            ),
        ),
        (
            errors.StalePhase,
            QCoreApplication.translate(
                "Messages", "Another phase is current now (your co-facilitator moved first)."
            ),
        ),
        (
            errors.InvalidDuration,
            QCoreApplication.translate("Messages", "A phase cannot be shorter than one minute."),
        ),
        (
            errors.ChoiceTooLate,
            QCoreApplication.translate(
                "Messages",
                "The phase this choice prepares has already begun: the choice stays as it was.",
            ),
        ),
        (
            errors.UnknownPhase,
            QCoreApplication.translate("Messages", "This phase is not part of the session."),
        ),
        (
            turn_state.EmptyRound,
            QCoreApplication.translate("Messages", "Nobody present may speak in this phase."),
        ),
        (
            turn_state.RoundOver,
            QCoreApplication.translate(
                "Messages", "Everyone has spoken in this round. Start another round if needed."
            ),
        ),
        (
            turn_state.NoRound,
            QCoreApplication.translate("Messages", "There is no round yet: start a round first."),
        ),
        (
            turn_state.EmptyQueue,
            QCoreApplication.translate("Messages", "Nobody is waiting to speak."),
        ),
        (
            turn_state.ClientListens,
            QCoreApplication.translate(
                "Messages", "The client listens in this phase: only the consultants speak."
            ),
        ),
        (
            turn_state.NotEligible,
            QCoreApplication.translate("Messages", "This person does not speak in this phase."),
        ),
        (
            turn_state.AlreadyHadTurn,
            QCoreApplication.translate(
                "Messages",
                "This person has already had a turn in this round. "
                "A new round gives everyone a turn again.",
            ),
        ),
        (
            turn_state.AlreadySpeaking,
            QCoreApplication.translate("Messages", "This person already has the floor."),
        ),
        (
            turn_state.HandAlreadyRaised,
            QCoreApplication.translate("Messages", "This person's hand is already raised."),
        ),
        (
            turn_state.HandNotRaised,
            QCoreApplication.translate("Messages", "This person has not raised a hand."),
        ),
        (
            turn_state.WrongMode,
            QCoreApplication.translate(
                "Messages", "This does not apply to the current way of taking turns."
            ),
        ),
        (
            turn_state.NoCurrentSpeaker,
            QCoreApplication.translate("Messages", "Nobody has the floor."),
        ),
        (
            turn_state.NobodyElseLeft,
            QCoreApplication.translate("Messages", "Nobody else is left to speak in this round."),
        ),
        (
            participants.UnknownKey,
            QCoreApplication.translate("Messages", "No participant has this number."),
        ),
        (
            participants.NotPresent,
            QCoreApplication.translate("Messages", "This person is not present."),
        ),
        (
            participants.AttendanceTaken,
            QCoreApplication.translate(
                "Messages",
                "Their arrival or departure is already noted: tick or untick Here to change it.",
            ),
        ),
        (
            participants.AlreadyPresent,
            QCoreApplication.translate("Messages", "This person is already here."),
        ),
        (
            participants.ClientAlreadyChosen,
            QCoreApplication.translate(
                "Messages", "Someone else is already the client. Choose the client in the list."
            ),
        ),
        (
            participants.KeyInUse,
            QCoreApplication.translate("Messages", "Someone else already has this number."),
        ),
        (
            participants.InvalidKey,
            QCoreApplication.translate("Messages", "Numbers go from 1 to 9."),
        ),
        (
            participants.NameTooLong,
            QCoreApplication.translate("Messages", "This name is too long."),
        ),
        (
            participants.UnknownParticipant,
            QCoreApplication.translate("Messages", "This person is no longer in the list."),
        ),
        (participants.EmptyName, QCoreApplication.translate("Messages", "Please type a name.")),
        (
            participants.DuplicateName,
            QCoreApplication.translate("Messages", "Someone already has this name."),
        ),
        (
            errors.TemplateError,
            QCoreApplication.translate("Messages", "This session plan cannot be run: {detail}"),
        ),
    ]
    for kind, sentence in known:
        if isinstance(error, kind):
            return sentence.replace("{detail}", str(error))
    return str(error)


def describe_template_problem(error: errors.TemplateError) -> str:
    """What is wrong in a template file, in the facilitator's language (the core's English
    wording for a problem without its own sentence)."""
    translate = QCoreApplication.translate
    problem = errors.TemplateProblem
    sentences = {
        problem.NOT_TOML: translate(
            "TemplateProblems", "This is not a valid TOML file ({reason})."
        ),
        problem.NOT_UTF8: translate("TemplateProblems", "This file is not UTF-8 text."),
        problem.UNREADABLE: translate("TemplateProblems", "This file cannot be read ({reason})."),
        problem.MISSING: translate("TemplateProblems", "This is missing."),
        problem.NOT_TEXT: translate("TemplateProblems", "This must be text."),
        problem.TEXT_OR_TABLE: translate(
            "TemplateProblems", "This must be text, or a table of languages (fr, en)."
        ),
        problem.EMPTY: translate("TemplateProblems", "This must not be empty."),
        problem.ONE_OF: translate(
            "TemplateProblems", "This must be one of {allowed} (the file says {got})."
        ),
        problem.NOT_TABLE: translate("TemplateProblems", "This must be a table."),
        problem.BAD_ID: translate(
            "TemplateProblems",
            "This must be a short identifier: lowercase letters, digits, - or _ "
            "(the file says {got}).",
        ),
        problem.DUPLICATE_ID: translate("TemplateProblems", "Two phases have the same id, {got}."),
        problem.MINUTES_NOT_NUMBER: translate(
            "TemplateProblems", "Phase {phase}: the duration must be a number of minutes."
        ),
        problem.MINUTES_RANGE: translate(
            "TemplateProblems",
            "Phase {phase}: the duration must be between {min} and {max} minutes "
            "(the file says {got}).",
        ),
        problem.NOT_LIST: translate("TemplateProblems", "This must be a list."),
        problem.WARNING_RANGE: translate(
            "TemplateProblems", "This must be a fraction between 0 and 0.99."
        ),
        problem.NOT_BOOL: translate("TemplateProblems", "This must be true or false."),
        problem.SPEAKER_RANGE: translate(
            "TemplateProblems", "This must be a whole number of seconds between 10 and 3600."
        ),
        problem.CASE_RANGE: translate(
            "TemplateProblems", "This must be a case number from 1 to {max}."
        ),
        problem.NOT_TEMPLATE: translate("TemplateProblems", "This is not a Codev template."),
        problem.WRONG_FORMAT: translate(
            "TemplateProblems",
            "This file is not a Codev template (its format is not “codev-template”).",
        ),
        problem.BAD_VERSION: translate(
            "TemplateProblems", "Its schema_version must be a whole number (1 for this version)."
        ),
        problem.NEWER: translate(
            "TemplateProblems",
            "This file was written by a newer version of Codev (format {version}). "
            "Please update Codev.",
        ),
        problem.NO_PHASES: translate("TemplateProblems", "A template needs at least one phase."),
        problem.NO_MODULES: translate(
            "TemplateProblems",
            "sets and default_module only go with a phase that offers modules to choose from.",
        ),
        problem.NOT_LATER_PHASE: translate(
            "TemplateProblems",
            "A choice can only set a later phase: this must be the id of a phase that comes "
            "after it (the file says {got}).",
        ),
        problem.UNKNOWN_MODULE: translate(
            "TemplateProblems",
            "The default module must be one of this phase's modules (the file says {got}).",
        ),
        problem.LAST_PHASE_CHOICE: translate(
            "TemplateProblems",
            "Phase {phase} is the last one: it cannot offer modules, as no phase follows it.",
        ),
        problem.ALREADY_SET: translate(
            "TemplateProblems",
            "Phase {phase} is already set by another choice: one choice per phase.",
        ),
    }
    sentence = sentences.get(error.problem)
    if sentence is None:
        return error.detail
    for key, value in error.values.items():
        sentence = sentence.replace("{" + key + "}", value)
    return sentence

"""A facilitator's action in their own words, from the command's type and fields.

Used for the undo label ("Undo: next phase (Contract)"), the "Undone: …" notice and, with a
co-facilitator, "Dominique: Bruno speaks". Nothing here parses English sentences: every command
type has its own translated wording.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from codev_app.core import commands as c
from codev_app.core.engine import EngineState
from codev_app.core.participants import UnknownParticipant
from codev_app.core.session import LiveSession
from codev_app.core.template import TurnMode
from codev_app.core.text import isolate, with_name
from codev_app.ui.console.texts import MINUS, duration_text


def describe_action(command: c.Command, live: LiveSession, language: str) -> str:
    """What ``command`` did, briefly, in the facilitator's language (lower case, no full stop)."""
    phase_name = isolate(live.engine.current_phase.name.get(language))

    def person(participant_id: str) -> str:
        try:
            return live.roster.get(participant_id).name
        except UnknownParticipant:
            return QCoreApplication.translate("ConsoleTexts", "someone")

    match command:
        case c.StartSession():
            return QCoreApplication.translate("ConsoleTexts", "start of the session")
        case c.NextPhase():
            if live.engine.current_index == 0:
                return QCoreApplication.translate("ConsoleTexts", "start of the session")
            return QCoreApplication.translate("ConsoleTexts", "next phase (%1)").replace(
                "%1", phase_name
            )
        case c.PreviousPhase() | c.GoToPhase():
            return QCoreApplication.translate("ConsoleTexts", "move to %1").replace(
                "%1", phase_name
            )
        case c.Pause():
            return QCoreApplication.translate("ConsoleTexts", "pause")
        case c.Resume():
            return QCoreApplication.translate("ConsoleTexts", "resume")
        case c.FinishSession():
            return QCoreApplication.translate("ConsoleTexts", "end of the session")
        case c.SetKeepEndTime():
            return QCoreApplication.translate("ConsoleTexts", "keep the end time")
        case c.AddTime(minutes=minutes):
            sign = "+" if minutes > 0 else MINUS
            return f"{sign}{duration_text(abs(minutes) * 60)} · {phase_name}"
        case c.InsertBreak(minutes=minutes):
            return QCoreApplication.translate("ConsoleTexts", "break of %1").replace(
                "%1", duration_text(minutes * 60)
            )
        case c.SelectSpeaker(participant_id=pid) if live.turns.mode is TurnMode.QUEUE:
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "%1’s raised hand"), person(pid)
            )
        case c.SelectSpeaker(participant_id=pid):
            return with_name(QCoreApplication.translate("ConsoleTexts", "%1 speaks"), person(pid))
        case c.RaiseHand(participant_id=pid):
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "%1 raises a hand"), person(pid)
            )
        case c.LowerHand(participant_id=pid):
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "%1 lowers their hand"), person(pid)
            )
        case c.ChooseModule(phase_id=phase_id, module_id=module_id):
            try:
                module = live.template.phase(phase_id).module_named(module_id)
            except KeyError:
                return QCoreApplication.translate("ConsoleTexts", "choice of module")
            return QCoreApplication.translate("ConsoleTexts", "module %1").replace(
                "%1", module.name.get(language)
            )
    speaker = live.turns.current_speaker if live.state is not EngineState.FINISHED else None
    return _simple(command, person, speaker, live.turns.round_number)


def _simple(
    command: c.Command, person: Callable[[str], str], speaker: str | None, round_number: int
) -> str:
    match command:
        case c.NextSpeaker() | c.SpeakLater() | c.PassTurn() if speaker is not None:
            return QCoreApplication.translate("ConsoleTexts", "%1 speaks").replace(
                "%1", person(speaker)
            )
        case c.NextSpeaker():
            return QCoreApplication.translate("ConsoleTexts", "next speaker")
        case c.StopSpeaking():
            return QCoreApplication.translate("ConsoleTexts", "end of the turn")
        case c.PassTurn():
            return QCoreApplication.translate("ConsoleTexts", "a pass")
        case c.SpeakLater():
            return QCoreApplication.translate("ConsoleTexts", "speaking later")
        case c.NewRound():
            return QCoreApplication.translate("ConsoleTexts", "round %1").replace(
                "%1", str(round_number)
            )
        case c.SetRoundOrder():
            return QCoreApplication.translate("ConsoleTexts", "order of the next round")
        case c.SetTurnMode():
            return QCoreApplication.translate("ConsoleTexts", "way of taking turns")
        case c.SetQueueOrder():
            return QCoreApplication.translate("ConsoleTexts", "order of raised hands")
        case c.SetSpeakerTime():
            return QCoreApplication.translate("ConsoleTexts", "time per speaker")
        case c.AddParticipant(name=name):
            return with_name(QCoreApplication.translate("ConsoleTexts", "%1 joins"), name)
        case c.RemoveParticipant(participant_id=pid):
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "%1 taken off the list"), person(pid)
            )
        case c.RenameParticipant(participant_id=pid) | c.SetRole(participant_id=pid):
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "%1’s details"), person(pid)
            )
        case c.SetPresent(participant_id=pid, present=True):
            return with_name(QCoreApplication.translate("ConsoleTexts", "%1 arrives"), person(pid))
        case c.SetPresent(participant_id=pid):
            return with_name(QCoreApplication.translate("ConsoleTexts", "%1 leaves"), person(pid))
        case c.SetCame(participant_id=pid, came=True):
            return with_name(QCoreApplication.translate("ConsoleTexts", "%1 is here"), person(pid))
        case c.SetCame(participant_id=pid):
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "%1 is absent"), person(pid)
            )
        case c.SetText():
            return QCoreApplication.translate("ConsoleTexts", "typing in the notes")
        case c.SetHelpKind():
            return QCoreApplication.translate("ConsoleTexts", "kind of help wanted")
        case c.AddSuggestion():
            return QCoreApplication.translate("ConsoleTexts", "new suggestion")
        case c.EditSuggestion(kept=bool()):
            return QCoreApplication.translate("ConsoleTexts", "suggestion kept or not")
        case c.EditSuggestion():
            return QCoreApplication.translate("ConsoleTexts", "suggestion edited")
        case c.RemoveSuggestion():
            return QCoreApplication.translate("ConsoleTexts", "suggestion removed")
        case c.MoveSuggestion():
            return QCoreApplication.translate("ConsoleTexts", "suggestion moved")
        case c.AddActionItem():
            return QCoreApplication.translate("ConsoleTexts", "new step of the plan")
        case c.EditActionItem():
            return QCoreApplication.translate("ConsoleTexts", "step of the plan edited")
        case c.RemoveActionItem():
            return QCoreApplication.translate("ConsoleTexts", "step of the plan removed")
        case c.MoveActionItem():
            return QCoreApplication.translate("ConsoleTexts", "step of the plan moved")
        case c.SetLearning(participant_id=pid) | c.RemoveLearning(participant_id=pid):
            return with_name(
                QCoreApplication.translate("ConsoleTexts", "learning of %1"), person(pid)
            )
    return command.kind


def undo_label(live: LiveSession, language: str) -> str | None:
    """``Undo: next phase (Contract)``, or None when there is nothing to undo."""
    target = live.undo_target()
    if target is None:
        return None
    return QCoreApplication.translate("ConsoleTexts", "Undo: %1").replace(
        "%1", describe_action(target, live, language)
    )

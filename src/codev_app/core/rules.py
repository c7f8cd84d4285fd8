"""What each command does to a live session: the facilitator's rules, in one place.

:func:`carry_out` is called by :meth:`LiveSession.apply` only, inside its transaction: whatever it
raises, the session is put back as it was. It reads the clock through the session (one reading per
command) and changes the session's parts: the engine (time and phases), the turn takers, the
roster and the record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from codev_app.core import commands as c
from codev_app.core.engine_snapshot import EngineState, PlanChange
from codev_app.core.errors import (
    ChoiceTooLate,
    FreeSpeech,
    InvalidCommand,
    NoNextPhase,
    NotStarted,
    SessionFinished,
    StalePhase,
    UnknownModule,
)
from codev_app.core.participants import Role
from codev_app.core.record import UNSET, SessionRecord, _Unset
from codev_app.core.speaking_time import SpeakerTime
from codev_app.core.template import TurnMode, check_runnable
from codev_app.core.turn_state import RoundOrder, RoundOver
from codev_app.core.turns import TurnTaker

if TYPE_CHECKING:
    from codev_app.core.session import LiveSession

_V = TypeVar("_V")


def carry_out(live: LiveSession, command: c.Command) -> list[PlanChange]:
    """Carry out ``command`` on ``live``; returns what a rescaling of the plan changed."""
    engine = live.engine
    match command:
        case c.StartSession():
            check_runnable([item.phase for item in engine.plan])
            engine.start()
        case c.Pause():
            engine.pause()
        case c.Resume():
            engine.resume()
        case c.FinishSession():
            engine.finish()
        case c.AddTime(minutes=minutes, phase_id=phase_id):
            _check_current(live, phase_id)
            engine.add_time(minutes * 60)
            return _rescaled(live)
        case c.InsertBreak(minutes=minutes):
            phase = engine.insert_break(minutes)
            live.add_turn_taker(phase.id)
            return _rescaled(live)
        case c.SetKeepEndTime(keep=keep):
            live.set_keep_end_time(keep)
            return _rescaled(live) if keep else []
        case c.NextPhase(from_phase=from_phase):
            # Before the start, "next phase" is how most facilitators start (a presenter clicker).
            if engine.state is EngineState.NOT_STARTED:
                return carry_out(live, c.StartSession())
            _check_current(live, from_phase)
            if engine.current_index + 1 >= len(engine.plan):
                raise NoNextPhase("This is the last phase: end the session to finish it.")
            engine.next_phase()
            return _rescaled(live)
        case c.PreviousPhase(from_phase=from_phase):
            _check_current(live, from_phase)
            engine.previous_phase()
            return _rescaled(live)
        case c.GoToPhase(phase_id=phase_id):
            engine.go_to_phase(phase_id)
            return _rescaled(live)
        case c.ChooseModule(phase_id=phase_id, module_id=module_id):
            _choose_module(live, phase_id, module_id)
        case c.Command(area=c.Area.TURNS):
            _turns(live, command, live.turns)
        case c.Command(area=c.Area.ROSTER):
            _roster(live, command)
        case c.Command(area=c.Area.RECORD):
            apply_to_record(live.record, command)
        case _:
            raise TypeError(f"not a command for a live session: {command!r}")
    return []


def _check_current(live: LiveSession, phase_id: str | None) -> None:
    if phase_id is not None and phase_id != live.engine.current_phase.id:
        raise StalePhase("Another phase is current now; nothing was changed.")


def _rescaled(live: LiveSession) -> list[PlanChange]:
    """With "keep the end time", every change of time or phase rescales what is left."""
    if live.keeps_end_time and live.engine.state is not EngineState.FINISHED:
        return live.engine.keep_end_time()
    return []


def _choose_module(live: LiveSession, phase_id: str, module_id: str) -> None:
    """The chosen module becomes the set phase's rules, prompts and turns; its turn taker starts
    afresh in the module's mode (nobody has spoken in it yet: a phase already begun is refused)."""
    try:
        choice = live.template.phase(phase_id)
        module = choice.module_named(module_id)
    except KeyError:
        raise UnknownModule("This phase offers no such choice.") from None
    engine = live.engine
    index = next(i for i, item in enumerate(engine.plan) if item.id == choice.sets)
    begun = engine.state is not EngineState.NOT_STARTED and (
        index <= engine.current_index or engine.actual_seconds(index) > 0
    )
    if begun:
        raise ChoiceTooLate("The phase this choice sets has already begun; nothing was changed.")
    engine.set_phase(live.template.phase(choice.sets).with_module(module))
    live.replace_turn_taker(choice.sets)


# Commands that give or take the floor: only while the session runs (or is paused), so nobody's
# speaking time counts before the start or after the end. Settings (mode, orders) are fine anytime.
_FLOOR = (
    c.SelectSpeaker,
    c.NextSpeaker,
    c.StopSpeaking,
    c.PassTurn,
    c.SpeakLater,
    c.NewRound,
    c.RaiseHand,
    c.LowerHand,
)


def _turns(live: LiveSession, command: c.Command, taker: TurnTaker) -> None:
    if isinstance(command, _FLOOR):
        if live.engine.state is EngineState.NOT_STARTED:
            raise NotStarted("The session has not started yet.")
        if live.engine.state is EngineState.FINISHED:
            raise SessionFinished("The session is over.")
    match command:
        case c.SelectSpeaker(participant_id=pid):
            if taker.mode is TurnMode.QUEUE:
                if pid in taker.hands_raised:
                    taker.lower_hand(pid)
                else:
                    taker.raise_hand(pid)
            elif taker.current_speaker == pid:
                taker.stop_speaking()
            elif taker.mode is TurnMode.ROUND:
                taker.speak_now(pid)
            else:
                taker.mark_speaking(pid)
        case c.NextSpeaker():
            if taker.mode is TurnMode.FREE:
                raise FreeSpeech("In free speech, name who speaks.")
            if taker.mode is TurnMode.QUEUE:
                taker.give_floor_to_next()
            elif taker.state.round is None:
                order, seed = live.round_order(live.engine.current_phase.id)
                taker.build_round(order, seed=seed, start=True)
            elif taker.round_over:
                raise RoundOver("Everyone has spoken in this round.")
            else:
                taker.next_speaker()
        case c.StopSpeaking():
            taker.stop_speaking()
        case c.PassTurn():
            taker.pass_turn()
        case c.SpeakLater():
            taker.skip_for_now()
        case c.NewRound():
            order, seed = live.round_order(live.engine.current_phase.id)
            taker.build_round(order, seed=seed)
        case c.SetRoundOrder(order=order, seed=seed):
            if order is RoundOrder.SHUFFLED and seed is None:
                raise InvalidCommand("a shuffled order needs its seed (SetRoundOrder.choose)")
            live.set_round_order(live.engine.current_phase.id, order, seed)
        case c.RaiseHand(participant_id=pid):
            taker.raise_hand(pid)
        case c.LowerHand(participant_id=pid):
            taker.lower_hand(pid)
        case c.SetTurnMode(mode=mode):
            taker.switch_mode(mode)
        case c.SetQueueOrder(order=order):
            taker.set_queue_order(order)
        case c.SetSpeakerTime(seconds=seconds, share=share):
            rule = (
                SpeakerTime.fixed(seconds)
                if seconds is not None
                else SpeakerTime.share()
                if share
                else None
            )
            taker.set_speaker_time(rule)
        case _:
            raise TypeError(f"not a turn command: {command!r}")


def _roster(live: LiveSession, command: c.Command) -> None:
    roster = live.roster
    match command:
        case c.AddParticipant(name=name, role=role):
            started = live.engine.state is not EngineState.NOT_STARTED
            person = roster.add(name, Role.CONSULTANT, present=not started)
            if role is Role.CLIENT:
                roster.set_client(person.id)
            elif role is not Role.CONSULTANT:
                roster.set_role(person.id, role)
            if started:
                roster.arrive(person.id, live.speaking_clock.now())
        case c.RenameParticipant(participant_id=pid, name=name):
            roster.rename(pid, name)
        case c.SetRole(participant_id=pid, role=role):
            if role is Role.CLIENT:
                roster.set_client(pid)
            else:
                roster.set_role(pid, role)
        case c.RemoveParticipant(participant_id=pid):
            roster.remove(pid)
        case c.SetPresent(participant_id=pid, present=present):
            if present:
                roster.arrive(pid, live.speaking_clock.now())
            else:
                roster.leave(pid, live.speaking_clock.now())
        case c.SetCame(participant_id=pid, came=came):
            roster.set_came(pid, came)
        case _:
            raise TypeError(f"not a roster command: {command!r}")


def _given(value: _V | None) -> _V | _Unset:
    """A command's optional field as the record's edit methods take it (None: left as it is)."""
    return UNSET if value is None else value


def apply_to_record(record: SessionRecord, command: c.Command) -> None:
    """Carry out a record command on a record (a live session's, or a saved one being edited)."""
    match command:
        case c.SetText(field=which, value=value):
            record.set_text(which, value, command.case)
        case c.SetHelpKind(help_kind=kind, wanted=wanted):
            record.set_help_kind(kind, wanted, command.case)
        case c.AddSuggestion(item_id=item_id, text=text, author=author, index=index):
            record.add_suggestion(text, author, item_id=item_id, case=command.case)
            if index is not None:
                record.move_suggestion(item_id, index)
        case c.EditSuggestion(item_id=item_id):
            record.update_suggestion(
                item_id,
                text=_given(command.text),
                author=None if command.clear_author else command.author or UNSET,
                kept=_given(command.kept),
            )
        case c.RemoveSuggestion(item_id=item_id):
            record.remove_suggestion(item_id)
        case c.MoveSuggestion(item_id=item_id, to_index=to_index):
            record.move_suggestion(item_id, to_index)
        case c.AddActionItem(item_id=item_id, index=index):
            record.add_action_item(
                command.what,
                command.by_when,
                command.success_sign,
                item_id=item_id,
                case=command.case,
            )
            if index is not None:
                record.move_action_item(item_id, index)
        case c.EditActionItem(item_id=item_id):
            record.update_action_item(
                item_id,
                what=_given(command.what),
                by_when=_given(command.by_when),
                success_sign=_given(command.success_sign),
            )
        case c.RemoveActionItem(item_id=item_id):
            record.remove_action_item(item_id)
        case c.MoveActionItem(item_id=item_id, to_index=to_index):
            record.move_action_item(item_id, to_index)
        case c.SetLearning(participant_id=pid):
            values = {
                name: getattr(command, name)
                for name in ("text", "appreciation", "expectations", "learnings", "applications")
                if getattr(command, name) is not None
            }
            record.set_learning(pid, **values, case=command.case)
        case c.RemoveLearning(participant_id=pid):
            record.remove_learning(pid, command.case)
        case _:
            raise TypeError(f"not a record command: {command!r}")

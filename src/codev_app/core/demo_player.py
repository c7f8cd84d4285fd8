"""Playing the demo script (core/demo.py) on a live session, through ordinary commands."""

from __future__ import annotations

from collections.abc import Callable

from codev_app.core import commands as c
from codev_app.core.demo import (
    DEMO,
    Beat,
    DemoScript,
    Learn,
    PlanStep,
    Speak,
    Suggest,
    WantHelp,
    Write,
    say,
)
from codev_app.core.engine import EngineState
from codev_app.core.session import LiveSession
from codev_app.core.template import TurnMode


class DemoPlayer:
    """Plays :data:`DEMO` (or another script) on ``live`` through ``apply``.

    ``apply`` is the console's way in (``SessionController.apply``): every beat is an ordinary
    command, shown, undoable and refused as any other. Call :meth:`poll` often (the UI does on a
    timer); :meth:`next_phase` finishes the current phase's beats and moves on (the facilitator
    stepping through, or the auto mode when the phase's time is up).
    """

    def __init__(
        self,
        live: LiveSession,
        apply: Callable[[c.Command], object],
        *,
        language: str = "en",
        script: DemoScript | None = None,
        auto: bool = True,
    ) -> None:
        self.live = live
        self.script = script if script is not None else DEMO
        self.language = language
        self.auto = auto
        self._apply = apply
        self._done: dict[str, int] = {}  # phase id -> how many of its beats were played
        self._people = [person.id for person in live.roster.participants]

    @property
    def finished(self) -> bool:
        """The session has ended."""
        return self.live.state is EngineState.FINISHED

    def about(self) -> str:
        """The sentence for where the session is: the introduction, a phase, or the ending."""
        state = self.live.state
        if state is EngineState.NOT_STARTED:
            return say(self.script.intro, self.language)
        if state is EngineState.FINISHED:
            return say(self.script.ending, self.language)
        phase = self.script.phase(self.live.engine.current_phase.id)
        if phase is None:  # a break the facilitator added, or a phase the script does not know
            return self.live.engine.current_phase.purpose.get(self.language)
        return say(phase.about, self.language)

    def poll(self) -> None:
        """Play the beats whose time has come; in auto mode, end a phase whose time is up."""
        if self.live.state is not EngineState.RUNNING:
            return
        status = self.live.engine.phase_status()
        share = status.elapsed / status.planned if status.planned else 1.0
        self._play_until(share)
        if self.auto and status.remaining <= 0:
            self.next_phase()

    def next_phase(self) -> None:
        """Play what is left of this phase, then go on to the next one (or end the session)."""
        if self.live.state in (EngineState.NOT_STARTED, EngineState.FINISHED):
            return
        self._play_until(float("inf"))
        engine = self.live.engine
        last = engine.current_index == len(engine.plan) - 1
        if last:
            self._apply(c.FinishSession())
        else:
            self._apply(c.NextPhase(from_phase=engine.current_phase.id))

    def _play_until(self, share: float) -> None:
        phase_id = self.live.engine.current_phase.id
        phase = self.script.phase(phase_id)
        if phase is None:
            return
        done = self._done.get(phase_id, 0)
        while done < len(phase.beats) and phase.beats[done].at <= share:
            beat = phase.beats[done]
            done += 1
            self._done[phase_id] = done  # before applying: a refused beat is not played twice
            for command in self._commands(beat):
                self._apply(command)

    def _commands(self, beat: Beat) -> list[c.Command]:
        language, people = self.language, self._people
        match beat:
            case Speak(person=person):
                return self._speak(person)
            case Write(field=field, text=text):
                return [c.SetText(field, say(text, language))]
            case WantHelp(kind=kind):
                return [c.SetHelpKind(kind, True)]
            case Suggest(author=author, text=text, kept=kept):
                item = c.new_item_id()
                add: list[c.Command] = [c.AddSuggestion(item, say(text, language), people[author])]
                return [*add, c.EditSuggestion(item, kept=True)] if kept else add
            case PlanStep(what=what, by_when=by_when):
                return [
                    c.AddActionItem(c.new_item_id(), say(what, language), say(by_when, language))
                ]
            case Learn(person=person, text=text):
                return [c.SetLearning(people[person], text=say(text, language))]
        return []

    def _speak(self, person: int | None) -> list[c.Command]:
        taker = self.live.turns
        if person is None:  # the round goes on, unless everyone has spoken
            if taker.mode is TurnMode.FREE or taker.round_over:
                return []
            return [c.NextSpeaker()]
        pid = self._people[person]
        if pid not in {someone.id for someone in taker.eligible()}:
            return []
        if taker.mode is TurnMode.QUEUE:  # a hand goes up, then the floor is given
            return [c.SelectSpeaker(pid), c.NextSpeaker()]
        return [c.SelectSpeaker(pid)]

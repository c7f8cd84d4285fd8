"""Turn-taking inside one phase: who has the floor, who is next, and how long everyone spoke.

A :class:`TurnTaker` serves one phase. Its whole state is a frozen :class:`TurnState`; every command
builds a new state from the old one. It keeps no history and announces nothing: the live session
(core/session.py) applies the facilitator's commands, keeps the one history and announces changes.
A command that cannot be carried out raises a :class:`TurnError` (or a roster error) before anything
changes.

Three modes, switchable live without losing the statistics:

- free: the facilitator marks who speaks (:meth:`TurnTaker.mark_speaking`), for the statistics only;
- round ("tour de table"): everyone eligible speaks once, in an order fixed when the round is built;
- queue (raise hand): the floor goes to the next raised hand, by arrival or least spoken first.

Speaking time is always computed from clock readings, never by counting timer ticks.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from codev_app.core.clock import Clock
from codev_app.core.participants import Roster
from codev_app.core.speaking_time import SpeakerTime, SpeakingTimes
from codev_app.core.template import Speakers, TurnMode
from codev_app.core.turn_queries import TurnQueries
from codev_app.core.turn_state import (
    TURNS_SCHEMA_VERSION,
    AlreadyHadTurn,
    AlreadySpeaking,
    EmptyQueue,
    EmptyRound,
    HandAlreadyRaised,
    HandNotRaised,
    InvalidTurnData,
    NobodyElseLeft,
    NoCurrentSpeaker,
    NotEligible,
    QueueOrder,
    RoundOrder,
    RoundOver,
    RoundState,
    TurnOutcome,
    TurnState,
    check_version,
    ordered_ids,
    round_of,
    start_turn,
    stop_turn,
    without_hand,
)


class TurnTaker(TurnQueries):
    """Gives the floor during one phase and keeps everyone's speaking time.

    The roster is shared with the session: after recording an arrival, a departure or a role change
    on it, call :meth:`roster_changed` so a round or queue in progress follows.
    """

    # --- commands: every mode ------------------------------------------------------------------

    def set_speaker_time(self, rule: SpeakerTime | None) -> None:
        """Give each speaker a fixed time, a share of the phase's remaining time, or no limit.

        It applies at once to whoever has the floor.
        """
        self._speaker_time = rule

    def switch_mode(self, mode: TurnMode) -> None:
        """Change the turn mode live; speaking times are kept.

        Into a round: whoever speaks stops, and a round must be built. Out of a round: the round is
        dropped and whoever speaks goes on. Raised hands are kept only in queue mode.
        """
        state = self._state
        if mode is state.mode:
            return
        now = self._clock.now()
        if mode is TurnMode.ROUND:
            state = stop_turn(state, now, record=True)
        state = replace(
            state,
            mode=mode,
            round=None,
            hands=state.hands if mode is TurnMode.QUEUE else (),
        )
        self._commit(state)

    def mark_speaking(self, participant_id: str) -> None:
        """Free or queue mode: give the floor to this participant (the previous speaker stops)."""
        self._require_mode(TurnMode.FREE, TurnMode.QUEUE)
        participant = self._check_can_speak(participant_id)
        state = self._state
        if state.speaking == participant_id:
            raise AlreadySpeaking(f"{participant.name} already has the floor")
        now = self._clock.now()
        state = start_turn(stop_turn(state, now, record=True), participant_id, now)
        state = replace(state, hands=without_hand(state.hands, participant_id))
        self._commit(state)

    def stop_speaking(self) -> None:
        """Whoever has the floor stops; their time is counted (in a round, they have spoken)."""
        state = self._state
        if state.speaking is None:
            raise NoCurrentSpeaker("nobody has the floor")
        self._commit(self._finish_turn(state))

    def close(self) -> SpeakingTimes:
        """End of the phase: whoever speaks stops; returns the phase's speaking times."""
        if self._state.speaking is not None:
            self.stop_speaking()
        return self.speaking_times()

    # --- commands: rounds ----------------------------------------------------------------------

    def build_round(
        self,
        order: RoundOrder = RoundOrder.AS_LISTED,
        *,
        seed: int | None = None,
        start: bool = False,
    ) -> None:
        """Start a round of every eligible present participant, in ``order``.

        Nobody speaks yet, unless ``start``: then the first person gets the floor at once (one
        command, undone in one step). For SHUFFLED, ``seed`` makes the order reproducible (a random
        one is chosen and kept when omitted). A round in progress is replaced.
        """
        self._require_mode(TurnMode.ROUND)
        if order is RoundOrder.SHUFFLED and seed is None:
            seed = random.randrange(2**31)
        previous = self._state.round
        number = previous.number + 1 if previous is not None else 1
        state = self._new_round(order, seed, number)
        if start:
            state = self._give_floor_to_first_pending(state)
            self._commit(state)
        else:
            self._commit(state)

    def second_round(self) -> None:
        """Another round with the same order rule (a shuffled round is shuffled anew)."""
        self._require_mode(TurnMode.ROUND)
        previous = self._require_round()
        number = previous.number + 1
        self._commit(self._new_round(previous.order, previous.seed, number))

    def next_speaker(self) -> None:
        """The current speaker has spoken; the next person in the round gets the floor.

        After the last person, the round is over and nobody has the floor.
        """
        self._require_mode(TurnMode.ROUND)
        self._require_round()
        state = self._state
        if self.round_over:
            raise RoundOver(f"round {self.round_number} is over: everyone has spoken or passed")
        state = self._finish_turn(state) if state.speaking is not None else state
        state = self._give_floor_to_first_pending(state)
        self._commit(state)

    def speak_now(self, participant_id: str) -> None:
        """Round: this participant gets the floor now, ahead of their turn.

        Whoever had the floor has spoken; the others keep their places. Refused for someone who
        already spoke or passed in this round (:class:`AlreadyHadTurn`: a second round gives
        everyone a new turn).
        """
        self._require_mode(TurnMode.ROUND)
        rnd = self._require_round()
        participant = self._check_can_speak(participant_id)
        state = self._state
        if state.speaking == participant_id:
            raise AlreadySpeaking(f"{participant.name} already has the floor")
        if participant_id in rnd.done_ids:
            raise AlreadyHadTurn(f"{participant.name} has already had a turn in this round")
        if participant_id not in rnd.pending:  # cannot happen after roster_changed(); be safe
            raise NotEligible(f"{participant.name} is not part of this round")
        state = self._finish_turn(state) if state.speaking is not None else state
        rnd = round_of(state)
        rest = tuple(pid for pid in rnd.pending if pid != participant_id)
        state = start_turn(
            replace(state, round=replace(rnd, pending=rest)), participant_id, self._clock.now()
        )
        self._commit(state)

    def pass_turn(self) -> None:
        """The person whose turn it is passes (counts as a turn, no time); the next one speaks."""
        state, target = self._round_target()
        now = self._clock.now()
        if state.speaking == target:
            state = stop_turn(state, now, record=False)
        rnd = round_of(state)
        rnd = replace(
            rnd,
            pending=tuple(pid for pid in rnd.pending if pid != target),
            done=(*rnd.done, (target, TurnOutcome.PASSED)),
        )
        state = self._give_floor_to_first_pending(replace(state, round=rnd))
        self._commit(state)

    def skip_for_now(self) -> None:
        """The person whose turn it is goes to the end of the round (no time counted); the next
        one speaks."""
        state, target = self._round_target()
        rnd = round_of(state)
        others = tuple(pid for pid in rnd.pending if pid != target)
        if not others:
            raise NobodyElseLeft(f"{self._name(target)} is the last one still to speak")
        if state.speaking == target:
            state = stop_turn(state, self._clock.now(), record=False)
        state = replace(state, round=replace(rnd, pending=(*others, target)))
        state = self._give_floor_to_first_pending(state)
        self._commit(state)

    # --- commands: raised hands ----------------------------------------------------------------

    def raise_hand(self, participant_id: str) -> None:
        """Queue mode: this participant asks for the floor."""
        self._require_mode(TurnMode.QUEUE)
        participant = self._check_can_speak(participant_id)
        if participant_id in self.hands_raised:
            raise HandAlreadyRaised(f"{participant.name}'s hand is already raised")
        state = self._state
        state = replace(state, hands=(*state.hands, (participant_id, self._clock.now())))
        self._commit(state)

    def lower_hand(self, participant_id: str) -> None:
        """Queue mode: this participant no longer asks for the floor."""
        self._require_mode(TurnMode.QUEUE)
        name = self._name(participant_id)
        if participant_id not in self.hands_raised:
            raise HandNotRaised(f"{name} has not raised a hand")
        state = self._state
        self._commit(replace(state, hands=without_hand(state.hands, participant_id)))

    def give_floor_to_next(self) -> None:
        """Queue mode: the current speaker stops and the first in the queue gets the floor."""
        self._require_mode(TurnMode.QUEUE)
        queue = self.queue()
        if not queue:
            raise EmptyQueue("nobody has raised a hand")
        chosen = queue[0]
        now = self._clock.now()
        state = start_turn(stop_turn(self._state, now, record=True), chosen, now)
        state = replace(state, hands=without_hand(state.hands, chosen))
        self._commit(state)

    def set_queue_order(self, order: QueueOrder) -> None:
        """Order raised hands by arrival or by least spoken; can change at any time."""
        self._commit(replace(self._state, queue_order=order))

    # --- roster changes ------------------------------------------------------------------------

    def roster_changed(self) -> None:
        """Follow the roster after an arrival, a departure or a role change.

        Whoever left or may no longer speak is taken out of the round and the queue (if they had
        the floor, their time stops when they left). A present eligible participant who has not had
        a turn in the current round is added at its end. Not an undoable command.
        """
        new = self._reconciled(self._state)
        self._state = new

    # --- persistence ------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """JSON-safe data from which :meth:`from_data` rebuilds this turn taker."""
        state = self._state
        rnd = state.round
        return {
            "schema_version": TURNS_SCHEMA_VERSION,
            "speakers": self._speakers.value,
            "speaker_time": self._speaker_time.to_data() if self._speaker_time else None,
            "mode": state.mode.value,
            "speaking": state.speaking,
            "speaking_since": state.speaking_since,
            "times": dict(state.times),
            "round": None
            if rnd is None
            else {
                "number": rnd.number,
                "order": rnd.order.value,
                "seed": rnd.seed,
                "pending": list(rnd.pending),
                "done": [[pid, outcome.value] for pid, outcome in rnd.done],
            },
            "hands": [[pid, at] for pid, at in state.hands],
            "queue_order": state.queue_order.value,
        }

    @classmethod
    def from_data(
        cls,
        data: Mapping[str, Any],
        roster: Roster,
        clock: Clock,
        *,
        rebase_seconds: float = 0.0,
    ) -> TurnTaker:
        """Rebuild a turn taker saved by :meth:`to_data`; raises :class:`InvalidTurnData`.

        ``rebase_seconds`` shifts the saved clock readings onto this process's clock after a crash
        (computed like the session engine's ``recovery_rebase``).
        """
        try:
            check_version(data)
            rule = data["speaker_time"]
            taker = cls(
                roster,
                Speakers(data["speakers"]),
                TurnMode(data["mode"]),
                clock,
                speaker_time=SpeakerTime.from_data(rule) if rule is not None else None,
            )
            speaking = _optional_str(data["speaking"])
            since = data["speaking_since"]
            if (speaking is None) != (since is None):
                raise ValueError("speaker and speaking start must be given together")
            raw_round = data["round"]
            rnd = None
            if raw_round is not None:
                rnd = RoundState(
                    number=int(raw_round["number"]),
                    order=RoundOrder(raw_round["order"]),
                    seed=None if raw_round["seed"] is None else int(raw_round["seed"]),
                    pending=tuple(str(pid) for pid in raw_round["pending"]),
                    done=tuple((str(pid), TurnOutcome(out)) for pid, out in raw_round["done"]),
                )
            state = TurnState(
                mode=TurnMode(data["mode"]),
                speaking=speaking,
                speaking_since=None if since is None else float(since) + rebase_seconds,
                times={str(pid): float(s) for pid, s in data["times"].items()},
                round=rnd,
                hands=tuple((str(pid), float(at) + rebase_seconds) for pid, at in data["hands"]),
                queue_order=QueueOrder(data["queue_order"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidTurnData(f"saved turn data is damaged ({error!r})") from None
        waiting = [*([speaking] if speaking else []), *(rnd.pending if rnd else ())]
        for pid in [*waiting, *(pid for pid, _ in state.hands)]:
            if pid not in roster:
                raise InvalidTurnData(f"saved turn data names an unknown participant {pid!r}")
        taker._state = state
        return taker

    # --- helpers -------------------------------------------------------------------------------

    def _commit(self, new: TurnState) -> None:
        self._state = new

    def _finish_turn(self, state: TurnState) -> TurnState:
        """The current speaker stops with their time counted; in a round they have spoken."""
        speaking = state.speaking
        state = stop_turn(state, self._clock.now(), record=True)
        if state.mode is TurnMode.ROUND and state.round is not None and speaking is not None:
            rnd = state.round
            state = replace(
                state, round=replace(rnd, done=(*rnd.done, (speaking, TurnOutcome.SPOKE)))
            )
        return state

    def _give_floor_to_first_pending(self, state: TurnState) -> TurnState:
        rnd = round_of(state)
        if not rnd.pending:
            return state
        first, rest = rnd.pending[0], rnd.pending[1:]
        return start_turn(
            replace(state, round=replace(rnd, pending=rest)), first, self._clock.now()
        )

    def _new_round(self, order: RoundOrder, seed: int | None, number: int) -> TurnState:
        eligible = self.eligible()
        if not eligible:
            raise EmptyRound(f"nobody here may speak in this phase ({self._speakers.value})")
        ids = ordered_ids(eligible, order, seed, number)
        state = stop_turn(self._state, self._clock.now(), record=True)
        return replace(state, round=RoundState(number, order, seed, pending=ids))


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected an id, got {value!r}")
    return value

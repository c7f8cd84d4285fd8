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

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from codev_app.core.clock import Clock
from codev_app.core.errors import CodevError, InvalidCommand, InvalidDuration
from codev_app.core.participants import (
    NotPresent,
    Participant,
    Role,
    Roster,
    UnknownParticipant,
    eligible_speakers,
    is_eligible,
)
from codev_app.core.template import Speakers, TurnMode
from codev_app.core.timing import DEFAULT_WARNING_FRACTION, TimerState, timer_state

TURNS_SCHEMA_VERSION = 1


class RoundOrder(StrEnum):
    """In which order a round gives the floor."""

    AS_LISTED = "as_listed"
    """The roster's order (for EVERYONE phases the client comes first)."""
    SHUFFLED = "shuffled"
    """A random order, reproducible from the round's seed."""
    CLIENT_FIRST = "client_first"
    CLIENT_LAST = "client_last"


class QueueOrder(StrEnum):
    """How raised hands are ordered."""

    ARRIVAL = "arrival"
    """First raised, first served."""
    LEAST_SPOKEN = "least_spoken"
    """Whoever spoke least in this phase first; equal times by arrival."""


class TurnOutcome(StrEnum):
    """How someone's turn in a round ended."""

    SPOKE = "spoke"
    PASSED = "passed"


class TurnError(InvalidCommand):
    """A turn command that cannot be carried out now; the turn state is unchanged."""


class WrongMode(TurnError):
    """The command belongs to another turn mode (e.g. raising a hand during a round)."""


class NotEligible(TurnError):
    """This participant may not have the floor in this phase (e.g. the client in consultation)."""


class ClientListens(NotEligible):
    """The client is given the floor in a phase where only the consultants speak."""


class AlreadySpeaking(TurnError):
    """The participant already has the floor."""


class NoCurrentSpeaker(TurnError):
    """Nobody has the floor."""


class EmptyRound(TurnError):
    """A round with nobody in it: no eligible participant is present."""


class NoRound(TurnError):
    """A round command before any round was built."""


class RoundOver(TurnError):
    """Everyone in the round has spoken or passed."""


class AlreadyHadTurn(TurnError):
    """Giving the floor out of turn to someone who has already spoken or passed in this round."""


class NobodyElseLeft(TurnError):
    """Skipping the last person still to speak: there is nobody to go first."""


class HandAlreadyRaised(TurnError):
    """The participant's hand is already up."""


class HandNotRaised(TurnError):
    """Lowering a hand that is not up."""


class EmptyQueue(TurnError):
    """Nobody has raised a hand."""


class InvalidTurnData(CodevError):
    """Saved turn data that cannot be read back."""


# --- time ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerTime:
    """How long each speaker may speak: a fixed time, or a share of the phase's remaining time."""

    seconds: int | None = None
    share_remaining: bool = False

    def __post_init__(self) -> None:
        if (self.seconds is None) == (not self.share_remaining):
            raise ValueError("give either a fixed number of seconds or share_remaining, not both")
        if self.seconds is not None and (
            isinstance(self.seconds, bool) or not isinstance(self.seconds, int) or self.seconds < 1
        ):
            raise InvalidDuration(f"a speaking time must be at least one second ({self.seconds!r})")

    @classmethod
    def fixed(cls, seconds: int) -> SpeakerTime:
        """Everyone gets ``seconds``."""
        return cls(seconds=seconds)

    @classmethod
    def share(cls) -> SpeakerTime:
        """The phase's remaining time is divided among those still to speak."""
        return cls(share_remaining=True)

    def to_data(self) -> dict[str, Any]:
        """JSON-safe form."""
        if self.seconds is not None:
            return {"seconds": self.seconds}
        return {"share_remaining": True}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SpeakerTime:
        """Read back :meth:`to_data`."""
        if data.get("share_remaining"):
            return cls.share()
        return cls.fixed(int(data["seconds"]))


def share_seconds(total_seconds: float, participant_ids: Sequence[str]) -> dict[str, int]:
    """Split ``total_seconds`` (rounded down to whole seconds) among participants, in order.

    The shares differ by at most one second and always add up exactly to the whole seconds; the
    first ones in the list get the spare seconds.
    """
    if not participant_ids:
        return {}
    total = math.floor(max(0.0, total_seconds))
    base, spare = divmod(total, len(participant_ids))
    return {pid: base + (1 if index < spare else 0) for index, pid in enumerate(participant_ids)}


@dataclass(frozen=True)
class SpeakerStatus:
    """The current speaker's clock. ``allotted`` and ``remaining`` are None without a time limit."""

    participant_id: str
    elapsed: float
    allotted: float | None
    remaining: float | None
    overtime: float
    state: TimerState


@dataclass(frozen=True)
class SpeakingTimes:
    """Seconds spoken per participant id (in one phase, or totals across phases)."""

    seconds: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A private copy: the caller's dict may change later, these figures must not.
        object.__setattr__(self, "seconds", dict(self.seconds))

    def of(self, participant_id: str) -> float:
        """Seconds spoken by this participant (0 if never)."""
        return self.seconds.get(participant_id, 0.0)

    @property
    def total(self) -> float:
        """Seconds spoken by everyone together."""
        return sum(self.seconds.values())

    def __add__(self, other: SpeakingTimes) -> SpeakingTimes:
        merged = dict(self.seconds)
        for pid, seconds in other.seconds.items():
            merged[pid] = merged.get(pid, 0.0) + seconds
        return SpeakingTimes(merged)

    def to_data(self) -> dict[str, float]:
        """JSON-safe form."""
        return dict(self.seconds)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SpeakingTimes:
        """Read back :meth:`to_data`."""
        return cls({str(pid): float(seconds) for pid, seconds in data.items()})


class SpeakingLog:
    """Speaking times of the whole session, phase by phase, for the record and the bar chart."""

    def __init__(self) -> None:
        self._phases: dict[str, SpeakingTimes] = {}

    def record(self, phase_id: str, times: SpeakingTimes) -> None:
        """Store a phase's times, replacing what was stored for that phase (a phase run again after
        going back is counted once, with its latest figures)."""
        self._phases[phase_id] = times

    @property
    def phase_ids(self) -> tuple[str, ...]:
        """Phases recorded so far, in the order first recorded."""
        return tuple(self._phases)

    def phase(self, phase_id: str) -> SpeakingTimes:
        """The times of one phase (empty when not recorded)."""
        return self._phases.get(phase_id, SpeakingTimes())

    def totals(self) -> SpeakingTimes:
        """Each participant's speaking time summed over every recorded phase."""
        result = SpeakingTimes()
        for times in self._phases.values():
            result = result + times
        return result

    def to_data(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "schema_version": TURNS_SCHEMA_VERSION,
            "phases": {pid: times.to_data() for pid, times in self._phases.items()},
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SpeakingLog:
        """Read back :meth:`to_data`; raises :class:`InvalidTurnData`."""
        log = cls()
        try:
            _check_version(data)
            for phase_id, times in data["phases"].items():
                log.record(str(phase_id), SpeakingTimes.from_data(times))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidTurnData(f"saved speaking times are damaged ({error!r})") from None
        return log


# --- state ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundState:
    """One round: who is still to speak (in order) and how the others' turns ended.

    The person who has the floor is :attr:`TurnState.speaking`, in neither list.
    """

    number: int
    order: RoundOrder
    seed: int | None
    pending: tuple[str, ...]
    done: tuple[tuple[str, TurnOutcome], ...] = ()

    @property
    def done_ids(self) -> tuple[str, ...]:
        """Those who have spoken or passed."""
        return tuple(pid for pid, _ in self.done)


@dataclass(frozen=True)
class TurnState:
    """Everything a :class:`TurnTaker` knows, as plain data (clock readings in seconds)."""

    mode: TurnMode
    speaking: str | None = None
    speaking_since: float | None = None
    times: Mapping[str, float] = field(default_factory=dict)
    """Seconds spoken per participant, the current speaker's running turn not included."""
    round: RoundState | None = None
    hands: tuple[tuple[str, float], ...] = ()
    """Raised hands as (participant id, clock reading), in the order they were raised."""
    queue_order: QueueOrder = QueueOrder.ARRIVAL


# --- the turn taker ------------------------------------------------------------------------------


class TurnTaker:
    """Gives the floor during one phase and keeps everyone's speaking time.

    The roster is shared with the session: after recording an arrival, a departure or a role change
    on it, call :meth:`roster_changed` so a round or queue in progress follows.
    """

    def __init__(
        self,
        roster: Roster,
        speakers: Speakers,
        mode: TurnMode,
        clock: Clock,
        *,
        speaker_time: SpeakerTime | None = None,
        queue_order: QueueOrder = QueueOrder.ARRIVAL,
    ) -> None:
        self._roster = roster
        self._speakers = speakers
        self._clock = clock
        self._speaker_time = speaker_time
        self._state = TurnState(mode=mode, queue_order=queue_order)

    # --- queries -------------------------------------------------------------------------------

    @property
    def state(self) -> TurnState:
        """The current state (immutable)."""
        return self._state

    @property
    def roster(self) -> Roster:
        """The session's participants."""
        return self._roster

    @property
    def speakers(self) -> Speakers:
        """Who may speak in this phase."""
        return self._speakers

    @property
    def mode(self) -> TurnMode:
        """The current turn mode."""
        return self._state.mode

    @property
    def speaker_time(self) -> SpeakerTime | None:
        """The per-speaker time rule, if any."""
        return self._speaker_time

    @property
    def queue_order(self) -> QueueOrder:
        """How raised hands are ordered."""
        return self._state.queue_order

    @property
    def current_speaker(self) -> str | None:
        """The id of whoever has the floor."""
        return self._state.speaking

    @property
    def upcoming_speaker(self) -> str | None:
        """The id of who gets the floor next: the round's next person or the first raised hand."""
        state = self._state
        if state.mode is TurnMode.ROUND and state.round is not None and state.round.pending:
            return state.round.pending[0]
        if state.mode is TurnMode.QUEUE:
            queue = self.queue()
            return queue[0] if queue else None
        return None

    @property
    def round_number(self) -> int:
        """1 for the first round, 2 for the second...; 0 before any round."""
        return self._state.round.number if self._state.round is not None else 0

    @property
    def round_over(self) -> bool:
        """Whether a round was built and everyone in it has spoken or passed."""
        state = self._state
        return state.round is not None and state.speaking is None and not state.round.pending

    @property
    def still_to_speak(self) -> tuple[str, ...]:
        """In a round: whoever has the floor, then those waiting, in order."""
        state = self._state
        if state.mode is not TurnMode.ROUND or state.round is None:
            return ()
        current = (state.speaking,) if state.speaking is not None else ()
        return current + state.round.pending

    @property
    def hands_raised(self) -> tuple[str, ...]:
        """Ids with a raised hand, in the order raised."""
        return tuple(pid for pid, _ in self._state.hands)

    def queue(self) -> tuple[str, ...]:
        """Raised hands in the order they will get the floor (by the current queue order)."""
        hands = self.hands_raised
        if self._state.queue_order is QueueOrder.LEAST_SPOKEN:
            times = self.speaking_times()
            # sorted() is stable: equal speaking times keep the order hands were raised.
            return tuple(sorted(hands, key=times.of))
        return hands

    def eligible(self) -> tuple[Participant, ...]:
        """Present participants who may be given the floor in this phase."""
        return eligible_speakers(self._roster, self._speakers)

    def round_preview(
        self, order: RoundOrder = RoundOrder.AS_LISTED, seed: int | None = None
    ) -> tuple[str, ...]:
        """The order a round built now with ``order`` (and ``seed``) would have; changes nothing.

        Pass the same seed to :meth:`build_round` to get the order shown. Empty when nobody here
        may speak.
        """
        number = self._state.round.number + 1 if self._state.round is not None else 1
        return _ordered(self.eligible(), order, seed, number)

    def participant_for_key(self, key: int) -> Participant:
        """The participant whose number key (1–9) is ``key``; raises ``UnknownKey``."""
        return self._roster.participant_for_key(key)

    def speaking_times(self) -> SpeakingTimes:
        """Seconds spoken per participant in this phase, the running turn included."""
        state = self._state
        times = dict(state.times)
        if state.speaking is not None and state.speaking_since is not None:
            running = max(0.0, self._clock.now() - state.speaking_since)
            times[state.speaking] = times.get(state.speaking, 0.0) + running
        return SpeakingTimes(times)

    def current_turn_elapsed(self) -> float:
        """Seconds since the current speaker got the floor (0 when nobody has it)."""
        since = self._state.speaking_since
        return max(0.0, self._clock.now() - since) if since is not None else 0.0

    def time_shares(self, phase_remaining: float) -> dict[str, int]:
        """In a round with a shared time: whole seconds per person still to speak.

        What is shared is the time left when the current turn began (``phase_remaining`` plus the
        current speaker's elapsed time), so a share does not shrink while its owner speaks. The
        shares add up exactly to that time in whole seconds.
        """
        return share_seconds(
            max(0.0, phase_remaining) + self.current_turn_elapsed(), self.still_to_speak
        )

    def speaker_status(
        self,
        phase_remaining: float | None = None,
        warning_fraction: float = DEFAULT_WARNING_FRACTION,
    ) -> SpeakerStatus | None:
        """The current speaker's elapsed, remaining and overtime seconds, or None if nobody speaks.

        With a fixed speaker time every turn gets it. With a shared time (rounds only), pass the
        phase's remaining seconds: the speaker gets their share of :meth:`time_shares`.
        """
        speaking = self._state.speaking
        if speaking is None:
            return None
        elapsed = self.current_turn_elapsed()
        allotted: float | None = None
        rule = self._speaker_time
        if rule is not None and rule.seconds is not None:
            allotted = float(rule.seconds)
        elif rule is not None and self._state.mode is TurnMode.ROUND:
            if phase_remaining is None:
                raise ValueError("phase_remaining is needed to share the phase's time")
            allotted = float(self.time_shares(phase_remaining)[speaking])
        if allotted is None:
            if not 0 <= warning_fraction < 1:
                raise ValueError(f"warning_fraction must be between 0 and 1 ({warning_fraction})")
            return SpeakerStatus(speaking, elapsed, None, None, 0.0, TimerState.PLENTY)
        return SpeakerStatus(
            participant_id=speaking,
            elapsed=elapsed,
            allotted=allotted,
            remaining=max(0.0, allotted - elapsed),
            overtime=max(0.0, elapsed - allotted),
            state=timer_state(elapsed, allotted, warning_fraction),
        )

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
            state = _stop(state, now, record=True)
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
        state = _start(_stop(state, now, record=True), participant_id, now)
        state = replace(state, hands=_without_hand(state.hands, participant_id))
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
        rnd = _round(state)
        rest = tuple(pid for pid in rnd.pending if pid != participant_id)
        state = _start(
            replace(state, round=replace(rnd, pending=rest)), participant_id, self._clock.now()
        )
        self._commit(state)

    def pass_turn(self) -> None:
        """The person whose turn it is passes (counts as a turn, no time); the next one speaks."""
        state, target = self._round_target()
        now = self._clock.now()
        if state.speaking == target:
            state = _stop(state, now, record=False)
        rnd = _round(state)
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
        rnd = _round(state)
        others = tuple(pid for pid in rnd.pending if pid != target)
        if not others:
            raise NobodyElseLeft(f"{self._name(target)} is the last one still to speak")
        if state.speaking == target:
            state = _stop(state, self._clock.now(), record=False)
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
        self._commit(replace(state, hands=_without_hand(state.hands, participant_id)))

    def give_floor_to_next(self) -> None:
        """Queue mode: the current speaker stops and the first in the queue gets the floor."""
        self._require_mode(TurnMode.QUEUE)
        queue = self.queue()
        if not queue:
            raise EmptyQueue("nobody has raised a hand")
        chosen = queue[0]
        now = self._clock.now()
        state = _start(_stop(self._state, now, record=True), chosen, now)
        state = replace(state, hands=_without_hand(state.hands, chosen))
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
            _check_version(data)
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

    def _name(self, participant_id: str) -> str:
        try:
            return self._roster.get(participant_id).name
        except UnknownParticipant:
            return participant_id

    def _require_mode(self, *modes: TurnMode) -> None:
        if self._state.mode not in modes:
            allowed = " or ".join(mode.value for mode in modes)
            raise WrongMode(f"this needs {allowed} turns (now: {self._state.mode.value})")

    def _require_round(self) -> RoundState:
        if self._state.round is None:
            raise NoRound("no round has been started yet")
        return self._state.round

    def _check_can_speak(self, participant_id: str) -> Participant:
        participant = self._roster.get(participant_id)
        if not self._roster.is_present(participant_id):
            raise NotPresent(f"{participant.name} is not here")
        if not is_eligible(self._roster, participant, self._speakers):
            if participant.role is Role.CLIENT and self._speakers is Speakers.CONSULTANTS:
                raise ClientListens(f"{participant.name} is the client: they listen in this phase")
            raise NotEligible(f"{participant.name} does not speak in this phase")
        return participant

    def _finish_turn(self, state: TurnState) -> TurnState:
        """The current speaker stops with their time counted; in a round they have spoken."""
        speaking = state.speaking
        state = _stop(state, self._clock.now(), record=True)
        if state.mode is TurnMode.ROUND and state.round is not None and speaking is not None:
            rnd = state.round
            state = replace(
                state, round=replace(rnd, done=(*rnd.done, (speaking, TurnOutcome.SPOKE)))
            )
        return state

    def _give_floor_to_first_pending(self, state: TurnState) -> TurnState:
        rnd = _round(state)
        if not rnd.pending:
            return state
        first, rest = rnd.pending[0], rnd.pending[1:]
        return _start(replace(state, round=replace(rnd, pending=rest)), first, self._clock.now())

    def _round_target(self) -> tuple[TurnState, str]:
        """The state and the person whose turn it is (who has the floor, else the next one)."""
        self._require_mode(TurnMode.ROUND)
        rnd = self._require_round()
        state = self._state
        if state.speaking is not None:
            return state, state.speaking
        if not rnd.pending:
            raise RoundOver(f"round {rnd.number} is over: everyone has spoken or passed")
        return state, rnd.pending[0]

    def _new_round(self, order: RoundOrder, seed: int | None, number: int) -> TurnState:
        eligible = self.eligible()
        if not eligible:
            raise EmptyRound(f"nobody here may speak in this phase ({self._speakers.value})")
        ids = _ordered(eligible, order, seed, number)
        state = _stop(self._state, self._clock.now(), record=True)
        return replace(state, round=RoundState(number, order, seed, pending=ids))

    def _reconciled(self, state: TurnState) -> TurnState:
        allowed = [p.id for p in self.eligible()]
        allowed_set = set(allowed)
        speaking = state.speaking
        if speaking is not None and speaking not in allowed_set:
            state = _stop(state, self._stop_reading(state), record=True)
        state = replace(state, hands=tuple(h for h in state.hands if h[0] in allowed_set))
        rnd = state.round
        if rnd is not None:
            pending = [pid for pid in rnd.pending if pid in allowed_set]
            had_turn = {*pending, *rnd.done_ids, *([state.speaking] if state.speaking else [])}
            pending += [pid for pid in allowed if pid not in had_turn]
            state = replace(state, round=replace(rnd, pending=tuple(pending)))
        return state

    def _stop_reading(self, state: TurnState) -> float:
        """When a speaker who is gone stopped: when they left, if recorded, else now."""
        now = self._clock.now()
        speaking, since = state.speaking, state.speaking_since
        if speaking is None or since is None or speaking not in self._roster:
            return now
        left_at = self._roster.attendance(speaking).left_at
        if left_at is not None and since <= left_at <= now:
            return left_at
        return now


def _stop(state: TurnState, now: float, *, record: bool) -> TurnState:
    """Nobody has the floor any more; with ``record`` the running turn's time is added."""
    speaking, since = state.speaking, state.speaking_since
    if speaking is None:
        return state
    times = dict(state.times)
    if record and since is not None:
        times[speaking] = times.get(speaking, 0.0) + max(0.0, now - since)
    return replace(state, speaking=None, speaking_since=None, times=times)


def _start(state: TurnState, participant_id: str, now: float) -> TurnState:
    return replace(state, speaking=participant_id, speaking_since=now)


def _round(state: TurnState) -> RoundState:
    assert state.round is not None  # callers checked with _require_round
    return state.round


def _without_hand(
    hands: tuple[tuple[str, float], ...], participant_id: str
) -> tuple[tuple[str, float], ...]:
    return tuple(hand for hand in hands if hand[0] != participant_id)


def _ordered(
    eligible: Iterable[Participant], order: RoundOrder, seed: int | None, number: int
) -> tuple[str, ...]:
    people = list(eligible)
    # list.sort() is stable: only the client moves, the others keep their order.
    if order is RoundOrder.CLIENT_FIRST:
        people.sort(key=lambda p: p.role is not Role.CLIENT)
    elif order is RoundOrder.CLIENT_LAST:
        people.sort(key=lambda p: p.role is Role.CLIENT)
    elif order is RoundOrder.SHUFFLED:
        # A string seed is hashed deterministically: the same seed and round give the same order.
        random.Random(f"{seed}:{number}").shuffle(people)
    return tuple(p.id for p in people)


def _check_version(data: Mapping[str, Any]) -> None:
    if data["schema_version"] != TURNS_SCHEMA_VERSION:
        raise ValueError(f"unknown format {data['schema_version']!r}")


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected an id, got {value!r}")
    return value

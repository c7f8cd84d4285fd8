"""What a turn taker knows and checks: its state, the queries on it, the checks before a command."""

from __future__ import annotations

from dataclasses import replace

from codev_app.core.clock import Clock
from codev_app.core.participants import (
    NotPresent,
    Participant,
    Role,
    Roster,
    UnknownParticipant,
    eligible_speakers,
    is_eligible,
)
from codev_app.core.speaking_time import SpeakerStatus, SpeakerTime, SpeakingTimes, share_seconds
from codev_app.core.template import Speakers, TurnMode
from codev_app.core.timing import DEFAULT_WARNING_FRACTION, TimerState, timer_state
from codev_app.core.turn_state import (
    ClientListens,
    NoRound,
    NotEligible,
    QueueOrder,
    RoundOrder,
    RoundOver,
    RoundState,
    TurnState,
    WrongMode,
    ordered_ids,
    stop_turn,
)


class TurnQueries:
    """The state and queries of a :class:`~codev_app.core.turns.TurnTaker` (which adds commands)."""

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
        return ordered_ids(self.eligible(), order, seed, number)

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

    def _reconciled(self, state: TurnState) -> TurnState:
        allowed = [p.id for p in self.eligible()]
        allowed_set = set(allowed)
        speaking = state.speaking
        if speaking is not None and speaking not in allowed_set:
            state = stop_turn(state, self._stop_reading(state), record=True)
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

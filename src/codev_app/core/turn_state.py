"""Turn-taking as values: round and queue orders, turn errors, the frozen turn state, its steps."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from codev_app.core.errors import CodevError, InvalidCommand
from codev_app.core.participants import Participant, Role
from codev_app.core.template import TurnMode

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


# --- steps of the state -------------------------------------------------------------------------


def stop_turn(state: TurnState, now: float, *, record: bool) -> TurnState:
    """Nobody has the floor any more; with ``record`` the running turn's time is added."""
    speaking, since = state.speaking, state.speaking_since
    if speaking is None:
        return state
    times = dict(state.times)
    if record and since is not None:
        times[speaking] = times.get(speaking, 0.0) + max(0.0, now - since)
    return replace(state, speaking=None, speaking_since=None, times=times)


def start_turn(state: TurnState, participant_id: str, now: float) -> TurnState:
    """``participant_id`` has the floor from clock reading ``now``."""
    return replace(state, speaking=participant_id, speaking_since=now)


def round_of(state: TurnState) -> RoundState:
    """The state's round (callers checked that there is one)."""
    assert state.round is not None  # callers checked with _require_round
    return state.round


def without_hand(
    hands: tuple[tuple[str, float], ...], participant_id: str
) -> tuple[tuple[str, float], ...]:
    """The raised hands without this participant's."""
    return tuple(hand for hand in hands if hand[0] != participant_id)


def ordered_ids(
    eligible: Iterable[Participant], order: RoundOrder, seed: int | None, number: int
) -> tuple[str, ...]:
    """The ids of round ``number`` in ``order`` (a shuffled order is fixed by ``seed``)."""
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


def check_version(data: Mapping[str, Any]) -> None:
    """Refuse saved turn data of another format (ValueError)."""
    if data["schema_version"] != TURNS_SCHEMA_VERSION:
        raise ValueError(f"unknown format {data['schema_version']!r}")

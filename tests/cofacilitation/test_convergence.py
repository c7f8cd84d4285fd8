"""Random interleaved actions from both facilitators, with the guest offline now and then: both
sessions end in the same state, and no shared command is lost."""

from __future__ import annotations

import contextlib
import random

import pytest

from codev_app.cofacilitation.network import Connection
from codev_app.core import commands as c
from codev_app.core.errors import CodevError
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from tests.cofacilitation.pair import SACHA, make_pair, same, until

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def random_command(live: LiveSession, rng: random.Random, count: int) -> c.Command:
    phase = live.engine.current_phase.id
    return rng.choice(
        [
            c.Pause(),
            c.Resume(),
            c.NextPhase(from_phase=phase),
            c.PreviousPhase(from_phase=phase),
            c.AddTime(rng.choice([1, -1, 2]), phase_id=phase),
            c.NextSpeaker(),
            c.StopSpeaking(),
            c.AddSuggestion(f"s{count}", f"idée {count}"),
            c.Undo(),
            c.Undo(),
            c.Redo(),
            c.SetText(RecordText.HEADLINE, f"titre {count}"),
        ]
    )


@pytest.mark.parametrize("seed", range(6))
async def test_random_actions_from_both_sides_converge(seed: int) -> None:
    rng = random.Random(seed)
    pair = await make_pair()
    try:
        offline = False
        for count in range(60):
            live = rng.choice([pair.a, pair.b])
            with contextlib.suppress(CodevError):  # refused: nothing changed, nothing shared
                live.apply(random_command(live, rng, count))
            pair.world.advance(rng.choice([0, 0.5, 7, 40]))
            if rng.random() < 0.1:
                if offline:
                    back = Connection(
                        pair.guest.doc,
                        pair.connections["guest"].code,
                        SACHA.name,
                        pair.guest.pump,
                        retry_seconds=0.2,
                    )
                    pair.connections["guest"] = back
                    back.start()
                else:
                    await pair.connections["guest"].close()
                offline = not offline
            await until(lambda: True)  # let the loop breathe: messages go and come
        if offline:
            back = Connection(
                pair.guest.doc, pair.connections["guest"].code, SACHA.name, pair.guest.pump
            )
            pair.connections["guest"] = back
            back.start()

        def converged() -> bool:
            return len(pair.host.entries()) == len(pair.guest.entries()) and same(pair)

        await until(converged, timeout=10)
        assert [e.to_json() for e in pair.host.entries()] == [
            e.to_json() for e in pair.guest.entries()
        ]
        assert pair.a.record.text(RecordText.HEADLINE) == pair.b.record.text(RecordText.HEADLINE)
    finally:
        await pair.close()

"""Two Codev sessions sharing one live session over a real websocket on 127.0.0.1.

Each side is a complete live session on its own monotonic clock (the two clocks read 5,000 s
and 12.5 s at the same moment); they meet only through the shared Yjs document.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from codev_app.cofacilitation.network import Connection, Status
from codev_app.core import commands as c
from codev_app.core.engine import EngineState
from codev_app.core.errors import UndoBlocked
from codev_app.core.history import LOCAL
from codev_app.core.record import RecordText
from tests.cofacilitation.pair import DOMINIQUE, SACHA, Pair, make_pair, same, state, until

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def pair() -> AsyncIterator[Pair]:
    joined = await make_pair(keep_wire=True)
    yield joined
    await joined.close()


async def test_the_guest_sees_the_session_as_the_host_runs_it(pair: Pair) -> None:
    pair.world.advance(90)
    assert same(pair)
    assert pair.b.engine.phase_status().elapsed == pytest.approx(90)
    assert pair.b.roster.participants[2].name == "Claire"
    assert pair.guest.host_name == "Dominique"
    await until(lambda: pair.connections["host"].peers() == ["Sacha"])
    await until(lambda: pair.connections["guest"].peers() == ["Dominique"])


async def test_two_next_phase_presses_from_one_phase_move_on_once(pair: Pair) -> None:
    for _ in range(2):
        pair.a.apply(c.NextPhase(from_phase=pair.a.engine.current_phase.id))
    assert pair.a.engine.current_index == 2  # phase 3 is current on both
    await until(lambda: same(pair))
    phase_3 = pair.a.engine.current_phase.id
    pair.world.advance(30)
    pair.a.apply(c.NextPhase(from_phase=phase_3))
    pair.b.apply(c.NextPhase(from_phase=phase_3))  # at the same moment, before it heard
    await until(lambda: len(pair.guest.entries()) == len(pair.host.entries()) == 4)
    await until(lambda: same(pair))
    assert pair.a.engine.current_index == pair.b.engine.current_index == 3  # phase 4, not 5


async def test_a_pause_and_an_extra_minute_at_once_both_take_effect(pair: Pair) -> None:
    planned = pair.a.engine.phase_status().planned
    pair.world.advance(20)
    pair.a.apply(c.Pause())
    pair.b.apply(c.AddTime(1, phase_id=pair.b.engine.current_phase.id))
    await until(lambda: same(pair) and len(pair.host.entries()) == 2)
    for live in (pair.a, pair.b):
        assert live.state is EngineState.PAUSED
        assert live.engine.phase_status().planned == planned + 60
    pair.world.advance(100)  # paused: nothing moves on either
    assert pair.b.engine.phase_status().remaining == pytest.approx(planned + 60 - 20)


async def test_typing_at_the_same_time_in_one_field_keeps_both_texts(pair: Pair) -> None:
    pair.a.apply(c.SetText(RecordText.QUESTION, "Comment déléguer ?"))
    await until(lambda: pair.b.record.text(RecordText.QUESTION) == "Comment déléguer ?")
    # Both type before hearing of the other: Dominique at the end, Sacha at the start.
    pair.a.apply(c.SetText(RecordText.QUESTION, "Comment déléguer sans tout reprendre ?"))
    pair.b.apply(c.SetText(RecordText.QUESTION, "Claire : Comment déléguer ?"))
    merged = "Claire : Comment déléguer sans tout reprendre ?"
    await until(lambda: pair.a.record.text(RecordText.QUESTION) == merged)
    await until(lambda: pair.b.record.text(RecordText.QUESTION) == merged)
    # Typing is not a shared command; each keeps the undo of their own typing.
    assert pair.host.entries() == []
    assert pair.b.undo_target(LOCAL) == c.SetText(
        RecordText.QUESTION, "Claire : Comment déléguer ?"
    )


async def test_undoing_ones_typing_while_the_other_types_keeps_the_others_letters(
    pair: Pair,
) -> None:
    q = RecordText.QUESTION
    pair.a.apply(c.SetText(q, "Comment déléguer ?"))
    await until(lambda: pair.b.record.text(q) == "Comment déléguer ?")
    pair.b.apply(c.SetText(q, "Claire : Comment déléguer ?"))
    await until(lambda: pair.a.record.text(q) == "Claire : Comment déléguer ?")
    # Dominique types, then takes it back, while Sacha's letters are on their way.
    pair.a.apply(c.SetText(q, "Claire : Comment déléguer sans tout reprendre ?"))
    pair.b.apply(c.SetText(q, "Claire, DRH : Comment déléguer ?"))
    pair.a.apply(c.Undo())
    assert pair.a.record.text(q) == "Claire : Comment déléguer ?"
    await until(lambda: pair.a.record.text(q) == "Claire, DRH : Comment déléguer ?")
    await until(lambda: pair.b.record.text(q) == "Claire, DRH : Comment déléguer ?")
    # Dominique types again; Sacha's undo takes back Sacha's letters only, on both.
    pair.a.apply(c.SetText(q, "Claire, DRH : Comment déléguer sans tout reprendre ?"))
    await until(lambda: "reprendre" in pair.b.record.text(q))
    pair.b.apply(c.Undo())
    assert pair.b.record.text(q) == "Comment déléguer sans tout reprendre ?"
    await until(lambda: pair.a.record.text(q) == "Comment déléguer sans tout reprendre ?")


async def test_private_notes_never_leave_their_authors_machine(pair: Pair) -> None:
    secret = "Claire semble épuisée, en parler après"
    pair.a.apply(c.SetText(RecordText.KEY_FACTS, "Équipe de 12"))
    pair.a.apply(c.SetText(RecordText.PRIVATE_NOTES, secret))
    pair.b.apply(c.SetText(RecordText.PRIVATE_NOTES, "Mes notes à moi"))
    await until(lambda: pair.b.record.text(RecordText.KEY_FACTS) == "Équipe de 12")
    pair.a.apply(c.Undo())  # the undo of private typing stays private too
    assert pair.a.record.text(RecordText.PRIVATE_NOTES) == ""
    pair.a.apply(c.SetText(RecordText.PRIVATE_NOTES, secret))
    await until(lambda: same_but_private(pair))
    assert pair.b.record.text(RecordText.PRIVATE_NOTES) == "Mes notes à moi"
    assert pair.a.record.text(RecordText.PRIVATE_NOTES) == secret
    for doc in (pair.host.doc, pair.guest.doc):
        document = doc.get_update()
        assert b"Claire semble" not in document
        assert b"Mes notes" not in document
        assert "Équipe de 12".encode() in document  # what is shared is in there
    wire = b"".join(pair.server.wire or [])
    assert "Équipe de 12".encode() in wire
    assert b"Claire semble" not in wire and b"Mes notes" not in wire


def same_but_private(pair: Pair) -> bool:
    a, b = state(pair.a), state(pair.b)
    for side in (a, b):
        del side["texts"]["private_notes"]
        del side["remaining"]
    return a == b


async def test_who_did_what_is_known_on_both_sides(pair: Pair) -> None:
    seen: list[tuple[str, str]] = []
    pair.b.changed.subscribe(lambda change: seen.append((change.by.name, change.acted.kind)))
    pair.a.apply(c.NextSpeaker())
    first = pair.a.turns.current_speaker
    assert first is not None
    await until(lambda: pair.b.turns.current_speaker == first)
    assert seen == [("Dominique", "next_speaker")]
    assert [(e.name, e.n) for e in pair.guest.entries()] == [("Dominique", 1)]


async def test_undo_takes_back_ones_own_last_action_though_the_other_acted_since(
    pair: Pair,
) -> None:
    bruno = pair.a.roster.participants[1].id
    pair.a.apply(c.AddSuggestion("s1", "Un binôme", bruno))
    await until(lambda: len(pair.b.record.suggestions) == 1)
    pair.b.apply(c.Pause())
    await until(lambda: pair.a.state is EngineState.PAUSED)
    pair.a.apply(c.Undo())  # Dominique's suggestion goes; Sacha's pause stays
    await until(lambda: same(pair) and not pair.b.record.suggestions)
    assert pair.b.state is EngineState.PAUSED
    pair.a.apply(c.Resume())
    await until(lambda: pair.b.state is EngineState.RUNNING)
    pair.b.apply(c.AddTime(2))
    await until(lambda: same(pair))
    with pytest.raises(UndoBlocked):
        pair.a.apply(c.Undo())  # Sacha's two minutes were given to the running timer since
    assert pair.a.state is EngineState.RUNNING


async def test_a_dropped_connection_catches_up_with_both_sides_actions(pair: Pair) -> None:
    guest = pair.connections["guest"]
    await guest.close()  # the laptop lid closes
    pair.world.advance(60)
    phase = pair.a.engine.current_phase.id
    pair.a.apply(c.NextPhase(from_phase=phase))  # the host moves on…
    pair.world.advance(5)
    bruno = pair.b.roster.participants[1].id
    pair.b.apply(c.NextSpeaker())  # …while the guest, alone, starts a round
    pair.b.apply(c.AddSuggestion("s9", "Relire le contrat", bruno))
    pair.b.apply(c.SetText(RecordText.HEADLINE, "Déléguer"))
    pair.world.advance(5)
    pair.a.apply(c.Pause())
    assert pair.b.engine.current_index == 0 and pair.b.state is EngineState.RUNNING
    back = Connection(pair.guest.doc, guest.code, SACHA.name, pair.guest.pump, retry_seconds=0.2)
    pair.connections["guest"] = back
    back.start()
    await until(lambda: same(pair) and len(pair.host.entries()) == 4)
    # In the shared order: next phase (host), the round and the suggestion (guest), pause. The
    # round was for the opening, which had ended by then: refused on both, nobody speaks.
    assert [e.command.kind for e in pair.host.entries()] == [
        "next_phase",
        "next_speaker",
        "add_suggestion",
        "pause",
    ]
    assert pair.a.state is EngineState.PAUSED and pair.a.engine.current_index == 1
    assert pair.a.record.text(RecordText.HEADLINE) == "Déléguer"
    assert [s.text for s in pair.a.record.suggestions] == ["Relire le contrat"]
    assert pair.b.turns.current_speaker is None


async def test_the_connection_comes_back_by_itself_after_a_drop(pair: Pair) -> None:
    guest = pair.connections["guest"]
    await guest.drop()
    await until(lambda: guest.status is not Status.CONNECTED, timeout=2)
    pair.a.apply(c.Pause())
    await until(lambda: guest.status is Status.CONNECTED)
    await until(lambda: pair.b.state is EngineState.PAUSED)


async def test_a_wrong_code_is_refused_and_reads_nothing(pair: Pair) -> None:
    from dataclasses import replace

    from pycrdt import Doc

    assert pair.server.code is not None
    wrong = replace(pair.server.code, secret="0" * 32)
    doc = Doc()
    intruder = Connection(doc, wrong, "?", lambda: None)
    intruder.start()
    await until(lambda: intruder.status is Status.REFUSED)
    assert pair.server.refused == 1
    assert doc.get_update() == Doc().get_update() or "Claire" not in str(doc.get_update())
    await intruder.close()


async def test_either_can_end_the_sharing_and_the_code_is_refused_after(pair: Pair) -> None:
    ended: list[str] = []
    pair.host.ended.subscribe(lambda actor: ended.append(actor.name))
    pair.guest.end()
    await until(lambda: ended == ["Sacha"])
    await pair.close()
    pair.connections.clear()
    # Each goes on alone with a full copy.
    pair.a.apply(c.Pause())
    assert pair.b.state is EngineState.RUNNING
    assert pair.server.code is not None
    late = Connection(pair.guest.doc, pair.server.code, SACHA.name, lambda: None)
    late.start()
    await until(lambda: late.status is Status.OFFLINE)
    await late.close()
    assert DOMINIQUE.name == pair.guest.host_name

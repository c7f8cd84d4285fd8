"""A shared session kept in each app's own database: a restart resumes the sharing with every
action (real SQLite files, reopened; a real websocket on 127.0.0.1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pycrdt import Doc

from codev_app.cofacilitation.keeping import keep_updates, resume
from codev_app.core import commands as c
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.template import dump_template
from codev_app.storage.repository import Store
from tests.cofacilitation.pair import SACHA, Pair, connect, make_pair, state, until

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def kept_session(store: Store, pair: Pair, doc: Doc[Any], *, hosting: bool, actor: str) -> int:
    """A session row in ``store`` whose shared document is written as it changes."""
    session_id = store.create_session(
        template_id="classic", template_toml=dump_template(pair.a.template)
    )
    assert pair.server.code is not None
    store.shared_documents.begin(
        session_id, actor=actor, hosting=hosting, code=pair.server.code.text()
    )
    store.shared_documents.append(session_id, [doc.get_update()])  # what was there already
    keep_updates(doc, lambda update: store.shared_documents.append(session_id, [update]))
    return session_id


async def test_a_restarted_guest_resumes_the_sharing_with_every_action(tmp_path: Path) -> None:
    pair = await make_pair()
    host_store, guest_store = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    try:
        kept_session(host_store, pair, pair.host.doc, hosting=True, actor="dominique-laptop")
        guest_id = kept_session(guest_store, pair, pair.guest.doc, hosting=False, actor=SACHA.id)
        bruno = pair.a.roster.participants[1].id
        pair.a.apply(c.AddSuggestion("s1", "Un binôme", bruno))
        pair.b.apply(c.NextSpeaker())
        pair.b.apply(c.AddSuggestion("s2", "Un mentor", bruno))
        pair.b.apply(c.SetText(RecordText.QUESTION, "Comment déléguer ?"))
        pair.b.apply(c.SetText(RecordText.PRIVATE_NOTES, "À moi seul"))
        await until(lambda: same_but_private(pair) and len(pair.host.entries()) == 3)
        guest_store.records.save(guest_id, SessionRecord(pair.b.record_as_of_now()))

        # Sacha's laptop stops (no goodbye); Dominique goes on meanwhile.
        await pair.connections["guest"].drop()
        pair.guest.close()
        await pair.connections["guest"].close()
        guest_store.close()
        pair.world.advance(30)
        pair.a.apply(c.Pause())
        pair.a.apply(c.AddTime(2, phase_id=pair.a.engine.current_phase.id))

        guest_store = Store(tmp_path / "b.sqlite3")
        saved = guest_store.shared_documents.load(guest_id)
        assert saved is not None and not saved.hosting and saved.actor == SACHA.id
        assert saved.code == pair.server.code.text()  # type: ignore[union-attr]
        record = guest_store.records.load(guest_id)
        # A new live session on the machine's clock (its monotonic clock goes on across a restart).
        again = resume(
            saved.updates,
            SACHA,
            pair.world.guest_clock,
            record.state if record else None,
            pair.world.guest_time(),
        )
        assert again.live.record.text(RecordText.PRIVATE_NOTES) == "À moi seul"
        assert again.live.turns.current_speaker == pair.a.turns.current_speaker
        keep_updates(
            again.doc, lambda update: guest_store.shared_documents.append(guest_id, [update])
        )
        pair.guest = again
        pair.connections["guest"] = await connect(again.doc, pair.server, SACHA.name, again.pump)
        await until(lambda: same_but_private(pair) and pair.b.state is EngineState.PAUSED)
        assert [e.to_json() for e in pair.host.entries()] == [e.to_json() for e in again.entries()]
        assert len(again.entries()) == 5

        # Sacha's undo after the restart still takes back Sacha's own last action.
        pair.b.apply(c.Undo())
        await until(lambda: len(pair.a.record.suggestions) == 1 and same_but_private(pair))
        assert [s.text for s in pair.a.record.suggestions] == ["Un binôme"]
        assert pair.a.turns.current_speaker is not None
    finally:
        await pair.close()
        host_store.close()
        guest_store.close()


def same_but_private(pair: Pair) -> bool:
    """Both see the same session; each keeps their own private notes."""
    a, b = state(pair.a), state(pair.b)
    for side in (a, b):
        del side["texts"]["private_notes"]
    ra, rb = a.pop("remaining"), b.pop("remaining")
    return a == b and (ra is None) == (rb is None) and (ra is None or abs(ra - rb) < 1e-3)

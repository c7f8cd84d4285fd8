"""Two complete Codev sessions driven at random from both sides (hypothesis), over a real
websocket on 127.0.0.1, each keeping the shared document in its own database (a real SQLite
file): the guest's wall clock is seconds ahead and its estimate of that a little off; its
connection drops and comes back, and its app restarts from its database now and then.

After settling, both see the same session (phase, timers as facts, speakers, queue, record),
every shared command is in both logs, and nothing either typed in a shared field is lost.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from codev_app.cofacilitation.keeping import keep_updates, resume
from codev_app.cofacilitation.network import Status
from codev_app.cofacilitation.shared import SharedSession
from codev_app.core import commands as c
from codev_app.core.errors import CodevError
from codev_app.core.history import Change
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import dump_template
from codev_app.storage.repository import Store
from tests.cofacilitation.pair import SACHA, Pair, World, connect, make_pair, same

FIELDS = (RecordText.QUESTION, RecordText.KEY_FACTS)
SIDES = st.sampled_from(["host", "guest"])


def typed(change: Change) -> bool:
    """Whether a change travels as text (typing and its undo) rather than as a shared command."""
    return isinstance(change.command, c.SetText) or (
        isinstance(change.command, c.Undo | c.Redo) and isinstance(change.target, c.SetText)
    )


class TwoFacilitators(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        self.folder = tempfile.TemporaryDirectory()
        self.pair: Pair = self.run(make_pair(world=World(skew=7.3, estimate_error=0.04)))
        self.stores = {
            side: Store(Path(self.folder.name) / f"{side}.sqlite3") for side in ("host", "guest")
        }
        self.ids = {side: self._keep(side) for side in self.stores}
        self.shared_commands = 0
        self.words: dict[RecordText, dict[str, str]] = {which: {} for which in FIELDS}
        self.count = 0
        self.online = True

    # --- plumbing --------------------------------------------------------------------------------

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def side(self, name: str) -> SharedSession:
        return self.pair.host if name == "host" else self.pair.guest

    def _keep(self, side: str, session_id: int | None = None) -> int:
        store, shared = self.stores[side], self.side(side)
        if session_id is None:
            session_id = store.create_session(
                template_id="classic", template_toml=dump_template(shared.template)
            )
            assert self.pair.server.code is not None
            store.shared_documents.begin(
                session_id, actor=shared.me.id, hosting=side == "host", code="CODEV-X"
            )
            store.shared_documents.append(session_id, [shared.doc.get_update()])
        keep_updates(shared.doc, lambda update: store.shared_documents.append(session_id, [update]))
        return session_id

    def breathe(self) -> None:
        self.run(asyncio.sleep(0.005))  # messages go and come

    def act(self, side: str, command: c.Command) -> Change | None:
        live = self.side(side).live
        try:
            change = live.apply(command)
        except CodevError:
            return None  # refused: nothing changed, nothing shared
        if change.parts and not typed(change):
            self.shared_commands += 1
        return change

    def settle(self) -> None:
        if not self.online:
            self.restore_connection()

        async def settled() -> None:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 3  # on one machine it takes a few milliseconds
            while not self.converged():
                assert loop.time() < deadline, "the two sessions did not converge"
                await asyncio.sleep(0.01)

        self.run(settled())  # same states, same logs, no action lost
        for which, words in self.words.items():
            text = self.pair.a.record.text(which)
            assert text == self.pair.b.record.text(which)
            for word in words:
                assert word in text, (word, text)

    def converged(self) -> bool:
        """Everything sent has come in (equal states alone can be a coincidence in between)."""
        host, guest = self.pair.host, self.pair.guest
        return (
            all(conn.status is Status.CONNECTED for conn in self.pair.connections.values())
            and [e.to_json() for e in host.entries()] == [e.to_json() for e in guest.entries()]
            and len(host.entries()) == self.shared_commands
            # Timers agree within 0.1 s (the bound) with the estimate 40 ms off.
            and same(self.pair, within=0.1)
        )

    # --- what either facilitator does ------------------------------------------------------------

    def phase(self, side: str) -> str:
        return self.side(side).live.engine.current_phase.id

    @rule(side=SIDES)
    def next_phase(self, side: str) -> None:
        self.act(side, c.NextPhase(from_phase=self.phase(side)))

    @rule(side=SIDES)
    def pause_or_resume(self, side: str) -> None:
        live = self.side(side).live
        self.act(side, c.Resume() if live.state.value == "paused" else c.Pause())

    @rule(side=SIDES)
    def one_more_minute(self, side: str) -> None:
        self.act(side, c.AddTime(1, phase_id=self.phase(side)))

    @rule(side=SIDES, who=st.integers(0, 2))
    def give_the_floor(self, side: str, who: int) -> None:
        live = self.side(side).live
        self.act(side, c.SelectSpeaker(live.roster.participants[who].id))
        self.act(side, c.NextSpeaker())

    @rule(side=SIDES)
    def end_the_floor(self, side: str) -> None:
        self.act(side, c.StopSpeaking())

    @rule(side=SIDES)
    def add_suggestion(self, side: str) -> None:
        self.count += 1
        self.act(side, c.AddSuggestion(f"{side}-{self.count}", f"Idée n° {self.count}"))

    @rule(side=SIDES, which=st.integers(0, 5))
    def remove_suggestion(self, side: str, which: int) -> None:
        suggestions = self.side(side).live.record.suggestions
        if suggestions:
            self.act(side, c.RemoveSuggestion(suggestions[which % len(suggestions)].id))

    @rule(side=SIDES, field=st.sampled_from(FIELDS), at_start=st.booleans())
    def type_into_a_shared_field(self, side: str, field: RecordText, at_start: bool) -> None:
        self.count += 1
        word = f"mot{self.count}{side[0]}"
        old = self.side(side).live.record.text(field)
        new = f"{word} {old}" if at_start else f"{old} {word}"
        if self.act(side, c.SetText(field, new)) is not None:
            self.words[field][word] = side

    @rule(side=SIDES)
    def undo(self, side: str) -> None:
        change = self.act(side, c.Undo())
        if change is not None and isinstance(change.target, c.SetText):
            # One's own words taken back are gone by choice; the other's must all stay.
            which = change.target.field
            text = self.side(side).live.record.text(which)
            for word, by in list(self.words[which].items()):
                if by == side and word not in text:
                    del self.words[which][word]

    @rule()
    def messages_go_and_come(self) -> None:
        # Between two of these, both act without hearing of the other: at the same moment.
        self.breathe()

    @rule(seconds=st.sampled_from([0.5, 7.0, 40.0]))
    def time_passes(self, seconds: float) -> None:
        self.pair.world.advance(seconds)

    # --- the network and the guest's app ---------------------------------------------------------

    @precondition(lambda self: self.online)
    @rule()
    def drop_connection(self) -> None:
        self.run(self.pair.connections["guest"].close())
        self.online = False

    @precondition(lambda self: not self.online)
    @rule()
    def restore_connection(self) -> None:
        guest = self.pair.guest
        self.pair.connections["guest"] = self.run(
            connect(guest.doc, self.pair.server, SACHA.name, guest.pump)
        )
        self.online = True

    @rule()
    def guest_app_restarts(self) -> None:
        """Sacha's Codev stops without a word and starts again from its database."""
        if self.online:
            self.run(self.pair.connections["guest"].close())
        self.pair.guest.close()
        path = self.stores["guest"].path
        self.stores["guest"].close()
        self.stores["guest"] = Store(path)
        saved = self.stores["guest"].shared_documents.load(self.ids["guest"])
        assert saved is not None
        world = self.pair.world
        self.pair.guest = resume(saved.updates, SACHA, world.guest_clock, None, world.guest_time())
        self._keep("guest", self.ids["guest"])
        guest = self.pair.guest
        self.pair.connections["guest"] = self.run(
            connect(guest.doc, self.pair.server, SACHA.name, guest.pump)
        )
        self.online = True

    @rule()
    def both_settle(self) -> None:
        self.settle()

    @invariant()
    def each_side_is_whole(self) -> None:
        # Whatever the network does, each session stays one a facilitator can go on with.
        for live in (self.pair.a, self.pair.b):
            assert isinstance(live, LiveSession) and live.engine.current_phase is not None

    def teardown(self) -> None:
        try:
            self.settle()
        finally:
            self.run(self.pair.close())
            for store in self.stores.values():
                store.close()
            self.loop.close()
            asyncio.set_event_loop(None)
            self.folder.cleanup()


TwoFacilitators.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_two_facilitators_converge = pytest.mark.filterwarnings("ignore::ResourceWarning")(
    TwoFacilitators.TestCase
)

"""A real Codev-like process killed with SIGKILL while the facilitator types; then resume.

The child runs a LiveSession on the real monotonic clock, a SessionKeeper whose scheduler is an
asyncio event loop (``loop.call_later``, the way the app uses QTimer.singleShot), and types an edit
every 50 ms, printing a marker after each. The test kills it mid-typing, reopens the database, and
checks that every edit made more than one second before the kill is there (with a small allowance
for the pipe and the scheduler) and that the timer went on during the downtime.
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from codev_app.core.clock import MonotonicClock
from codev_app.core.engine import EngineState
from codev_app.core.record import RecordText
from codev_app.persistence import find_resumable, resume
from codev_app.storage import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SAVE_PROMISE = 1.0  # seconds: the keeper's promise
ALLOWANCE = 0.3  # seconds: stdout pipe, event-loop latency and the write itself, on a busy machine
KILL_AFTER_SAVE = 1.7  # seconds after the third save

TYPIST = r"""
import asyncio, sys, time
from pathlib import Path
from codev_app.core.clock import MonotonicClock
from codev_app.core.commands import AddSuggestion, SetText, StartSession, new_item_id
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import dump_template, load_template
from codev_app.persistence import SessionKeeper
from codev_app.resources_path import resource_dir
from codev_app.storage import Store


async def main() -> None:
    loop = asyncio.get_running_loop()
    store = Store(Path(sys.argv[1]), backups_dir=Path(sys.argv[2]))
    template = load_template(resource_dir("templates", "classic.toml")).template
    session_id = store.create_session(
        template_id=template.id, template_toml=dump_template(template), title="Séance tuée"
    )
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    roster.add("Bruno")
    live = LiveSession(template, MonotonicClock(), roster=roster)
    keeper = SessionKeeper(
        store, session_id, live, scheduler=lambda delay, callback: loop.call_later(delay, callback)
    )
    saves = iter(range(1_000_000))
    keeper.saved.subscribe(lambda wall: print(f"saved {next(saves)} {wall!r}", flush=True))
    live.apply(StartSession())
    print(f"started {session_id} {time.time()!r}", flush=True)
    words = []
    n = 0
    while True:
        words.append(f"mot{n}")
        live.apply(SetText(RecordText.QUESTION, " ".join(words)))
        live.apply(AddSuggestion(new_item_id(), f"idée n°{n} <b>&amp;</b>"))
        print(f"edit {n} {time.time()!r}", flush=True)
        n += 1
        await asyncio.sleep(0.05)


asyncio.run(main())
"""


def test_sigkill_mid_typing_loses_nothing_older_than_a_second(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    errors = tmp_path / "typist.stderr"
    with (
        errors.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-c", TYPIST, str(path), str(tmp_path / "backups")],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as child,
    ):
        edits: dict[int, float] = {}
        saves: list[float] = []
        started: list[float] = []
        session: list[int] = []

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                kind, number, moment = line.split()
                if kind == "started":
                    session.append(int(number))
                    started.append(float(moment))
                elif kind == "saved":
                    saves.append(float(moment))
                else:
                    edits[int(number)] = float(moment)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 30
            while len(saves) < 3 or not edits:  # a few seconds of typing, three saves
                assert child.poll() is None, errors.read_text()
                assert time.monotonic() < deadline, "the typist never got going"
                time.sleep(0.01)
            # Kill well after a save, when the next one should have happened: a keeper that
            # waited longer than it promised loses edits here.
            time.sleep(max(0.0, saves[2] + KILL_AFTER_SAVE - time.time()))
            killed_at = time.time()
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.kill()  # harmless once dead; stops a typist left running by a failure
            child.wait(timeout=30)
            reader.join(timeout=5)
    assert child.returncode == -signal.SIGKILL

    typing_saves = [moment for moment in saves if moment < killed_at]
    gaps = [later - earlier for earlier, later in itertools.pairwise(typing_saves)]
    assert gaps and max(gaps) <= SAVE_PROMISE + ALLOWANCE, gaps

    time.sleep(1.5)  # Codev is down for a while
    old_enough = [n for n, moment in edits.items() if moment < killed_at - SAVE_PROMISE - ALLOWANCE]
    assert len(old_enough) >= 20

    with Store(path) as store:
        resumable = find_resumable(store)
        assert resumable is not None and resumable.session_id == session[0]
        assert resumable.state is EngineState.RUNNING
        saved_texts = {item.text for item in resumable.record.suggestions}
        for n in old_enough:
            assert f"idée n°{n} <b>&amp;</b>" in saved_texts, f"edit {n} was lost"
        words = resumable.record.text(RecordText.QUESTION).split()
        assert words[: len(old_enough)] == [f"mot{n}" for n in sorted(old_enough)]
        # Nothing was saved that was not typed, and the record is whole.
        assert len(words) <= len(edits) and len(resumable.record.suggestions) == len(words)

        clock = MonotonicClock()
        live = resume(store, resumable, clock, paused=False)
        since_start = time.time() - started[0]
        # The timer went on while Codev was dead: as if it had never stopped.
        assert live.engine.phase_status().elapsed == pytest.approx(since_start, abs=0.2)
        assert live.state is EngineState.RUNNING

        paused = resume(store, resumable, MonotonicClock(), paused=True)
        at_pause = paused.engine.phase_status().elapsed
        assert paused.state is EngineState.PAUSED
        # Paused where it was last saved: no more than a save delay before the kill.
        last_seen = killed_at - started[0]
        assert last_seen - SAVE_PROMISE - ALLOWANCE <= at_pause <= last_seen
        time.sleep(0.2)
        assert paused.engine.phase_status().elapsed == at_pause

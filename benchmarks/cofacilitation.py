"""What a late co-facilitator's commands cost on the GUI thread when they come in.

    python benchmarks/cofacilitation.py [--suggestions 250] [--late 50] [--runs 7]

Two shared sessions (no network: the two Y documents exchange their updates directly). The record
holds ``--suggestions`` suggestions. While the guest is offline, both facilitators act: the host
``--late`` commands, the guest ``--late`` at the same moments (timers, speakers, suggestions).
When the guest's updates come in, the host applies them in the shared order: it goes back to
before the first of them and applies every command since again (:meth:`SharedSession.pump`).
Prints the time of that one pump (median and worst of ``--runs``). Target: well under 100 ms.

Always exits 0: timings on shared machines are too noisy to fail a build.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

from pycrdt import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from codev_app.cofacilitation.shared import SharedSession, SharedTime
from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.errors import CodevError
from codev_app.core.history import Actor
from codev_app.core.session import LiveSession
from codev_app.core.setup import new_live_session
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir

WALL = 1_800_000_000.0
PEOPLE = ["Ana", "Bruno", "Claire", "David", "Emma", "Farid"]


def _command(live: LiveSession, i: int, who: str) -> c.Command:
    phase = live.engine.current_phase.id
    return [
        c.AddTime(1, phase_id=phase),
        c.NextSpeaker(),
        c.AddSuggestion(f"{who}{i}", f"Idée {i} de {who}"),
        c.Pause(),
        c.Resume(),
        c.EditSuggestion(f"old{i}", kept=True),
    ][i % 6]


def one_run(suggestions: int, late: int) -> float:
    template = load_template(resource_dir("templates", "classic.toml")).template
    host_clock, guest_clock = FakeClock(5_000.0), FakeClock(12.5)
    live = new_live_session(template, host_clock, participants=PEOPLE, client="Claire")
    live.apply(c.StartSession())
    for i in range(suggestions):
        live.apply(c.AddSuggestion(f"old{i}", f"Suggestion n° {i} : essayer autre chose"))
    host = SharedSession.host(
        live, Actor("host", "Dominique"), SharedTime(lambda: WALL + host_clock.now())
    )
    doc: Doc = Doc()
    doc.apply_update(host.doc.get_update())
    guest = SharedSession.join(
        doc,
        Actor("guest", "Sacha"),
        guest_clock,
        SharedTime(lambda: WALL + 5_000.0 - 12.5 + guest_clock.now()),
    )
    for i in range(late):
        # The guest acts just before the host each time: all its commands sort among the host's.
        for side, who in ((guest, "g"), (host, "h")):
            with contextlib.suppress(CodevError):  # a round over: refused, not shared
                side.live.apply(_command(side.live, i, who))
        host_clock.advance(2.0)
        guest_clock.advance(2.0)
    update = guest.doc.get_update(host.doc.get_state())
    host.doc.apply_update(update)
    started = time.perf_counter()
    host.pump()
    took = time.perf_counter() - started
    entries = len(host.entries())
    assert entries > late, entries
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suggestions", type=int, default=250)
    parser.add_argument("--late", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    times = [one_run(args.suggestions, args.late) for _ in range(args.runs)]
    print(
        f"{args.late} late commands among {args.late} applied, record of {args.suggestions}"
        f" suggestions: pump median {statistics.median(times) * 1000:.1f} ms,"
        f" worst {max(times) * 1000:.1f} ms (target well under 100 ms)"
    )


if __name__ == "__main__":
    main()

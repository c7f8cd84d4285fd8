"""What saving and searching cost on the GUI thread, on this machine's disk.

    python benchmarks/storage.py [--sessions 10000] [--edits 600] [--dir PATH]

1. Autosave: one :meth:`SessionKeeper.flush` (what the 1-second timer runs on the GUI thread:
   live state and record to JSON, one transaction, ``synchronous=FULL``) after each of ``--edits``
   keystrokes in a realistic record (every field filled, 30 suggestions, a few kB of notes), in a
   database already holding the generated history. Target: p99 ≤ 5 ms.
2. History search over ``--sessions`` generated sessions (French text with accents), with the
   FTS5 index and with the portable scan. Target: ≤ 50 ms.
3. For information: opening that database, a daily backup, deleting one session (the index is
   rewritten so no trace stays), and the retention purge, each on the calling thread.
   Then the housekeeping as the app runs it (retention, the checked copy, the daily backup) on its
   worker thread, while this (GUI) thread reads the store every millisecond: the longest wait of
   one read, and the longest gap between two ticks. Target: ≤ 16 ms (a frame).
4. In the window (Qt offscreen): a keystroke in the Notes panel (record, panel refresh, autosave
   marking), and the history window's live filter (search and list filled) over the same
   sessions. Targets: a keystroke ≤ 5 ms at p99, a filter ≤ 50 ms.

Prints the figures and always exits 0: timings on shared machines are too noisy to fail a build.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from codev_app.core.clock import FakeClock
from codev_app.core.commands import SetText, StartSession
from codev_app.core.participants import Role, Roster
from codev_app.core.record import HelpKind, RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import dump_template, load_template
from codev_app.persistence import SessionKeeper
from codev_app.resources_path import resource_dir
from codev_app.storage.housekeeping import Housekeeping
from codev_app.storage.repository import Store

FLUSH_TARGET_MS = 5.0
BLOCK_TARGET_MS = 16.0
SEARCH_TARGET_MS = 50.0

_VOCABULARY = (
    "délégation équipe réunion confiance cadre objectif priorité conflit écoute projet client "
    "budget qualité bénévole association salarié manager télétravail planning été hiver rôle "
    "décision collègue œuvre réseau formation accompagnement changement résistance tension "
    "énergie motivation reconnaissance feedback stratégie mission valeurs sécurité santé "
    "épuisement charge temps outil procédure hiérarchie autonomie responsabilité partenaire "
    "élu mairie école hôpital entreprise coopérative atelier chantier famille bénéficiaire"
)
WORDS = tuple(_VOCABULARY.split())


def sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def realistic_record(
    rng: random.Random, roster: Roster, *, long_notes: int = 300, suggestions: int = 30
) -> SessionRecord:
    """Every field filled; by default a long session's record (about 14 kB of JSON)."""
    record = SessionRecord()
    ids = [person.id for person in roster.participants]
    for which in RecordText:
        record.set_text(which, sentence(rng, 5, 25))
    record.set_text(RecordText.HELP_NOTES, sentence(rng, long_notes // 2, long_notes))
    record.set_text(RecordText.PRIVATE_NOTES, sentence(rng, long_notes // 6, long_notes // 2))
    record.set_help_kinds([HelpKind.IDEAS, HelpKind.EXPERIENCES])
    for _ in range(suggestions):
        record.add_suggestion(sentence(rng, 8, 20), rng.choice(ids))
    for _ in range(5):
        record.add_action_item(sentence(rng, 4, 10), "2026-12-01", sentence(rng, 3, 8))
    for person in ids:
        record.set_learning(person, text=sentence(rng, 10, 30))
    return record


def people(rng: random.Random) -> Roster:
    roster = Roster()
    roster.add(f"{rng.choice(['Awa', 'Zoé', 'Noé', 'Gaëlle'])} {rng.randint(1, 999)}", Role.CLIENT)
    for n in range(5):
        roster.add(f"Consultant·e {n} {rng.randint(1, 999)}")
    return roster


def populate(store: Store, count: int, rng: random.Random) -> None:
    """``count`` finished sessions spread over the last five years, through the public API."""
    template = load_template(resource_dir("templates", "classic.toml")).template
    toml = dump_template(template)
    # Only to speed up filling: no fsync per generated session.
    connection = store._shared.connection
    assert connection is not None
    connection.execute("PRAGMA synchronous = OFF")
    start = datetime.now(UTC) - timedelta(days=5 * 365)
    for n in range(count):
        roster = people(rng)
        record = realistic_record(rng, roster, long_notes=100, suggestions=10)  # ~6 kB of JSON
        session_id = store.create_session(
            template_id=template.id,
            template_toml=toml,
            title=sentence(rng, 2, 6).capitalize(),
            group_name=f"Groupe {rng.randint(1, 40)}",
            participants=[(person.name, person.role.value) for person in roster.participants],
        )
        store.save_record(session_id, record)
        connection.execute(
            "UPDATE sessions SET created_at = ?, finished_at = ? WHERE id = ?",
            (
                (start + timedelta(hours=4 * n)).isoformat(timespec="microseconds"),
                (start + timedelta(hours=4 * n + 2)).isoformat(timespec="microseconds"),
                session_id,
            ),
        )
    connection.execute("PRAGMA synchronous = FULL")


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_flush(store: Store, edits: int, rng: random.Random) -> list[float]:
    template = load_template(resource_dir("templates", "classic.toml")).template
    clock = FakeClock(1000.0)
    roster = people(rng)
    live = LiveSession(template, clock, roster=roster, record=realistic_record(rng, roster))
    live.apply(StartSession())
    session_id = store.create_session(
        template_id=template.id, template_toml=dump_template(template)
    )
    keeper = SessionKeeper(store, session_id, live, scheduler=lambda _delay, _callback: None)
    keeper.flush()
    notes = live.record.text(RecordText.HELP_NOTES)
    samples: list[float] = []
    for _ in range(edits):
        notes += " " + rng.choice(WORDS)
        # As the Notes panel sends it: one command, kept in the command log with the save.
        live.apply(SetText(RecordText.HELP_NOTES, notes))
        clock.advance(0.3)
        samples.append(timed(keeper.flush))
    size = len(json.dumps(live.record.to_data())) + len(json.dumps(live.to_data()))
    print(f"  saved per flush: {size / 1024:.1f} kB of JSON (live state + record)")
    return samples


def bench_search(store: Store) -> dict[str, list[float]]:
    queries = {
        "common word": "délégation",
        "two words": "equipe confiance",
        "prefix": "télétrav",
        "rare word": "zinzolin",
        "client name": "gaelle",
    }
    results: dict[str, list[float]] = {}
    for label, query in queries.items():
        samples = [timed(functools.partial(store.search_sessions, query)) for _ in range(15)]
        results[f"{label} ({query!r}, {len(store.search_sessions(query))} shown)"] = samples
    return results


def bench_housekeeping(store: Store, folder: Path) -> None:
    """The housekeeping on its worker while this thread uses the store, as the GUI thread does."""
    work = Housekeeping(
        store,
        retention_months=24,
        folder=folder / "backups-housekeeping",
        now=datetime.now(UTC) + timedelta(days=1),  # a new day: a daily backup is due
    )
    waits: list[float] = []
    gaps: list[float] = []
    started = time.perf_counter()
    work.start()
    last = time.perf_counter()
    while work.running:
        waits.append(timed(lambda: store.get_app_state("bench")))
        time.sleep(0.001)
        now = time.perf_counter()
        gaps.append((now - last) * 1000 - 1.0)
        last = now
    elapsed = time.perf_counter() - started
    report = work.report
    assert report is not None
    worst = max(max(waits), max(gaps))
    verdict = "OK" if worst <= BLOCK_TARGET_MS else "ABOVE TARGET"
    print(
        f"  housekeeping on its worker: {elapsed:.1f} s (purged {report.purged},"
        f" backup {'made' if report.backup else 'not made'}, damage {report.damage})"
    )
    print(
        f"  GUI thread meanwhile: longest read {max(waits):.1f} ms (p99"
        f" {percentile(waits, 0.99):.1f}), longest gap {max(gaps):.1f} ms over {len(waits)}"
        f" ticks (target ≤ {BLOCK_TARGET_MS:.0f} ms: {verdict})"
    )


def bench_window(store: Store, rng: random.Random) -> None:
    """Section 4: what the facilitator's keystrokes and searches cost on the GUI thread."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from codev_app.ui.record.history_window import HistoryWindow
    from codev_app.ui.record.panel import NotesPanel

    app = QApplication.instance() or QApplication([])
    template = load_template(resource_dir("templates", "classic.toml")).template
    roster = people(rng)
    live = LiveSession(
        template, FakeClock(1000.0), roster=roster, record=realistic_record(rng, roster)
    )
    live.apply(StartSession())
    session_id = store.create_session(
        template_id=template.id, template_toml=dump_template(template)
    )
    keeper = SessionKeeper(store, session_id, live, scheduler=lambda _delay, _callback: None)
    panel = NotesPanel(live)
    panel.resize(360, 800)
    panel.show()
    field = panel.field("check_in")
    field.setFocus()
    app.processEvents()
    keys = [Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_Space, Qt.Key.Key_T]
    strokes = [timed(lambda key=key: QTest.keyClick(field, key)) for key in keys * 100]
    keeper.close()
    p50, p99 = percentile(strokes, 0.5), percentile(strokes, 0.99)
    verdict = "OK" if p99 <= FLUSH_TARGET_MS else "ABOVE TARGET"
    print(
        f"  a keystroke in the Notes panel: p50 {p50:.2f} ms   p99 {p99:.2f} ms"
        f"   (target p99 ≤ {FLUSH_TARGET_MS:.0f} ms: {verdict})"
    )
    panel.close()

    history = HistoryWindow(store, language="fr")
    history.show()
    app.processEvents()
    for query in ("délégation", "equipe confiance", "gaelle", ""):
        history.search.setText(query)
        samples = [timed(history.refresh_list) for _ in range(10)]
        median = statistics.median(samples)
        verdict = "OK" if median <= SEARCH_TARGET_MS else "ABOVE TARGET"
        shown = history.listing.topLevelItemCount()
        print(
            f"  history filter {query!r} ({shown} listed): median {median:.1f} ms,"
            f" max {max(samples):.1f} ms  {verdict}"
        )
    history.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=600)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the database")
    options = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(dir=options.dir) as folder:
        path = Path(folder) / "codev.sqlite3"
        print(f"Generating {options.sessions} sessions in {path} …", flush=True)
        started = time.perf_counter()
        with Store(path, backups_dir=Path(folder) / "backups") as store:
            populate(store, options.sessions, rng)
        size = sum(item.stat().st_size for item in Path(folder).iterdir() if item.is_file())
        print(f"  {time.perf_counter() - started:.1f} s, {size / 1e6:.1f} MB on disk")

        opening: list[float] = []
        for _ in range(3):
            begin = time.perf_counter()
            Store(path, backups_dir=Path(folder) / "backups").close()
            opening.append((time.perf_counter() - begin) * 1000)
        with Store(path, backups_dir=Path(folder) / "backups") as store:
            print(
                f"\n1. Autosave flush on the GUI thread ({options.edits} edits, synchronous=FULL)"
            )
            flushes = bench_flush(store, options.edits, rng)
            p50, p99 = percentile(flushes, 0.5), percentile(flushes, 0.99)
            verdict = "OK" if p99 <= FLUSH_TARGET_MS else "ABOVE TARGET"
            print(
                f"  p50 {p50:.2f} ms   p99 {p99:.2f} ms   max {max(flushes):.2f} ms"
                f"   (target p99 ≤ {FLUSH_TARGET_MS:.0f} ms: {verdict})"
            )

            print(f"\n2. History search over {options.sessions} sessions")
            for backend in ("fts5", "scan"):
                if backend == "scan":
                    store.close()
                    store = Store(path, full_text=False, backups_dir=Path(folder) / "backups")
                if store.search_backend != backend:
                    print(f"  {backend}: not available with this SQLite")
                    continue
                print(f"  backend {backend}:")
                for label, samples in bench_search(store).items():
                    median, worst = statistics.median(samples), max(samples)
                    verdict = "OK" if median <= SEARCH_TARGET_MS else "ABOVE TARGET"
                    print(f"    {label}: median {median:.1f} ms, max {worst:.1f} ms  {verdict}")

            store.close()
            store = Store(path, backups_dir=Path(folder) / "backups")
            print("\n3. For information")
            print(
                f"  open the database (checks included): median {statistics.median(opening):.0f} ms"
            )
            backup = timed(lambda: store.make_daily_backup(folder=Path(folder) / "backups"))
            print(f"  daily backup: {backup:.0f} ms")
            delete = timed(lambda: store.delete_session(5))
            print(f"  delete one session (index rewritten): {delete:.0f} ms")
            purge = timed(lambda: store.purge_content_older_than(48))
            print(f"  retention purge of sessions older than 4 years: {purge:.0f} ms")
            bench_housekeeping(store, Path(folder))

            print(f"\n4. In the window, over {options.sessions} sessions")
            bench_window(store, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Formats 2 and 3: record, live state and bundles round-trip; search; retention; backups."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from codev_app import paths
from codev_app.core.bundle import SessionBundle
from codev_app.core.commands import AddSuggestion, SetText, new_item_id
from codev_app.core.record import RecordMode, RecordState, RecordText, SessionRecord
from codev_app.core.template import dump_template
from codev_app.storage import SessionMode, SessionNotFound, Store, open_database
from codev_app.storage.migrations import LATEST_VERSION, MIGRATIONS
from codev_app.storage.repository import (
    SessionUnreadable,
    fold_for_search,
    list_backups,
    search_terms,
)

from .sessions import (
    AWKWARD,
    TEMPLATE,
    assert_every_field_filled,
    bytes_in,
    create,
    live_session,
    record_json,
    saved_record,
)


@pytest.fixture(params=[True, False], ids=["fts5", "scan"])
def full_text(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def store(tmp_path: Path, full_text: bool) -> Iterator[Store]:
    opened = Store(tmp_path / "db" / "codev.sqlite3", full_text=full_text)
    if full_text and opened.search_backend != "fts5":
        pytest.skip("this SQLite has no FTS5")
    yield opened
    if opened.search_backend == "fts5" and opened._shared.connection is not None:
        check_index(opened._shared.connection)
    opened.close()


def check_index(connection: sqlite3.Connection) -> None:
    """FTS5's own check that the index matches the text it was given (raises if not)."""
    connection.execute("INSERT INTO session_fts (session_fts) VALUES ('integrity-check')")


def bundle_of(**fields: object) -> SessionBundle:
    live = live_session()
    values: dict[str, object] = {
        "template": TEMPLATE,
        "live": live.to_data(),
        "record": live.record,
        "title": f"Déléguer {AWKWARD}",
        "group_name": "Dirigeants <ESS> & co",
        "facilitator": "Élise Faÿ",
        "created_at": datetime(2026, 11, 20, 13, 0, 0, 123456, tzinfo=UTC),
        "finished_at": datetime(2026, 11, 20, 15, 30, tzinfo=UTC),
    }
    values.update(fields)
    return SessionBundle(**values)  # type: ignore[arg-type]


# --- round trips ------------------------------------------------------------------------------


def test_every_record_field_round_trips_literally(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    live = live_session()
    assert_every_field_filled(live.record.state)
    text = record_json(live.record)
    assert "<img src=x onerror=alert(1)>" in text and "&amp;" in text
    with Store(path) as store:
        session_id = create(store)
        assert store.load_record(session_id) is None
        store.save_record(session_id, live.record)

    with Store(path) as store:  # a fresh connection: nothing kept only in memory
        loaded = store.load_record(session_id)
    assert loaded is not None
    assert record_json(loaded) == text
    again = loaded
    assert again.state == live.record.state
    assert again.to_data() == live.record.to_data()


def test_live_state_and_record_are_saved_together_or_not_at_all(store: Store) -> None:
    live = live_session()
    session_id = create(store)
    store.save_progress(
        session_id,
        live=live.to_data(),
        wall_time=1_700_000_000.25,
        record=live.record,
        participants=[("Awa", "client")],
    )
    row = store.get_session(session_id)
    assert store.load_live_state(row.id) == live.to_data()
    assert row.live_saved_wall == 1_700_000_000.25
    assert row.case_title == live.record.state.case_title

    with pytest.raises(ValueError):
        store.save_progress(session_id, live={}, wall_time=2.0, record="{broken")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.save_progress(session_id, live={})  # no wall time
    with pytest.raises(ValueError):
        store.save_record(session_id, {"mode": "chaos"})  # type: ignore[arg-type]
    with pytest.raises(SessionNotFound):
        store.save_progress(session_id + 1, live={}, wall_time=1.0)
    assert store.get_session(session_id).live_saved_wall == 1_700_000_000.25
    assert store.participants(session_id) == [("Awa", "client")]


def test_a_bundle_round_trips_through_the_store(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    bundle = bundle_of()
    assert_every_field_filled(bundle.record.state)
    with Store(path) as store:
        session_id = store.save_bundle(bundle)
    with Store(path) as store:
        again = store.load_bundle(session_id)
        summary = store.list_history()[0]
        row = store.get_session(session_id)

    assert again.to_data() == bundle.to_data()
    assert again.record.state == bundle.record.state
    assert again.saved_session().people == bundle.saved_session().people
    assert (summary.id, summary.client_name, summary.group_name) == (
        session_id,
        "Awa <b>Diallo</b>",
        "Dirigeants <ESS> & co",
    )
    assert summary.finished and summary.facilitator == "Élise Faÿ"
    assert summary.created_at == bundle.created_at
    assert row.live_saved_wall is None  # imported: never offered for crash recovery


def test_times_of_a_bundle_come_back_as_the_same_instants_in_utc(store: Store) -> None:
    paris = timezone(timedelta(hours=1))
    bundle = bundle_of(created_at=datetime(2026, 11, 20, 14, 0, tzinfo=paris), finished_at=None)
    again = store.load_bundle(store.save_bundle(bundle))
    assert again.created_at == bundle.created_at
    assert again.created_at is not None and again.created_at.utcoffset() == timedelta(0)
    assert again.finished_at is None


def test_a_session_never_saved_loads_as_not_started(store: Store) -> None:
    session_id = create(store, title="Vide", mode=SessionMode.TIMERS_ONLY, facilitator="Élise")
    bundle = store.load_bundle(session_id)
    assert bundle.title == "Vide" and bundle.facilitator == "Élise"
    assert bundle.saved_session().state.value == "not_started"
    assert bundle.record.mode is RecordMode.TIMERS_ONLY
    assert not bundle.record.has_content


def test_a_damaged_session_is_reported_not_half_read(store: Store) -> None:
    session_id = create(store)
    store.save_live_state(session_id, {"format": "something else"}, 1.0)
    with pytest.raises(SessionUnreadable) as caught:
        store.load_bundle(session_id)
    assert caught.value.session_id == session_id
    broken_plan = create(store, template_toml="not = [toml")
    with pytest.raises(SessionUnreadable):
        store.load_bundle(broken_plan)
    with pytest.raises(SessionNotFound):
        store.load_bundle(broken_plan + 1)


# --- search -----------------------------------------------------------------------------------


def test_folding_ignores_case_accents_and_ligatures() -> None:
    assert fold_for_search("Délégation ŒUVRE Æther naïve Straße") == (
        "delegation oeuvre aether naive strasse"
    )
    assert search_terms("  L'été, «délég» _x_ ") == ["l", "ete", "deleg", "x"]


def saved(
    store: Store, title: str, *, question: str = "", notes: str = "", **fields: object
) -> int:
    session_id = create(store, title=title, **fields)
    record = SessionRecord()
    record.set_text(RecordText.QUESTION, question)
    record.set_text(RecordText.PRIVATE_NOTES, notes)
    store.save_record(session_id, record)
    return session_id


def ids(store: Store, query: str) -> list[int]:
    return [summary.id for summary in store.search_sessions(query)]


def test_search_ignores_accents_and_case_and_finds_word_starts(store: Store) -> None:
    delegation = saved(store, "Cas A", question="Comment réussir la DÉLÉGATION ?")
    oeuvre = saved(store, "Cas B", notes="une Œuvre commune à bâtir")
    saved(store, "Cas C", question="Rien à voir")

    for query in ("delegation", "Délégation", "DELEGATION", "déléga", "réussir délégation"):
        assert ids(store, query) == [delegation], query
    assert ids(store, "oeuvre batir") == [oeuvre]
    assert ids(store, "œuvre") == [oeuvre]
    assert ids(store, "delegation oeuvre") == []  # every word must match
    assert ids(store, "absent") == []


def test_search_finds_question_notes_title_group_and_client(store: Store) -> None:
    in_question = saved(store, "Un", question="Quel cadre pour le télétravail ?")
    in_notes = saved(store, "Deux", notes="Penser au télétravail partiel")
    by_title = saved(store, "Télétravail en équipe")
    by_group = saved(store, "Quatre", group_name="Cercle Télétravail")
    by_client = saved(store, "Cinq", participants=[("Zoé Télé", "client"), ("Max", "consultant")])
    saved(store, "Six", participants=[("Télé Consultant", "consultant")])

    found = ids(store, "teletravail")
    assert sorted(found) == sorted([in_question, in_notes, by_title, by_group])
    assert ids(store, "zoe") == [by_client]
    assert ids(store, "max") == []  # only the client's name is searched


def saved_record_with(question: str) -> SessionRecord:
    record = SessionRecord()
    record.set_text(RecordText.QUESTION, question)
    return record


def test_timers_only_sessions_have_no_content_to_match(store: Store) -> None:
    session_id = create(store, title="Atelier minuté", mode=SessionMode.TIMERS_ONLY)
    timers_only = SessionRecord(RecordState(mode=RecordMode.TIMERS_ONLY))
    # A record switched to timers-only keeps no text: what it held is no longer searchable.
    store.save_record(session_id, saved_record_with("motsecret confidentiel"))
    assert ids(store, "motsecret") == [session_id]
    store.save_record(session_id, timers_only)
    assert ids(store, "motsecret") == []
    assert ids(store, "atelier") == [session_id]
    summary = store.search_sessions("atelier")[0]
    assert summary.mode is SessionMode.TIMERS_ONLY


def test_switching_a_session_to_timers_only_removes_its_text_from_search(store: Store) -> None:
    live = live_session()
    session_id = create(store)
    store.save_record(session_id, live.record)
    assert ids(store, "delegation") == [session_id]
    live.record.set_mode(RecordMode.TIMERS_ONLY, discard_content=True)
    store.save_record(session_id, live.record)
    assert ids(store, "delegation") == []
    assert store.get_session(session_id).mode is SessionMode.TIMERS_ONLY


def test_summaries_hold_what_the_history_shows(store: Store) -> None:
    live = live_session()
    first = create(store, title="", group_name="Groupe 1", facilitator="Élise")
    store.save_progress(
        first,
        record=live.record,
        participants=[("Awa", "client"), ("Bruno", "consultant")],
    )
    store.finish_session(first)
    second = create(store, title="Deuxième")

    history = store.list_history()
    assert [summary.id for summary in history] == [second, first]
    newest, oldest = history
    assert (newest.topic, newest.finished, newest.client_name) == ("Deuxième", False, "")
    assert oldest.topic == live.record.state.case_title  # no title: the case title stands in
    assert (oldest.client_name, oldest.group_name, oldest.facilitator) == (
        "Awa",
        "Groupe 1",
        "Élise",
    )
    assert oldest.finished and oldest.content_purged_at is None
    assert store.list_history(limit=1) == [newest]
    assert store.list_history(limit=1, offset=1) == [oldest]


def test_empty_or_odd_queries_are_safe(store: Store) -> None:
    one = saved(store, 'Un "guillemet" AND NEAR(x) *')
    two = saved(store, "Deux")
    assert ids(store, "") == [two, one]
    assert ids(store, "  ,;!  ") == [two, one]
    for odd in ('"', "AND", "NEAR(", "*", "un OR deux", "x)*"):
        store.search_sessions(odd)  # never an SQL or FTS syntax error
    assert ids(store, 'guillemet" AND') == [one]
    assert len(store.search_sessions("", limit=1)) == 1


def test_renaming_and_new_participants_update_the_search(store: Store) -> None:
    session_id = saved(store, "Ancien titre")
    store.update_session(session_id, title="Nouveau titre", facilitator="Gaëlle")
    assert ids(store, "ancien") == []
    assert ids(store, "nouveau") == [session_id]
    assert ids(store, "gaelle") == [session_id]
    store.set_participants(session_id, [("Noé", "client")])
    assert ids(store, "noe") == [session_id]


def test_an_index_left_stale_by_a_scan_only_start_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path) as store:
        if store.search_backend != "fts5":
            pytest.skip("this SQLite has no FTS5")
        before = saved(store, "Avant", question="première question")
    with Store(path, full_text=False) as store:  # as if opened by an SQLite without FTS5
        after = saved(store, "Après", question="seconde question")
        store.update_session(before, title="Renommé")
    with Store(path) as store:
        assert store.search_backend == "fts5"
        assert ids(store, "question") == [after, before]
        assert ids(store, "avant") == []
        assert ids(store, "renomme") == [before]


def test_autosaved_text_is_found_by_the_next_search(store: Store) -> None:
    session_id = saved(store, "Séance", question="première version")
    record = SessionRecord()
    record.set_text(RecordText.QUESTION, "seconde version, tapée pendant la séance")
    store.save_progress(session_id, record=record)  # autosave: no search text
    connection = store._shared.connection
    assert connection is not None
    stale = "SELECT folded_with FROM session_search WHERE session_id = ?"
    assert connection.execute(stale, (session_id,)).fetchone() == (0,)  # indexed later
    assert ids(store, "tapee") == [session_id]
    assert ids(store, "premiere") == []
    assert connection.execute(stale, (session_id,)).fetchone() != (0,)


def test_text_autosaved_before_a_crash_is_indexed_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    store = Store(path)
    session_id = create(store, title="Séance")
    record = SessionRecord()
    record.set_text(RecordText.HELP_NOTES, "piste inattendue")
    store.save_progress(session_id, record=record)
    assert store._shared.connection is not None
    store._shared.connection.close()  # as if the process died: Store.close never ran
    with Store(path) as again:
        assert ids(again, "inattendue") == [session_id]
        if again.search_backend == "fts5" and again._shared.connection is not None:
            check_index(again._shared.connection)


def test_a_session_missing_from_the_search_rows_is_indexed_at_the_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path, full_text=False) as store:
        kept = saved(store, "Séance gardée", question="délégation")
        lost = saved(store, "Séance perdue", question="délégation oubliée")
    # Another program dropped one session's search row (Codev writes it with the session).
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM session_search WHERE session_id = ?", (lost,))
    connection.close()
    with Store(path, full_text=False) as again:
        assert sorted(ids(again, "delegation")) == sorted([kept, lost])
        assert ids(again, "oubliee") == [lost]


def test_finishing_a_session_indexes_its_last_words(store: Store) -> None:
    session_id = create(store, title="Séance")
    record = SessionRecord()
    record.set_text(RecordText.REQUEST, "demande finale")
    store.save_progress(session_id, record=record)
    store.finish_session(session_id)
    connection = store._shared.connection
    assert connection is not None
    body = connection.execute(
        "SELECT body FROM session_search WHERE session_id = ?", (session_id,)
    ).fetchone()
    assert body == ("demande finale",)


def test_history_lists_and_searches_read_only_the_history_index(store: Store) -> None:
    for n in range(3):
        saved(store, f"Séance {n}", question="délégation")
    connection = store._shared.connection
    assert connection is not None
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    store.list_history()
    store.search_sessions("déléga")
    connection.set_trace_callback(None)
    listings = [sql for sql in statements if sql.startswith("SELECT s.id, s.created_at")]
    assert len(listings) == 2
    for sql in listings:
        plan = " | ".join(row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN s USING COVERING INDEX sessions_history" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # the index gives the order: no sorting


# --- retention and deletion leave no trace ----------------------------------------------------

SECRETS = ("Xylophonée-Quartz", "Brumaire-Ocelot", "Zinzolin-Gravure")


def secret_session(store: Store, **bundle_fields: object) -> int:
    live = live_session()
    live.apply(SetText(RecordText.QUESTION, f"Faut-il parler de {SECRETS[0]} ?"))
    live.apply(SetText(RecordText.PRIVATE_NOTES, f"Ne pas dire {SECRETS[1]}"))
    live.apply(AddSuggestion(new_item_id(), f"Essayer {SECRETS[2]}"))
    return store.save_bundle(bundle_of(live=live.to_data(), record=live.record, **bundle_fields))


def assert_no_trace(folder: Path, secrets: tuple[str, ...]) -> None:
    on_disk = bytes_in(folder)
    for secret in secrets:
        for form in (secret, fold_for_search(secret), *search_terms(secret)):
            assert form.encode() not in on_disk, form


def test_retention_drops_old_notes_and_keeps_timings(store: Store) -> None:
    now = datetime.now(UTC)
    old_id = secret_session(store, created_at=now - timedelta(days=400), title="Vieux")
    recent = saved(store, "Récent", question="question récente")
    old_record = saved_record(store, old_id)

    assert store.purge_content_older_than(12) == 1
    assert store.purge_content_older_than(12) == 0  # nothing left to purge

    kept = saved_record(store, old_id)
    assert not kept.has_content
    assert kept.timings == old_record.timings and kept.timings
    assert kept.speaking == old_record.speaking and kept.speaking
    assert kept.consent == old_record.consent
    assert kept.mode is RecordMode.FULL
    bundle = store.load_bundle(old_id)  # still a readable session with its timer data
    assert bundle.live_session().engine.actual_seconds(0) == pytest.approx(300)
    summary = next(item for item in store.list_history() if item.id == old_id)
    assert summary.content_purged_at is not None and summary.title == "Vieux"
    assert summary.case_title == ""
    assert ids(store, SECRETS[0]) == []
    assert ids(store, "vieux") == [old_id]  # the history line stays findable
    assert ids(store, "recente") == [recent]
    assert_no_trace(store.path.parent, SECRETS)


def test_retention_counts_calendar_months(store: Store) -> None:
    january = secret_session(store, created_at=datetime(2026, 1, 31, 12, tzinfo=UTC))
    march = secret_session(store, created_at=datetime(2026, 3, 1, 12, tzinfo=UTC))
    # On 31 March, one month back is the last day of February: only January is older.
    assert store.purge_content_older_than(1, now=datetime(2026, 3, 31, 12, tzinfo=UTC)) == 1
    assert not store.load_bundle(january).record.has_content
    assert store.load_bundle(march).record.has_content
    # On 1 April at noon, 1 March at noon is exactly one month back: not older yet.
    assert store.purge_content_older_than(1, now=datetime(2026, 4, 1, 12, tzinfo=UTC)) == 0
    assert store.purge_content_older_than(1, now=datetime(2026, 4, 1, 13, tzinfo=UTC)) == 1
    assert not store.load_bundle(march).record.has_content
    with pytest.raises(ValueError):
        store.purge_content_older_than(-1)


def test_deleting_a_session_leaves_no_trace_of_its_notes_or_index(store: Store) -> None:
    kept = saved(store, "Gardée", question="question publique")
    gone = secret_session(store)
    assert ids(store, SECRETS[1]) == [gone]
    store.delete_session(gone)
    assert_no_trace(store.path.parent, SECRETS)
    assert ids(store, SECRETS[1]) == []
    assert ids(store, "publique") == [kept]
    with pytest.raises(SessionNotFound):
        store.load_record(gone)


# --- migration 1 -> 2 ---------------------------------------------------------------------------


def make_format_1_database(path: Path) -> None:
    connection = open_database(path, migrations=MIGRATIONS[:1])
    connection.execute(
        "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
        " group_name, mode, engine_state, engine_saved_wall) VALUES"
        " ('2026-01-05T10:00:00.000000+00:00', '2026-01-05T12:00:00.000000+00:00', 'classic',"
        " ?, 'Délégation difficile', 'Cercle Nord', 'full', '{\"phase\": 3}', 1767607200.5)",
        (TEMPLATE.id,),
    )
    connection.execute(
        "INSERT INTO participants (session_id, position, name, role) VALUES (1, 0, 'Awa', 'client')"
    )
    connection.close()


def test_migration_1_to_2_keeps_sessions_and_makes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "data" / "codev.sqlite3"
    backups = tmp_path / "backups"
    make_format_1_database(path)

    with Store(path, backups_dir=backups) as store:
        row = store.get_session(1)
        assert (row.title, row.group_name, store.load_live_state(1)) == (
            "Délégation difficile",
            "Cercle Nord",
            {"phase": 3},
        )
        assert row.live_saved_wall == 1767607200.5
        assert (row.facilitator, row.case_title, row.content_purged_at) == ("", "", None)
        assert store.load_record(1) is None
        assert ids(store, "delegation") == [1]  # refolded at open
        assert store.search_sessions("awa")[0].client_name == "Awa"

    [backup] = list_backups(backups)
    assert backup.kind == f"before-format-{LATEST_VERSION}"
    copy = sqlite3.connect(backup.path)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT title, engine_state FROM sessions").fetchall() == [
            ("Délégation difficile", '{"phase": 3}')
        ]
    finally:
        copy.close()

    with Store(path, backups_dir=backups):  # already migrated: no second copy
        pass
    assert len(list_backups(backups)) == 1


def test_migration_2_to_3_moves_live_state_and_record_to_their_own_rows(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    live = live_session()
    connection = open_database(path, migrations=MIGRATIONS[:2])
    connection.execute(
        "INSERT INTO sessions (created_at, updated_at, template_id, template_toml, title,"
        " live_state, live_saved_wall, record_json, facilitator) VALUES"
        " ('2026-02-01T10:00:00.000000+00:00', '2026-02-01T10:30:00.000000+00:00', 'classic',"
        " ?, 'Format deux', ?, 1769940000.0, ?, 'Élise')",
        (dump_template(TEMPLATE), json.dumps(live.to_data()), record_json(live.record)),
    )
    connection.close()

    with Store(path, backups_dir=tmp_path / "backups") as store:
        row = store.get_session(1)
        assert store.load_live_state(row.id) == live.to_data()
        assert row.live_saved_wall == 1769940000.0
        assert record_json(saved_record(store, 1)) == record_json(live.record)
        assert ids(store, "delegation") == [1]
        assert store.load_bundle(1).record.state == live.record.state
        assert store._shared.connection is not None
        leftovers = store._shared.connection.execute(
            "SELECT live_state, live_saved_wall, record_json FROM sessions"
        ).fetchall()
        assert leftovers == [(None, None, None)]  # moved, not copied: one copy of the notes
    [backup] = list_backups(tmp_path / "backups")
    assert backup.kind == f"before-format-{LATEST_VERSION}"


def test_a_new_database_needs_no_backup_before_migrating(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    with Store(tmp_path / "codev.sqlite3", backups_dir=backups):
        pass
    assert list_backups(backups) == []


def test_a_failed_backup_does_not_keep_the_facilitator_out(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    make_format_1_database(path)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    with Store(path, backups_dir=blocked) as store:
        assert store.get_session(1).title == "Délégation difficile"


# --- daily backups ----------------------------------------------------------------------------


def test_daily_backup_once_a_day_and_rotated(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, 12, tzinfo=UTC)
    with Store(tmp_path / "codev.sqlite3", backups_dir=folder) as store:
        session_id = create(store, title="Première")
        first = store.make_daily_backup(folder=folder, now=start, keep=3)
        assert first is not None
        assert store.make_daily_backup(folder=folder, now=start + timedelta(hours=2)) is None
        made = [first]
        for day in range(1, 5):
            store.update_session(session_id, title=f"Jour {day}")
            backup = store.make_daily_backup(folder=folder, now=start + timedelta(days=day), keep=3)
            assert backup is not None
            made.append(backup)
        migration_copy = folder / "codev-before-format-2-20250101T000000000000Z.sqlite3"
        migration_copy.write_bytes(first.read_bytes() if first.exists() else b"")
        store.make_daily_backup(folder=folder, now=start + timedelta(days=5), keep=3)

    found = list_backups(folder)
    daily = [backup for backup in found if backup.kind == "daily"]
    assert [backup.made_at.date().day for backup in daily] == [6, 5, 4]
    assert migration_copy in [backup.path for backup in found]  # not rotated away
    with Store(daily[1].path) as copy:
        assert copy.get_session(session_id).title == "Jour 4"


def test_daily_backup_uses_the_backups_folder_by_default(tmp_path: Path) -> None:
    with Store(tmp_path / "codev.sqlite3") as store:
        made = store.make_daily_backup()
    assert made is not None and made.parent == paths.backups_dir()
    with pytest.raises(ValueError), Store(tmp_path / "codev.sqlite3") as store:
        store.make_daily_backup(keep=0)

"""History search: the folded text of every session, indexed with FTS5 where SQLite has it.

Search reads text folded by :func:`fold_for_search` (lower case, accents and ligatures removed),
so French is found however it is typed. With an SQLite that has FTS5 the folded text is indexed
(a derived index built and rebuilt here); without it the folded text is scanned. Autosave only
marks a session for indexing (:meth:`Search.mark_stale`); the index catches up at the next
search, when the session is finished and when the Store is closed or opened. A timers-only
session has no record text to search, only its title, group, facilitator and client.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from typing import Final

from codev_app.storage import mapping
from codev_app.storage.errors import StorageError
from codev_app.storage.mapping import HISTORY, SUMMARY_COLUMNS, SessionMode, SessionSummary
from codev_app.storage.shared import SharedConnection

_log = logging.getLogger(__name__)

#: Version of the folding rules; raise it when :func:`fold_for_search` changes, and the Store
#: refolds every session's search text at the next start.
FOLD_VERSION: Final = 1
DEFAULT_HISTORY_LIMIT: Final = 200
# Pages of the index one merge step rewrites: the connection is held a few milliseconds at most.
_MERGE_PAGES_PER_STEP: Final = 64

# The full-text index is rebuilt whenever this marker is missing or different: after a change of
# its definition, or after this file was written by an SQLite without FTS5 (the index is stale).
_FTS_MARKER_KEY: Final = "codev.search_index"
_FTS_MARKER: Final = "fts5-1"
_FTS_TABLE: Final = (
    "CREATE VIRTUAL TABLE session_fts USING fts5(heading, body, content = 'session_search',"
    " content_rowid = 'session_id', tokenize = 'unicode61 remove_diacritics 2')"
)
# Letters NFKD does not take apart but a French or Nordic speaker types as two or as a plain letter.
_LIGATURES: Final = {
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "þ": "th",
    "ı": "i",
}
_LIGATURE: Final = re.compile("[" + "".join(_LIGATURES) + "]")
_TERM: Final = re.compile(r"[^\W_]+")
# The combining marks that carry Latin, Greek and Cyrillic accents once NFKD has split them off (a
# character class runs in C: folding a long record this way takes a tenth of a millisecond).
_ACCENTS: Final = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_for_search(text: str) -> str:
    """``text`` as history search compares it: lower case, without accents or ligatures.

    "Délégation ŒUVRE" becomes "delegation oeuvre"; apply it to stored text and queries alike.
    """
    bare = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return _LIGATURE.sub(lambda match: _LIGATURES[match.group()], bare.casefold())


def search_terms(query: str) -> list[str]:
    """The folded words of a search query (punctuation separates words, as in the index)."""
    return _TERM.findall(fold_for_search(query))


def fts5_available(connection: sqlite3.Connection) -> bool:
    """Whether this SQLite was built with FTS5."""
    options = {row[0] for row in connection.execute("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


class Search:
    """The history list and search, and the index they read; on the store's connection."""

    def __init__(self, shared: SharedConnection) -> None:
        self._shared = shared

    @property
    def backend(self) -> str:
        """``"fts5"`` (indexed) or ``"scan"`` (folded text read in full at each search)."""
        return "fts5" if self._shared.full_text else "scan"

    def list_history(
        self, *, limit: int = DEFAULT_HISTORY_LIMIT, offset: int = 0
    ) -> list[SessionSummary]:
        """Sessions for the history window, newest first."""
        with self._shared.read() as connection:
            rows = connection.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM {HISTORY}"
                " ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?",
                (max(0, limit), max(0, offset)),
            ).fetchall()
        return [mapping.summary(row) for row in rows]

    def search_sessions(
        self, query: str, *, limit: int = DEFAULT_HISTORY_LIMIT
    ) -> list[SessionSummary]:
        """Sessions whose title, group, client or record texts hold every word of ``query``.

        Case, accents and ligatures do not matter ("delegation" finds "Délégation"); each word
        matches the start of a word ("déléga" finds "délégation"; the scan backend also matches
        inside words). Newest first. An empty query lists the history.
        """
        terms = search_terms(query)
        if not terms:
            return self.list_history(limit=limit)
        try:
            with self._shared.write() as connection:
                self.refresh_stale(connection)
        except StorageError as error:
            # A full disk must not stop the search: the text of the last few edits may be missed.
            _log.warning("Search index not brought up to date: %s", error)
        if self._shared.full_text:
            match = " ".join(f'"{term}"*' for term in terms)
            where = "s.id IN (SELECT rowid FROM session_fts WHERE session_fts MATCH ?)"
            parameters: list[object] = [match]
        else:
            condition = " AND ".join(["(instr(heading, ?) > 0 OR instr(body, ?) > 0)"] * len(terms))
            where = f"s.id IN (SELECT session_id FROM session_search WHERE {condition})"
            parameters = [value for term in terms for value in (term, term)]
        with self._shared.read() as connection:
            rows = connection.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM {HISTORY} WHERE {where}"
                " ORDER BY s.created_at DESC, s.id DESC LIMIT ?",
                (*parameters, max(0, limit)),
            ).fetchall()
        return [mapping.summary(row) for row in rows]

    # --- the index ---

    def prepare(self) -> None:
        """Build the full-text index if missing or stale; refold text folded by older rules."""
        with self._shared.write() as connection:
            if self._shared.full_text:
                marker = connection.execute(
                    "SELECT value FROM app_state WHERE key = ?", (_FTS_MARKER_KEY,)
                ).fetchone()
                exists = connection.execute(
                    "SELECT 1 FROM sqlite_schema WHERE name = 'session_fts'"
                ).fetchone()
                if marker is None or marker[0] != _FTS_MARKER or exists is None:
                    connection.execute("DROP TABLE IF EXISTS session_fts")
                    connection.execute(_FTS_TABLE)
                    connection.execute("INSERT INTO session_fts (session_fts) VALUES ('rebuild')")
                    connection.execute(
                        "INSERT INTO app_state (key, value) VALUES (?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (_FTS_MARKER_KEY, _FTS_MARKER),
                    )
            else:
                # Writes from now on leave any index behind: rebuild it when it is next used.
                connection.execute("DELETE FROM app_state WHERE key = ?", (_FTS_MARKER_KEY,))
            # Every write indexes its session in its own transaction, and a search row cannot
            # outlive its session (foreign key): equal counts mean none is missing. Counting is
            # ~20 times cheaper than looking for each (9 ms at 10,000 sessions, at every start).
            counts = connection.execute(
                "SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM session_search)"
            ).fetchone()
            missing = []
            if counts[0] != counts[1]:
                missing = connection.execute(
                    "SELECT id FROM sessions"
                    " WHERE id NOT IN (SELECT session_id FROM session_search)"
                ).fetchall()
            for (session_id,) in missing:
                self.index(connection, session_id)
            self.refresh_stale(connection)

    def refresh_stale(self, connection: sqlite3.Connection) -> None:
        """Index the sessions saved since the last search, and text folded by older rules."""
        stale = connection.execute(
            "SELECT session_id FROM session_search WHERE folded_with < ?", (FOLD_VERSION,)
        ).fetchall()
        for (session_id,) in stale:
            self.index(connection, session_id)

    @staticmethod
    def mark_stale(connection: sqlite3.Connection, session_id: int) -> None:
        """Leave the session's text to be indexed later (autosave: a keystroke writes little)."""
        connection.execute(
            "UPDATE session_search SET folded_with = 0 WHERE session_id = ? AND folded_with <> 0",
            (session_id,),
        )

    def index(
        self, connection: sqlite3.Connection, session_id: int, *, body: str | None = None
    ) -> None:
        """Bring a session's search row up to date, in the full-text index too.

        The heading comes from the sessions table; the body is ``body`` (not yet folded), or the
        indexed one if it is current, or else it is made from the saved record.
        """
        heading_parts = connection.execute(
            "SELECT s.title, s.group_name, s.facilitator, s.mode,"
            " coalesce((SELECT group_concat(p.name, ' ') FROM participants AS p"
            " WHERE p.session_id = s.id AND p.role = 'client'), '')"
            " FROM sessions AS s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        title, group_name, facilitator, mode, client = heading_parts
        heading = fold_for_search("\n".join((title, group_name, facilitator, client)))
        old = connection.execute(
            "SELECT folded_with, heading, body FROM session_search WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if body is not None:
            folded = fold_for_search(body)
        elif old is not None and old[0] == FOLD_VERSION:
            folded = str(old[2])
        else:
            record = connection.execute(
                "SELECT CAST(record_json AS BLOB) FROM session_records WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            text = mapping.record_search_text(None if record is None else record[0])
            folded = fold_for_search(text)
        if mode == SessionMode.TIMERS_ONLY:
            folded = ""
        if old is not None and tuple(old) == (FOLD_VERSION, heading, folded):
            return
        full_text = self._shared.full_text
        if full_text and old is not None:
            # External-content FTS5 needs the indexed values to forget them.
            connection.execute(
                "INSERT INTO session_fts (session_fts, rowid, heading, body)"
                " VALUES ('delete', ?, ?, ?)",
                (session_id, old[1], old[2]),
            )
        connection.execute(
            "INSERT INTO session_search (session_id, folded_with, heading, body)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET"
            " folded_with = excluded.folded_with, heading = excluded.heading, body = excluded.body",
            (session_id, FOLD_VERSION, heading, folded),
        )
        if full_text:
            connection.execute(
                "INSERT INTO session_fts (rowid, heading, body) VALUES (?, ?, ?)",
                (session_id, heading, folded),
            )

    def unindex(self, connection: sqlite3.Connection, session_id: int) -> None:
        """Forget a session's text (it is being deleted)."""
        old = connection.execute(
            "SELECT heading, body FROM session_search WHERE session_id = ?", (session_id,)
        ).fetchone()
        if old is not None and self._shared.full_text:
            connection.execute(
                "INSERT INTO session_fts (session_fts, rowid, heading, body)"
                " VALUES ('delete', ?, ?, ?)",
                (session_id, old[0], old[1]),
            )
        connection.execute("DELETE FROM session_search WHERE session_id = ?", (session_id,))

    def scrub(self, between_steps: Callable[[], None] | None = None) -> None:
        """After removing text: rewrite the index without it and empty the write-ahead log.

        FTS5 (before SQLite 3.42) keeps removed words in older index segments until they are
        merged; "merge" with a negative size merges them all, a bounded amount of work at a time
        (``between_steps`` runs in between), until one segment is left. ``secure_delete`` then
        zeroes the freed pages.
        """
        shared = self._shared
        try:
            while shared.full_text:
                with shared.write() as writer:
                    before = writer.total_changes
                    writer.execute(
                        "INSERT INTO session_fts (session_fts, rank) VALUES ('merge', ?)",
                        (-_MERGE_PAGES_PER_STEP,),
                    )
                    merged = writer.total_changes - before >= 2  # FTS5's "work was done" sign
                if not merged:
                    break
                if between_steps is not None:
                    between_steps()
            with shared.lock:
                shared.open_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except (sqlite3.Error, StorageError) as error:
            _log.warning("Could not scrub %s after removing notes: %s", shared.path, error)

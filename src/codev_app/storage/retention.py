"""Retention: the notes of old sessions removed, their timings kept, no trace left in the files.

Run by housekeeping on its worker thread, in small transactions on the store's one connection.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from codev_app.storage import mapping
from codev_app.storage.errors import StorageError
from codev_app.storage.search import Search
from codev_app.storage.shared import SharedConnection

# Sessions whose notes one transaction removes: each holds the connection a few milliseconds at
# most (benchmarks/storage.py measures the longest hold).
_PURGE_BATCH: Final = 16  # sessions in the first transaction; then sized to the time below
_PURGE_BATCH_MAX: Final = 64
# What one transaction may hold the database for: another thread (the window's) waits that long
# at most. Batches shrink when one takes longer (a slow disk, big notes), grow when it is quicker.
_PURGE_HOLD_SECONDS: Final = 0.006
_PURGE_CHECKPOINT_PAGES: Final = 64


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to the month's end)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for day in range(moment.day, 27, -1):
        with contextlib.suppress(ValueError):
            return moment.replace(year=year, month=month, day=day)
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


class Retention:
    """Removes old notes; shares the store's connection and its search index."""

    def __init__(self, shared: SharedConnection, search: Search) -> None:
        self._shared = shared
        self._search = search

    def purge_content_older_than(
        self,
        months: int,
        *,
        now: datetime | None = None,
        between_batches: Callable[[], None] | None = None,
    ) -> int:
        """Remove the notes of sessions started more than ``months`` months ago.

        Timings, speaking times, consent, title, group, participants and the live state stay, so
        the history still shows when and how long; record texts, suggestions, action plans,
        learnings and private notes go, leaving no trace in the files. Returns how many sessions
        lost their notes. The work is done in short transactions; ``between_batches`` runs
        between two of them (housekeeping pauses there, and raises to stop).
        """
        if isinstance(months, bool) or not isinstance(months, int) or months < 0:
            raise ValueError(f"months must be a whole, non-negative number (got {months!r})")
        moment = datetime.now(UTC) if now is None else now
        cutoff = mapping.iso(months_before(moment.astimezone(UTC), months))
        stamp = mapping.iso(moment)
        shared = self._shared
        with shared.lock:
            # Rewriting many pages fills the write-ahead log; the commit that reaches the
            # threshold copies it all back, holding the file meanwhile. A low threshold keeps
            # each of those copies short.
            shared.open_connection().execute(
                f"PRAGMA wal_autocheckpoint = {_PURGE_CHECKPOINT_PAGES}"
            )
        try:
            purged = self._purge_batches(cutoff, stamp, between_batches)
        finally:
            with shared.lock, contextlib.suppress(sqlite3.Error, StorageError):
                shared.open_connection().execute("PRAGMA wal_autocheckpoint = 1000")
        if purged:
            self._search.scrub(between_batches)
        return purged

    def _purge_batches(
        self, cutoff: str, stamp: str, between_batches: Callable[[], None] | None
    ) -> int:
        purged = last_id = 0
        batch = _PURGE_BATCH
        while True:
            # Small transactions, in id order: another thread waits for one batch at most.
            started = time.perf_counter()
            with self._shared.write() as connection:
                rows = connection.execute(
                    "SELECT s.id, CAST(r.record_json AS BLOB) FROM sessions AS s"
                    " LEFT JOIN session_records AS r ON r.session_id = s.id"
                    " WHERE s.id > ? AND s.created_at < ? AND s.content_purged_at IS NULL"
                    " ORDER BY s.id LIMIT ?",
                    (last_id, cutoff, batch),
                ).fetchall()
                for session_id, stored in rows:
                    self._purge_one(connection, session_id, stored, stamp)
            held = time.perf_counter() - started
            purged += len(rows)
            if len(rows) < batch:
                break
            if held > _PURGE_HOLD_SECONDS:
                batch = max(1, batch // 2)
            elif held < _PURGE_HOLD_SECONDS / 2:
                batch = min(_PURGE_BATCH_MAX, batch * 2)
            last_id = rows[-1][0]
            if between_batches is not None:
                between_batches()
        return purged

    def _purge_one(
        self, connection: sqlite3.Connection, session_id: int, stored: bytes | None, stamp: str
    ) -> None:
        kept = None if stored is None else mapping.timings_only(stored)
        if kept is None:
            connection.execute("DELETE FROM session_records WHERE session_id = ?", (session_id,))
        else:
            connection.execute(
                "UPDATE session_records SET record_json = ? WHERE session_id = ?",
                (kept, session_id),
            )
        # The shared document holds the record's words too.
        connection.execute("DELETE FROM shared_documents WHERE session_id = ?", (session_id,))
        connection.execute(
            "UPDATE sessions SET case_title = '', content_purged_at = ? WHERE id = ?",
            (stamp, session_id),
        )
        self._search.index(connection, session_id, body="")

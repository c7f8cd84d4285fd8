"""The database schema, as the ordered list of SQL scripts that build it.

``MIGRATIONS[0]`` takes an empty file to schema version 1, ``MIGRATIONS[1]`` from 1 to 2, and so on;
the version reached is kept in ``PRAGMA user_version``. A published migration is never edited: a
later change appends a new script. Scripts hold no BEGIN/COMMIT: each runs in its own transaction.
"""

from __future__ import annotations

from typing import Final

_V1_SESSIONS_PARTICIPANTS_APP_STATE: Final = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,            -- ISO 8601, UTC
    updated_at TEXT NOT NULL,            -- ISO 8601, UTC
    template_id TEXT NOT NULL,
    template_toml TEXT NOT NULL,         -- the plan as run, so history survives template edits
    title TEXT NOT NULL DEFAULT '',
    group_name TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'full' CHECK (mode IN ('full', 'timers_only')),
    engine_state TEXT,                   -- JSON snapshot of the session engine
    engine_saved_wall REAL,              -- time.time() when engine_state was saved
    finished_at TEXT                     -- ISO 8601, UTC; NULL while the session is open
);

CREATE INDEX sessions_by_creation ON sessions (created_at);

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    UNIQUE (session_id, position)
);

CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

MIGRATIONS: Final[tuple[str, ...]] = (_V1_SESSIONS_PARTICIPANTS_APP_STATE,)
LATEST_VERSION: Final = len(MIGRATIONS)

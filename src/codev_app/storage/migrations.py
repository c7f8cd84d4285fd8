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

# Format 2: the session record and the live state, the facilitator's name, and what history search
# reads. The search text is folded by Codev (lower case, no accents, no ligatures) so that
# "délégation" is found by "delegation" whatever SQLite was built with; the full-text index over
# it (FTS5, when this SQLite has it) is derived data that the Store rebuilds itself, so it is not
# part of the versioned schema. Rows with ``folded_with`` below the Store's folding version are
# refolded at open: here, every session that existed before.
_V2_RECORD_LIVE_STATE_SEARCH: Final = """
-- live_state: LiveSession.to_data() as JSON; live_saved_wall: time.time() when it was saved.
ALTER TABLE sessions RENAME COLUMN engine_state TO live_state;
ALTER TABLE sessions RENAME COLUMN engine_saved_wall TO live_saved_wall;
ALTER TABLE sessions ADD COLUMN record_json TEXT;          -- SessionRecord.to_data() as JSON
ALTER TABLE sessions ADD COLUMN case_title TEXT NOT NULL DEFAULT '';  -- copied from the record
ALTER TABLE sessions ADD COLUMN facilitator TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN content_purged_at TEXT;    -- UTC; notes removed by retention

CREATE INDEX sessions_by_update ON sessions (updated_at);

CREATE TABLE session_search (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    folded_with INTEGER NOT NULL DEFAULT 0,    -- version of the folding rules; 0: to be refolded
    heading TEXT NOT NULL DEFAULT '',          -- folded title, group, facilitator and client
    body TEXT NOT NULL DEFAULT ''              -- folded record texts; always empty in timers-only
);

INSERT INTO session_search (session_id) SELECT id FROM sessions;
"""

MIGRATIONS: Final[tuple[str, ...]] = (
    _V1_SESSIONS_PARTICIPANTS_APP_STATE,
    _V2_RECORD_LIVE_STATE_SEARCH,
)
LATEST_VERSION: Final = len(MIGRATIONS)

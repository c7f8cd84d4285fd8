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

# Format 3: what changes while a session runs gets rows of its own, so that an autosave writes a
# few pages (not the plan, several kB, nor the search text); history lists read one index, never the
# long rows. The format-2 columns live_state, live_saved_wall and record_json of sessions are
# emptied and no longer used (SQLite before 3.35 cannot drop a column).
_V3_LIVE_AND_RECORD_ROWS_HISTORY_INDEX: Final = """
CREATE TABLE session_live (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    state TEXT NOT NULL,                 -- LiveSession.to_data() as JSON
    saved_wall REAL                      -- time.time() when saved; NULL: imported, not resumable
);
INSERT INTO session_live (session_id, state, saved_wall)
    SELECT id, live_state, live_saved_wall FROM sessions WHERE live_state IS NOT NULL;

CREATE TABLE session_records (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    record_json TEXT NOT NULL            -- SessionRecord.to_data() as JSON
);
INSERT INTO session_records (session_id, record_json)
    SELECT id, record_json FROM sessions WHERE record_json IS NOT NULL;

UPDATE sessions SET live_state = NULL, live_saved_wall = NULL, record_json = NULL
    WHERE live_state IS NOT NULL OR live_saved_wall IS NOT NULL OR record_json IS NOT NULL;

DROP INDEX sessions_by_creation;
DROP INDEX sessions_by_update;
CREATE INDEX sessions_history ON sessions (
    created_at, id, title, case_title, group_name, facilitator, mode, finished_at, content_purged_at
);
CREATE INDEX sessions_unfinished ON sessions (updated_at) WHERE finished_at IS NULL;
CREATE INDEX session_search_by_fold ON session_search (folded_with);
"""

# Format 4: every command applied to a live session, in order, so that crash recovery and later
# features can replay a session. Rows are appended (never rewritten) by the autosave tick.
_V4_COMMAND_LOG: Final = """
CREATE TABLE command_log (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                -- the session's command number, from 1
    at_wall REAL NOT NULL,               -- time.time() when the command was applied
    actor TEXT NOT NULL,                 -- who applied it (e.g. "facilitator")
    command TEXT NOT NULL,               -- the command as JSON (core.commands)
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
"""

# Format 5: participants' e-mail addresses, what the session sends (each person's own copy or the
# group's summary), and the outbox: one delivery per recipient, whose state is written before and
# after each message, so that a crash or a retry never sends twice what was sent.
_V5_EMAILS_AND_DELIVERIES: Final = """
CREATE TABLE participant_emails (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,        -- the roster's id (live state)
    address TEXT NOT NULL,
    PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;

CREATE TABLE session_sharing (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    document TEXT NOT NULL DEFAULT 'personal' CHECK (document IN ('personal', 'participants'))
);

CREATE TABLE deliveries (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    address TEXT NOT NULL,
    document TEXT NOT NULL CHECK (document IN ('personal', 'participants')),
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'draft')),
    message_id TEXT NOT NULL,            -- kept across retries: a resent message is the same one
    detail TEXT NOT NULL DEFAULT '',     -- why it failed, or where the draft was written
    updated_at TEXT NOT NULL,            -- ISO 8601, UTC
    PRIMARY KEY (session_id, participant_id)
);  -- a rowid table: rowid keeps the order recipients were queued in
"""

# Format 6 (after 5): groups of people who meet over months, their cycles of planned sessions, and
# the sessions' link to their group. Existing sessions keep their free-text group name and no link:
# gathering them into a group is proposed to the facilitator, never done here.
_V6_GROUPS_PEOPLE_CYCLES: Final = """
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    facilitators TEXT NOT NULL DEFAULT '[]',   -- JSON list of one or two names
    charter TEXT NOT NULL DEFAULT '',
    print_resources INTEGER NOT NULL DEFAULT 0,
    meets_every_days INTEGER NOT NULL DEFAULT 28,
    relaunch_after_days INTEGER NOT NULL DEFAULT 42,
    created_at TEXT NOT NULL                   -- ISO 8601, UTC
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''              -- confidential
);

CREATE TABLE memberships (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    joined_on TEXT,                            -- ISO dates (the facilitator's calendar)
    left_on TEXT,                              -- NULL while a member; the history stays
    charter_accepted_on TEXT,
    last_contact_on TEXT,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;

CREATE TABLE group_resources (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, position)
) WITHOUT ROWID;

CREATE TABLE cycles (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    template_id TEXT NOT NULL,
    time_zone TEXT NOT NULL,                   -- IANA name, e.g. Europe/Paris
    minutes INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,       -- raised by every change (calendar SEQUENCE)
    created_at TEXT NOT NULL
);

CREATE TABLE cycle_slots (
    cycle_id INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    uid TEXT NOT NULL UNIQUE,                  -- the calendar event's, kept across changes
    starts_at TEXT NOT NULL,                   -- ISO 8601 with the offset of the cycle's zone
    client_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    PRIMARY KEY (cycle_id, position)
);

ALTER TABLE sessions ADD COLUMN group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL;
CREATE INDEX sessions_by_group ON sessions (group_id) WHERE group_id IS NOT NULL;
"""

# Format 7 (after 6): peer support between sessions. A group's requests (who asks, what kind,
# urgent or important, by when, who listens, held, referred) and each member's availability and
# wish to be relaunched. ``note`` holds the request's own words, for the coordinator only: it is
# emptied when the request is referred or closed; a referral keeps only the resource's title.
_V7_SUPPORT_REQUESTS_AVAILABILITY: Final = """
CREATE TABLE support_requests (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('listening', 'information', 'resources', 'other')),
    urgent INTEGER NOT NULL DEFAULT 0,
    important INTEGER NOT NULL DEFAULT 0,
    asked_on TEXT NOT NULL,                    -- ISO dates (the coordinator's calendar)
    by_when TEXT,
    note TEXT NOT NULL DEFAULT '',             -- confidential; emptied when referred or closed
    state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'matched', 'held', 'closed', 'referred')),
    listener_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    matched_on TEXT,
    held_on TEXT,
    minutes INTEGER,
    referred_to TEXT NOT NULL DEFAULT '',      -- a resource's title, nothing of the content
    closed_on TEXT,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL
);
CREATE INDEX support_requests_by_group ON support_requests (group_id, asked_on);

CREATE TABLE support_availability (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    slots TEXT NOT NULL DEFAULT '[]',          -- JSON list of "mon 18:00-20:00"
    ask_me INTEGER NOT NULL DEFAULT 0,
    relaunch_after_weeks INTEGER,              -- NULL: did not ask to be relaunched
    relaunched_on TEXT NOT NULL DEFAULT '[]',  -- JSON list of ISO dates
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;
"""

# Format 8 (after 7): a session shared with a co-facilitator keeps the shared document (Yjs updates,
# as pycrdt writes them, in the order they came), so that a restart of either app resumes the
# sharing with every action. ``actor`` is this facilitator's id in it, ``code`` the join code to
# connect again with. The updates hold the shared record's words: they go with the session, and
# retention removes them with its notes.
_V8_SHARED_DOCUMENTS: Final = """
CREATE TABLE shared_documents (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    actor TEXT NOT NULL,
    hosting INTEGER NOT NULL CHECK (hosting IN (0, 1)),
    code TEXT NOT NULL,
    ended INTEGER NOT NULL DEFAULT 0 CHECK (ended IN (0, 1))
);

CREATE TABLE shared_updates (
    session_id INTEGER NOT NULL REFERENCES shared_documents (session_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
"""

# Format 9 (after 8): the sharing facilitator's certificate (DER) and private key (PEM) with the
# shared document, so that a restart serves the same code again (same address, port, secret and
# certificate). The key stays in this file (user-only, like the whole database): never exported.
_V9_SHARED_CERTIFICATE: Final = """
ALTER TABLE shared_documents ADD COLUMN certificate BLOB NOT NULL DEFAULT x'';
ALTER TABLE shared_documents ADD COLUMN private_key BLOB NOT NULL DEFAULT x'';
"""

MIGRATIONS: Final[tuple[str, ...]] = (
    _V1_SESSIONS_PARTICIPANTS_APP_STATE,
    _V2_RECORD_LIVE_STATE_SEARCH,
    _V3_LIVE_AND_RECORD_ROWS_HISTORY_INDEX,
    _V4_COMMAND_LOG,
    _V5_EMAILS_AND_DELIVERIES,
    _V6_GROUPS_PEOPLE_CYCLES,
    _V7_SUPPORT_REQUESTS_AVAILABILITY,
    _V8_SHARED_DOCUMENTS,
    _V9_SHARED_CERTIFICATE,
)
LATEST_VERSION: Final = len(MIGRATIONS)

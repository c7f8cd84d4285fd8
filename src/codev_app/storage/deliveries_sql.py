"""Participants' addresses read and written inside a caller's transaction (the store's bundle
and :mod:`codev_app.storage.deliveries` share these; no import of the store, so no cycle)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping


def read_emails(connection: sqlite3.Connection, session_id: int) -> dict[str, str]:
    """The addresses of one session, inside a caller's transaction (the store's bundle)."""
    rows = connection.execute(
        "SELECT participant_id, address FROM participant_emails WHERE session_id = ?",
        (session_id,),
    ).fetchall()
    return {str(pid): str(address) for pid, address in rows}


def write_emails(
    connection: sqlite3.Connection, session_id: int, emails: Mapping[str, str]
) -> None:
    """Replace one session's addresses inside a caller's transaction."""
    connection.execute("DELETE FROM participant_emails WHERE session_id = ?", (session_id,))
    connection.executemany(
        "INSERT INTO participant_emails (session_id, participant_id, address) VALUES (?, ?, ?)",
        [(session_id, pid, address) for pid, address in emails.items() if address],
    )

"""Participants' e-mail addresses and the outbox of a session (schema format 5).

- ``participant_emails``: one optional address per participant id;
- ``session_sharing``: what the session sends, each person's own copy (the default) or the
  group's summary;
- ``deliveries``: one row per recipient. Its state is written *before* a message goes
  (``sending``) and after (``sent`` or ``failed``), each in its own transaction, so a crash leaves
  either a message sent and marked, or one still to send: :meth:`Deliveries.queue` never queues
  again someone whose copy is ``sent`` unless asked to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from codev_app.core.addresses import checked_address
from codev_app.storage.deliveries_sql import read_emails, write_emails
from codev_app.storage.errors import SessionNotFound
from codev_app.storage.shared import SharedConnection


class DeliveryState(StrEnum):
    """Where one recipient's message stands."""

    QUEUED = "queued"
    SENDING = "sending"
    """Handed to the mail server when Codev stopped: sent again with the same Message-ID."""
    SENT = "sent"
    FAILED = "failed"
    DRAFT = "draft"


class SharedDocument(StrEnum):
    """What the participants receive."""

    PERSONAL = "personal"
    PARTICIPANTS = "participants"


@dataclass(frozen=True)
class Delivery:
    """One recipient's message: to whom, which document, its state and when it last changed."""

    participant_id: str
    address: str
    document: SharedDocument
    state: DeliveryState
    message_id: str
    detail: str
    updated_at: datetime


class Deliveries:
    """Addresses and outbox of the sessions in a store; shares its connection and its lock."""

    def __init__(self, shared: SharedConnection) -> None:
        self._shared = shared

    # --- addresses -----------------------------------------------------------------------

    def emails(self, session_id: int) -> dict[str, str]:
        """Addresses by participant id (only those given)."""
        with self._shared.read() as connection:
            return read_emails(connection, session_id)

    def set_email(self, session_id: int, participant_id: str, address: str) -> None:
        """Keep (or, with ``""``, forget) one participant's address; raises
        :class:`~codev_app.core.addresses.InvalidAddress` for text that is not one."""
        self.set_emails(session_id, {**self.emails(session_id), participant_id: address})

    def set_emails(self, session_id: int, emails: Mapping[str, str]) -> None:
        """Replace the session's addresses (empty ones are dropped)."""
        checked = {pid: checked_address(address) for pid, address in emails.items()}
        with self._shared.write() as connection:
            _check_session(connection, session_id)
            write_emails(connection, session_id, checked)

    # --- what is sent ----------------------------------------------------------------------

    def document(self, session_id: int) -> SharedDocument:
        """What this session sends (each person's own copy unless set otherwise)."""
        with self._shared.read() as connection:
            row = connection.execute(
                "SELECT document FROM session_sharing WHERE session_id = ?", (session_id,)
            ).fetchone()
        return SharedDocument.PERSONAL if row is None else SharedDocument(row[0])

    def set_document(self, session_id: int, document: SharedDocument) -> None:
        """Choose what this session sends."""
        with self._shared.write() as connection:
            _check_session(connection, session_id)
            connection.execute(
                "INSERT INTO session_sharing (session_id, document) VALUES (?, ?)"
                " ON CONFLICT (session_id) DO UPDATE SET document = excluded.document",
                (session_id, str(document)),
            )

    # --- the outbox --------------------------------------------------------------------------

    def deliveries(self, session_id: int) -> list[Delivery]:
        """The session's deliveries, in the order they were queued."""
        with self._shared.read() as connection:
            rows = connection.execute(
                "SELECT participant_id, address, document, state, message_id, detail, updated_at"
                " FROM deliveries WHERE session_id = ? ORDER BY rowid",
                (session_id,),
            ).fetchall()
        return [
            Delivery(
                str(pid),
                str(address),
                SharedDocument(document),
                DeliveryState(state),
                str(message_id),
                str(detail),
                datetime.fromisoformat(updated_at),
            )
            for pid, address, document, state, message_id, detail, updated_at in rows
        ]

    def queue(
        self,
        session_id: int,
        recipients: Iterable[tuple[str, str, SharedDocument]],
        *,
        again: bool = False,
    ) -> list[Delivery]:
        """Queue ``(participant id, address, document)`` for sending; returns what is to send.

        Someone whose copy is already ``sent`` stays as they are unless ``again``; a changed
        address or document starts a new message (a new Message-ID).
        """
        wanted = list(recipients)
        known = {item.participant_id: item for item in self.deliveries(session_id)}
        with self._shared.write() as connection:
            _check_session(connection, session_id)
            for participant_id, address, document in wanted:
                before = known.get(participant_id)
                unchanged = (
                    before is not None and before.address == address and before.document is document
                )
                if unchanged and before is not None and before.state is DeliveryState.SENT:
                    if not again:
                        continue
                    message_id = _message_id()  # sent again on purpose: a new message
                elif unchanged and before is not None:
                    message_id = before.message_id  # a retry is the same message
                else:
                    message_id = _message_id()
                connection.execute(
                    "INSERT INTO deliveries (session_id, participant_id, address, document,"
                    " state, message_id, detail, updated_at)"
                    " VALUES (?, ?, ?, ?, 'queued', ?, '', ?)"
                    " ON CONFLICT (session_id, participant_id) DO UPDATE SET"
                    " address = excluded.address, document = excluded.document,"
                    " state = 'queued', message_id = excluded.message_id, detail = '',"
                    " updated_at = excluded.updated_at",
                    (session_id, participant_id, address, str(document), message_id, _now()),
                )
        chosen = {participant_id for participant_id, _address, _document in wanted}
        return [
            item
            for item in self.deliveries(session_id)
            if item.state is DeliveryState.QUEUED and item.participant_id in chosen
        ]

    def mark(
        self, session_id: int, participant_id: str, state: DeliveryState, detail: str = ""
    ) -> None:
        """Record a recipient's new state (in its own transaction, committed on return)."""
        with self._shared.write() as connection:
            cursor = connection.execute(
                "UPDATE deliveries SET state = ?, detail = ?, updated_at = ?"
                " WHERE session_id = ? AND participant_id = ?",
                (str(state), detail, _now(), session_id, participant_id),
            )
            if cursor.rowcount == 0:
                raise SessionNotFound(session_id)


def _check_session(connection: sqlite3.Connection, session_id: int) -> None:
    if connection.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
        raise SessionNotFound(session_id)


def _message_id() -> str:
    import uuid  # with platform, ~2 ms: not on the way to the window

    return f"<{uuid.uuid4()}@codev.invalid>"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

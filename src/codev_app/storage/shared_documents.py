"""The shared document of a session shared with a co-facilitator, kept with the session.

One row per shared session in ``shared_documents`` (this facilitator's id in it, whether this
app hosts, the join code, whether the sharing ended) and its Yjs updates in ``shared_updates``,
in the order they came: applied again in that order they give the document back. The host also
keeps its certificate and private key, to serve the same code after a restart (never logged, never
exported: the key does not leave the database file). The bytes are opaque here (storage knows
nothing of pycrdt nor of TLS).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from codev_app.storage.errors import SessionNotFound
from codev_app.storage.shared import SharedConnection


@dataclass(frozen=True)
class SavedSharing:
    """A shared session as kept: who we are in it, how to connect again, and its updates."""

    session_id: int
    actor: str
    hosting: bool
    code: str
    ended: bool
    updates: tuple[bytes, ...]
    #: The host's certificate (DER) and private key (PEM); empty for a guest.
    certificate: bytes = field(default=b"", repr=False)
    private_key: bytes = field(default=b"", repr=False)


class SharedDocuments:
    """The shared documents of the sessions in a store; shares its connection and its lock."""

    def __init__(self, shared: SharedConnection) -> None:
        self._shared = shared

    def begin(
        self,
        session_id: int,
        *,
        actor: str,
        hosting: bool,
        code: str,
        certificate: bytes = b"",
        private_key: bytes = b"",
    ) -> None:
        """The session is shared from now on (what was kept of an earlier sharing goes); the
        host's ``certificate`` and ``private_key`` serve the same code again after a restart.

        Raises :class:`SessionNotFound` for an unknown session.
        """
        with self._shared.write() as connection:
            if connection.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone():
                connection.execute(
                    "DELETE FROM shared_documents WHERE session_id = ?", (session_id,)
                )
                connection.execute(
                    "INSERT INTO shared_documents"
                    " (session_id, actor, hosting, code, certificate, private_key)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (session_id, actor, int(hosting), code, certificate, private_key),
                )
                return
        raise SessionNotFound(session_id)

    def append(self, session_id: int, updates: Iterable[bytes]) -> None:
        """Keep more updates of the session's document, in one transaction."""
        rows = [(session_id, bytes(update), session_id) for update in updates]
        with self._shared.write() as connection:
            connection.executemany(
                "INSERT INTO shared_updates (session_id, seq, data)"
                " SELECT ?, coalesce(max(seq), 0) + 1, ? FROM shared_updates WHERE session_id = ?",
                rows,
            )

    def compact(self, session_id: int, document: bytes) -> None:
        """Replace the kept updates by the whole document in one (the same state, fewer rows)."""
        with self._shared.write() as connection:
            connection.execute("DELETE FROM shared_updates WHERE session_id = ?", (session_id,))
            connection.execute(
                "INSERT INTO shared_updates (session_id, seq, data) VALUES (?, 1, ?)",
                (session_id, bytes(document)),
            )

    def end(self, session_id: int) -> None:
        """The sharing ended: the session is this facilitator's alone (the document stays)."""
        with self._shared.write() as connection:
            connection.execute(
                "UPDATE shared_documents SET ended = 1 WHERE session_id = ?", (session_id,)
            )

    def load(self, session_id: int) -> SavedSharing | None:
        """The session's shared document as kept, or None when it was never shared."""
        with self._shared.read() as connection:
            row = connection.execute(
                "SELECT actor, hosting, code, ended, certificate, private_key"
                " FROM shared_documents WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            if row is None:
                return None
            updates = connection.execute(
                "SELECT data FROM shared_updates WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
        return SavedSharing(
            session_id,
            str(row[0]),
            bool(row[1]),
            str(row[2]),
            bool(row[3]),
            tuple(bytes(data) for (data,) in updates),
            bytes(row[4]),
            bytes(row[5]),
        )

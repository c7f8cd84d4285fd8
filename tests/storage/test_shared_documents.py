"""A shared session's document kept with the session (formats 8 and 9), in a real file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from codev_app.storage.errors import SessionNotFound
from codev_app.storage.repository import Store

from .sessions import create


def test_the_updates_come_back_in_order_after_the_store_is_reopened(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    with Store(path) as store:
        session_id = create(store)
        other = create(store)
        assert store.shared_documents.load(session_id) is None
        store.shared_documents.begin(session_id, actor="sacha", hosting=False, code="CODEV-AB")
        store.shared_documents.append(session_id, [b"\x00first", b"second\xff"])
        store.shared_documents.append(session_id, [b"third"])
        store.shared_documents.begin(other, actor="dominique", hosting=True, code="CODEV-CD")
        store.shared_documents.append(other, [b"elsewhere"])
    with Store(path) as store:
        saved = store.shared_documents.load(session_id)
        assert saved is not None
        assert (saved.actor, saved.hosting, saved.code, saved.ended) == (
            "sacha",
            False,
            "CODEV-AB",
            False,
        )
        assert saved.updates == (b"\x00first", b"second\xff", b"third")
        store.shared_documents.compact(session_id, b"whole")
        store.shared_documents.end(session_id)
        store.shared_documents.append(session_id, [b"after"])
    with Store(path) as store:
        saved = store.shared_documents.load(session_id)
        assert saved is not None and saved.ended
        assert saved.updates == (b"whole", b"after")
        # Sharing it again starts afresh.
        store.shared_documents.begin(session_id, actor="sacha", hosting=True, code="CODEV-EF")
        again = store.shared_documents.load(session_id)
        assert again is not None and again.updates == () and again.hosting and not again.ended
        assert store.shared_documents.load(other).updates == (b"elsewhere",)  # type: ignore[union-attr]


def test_an_unknown_session_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "codev.sqlite3") as store, pytest.raises(SessionNotFound):
        store.shared_documents.begin(42, actor="a", hosting=True, code="CODEV-AB")


def test_deleting_or_purging_a_session_takes_its_shared_document(tmp_path: Path) -> None:
    with Store(tmp_path / "codev.sqlite3") as store:
        deleted, old = create(store), create(store)
        for session_id in (deleted, old):
            store.shared_documents.begin(session_id, actor="a", hosting=True, code="CODEV-AB")
            store.shared_documents.append(session_id, ["Claire semble épuisée".encode()])
        store.delete_session(deleted)
        assert store.shared_documents.load(deleted) is None
        long_ago = (datetime.now(UTC) - timedelta(days=400)).isoformat()
        with store.shared.write() as connection:
            connection.execute("UPDATE sessions SET created_at = ? WHERE id = ?", (long_ago, old))
        assert store.purge_content_older_than(12) == 1
        assert store.shared_documents.load(old) is None


def test_the_hosts_certificate_and_key_come_back_in_a_user_only_file(tmp_path: Path) -> None:
    path = tmp_path / "codev.sqlite3"
    key = b"-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\n"
    with Store(path) as store:
        session_id = create(store)
        store.shared_documents.begin(
            session_id,
            actor="dominique",
            hosting=True,
            code="CODEV-AB",
            certificate=b"\x30\x82der",
            private_key=key,
        )
    assert path.stat().st_mode & 0o077 == 0  # nobody else on the computer reads the key
    with Store(path) as store:
        saved = store.shared_documents.load(session_id)
        assert saved is not None
        assert (saved.certificate, saved.private_key) == (b"\x30\x82der", key)
        assert "secret" not in repr(saved)  # a logged value never shows the key
        guest = create(store)
        store.shared_documents.begin(guest, actor="sacha", hosting=False, code="CODEV-AB")
        kept = store.shared_documents.load(guest)
        assert kept is not None and kept.certificate == kept.private_key == b""

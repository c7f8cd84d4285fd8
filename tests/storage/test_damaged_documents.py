"""A damaged page that SQLite's checks do not see: the stored documents are checked as read."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from codev_app import cli, paths
from codev_app.core.record import RecordText, SessionRecord
from codev_app.storage.repository import SessionUnreadable, Store

from .sessions import create, live_session


def _flip_inside(path: Path, marker: bytes, mask: int, count: int = 50) -> None:
    """Flip ``count`` bytes of the file just before ``marker`` (a text page of one session)."""
    data = bytearray(path.read_bytes())
    at = data.index(marker)
    for offset in range(at - count, at):
        data[offset] ^= mask
    path.write_bytes(bytes(data))


def _three_sessions(path: Path) -> list[int]:
    ids = []
    with Store(path) as store:
        for name in ("Lundi", "Mardi", "Mercredi"):
            session_id = create(store, title=f"Séance du {name}")
            live = live_session()
            record = SessionRecord()
            record.set_text(RecordText.QUESTION, f"QUESTION-{name.upper()} " + "mot " * 400)
            store.save_progress(
                session_id,
                live=live.to_data(),
                wall_time=1.0,
                record=record,
            )
            ids.append(session_id)
    return ids


def _json(record: SessionRecord) -> str:
    import json

    return json.dumps(record.to_data(), ensure_ascii=False)


def _live_json(live: object) -> str:
    import json

    return json.dumps(live.to_data(), ensure_ascii=False)  # type: ignore[attr-defined]


# 0x5A keeps ASCII text ASCII (the JSON no longer parses); 0xC0 leaves bytes that are not UTF-8.
@pytest.fixture(params=[0x5A, 0xC0])
def damaged(request: pytest.FixtureRequest) -> tuple[Path, list[int]]:
    path = paths.database_path()
    ids = _three_sessions(path)
    _flip_inside(path, b"QUESTION-MARDI", request.param)
    with contextlib.closing(sqlite3.connect(path)) as connection:  # SQLite's check sees nothing
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    return path, ids


def test_the_damaged_record_is_refused_naming_the_session_and_the_others_are_kept(
    damaged: tuple[Path, list[int]],
) -> None:
    path, (monday, tuesday, wednesday) = damaged
    with Store(path) as store:
        titles = [summary.title for summary in store.list_history()]
        assert titles == ["Séance du Mercredi", "Séance du Mardi", "Séance du Lundi"]
        with pytest.raises(SessionUnreadable) as caught:
            store.load_bundle(tuesday)
        assert caught.value.session_id == tuesday
        assert "Séance du Mardi" in str(caught.value) and "damaged" in str(caught.value)
        for session_id in (monday, wednesday):
            bundle = store.load_bundle(session_id)
            assert bundle.record.text(RecordText.QUESTION).startswith("QUESTION-")


def test_the_command_line_lists_all_and_says_which_one_is_damaged(
    damaged: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    _path, (monday, tuesday, _wednesday) = damaged
    assert cli.main(["sessions", "list"]) == 0
    out, _err = capsys.readouterr()
    assert "Séance du Mardi" in out and "Séance du Lundi" in out
    assert cli.main(["sessions", "show", str(tuesday)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"The saved session number {tuesday} cannot be read" in err
    assert cli.main(["sessions", "show", str(monday)]) == 0

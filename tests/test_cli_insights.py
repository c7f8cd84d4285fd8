"""``codev-app insights`` against a real store: the summary, the PDF report, the CSV tables."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from codev_app import cli, i18n, paths
from codev_app.core.groups import new_group
from codev_app.storage.groups import GroupStore
from codev_app.storage.repository import LogEntry, Store
from tests.insight_sessions import EVEN, ONE_VOICE, play


@pytest.fixture(autouse=True)
def english_output() -> None:
    i18n.set_plain_language("en")


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _keep_group_sessions() -> None:
    """Six sessions of one group, the contract over its time in five, and one other session."""
    with Store.open(paths.database_path()) as store:
        groups = GroupStore(store)
        group = groups.save_group(new_group("Les Tilleuls", ["Fanny"], language="fr"))
        for day in range(6):
            bundle, log = play(
                ONE_VOICE if day == 2 else EVEN,
                day=day,
                contract_seconds=300.0 if day == 3 else 420.0 + 60 * day,
            )
            session_id = store.save_bundle(bundle)
            entries = [LogEntry(n, at, "facilitator", cmd) for n, (at, cmd) in enumerate(log, 1)]
            store.command_log.append(session_id, entries)
            groups.link_session(session_id, group.id)
        store.save_bundle(play(EVEN, day=7, contract_seconds=300.0)[0])


def test_the_summary_the_report_and_the_tables_of_a_group(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _keep_group_sessions()
    code, out, _ = _run(capsys, "insights", "--group", "les tilleuls")
    assert code == 0
    assert out.splitlines()[:2] == [
        "Most worth attention",
        "  1. “Contract” ran over its time in 5 of 6 session(s), by 4 min 24 s on average.",
    ]
    # Without --group: every session, the seventh (contract on time) included.
    assert "in 5 of 7 session(s)" in _run(capsys, "insights")[1]
    assert "in 2 of 3 session(s)" in _run(capsys, "insights", "--since", "2026-04-01")[1]

    code, out, _ = _run(capsys, "insights", "--group", "Les Tilleuls", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Overruns per phase"]
    header = rows[1]
    assert header[0] == "Session" and "Contract" in header
    assert rows[2][header.index("Contract")] == "5 / 6"
    assert rows[3][0] == "2026-01-05" and rows[3][header.index("Contract")] == "+2 min"

    report = tmp_path / "report.pdf"
    assert _run(capsys, "insights", "--group", "Les Tilleuls", "-o", report)[0] == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(report).pages)
    assert "6 sessions, 2026-01-05 to 2026-05-25" in text
    assert "ran over its time in 5 of 6" in text
    assert "Private — facilitator only" in text
    code, _, err = _run(capsys, "insights", "--group", "Les Tilleuls", "-o", report)
    assert code != 0 and "exists already; add --force" in err


def test_refusals_are_said_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "insights")
    assert code == 1 and "No session to look at" in err
    code, _, err = _run(capsys, "insights", "--since", "last week")
    assert code == 2 and "“last week” is not a date like 2026-03-31." in err
    _keep_group_sessions()
    code, _, err = _run(capsys, "insights", "--group", "Nobody")
    assert code == 1 and "There is no group “Nobody”" in err


def test_the_facilitators_record_counts_the_pauses_and_undo_of_the_command_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The record's insight pages read the stored command log: one pause, one undo here.
    bundle, log = play(EVEN, extra=True)
    with Store.open(paths.database_path()) as store:
        session_id = store.save_bundle(bundle)
        entries = [LogEntry(n, at, "facilitator", cmd) for n, (at, cmd) in enumerate(log, 1)]
        store.command_log.append(session_id, entries)
    record = tmp_path / "record.pdf"
    code, _, err = _run(
        capsys, "sessions", "export", session_id, "--format", "pdf",
        "--audience", "facilitator", "--lang", "en", "-o", record,
    )  # fmt: skip
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(record).pages)
    assert "Pauses 1" in text
    assert "Undo (Ctrl+Z) 1" in text

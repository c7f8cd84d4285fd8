"""``codev-app mail setup`` and ``codev-app sessions send`` against a real store and a real SMTP
server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from codev_app import cli, i18n, paths
from codev_app.export.sample import sample_bundle
from codev_app.storage import Store
from tests.delivery.conftest import PASSWORD, USER, MailServer, absent, attached_text

# The PDF writer needs the Qt application: made here first, the command line uses it.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english_output() -> None:
    i18n.set_plain_language("en")


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _saved(*, approved: bool = True) -> int:
    bundle = absent(sample_bundle("en", people=6, approved=approved), "p6")
    with Store.open() as store:
        session_id = store.save_bundle(bundle)
        store.deliveries.set_emails(
            session_id,
            {"p1": "awa@example.org", "p3": "bruno@example.org", "p6": "frank@example.org"},
        )
    return session_id


def _setup(capsys: pytest.CaptureFixture[str], server: MailServer) -> None:
    code, out, _err = _run(
        capsys, "mail", "setup", "--host", "127.0.0.1", "--port", server.port,
        "--security", "none", "--user", USER, "--from", "elise@example.org",
    )  # fmt: skip
    assert code == 0 and "Mail settings saved" in out


def test_send_serves_each_attendee_once_and_prints_a_line_each(
    capsys: pytest.CaptureFixture[str],
    mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _setup(capsys, mail_server)
    saved = json.loads((paths.config_dir() / "mail.json").read_text(encoding="utf-8"))
    assert saved["host"] == "127.0.0.1" and "password" not in json.dumps(saved)
    monkeypatch.setenv("CODEV_SMTP_PASSWORD", PASSWORD)
    session_id = _saved()
    code, out, err = _run(capsys, "sessions", "send", session_id, "--lang", "en")
    assert code == 0, err
    lines = out.splitlines()
    assert sorted(lines) == [
        "sent: Awa Diallo <awa@example.org>",
        "sent: Bruno Lewis <bruno@example.org>",
    ]
    bruno = mail_server.inbox.to("bruno@example.org")
    assert len(bruno) == 1 and bruno[0]["Subject"].startswith("Your co-development session of")
    assert "PERSONAL COPY FOR BRUNO LEWIS" in attached_text(bruno[0], tmp_path)
    # Run again: nothing new; --again: both again.
    code, out, _err = _run(capsys, "sessions", "send", session_id)
    assert code == 0 and out.startswith("Nothing new to send")
    assert len(mail_server.inbox.received) == 2
    code, out, _err = _run(capsys, "sessions", "send", session_id, "--again")
    assert code == 0 and len(out.splitlines()) == 2 and len(mail_server.inbox.received) == 4


def test_a_refused_login_exits_non_zero_with_what_to_do(
    capsys: pytest.CaptureFixture[str], mail_server: MailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(capsys, mail_server)
    monkeypatch.setenv("CODEV_SMTP_PASSWORD", "wrong")
    session_id = _saved()
    code, out, _err = _run(capsys, "sessions", "send", session_id)
    assert code == 1
    assert all(line.startswith("failed: ") for line in out.splitlines())
    assert "refused the user name or password" in out
    assert not mail_server.inbox.received
    monkeypatch.setenv("CODEV_SMTP_PASSWORD", PASSWORD)
    code, out, _err = _run(capsys, "sessions", "send", session_id)
    assert code == 0 and len(mail_server.inbox.received) == 2


def test_send_refuses_without_the_clients_approval(
    capsys: pytest.CaptureFixture[str], mail_server: MailServer
) -> None:
    _setup(capsys, mail_server)
    code, _out, err = _run(capsys, "sessions", "send", _saved(approved=False))
    assert code == 4 and "has not approved" in err
    assert not mail_server.inbox.received


def test_drafts_need_no_server(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    code, out, err = _run(capsys, "sessions", "send", _saved(), "--drafts", folder)
    assert code == 0, err
    assert len(out.splitlines()) == 2 and all(
        line.startswith("draft: ") for line in out.splitlines()
    )
    for path in folder.iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert message["X-Unsent"] == "1" and message["From"] is None


def test_send_without_a_server_says_how_to_set_one_up(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "sessions", "send", _saved())
    assert code == 1 and "codev-app mail setup" in err

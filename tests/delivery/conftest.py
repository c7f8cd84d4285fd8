"""A real SMTP server on 127.0.0.1 (aiosmtpd in its own thread) that keeps what it receives, can
ask for a login and can drop the connection in the middle of a message."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from codev_app.core.bundle import SessionBundle
from codev_app.export.sample import sample_bundle
from codev_app.storage import Store
from tests.export.conftest import normalized

USER, PASSWORD = "facilitator", "s3cret"


def free_port() -> int:
    """A port nobody listens on now (aiosmtpd's Controller cannot take port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Inbox:
    """What the server accepted, and what it should do to the next messages."""

    received: list[EmailMessage] = field(default_factory=list)
    drop_for: set[str] = field(default_factory=set)
    """Addresses whose next message is cut off (the connection closes during DATA)."""
    refuse: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.received if m["To"].addresses[0].addr_spec == address]

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        target = envelope.rcpt_tos[0]
        if target in self.drop_for:
            self.drop_for.discard(target)
            assert server.transport is not None
            server.transport.close()
            return "421 closing"
        assert isinstance(envelope.content, bytes)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.received.append(message)
        return "250 Message accepted for delivery"


def _authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@dataclass
class MailServer:
    port: int
    inbox: Inbox


@pytest.fixture
def mail_server() -> Iterator[MailServer]:
    """An SMTP server on 127.0.0.1 that accepts the login ``USER``/``PASSWORD`` (no TLS)."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticator,
        # A login is offered without TLS on loopback (requiring it would only add a warning).
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield MailServer(port, inbox)
    finally:
        controller.stop()


@pytest.fixture
def session_in_store(tmp_path: Path) -> Iterator[tuple[Store, int, SessionBundle]]:
    """The six-person sample saved in a real database, with addresses for four attendees;
    François (p6) never came and Dominique (p5) gave no address."""
    bundle = absent(sample_bundle("fr", people=6), "p6")
    with Store.open(tmp_path / "codev.sqlite3") as store:
        session_id = store.save_bundle(bundle)
        store.deliveries.set_emails(
            session_id,
            {
                "p1": "awa@example.org",
                "p2": "elise@example.org",
                "p3": "bruno@example.org",
                "p4": "chloe@example.org",
                "p6": "francois@example.org",
            },
        )
        yield store, session_id, store.load_bundle(session_id)


def absent(bundle: SessionBundle, participant_id: str) -> SessionBundle:
    """``bundle`` where ``participant_id`` never came."""
    import copy
    import dataclasses

    live = copy.deepcopy(dict(bundle.live))
    for person in live["roster"]["participants"]:
        if person["id"] == participant_id:
            person["present_at_start"] = False
    live["roster"]["events"] = [
        event for event in live["roster"]["events"] if event["participant_id"] != participant_id
    ]
    return dataclasses.replace(bundle, live=live)


def attached_text(message: EmailMessage, folder: Path) -> str:
    """The text of the message's one PDF attachment, read back by pdftotext."""
    import subprocess

    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    part = attachments[0]
    assert part.get_content_type() == "application/pdf"
    path = folder / (part.get_filename() or "attachment.pdf")
    path.write_bytes(part.get_content())
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return " ".join(normalized(result.stdout.decode("utf-8")).split())

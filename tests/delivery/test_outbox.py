"""Sending the copies through a real SMTP server on 127.0.0.1: each attendee with an address gets
exactly one message with their own document; failures leave no one without theirs and no one with
two."""

from __future__ import annotations

import asyncio
import dataclasses
import email
import email.policy
import re
from pathlib import Path

import pytest

from codev_app.core.bundle import SessionBundle
from codev_app.delivery.mail_settings import MailSettings, Security
from codev_app.delivery.outbox import Outcome, deliver, parse_failure
from codev_app.delivery.smtp import MailProblem
from codev_app.export.errors import ExportNotApproved
from codev_app.export.pdf import PaperSize, render_pdf
from codev_app.storage import Store
from codev_app.storage.deliveries import DeliveryState, SharedDocument
from tests.delivery.conftest import PASSWORD, USER, MailServer, attached_text
from tests.export.conftest import edited

pytestmark = pytest.mark.usefixtures("qapp")

SERVED = ["awa@example.org", "bruno@example.org", "chloe@example.org"]


def _settings(server: MailServer) -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=server.port,
        security=Security.NONE,
        sender="elise@example.org",
        user=USER,
        timeout=10,
    )


def _send(
    store: Store,
    session_id: int,
    bundle: SessionBundle,
    server: MailServer,
    *,
    password: str = PASSWORD,
    again: bool = False,
    drafts: Path | None = None,
) -> list[Outcome]:
    return asyncio.run(
        deliver(
            bundle,
            session_id,
            store.deliveries,
            lambda summary: render_pdf(summary, PaperSize.A4),
            language="fr",
            settings=_settings(server),
            password=password,
            again=again,
            drafts_folder=drafts,
        )
    )


def test_every_attendee_with_an_address_gets_their_own_copy_once(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle], tmp_path: Path
) -> None:
    store, session_id, bundle = session_in_store
    outcomes = _send(store, session_id, bundle, mail_server)
    assert sorted(o.address for o in outcomes) == SERVED
    assert all(o.state is DeliveryState.SENT for o in outcomes)
    inbox = mail_server.inbox
    # The facilitator (Élise), the absent François and Dominique without an address: nothing.
    assert not inbox.to("elise@example.org") and not inbox.to("francois@example.org")
    assert len(inbox.received) == 3
    bruno = inbox.to("bruno@example.org")
    assert len(bruno) == 1 and bruno[0]["To"].addresses[0].display_name == "Bruno Lefèvre"
    # The year is only named for a session of another year.
    assert bruno[0]["Subject"].startswith("Votre séance de codéveloppement du 20 novembre")
    assert "Déléguer" not in bruno[0]["Subject"]  # a shared inbox does not learn the case
    text = attached_text(bruno[0], tmp_path)
    assert "COPIE PERSONNELLE DE BRUNO LEFÈVRE" in text and "Vos suggestions" in text
    assert "je vais relire mes agendas" in text  # Bruno's own learning
    assert "pour le groupe uniquement" not in text
    awa = attached_text(inbox.to("awa@example.org")[0], tmp_path)
    assert "COPIE PERSONNELLE DE AWA DIALLO" in awa and "J'espérais des outils" in awa
    # The client's copy leads with the question, the contract and the plan.
    assert (
        awa.index("La question du client")
        < awa.index("Le plan d'action")
        < awa.index("VOTRE APPRENTISSAGE")
    )
    states = {d.participant_id: d.state for d in store.deliveries.deliveries(session_id)}
    assert states == {"p1": DeliveryState.SENT, "p3": DeliveryState.SENT, "p4": DeliveryState.SENT}
    # A second run sends nothing new; --again sends again.
    assert _send(store, session_id, bundle, mail_server) == []
    assert len(inbox.received) == 3
    assert len(_send(store, session_id, bundle, mail_server, again=True)) == 3
    assert len(inbox.received) == 6


def test_the_group_summary_when_the_session_says_so(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle], tmp_path: Path
) -> None:
    store, session_id, bundle = session_in_store
    store.deliveries.set_document(session_id, SharedDocument.PARTICIPANTS)
    _send(store, session_id, bundle, mail_server)
    texts = [attached_text(m, tmp_path) for m in mail_server.inbox.received]
    assert len(texts) == 3
    assert all("COMPTE RENDU DE SÉANCE" in t and "COPIE PERSONNELLE" not in t for t in texts)
    assert all("Notes privées" not in t and "Temps de parole" not in t for t in texts)


def test_a_refused_login_then_a_retry_serves_everyone_once(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle]
) -> None:
    store, session_id, bundle = session_in_store
    outcomes = _send(store, session_id, bundle, mail_server, password="wrong")
    assert {o.problem for o in outcomes} == {MailProblem.LOGIN_REFUSED}
    assert not mail_server.inbox.received
    failed = store.deliveries.deliveries(session_id)
    assert {d.state for d in failed} == {DeliveryState.FAILED}
    assert parse_failure(failed[0].detail)[0] is MailProblem.LOGIN_REFUSED
    again = _send(store, session_id, bundle, mail_server)
    assert [o.state for o in again] == [DeliveryState.SENT] * 3
    assert sorted(m["To"].addresses[0].addr_spec for m in mail_server.inbox.received) == SERVED


def test_a_connection_dropped_mid_message_is_retried_without_doubles(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle]
) -> None:
    store, session_id, bundle = session_in_store
    mail_server.inbox.drop_for.add("bruno@example.org")
    outcomes = {o.address: o for o in _send(store, session_id, bundle, mail_server)}
    assert outcomes["bruno@example.org"].state is DeliveryState.FAILED
    assert outcomes["bruno@example.org"].problem is MailProblem.DISCONNECTED
    # The others went through a new connection.
    assert outcomes["chloe@example.org"].state is DeliveryState.SENT
    assert outcomes["awa@example.org"].state is DeliveryState.SENT
    retry = _send(store, session_id, bundle, mail_server)
    assert [o.address for o in retry] == ["bruno@example.org"]
    for address in SERVED:
        assert len(mail_server.inbox.to(address)) == 1, address


def test_a_restart_between_two_sends_serves_the_rest_only(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle], tmp_path: Path
) -> None:
    store, session_id, bundle = session_in_store
    path = store.path

    class Stop(Exception):
        pass

    def stop_after_first(outcome: Outcome) -> None:
        raise Stop  # Codev quits right after the first message was sent and marked

    with pytest.raises(Stop):
        asyncio.run(
            deliver(
                bundle,
                session_id,
                store.deliveries,
                lambda summary: render_pdf(summary, PaperSize.A4),
                language="fr",
                settings=_settings(mail_server),
                password=PASSWORD,
                on_outcome=stop_after_first,
            )
        )
    assert len(mail_server.inbox.received) == 1
    store.close()
    with Store.open(path) as reopened:
        _send(reopened, session_id, reopened.load_bundle(session_id), mail_server)
    for address in SERVED:
        assert len(mail_server.inbox.to(address)) == 1, address


def test_an_unknown_recipient_is_named_and_the_others_served(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle]
) -> None:
    store, session_id, bundle = session_in_store
    mail_server.inbox.refuse.add("chloe@example.org")
    outcomes = {o.address: o for o in _send(store, session_id, bundle, mail_server)}
    assert outcomes["chloe@example.org"].problem is MailProblem.RECIPIENT_REFUSED
    assert "No such user" in outcomes["chloe@example.org"].detail
    assert len(mail_server.inbox.received) == 2


def test_nothing_leaves_without_the_clients_approval(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle]
) -> None:
    store, session_id, bundle = session_in_store
    unapproved = edited(bundle, lambda record: record.withdraw_export_approval())
    with pytest.raises(ExportNotApproved):
        _send(store, session_id, unapproved, mail_server)
    assert not mail_server.inbox.received and not store.deliveries.deliveries(session_id)


def test_a_name_with_markup_stays_literal_in_the_body(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle]
) -> None:
    store, session_id, bundle = session_in_store
    marked = edited(bundle, names={"p3": "<b>x</b>"})
    _send(store, session_id, marked, mail_server)
    message = mail_server.inbox.to("bruno@example.org")[0]
    body = message.get_body(("plain",))
    assert body is not None and "Bonjour <b>x</b>," in body.get_content()
    assert message.get_body(("html",)) is None


def test_drafts_open_as_valid_messages(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle], tmp_path: Path
) -> None:
    store, session_id, bundle = session_in_store
    folder = tmp_path / "drafts"
    outcomes = _send(store, session_id, bundle, mail_server, drafts=folder)
    assert not mail_server.inbox.received
    assert [o.state for o in outcomes] == [DeliveryState.DRAFT] * 3
    files = sorted(folder.iterdir())
    assert len(files) == 3 and all(f.suffix == ".eml" for f in files)
    # Named by the session's day and hour (here read back from the database, in UTC) and person.
    assert all(re.match(r"2026-11-20 \d\dh00 Brouillon — ", f.name) for f in files), files
    for path in files:
        raw = path.read_bytes()
        assert b"\r\n" in raw
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["X-Unsent"] == "1"
        assert len(list(message.iter_attachments())) == 1  # type: ignore[attr-defined]
        assert len(message["To"].addresses) == 1
    bruno = next(f for f in files if "Bruno" in f.name)
    assert "je vais relire mes agendas" in attached_text(
        email.message_from_bytes(bruno.read_bytes(), policy=email.policy.default),  # type: ignore[arg-type]
        tmp_path,
    )
    drafted = {d.participant_id: d for d in store.deliveries.deliveries(session_id)}
    assert drafted["p3"].state is DeliveryState.DRAFT and drafted["p3"].detail == str(bruno)
    # Drafts are not sendings: sending afterwards serves everyone.
    assert len(_send(store, session_id, bundle, mail_server)) == 3


def test_a_changed_address_gets_a_new_message(
    mail_server: MailServer, session_in_store: tuple[Store, int, SessionBundle]
) -> None:
    store, session_id, bundle = session_in_store
    _send(store, session_id, bundle, mail_server)
    store.deliveries.set_email(session_id, "p4", "chloe.martin@example.org")
    changed = dataclasses.replace(bundle, emails=store.deliveries.emails(session_id))
    assert [o.address for o in _send(store, session_id, changed, mail_server)] == [
        "chloe.martin@example.org"
    ]

"""Send (or write as drafts) each recipient's copy once, keeping the state of each in storage.

Before a message goes its delivery is marked ``sending``, after it ``sent`` or ``failed``, each
committed on its own: a crash or a refused login leaves everyone either served or still queued,
and running again (:func:`deliver`) serves only those not served yet, unless ``again``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from codev_app.core.bundle import SessionBundle
from codev_app.core.participants import Role
from codev_app.delivery.drafts import write_draft
from codev_app.delivery.mail_settings import MailSettings
from codev_app.delivery.messages import Letter, build_message
from codev_app.delivery.recipients import Recipient, recipients
from codev_app.delivery.smtp import CONNECTION_PROBLEMS, MailFailure, MailProblem, SmtpSession
from codev_app.export.content import Audience, SessionSummary, build_summary
from codev_app.export.errors import ExportNotApproved
from codev_app.export.files import document_file_name, session_stamp
from codev_app.export.labels import label
from codev_app.storage.deliveries import Deliveries, Delivery, DeliveryState, SharedDocument

Render = Callable[[SessionSummary], bytes]


@dataclass(frozen=True)
class Outcome:
    """What happened to one recipient's message: ``problem`` when it failed, ``path`` of a draft."""

    participant_id: str
    name: str
    address: str
    state: DeliveryState
    problem: MailProblem | None = None
    detail: str = ""
    path: Path | None = None


def failure_detail(failure: MailFailure) -> str:
    """How a failure is kept in storage (read back by :func:`parse_failure`)."""
    return str(failure)


def parse_failure(detail: str) -> tuple[MailProblem | None, str]:
    """The problem and the server's words of a stored failure."""
    code, _, words = detail.partition(": ")
    try:
        return MailProblem(code), words
    except ValueError:
        return None, detail


async def deliver(
    bundle: SessionBundle,
    session_id: int,
    deliveries: Deliveries,
    render: Render,
    *,
    language: str,
    settings: MailSettings | None = None,
    password: str | None = None,
    drafts_folder: Path | None = None,
    again: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Send each recipient their copy through ``settings`` (or write drafts into
    ``drafts_folder``); returns one :class:`Outcome` per recipient served this time.

    Raises :class:`~codev_app.export.errors.ExportNotApproved` without the client's approval:
    nothing is queued then. ``render`` turns a document into PDF bytes; it runs on a worker
    thread. The facilitator's record is never sent.
    """
    if not bundle.record.consent.client_approved_export:
        raise ExportNotApproved()
    document = deliveries.document(session_id)
    people = {person.participant_id: person for person in recipients(bundle) if person.receives}
    queued = deliveries.queue(
        session_id,
        [(pid, person.address, document) for pid, person in people.items()],
        again=again,
    )
    outcomes: list[Outcome] = []

    def record(outcome: Outcome, detail: str) -> None:
        deliveries.mark(session_id, outcome.participant_id, outcome.state, detail)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    rendered: dict[str, bytes] = {}
    letters = []
    for item in queued:
        person = people[item.participant_id]
        letter = await _letter(bundle, item, person, render, language, rendered)
        letters.append((item, person, letter))

    if drafts_folder is not None:
        for item, person, letter in letters:
            sender = settings.sender if settings is not None else None
            stem = f"{session_stamp(bundle)} {label('file.draft', language)} — {person.name}"
            path = write_draft(build_message(letter, sender), drafts_folder, stem.strip())
            record(_outcome(item, person, DeliveryState.DRAFT, path=path), str(path))
        return outcomes

    if settings is None:
        failure: MailFailure | None = MailFailure(MailProblem.NOT_SET_UP)
    else:
        failure = None
    session: SmtpSession | None = None
    try:
        for item, person, letter in letters:
            if failure is not None and failure.problem in CONNECTION_PROBLEMS:
                record(_failed(item, person, failure), failure_detail(failure))
                continue
            assert settings is not None
            try:
                if session is None:
                    session = await SmtpSession(settings, password).__aenter__()
                deliveries.mark(session_id, item.participant_id, DeliveryState.SENDING)
                await session.send(build_message(letter, settings.sender))
            except MailFailure as error:
                failure = error
                if error.problem is MailProblem.DISCONNECTED and session is not None:
                    await session.close()
                    session = None  # the next message tries a new connection
                record(_failed(item, person, error), failure_detail(error))
                continue
            sent_at = datetime.now(UTC).isoformat(timespec="seconds")
            record(_outcome(item, person, DeliveryState.SENT), sent_at)
    finally:
        if session is not None:
            await session.close()
    return outcomes


def _outcome(
    item: Delivery, person: Recipient, state: DeliveryState, path: Path | None = None
) -> Outcome:
    return Outcome(item.participant_id, person.name, item.address, state, path=path)


def _failed(item: Delivery, person: Recipient, failure: MailFailure) -> Outcome:
    return Outcome(
        item.participant_id,
        person.name,
        item.address,
        DeliveryState.FAILED,
        problem=failure.problem,
        detail=failure.detail,
    )


async def _letter(
    bundle: SessionBundle,
    item: Delivery,
    person: Recipient,
    render: Render,
    language: str,
    rendered: dict[str, bytes],
) -> Letter:
    if item.document is SharedDocument.PARTICIPANTS:
        audience, key, kind = Audience.PARTICIPANTS, "", "participants"
    else:
        audience, key = Audience.PERSONAL, person.participant_id
        kind = "client" if person.role is Role.CLIENT else "personal"
    if key not in rendered:
        summary = build_summary(bundle, audience, language=language, recipient_id=key or None)
        rendered[key] = await asyncio.to_thread(render, summary)
    name = document_file_name(bundle, audience, "pdf", language=language, recipient=person.name)
    return Letter(
        recipient_name=person.name,
        address=item.address,
        kind=kind,
        language=language,
        session_day=bundle.created_at,
        attachment=rendered[key],
        file_name=name,
        message_id=item.message_id,
        facilitator=bundle.facilitator,
    )

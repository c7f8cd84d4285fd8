"""File names for exports, and writing one document per participant with progress.

Names are made safe by :func:`codev_app.core.text.safe_file_name`: accents stay
(``Copie — Hélène Côté.pdf``), slashes, control and direction characters go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from codev_app.core.bundle import SessionBundle
from codev_app.core.read_model import PersonAttendance
from codev_app.core.record import RecordText
from codev_app.core.text import safe_file_name
from codev_app.export.atomic import atomic_write_bytes, check_target
from codev_app.export.content import Audience, SessionSummary, build_summary
from codev_app.export.errors import ExportNotApproved, UnknownRecipient
from codev_app.export.labels import format_day, label


def session_stamp(bundle: SessionBundle) -> str:
    """``2026-12-04 14h05``: the session's day and start time, so that two sessions of one day
    never give the same file names (and the names still sort by date)."""
    if bundle.created_at is None:
        return ""
    return f"{format_day(bundle.created_at)} {bundle.created_at:%H}h{bundle.created_at:%M}"


def _subject(bundle: SessionBundle) -> str:
    return bundle.title or bundle.record.text(RecordText.CASE_TITLE) or bundle.group_name


def document_file_name(
    bundle: SessionBundle,
    audience: Audience,
    extension: str,
    *,
    language: str = "fr",
    recipient: str = "",
) -> str:
    """The suggested file name: what it is, for whom, of which session, e.g.
    ``2026-11-20 14h00 Compte rendu — Déléguer.pdf`` or
    ``2026-11-20 14h00 Copie personnelle de Bruno — Déléguer.pdf`` (``recipient``: the
    participant's name, for a personal copy).
    """
    what = {
        Audience.PARTICIPANTS: label("file.summary", language),
        Audience.PERSONAL: f"{label('file.personal', language)} — {recipient}",
        Audience.FACILITATOR: label("file.record", language),
    }[audience]
    stem = " ".join(part for part in (session_stamp(bundle), what) if part)
    subject = _subject(bundle)
    if subject:
        stem = f"{stem} — {subject}"
    return safe_file_name(stem, fallback=label("file.session", language)) + f".{extension}"


_DATA_FILES = {
    "session": ("file.session", "codev.json"),
    "speaking": ("file.speaking", "csv"),
    "timings": ("file.timings", "csv"),
}


def data_file_name(bundle: SessionBundle, kind: str, *, language: str = "fr") -> str:
    """The suggested name of a data export: ``kind`` is ``"session"`` (the session file),
    ``"speaking"`` or ``"timings"`` (CSV), e.g. ``2026-11-20 Temps de parole — Déléguer.csv``."""
    key, extension = _DATA_FILES[kind]
    subject = _subject(bundle)
    stem = " ".join(part for part in (session_stamp(bundle), label(key, language)) if part)
    if subject:
        stem = f"{stem} — {subject}"
    return safe_file_name(stem, fallback=label(key, language)) + f".{extension}"


@dataclass(frozen=True)
class ExportProgress:
    """One file of a batch is written: ``done`` of ``total``, at ``path``, for ``participant``."""

    done: int
    total: int
    path: Path
    participant: str


def personal_copy_paths(
    bundle: SessionBundle,
    folder: Path,
    extension: str,
    *,
    language: str = "fr",
    participant_ids: Sequence[str] | None = None,
) -> list[tuple[PersonAttendance, Path]]:
    """Who gets a personal copy and where it goes: one file per participant, named by
    :func:`document_file_name`. Two names that become the same file name get `` (2)``...
    """
    session = bundle.saved_session()
    if participant_ids is None:
        people = list(session.people)
    else:
        people = []
        for participant_id in participant_ids:
            person = session.person(participant_id)
            if person is None:
                raise UnknownRecipient(participant_id)
            people.append(person)
    taken: set[str] = set()
    result = []
    for person in people:
        named = document_file_name(
            bundle, Audience.PERSONAL, extension, language=language, recipient=person.name
        )
        stem = named.removesuffix(f".{extension}")
        name, number = stem, 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem} ({number})"
        taken.add(name.casefold())
        result.append((person, folder / f"{name}.{extension}"))
    return result


def write_personal_copies(
    bundle: SessionBundle,
    folder: Path,
    render: Callable[[SessionSummary], bytes],
    extension: str,
    *,
    language: str = "fr",
    show_authors: bool = True,
    overwrite: bool = False,
    participant_ids: Sequence[str] | None = None,
) -> Iterator[ExportProgress]:
    """Write each participant's copy with ``render``, yielding after each file.

    Everything that can be refused is refused before the first file is written: no approval
    (:class:`ExportNotApproved`), an unknown participant, or an existing file without
    ``overwrite`` (:class:`~codev_app.export.errors.FileExists`, naming the first one).
    Each file is written atomically; stopping the iteration leaves the files already written.
    """
    if not bundle.record.consent.client_approved_export:
        raise ExportNotApproved()
    targets = personal_copy_paths(
        bundle, folder, extension, language=language, participant_ids=participant_ids
    )
    for _person, path in targets:
        check_target(path, overwrite=overwrite)
    for done, (person, path) in enumerate(targets, start=1):
        summary = build_summary(
            bundle,
            Audience.PERSONAL,
            language=language,
            recipient_id=person.id,
            show_authors=show_authors,
        )
        atomic_write_bytes(path, render(summary), overwrite=overwrite)
        yield ExportProgress(done, len(targets), path, person.name)

"""What an export writes, file by file, and the worker thread that writes it.

:func:`plan_files` turns the facilitator's choices into a list of :class:`FileTask` (one file
each, with its final path), so the window can ask about existing files *before* anything is
written. :class:`ExportRun` then writes the tasks on a worker thread, one after the other,
reporting each file with a signal; it never touches a widget. Cancelling stops between two files:
what was written stays, whole (every file is written atomically).

Personal copies are written one task per participant with
:func:`codev_app.export.pdf.write_pdf` (the same rendering as ``write_personal_pdfs``), so each
copy can be renamed on its own when the facilitator keeps an older file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from codev_app.core.bundle import SessionBundle
from codev_app.core.insights import LogLine, session_insights
from codev_app.export import csv_export, markdown, pdf
from codev_app.export.content import Audience
from codev_app.export.errors import ExportError
from codev_app.export.files import data_file_name, document_file_name, personal_copy_paths
from codev_app.export.json_io import write_session_file
from codev_app.export.pdf import PaperSize

_log = logging.getLogger(__name__)


class Document(StrEnum):
    """What the facilitator can export."""

    SUMMARY = "summary"
    PERSONAL = "personal"
    RECORD = "record"
    SESSION_FILE = "session"
    SPEAKING = "speaking"
    TIMINGS = "timings"


#: Documents that leave for the participants: they need the client's approval.
FOR_PARTICIPANTS = frozenset({Document.SUMMARY, Document.PERSONAL})
_AUDIENCES = {
    Document.SUMMARY: Audience.PARTICIPANTS,
    Document.PERSONAL: Audience.PERSONAL,
    Document.RECORD: Audience.FACILITATOR,
}
# Longest first: "x.codev.json" is "x" + ".codev.json", not "x.codev" + ".json".
_EXTENSIONS = (".codev.json", ".pdf", ".md", ".csv", ".json")


@dataclass(frozen=True)
class ExportChoices:
    """What the facilitator ticked in the window."""

    documents: frozenset[Document] = frozenset({Document.SUMMARY})
    pdf: bool = True
    markdown: bool = False
    recipients: tuple[str, ...] = ()
    """Participant ids who get a personal copy."""
    show_authors: bool = True
    language: str = "fr"
    paper: PaperSize = PaperSize.A4


@dataclass(frozen=True)
class FileTask:
    """One file to write: which document, where, for whom, and whether it may replace a file."""

    document: Document
    path: Path
    extension: str
    recipient_id: str | None = None
    recipient_name: str = ""
    overwrite: bool = False

    @property
    def for_participants(self) -> bool:
        """Whether the file leaves for the participants."""
        return self.document in FOR_PARTICIPANTS


def plan_files(bundle: SessionBundle, folder: Path, choices: ExportChoices) -> list[FileTask]:
    """Every file the choices ask for, in ``folder``, in the order they will be written.

    Documents (summary, personal copies, facilitator's record) come in each chosen format (PDF,
    Markdown); the session file and CSV files once. Two tasks never share a path.
    """
    language = choices.language
    formats = [ext for ext, wanted in (("pdf", choices.pdf), ("md", choices.markdown)) if wanted]
    tasks: list[FileTask] = []
    for document in (Document.SUMMARY, Document.PERSONAL, Document.RECORD):
        if document not in choices.documents:
            continue
        for extension in formats:
            if document is Document.PERSONAL:
                if not choices.recipients:
                    continue
                people = personal_copy_paths(
                    bundle,
                    folder,
                    extension,
                    language=language,
                    participant_ids=choices.recipients,
                )
                tasks += [
                    FileTask(document, path, extension, person.id, person.name)
                    for person, path in people
                ]
            else:
                name = document_file_name(
                    bundle, _AUDIENCES[document], extension, language=language
                )
                tasks.append(FileTask(document, folder / name, extension))
    for document, extension in (
        (Document.SESSION_FILE, "codev.json"),
        (Document.SPEAKING, "csv"),
        (Document.TIMINGS, "csv"),
    ):
        if document in choices.documents:
            name = data_file_name(bundle, document.value, language=language)
            tasks.append(FileTask(document, folder / name, extension))
    return _distinct(tasks)


def _distinct(tasks: list[FileTask]) -> list[FileTask]:
    taken: set[str] = set()
    result = []
    for task in tasks:
        path = task.path
        if path.name.casefold() in taken:
            path = free_path(path, taken)
        taken.add(path.name.casefold())
        result.append(replace(task, path=path))
    return result


def split_name(name: str) -> tuple[str, str]:
    """``("2026-11-20 Séance — X", ".codev.json")``: a file name without and with its extension."""
    lowered = name.lower()
    for extension in _EXTENSIONS:
        if lowered.endswith(extension) and len(name) > len(extension):
            return name[: -len(extension)], name[-len(extension) :]
    stem, dot, rest = name.rpartition(".")
    return (stem, dot + rest) if stem else (name, "")


def free_path(path: Path, taken: set[str] | None = None) -> Path:
    """``path`` with `` (2)``, `` (3)``… before its extension: the first name not on disk and
    not in ``taken`` (case-folded names)."""
    taken = taken or set()
    stem, extension = split_name(path.name)
    number = 2
    while True:
        candidate = path.with_name(f"{stem} ({number}){extension}")
        if candidate.name.casefold() not in taken and not (
            candidate.exists() or candidate.is_symlink()
        ):
            return candidate
        number += 1


def existing(tasks: Sequence[FileTask]) -> list[FileTask]:
    """The tasks whose file is already there (and may not be replaced yet)."""
    return [
        task
        for task in tasks
        if not task.overwrite and (task.path.exists() or task.path.is_symlink())
    ]


def keep_both(tasks: Sequence[FileTask]) -> list[FileTask]:
    """The tasks with every file that exists renamed `` (2)``… (the old files stay)."""
    clashing = {id(task) for task in existing(tasks)}
    taken = {task.path.name.casefold() for task in tasks if id(task) not in clashing}
    result = []
    for task in tasks:
        if id(task) in clashing:
            path = free_path(task.path, taken)
            taken.add(path.name.casefold())
            task = replace(task, path=path)
        result.append(task)
    return result


def replace_all(tasks: Sequence[FileTask]) -> list[FileTask]:
    """The tasks allowed to replace the files already there."""
    return [replace(task, overwrite=True) for task in tasks]


def write_task(
    bundle: SessionBundle,
    task: FileTask,
    choices: ExportChoices,
    log: Sequence[LogLine] = (),
) -> Path:
    """Write one file; ``log`` is the session's command log (the facilitator's record counts
    its pauses and undo). Raises what the export functions raise (ExportError, OSError)."""
    language = choices.language
    if task.document in _AUDIENCES:
        audience = _AUDIENCES[task.document]
        if task.extension == "pdf":
            insights = (
                session_insights(bundle.saved_session(), bundle.template, log)
                if audience is Audience.FACILITATOR
                else None
            )
            return pdf.write_pdf(
                bundle,
                task.path,
                audience,
                language=language,
                paper=choices.paper,
                show_authors=choices.show_authors,
                recipient_id=task.recipient_id,
                overwrite=task.overwrite,
                insights=insights,
            )
        return markdown.write_markdown(
            bundle,
            task.path,
            audience,
            language=language,
            show_authors=choices.show_authors,
            recipient_id=task.recipient_id,
            overwrite=task.overwrite,
        )
    if task.document is Document.SESSION_FILE:
        return write_session_file(bundle, task.path, overwrite=task.overwrite)
    if task.document is Document.SPEAKING:
        return csv_export.write_speaking_csv(
            bundle, task.path, language=language, overwrite=task.overwrite
        )
    return csv_export.write_timings_csv(
        bundle, task.path, language=language, overwrite=task.overwrite
    )


@dataclass
class RunResult:
    """What a run did: the files written, whether it was cancelled, what stopped it."""

    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    error: BaseException | None = None
    failed_task: FileTask | None = None


class ExportRun(QThread):
    """Writes ``tasks`` on a worker thread (see the module docstring).

    Signals are emitted from the worker and delivered on the GUI thread (queued): connect them to
    methods of widgets. :attr:`result` may be read once :attr:`QThread.finished` has fired.
    """

    #: About to write task ``index`` (0-based) of ``total``.
    file_started = Signal(int, int)
    #: ``done`` of ``total`` files are written; the last one at ``path``.
    file_written = Signal(int, int, str)

    def __init__(
        self,
        bundle: SessionBundle,
        tasks: Sequence[FileTask],
        choices: ExportChoices,
        log: Sequence[LogLine] = (),
    ) -> None:
        super().__init__()
        self.bundle = bundle
        self.log = list(log)
        self.tasks = list(tasks)
        self.choices = choices
        self.result = RunResult()
        self._stop = threading.Event()
        if any(task.extension == "pdf" for task in self.tasks):
            pdf.ensure_fonts()  # registers the font here, on the GUI thread, before the worker

    def cancel(self) -> None:
        """Stop after the file being written (thread-safe)."""
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def run(self) -> None:
        total = len(self.tasks)
        for index, task in enumerate(self.tasks):
            if self._stop.is_set():
                self.result.cancelled = True
                return
            self.file_started.emit(index, total)
            try:
                path = write_task(self.bundle, task, self.choices, self.log)
            except Exception as error:  # shown in plain words by the window, logged here
                if not isinstance(error, OSError | ExportError):
                    _log.exception("Export of %s failed", task.path.name)
                self.result.error = error
                self.result.failed_task = task
                return
            self.result.written.append(path)
            self.file_written.emit(index + 1, total, str(path))
        self.result.cancelled = False

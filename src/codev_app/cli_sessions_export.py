"""``sessions export``: a saved session written as a document, the session file or CSV tables."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from codev_app.cli_base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliContext
from codev_app.cli_common import (
    EXIT_FILE_EXISTS,
    EXIT_NOT_APPROVED,
    _command,
    _interface_language,
    _load,
    _qt_application,
    _Stop,
    _store,
)
from codev_app.i18n import translate

if TYPE_CHECKING:
    from codev_app.core.bundle import SessionBundle


FORMATS = ("pdf", "markdown", "json", "csv")
AUDIENCES = ("participants", "facilitator", "personal")
TABLES = ("speaking", "timings")
PAPERS = ("a4", "letter")

# --- export --------------------------------------------------------------------------------------


@_command
def export_session(args: argparse.Namespace, context: CliContext) -> int:
    """Write a session as a document, the session file or CSV tables."""
    from codev_app.export import ExportError, ExportNotApproved, FileExists

    context = _interface_language(args, context)
    _check_export_options(args)
    bundle = _load(args.session_id)
    language = args.document_language or context.language
    output = Path(args.output).expanduser()
    try:
        if args.format in ("pdf", "markdown"):
            if args.audience == "personal":
                return _export_personal(bundle, output, args, language, context)
            written = [_export_document(bundle, output, args, language, args.session_id)]
        elif args.format == "json":
            written = [_export_session_file(bundle, output, args, language)]
        else:
            written = _export_tables(bundle, output, args, language)
    except ExportNotApproved:
        raise _Stop(EXIT_NOT_APPROVED, *_not_approved()) from None
    except FileExists as error:
        raise _Stop(EXIT_FILE_EXISTS, *_exists(error.path)) from None
    except OSError as error:
        raise _Stop(EXIT_FAILED, _unwritable(error)) from None
    except ExportError as error:
        raise _Stop(
            EXIT_FAILED, translate("cli", "Not exported: %1").replace("%1", str(error))
        ) from None
    for path in written:
        context.out(translate("cli", "File written: %1").replace("%1", str(path)))
    return EXIT_OK


def _check_export_options(args: argparse.Namespace) -> None:
    """Refuse combinations that make no sense or would mislead about what the file holds."""
    document = args.format in ("pdf", "markdown")
    if document and args.audience is None:
        raise _Stop(
            EXIT_USAGE,
            translate(
                "cli",
                "Say who the document is for: --audience participants, personal or facilitator.",
            ),
        )
    if not document and args.audience not in (None, "facilitator"):
        # The session file holds private notes and the tables hold speaking times: both are
        # the facilitator's, never a document for the group.
        raise _Stop(
            EXIT_USAGE,
            translate(
                "cli",
                "A %1 export is for you, the facilitator: it is not a document for the "
                "participants. Use --format pdf or markdown for them.",
            ).replace("%1", args.format),
        )
    misplaced = [
        option
        for option, used, allowed in (
            ("--table", args.table is not None, args.format == "csv"),
            ("--paper", args.paper is not None, args.format == "pdf"),
            ("--no-authors", not args.show_authors, document),
        )
        if used and not allowed
    ]
    if misplaced:
        raise _Stop(
            EXIT_USAGE,
            translate("cli", "%1 does not apply to --format %2.")
            .replace("%1", misplaced[0])
            .replace("%2", args.format),
        )


def _target(output: Path, suggested: str) -> Path:
    """``output``, or the usual file name inside it when it is a folder."""
    return output / suggested if output.is_dir() else output


def _export_document(
    bundle: SessionBundle, output: Path, args: argparse.Namespace, language: str, session_id: int
) -> Path:
    from codev_app.export import Audience, document_file_name

    audience = Audience(args.audience)
    extension = "pdf" if args.format == "pdf" else "md"
    target = _target(output, document_file_name(bundle, audience, extension, language=language))
    if args.format == "markdown":
        from codev_app.export.markdown import write_markdown

        return write_markdown(
            bundle,
            target,
            audience,
            language=language,
            show_authors=args.show_authors,
            overwrite=args.force,
        )
    _qt_application()
    from codev_app.export.pdf import PaperSize, write_pdf

    insights = None
    if audience is Audience.FACILITATOR:
        from codev_app.core.insights import session_insights
        from codev_app.storage.insights import command_lines

        with _store() as store:
            log = command_lines(store, session_id) if store is not None else []
        insights = session_insights(bundle.saved_session(), bundle.template, log)
    return write_pdf(
        bundle,
        target,
        audience,
        language=language,
        paper=PaperSize(args.paper) if args.paper else None,
        show_authors=args.show_authors,
        overwrite=args.force,
        insights=insights,
    )


def _export_personal(
    bundle: SessionBundle,
    folder: Path,
    args: argparse.Namespace,
    language: str,
    context: CliContext,
) -> int:
    from codev_app.export import ExportNotApproved, ExportProgress

    if not bundle.record.consent.client_approved_export:
        raise ExportNotApproved()  # before the folder is made
    if folder.exists() and not folder.is_dir():
        raise _Stop(
            EXIT_FAILED,
            translate(
                "cli", "%1 is a file: personal copies go into a folder (one file per person)."
            ).replace("%1", str(folder)),
        )
    folder.mkdir(parents=True, exist_ok=True)
    progress: Iterator[ExportProgress]
    if args.format == "pdf":
        _qt_application()
        from codev_app.export.pdf import PaperSize, write_personal_pdfs

        progress = write_personal_pdfs(
            bundle,
            folder,
            language=language,
            paper=PaperSize(args.paper) if args.paper else None,
            show_authors=args.show_authors,
            overwrite=args.force,
        )
    else:
        from codev_app.export.markdown import write_personal_markdowns

        progress = write_personal_markdowns(
            bundle,
            folder,
            language=language,
            show_authors=args.show_authors,
            overwrite=args.force,
        )
    count = 0
    for step in progress:
        count = step.total
        context.out(
            translate("cli", "[%1/%2] %3: %4")
            .replace("%1", str(step.done))
            .replace("%2", str(step.total))
            .replace("%3", step.participant)
            .replace("%4", str(step.path))
        )
    context.out(
        translate("cli", "Personal copies written in %1: %2.")
        .replace("%1", str(folder))
        .replace("%2", str(count))
    )
    return EXIT_OK


def _export_session_file(
    bundle: SessionBundle, output: Path, args: argparse.Namespace, language: str
) -> Path:
    from codev_app.export import write_session_file
    from codev_app.export.files import data_file_name

    target = _target(output, data_file_name(bundle, "session", language=language))
    return write_session_file(bundle, target, overwrite=args.force)


def _export_tables(
    bundle: SessionBundle, output: Path, args: argparse.Namespace, language: str
) -> list[Path]:
    from codev_app.export.atomic import check_target
    from codev_app.export.csv_export import write_speaking_csv, write_timings_csv
    from codev_app.export.files import data_file_name

    writers = {"speaking": write_speaking_csv, "timings": write_timings_csv}
    if args.table is not None:
        kinds = [args.table]
        targets = [_target(output, data_file_name(bundle, args.table, language=language))]
    else:
        # Two files: PATH is their folder.
        if output.exists() and not output.is_dir():
            raise _Stop(
                EXIT_FAILED,
                translate(
                    "cli",
                    "%1 is a file: without --table, the two tables go into a folder. Give a "
                    "folder, or choose one table with --table.",
                ).replace("%1", str(output)),
            )
        kinds = list(TABLES)
        targets = [output / data_file_name(bundle, kind, language=language) for kind in kinds]
    for target in targets:  # both refused before either is written
        check_target(target, overwrite=args.force)
    output_folder = targets[0].parent
    output_folder.mkdir(parents=True, exist_ok=True)
    return [
        writers[kind](bundle, target, language=language, overwrite=args.force)
        for kind, target in zip(kinds, targets, strict=True)
    ]


def _not_approved() -> tuple[str, str]:
    return (
        translate(
            "cli",
            "Not exported: the client has not approved sharing this session's record. Record "
            "their approval in the session (in Codev), then export again.",
        ),
        translate("cli", "The facilitator's record (--audience facilitator) needs no approval."),
    )


def _exists(path: Path) -> tuple[str, str]:
    return (
        translate("cli", "Not exported: %1 already exists.").replace("%1", str(path)),
        translate("cli", "Run again with --force to overwrite it."),
    )


def _unwritable(error: OSError) -> str:
    where = error.filename if error.filename is not None else ""
    return (
        translate("cli", "Not exported: %1 cannot be written (%2).")
        .replace("%1", str(where))
        .replace("%2", error.strerror or str(error))
    )

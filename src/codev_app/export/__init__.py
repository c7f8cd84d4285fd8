"""Exports: what leaves the app, and the session file that comes back.

- :mod:`~codev_app.export.pdf` — the participants' summary, personal copies, the facilitator's
  record, as PDF (needs Qt: import it explicitly);
- :mod:`~codev_app.export.markdown` — the same documents as Markdown;
- :mod:`~codev_app.export.json_io` — the lossless session file, and reading one back;
- :mod:`~codev_app.export.csv_export` — speaking times and phase timings for a spreadsheet.

What each document shows (and hides) is decided once in :mod:`~codev_app.export.content`; every
file is written atomically (:mod:`~codev_app.export.atomic`). This package itself imports no Qt.
"""

from __future__ import annotations

from codev_app.core.text import safe_file_name
from codev_app.export.content import Audience, SessionSummary, build_summary
from codev_app.export.errors import (
    ExportError,
    ExportNotApproved,
    FileExists,
    SessionFileError,
    UnknownRecipient,
)
from codev_app.export.files import ExportProgress, document_file_name
from codev_app.export.json_io import read_session_file, write_session_file

__all__ = [
    "Audience",
    "ExportError",
    "ExportNotApproved",
    "ExportProgress",
    "FileExists",
    "SessionFileError",
    "SessionSummary",
    "UnknownRecipient",
    "build_summary",
    "document_file_name",
    "read_session_file",
    "safe_file_name",
    "write_session_file",
]

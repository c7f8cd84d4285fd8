"""Speaking times and phase timings as CSV, for a spreadsheet.

Choices, for the people who open these files (mostly French-speaking, mostly in Excel):

- the separator is ``;``: in French (and most European) locales the comma is the decimal
  separator, so Excel uses ``;`` as its list separator and opens a ``;`` file straight into
  columns on a double-click, where a comma file lands in a single column. LibreOffice, Numbers
  and data tools (pandas ``sep=";"``) read it as well;
- the file is UTF-8 with a byte-order mark, without which Excel reads accents as mojibake;
- durations are whole seconds (no decimal separator to argue about);
- a cell starting with ``=``, ``+``, ``-``, ``@`` gets a leading ``'`` so that a name like
  ``=HYPERLINK(...)`` is shown as text instead of run as a formula;
- rows end with CRLF, as RFC 4180 and Excel expect.

Column titles follow the export language. Timings are not notes: these files are allowed even
when the group kept only the timings, and they need no approval (they stay with the facilitator).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from codev_app.core.bundle import SessionBundle
from codev_app.export.atomic import atomic_write_text
from codev_app.export.labels import check_language, label

SEPARATOR = ";"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text with :data:`SEPARATOR`, every cell made safe for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow([_safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    return buffer.getvalue()


def speaking_rows(bundle: SessionBundle, language: str = "fr") -> list[tuple[str, str, int]]:
    """(phase, participant, whole seconds) for each person who spoke in each phase, in the
    order of the plan and of the list of participants."""
    check_language(language)
    session = bundle.saved_session()
    names = {person.id: person.name for person in session.people}
    order = {participant_id: index for index, participant_id in enumerate(names)}
    phases = {phase.id: phase.name.get(language) for phase in session.phases}
    speaking = session.speaking
    phase_ids = [pid for pid in phases if pid in speaking]
    phase_ids += [pid for pid in speaking if pid not in phases]
    rows = []
    for phase_id in phase_ids:
        people = sorted(speaking[phase_id], key=lambda pid: order.get(pid, len(order)))
        for participant_id in people:
            seconds = round(speaking[phase_id][participant_id])
            if seconds > 0:
                name = names.get(participant_id) or label("former_participant", language)
                rows.append((phases.get(phase_id, phase_id), name, seconds))
    return rows


def timing_rows(bundle: SessionBundle, language: str = "fr") -> list[tuple[str, int, int | str]]:
    """(phase, planned seconds, actual seconds) for each phase of the plan as run (breaks
    included); the actual time is empty for a phase not reached."""
    check_language(language)
    return [
        (
            phase.name.get(language),
            phase.planned_seconds,
            "" if phase.actual_seconds is None else round(phase.actual_seconds),
        )
        for phase in bundle.saved_session().phases
    ]


def write_speaking_csv(
    bundle: SessionBundle, path: str | Path, *, language: str = "fr", overwrite: bool = False
) -> Path:
    """Speaking times (phase; participant; seconds) as a CSV file, written atomically."""
    header = [label(key, language) for key in ("csv.phase", "csv.participant", "csv.seconds")]
    text = csv_text(header, speaking_rows(bundle, language))
    return atomic_write_text(path, text, overwrite=overwrite, bom=True)


def write_timings_csv(
    bundle: SessionBundle, path: str | Path, *, language: str = "fr", overwrite: bool = False
) -> Path:
    """Phase timings (phase; planned seconds; actual seconds) as a CSV file, written
    atomically."""
    keys = ("csv.phase", "csv.planned_seconds", "csv.actual_seconds")
    text = csv_text([label(key, language) for key in keys], timing_rows(bundle, language))
    return atomic_write_text(path, text, overwrite=overwrite, bom=True)

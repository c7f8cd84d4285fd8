"""The lossless session file (format ``codev-session``): write it, and read it back safely.

The file is :meth:`SessionBundle.to_data` as pretty-printed UTF-8 JSON; its structure is published
as a JSON Schema in ``docs/session.schema.json``. Reading never half-succeeds: a file is returned
whole as a :class:`SessionBundle` or refused with a
:class:`~codev_app.export.errors.SessionFileError` naming the first wrong field. Reading changes
nothing anywhere; storing the imported session is the caller's business.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codev_app.core.bundle import InvalidBundle, SessionBundle
from codev_app.export.atomic import atomic_write_text
from codev_app.export.errors import SessionFileError

#: Larger files are refused before being read: a real session is well under a megabyte.
MAX_SESSION_FILE_BYTES = 50 * 1024 * 1024
SESSION_FILE_EXTENSION = "codev.json"


def session_json(bundle: SessionBundle) -> str:
    """The text of the session file: indented JSON, accents as they are, a final newline."""
    return json.dumps(bundle.to_data(), ensure_ascii=False, indent=2) + "\n"


def write_session_file(bundle: SessionBundle, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the session file atomically; returns its path.

    Raises :class:`~codev_app.export.errors.FileExists` when ``path`` exists and ``overwrite``
    is false. The session file is the facilitator's own archive: it holds everything, private
    notes included, and needs no approval from the client.
    """
    return atomic_write_text(path, session_json(bundle), overwrite=overwrite)


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_session_file(path: str | Path) -> SessionBundle:
    """Read a session file written by :func:`write_session_file` (or by hand, or by another
    tool following ``docs/session.schema.json``).

    Raises :class:`~codev_app.export.errors.SessionFileError` for a file that cannot be read, is
    not JSON, or is not a valid Codev session; its ``field`` names the first wrong field
    (``"record.suggestions[2].kept"``) when the JSON itself is fine.
    """
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_SESSION_FILE_BYTES:
            raise SessionFileError(
                source, f"is too large to be a Codev session ({size // (1024 * 1024)} MB)"
            )
        raw = source.read_bytes()
    except OSError as error:
        raise SessionFileError(source, f"cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionFileError(source, "is not UTF-8 text (is it a Codev session file?)") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _Duplicate as error:
        raise SessionFileError(source, "appears twice", field=error.key) from None
    except json.JSONDecodeError as error:
        raise SessionFileError(
            source,
            f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})",
        ) from None
    except (ValueError, RecursionError) as error:
        raise SessionFileError(source, f"is not valid JSON ({error})") from None
    try:
        return SessionBundle.from_data(data)
    except InvalidBundle as error:
        raise SessionFileError(source, error.detail, field=error.field) from None
    except (AttributeError, KeyError, TypeError, ValueError, RecursionError) as error:
        # The core validates field by field; this is the net for damage it did not foresee.
        raise SessionFileError(source, f"is damaged ({type(error).__name__}: {error})") from None

"""A compiled index of the template folders: start-up lists the templates without parsing them.

The welcome screen needs a summary of each template (:class:`TemplateSummary`: name, description,
phases, duration, where it comes from). :func:`indexed_summaries` returns them from a small JSON
file in the cache folder while the folders are as they were when it was written: every ``*.toml``
file's name, size and modification time, the parser's own source files and the program. Otherwise
it reads the library as usual and writes the index again. The index is only ever a copy: one that
cannot be read or does not match is ignored and replaced, and failing to write it costs nothing.

Reading the index imports neither the template parser nor TOML (~12 ms at start-up).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from codev_app.core.template import Template

_log = logging.getLogger(__name__)

FORMAT = 1
INDEX_LANGUAGES = ("fr", "en")  # codev_app.core.template.LANGUAGES, not imported: keep this light
# Files whose change may change what a template file reads as (their code): the index is rebuilt.
PARSER_FILES = ("template.py", "phase.py", "library.py", "timing.py", "errors.py", "text.py")
# A template file changed this close to the index being written could change again without its
# size or (on coarse file systems) its time changing: such an index is not written.
RACY_NANOSECONDS = 2_000_000_000
MAX_INDEX_BYTES = 1_000_000

Loader = Callable[[], tuple[Sequence["Template"], Sequence[str]]]


@dataclass(frozen=True)
class TemplateSummary:
    """What the welcome screen shows of a template; names and descriptions per language, as
    :meth:`~codev_app.core.phase.LocalizedText.get` gives them (with its fallback)."""

    id: str
    names: tuple[tuple[str, str], ...]
    descriptions: tuple[tuple[str, str], ...]
    phase_count: int
    total_seconds: int
    read_only: bool

    def name(self, language: str) -> str:
        """The name in ``language`` (blank for a language Codev does not speak)."""
        return dict(self.names).get(language, "")

    def description(self, language: str) -> str:
        """The description in ``language`` (blank when there is none)."""
        return dict(self.descriptions).get(language, "")


def summarize(template: Template) -> TemplateSummary:
    """The summary of a loaded template."""
    return TemplateSummary(
        id=template.id,
        names=tuple((lang, template.name.get(lang)) for lang in INDEX_LANGUAGES),
        descriptions=tuple((lang, template.description.get(lang)) for lang in INDEX_LANGUAGES),
        phase_count=len(template.phases),
        total_seconds=template.total_seconds,
        read_only=template.read_only,
    )


def indexed_summaries(
    folders: Sequence[Path], index_file: Path, load: Loader
) -> tuple[list[TemplateSummary], list[str]]:
    """The summaries of the templates in ``folders`` and one message per file not loaded.

    From ``index_file`` when it matches the folders; otherwise from ``load`` (the library's
    templates and problems), and the index is written again for the next start.
    """
    key = fingerprint(folders)
    cached = read_index(index_file, key)
    if cached is not None:
        return cached
    templates, problems = load()
    summaries = [summarize(template) for template in templates]
    if not _racy(key):
        write_index(index_file, key, summaries, list(problems))
    return summaries, list(problems)


def fingerprint(folders: Sequence[Path]) -> list[Any]:
    """What the index is valid for (JSON values): each folder's ``*.toml`` entries with their
    size and time, the parser's source files and the program running it."""
    parser_dir = Path(__file__).parent
    parser = [[name, _stat(parser_dir / name)] for name in PARSER_FILES]
    listed: list[Any] = []
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries if entry.name.endswith(".toml"))
        except OSError:
            names = []
        listed.append([str(folder), [[name, _stat(folder / name)] for name in names]])
    return [FORMAT, [sys.executable, _stat(Path(sys.executable))], parser, listed]


def _stat(path: Path) -> list[int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


def _racy(key: list[Any]) -> bool:
    soon = time.time_ns() - RACY_NANOSECONDS
    return any(
        status is not None and status[1] > soon
        for _folder, files in key[3]
        for _name, status in files
    )


def read_index(index_file: Path, key: list[Any]) -> tuple[list[TemplateSummary], list[str]] | None:
    """The summaries and problems stored in ``index_file`` for ``key``; None when it is missing,
    unreadable, damaged or for other files."""
    try:
        with open(index_file, "rb") as stream:
            data = stream.read(MAX_INDEX_BYTES + 1)
        if len(data) > MAX_INDEX_BYTES:
            raise ValueError("too large")
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("key") != key:
            return None
        summaries = [_summary(item) for item in _list(document.get("templates"))]
        problems = [_text(item) for item in _list(document.get("problems"))]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        _log.info("Template index %s not used (%s); templates read again", index_file, error)
        return None
    return summaries, problems


def write_index(
    index_file: Path, key: list[Any], summaries: Sequence[TemplateSummary], problems: list[str]
) -> None:
    """Store ``summaries`` and ``problems`` for ``key``; a failure is logged, never raised."""
    from codev_app.core.files import atomic_write

    document = {
        "key": key,
        "templates": [
            {
                "id": summary.id,
                "names": dict(summary.names),
                "descriptions": dict(summary.descriptions),
                "phase_count": summary.phase_count,
                "total_seconds": summary.total_seconds,
                "read_only": summary.read_only,
            }
            for summary in summaries
        ],
        "problems": problems,
    }
    try:
        atomic_write(index_file, json.dumps(document, ensure_ascii=False).encode("utf-8"))
    except OSError as error:
        _log.info("Template index %s not written: %s", index_file, error)


def _summary(item: Any) -> TemplateSummary:
    if not isinstance(item, dict):
        raise ValueError("a template is not a table")
    return TemplateSummary(
        id=_text(item.get("id")),
        names=_texts(item.get("names")),
        descriptions=_texts(item.get("descriptions")),
        phase_count=_count(item.get("phase_count")),
        total_seconds=_count(item.get("total_seconds")),
        read_only=_flag(item.get("read_only")),
    )


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("not a list")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a text")
    return value


def _texts(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ValueError("not a table of texts")
    return tuple((lang, _text(value.get(lang, ""))) for lang in INDEX_LANGUAGES)


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("not a count")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not a flag")
    return value

"""PySide6 reads the source of every module imported after it, to see whether the module uses
PySide6 (its ``__feature__`` switches, which Codev does not use). It reads it through
:func:`inspect.getsource`, which keeps every line in :mod:`linecache` for the life of the process:
~5 MiB of strings in a running session (13 MiB before the wrap-up and co-facilitation were
imported on first use), never read again. :func:`read_sources_once` makes the same check read the
file and keep nothing; the answer is the same, and a traceback still finds its lines (linecache
reads them when asked).

Imports no Qt itself: it changes PySide6's check only once PySide6 is imported.
"""

from __future__ import annotations

import sys
from types import ModuleType


def read_sources_once() -> bool:
    """Make PySide6's check of each newly imported module read its source file without keeping it
    in :mod:`linecache`; True when the check is (now) replaced. Safe to call more than once."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False  # PySide6 not imported yet, or a version without this check
    if getattr(original, "keeps_no_lines", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        filename = getattr(module, "__file__", None)
        if isinstance(filename, str) and filename.endswith(".py"):
            try:
                with open(filename, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))  # built-in, compiled-only or zipped modules, as before

    uses_pyside.keeps_no_lines = True  # type: ignore[attr-defined]
    vars(feature)["_mod_uses_pyside"] = uses_pyside  # what feature_imported() calls
    return True

"""A stopgap for a PySide6 6.12.0 bug on Python 3.11: ``None`` released on every void call.

Each call of a Qt method that returns nothing (``QSizeF.setWidth``, ``QPainter.save``,
``QTextDocument.setHtml``...) releases a reference to ``None`` that it never took. After a few
thousand such calls ``None``'s count reaches zero and the interpreter aborts with "Fatal Python
error: none_dealloc" — in the middle of a run or at exit. From Python 3.12 on ``None`` is immortal
and the bug is harmless. Measured here: ``python -c`` calling ``QSizeF().setWidth`` in a loop
aborts after about 5,000 calls.

:func:`reserve_none_references` gives ``None`` a reserve of references large enough for any run
(2**40 calls). It is what the export tests, ``tools/pdf_pages.py`` and ``benchmarks/exports.py``
use; the application should do the same at start-up until it moves to a fixed PySide6 or to
Python 3.12+, then this module can go.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_done = False


def needs_reserve() -> bool:
    """Whether ``None`` can die on this Python (it is immortal from 3.12 on)."""
    return sys.version_info < (3, 12)


def reserve_none_references() -> None:
    """Add a large reserve to ``None``'s reference count, once per process (CPython only)."""
    global _done
    if _done or not needs_reserve() or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t) before 3.12.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    _done = True

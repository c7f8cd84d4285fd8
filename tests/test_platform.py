"""Guards against a broken Qt binding slipping back in through a version bump."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSizeF


def test_qt_calls_returning_nothing_keep_none_alive() -> None:
    # PySide6 6.12.0 on Python 3.11 released a reference to None on every such call, and the
    # interpreter aborted ("none_dealloc") after a few thousand of them: pyproject pins 6.11.3.
    size = QSizeF()
    size.setWidth(1)
    before = sys.getrefcount(None)
    for _ in range(100):
        size.setWidth(2)
    assert sys.getrefcount(None) - before > -50

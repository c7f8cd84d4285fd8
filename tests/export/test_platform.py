"""Facts about the platform that the export tests work around."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSizeF


@pytest.mark.xfail(
    sys.version_info < (3, 12),
    strict=True,
    reason="PySide6 6.12.0 on Python 3.11 releases None on every call of a void method; "
    "codev_app.export.pyside_fix works around it. When this passes, remove the workaround.",
)
def test_pyside_does_not_release_none_on_void_calls() -> None:
    size = QSizeF()
    size.setWidth(1)
    before = sys.getrefcount(None)
    for _ in range(100):
        size.setWidth(2)
    assert sys.getrefcount(None) - before > -50

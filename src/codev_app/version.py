"""Codev's version, written in one place: ``pyproject.toml``.

It is read from the installed package's metadata, which a source install, a wheel and the packaged
builds all carry (``packaging/codev.spec`` copies it into the bundle). Reading it imports
``importlib.metadata`` (~20 ms), so it is read when asked for, never on the way to the first window.
"""

from __future__ import annotations

from functools import cache

DISTRIBUTION = "codev-app"


@cache
def app_version() -> str:
    """The version of the installed Codev, e.g. ``"0.1.0"``."""
    from importlib.metadata import version

    return version(DISTRIBUTION)

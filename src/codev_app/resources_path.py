"""Where the bundled resources are, in a source checkout as in an installed package.

The resources package is normally a plain folder (checkout, wheel, editable install): its path is
read from the package itself, which is quick. ``importlib.resources`` (several milliseconds to
import, on the window's start-up path) is only the fallback, for a package that is not a folder.
"""

from __future__ import annotations

from pathlib import Path

_root: Path | None = None


def resources_root() -> Path:
    """The folder of the bundled resources (``codev_app.resources``)."""
    global _root
    if _root is None:
        _root = _find_root()
    return _root


def _find_root() -> Path:
    import codev_app.resources as package

    location = getattr(package, "__file__", None)
    if location:
        folder = Path(location).parent
        if folder.is_dir():
            return folder
    from importlib import resources  # e.g. a package inside a zip file

    return Path(str(resources.files("codev_app.resources")))


def resource_dir(*parts: str) -> Path:
    """Path of a folder or file in the bundled resources, e.g. ``resource_dir("templates")``."""
    return resources_root().joinpath(*parts)

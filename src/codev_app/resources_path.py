"""Where the bundled resources are, in a source checkout as in an installed package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir(*parts: str) -> Path:
    """Path of a folder or file in the bundled resources, e.g. ``resource_dir("templates")``."""
    root = Path(str(resources.files("codev_app.resources")))
    return root.joinpath(*parts)

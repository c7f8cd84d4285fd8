"""The templates Codev offers: the built-in ones and the facilitator's own, from their folders.

The command line, the window and the template manager all read the same library through here.
"""

from __future__ import annotations

from codev_app import paths
from codev_app.core.library import TemplateLibrary
from codev_app.core.template import Template
from codev_app.resources_path import resource_dir


def default_library() -> TemplateLibrary:
    """The built-in templates and the facilitator's own, from their usual folders."""
    return TemplateLibrary(resource_dir("templates"), paths.user_templates_dir())


def available_templates() -> tuple[list[Template], list[str]]:
    """The templates Codev offers, built-in first then the user's, and one message per bad file.

    Built-in templates are read-only (``Template.read_only``); a broken file never hides the others.
    """
    library = default_library()
    return library.templates(), list(library.problems)

"""The templates Codev offers: the built-in ones and the facilitator's own, from their folders.

The command line, the window and the template manager all read the same library through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from codev_app import paths
from codev_app.resources_path import resource_dir

if TYPE_CHECKING:
    from codev_app.core.library import TemplateLibrary
    from codev_app.core.template import Template
    from codev_app.core.template_index import TemplateSummary

INDEX_FILE_NAME = "template-index.json"


def default_library() -> TemplateLibrary:
    """The built-in templates and the facilitator's own, from their usual folders."""
    from codev_app.core.library import TemplateLibrary

    return TemplateLibrary(resource_dir("templates"), paths.user_templates_dir())


def available_templates() -> tuple[list[Template], list[str]]:
    """The templates Codev offers, built-in first then the user's, and one message per bad file.

    Built-in templates are read-only (``Template.read_only``); a broken file never hides the others.
    """
    library = default_library()
    return library.templates(), list(library.problems)


def template_summaries() -> tuple[list[TemplateSummary], list[str]]:
    """What :func:`available_templates` gives, summarised for the welcome screen: from the index
    in the cache folder when the template files have not changed since it was written."""
    from codev_app.core.template_index import indexed_summaries

    folders = (resource_dir("templates"), paths.user_templates_dir())
    return indexed_summaries(folders, paths.cache_dir() / INDEX_FILE_NAME, available_templates)

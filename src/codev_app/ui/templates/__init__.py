"""Session templates in the window: the library, the editor, its timeline and "fit to total time".

* :class:`~codev_app.ui.templates.window.TemplatesWindow` — the library, and the editor in its
  place.
* :class:`~codev_app.ui.templates.library_page.LibraryPage` — list, duplicate, edit, delete, import
  (also by dropping files), export; problems said calmly in the page.
* :class:`~codev_app.ui.templates.editor.TemplateEditor` — phases and their texts in French and
  English, with undo, inline validation and autosaved drafts.
* :class:`~codev_app.ui.templates.entry.TemplatesEntry` — the main window's way in (Ctrl+T, drops).

The core does the work (:mod:`codev_app.core.library`, :mod:`codev_app.core.scaling`); these
widgets only show it and send it commands.
"""

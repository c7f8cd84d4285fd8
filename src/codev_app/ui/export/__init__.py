"""The export window: documents for participants (once the client approves), the facilitator's
record and the open formats, written on a worker thread.

- :mod:`~codev_app.ui.export.window` — :class:`ExportWindow`, the window itself, which writes
  the files; over :mod:`~codev_app.ui.export.form` (the approval and what is ticked) and
  :mod:`~codev_app.ui.export.layout` (its widgets), with :mod:`~codev_app.ui.export.widgets`,
  :mod:`~codev_app.ui.export.reasons` (failures in words) and :mod:`~codev_app.ui.export.folder`
  (where the files go);
- :mod:`~codev_app.ui.export.jobs` — the files an export writes, and the worker that writes them;
- :mod:`~codev_app.ui.export.source` — the live session or a saved one, and where the client's
  approval is written;
- :mod:`~codev_app.ui.export.entry` — how the main window opens it.

The package itself imports none of them: a running session reaches :mod:`.source` without
loading the PDF writer (memory while a session runs, benchmarks/memory.py).
"""

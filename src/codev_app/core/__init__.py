"""Codev's pure-Python core: templates, phases, the session engine, turn-taking, the record.

Nothing in this package imports Qt (tests/core/test_no_qt.py proves it), so every rule of a session
is tested in milliseconds without a display.
"""

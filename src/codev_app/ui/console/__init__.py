"""The facilitator console: the screen kept open beside the video call while a session runs.

Modules (import them directly; this package imports nothing so that the session controller can use
:mod:`.texts` without a cycle):

- :mod:`.console` — :class:`~.console.ConsoleWidget`, the whole console, with side-panel slots;
- :mod:`.timer_disk` — the Time-Timer-style disk; :mod:`.live_text` — cheap changing text;
- :mod:`.phase_rail`, :mod:`.phase_card`, :mod:`.session_clock` — the parts of the console;
- :mod:`.compact`, :mod:`.share` — the small always-on-top window and the window to share;
- :mod:`.shortcuts` — every console action with its keys, and the F1 cheat sheet;
- :mod:`.chime` — the soft chimes; :mod:`.palette` — calm colours, light and dark;
- :mod:`.texts` — every changing text, translated (timer states, speakers, undo labels).
"""

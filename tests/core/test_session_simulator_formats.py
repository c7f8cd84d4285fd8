"""The session simulator on each format of the method library, one machine per format (the
simulator in test_session_simulator.py draws among all the built-ins): first session of a cycle,
two cases, choosing the case, Kollegiale Beratung, Heilsbronn, action-learning set — modules
chosen where a phase offers them, roles given, undo and redo, saving and restoring."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize

from tests.core.test_session_simulator import TEMPLATES, SessionSimulator

LIBRARY_FORMATS = (
    "first-session",
    "two-cases",
    "choosing-the-case",
    "kollegiale-fallberatung",
    "heilsbronn",
    "action-learning-set",
)


def _format_simulator(name: str) -> type[SessionSimulator]:
    @initialize(keep=st.booleans())
    def open_session(self: SessionSimulator, keep: bool) -> None:
        self._open(name, keep)

    machine = type(f"Simulator_{name}", (SessionSimulator,), {"open_session": open_session})
    machine.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    return machine


assert set(LIBRARY_FORMATS) <= set(TEMPLATES)
for _name in LIBRARY_FORMATS:
    globals()[f"TestSimulator_{_name.replace('-', '_')}"] = _format_simulator(_name).TestCase

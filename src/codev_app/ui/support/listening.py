"""The listening session of a matched request: New session opened with the peer-listening
template, the one who asks as client and the listener, "timers only" ticked (the content stays
with the listener), and the request recorded as held in the session that starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from codev_app.core import support as core
from codev_app.core.support import RequestState, SupportRequest

if TYPE_CHECKING:
    from codev_app.ui.new_session import SessionSetup
    from codev_app.ui.support.window import SupportWindow

LISTENING_TEMPLATE = "peer-listening"


def start_listening(window: SupportWindow, request: SupportRequest) -> bool:
    """Open New session for ``request`` (matched); False when that is not possible."""
    if request.state is not RequestState.MATCHED:
        return False
    page = window.main.show_new_session()
    if page is None:
        return False
    asker, listener = window.member_name(request.member_id), window.member_name(request.listener_id)
    page.people.clear()
    while page.client_combo.count() > 1:
        page.client_combo.removeItem(1)
    for name in (asker, listener):
        page.add_name(name, quiet=True)
    page.client_combo.setCurrentIndex(max(0, page.client_combo.findData(asker)))
    index = page.template_combo.findData(LISTENING_TEMPLATE)
    if index >= 0:
        page.template_combo.setCurrentIndex(index)
    page.group_field.clear()  # a listening time is not one of the group's sessions
    page.timers_only.setChecked(True)
    request_id = request.id

    def started(setup: SessionSetup) -> None:
        page.start_requested.disconnect(started)
        if setup.template.id == LISTENING_TEMPLATE and set(setup.participants) == {
            asker,
            listener,
        }:
            _listening_started(window, request_id)

    page.start_requested.connect(started)
    return True


def _listening_started(window: SupportWindow, request_id: int) -> None:
    # Runs after the main window opened the session (connected after it).
    session_id = window.main.current_session_id
    request = next((r for r in window.requests if r.id == request_id), None)
    if session_id is None or request is None:
        return
    window.keep(core.held(request, window.today(), session_id=session_id))

"""Co-facilitation: two facilitators' apps run one live session together.

The session is shared as a Yjs document (pycrdt) over a websocket (pycrdt-websocket's room
server, run by the facilitator who shares). No Qt here: ``ui/cofacilitation`` shows it.

- :mod:`.code`: the join code (address, room and secret) and its QR code.
- :mod:`.shared`: the shared document bound to a :class:`~codev_app.core.session.LiveSession`:
  the command log both apps apply in one order, and the free-text fields merged letter by letter.
- :mod:`.room`: the room server (only while sharing, on the chosen address, TLS).
- :mod:`.network`: each app's connection to it (pinned TLS, reconnection, shared time).
- :mod:`.tls`: a fresh certificate per sharing, and pinning it; :mod:`.timesync`: clock offsets.
"""

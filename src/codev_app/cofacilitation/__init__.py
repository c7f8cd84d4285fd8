"""Co-facilitation: two facilitators' apps run one live session together.

The session is shared as a Yjs document (pycrdt) over a websocket (pycrdt-websocket's room
server, run by the facilitator who shares). No Qt here: ``ui/cofacilitation`` shows it.

- :mod:`.code`: the join code (address, room and secret) and its QR code.
- :mod:`.shared`: the shared document bound to a :class:`~codev_app.core.session.LiveSession`:
  the command log both apps apply in one order, and the free-text fields merged letter by letter.
- :mod:`.network`: the room server and each app's connection to it (with reconnection).
"""

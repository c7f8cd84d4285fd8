"""The join code: what the sharing facilitator pastes into the call's private chat.

``CODEV-<base32>``: the host's address and port, the room, a random secret (128 bits) and the
first 128 bits of the SHA-256 fingerprint of the host's certificate for this sharing (see
:mod:`.tls`), in base32 without padding (no characters a chat would mangle, case does not
matter). The joining app connects only to a host presenting that certificate, over TLS; the
room path it then asks for holds the secret, so nobody without the code can join or read.
"""

from __future__ import annotations

import base64
import io
import ipaddress
import secrets
import struct
from dataclasses import dataclass

import segno

PREFIX = "CODEV-"
SECRET_BYTES = 16  # 128 bits
ROOM_BYTES = 4
FINGERPRINT_BYTES = 16  # 128 bits of SHA-256: the code stays short, forging it is out of reach
_SIZE = 4 + 2 + ROOM_BYTES + SECRET_BYTES + FINGERPRINT_BYTES


class InvalidJoinCode(ValueError):
    """A pasted text that is not a Codev join code (cut short, mistyped or from something else)."""


@dataclass(frozen=True)
class JoinCode:
    """Where to join a shared session and the secret that lets one in."""

    host: str
    port: int
    room: str
    secret: str
    fingerprint: bytes  # of the host's certificate, truncated (FINGERPRINT_BYTES)

    @classmethod
    def new(cls, host: str, port: int, fingerprint: bytes) -> JoinCode:
        """A code for a new sharing on ``host:port`` (an IPv4 address) presenting the
        certificate of ``fingerprint``, with a fresh secret."""
        if len(fingerprint) != FINGERPRINT_BYTES:
            raise ValueError(f"a fingerprint of {FINGERPRINT_BYTES} bytes is needed")
        room, secret = secrets.token_hex(ROOM_BYTES), secrets.token_hex(SECRET_BYTES)
        return cls(host, port, room, secret, fingerprint)

    @property
    def path(self) -> str:
        """The room's path on the server (holds the secret)."""
        return f"/codev/{self.room}/{self.secret}"

    @property
    def url(self) -> str:
        """The websocket address to connect to (TLS only)."""
        return f"wss://{self.host}:{self.port}{self.path}"

    def text(self) -> str:
        """The code as a short text, e.g. ``CODEV-AB3K…``."""
        packed = (
            ipaddress.IPv4Address(self.host).packed
            + struct.pack(">H", self.port)
            + bytes.fromhex(self.room)
            + bytes.fromhex(self.secret)
            + self.fingerprint
        )
        encoded = base64.b32encode(packed).decode("ascii").rstrip("=")
        return PREFIX + "-".join(encoded[i : i + 6] for i in range(0, len(encoded), 6))

    @classmethod
    def parse(cls, text: str) -> JoinCode:
        """Read a code written by :meth:`text` (spaces, dashes and case are forgiven)."""
        cleaned = "".join(text.split()).upper()
        if cleaned.startswith(PREFIX):
            cleaned = cleaned[len(PREFIX) :]
        cleaned = cleaned.replace("-", "")
        try:
            packed = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
        except ValueError:
            raise InvalidJoinCode("not a join code") from None
        if len(packed) != _SIZE:
            raise InvalidJoinCode("not a join code (too short or too long)")
        host = str(ipaddress.IPv4Address(packed[:4]))
        (port,) = struct.unpack(">H", packed[4:6])
        if port == 0:
            raise InvalidJoinCode("not a join code (no port)")
        room = packed[6 : 6 + ROOM_BYTES].hex()
        secret = packed[6 + ROOM_BYTES : 6 + ROOM_BYTES + SECRET_BYTES].hex()
        return cls(host, port, room, secret, packed[6 + ROOM_BYTES + SECRET_BYTES :])

    def qr_png(self, scale: int = 6) -> bytes:
        """The code as a QR code (PNG), to show on screen or in the call."""
        out = io.BytesIO()
        segno.make(self.text(), error="m").save(out, kind="png", scale=scale, border=2)
        return out.getvalue()

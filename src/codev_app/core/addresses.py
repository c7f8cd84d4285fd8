"""Participants' e-mail addresses: optional, one per person, checked before they are kept.

The check is deliberately plain (one ``@``, a dot in the domain or ``localhost``, no spaces or
characters that separate addresses): it catches typing slips, the mail server decides the rest.
"""

from __future__ import annotations

import re

from codev_app.core.errors import CodevError

MAX_ADDRESS_LENGTH = 254
_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"\\]+@([^@\s<>()\[\],;:\"\\]+)")


class InvalidAddress(CodevError):
    """Text that cannot be an e-mail address; ``text`` is what was typed."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"{text!r} is not an e-mail address")


def checked_address(text: str) -> str:
    """``text`` without surrounding spaces, or ``""`` for none.

    Raises :class:`InvalidAddress` for text that cannot be one address.
    """
    address = text.strip()
    if not address:
        return ""
    match = _ADDRESS.fullmatch(address)
    domain = match.group(1) if match else ""
    if (
        len(address) > MAX_ADDRESS_LENGTH
        or not domain
        or domain.startswith(".")
        or domain.endswith(".")
        or ".." in domain
        or ("." not in domain and domain.casefold() != "localhost")
    ):
        raise InvalidAddress(address)
    return address

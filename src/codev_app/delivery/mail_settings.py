"""The SMTP server Codev sends through, kept as ``mail.json`` in the config folder.

No password here: it lives in the OS keyring (:mod:`codev_app.delivery.passwords`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from codev_app import paths
from codev_app.core.addresses import InvalidAddress, checked_address
from codev_app.core.files import atomic_write

MAIL_SETTINGS_FILE = "mail.json"
DEFAULT_TIMEOUT = 30.0


class Security(StrEnum):
    """How the connection to the server is protected."""

    STARTTLS = "starttls"
    """Plain connection upgraded to TLS (usually port 587)."""
    TLS = "tls"
    """TLS from the first byte (usually port 465)."""
    NONE = "none"
    """No encryption: only for a relay on this computer or the local network."""


class MailSettingsError(ValueError):
    """Settings that cannot be used; the message says which value."""


@dataclass(frozen=True)
class MailSettings:
    """An SMTP server: where, how it is protected, who logs in, who the mail is from."""

    host: str
    port: int
    security: Security
    sender: str
    user: str = ""
    timeout: float = DEFAULT_TIMEOUT
    verify_certificate: bool = True

    def __post_init__(self) -> None:
        if not self.host.strip() or any(ch.isspace() for ch in self.host.strip()):
            raise MailSettingsError("host: a server name such as smtp.example.org")
        if not 0 < self.port < 65536:
            raise MailSettingsError("port: a number from 1 to 65535")
        try:
            if not checked_address(self.sender):
                raise InvalidAddress(self.sender)
        except InvalidAddress:
            raise MailSettingsError("from: an e-mail address such as you@example.org") from None
        if not 0 < self.timeout <= 600:
            raise MailSettingsError("timeout: seconds, from 1 to 600")

    @property
    def key(self) -> str:
        """The keyring entry of this server's password."""
        return f"{self.user}@{self.host}:{self.port}"

    def to_data(self) -> dict[str, Any]:
        """JSON-safe data for :meth:`from_data`."""
        return {**asdict(self), "security": str(self.security)}

    @classmethod
    def from_data(cls, data: Any) -> MailSettings:
        """Settings from :meth:`to_data`; raises :class:`MailSettingsError`."""
        if not isinstance(data, dict):
            raise MailSettingsError("not mail settings")
        try:
            return cls(
                host=str(data["host"]).strip(),
                port=int(data["port"]),
                security=Security(data["security"]),
                sender=str(data["sender"]).strip(),
                user=str(data.get("user", "")).strip(),
                timeout=float(data.get("timeout", DEFAULT_TIMEOUT)),
                verify_certificate=bool(data.get("verify_certificate", True)),
            )
        except (KeyError, TypeError, ValueError) as error:
            if isinstance(error, MailSettingsError):
                raise
            raise MailSettingsError(f"damaged mail settings ({error})") from None


def settings_path() -> Path:
    """Where the mail settings are kept."""
    return paths.config_dir() / MAIL_SETTINGS_FILE


def load_mail_settings(path: Path | None = None) -> MailSettings | None:
    """The saved settings, or None when none were set (or the file cannot be read)."""
    source = path or settings_path()
    try:
        return MailSettings.from_data(json.loads(source.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def save_mail_settings(settings: MailSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (readable by the user only, like the config folder)."""
    target = path or settings_path()
    paths.ensure_private_dir(target.parent)
    text = json.dumps(settings.to_data(), ensure_ascii=False, indent=2) + "\n"
    atomic_write(target, text.encode("utf-8"))
    return target

"""The SMTP password, in the OS keyring (Secret Service, macOS Keychain, Windows Credential
Locker). Where no keyring works (a bare Linux without Secret Service), Codev asks at sending time
and never writes the password anywhere."""

from __future__ import annotations

import os

import keyring
from keyring.errors import KeyringError

SERVICE = "codev-smtp"
PASSWORD_VARIABLE = "CODEV_SMTP_PASSWORD"


def stored_password(key: str) -> str | None:
    """The password kept for ``key`` (see :attr:`MailSettings.key`), or None when there is none
    or no keyring works; ``CODEV_SMTP_PASSWORD`` comes first (scripts, tests)."""
    from_environment = os.environ.get(PASSWORD_VARIABLE)
    if from_environment:
        return from_environment
    try:
        return keyring.get_password(SERVICE, key)
    except (KeyringError, RuntimeError):
        return None


def keep_password(key: str, password: str) -> bool:
    """Keep the password in the keyring; False when no keyring works (ask each time then)."""
    try:
        keyring.set_password(SERVICE, key, password)
    except (KeyringError, RuntimeError):
        return False
    return True


def forget_password(key: str) -> None:
    """Remove a kept password (nothing happens when there is none or no keyring)."""
    try:
        keyring.delete_password(SERVICE, key)
    except (KeyringError, RuntimeError):
        return


def keyring_works() -> bool:
    """Whether a real keyring backend is available here."""
    try:
        backend = keyring.get_keyring()
    except (KeyringError, RuntimeError):
        return False
    return not type(backend).__module__.startswith("keyring.backends.fail")

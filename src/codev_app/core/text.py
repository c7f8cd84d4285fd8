"""People's text shown safely: bidirectional isolation, file names, short quotes in messages.

A name typed (or imported) with U+202E "right-to-left override" would otherwise turn
``abc\u202edcba\u202c`` into "abcabcd" wherever it is shown, and an Arabic or Hebrew name would
pull the punctuation around it ("Speaker: …, 3 min") into its own direction. :func:`isolate` is
what every display of a person's text goes through (windows, PDF, Markdown, command line);
:func:`safe_file_name` is what every file name made from one goes through; :func:`excerpt` and
:func:`clip` keep a refused value from flooding a message.
"""

from __future__ import annotations

import re
import reprlib
import unicodedata
from typing import Any

FSI = "\u2068"
"""FIRST STRONG ISOLATE: what follows takes the direction of its first strong letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends the isolate opened by :data:`FSI`."""

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) change how text around them
# is ordered; a name has no business doing that. Marks (LRM, RLM, ALM) are invisible letters with
# a direction and cannot reorder anything outside an isolate, so they stay.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})

MAX_NAME_LENGTH = 120
# What file systems or mail clients choke on becomes a space; direction controls and invisible
# characters go. Joiners (U+200C, U+200D) stay: Persian words and emoji sequences need them.
_FILE_NAME_FORBIDDEN = re.compile('[\x00-\x1f\x7f-\x9f/\\\\<>:"|?*]')
_FILE_NAME_INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


class _ShortRepr(reprlib.Repr):
    def repr_int(self, x: int, level: int) -> str:
        # repr() refuses integers past 4,300 digits; their size is what matters anyway.
        if x.bit_length() > 256:
            return f"<a number of about {int(x.bit_length() * 0.30103)} digits>"
        return super().repr_int(x, level)


_SHORT = _ShortRepr()
_SHORT.maxstring = 40
_SHORT.maxother = 40
_SHORT.maxlong = 40
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 4
_SHORT.maxlevel = 2
MAX_MESSAGE_LENGTH = 300


def strip_direction_controls(text: str) -> str:
    """``text`` without embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069)."""
    return _DIRECTION_CONTROLS.sub("", text)


def isolate(text: str) -> str:
    """A person's text ready to be shown inside other text: its direction controls removed, and,
    if it holds right-to-left letters, wrapped in FSI…PDI (Unicode bidi isolation) so that it
    cannot reorder what surrounds it. Left-to-right text comes back unchanged (minus controls)."""
    cleaned = strip_direction_controls(text)
    if any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in cleaned):
        return f"{FSI}{cleaned}{PDI}"
    return cleaned


def safe_file_name(name: str, *, fallback: str = "export") -> str:
    """``name`` made safe as one file name (no folder part); ``fallback`` if nothing is left.

    Accents stay (``Copie — Hélène Côté.pdf``); slashes, control and direction characters,
    ``<>:"|?*``, leading and trailing dots and spaces go; names Windows reserves (``CON``,
    ``NUL``...) get an underscore; at most :data:`MAX_NAME_LENGTH` characters.
    """
    text = _FILE_NAME_INVISIBLE.sub("", unicodedata.normalize("NFC", name))
    text = _FILE_NAME_FORBIDDEN.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > MAX_NAME_LENGTH:
        text = text[:MAX_NAME_LENGTH].rstrip(" .")
    if not text:
        return fallback
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return text


def excerpt(value: Any) -> str:
    """A short quotation of a refused value for a message: its Python form (so a newline shows as
    ``\\n``), long strings, numbers and containers cut with ``...`` to about 40 characters."""
    return _SHORT.repr(value)


def clip(message: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """``message`` if short enough, else its beginning and end around " … " (``limit`` characters
    at most): a message never carries a whole oversized value."""
    if len(message) <= limit:
        return message
    tail = max(limit // 5, 1)
    return f"{message[: limit - tail - 3]} … {message[-tail:]}"


_ELIDED_BEFORE_NAME = re.compile(r"\b([dD]e|[qQ]ue|[jJ]usque) (%1)")
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")


def with_name(template: str, name: str) -> str:
    """``template`` with ``%1`` replaced by a person's ``name`` (isolated, see :func:`isolate`),
    French elision included: "Rôle de %1" with Alice is "Rôle d’Alice", "ce que %1 retient" with
    Élise is "ce qu’Élise retient". Other words and languages are left as they are."""
    shown = isolate(name)
    first = strip_direction_controls(name).lstrip()[:1].lower()
    if first in _VOWELS:
        template = _ELIDED_BEFORE_NAME.sub(lambda m: f"{m.group(1)[:-1]}’{m.group(2)}", template)
    return template.replace("%1", shown)

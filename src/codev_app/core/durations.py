"""Reading a duration as a facilitator types it: ``2 min``, ``2:00``, ``1 h 30``, ``90 s``, ``3``.

Fields that hold a short duration (the time per speaker) show it as ``3 min`` or ``1:30`` and must
read back what they show, and what people type in French or English: ``2 min``, ``2 mn``, ``2m``,
``1,5 min``, ``1 min 30``, ``1:30``, ``90 s``, ``90 sec``, ``1 h 05``. A bare number is in the
field's unit (minutes unless told otherwise), since that is how the field shows whole minutes.
"""

from __future__ import annotations

import re
from typing import Literal

Unit = Literal["min", "s"]

_CLOCK = re.compile(r"^(?:(\d+):)?(\d+):([0-5]\d)$")
_NUMBER = r"(\d+(?:[.,]\d+)?)"
# One number and its unit; the units are matched longest first so that "min" is not "m" + "in".
_PART = re.compile(
    _NUMBER + r"\s*(heures?|hours?|hrs?|h|minutes?|mins?|mn|m|secondes?|seconds?|secs?|s)?",
    re.IGNORECASE,
)
_SECONDS = {"h": 3600, "m": 60, "s": 1}


def _unit_seconds(unit: str) -> int:
    # "mn", "min", "minute(s)", "m" → minutes; "s", "sec", "seconde(s)" → seconds; "h"… → hours.
    return _SECONDS[unit[0].lower()]


def parse_duration(text: str, *, default_unit: Unit = "min") -> int | None:
    """The number of seconds ``text`` says, rounded to the second; None when it says none.

    ``m:ss`` (and ``h:mm:ss``) reads as a clock; a bare number is in ``default_unit``; a number
    followed by nothing after another one takes the next smaller unit (``1 h 30``, ``1 min 30``).
    """
    text = " ".join(text.replace("\u00a0", " ").split())
    if not text:
        return None
    clock = _CLOCK.match(text.replace(" ", ""))
    if clock is not None:
        hours, minutes, seconds = clock.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    total = 0.0
    position = 0
    previous: int | None = None  # seconds per unit of the part before, if it had one
    while position < len(text):
        if text[position] == " ":
            position += 1
            continue
        part = _PART.match(text, position)
        if part is None or part.end() == position:
            return None
        number = float(part.group(1).replace(",", "."))
        if part.group(2):
            unit = _unit_seconds(part.group(2))
        elif previous is not None and previous > 1:
            unit = previous // 60  # "1 h 30" is 1 h 30 min; "2 min 15" is 2 min 15 s
        elif previous is None:
            unit = _SECONDS[default_unit[0]]
        else:
            return None  # "30 s 5": nothing smaller than a second
        if previous is not None and unit >= previous:
            return None  # "2 s 3 min": units must go down
        total += number * unit
        previous = unit
        position = part.end()
    return round(total)


def short_duration_text(seconds: int) -> str:
    """How a short duration field shows ``seconds``: ``3 min``, or ``1:30`` when not whole
    minutes (both read back by :func:`parse_duration`)."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}\u00a0min" if not rest else f"{minutes}:{rest:02d}"

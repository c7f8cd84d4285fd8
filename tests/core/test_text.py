"""People's text shown safely: bidi isolation, file names, short quotes of refused values."""

from __future__ import annotations

import pytest

from codev_app.core.text import (
    FSI,
    PDI,
    clip,
    excerpt,
    isolate,
    safe_file_name,
    strip_direction_controls,
)

RLO, PDF_, LRE, RLI = "\u202e", "\u202c", "\u202a", "\u2067"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hélène Côté", "Hélène Côté"),  # left-to-right text is left as it is
        (f"abc{RLO}dcba{PDF_}", "abcdcba"),  # an override cannot reverse the name
        (f"{LRE}Awa", "Awa"),  # an embedding left open cannot spill onto what follows
        (f"Nadia{RLI}", "Nadia"),
        ("سارة", f"{FSI}سارة{PDI}"),  # Arabic is isolated from the punctuation around it
        (f"שרה {RLO}x", f"{FSI}שרה x{PDI}"),
        ("", ""),
    ],
)
def test_isolate(text: str, shown: str) -> None:
    assert isolate(text) == shown


def test_marks_stay_and_controls_go() -> None:
    assert strip_direction_controls("a\u200fb\u2066c\u2069d\u202de") == "a\u200fbcde"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        (f"2026-11-20 abc{RLO}dcba{PDF_}", "2026-11-20 abcdcba"),
        (f"Lou{RLI}\u200f.pdf", "Lou.pdf"),
        ("Zoé\ufeff\u200b Noor", "Zoé Noor"),
        ("👩\u200d👩\u200d👧 famille", "👩\u200d👩\u200d👧 famille"),  # joiners stay
        (f"{RLO}{PDF_}", "export"),
    ],
)
def test_file_names_lose_direction_controls(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_excerpts_are_short_and_show_control_characters() -> None:
    assert excerpt("nl\n") == "'nl\\n'"
    assert len(excerpt("x" * 10_000_000)) <= 45
    assert len(excerpt(["é" * 10_000_000, 2])) <= 60
    assert excerpt(10**5000) == "<a number of about 5000 digits>"
    assert excerpt(-1) == "-1"


def test_clip_keeps_both_ends_of_a_long_message() -> None:
    assert clip("short") == "short"
    long = "phases[2].speakers: must be one of client (got '" + "x" * 1000 + "')"
    clipped = clip(long)
    assert len(clipped) == 300
    assert clipped.startswith("phases[2].speakers: must be one of client (got 'xx")
    assert clipped.endswith("xx')") and " … " in clipped

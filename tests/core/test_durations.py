"""Durations as facilitators type them (core.durations)."""

from __future__ import annotations

import pytest

from codev_app.core.durations import parse_duration, short_duration_text


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2 min", 120),
        ("2min", 120),
        ("2 mn", 120),
        ("2m", 120),
        ("2 minutes", 120),
        ("2:00", 120),
        ("1:30", 90),
        ("0:45", 45),
        ("1:02:03", 3723),
        ("3", 180),
        ("1,5 min", 90),
        ("1.5", 90),
        ("1 min 30", 90),
        ("1 min 30 s", 90),
        ("90 s", 90),
        ("90 sec", 90),
        ("45 secondes", 45),
        ("1 h 30", 5400),
        ("1h05", 3900),
        (" 2\u00a0min ", 120),
    ],
)
def test_reads_what_people_type(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "min", "2 s 3 min", "1:75", "abc", "2 min 30 s 4", "-2"])
def test_says_none_for_what_is_not_a_duration(text: str) -> None:
    assert parse_duration(text) is None


def test_a_bare_number_takes_the_fields_unit() -> None:
    assert parse_duration("90", default_unit="s") == 90
    assert parse_duration("90") == 5400


@pytest.mark.parametrize("seconds", [10, 45, 60, 90, 120, 135, 3600])
def test_what_is_shown_reads_back(seconds: int) -> None:
    assert parse_duration(short_duration_text(seconds)) == seconds


def test_whole_minutes_show_as_minutes_others_as_a_clock() -> None:
    assert short_duration_text(120) == "2\u00a0min"
    assert short_duration_text(90) == "1:30"
    assert short_duration_text(45) == "0:45"

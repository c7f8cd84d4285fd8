"""Fit to total time: proportional, whole minutes, minimums, pins, exact sums, clear refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codev_app.core.errors import InvalidDuration, UnknownPhase
from codev_app.core.scaling import FitResult, InfeasibleFit, fit_to_total
from codev_app.core.template import LocalizedText, Phase, load_template
from codev_app.resources_path import resource_dir

CLASSIC = load_template(resource_dir("templates", "classic.toml")).template.phases
CLASSIC_MINUTES = [15, 15, 15, 5, 30, 15, 15]  # opening … learnings


def phases(*minutes: float) -> list[Phase]:
    return [
        Phase(id=f"p{index}", name=LocalizedText.of(f"P{index}"), planned_seconds=round(m * 60))
        for index, m in enumerate(minutes, start=1)
    ]


def after_minutes(result: FitResult) -> list[float]:
    return [change.after_seconds / 60 for change in result.changes]


def test_the_classic_plan_is_what_these_tests_assume() -> None:
    assert [phase.planned_seconds // 60 for phase in CLASSIC] == CLASSIC_MINUTES


@pytest.mark.parametrize("total_minutes", [10, 30, 45, 60, 89, 90, 110, 137, 150, 240, 600])
def test_the_sum_equals_the_target_in_whole_minutes(total_minutes: int) -> None:
    result = fit_to_total(CLASSIC, total_minutes * 60)
    assert result.total_after_seconds == total_minutes * 60
    assert result.exact
    assert all(phase.planned_seconds % 60 == 0 for phase in result.phases)
    assert all(phase.planned_seconds >= 60 for phase in result.phases)


def test_unchanged_total_changes_nothing() -> None:
    result = fit_to_total(CLASSIC, 110 * 60)
    assert [change.delta_seconds for change in result.changes] == [0] * 7
    assert result.phases == tuple(CLASSIC)


def test_scaling_is_proportional() -> None:
    doubled = fit_to_total(CLASSIC, 220 * 60)
    assert after_minutes(doubled) == [30, 30, 30, 10, 60, 30, 30]


def test_largest_remainders_get_the_leftover_minutes() -> None:
    # 10/10/10 minutes to 20: each exactly 6 2/3, floors 6+6+6 = 18, two minutes left.
    assert after_minutes(fit_to_total(phases(10, 10, 10), 20 * 60)) == [7, 7, 6]
    # 10/20/30 to 50: exact 8 1/3, 16 2/3, 25 -> floors 8, 16, 25 = 49; 16 2/3 has the larger part.
    assert after_minutes(fit_to_total(phases(10, 20, 30), 50 * 60)) == [8, 17, 25]
    # Halves of classic: 7.5 ×5, 2.5, 15; floors sum to 52, the three earliest 7.5 get a minute.
    assert after_minutes(fit_to_total(CLASSIC, 55 * 60)) == [8, 8, 8, 2, 15, 7, 7]


def test_no_phase_falls_below_the_minimum_and_the_others_share_the_rest() -> None:
    result = fit_to_total(CLASSIC, 30 * 60, minimum_seconds=3 * 60)
    assert after_minutes(result) == [4, 4, 4, 3, 7, 4, 4]
    result = fit_to_total(phases(1, 100), 20 * 60, minimum_seconds=5 * 60)
    assert after_minutes(result) == [5, 15]


def test_a_minimum_in_odd_seconds_rounds_up_to_a_whole_minute() -> None:
    result = fit_to_total(phases(1, 100), 20 * 60, minimum_seconds=150)
    assert after_minutes(result) == [3, 17]


def test_no_phase_rises_above_240_minutes() -> None:
    result = fit_to_total(phases(10, 100), 400 * 60)
    assert after_minutes(result) == [160, 240]


def test_pinned_phases_are_left_alone() -> None:
    result = fit_to_total(CLASSIC, 60 * 60, pinned={"contract", "consultation"})
    minutes = after_minutes(result)
    assert minutes[3] == 5 and minutes[4] == 30
    assert sum(minutes) == 60
    assert [change.pinned for change in result.changes] == [
        False,
        False,
        False,
        True,
        True,
        False,
        False,
    ]


def test_result_lists_before_and_after_for_each_phase_in_order() -> None:
    result = fit_to_total(CLASSIC, 90 * 60, pinned={"contract"})
    assert [change.phase_id for change in result.changes] == [phase.id for phase in CLASSIC]
    assert [change.before_seconds for change in result.changes] == [m * 60 for m in CLASSIC_MINUTES]
    assert result.total_before_seconds == 110 * 60
    assert result.total_after_seconds == result.target_seconds == 90 * 60
    assert [c.after_seconds for c in result.changes] == [p.planned_seconds for p in result.phases]
    assert result.changes[0].name.get("fr") == "Ouverture"
    assert result.changes[0].delta_seconds == result.changes[0].after_seconds - 15 * 60


def test_phases_keep_everything_but_their_duration() -> None:
    result = fit_to_total(CLASSIC, 60 * 60)
    for before, after in zip(CLASSIC, result.phases, strict=True):
        assert after.rules == before.rules
        assert after.fills == before.fills
        assert after.speakers == before.speakers


def test_pinned_phases_with_odd_seconds_give_the_nearest_total() -> None:
    result = fit_to_total(phases(1.5, 10, 10), 20 * 60 + 45, pinned={"p1"})
    assert result.phases[0].planned_seconds == 90
    assert result.total_after_seconds == 90 + 19 * 60  # 19 min 15 s left, rounded to 19 min
    assert not result.exact


def test_too_short_a_target_is_refused_with_what_would_work() -> None:
    with pytest.raises(InfeasibleFit) as caught:
        fit_to_total(CLASSIC, 15 * 60, minimum_seconds=2 * 60, pinned={"consultation"})
    assert str(caught.value) == (
        "15 min is too short: the pinned phases take 30 min and each other phase needs at least "
        "2 min; choose at least 42 min"
    )
    assert caught.value.lowest_seconds == 42 * 60
    assert caught.value.highest_seconds == (30 + 6 * 240) * 60


def test_too_long_a_target_is_refused() -> None:
    with pytest.raises(InfeasibleFit) as caught:
        fit_to_total(phases(10, 10), 481 * 60)
    assert str(caught.value) == (
        "481 min is too long: no phase may last more than 240 min; choose at most 480 min"
    )
    assert isinstance(caught.value, InvalidDuration)


def test_every_phase_pinned() -> None:
    plan = phases(10, 20)
    assert fit_to_total(plan, 30 * 60, pinned={"p1", "p2"}).phases == tuple(plan)
    with pytest.raises(InfeasibleFit) as caught:
        fit_to_total(plan, 40 * 60, pinned={"p1", "p2"})
    assert str(caught.value) == (
        "every phase is pinned: the plan lasts 30 min; unpin a phase to change the total"
    )
    assert caught.value.lowest_seconds == caught.value.highest_seconds == 30 * 60


def test_refusals_for_nonsense_input() -> None:
    with pytest.raises(InfeasibleFit, match="no phase"):
        fit_to_total([], 600)
    with pytest.raises(InvalidDuration, match="must be positive"):
        fit_to_total(CLASSIC, 0)
    with pytest.raises(InvalidDuration, match="minimum phase duration"):
        fit_to_total(CLASSIC, 3600, minimum_seconds=0)
    with pytest.raises(UnknownPhase, match="no phase 'coffee'"):
        fit_to_total(CLASSIC, 3600, pinned={"coffee"})


@settings(max_examples=300, deadline=None)
@given(
    minutes=st.lists(st.integers(min_value=1, max_value=240), min_size=1, max_size=12),
    pin_mask=st.lists(st.booleans(), min_size=12, max_size=12),
    target_minutes=st.integers(min_value=1, max_value=3000),
    minimum_minutes=st.integers(min_value=1, max_value=30),
)
def test_any_plan_fits_exactly_or_is_refused_clearly(
    minutes: list[int], pin_mask: list[bool], target_minutes: int, minimum_minutes: int
) -> None:
    plan = phases(*minutes)
    pinned = {phase.id for phase, pin in zip(plan, pin_mask, strict=False) if pin}
    try:
        result = fit_to_total(
            plan, target_minutes * 60, minimum_seconds=minimum_minutes * 60, pinned=pinned
        )
    except InfeasibleFit as error:
        assert str(error)
        assert not error.lowest_seconds <= target_minutes * 60 <= error.highest_seconds
        return
    assert result.total_after_seconds == target_minutes * 60
    for before, change in zip(plan, result.changes, strict=True):
        if before.id in pinned:
            assert change.after_seconds == before.planned_seconds
        else:
            assert change.after_seconds % 60 == 0
            assert minimum_minutes * 60 <= change.after_seconds <= 240 * 60
    # Proportional: between two free phases, a longer one never ends up shorter (beyond rounding).
    free = [
        (b.planned_seconds, c.after_seconds)
        for b, c in zip(plan, result.changes, strict=True)
        if not c.pinned
    ]
    for before_a, after_a in free:
        for before_b, after_b in free:
            if before_a > before_b:
                assert after_a >= after_b - 60

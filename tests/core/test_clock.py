"""The clocks the engine reads: real monotonic time, and a fake one tests move by hand."""

from __future__ import annotations

import math

import pytest

from codev_app.core.clock import AcceleratedClock, Clock, FakeClock, MonotonicClock


def test_fake_clock_starts_where_told_and_moves_only_when_told() -> None:
    clock = FakeClock(12.5)
    assert clock.now() == 12.5
    assert clock.now() == 12.5
    assert clock.advance(7.5) == 20.0
    assert clock.now() == 20.0
    clock.set(100)
    assert clock.now() == 100.0
    assert isinstance(clock.now(), float)


def test_fake_clock_defaults_to_zero() -> None:
    assert FakeClock().now() == 0.0


@pytest.mark.parametrize("seconds", [-0.001, -60])
def test_fake_clock_refuses_to_go_back_by_advance(seconds: float) -> None:
    clock = FakeClock(10)
    with pytest.raises(ValueError, match="cannot go back"):
        clock.advance(seconds)
    assert clock.now() == 10


def test_fake_clock_refuses_to_go_back_by_set_but_may_stay() -> None:
    clock = FakeClock(10)
    with pytest.raises(ValueError, match="cannot go back"):
        clock.set(9.99)
    clock.set(10)
    assert clock.now() == 10


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, "3", True])
def test_fake_clock_refuses_non_numbers(value: object) -> None:
    with pytest.raises(ValueError, match="finite number"):
        FakeClock(value)  # type: ignore[arg-type]
    clock = FakeClock()
    with pytest.raises(ValueError, match="finite number"):
        clock.advance(value)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite number"):
        clock.set(value)  # type: ignore[arg-type]
    assert clock.now() == 0


def test_monotonic_clock_never_goes_back() -> None:
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(1000)]
    assert readings == sorted(readings)
    assert all(isinstance(value, float) for value in readings)


def test_both_clocks_satisfy_the_protocol() -> None:
    assert isinstance(MonotonicClock(), Clock)
    assert isinstance(FakeClock(), Clock)
    assert not isinstance(object(), Clock)


def test_accelerated_clock_starts_at_its_base_and_runs_factor_times_faster() -> None:
    base = FakeClock(1000)
    clock = AcceleratedClock(base, 22)
    assert isinstance(clock, Clock)
    assert clock.now() == 1000
    base.advance(10)
    assert clock.now() == pytest.approx(1220)
    base.advance(0.5)
    assert clock.now() == pytest.approx(1231)


def test_accelerated_clock_changes_speed_without_a_jump() -> None:
    base = FakeClock()
    clock = AcceleratedClock(base, 10)
    base.advance(3)
    before = clock.now()
    clock.set_factor(1)
    assert clock.now() == pytest.approx(before) == pytest.approx(30)
    base.advance(3)
    assert clock.now() == pytest.approx(33)
    clock.set_factor(60)
    base.advance(1)
    assert clock.now() == pytest.approx(93)
    assert clock.factor == 60


@pytest.mark.parametrize("factor", [0, -2, math.inf, math.nan, True])
def test_accelerated_clock_refuses_a_speed_that_is_not_forward(factor: float) -> None:
    with pytest.raises(ValueError, match="factor"):
        AcceleratedClock(FakeClock(), factor)
    clock = AcceleratedClock(FakeClock(), 5)
    with pytest.raises(ValueError, match="factor"):
        clock.set_factor(factor)
    assert clock.factor == 5


def test_accelerated_clock_on_the_real_clock_moves_faster_than_it() -> None:
    real = MonotonicClock()
    clock = AcceleratedClock(real, 50)
    start_real, start = real.now(), clock.now()
    deadline = start_real + 0.02
    while real.now() < deadline:
        pass
    real_elapsed = real.now() - start_real  # read before the accelerated clock: a lower bound
    assert clock.now() - start >= 50 * real_elapsed - 1e-9
    assert real_elapsed >= 0.02

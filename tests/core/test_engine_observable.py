"""The tiny observer the live session, the roster and the record announce changes with."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from codev_app.core import events
from codev_app.core.events import Observable


def test_subscribers_receive_each_value_in_subscription_order() -> None:
    observable: Observable[int] = Observable("numbers")
    calls: list[tuple[str, int]] = []
    observable.subscribe(lambda value: calls.append(("a", value)))
    observable.subscribe(lambda value: calls.append(("b", value)))
    observable.emit(1)
    observable.emit(2)
    assert calls == [("a", 1), ("b", 1), ("a", 2), ("b", 2)]
    assert len(observable) == 2


def test_emit_without_subscribers_does_nothing() -> None:
    observable: Observable[str] = Observable()
    observable.emit("nobody listens")
    assert len(observable) == 0


def test_unsubscribe_stops_only_that_subscription_and_is_idempotent() -> None:
    observable: Observable[int] = Observable()
    seen: list[int] = []
    first = observable.subscribe(seen.append)
    observable.subscribe(seen.append)  # the same callback twice: two subscriptions
    observable.emit(1)
    first()
    first()
    observable.emit(2)
    assert seen == [1, 1, 2]
    assert len(observable) == 1


@pytest.mark.logs_errors
def test_a_failing_subscriber_is_logged_reported_and_does_not_stop_the_others(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    observable: Observable[int] = Observable("session.changed")
    seen: list[int] = []
    reported: list[tuple[str, str]] = []
    monkeypatch.setattr(events, "failure_reporters", [lambda n, e: reported.append((n, str(e)))])

    def broken(value: int) -> None:
        raise RuntimeError(f"broken view {value}")

    observable.subscribe(broken)
    observable.subscribe(seen.append)
    with caplog.at_level(logging.ERROR, logger="codev_app.core.events"):
        observable.emit(7)
    assert seen == [7]
    assert reported == [("session.changed", "broken view 7")]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert "session.changed" in errors[0].getMessage()
    assert errors[0].exc_info is not None
    assert "broken view 7" in caplog.text


@pytest.mark.logs_errors
def test_a_failing_failure_reporter_is_logged_and_the_others_still_run(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    observable: Observable[int] = Observable("numbers")
    reported: list[str] = []

    def broken_reporter(name: str, error: BaseException) -> None:
        raise OSError("no screen")

    monkeypatch.setattr(
        events, "failure_reporters", [broken_reporter, lambda n, e: reported.append(n)]
    )
    observable.subscribe(lambda value: 1 / 0)
    with caplog.at_level(logging.ERROR, logger="codev_app.core.events"):
        observable.emit(1)
    assert reported == ["numbers"]
    assert "reporting a failed subscriber failed" in caplog.text


def test_a_value_emitted_during_an_emission_waits_until_everyone_has_the_current_one() -> None:
    observable: Observable[int] = Observable()
    calls: list[tuple[str, int]] = []

    def first(value: int) -> None:
        calls.append(("first", value))
        if value == 1:
            observable.emit(2)  # a view that reacts by changing something again

    observable.subscribe(first)
    observable.subscribe(lambda value: calls.append(("second", value)))
    observable.emit(1)
    assert calls == [("first", 1), ("second", 1), ("first", 2), ("second", 2)]
    observable.emit(3)  # and the observable is ready for the next one
    assert calls[-2:] == [("first", 3), ("second", 3)]


def test_subscribing_during_an_emission_takes_effect_from_the_next_one() -> None:
    observable: Observable[int] = Observable()
    late: list[int] = []

    def subscribe_late(value: int) -> None:
        if value == 1:
            observable.subscribe(late.append)

    observable.subscribe(subscribe_late)
    observable.emit(1)
    observable.emit(2)
    assert late == [2]


def test_unsubscribing_during_an_emission_skips_the_removed_subscriber() -> None:
    observable: Observable[int] = Observable()
    seen: list[str] = []
    to_remove: list[Callable[[], None]] = []

    def first(value: int) -> None:
        seen.append("first")
        to_remove[0]()

    observable.subscribe(first)
    to_remove.append(observable.subscribe(lambda value: seen.append("second")))
    observable.emit(1)
    assert seen == ["first"]
    assert len(observable) == 1

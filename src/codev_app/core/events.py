"""A tiny typed observer: the core announces changes, the UI (or any module) listens.

Usage::

    changed: Observable[EngineEvent] = Observable("engine.changed")
    unsubscribe = changed.subscribe(window.on_engine_changed)
    changed.emit(event)   # calls every subscriber in subscription order
    unsubscribe()         # idempotent

Subscribers are held strongly: whoever subscribes must call the returned ``unsubscribe`` when it
goes away (a Qt widget does it on ``destroyed``). A subscriber that raises is logged and skipped, so
one broken view can never stop the others from being told, nor abort the command that emitted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
Unsubscribe = Callable[[], None]

_log = logging.getLogger(__name__)


class _Subscription(Generic[T]):
    """One registration; distinct objects so the same callback may be subscribed twice."""

    __slots__ = ("callback",)

    def __init__(self, callback: Callable[[T], object]) -> None:
        self.callback = callback


class Observable(Generic[T]):
    """A list of callbacks to call with each emitted value."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._subscriptions: list[_Subscription[T]] = []

    def subscribe(self, callback: Callable[[T], object]) -> Unsubscribe:
        """Call ``callback(value)`` on every later :meth:`emit`; returns a function to stop it."""
        subscription = _Subscription(callback)
        self._subscriptions.append(subscription)

        def unsubscribe() -> None:
            # Idempotent: closing a window twice must not raise.
            if subscription in self._subscriptions:
                self._subscriptions.remove(subscription)

        return unsubscribe

    def emit(self, value: T) -> None:
        """Call every current subscriber with ``value``, in subscription order.

        Subscribers added during the emission are called from the next one on; subscribers removed
        during the emission are not called any more.
        """
        for subscription in tuple(self._subscriptions):
            if subscription not in self._subscriptions:
                continue
            try:
                subscription.callback(value)
            except Exception:
                _log.exception(
                    "subscriber %r of %s failed", subscription.callback, self.name or "observable"
                )

    def __len__(self) -> int:
        """How many subscriptions are active."""
        return len(self._subscriptions)

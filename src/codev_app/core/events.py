"""A tiny typed observer: the core announces changes, the UI (or any module) listens.

Usage::

    changed: Observable[EngineEvent] = Observable("engine.changed")
    unsubscribe = changed.subscribe(window.on_engine_changed)
    changed.emit(event)   # calls every subscriber in subscription order
    unsubscribe()         # idempotent

Subscribers are held strongly: whoever subscribes must call the returned ``unsubscribe`` when it
goes away (a Qt widget does it on ``destroyed``).

A subscriber that raises never stops the others from being told, nor undoes the command that
emitted — and is never silent: the error is logged with its traceback and handed to every
function in :data:`failure_reporters` (the app shows a calm notice; tests fail on any logged error).
A value emitted by a subscriber while an emission is under way (a view that applies a command when
told of a change) is delivered after the current one has reached everyone, so every subscriber
sees the changes in the order they happened.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
Unsubscribe = Callable[[], None]

_log = logging.getLogger(__name__)

failure_reporters: list[Callable[[str, BaseException], object]] = []
"""Called with the observable's name and the error whenever a subscriber raises."""


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
        self._pending: deque[T] = deque()
        self._emitting = False

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
        self._pending.append(value)
        if self._emitting:
            return
        self._emitting = True
        try:
            while self._pending:
                self._deliver(self._pending.popleft())
        finally:
            self._emitting = False

    def _deliver(self, value: T) -> None:
        for subscription in tuple(self._subscriptions):
            if subscription not in self._subscriptions:
                continue
            try:
                subscription.callback(value)
            except Exception as error:
                name = self.name or "observable"
                _log.error("subscriber %r of %s failed", subscription.callback, name, exc_info=True)
                for report in tuple(failure_reporters):
                    try:
                        report(name, error)
                    except Exception:
                        _log.error("reporting a failed subscriber failed", exc_info=True)

    def __len__(self) -> int:
        """How many subscriptions are active."""
        return len(self._subscriptions)

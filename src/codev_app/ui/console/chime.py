"""Soft chimes at the gentle warning and at the end of a phase.

QtMultimedia is imported only when the first chime is due: it is slow to load and needs
PySide6-Addons and the PulseAudio client library. A machine without them, or without a sound
device, simply stays silent: the failure is logged once and nothing else happens. Tests inject
their own :class:`ChimePlayer`.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any, Protocol

from codev_app.resources_path import resource_dir

_log = logging.getLogger(__name__)


class Chime(StrEnum):
    """Which chime to ring."""

    WARNING = "warning"
    END = "end"


class ChimePlayer(Protocol):
    """Something that can ring a chime."""

    def play(self, chime: Chime) -> None:
        """Ring ``chime`` now (never raises)."""
        ...


class SilentChime:
    """Rings nothing (used when sound is unavailable, and handy in screenshots)."""

    def play(self, chime: Chime) -> None:
        """Do nothing."""


class SoundChime:
    """Plays ``resources/sounds/chime-<kind>.wav`` with QSoundEffect, at a volume of 0–100."""

    def __init__(self, volume: int = 70) -> None:
        self._volume = max(0, min(100, volume))
        self._effects: dict[Chime, Any] | None = None
        self._broken = False

    @property
    def available(self) -> bool:
        """False once loading the sound system failed (then every chime is silent)."""
        return not self._broken

    def set_volume(self, volume: int) -> None:
        """Volume from 0 to 100."""
        self._volume = max(0, min(100, volume))
        for effect in (self._effects or {}).values():
            effect.setVolume(self._volume / 100)

    def prepare(self) -> None:
        """Load the sounds now (a few seconds into a session, long before the first chime)."""
        if self._broken:
            return
        try:
            self._load()
        except Exception as error:  # no sound must ever break a session
            self._give_up(f"{type(error).__name__}: {error}")

    def play(self, chime: Chime) -> None:
        """Ring ``chime``; any failure is logged once and the chime stays silent."""
        if self._broken or self._volume == 0:
            return
        try:
            effects = self._load()
            effect = effects[chime]
            if _is_error(effect):
                self._give_up("the sound device refused the chime")
                return
            effect.play()
        except Exception as error:  # no sound must ever break a session
            self._give_up(f"{type(error).__name__}: {error}")

    def _load(self) -> dict[Chime, Any]:
        if self._effects is None:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            effects: dict[Chime, Any] = {}
            for chime in Chime:
                effect = QSoundEffect()
                effect.setSource(
                    QUrl.fromLocalFile(str(resource_dir("sounds", f"chime-{chime.value}.wav")))
                )
                effect.setVolume(self._volume / 100)
                # Loading is asynchronous: a sound device that refuses the file says so later.
                effect.statusChanged.connect(lambda effect=effect: self._check(effect))
                effects[chime] = effect
            self._effects = effects
        return self._effects

    def _check(self, effect: Any) -> None:
        if _is_error(effect):
            self._give_up("the sound device cannot play the chime")

    def _give_up(self, reason: str) -> None:
        if not self._broken:
            _log.warning("Chimes are silent: %s", reason)
        self._broken = True


def _is_error(effect: Any) -> bool:
    from PySide6.QtMultimedia import QSoundEffect

    return bool(effect.status() == QSoundEffect.Status.Error)

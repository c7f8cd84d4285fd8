"""Soft chimes at the gentle warning and at the end of a phase.

A chime must not cost a multimedia stack: QtMultimedia takes ~18 MiB and a second to load. The
chime is a short WAV file handed to the system's own player (``paplay``, ``pw-play`` or
``aplay``), run as a separate process that exits when the sound is over; its volume is applied
to the samples once, into a copy in Codev's cache folder. Only on a machine with none of these
players is QtMultimedia loaded, at the first chime. A machine without a sound system, or without a
sound device, simply stays silent: the failure is logged once and nothing else happens. Tests
inject their own :class:`ChimePlayer`.
"""

from __future__ import annotations

import array
import io
import logging
import os
import shutil
import subprocess
import sys
import threading
import wave
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from codev_app.resources_path import resource_dir

_log = logging.getLogger(__name__)

#: Players tried in this order; each takes a WAV file as its only argument.
PLAYERS = ("paplay", "pw-play", "aplay")


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
    """Plays ``resources/sounds/chime-<kind>.wav`` at a volume of 0–100 with the first of
    :data:`PLAYERS` found on the ``PATH`` (``players`` overrides), else with QSoundEffect."""

    def __init__(self, volume: int = 70, *, players: tuple[str, ...] = PLAYERS) -> None:
        self._volume = max(0, min(100, volume))
        self._players = players
        self._command: list[str] | None = None
        self._effects: dict[Chime, Any] | None = None
        self._running: list[subprocess.Popen[bytes]] = []
        self._broken = False

    @property
    def available(self) -> bool:
        """False once playing failed (then every chime is silent)."""
        return not self._broken

    def set_volume(self, volume: int) -> None:
        """Volume from 0 to 100."""
        self._volume = max(0, min(100, volume))
        for effect in (self._effects or {}).values():
            effect.setVolume(self._volume / 100)

    def prepare(self) -> None:
        """Find the player and write the chimes at the current volume, on a worker thread (a few
        seconds into a session, long before the first chime); loads no multimedia library."""
        if self._broken or self._volume == 0 or self._player() is None:
            return
        volume = self._volume
        # ~40 ms of sample arithmetic per chime: kept off the GUI thread.
        threading.Thread(target=self._write_files, args=(volume,), daemon=True).start()

    def _write_files(self, volume: int) -> None:
        try:
            for chime in Chime:
                _scaled_file(chime, volume)
        except Exception as error:  # no sound must ever break a session
            self._give_up(f"{type(error).__name__}: {error}")

    def play(self, chime: Chime) -> None:
        """Ring ``chime``; any failure is logged once and the chime stays silent."""
        if self._broken or self._volume == 0:
            return
        try:
            self._reap()
            if self._broken:
                return
            command = self._player()
            if command is not None:
                path = _scaled_file(chime, self._volume)
                self._running.append(
                    subprocess.Popen(
                        [*command, str(path)],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                )
                return
            effect = self._qt_effects()[chime]
            if _is_error(effect):
                self._give_up("the sound device refused the chime")
                return
            effect.play()
        except Exception as error:  # no sound must ever break a session
            self._give_up(f"{type(error).__name__}: {error}")

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for the chimes still playing to end (and note a player that failed)."""
        for process in self._running:
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._reap()

    def _player(self) -> list[str] | None:
        if self._command is None:
            for name in self._players:
                found = shutil.which(name)
                if found:
                    self._command = [found]
                    break
            else:
                self._command = []
        return self._command or None

    def _reap(self) -> None:
        """Forget the players that have finished; one that failed means there is no sound."""
        running = []
        for process in self._running:
            status = process.poll()
            if status is None:
                running.append(process)
            elif status != 0:
                player = Path((self._command or ["the player"])[0]).name
                self._give_up(f"{player} exited with status {status}")
        self._running = running

    def _qt_effects(self) -> dict[Chime, Any]:
        if self._effects is None:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            effects: dict[Chime, Any] = {}
            for chime in Chime:
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(_source(chime))))
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


def _source(chime: Chime) -> Path:
    return resource_dir("sounds", f"chime-{chime.value}.wav")


def _scaled_file(chime: Chime, volume: int) -> Path:
    """The chime at ``volume`` (0–100) as a WAV file in the cache folder, written once."""
    from codev_app import paths

    folder = paths.ensure_private_dir(paths.cache_dir() / "chimes")
    target = folder / f"chime-{chime.value}-{volume}.wav"
    if not target.is_file():
        temporary = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}")
        temporary.write_bytes(scaled_wav(_source(chime).read_bytes(), volume / 100))
        os.replace(temporary, target)
    return target


def scaled_wav(data: bytes, factor: float) -> bytes:
    """A 16-bit PCM WAV file with every sample multiplied by ``factor`` (0 to 1)."""
    with wave.open(io.BytesIO(data)) as source:
        if source.getsampwidth() != 2:
            raise ValueError("the chime must be 16-bit PCM")
        params = source.getparams()
        samples = array.array("h", source.readframes(source.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array.array("h", (int(sample * factor) for sample in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    output = io.BytesIO()
    with wave.open(output, "wb") as target:
        target.setparams(params)
        target.writeframes(scaled.tobytes())
    return output.getvalue()


def _is_error(effect: Any) -> bool:
    from PySide6.QtMultimedia import QSoundEffect

    return bool(effect.status() == QSoundEffect.Status.Error)

"""What the app remembers between runs (the last window layout, the last participants…)."""

from __future__ import annotations

from codev_app.storage.shared import SharedConnection


class AppState:
    """Text values under keys, in the store's ``app_state`` table."""

    def __init__(self, shared: SharedConnection) -> None:
        self._shared = shared

    def get(self, key: str) -> str | None:
        """The value remembered under ``key``, or None."""
        with self._shared.read() as connection:
            row = connection.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str | None) -> None:
        """Remember ``value`` under ``key``; None forgets the key."""
        with self._shared.write() as connection:
            if value is None:
                connection.execute("DELETE FROM app_state WHERE key = ?", (key,))
            else:
                connection.execute(
                    "INSERT INTO app_state (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

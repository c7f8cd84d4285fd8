"""The session record in the app: note panels, autosave wiring, crash recovery, saving banners."""

"""Help inside the app: the co-development method page (Help menu, Shift+F1, F1 where no key
list exists), in French and English. F1 keeps listing the keys (main window and console)."""

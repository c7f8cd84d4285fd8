"""Codev's bundled resources (templates, translations, fonts, icons, sounds), read by path."""

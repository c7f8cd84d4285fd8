"""Codev: a facilitator's companion for co-development peer sessions."""

__version__ = "0.1.0"

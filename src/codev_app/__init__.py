"""Codev: a facilitator's companion for co-development peer sessions."""

"""The wrap-up at the end of a session: approval, previews, who receives what, send or drafts."""

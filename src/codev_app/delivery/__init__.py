"""Sending participants' copies: by e-mail (SMTP on the asyncio loop) or as drafts.

- :mod:`~codev_app.delivery.mail_settings` — the SMTP server, kept in the config folder; the
  password in the OS keyring (:mod:`~codev_app.delivery.passwords`), never in a file;
- :mod:`~codev_app.delivery.recipients` — who receives what (attendees with an address);
- :mod:`~codev_app.delivery.messages` — one :class:`email.message.EmailMessage` per recipient;
- :mod:`~codev_app.delivery.drafts` — ``.eml`` drafts (``X-Unsent: 1``) for any mail program;
- :mod:`~codev_app.delivery.smtp` — aiosmtplib, failures in words;
- :mod:`~codev_app.delivery.outbox` — the loop that sends each one once, state kept in storage.

No Qt and no UI here: documents are rendered by a function the caller passes.
"""

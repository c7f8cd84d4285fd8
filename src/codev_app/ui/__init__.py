"""The Qt windows and widgets. They observe the core and send it commands; they hold no rules."""

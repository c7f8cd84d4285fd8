"""Peer support between sessions: a group's requests, matching, listening times and relaunch.

Opened from the groups window ("Requests and listening…"); the window is in
:mod:`codev_app.ui.support.window`, its availability tab in
:mod:`codev_app.ui.support.availability`.
"""

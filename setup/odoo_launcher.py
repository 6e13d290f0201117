#!/usr/bin/env python3
"""Odoo's command line as a script, for the production server.

The prefork server (workers > 0) starts its websocket process by running
``sys.argv[0] gevent ...`` again: with ``python3 -m odoo`` that would run
odoo/__main__.py as a script, whose folder (holding http.py...) then shadows
the standard library.  This launcher lives outside the odoo package.
"""

import sys


def _gevent_plugins_without_requirement_check():
    """gevent loads its monkey-patch plugins through pkg_resources, which
    checks the plugins' requirements; an old setuptools (65) cannot find
    zope.interface >= 7 (installed as zope_interface-*.dist-info) and gevent
    then refuses to start.  Load the plugins without that check."""
    try:
        from gevent import events
    except ImportError:
        return

    def notify_and_call_entry_points(event):
        events.notify(event)
        for plugin in events.iter_entry_points(event.ENTRY_POINT_NAME):
            plugin.resolve()(event)

    events.notify_and_call_entry_points = notify_and_call_entry_points


if sys.argv[1:2] == ["gevent"]:
    _gevent_plugins_without_requirement_check()

import odoo  # noqa: E402  (handles the "gevent" argument on import)

if __name__ == "__main__":
    odoo.cli.main()

"""Kiosk mode: a touch screen in a community center, shared by strangers, that forgets every visitor.

- ``center_file``: the center's TOML file (names, logo, idle times, PIN hash, printing, keyboard, pages).
- ``admin_pin``: the scrypt PIN hash and the growing delay after wrong tries.
- ``idle_watcher``: one application-wide event filter; idle after the center's seconds of no input.
- ``visitor_reset``: forgetting a visitor: fresh session and widgets, clipboard, dialogs, keyboard data, speech.
- ``kiosk_frame``: the full-screen, frameless window holding the start screen, the visitor's window and overlays.
- ``start_screen``, ``countdown``, ``pin_pad``, ``qr_handover``: what the visitor (or the staff) sees.
- ``printing_policy``: print straight to the center's printer, or not at all; never a dialog.
- ``on_screen_keyboard``: Qt Virtual Keyboard, with its learned words in a folder of the visit's own.
- ``assembly``: builds it all once, from ``qiao --kiosk --center FILE``.
"""

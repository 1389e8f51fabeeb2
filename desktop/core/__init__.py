"""Qiao's plain-Python core: content access, search, session state, user data, formatting. No Qt here."""

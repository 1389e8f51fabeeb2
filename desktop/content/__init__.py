"""Reading, validating and building Qiao's content. No Qt here."""

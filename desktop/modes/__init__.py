"""Ways of using Qiao layered on the same pages: the classroom's presenter (and a kiosk's visits)."""

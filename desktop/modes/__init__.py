"""Ways of using Qiao layered on the same pages: a kiosk in a community center, a classroom's projector."""

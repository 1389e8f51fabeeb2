"""Settings layered on the same UI: a kiosk in a community center, a classroom's projector."""

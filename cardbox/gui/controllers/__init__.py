"""Logic beside the views that can be tested without a window (no Qt imports here)."""

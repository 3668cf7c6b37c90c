"""Scanning: photos of business cards to parsed, confidence-scored draft contacts."""

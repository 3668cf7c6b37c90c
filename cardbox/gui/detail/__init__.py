"""The detail pane: one contact, editable, with where each value came from."""

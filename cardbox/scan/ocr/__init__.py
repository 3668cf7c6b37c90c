"""OCR engines behind one engine-neutral result type (see `types`)."""

"""The PySide6 desktop app. The only package of cardbox that imports Qt."""

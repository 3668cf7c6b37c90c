"""The PySide6 desktop app. The only package of cardbox that imports Qt."""

from cardbox.gui import pyside_fix

# Before any widget exists: PySide6 6.12.0 on Python 3.11 loses references to None/True.
pyside_fix.apply()

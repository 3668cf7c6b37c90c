"""The first-run screen: try the demo tarjetero, or start with an empty one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

DEMO = "demo"
EMPTY = "empty"


class FirstRunDialog(QDialog):
    """`choice` is DEMO or EMPTY after exec()."""

    def __init__(self, demo_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.choice = EMPTY
        self.setWindowTitle(self.tr("Welcome to cardbox"))
        title = QLabel("<h2>" + self.tr("Welcome to cardbox") + "</h2>")
        text = QLabel(self.tr(
            "cardbox turns photos of business cards into contacts you can search, follow up and "
            "take to your phone. Everything stays on this computer.\n\n"
            "Would you like to look around a demo tarjetero with fictional people first?"
        ))
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo tarjetero"))
        self.demo_button.setEnabled(demo_available)
        self.demo_button.clicked.connect(lambda: self._pick(DEMO))
        self.empty_button = QPushButton(self.tr("Start with an empty tarjetero"))
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._pick(EMPTY))
        layout = QVBoxLayout(self)
        for w in (title, text, self.demo_button, self.empty_button):
            layout.addWidget(w)
        self.resize(520, 300)

    def _pick(self, choice: str) -> None:
        self.choice = choice
        self.accept()

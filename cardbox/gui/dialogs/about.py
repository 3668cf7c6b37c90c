"""Help ▸ About: version, the engines' versions, the licence."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def engine_versions() -> dict[str, str]:
    """cardbox, Python, Tesseract, OpenCV and Qt versions (never fails)."""
    try:
        from cardbox.cli.main import versions

        return versions()
    except Exception as exc:  # noqa: BLE001 - the About box must open whatever is missing
        return {"cardbox": f"? ({exc})"}


class AboutDialog(QDialog):
    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About cardbox"))
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(value)}</td></tr>"
            for name, value in engine_versions().items()
        )
        text = (
            f"<h2>cardbox {escape(version)}</h2>"
            f"<p>{escape(self.tr('Your offline tarjetero: business cards to trusted, searchable contacts.'))}</p>"
            f"<table>{rows}</table>"
            f"<p>{escape(self.tr('Free software under the GNU General Public License, version 3 or later.'))}</p>"
            f"<p>{escape(self.tr('Everything stays on this computer unless you set up sync.'))}</p>"
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

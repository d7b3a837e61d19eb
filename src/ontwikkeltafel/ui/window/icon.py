"""The app's icon."""

from PySide6.QtGui import QIcon

from ontwikkeltafel.paths import resources_dir


def app_icon() -> QIcon:
    """The app's icon, drawn from SVG at every size a screen asks for (sharp on high DPI)."""
    return QIcon(str(resources_dir() / "icons" / "ontwikkeltafel.svg"))

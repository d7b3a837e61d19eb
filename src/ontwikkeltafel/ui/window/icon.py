"""The app's icon: the PNGs drawn from its SVG (resources/icons/build_icons.py), every size."""

from PySide6.QtGui import QIcon

from ontwikkeltafel.paths import resources_dir


def app_icon() -> QIcon:
    """The app's icon at each size drawn (hicolor/<N>x<N>); the SVG if none were drawn.

    The drawn sizes need no SVG icon engine (a plugin the bundle may leave out), and each
    is sharp at its own size; Qt scales the nearest one for a size in between.
    """
    icons = resources_dir() / "icons"
    drawn = sorted((icons / "hicolor").glob("*/apps/ontwikkeltafel.png"))
    if not drawn:
        return QIcon(str(icons / "ontwikkeltafel.svg"))
    icon = QIcon()
    for path in drawn:
        icon.addFile(str(path))
    return icon

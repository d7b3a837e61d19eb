"""What the bundle carries besides Python modules: every data file the app reads at run time.

Used by ontwikkeltafel.spec (PyInstaller) and by tests/test_packaging.py. The files go where
the wheel puts them (``ontwikkeltafel/resources/...``, inside the bundle's ``_internal``), so
``paths.resources_dir()`` finds them the same way frozen (``sys._MEIPASS``) as installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
PACKAGE = ROOT / "src" / "ontwikkeltafel"
#: Inside the bundle, as in the wheel (pyproject.toml force-include).
PACKAGED = "ontwikkeltafel/resources"

#: Under resources/: (pattern, required) for each kind of file the app opens there.
RESOURCE_FILES = (
    ("demo/demo.json", True),  # `demo` and the first start's offer
    ("templates/ontwikkeltafel.docx", True),  # every Word report
    ("icons/ontwikkeltafel.svg", True),  # the window icon
    ("icons/hicolor/*/apps/ontwikkeltafel.png", False),  # the icon per size (issue 17, point 2)
)
#: Alembic reads the migrations as files (script location ``ontwikkeltafel.store:migrations``),
#: not as modules: their sources and the script template go in as data.
MIGRATION_FILES = ("*.py", "script.py.mako", "versions/*.py")
#: The user's manual (Help > Handleiding, F1) and its pictures, when the checkout has them.
MANUAL_FILES = ("docs/handleiding.md", "docs/screenshots/handleiding/*.png")
MANUAL_PACKAGED = "ontwikkeltafel"
#: Not read by the app: the Linux desktop file and AppStream metainfo, for whoever installs
#: the unpacked archive (README); the icons are in resources/icons/hicolor already.
DESKTOP_FILES = (
    ("packaging/linux/*.desktop", "share/applications"),
    ("packaging/linux/*.metainfo.xml", "share/metainfo"),
)
#: The app's translations, compiled from resources/translations/*.ts by lrelease.
TRANSLATIONS = RESOURCES / "translations"


class MissingDataFile(RuntimeError):
    """A data file the app needs is not in the checkout: the bundle would be broken."""


def data_files(compiled_translations: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every data file; raises if one is missing."""
    found: list[tuple[str, str]] = []
    for pattern, required in RESOURCE_FILES:
        found += _matches(RESOURCES, pattern, PACKAGED, required)
    migrations = PACKAGE / "store" / "migrations"
    for pattern in MIGRATION_FILES:
        found += _matches(migrations, pattern, "ontwikkeltafel/store/migrations", True)
    for pattern in MANUAL_FILES:
        found += _matches(ROOT, pattern, MANUAL_PACKAGED, False)
    found += _matches(compiled_translations, "*.qm", f"{PACKAGED}/translations", True)
    for pattern, folder in DESKTOP_FILES:
        found += [(source, folder) for source, _ in _matches(ROOT, pattern, folder, True)]
    return found


def _matches(base: Path, pattern: str, target: str, required: bool) -> list[tuple[str, str]]:
    files = sorted(path for path in base.glob(pattern) if path.is_file())
    if required and not files:
        raise MissingDataFile(f"no {pattern} under {base}")
    return [(str(path), str(Path(target, path.parent.relative_to(base)))) for path in files]


def lrelease() -> Path:
    """PySide6's lrelease (the build has PySide6 installed)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).parent / name
    if not tool.exists():
        raise MissingDataFile(f"lrelease not found at {tool}")
    return tool


def compile_translations(target: Path) -> Path:
    """Compile every resources/translations/*.ts afresh into ``target`` (never a stale .qm)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        raise MissingDataFile(f"no translations (*.ts) in {TRANSLATIONS}")
    for source in sources:
        qm = target / source.with_suffix(".qm").name
        command = [str(lrelease()), "-silent", str(source), "-qm", str(qm)]
        subprocess.run(command, check=True)
    return target


# What the analysis collects that the app never uses (the bundle's size: README).
#: Qt's own translations: only the app's languages, and only qtbase (the app loads qtbase_xx).
QT_TRANSLATIONS_KEPT = ("qtbase_nl.qm", "qtbase_en.qm")
#: Babel's locale data: the app formats dates and numbers in Dutch and English only.
BABEL_LOCALES_KEPT = ("root", "nl", "en")
#: matplotlib draws charts with Agg into PNGs: no toolbar images, sample data, Type 1 fonts.
MATPLOTLIB_DATA_DROPPED = (
    "images",
    "sample_data",
    "plot_directive",
    "fonts/afm",
    "fonts/pdfcorefonts",
)
#: Qt plugins for a desktop window: X11, Wayland, offscreen (CI) and minimal; no embedded
#: (eglfs, linuxfb, vnc, evdev input) platforms, and image formats the app never reads.
QT_PLUGINS_DROPPED = (
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "egldeviceintegrations/",
    "generic/",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
    "imageformats/libqwebp",
    "imageformats/libqicns",
)
#: Qt libraries only the dropped plugins need.
QT_LIBRARIES_DROPPED = ("libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport", "libQt6Network")
#: Modules left out of the analysis: the test and build tools, tkinter, Pillow's formats the
#: charts never write (AVIF, WebP: Pillow skips a plugin it cannot import) and its Tk bridge.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "importlinter",
    "grimp",
    "mypy",
    "ruff",
    "pypdf",
    "PyInstaller",
    "setuptools",
    "pip",
    "sqlalchemy.testing",
    "numpy.tests",
    "matplotlib.tests",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
)


def keep_data(dest: str) -> bool:
    """Whether a data file the analysis collected (its path in the bundle) goes in."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith("PySide6/") and "/translations/" in dest:  # Qt/translations on Linux
        return name in QT_TRANSLATIONS_KEPT
    if dest.startswith("babel/locale-data/"):
        return name.split(".")[0].split("_")[0] in BABEL_LOCALES_KEPT
    if dest.startswith("matplotlib/mpl-data/"):
        inside = dest.removeprefix("matplotlib/mpl-data/")
        return not any(inside.startswith(f"{part}/") for part in MATPLOTLIB_DATA_DROPPED)
    return True


def keep_binary(dest: str) -> bool:
    """Whether a binary the analysis collected (its path in the bundle) goes in."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "/plugins/" in dest:
        inside = dest.split("/plugins/", 1)[1]
        return not any(inside.startswith(part) for part in QT_PLUGINS_DROPPED)
    return not name.startswith(QT_LIBRARIES_DROPPED)

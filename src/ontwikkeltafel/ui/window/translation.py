"""Qt translators: the UI is Dutch at the source; English comes from ontwikkeltafel_en.qm."""

import logging
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from ontwikkeltafel.paths import APP_NAME, resources_dir
from ontwikkeltafel.ui.core.messages import LANGUAGE_PROPERTY, SOURCE_LANGUAGE
from ontwikkeltafel.ui.window.qt_texts import OwnQtTexts

log = logging.getLogger(__name__)
QT_TRANSLATIONS = "qtbase"  # Qt's own translations, per language: qtbase_nl.qm


def translations_dir() -> Path:
    """Where the .ts sources (checkout) and the compiled .qm files (build) live."""
    return resources_dir() / "translations"


def qm_file(lang: str) -> Path | None:
    """The compiled translation for ``lang``, made fresh from its .ts in a checkout if need be.

    The build writes the .qm (into the wheel, or next to the .ts for an editable install).
    In a checkout whose .ts was edited since, or that was never built, lrelease compiles
    it again into the user cache folder, so the app never shows stale texts.
    """
    built = translations_dir() / f"ontwikkeltafel_{lang}.qm"
    source = built.with_suffix(".ts")
    if not source.exists() or _fresh(built, source):
        return built if built.exists() else None
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / built.name
    if _fresh(cached, source):
        return cached
    return cached if _compile(source, cached) else (built if built.exists() else None)


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime


def _compile(source: Path, target: Path) -> bool:
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).parent / name
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [str(tool), "-silent", str(source), "-qm", str(target)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        log.exception("could not compile %s", source)
        return False
    return True


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Install the app's translator for ``lang`` (and Qt's own, if any).

    For Dutch, the app's own strings need none: Qt's qtbase translation is installed,
    so Qt's dialogs and standard buttons speak Dutch too, and over it the app's own Dutch
    for what Qt says inside its file dialog (:mod:`qt_texts`). Qt's translator is a child
    of the returned one; remove both with :func:`remove_translator`.
    """
    if lang == SOURCE_LANGUAGE:
        app.setProperty(LANGUAGE_PROPERTY, lang)
        own = OwnQtTexts(app)
        qt_translator = _qt_only(app, lang)
        if qt_translator is not None:
            qt_translator.setParent(own)  # removed with it
            own.qt_translator = qt_translator
        app.installTranslator(own)  # after Qt's: the app's own Dutch wins
        return own
    path = qm_file(lang)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("no translation for %r (looked for %s)", lang, path)
        translator.deleteLater()
        return None
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(translator)
    if qt_translator.load(f"{QT_TRANSLATIONS}_{lang}", qt_dir):
        app.installTranslator(qt_translator)
    app.installTranslator(translator)
    app.setProperty(LANGUAGE_PROPERTY, lang)
    return translator


def _qt_only(app: QApplication, lang: str) -> QTranslator | None:
    """Qt's own translation for ``lang`` alone (None when Qt ships none)."""
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt_translator.load(f"{QT_TRANSLATIONS}_{lang}", qt_dir):
        qt_translator.deleteLater()
        return None
    app.installTranslator(qt_translator)
    return qt_translator


def remove_translator(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Undo :func:`install_translator`."""
    app.setProperty(LANGUAGE_PROPERTY, SOURCE_LANGUAGE)
    if translator is None:
        return
    for qt_translator in translator.findChildren(QTranslator):
        app.removeTranslator(qt_translator)
    app.removeTranslator(translator)
    translator.deleteLater()

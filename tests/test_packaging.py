"""The bundle's spec carries every data file the app opens, and finds them frozen (issue 17).

Fast checks only: the real build (`make bundle`) and its smoke test run in CI's .ci/run.
Here the spec's data list (packaging/bundle_data.py) is laid out as PyInstaller lays it,
and the app's own look-ups run against it as they run in the bundle (``sys.frozen``).
"""

import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from ontwikkeltafel import paths
from ontwikkeltafel.store.revision import SCHEMA_REVISION

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
#: Files under resources/ that only build or describe the data, never read by the app.
BUILD_ONLY_SUFFIXES = (".py", ".md", ".ts", ".tsv", ".sha256", ".qm")


def _bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_data", PACKAGING / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_data = _bundle_data()


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data files laid out as in dist/ontwikkeltafel/_internal (sys._MEIPASS)."""
    base = tmp_path_factory.mktemp("bundle")
    compiled = bundle_data.compile_translations(base / "qm")
    internal = base / "_internal"
    for source, folder in bundle_data.data_files(compiled):
        target = internal / folder
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    return internal


@pytest.fixture
def frozen(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the app's look-ups as the bundle does."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundled), raising=False)
    return bundled


def test_frozen_resources_are_where_the_bundle_puts_them(frozen: Path) -> None:
    from ontwikkeltafel.reports.docx_parts import default_template

    assert paths.resources_dir() == frozen / "ontwikkeltafel" / "resources"
    assert paths.demo_file().is_file()
    assert default_template().is_file()
    icons = paths.resources_dir() / "icons"
    assert (icons / "ontwikkeltafel.svg").is_file()
    drawn = sorted((ROOT / "resources" / "icons").glob("hicolor/*/apps/ontwikkeltafel.png"))
    assert len(sorted(icons.glob("hicolor/*/apps/ontwikkeltafel.png"))) == len(drawn)


def test_frozen_translations_are_compiled_and_found(frozen: Path) -> None:
    from ontwikkeltafel.ui.window.translation import qm_file

    found = qm_file("en")
    assert found is not None and found.is_file()
    assert found.parent == paths.resources_dir() / "translations"
    # Compiled from the .ts as it is now: an English text of the window is in it (UTF-16).
    assert "Tables and meetings".encode("utf-16-be") in found.read_bytes()


def test_frozen_manual_is_found_with_its_pictures(frozen: Path) -> None:
    manual = paths.manual_file()
    assert manual.is_file()
    pictures = sorted((ROOT / "docs" / "screenshots" / "handleiding").glob("*.png"))
    bundled = sorted(manual.parent.glob("screenshots/handleiding/*.png"))
    assert [p.name for p in bundled] == [p.name for p in pictures]


def test_frozen_migrations_load_as_alembic_reads_them(frozen: Path) -> None:
    from alembic.script import ScriptDirectory

    folder = frozen / "ontwikkeltafel" / "store" / "migrations"
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    script = ScriptDirectory(str(folder))
    assert script.get_current_head() == SCHEMA_REVISION
    assert len(list(script.walk_revisions())) == len(list(folder.glob("versions/0*.py")))


def test_every_file_the_wheel_ships_is_bundled_too(bundled: Path) -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for source, target in shipped.items():
        files = [Path(source)] if (ROOT / source).is_file() else []
        files += [p.relative_to(ROOT) for p in (ROOT / source).rglob("*") if p.is_file()]
        for file in files:
            inside = Path(target) / file.relative_to(source) if file != Path(source) else target
            if not file.name.endswith(BUILD_ONLY_SUFFIXES):
                assert (bundled / inside).is_file(), f"{file} is in the wheel, not the bundle"


def test_every_data_file_under_resources_is_bundled(bundled: Path) -> None:
    """A new kind of resource must be added to bundle_data.py (or be a build file)."""
    resources = ROOT / "resources"
    for file in sorted(p for p in resources.rglob("*") if p.is_file()):
        relative = file.relative_to(resources)
        if file.name.endswith(BUILD_ONLY_SUFFIXES) or "__pycache__" in relative.parts:
            continue
        assert (bundled / "ontwikkeltafel" / "resources" / relative).is_file(), relative


def test_a_missing_data_file_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_data, "RESOURCE_FILES", (("demo/nothing-here.json", True),))
    with pytest.raises(bundle_data.MissingDataFile, match="nothing-here"):
        bundle_data.data_files(ROOT / "resources" / "translations")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ],
)
def test_the_qt_plugins_a_desktop_window_needs_stay(dest: str, kept: bool) -> None:
    assert bundle_data.keep_binary(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_nl.qm", False),
        ("PySide6/translations/qtbase_nl.qm", True),  # Windows: no Qt/ folder
        ("PySide6/translations/qtbase_fr.qm", False),
        ("babel/locale-data/nl.dat", True),
        ("babel/locale-data/nl_NL.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/de.dat", False),
        ("babel/locale-data/nds.dat", False),
        ("babel/global.dat", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("ontwikkeltafel/resources/translations/ontwikkeltafel_en.qm", True),
    ],
)
def test_only_the_apps_languages_and_chart_data_stay(dest: str, kept: bool) -> None:
    assert bundle_data.keep_data(dest) is kept


def test_the_babel_locales_kept_format_as_the_reports_do() -> None:
    """Each language the reports use needs only locale data the bundle keeps (parents too)."""
    from babel import Locale

    for code in ("nl", "en"):
        locale = Locale.parse(code)
        chain = [str(locale), "root"]
        assert all(bundle_data.keep_data(f"babel/locale-data/{name}.dat") for name in chain)


def test_the_windows_installer_takes_no_file_type_from_other_programs() -> None:
    """Issue 17, point 2: .json and .docx belong to other programs; "Open with" .json only."""
    iss = (PACKAGING / "windows" / "ontwikkeltafel.iss").read_text(encoding="utf-8")
    registry = [line for line in iss.splitlines() if line.startswith("Root:")]
    assert registry
    assert all("Software\\Classes\\Applications\\{#AppExe}" in line for line in registry)
    assert not re.search(r"Classes\\\.(json|docx)|OpenWithProgids|ProgID", iss, re.IGNORECASE)
    assert '#define AppExe "ontwikkeltafelw.exe"' in iss  # the spec's program without console
    assert 'f"{NAME}w"' in (PACKAGING / "ontwikkeltafel.spec").read_text(encoding="utf-8")
    assert 'Source: "..\\..\\dist\\ontwikkeltafel\\*"' in iss
    assert "{autoprograms}" in iss  # the Start menu entry
    assert (PACKAGING / "windows" / "ontwikkeltafel.ico").is_file()


def test_the_mac_app_has_its_icon_and_entitlements() -> None:
    spec = (PACKAGING / "ontwikkeltafel.spec").read_text(encoding="utf-8")
    assert '"macos" / "ontwikkeltafel.icns"' in spec
    assert (PACKAGING / "macos" / "ontwikkeltafel.icns").read_bytes()[:4] == b"icns"
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_ci_builds_the_bundle_and_runs_its_smoke_test_after_the_tests() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run.index("make test") < run.index("make bundle") < run.index("packaging/smoke-test")
    assert "binutils" in run and "libpython3.11" in run  # objdump; Debian's shared libpython


def test_the_smoke_test_is_a_valid_script_that_checks_what_the_issue_names() -> None:
    script = PACKAGING / "smoke-test"
    assert script.stat().st_mode & 0o111, "executable"
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = script.read_text(encoding="utf-8")
    for step in ("--version", " demo", "report minutes", "invite", "QUIT_AFTER_PAINT=1"):
        assert step in text
    assert "menus: &File &Edit &View &Help" in text  # the English window, from the .qm


def test_the_bundle_carries_the_desktop_file_for_an_unpacked_archive(bundled: Path) -> None:
    assert sorted(p.name for p in (bundled / "share" / "applications").iterdir()) == [
        "nl.ontwikkeltafel.Ontwikkeltafel.desktop"
    ]
    assert (
        bundled / "share" / "metainfo" / "nl.ontwikkeltafel.Ontwikkeltafel.metainfo.xml"
    ).is_file()

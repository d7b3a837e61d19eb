"""Hatchling build hook: compile resources/translations/*.ts to .qm with pyside6-lrelease."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources") / "translations"
PACKAGED = "ontwikkeltafel/resources/translations"


def lrelease() -> list[str]:
    """The lrelease command: next to the running Python, else the PySide6 package's own."""
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if tool:
        return [tool]
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    binary = Path(PySide6.__file__).parent / name
    if not binary.exists():
        raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials")
    return [str(binary)]


def compile_ts(source: Path, target: Path) -> None:
    """Compile one .ts file to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [*lrelease(), "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, check=True)


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Wheels get the .qm files inside the package; editable installs get them in the checkout."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every .ts; ship the .qm (wheel) or leave it where resources_dir() looks."""
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        sources = sorted((root / TRANSLATIONS).glob("*.ts"))
        if version == "editable":
            # The editable package has no resources/ of its own: paths.resources_dir()
            # falls back to <checkout>/resources, so the .qm goes next to its .ts.
            for source in sources:
                compile_ts(source, source.with_suffix(".qm"))
            return
        self._workdir = tempfile.TemporaryDirectory(prefix="ontwikkeltafel-qm-")
        for source in sources:
            target = Path(self._workdir.name) / source.with_suffix(".qm").name
            compile_ts(source, target)
            build_data["force_include"][str(target)] = f"{PACKAGED}/{target.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary .qm files of a wheel build."""
        workdir = getattr(self, "_workdir", None)
        if workdir is not None:
            workdir.cleanup()

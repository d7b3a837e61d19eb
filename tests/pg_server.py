"""A throwaway PostgreSQL server for tests: initdb in a temporary folder, start, stop, remove.

PostgreSQL refuses to run as root, so when the tests run as root every server
command goes through ``runuser`` (or ``su``) as an unprivileged user: ``nobody``
when it exists, else a dedicated system user that is created on first use.
"""

import atexit
import contextlib
import glob
import os
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The programs a server needs; all must be in one folder.
PROGRAMS = ("initdb", "pg_ctl", "postgres")

#: The unprivileged users a root test process runs the server as, in order of preference.
UNPRIVILEGED_USERS = ("nobody",)
DEDICATED_USER = "ontwikkeltafel-test"

#: Environment variables of libpq/PostgreSQL that could redirect the commands elsewhere.
_PG_ENV_PREFIX = "PG"

START_ATTEMPTS = 3
START_TIMEOUT_S = 30
COMMAND_TIMEOUT_S = 60


class PostgresStartError(RuntimeError):
    """The server could not be set up or started; the message holds the output and log."""


def _has_programs(folder: Path) -> bool:
    return all(os.access(folder / name, os.X_OK) for name in PROGRAMS)


def _version_key(folder: Path) -> tuple[int, ...]:
    name = folder.parent.name
    return tuple(int(part) for part in name.split(".") if part.isdigit()) or (0,)


def find_bindir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres: from PATH, else the newest in /usr/lib."""
    found = shutil.which("pg_ctl")
    if found:
        folder = Path(os.path.realpath(found)).parent
        if _has_programs(folder):
            return folder
    candidates = [Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")]
    candidates = [folder for folder in candidates if _has_programs(folder)]
    if not candidates:
        return None
    return max(candidates, key=_version_key)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _server_user() -> str | None:
    """None when we are not root; otherwise an unprivileged user to run the server as."""
    if os.geteuid() != 0:
        return None
    for name in (DEDICATED_USER, *UNPRIVILEGED_USERS):
        if _user_exists(name):
            return name
    result = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", DEDICATED_USER],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 and not _user_exists(DEDICATED_USER):
        raise PostgresStartError(
            f"running as root and no unprivileged user to run PostgreSQL as: "
            f"'useradd {DEDICATED_USER}' failed: {result.stderr.strip()}"
        )
    return DEDICATED_USER


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(_PG_ENV_PREFIX)}
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    return env


@dataclass
class PostgresServer:
    """A running throwaway server; ``stop`` ends it and removes its folder."""

    bindir: Path
    folder: Path
    port: int
    user: str | None
    stopped: bool = field(default=False)

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        """Where the server writes its log."""
        return self.folder / "server.log"

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the ``postgres`` database as the ``postgres`` superuser."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs as the server's user; never raises on failure."""
        command = [str(self.bindir / program), *args]
        if self.user is not None:
            if shutil.which("runuser"):
                command = ["runuser", "-u", self.user, "--", *command]
            else:
                command = ["su", "-s", "/bin/sh", self.user, "-c", shlex.join(command)]
        try:
            return subprocess.run(
                command,
                cwd=self.folder,
                env=_environment(),
                capture_output=True,
                text=True,
                timeout=COMMAND_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            return subprocess.CompletedProcess(
                command, -1, _text(exc.stdout), _text(exc.stderr) + "\n(timed out)"
            )

    def read_log(self) -> str:
        """The server log so far, or a note that there is none."""
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return f"(no server log: {exc})"

    def _postmaster_pid(self) -> int | None:
        try:
            first = (self.data_dir / "postmaster.pid").read_text().splitlines()[0]
            return int(first)
        except (OSError, IndexError, ValueError):
            return None

    def stop(self) -> None:
        """Stop the server at once (it is thrown away) and remove its folder; idempotent."""
        if self.stopped:
            return
        self.stopped = True
        pid = self._postmaster_pid()
        if pid is not None:
            self.run("pg_ctl", "stop", "-D", str(self.data_dir), "-m", "immediate", "-w")
            if _alive(pid) and self._postmaster_pid() == pid:
                # pg_ctl could not stop it: end our own postmaster by its id.
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
                _wait_gone(pid)
        shutil.rmtree(self.folder, ignore_errors=True)


def _text(value: str | bytes | None) -> str:
    if value is None:
        return ""
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wait_gone(pid: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)


def _describe(what: str, result: subprocess.CompletedProcess[str]) -> str:
    command = result.args if isinstance(result.args, str) else shlex.join(map(str, result.args))
    return (
        f"{what} failed (exit status {result.returncode})\n"
        f"command: {command}\n"
        f"stdout:\n{result.stdout.strip() or '(empty)'}\n"
        f"stderr:\n{result.stderr.strip() or '(empty)'}"
    )


def _start_options(port: int, socket_dir: Path, extra: Sequence[str]) -> str:
    options = [
        "-p",
        str(port),
        "-k",
        str(socket_dir),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
        *extra,
    ]
    return shlex.join(options)


def start_server(bindir: Path | None = None, extra_options: Sequence[str] = ()) -> PostgresServer:
    """Create and start a fresh server on a free port of 127.0.0.1 with trust authentication.

    Raises PostgresStartError, with the commands' output and the server log, when
    that fails; nothing is left running or on disk then.
    """
    bindir = bindir or find_bindir()
    if bindir is None:
        programs = ", ".join(PROGRAMS)
        raise PostgresStartError(
            f"no PostgreSQL binaries ({programs}) on PATH or in /usr/lib/postgresql/*/bin"
        )
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="ontwikkeltafel-pg-", dir=_temp_root()))
    server = PostgresServer(bindir, folder, port=0, user=user)
    try:
        if user is not None:
            shutil.chown(folder, user=user)
        initdb = server.run(
            "initdb",
            "-D",
            str(server.data_dir),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        )
        if initdb.returncode != 0:
            raise PostgresStartError(_describe("initdb", initdb))
        for attempt in range(1, START_ATTEMPTS + 1):
            server.port = _free_port()
            started = server.run(
                "pg_ctl",
                "start",
                "-D",
                str(server.data_dir),
                "-l",
                str(server.log_file),
                "-o",
                _start_options(server.port, folder, extra_options),
                "-w",
                "-t",
                str(START_TIMEOUT_S),
            )
            if started.returncode == 0:
                atexit.register(server.stop)
                return server
            log = server.read_log()
            # Someone else took the port between our check and the start: try another.
            if attempt < START_ATTEMPTS and "could not bind" in log:
                server.run("pg_ctl", "stop", "-D", str(server.data_dir), "-m", "immediate", "-w")
                with contextlib.suppress(OSError):
                    server.log_file.unlink()
                continue
            raise PostgresStartError(
                f"{_describe('pg_ctl start', started)}\nserver log ({server.log_file}):\n{log}"
            )
        raise AssertionError("unreachable")
    except BaseException:
        server.stop()
        raise


def _temp_root() -> str | None:
    """/tmp when it exists: reachable by the server's user, unlike a private TMPDIR."""
    return "/tmp" if os.path.isdir("/tmp") else None

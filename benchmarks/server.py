"""Throwaway databases on a PostgreSQL server for the benchmarks: made, initialised, dropped.

The runner's ``--db-url`` names a server (any database on it) whose role may create
databases. Each figure gets a fresh database ``ontwikkeltafel_bench_<pid>_<n>``; the
product's ``init`` makes its schema there (the app never makes a server's schema
itself), and the database is dropped after, also when the run fails.
"""

import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

INIT_TIMEOUT = 300.0


def with_database(url: str, name: str) -> str:
    """``url`` with its database replaced by ``name`` (scheme, role, host and query kept)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def libpq(url: str) -> str:
    """A SQLAlchemy URL (``postgresql+psycopg://``) as libpq takes it (``postgresql://``)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(scheme=parts.scheme.split("+", 1)[0]))


def hidden(url: str) -> str:
    """``url`` without its password, to print."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class Server:
    """The server of ``--db-url``: fresh databases made with the product's ``init``."""

    def __init__(self, url: str, product: list[str], env: dict[str, str], cwd: Path):
        self.url, self.product, self.env, self.cwd = url, product, env, cwd
        self.made: list[str] = []
        self.count = 0  # databases made so far: each gets a name never used before

    def admin(self, sql: str) -> None:
        """Run ``sql`` outside a transaction on the server's own database."""
        with psycopg.connect(libpq(self.url), autocommit=True) as connection:
            connection.execute(sql.encode())

    def new_database(self) -> str:
        """A new database with the schema made by ``init``; its URL."""
        name = f"ontwikkeltafel_bench_{os.getpid()}_{self.count}"
        self.count += 1
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        url = with_database(self.url, name)
        self.init(url)
        return url

    def init(self, url: str) -> None:
        """``ontwikkeltafel --db-url URL init``: the product makes the schema (untimed)."""
        command = [*self.product, "--db-url", url, "init"]
        done = subprocess.run(
            command, cwd=self.cwd, env=self.env, capture_output=True, timeout=INIT_TIMEOUT
        )
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-8:]
            raise RuntimeError(f"init on {hidden(url)} failed:\n" + "\n".join(tail))

    def drop(self, url: str) -> None:
        """Drop the database of ``url`` (one this server made)."""
        name = urlsplit(url).path.lstrip("/")
        if name in self.made:
            self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self.made.remove(name)

    def drop_all(self) -> None:
        """Drop every database this run made."""
        for name in list(self.made):
            self.drop(with_database(self.url, name))

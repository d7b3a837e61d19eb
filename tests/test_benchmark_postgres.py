"""The runner's PostgreSQL figures (--db-url): databases made by init and dropped, verdicts."""

import sys
from pathlib import Path

import psycopg
from benchmarks.postgres_run import Row, engine_table, under, within
from benchmarks.run import REPO, isolated_env, parse_args, product_command
from benchmarks.server import Server, hidden, libpq, with_database

SERVER = "postgresql+psycopg://bench:s3cr%40t@db.example:5433/postgres?sslmode=require"


def test_a_database_of_the_server_keeps_its_role_host_and_options() -> None:
    assert with_database(SERVER, "fresh") == (
        "postgresql+psycopg://bench:s3cr%40t@db.example:5433/fresh?sslmode=require"
    )
    assert libpq(SERVER).startswith("postgresql://bench:s3cr%40t@db.example:5433/postgres?")
    assert (
        hidden(SERVER) == "postgresql+psycopg://bench:***@db.example:5433/postgres?sslmode=require"
    )
    assert hidden("postgresql://bench@db/x") == "postgresql://bench@db/x"


def test_the_runner_takes_a_server_url() -> None:
    assert parse_args(["--db-url", SERVER]).db_url == SERVER
    assert parse_args([]).db_url is None


def row(name: str, postgres: list[float], sqlite: list[float], limit: float) -> Row:
    made = Row(name, "ms", "", under(limit) if name != "import" else within(limit))
    made.values["postgresql"], made.values["sqlite"] = postgres, sqlite
    return made


def test_the_verdicts_judge_postgres_at_scale_1() -> None:
    assert row("import", [5.0, 6.0, 7.0], [3.0, 3.2, 3.4], 2.0).verdict(True) == "PASS"
    assert row("import", [7.0], [3.0], 2.0).verdict(True) == "FAIL"  # 2.33x
    assert row("search p95", [29.0], [10.0], 30.0).verdict(True) == "PASS"
    assert row("search p95", [31.0], [10.0], 30.0).verdict(True) == "FAIL"
    assert row("search p95", [31.0], [10.0], 30.0).verdict(False) == "n/a"
    assert row("search p95", [], [10.0], 30.0).verdict(True) == "ERROR"


def test_the_table_shows_both_engines_the_ratio_and_the_errors() -> None:
    listed = row("open the action list", [120.0, 80.0, 90.0], [40.0, 45.0, 50.0], 100.0)
    broken = row("search p95", [], [12.0], 30.0)
    broken.errors.append("search: the server went away")
    text = engine_table([listed, broken], True)
    assert "90.00 /   80.00 ms" in text and "45.00 /   40.00 ms" in text
    assert "2.00x" in text and "PASS" in text and "ERROR" in text
    assert text.endswith("search p95: search: the server went away")


def test_a_new_database_never_takes_the_name_of_one_kept(pg_url: str, tmp_path: Path) -> None:
    server = Server(pg_url, product_command(sys.executable), isolated_env(tmp_path), REPO)
    server.init = lambda url: None  # type: ignore[method-assign]  # the names alone
    try:
        first, second = server.new_database(), server.new_database()
        server.drop(first)  # the run keeps the newest import and drops the one before
        third = server.new_database()
        assert len({first, second, third}) == 3
        assert server.made == [second.rsplit("/", 1)[1], third.rsplit("/", 1)[1]]
    finally:
        server.drop_all()


def test_each_database_is_made_by_init_and_dropped(pg_url: str, tmp_path: Path) -> None:
    server = Server(pg_url, product_command(sys.executable), isolated_env(tmp_path), REPO)
    url = server.new_database()
    name = url.rsplit("/", 1)[1].split("?")[0]
    try:
        with psycopg.connect(libpq(url)) as connection:
            tables = connection.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meetings'"
            ).fetchone()
        assert tables == (1,)
    finally:
        server.drop_all()
    with psycopg.connect(libpq(pg_url)) as connection:
        left = connection.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,))
        assert left.fetchone() == (0,)
    assert server.made == []

"""Durable by default (issue 10): the served cluster runs with PostgreSQL's
durable settings, only the test command's cluster relaxes them, each says
which kind it is, and an unsafe cluster of an earlier version is switched to
the safe settings by the next setup without losing data."""

import os
import shutil
import tempfile

from opslib import lib
import pytest

SETTINGS = (
    "SELECT string_agg(name || '=' || setting, ',' ORDER BY name) FROM pg_settings "
    "WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit')"
)
SAFE = "fsync=on,full_page_writes=on,synchronous_commit=on"


@pytest.fixture
def local_dir():
    path = tempfile.mkdtemp(prefix="liaison-cluster-", dir=os.environ.get("TMPDIR"))
    env = {
        "LIAISON_LOCAL": path,
        "LIAISON_PG_PORT": "5791",
        "LIAISON_CLUSTER": "served",
    }
    try:
        yield path, env
    finally:
        lib(
            '"$(find_pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 && '
            'pg_run "$(find_pg_bin)/pg_ctl" -D "$PG_DATA" -m immediate -w stop '
            ">/dev/null; true",
            check=False,
            **env,
        )
        shutil.rmtree(path, ignore_errors=True)


def test_test_cluster_says_it_is_a_test_cluster():
    """The cluster these tests run on is the test command's, and says so."""
    assert os.environ.get("LIAISON_CLUSTER") == "test"
    out = lib('cat "$PG_MARKER"; psql_cmd -d postgres -tAc "$Q"', Q=SETTINGS).stdout
    assert out.splitlines()[0] == "kind=test"
    assert "fsync=off" in out


def test_new_served_cluster_is_durable(local_dir):
    """A cluster created for serving has the durable defaults and says so."""
    path, env = local_dir
    out = lib('cat "$PG_MARKER"; psql_cmd -d postgres -tAc "$Q"', Q=SETTINGS, **env)
    assert out.stdout.splitlines()[0] == "kind=served"
    assert out.stdout.splitlines()[-1] == SAFE
    assert os.path.isfile(os.path.join(path, "pgdata", "liaison-cluster"))


def test_unsafe_cluster_switched_to_durable_without_data_loss(local_dir):
    """A cluster started like setup.sh used to (fsync=off, no marker), holding
    data, is switched to the durable settings by the next setup, which says so."""
    path, env = local_dir
    # The earlier setup.sh: initdb, then started with the unsafe settings.
    lib(
        'mkdir -p "$PG_DATA" "$PG_SOCK" "$PG_LOG"; chmod 700 "$PG_DATA"; '
        'if as_root; then d="$PG_DATA"; while [ "$d" != / ]; do chmod o+x "$d"; '
        'd="$(dirname "$d")"; done; chown "$PG_OS_USER" "$PG_DATA" "$PG_SOCK" '
        '"$PG_LOG"; fi; true',
        ensure=False,
        **env,
    )
    lib(
        'bin="$(find_pg_bin)"; '
        'pg_run "$bin/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust -E UTF8 '
        "--locale=C.UTF-8 >/dev/null && "
        'pg_run "$bin/pg_ctl" -D "$PG_DATA" -w -l "$PG_LOG/postgres.log" -o '
        "\"-k $PG_SOCK -p $PG_PORT -c listen_addresses='' -c fsync=off "
        '-c full_page_writes=off -c synchronous_commit=off" start >/dev/null && '
        'psql_cmd -d postgres -qc "CREATE DATABASE legacy" && '
        'psql_cmd -d legacy -qc "CREATE TABLE t AS SELECT g AS n FROM '
        'generate_series(1, 5000) g"',
        ensure=False,
        **env,
    )
    marker = os.path.join(path, "pgdata", "liaison-cluster")
    assert not os.path.exists(marker)
    # The next run of setup.sh (its PostgreSQL step) switches it.
    out = lib(
        'psql_cmd -d postgres -tAc "$Q"; psql_cmd -d legacy -tAc '
        '"SELECT count(*), sum(n) FROM t"',
        Q=SETTINGS,
        **env,
    )
    assert "ran with unsafe settings" in out.stderr, out.stderr
    assert "switching it to PostgreSQL's durable defaults" in out.stderr
    lines = out.stdout.split()
    assert lines == [SAFE, "5000|12502500"], out.stdout
    with open(marker, encoding="utf-8") as f:
        assert f.readline().strip() == "kind=served"
    # The run after that has nothing to switch.
    again = lib('psql_cmd -d postgres -tAc "$Q"', Q=SETTINGS, **env)
    assert "unsafe" not in again.stderr
    assert again.stdout.strip() == SAFE


def test_demo_mode_says_it_is_a_demo(odoo):
    """The README's first command says clearly that it is a demo."""
    output = odoo.install.stdout + odoo.install.stderr
    assert "DEMO MODE" in output
    assert "LIAISON_MODE=production" in output

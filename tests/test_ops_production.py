"""Production mode (issue 10): LIAISON_MODE=production ./setup/setup.sh gives
a database without demo data, in Chinese, a generated administrator password
shown once, a master password with the database manager and list disabled,
localhost only, proxy mode, workers sized to the machine with a cron worker,
and a daily backup; every point is checked over HTTP or on the machine."""

import configparser
import os
import re
import shutil
import subprocess
import tempfile
import time

from conftest import Odoo, free_port, psql, stop_and_drop, wait_until_up
from opslib import SETUP, listening_addresses
import pytest
import requests


@pytest.fixture(scope="module")
def production():
    db = f"liaison_prod_{os.getpid()}"
    port, gevent_port = free_port(), free_port()
    workdir = tempfile.mkdtemp(prefix="liaison-prod-")
    env = dict(
        os.environ,
        LIAISON_MODE="production",
        LIAISON_DB=db,
        LIAISON_HTTP_PORT=str(port),
        LIAISON_GEVENT_PORT=str(gevent_port),
        LIAISON_CRON_FILE=os.path.join(workdir, "cron"),
        LIAISON_BACKUP_DIR=os.path.join(workdir, "backups"),
    )
    first = subprocess.run(
        [SETUP, "--no-serve"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert first.returncode == 0, first.stdout + first.stderr
    server = subprocess.Popen(
        [SETUP],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    instance = Odoo(db, port, first)
    instance.gevent_port = gevent_port
    instance.env = env
    instance.workdir = workdir
    instance.server = server
    try:
        wait_until_up(instance, server, request_timeout=30)
        yield instance
    finally:
        stop_and_drop(server, db, timeout=120)
        local = os.environ.get("LIAISON_LOCAL") or os.path.join(
            os.path.dirname(SETUP), "..", ".local"
        )
        conf = os.path.join(local, f"odoo-production-{db}.conf")
        if os.path.exists(conf):
            os.remove(conf)
        shutil.rmtree(workdir, ignore_errors=True)


def _output(production):
    return production.install.stdout + production.install.stderr


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _admin_password(production):
    match = re.search(
        r"Administrator login: admin\s+password: (\S+)", _output(production)
    )
    assert match, _output(production)
    return match.group(1)


def _config(production):
    match = re.search(r"configuration (\S+\.conf)", _output(production))
    assert match, _output(production)
    parser = configparser.ConfigParser()
    parser.read(match.group(1))
    return match.group(1), parser["options"]


def _login(production, login, password):
    r = requests.post(
        f"{production.url}/web/session/authenticate",
        json={
            "jsonrpc": "2.0",
            "params": {"db": production.db, "login": login, "password": password},
        },
        timeout=120,
    )
    r.raise_for_status()
    return r.json()


def test_no_demo_data_chinese(production):
    assert psql(
        production.db, "SELECT demo FROM ir_module_module WHERE name='base'"
    ) == ("f")
    assert psql(production.db, "SELECT count(*) FROM liaison_region") == "0"
    assert psql(production.db, "SELECT lang FROM res_partner WHERE id = 1") == "zh_CN"
    assert "zh_CN" in psql(production.db, "SELECT code FROM res_lang WHERE active")
    assert "DEMO MODE" not in _output(production)


def test_generated_admin_password_works_once_shown(production):
    """The generated password logs in (in Chinese); admin/admin and every demo
    login are refused; a second run of setup shows no password again."""
    password = _admin_password(production)
    assert len(password) >= 16
    body = _login(production, "admin", password)
    assert body["result"]["uid"] and body["result"]["user_context"]["lang"] == "zh_CN"
    for login in ("admin", "leader", "office", "officer", "department", "enterprise"):
        body = _login(production, login, login)
        assert "error" in body, login
        assert body["error"]["data"]["name"] == "odoo.exceptions.AccessDenied"
    again = subprocess.run(
        [SETUP, "--no-serve"],
        env=production.env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "password:" not in again.stdout + again.stderr
    assert "Master password" not in again.stdout + again.stderr
    # The master password is kept, not replaced, by the second run.
    assert _config(production)[1]["admin_passwd"] in _read(_config(production)[0])


def test_database_manager_and_list_refused(production):
    master = re.search(r"Master password \(.*\): (\S+)", _output(production))
    assert master, _output(production)
    conf_path, conf = _config(production)
    assert conf["admin_passwd"].startswith("$pbkdf2-sha512$")
    assert master.group(1) not in _read(conf_path)
    assert oct(os.stat(conf_path).st_mode & 0o777) == "0o600"
    assert conf["list_db"] == "False"
    page = requests.get(f"{production.url}/web/database/manager", timeout=60)
    assert "The database manager has been disabled" in page.text
    assert production.db not in page.text
    r = requests.post(
        f"{production.url}/web/database/list",
        json={"jsonrpc": "2.0", "params": {}},
        timeout=60,
    )
    assert r.json()["error"]["data"]["name"] == "odoo.exceptions.AccessDenied"
    # Even with the right master password, nothing can be dumped or created.
    r = requests.post(
        f"{production.url}/web/database/backup",
        data={
            "master_pwd": master.group(1),
            "name": production.db,
            "backup_format": "zip",
        },
        timeout=120,
    )
    assert not r.content.startswith(b"PK")
    r = requests.post(
        f"{production.url}/web/database/create",
        data={
            "master_pwd": master.group(1),
            "name": "intruder_db",
            "lang": "en_US",
            "password": "x",
            "login": "x",
        },
        timeout=120,
    )
    assert (
        psql("postgres", "SELECT count(*) FROM pg_database WHERE datname='intruder_db'")
        == "0"
    )
    r = requests.post(
        f"{production.url}/web/database/drop",
        data={"master_pwd": master.group(1), "name": production.db},
        timeout=120,
    )
    assert (
        psql(
            "postgres",
            f"SELECT count(*) FROM pg_database WHERE datname='{production.db}'",
        )
        == "1"
    )


def test_listens_on_localhost_only(production):
    """The HTTP and websocket ports are bound to 127.0.0.1 only: no socket
    listens on a non-loopback address (read from the kernel's table)."""
    for port in (production.port, production.gevent_port):
        deadline = time.time() + 60
        while not listening_addresses(port) and time.time() < deadline:
            time.sleep(1)
        assert listening_addresses(port) == {"127.0.0.1"}, (
            port,
            listening_addresses(port),
        )


def test_proxy_mode_workers_and_cron_worker(production):
    _conf_path, conf = _config(production)
    assert conf["proxy_mode"] == "True"
    assert conf["http_interface"] == "127.0.0.1"
    cpus = os.cpu_count()
    workers = int(conf["workers"])
    assert 2 <= workers <= 2 * cpus + 1
    assert conf["max_cron_threads"] == "1"
    # Proxy mode: the host and scheme forwarded by nginx are the ones Odoo
    # sees (an administrator's login records them as web.base.url).
    r = requests.post(
        f"{production.url}/web/session/authenticate",
        json={
            "jsonrpc": "2.0",
            "params": {
                "db": production.db,
                "login": "admin",
                "password": _admin_password(production),
            },
        },
        headers={
            "X-Forwarded-Host": "oa.example.cn",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": "203.0.113.7",
        },
        timeout=120,
    )
    assert "error" not in r.json(), r.json()
    assert (
        psql(
            production.db,
            "SELECT value FROM ir_config_parameter WHERE key = 'web.base.url'",
        )
        == "https://oa.example.cn"
    )
    # The prefork server runs the workers and one cron worker as processes.
    deadline = time.time() + 60
    while True:
        children = subprocess.run(
            ["ps", "-o", "args=", "--ppid", str(_odoo_pid(production))],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.splitlines()
        if len(children) >= workers + 1 or time.time() > deadline:
            break
        time.sleep(1)
    assert len(children) >= workers + 1, children


def _odoo_pid(production):
    """The Odoo main process: setup.sh execs it, so it is the server's pid."""
    return production.server.pid


def test_daily_backup_installed(production):
    with open(production.env["LIAISON_CRON_FILE"], encoding="utf-8") as f:
        line = f.read().splitlines()[-1]
    assert line.startswith("30 2 * * * ")
    assert "setup/backup.sh" in line and production.db in line

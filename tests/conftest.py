"""End-to-end fixtures: a demo database made by the README's first command,
served by Odoo on a free local port, driven over HTTP like a browser would."""

import os
import socket
import subprocess
import time

import pytest
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETUP = os.path.join(ROOT, "setup", "setup.sh")
LIB = os.path.join(ROOT, "setup", "lib.sh")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_setup(db, port, *args, timeout=1500):
    env = dict(os.environ, LIAISON_DB=db, LIAISON_HTTP_PORT=str(port))
    return subprocess.run(
        [SETUP, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def psql(db, sql):
    script = f'source "{LIB}" && ensure_postgres && psql_cmd -d {db} -tAc "$SQL"'
    out = subprocess.run(
        ["bash", "-c", script],
        env=dict(os.environ, SQL=sql),
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


class Odoo:
    """A served database and JSON-RPC sessions on it."""

    def __init__(self, db, port, install):
        self.db = db
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.install = install

    def session(self, login, password=None):
        s = requests.Session()
        r = s.post(
            f"{self.url}/web/session/authenticate",
            json={
                "jsonrpc": "2.0",
                "params": {
                    "db": self.db,
                    "login": login,
                    "password": password or login,
                },
            },
            timeout=60,
        )
        r.raise_for_status()
        body = r.json()
        assert "error" not in body, body
        s.uid = body["result"]["uid"]
        s.user_context = body["result"]["user_context"]
        return s

    def call(self, session, model, method, *args, **kwargs):
        r = session.post(
            f"{self.url}/web/dataset/call_kw/{model}/{method}",
            json={
                "jsonrpc": "2.0",
                "params": {
                    "model": model,
                    "method": method,
                    "args": args,
                    "kwargs": kwargs,
                },
            },
            timeout=120,
        )
        r.raise_for_status()
        body = r.json()
        if "error" in body:
            raise RpcError(
                body["error"]["data"]["name"], body["error"]["data"]["message"]
            )
        return body["result"]


class RpcError(Exception):
    def __init__(self, name, message):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


def wait_until_up(instance, server, request_timeout=5):
    """Wait, 5 minutes at most, until the ``server`` process of ``instance``
    answers its health check."""
    deadline = time.time() + 300
    while True:
        try:
            if requests.get(f"{instance.url}/web/health", timeout=request_timeout).ok:
                return
        except requests.RequestException:
            pass  # not listening yet, or workers still loading
        assert server.poll() is None, "the server stopped"
        assert time.time() < deadline, "the server did not answer in 5 minutes"
        time.sleep(1)


def stop_and_drop(server, db, timeout=60):
    """Stop the ``server`` process group and drop its database."""
    os.killpg(server.pid, 15)
    server.wait(timeout=timeout)
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}"')


@pytest.fixture(scope="session")
def odoo():
    db = f"liaison_e2e_{os.getpid()}"
    port = free_port()
    first = run_setup(db, port, "--no-serve")
    assert first.returncode == 0, first.stdout + first.stderr
    server = subprocess.Popen(
        [SETUP],
        env=dict(os.environ, LIAISON_DB=db, LIAISON_HTTP_PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    instance = Odoo(db, port, first)
    try:
        wait_until_up(instance, server)
        yield instance
    finally:
        stop_and_drop(server, db)

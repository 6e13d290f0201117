"""Helpers of the operations tests (issue 10): shell steps through setup/lib.sh,
sockets, archives.  The tests run on the test cluster (LIAISON_CLUSTER=test,
exported by setup/test.sh)."""

import hashlib
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.path.join(ROOT, "setup", "lib.sh")
SETUP = os.path.join(ROOT, "setup", "setup.sh")


def lib(script, timeout=1800, check=True, ensure=True, **env):
    """Run ``script`` in bash after sourcing setup/lib.sh and (``ensure``)
    ensure_postgres."""
    full = f'source "{LIB}" && ' + ("ensure_postgres && " if ensure else "") + script
    result = subprocess.run(
        ["bash", "-c", full],
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def odoo_shell(db, code, addons_root=None, timeout=1800):
    """Run Python ``code`` in ``odoo shell`` on ``db``; returns its stdout."""
    result = subprocess.run(
        [
            "bash",
            "-c",
            (
                f'source "{LIB}" && ensure_postgres && '
                'odoo_cmd shell -d "$DB" --no-http --log-level=warn'
            ),
        ],
        input=code,
        env=dict(os.environ, DB=db),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def filestore(db):
    return subprocess.run(
        [
            "python3",
            "-c",
            (
                "import sys; from odoo.tools import config; "
                "print(config.filestore(sys.argv[1]))"
            ),
            db,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def file_sha(path, algorithm="sha1"):
    digest = hashlib.new(algorithm)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def listening_addresses(port):
    """Local addresses listening on TCP ``port``, from /proc/net/tcp{,6}."""
    found = set()
    for name, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            with open(name, encoding="ascii") as f:
                lines = f.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, hexport = fields[1].split(":")
            if fields[3] != "0A" or int(hexport, 16) != port:  # 0A = LISTEN
                continue
            if width == 8:
                raw = bytes.fromhex(address)[::-1]
                found.add(".".join(str(b) for b in raw))
            else:
                raw = b"".join(
                    bytes.fromhex(address[i : i + 8])[::-1] for i in range(0, 32, 8)
                )
                found.add(raw.hex())
    return found


# ---- The ops_*.py scripts (run in odoo shell) ----


def ops_script(name):
    """The code of ``tests/<name>`` for ``odoo shell``, after the lines that
    make this module importable there (the scripts share its shell helpers)."""
    with open(os.path.join(ROOT, "tests", name)) as f:
        code = f.read()
    tests_dir = os.path.join(ROOT, "tests")
    return f"import sys\nsys.path.insert(0, {tests_dir!r})\n{code}"


def office_numbering(env, limit=None):
    """What the ops scripts number notices on, seen by the office user: the
    user, its assignment model, the accepted issues still open (``limit``)
    and a department."""
    office = env["res.users"].search([("login", "=", "office")])
    issues = (
        env["liaison.issue"]
        .with_user(office)
        .search(
            [
                ("date_accepted", "!=", False),
                ("stage_id.is_closed", "=", False),
                ("stage_id.is_rejected", "=", False),
            ],
            limit=limit,
        )
    )
    department = env["liaison.department"].with_user(office).search([], limit=1)
    return office, env["liaison.assignment"].with_user(office), issues, department

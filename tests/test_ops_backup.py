"""Backups that restore (issue 10): back up the demo database after the
enterprise signed its agreement and uploaded materials, restore it under
another name, compare counts per model, the signed PDF's hash and every
attachment's checksum; old archives beyond the retention count are removed;
the daily schedule is a cron line that runs this very command."""

import base64
import os
import re
import shutil
import subprocess
import tempfile
import time

from conftest import psql
from opslib import ROOT, file_sha, filestore, lib
import pytest

# A 1x1 PNG, the drawn signature.
SIGNATURE = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d4944415478da63f8cfc0f01f0005000201a0a4c3ff0000000049454e44ae426082"
    )
).decode()

COUNT_TABLES = """
SELECT m.model, t.table_name FROM ir_model m
JOIN information_schema.tables t
  ON t.table_name = replace(m.model, '.', '_') AND t.table_schema = 'public'
WHERE m.transient IS NOT TRUE ORDER BY m.model
"""
# Written by the running server itself (presence, sessions, crons).
VOLATILE = {"bus.bus", "bus.presence", "res.users.log", "ir.cron.progress"}


def _counts(db):
    pairs = [row.split("|") for row in psql(db, COUNT_TABLES).splitlines()]
    pairs = [(m, t) for m, t in pairs if m not in VOLATILE]
    sql = " UNION ALL ".join(
        f"SELECT '{model}', count(*) FROM \"{table}\"" for model, table in pairs
    )
    return dict(row.split("|") for row in psql(db, sql).splitlines())


def _attachments(db):
    rows = psql(
        db,
        "SELECT id || '|' || checksum || '|' || store_fname FROM ir_attachment "
        "WHERE store_fname IS NOT NULL ORDER BY id",
    ).splitlines()
    return {int(i): (c, f) for i, c, f in (r.split("|") for r in rows)}


@pytest.fixture
def backup_dir():
    path = tempfile.mkdtemp(prefix="liaison-backups-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _sign_and_upload(odoo):
    admin = odoo.session("admin")
    agreement = odoo.call(
        admin,
        "liaison.agreement",
        "search_read",
        [("state", "=", "sent")],
        fields=["project_id", "access_token"],
        limit=1,
    )[0]
    enterprise = odoo.session("enterprise")
    r = enterprise.post(
        f"{odoo.url}/my/liaison/agreements/{agreement['id']}/sign",
        json={
            "jsonrpc": "2.0",
            "params": {"name": "刘强", "signature": SIGNATURE},
        },
        timeout=300,
    )
    r.raise_for_status()
    assert "error" not in r.json()["result"], r.json()
    project_id = agreement["project_id"][0]
    page = enterprise.get(f"{odoo.url}/my/liaison/projects/{project_id}", timeout=60)
    csrf = re.search(r'name="csrf_token"\s+value="([^"]+)"', page.text)
    csrf = csrf or re.search(r'csrf_token:\s*"([^"]+)"', page.text)
    assert csrf, "no csrf token on the project page"
    r = enterprise.post(
        f"{odoo.url}/my/liaison/projects/{project_id}/upload",
        data={"csrf_token": csrf.group(1)},
        files=[
            (
                "attachments",
                ("营业执照.pdf", b"%PDF-1.4\n% licence\n%%EOF\n", "application/pdf"),
            ),
            (
                "attachments",
                ("用地证明.pdf", b"%PDF-1.4\n% land\n%%EOF\n", "application/pdf"),
            ),
        ],
        timeout=120,
    )
    assert r.status_code == 200 and "upload_ok" in r.url, (r.status_code, r.url)
    return agreement["id"]


def test_backup_restore_roundtrip(odoo, backup_dir):
    agreement_id = _sign_and_upload(odoo)
    signed = psql(
        odoo.db,
        f"SELECT state || '|' || signed_pdf_sha256 || '|' || signed_attachment_id "
        f"FROM liaison_agreement WHERE id = {agreement_id}",
    ).split("|")
    assert signed[0] == "signed" and len(signed[1]) == 64
    assert (
        psql(
            odoo.db,
            "SELECT count(*) FROM ir_attachment WHERE res_model = 'liaison.project' "
            "AND name IN ('营业执照.pdf', '用地证明.pdf')",
        )
        == "2"
    )

    before = _counts(odoo.db)
    started = time.time()
    out = lib(
        '"$ROOT/setup/backup.sh" "$DB"', DB=odoo.db, LIAISON_BACKUP_DIR=backup_dir
    )
    backup_seconds = time.time() - started
    after = _counts(odoo.db)
    archive = out.stdout.strip().splitlines()[-1]
    assert re.fullmatch(
        re.escape(os.path.join(backup_dir, odoo.db)) + r"-\d{8}-\d{6}\.tar", archive
    ), archive
    listing = subprocess.run(
        ["tar", "-tf", archive], capture_output=True, text=True, check=True
    ).stdout.split()
    assert {"manifest.txt", "dump.pgcustom", "filestore/"} <= set(listing)

    restored = f"{odoo.db}_restored"
    started = time.time()
    try:
        lib('"$ROOT/setup/restore.sh" "$ARCHIVE" "$NEW"', ARCHIVE=archive, NEW=restored)
        restore_seconds = time.time() - started
        print(
            f"backup {backup_seconds:.1f}s, restore {restore_seconds:.1f}s, "
            f"archive {os.path.getsize(archive) / 1e6:.1f} MB"
        )
        # Record counts per model: those not written while the backup ran.
        stable = {m: n for m, n in before.items() if after.get(m) == n}
        assert len(stable) > 100
        restored_counts = _counts(restored)
        different = {
            m: (n, restored_counts.get(m))
            for m, n in stable.items()
            if restored_counts.get(m) != n
        }
        assert not different, different
        assert int(restored_counts["liaison.agreement"]) > 0
        # The signed agreement's stored hash against the restored attachment.
        restored_signed = psql(
            restored,
            "SELECT a.signed_pdf_sha256 || '|' || f.store_fname "
            "FROM liaison_agreement a JOIN ir_attachment f "
            f"ON f.id = a.signed_attachment_id WHERE a.id = {agreement_id}",
        ).split("|")
        assert restored_signed[0] == signed[1]
        restored_store = filestore(restored)
        assert (
            file_sha(os.path.join(restored_store, restored_signed[1]), "sha256")
            == signed[1]
        )
        # Every attachment: same checksum in the database, same bytes on disk.
        source = _attachments(odoo.db)
        target = _attachments(restored)
        assert set(target) >= {i for i in source if i <= max(target)}
        for attachment_id, (checksum, fname) in target.items():
            assert source.get(attachment_id, (checksum, fname)) == (checksum, fname)
            assert file_sha(os.path.join(restored_store, fname)) == checksum, fname
        # An existing database is never overwritten.
        again = lib(
            '"$ROOT/setup/restore.sh" "$ARCHIVE" "$NEW"',
            check=False,
            ARCHIVE=archive,
            NEW=restored,
        )
        assert again.returncode != 0 and "exists" in again.stderr
    finally:
        psql("postgres", f'DROP DATABASE IF EXISTS "{restored}"')
        shutil.rmtree(filestore(restored), ignore_errors=True)


def test_retention_and_daily_schedule(odoo, backup_dir):
    """Three backups with LIAISON_BACKUP_KEEP=2 leave the newest two; the
    schedule installs a daily cron line that runs setup/backup.sh."""
    archives = []
    for _ in range(3):
        out = lib(
            '"$ROOT/setup/backup.sh" "$DB"',
            DB=odoo.db,
            LIAISON_BACKUP_DIR=backup_dir,
            LIAISON_BACKUP_KEEP="2",
        )
        archives.append(out.stdout.strip().splitlines()[-1])
        time.sleep(1.1)
    left = sorted(f for f in os.listdir(backup_dir) if f.endswith(".tar"))
    assert [os.path.join(backup_dir, f) for f in left] == archives[1:]
    cron_file = os.path.join(backup_dir, "cron")
    lib(
        '"$ROOT/setup/backup.sh" --schedule 03:15 "$DB"',
        DB=odoo.db,
        LIAISON_BACKUP_DIR=backup_dir,
        LIAISON_BACKUP_KEEP="7",
        LIAISON_CRON_FILE=cron_file,
    )
    with open(cron_file, encoding="utf-8") as f:
        line = f.read().splitlines()[-1]
    assert line.startswith("15 3 * * * "), line
    assert "LIAISON_BACKUP_KEEP=7" in line
    assert os.path.join(ROOT, "setup", "backup.sh") in line
    # The command of the line, as cron would run it (after the user field).
    command = line.split(" ", 5)[5]
    command = command.removeprefix("root ")
    subprocess.run(["sh", "-c", command], check=True, timeout=600)
    left = sorted(f for f in os.listdir(backup_dir) if f.endswith(".tar"))
    assert len(left) == 3 and os.path.join(backup_dir, left[-1]) not in archives

#!/usr/bin/env bash
# Backups of a Liaison Service database: PostgreSQL dump and filestore.
#
#   ./setup/backup.sh [DB]              write a dated archive of DB (default
#                                       $LIAISON_DB or "liaison") and keep the
#                                       newest $LIAISON_BACKUP_KEEP archives of DB
#   ./setup/backup.sh --schedule [HH:MM] [DB]
#                                       install the daily backup (default 02:30):
#                                       /etc/cron.d/liaison-backup as root, the
#                                       user's crontab otherwise
#   ./setup/backup.sh --unschedule      remove it
#
# The archive $LIAISON_BACKUP_DIR/DB-YYYYmmdd-HHMMSS.tar (default folder
# .local/backups) holds dump.pgcustom (pg_dump --format=custom), filestore/
# (the attachments) and manifest.txt (database, date, addon versions).
# Restore it with ./setup/restore.sh ARCHIVE [NEW_DB].
# Environment: LIAISON_BACKUP_DIR, LIAISON_BACKUP_KEEP (default 14, 0 keeps
# all), LIAISON_DB, and the PostgreSQL settings of setup/setup.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CRON_FILE="${LIAISON_CRON_FILE:-/etc/cron.d/liaison-backup}"
CRON_TAG="# liaison-backup $ROOT"

cron_line() {
    local at="$1" db="$2" hh mm env_vars="" v
    [[ "$at" =~ ^([01]?[0-9]|2[0-3]):([0-5][0-9])$ ]] \
        || die "--schedule takes a time HH:MM, not $at"
    hh="$((10#${BASH_REMATCH[1]}))"
    mm="$((10#${BASH_REMATCH[2]}))"
    for v in LIAISON_LOCAL LIAISON_PG_PORT LIAISON_DB_HOST LIAISON_DB_PORT LIAISON_DB_USER \
        LIAISON_DB_PASSWORD LIAISON_BACKUP_DIR LIAISON_BACKUP_KEEP LIAISON_CLUSTER PYTHON; do
        [ -n "${!v:-}" ] && env_vars+="$v=$(printf '%q' "${!v}") "
    done
    local user=""
    [ "$CRON_FILE" != - ] && as_root && user="root "
    printf '%s %s * * * %s%s%s %q %q >>%q 2>&1\n' "$mm" "$hh" "$user" \
        "cd $(printf '%q' "$ROOT") && PATH=$(printf '%q' "$PATH") " "$env_vars" \
        "$ROOT/setup/backup.sh" "$db" "$BACKUP_DIR/backup.log"
}

schedule() {
    local at="${1:-02:30}" db="${2:-${LIAISON_DB:-liaison}}" line
    line="$(cron_line "$at" "$db")"
    mkdir -p "$BACKUP_DIR"
    if as_root || [ -n "${LIAISON_CRON_FILE:-}" ]; then
        printf '%s\n%s\n' "$CRON_TAG (installed by setup/backup.sh --schedule)" "$line" >"$CRON_FILE"
        chmod 644 "$CRON_FILE"
        say "daily backup of $db at $at, keeping $BACKUP_KEEP archives in $BACKUP_DIR: $CRON_FILE"
        command -v cron >/dev/null || [ -n "${LIAISON_CRON_FILE:-}" ] \
            || say "no cron daemon found: install it (apt-get install cron) for the schedule to run"
    else
        command -v crontab >/dev/null || die "crontab not found. Fix: apt-get install cron"
        { crontab -l 2>/dev/null | grep -vF "$ROOT/setup/backup.sh" | grep -vF "$CRON_TAG" || true
            echo "$CRON_TAG"; echo "$line"; } | crontab -
        say "daily backup of $db at $at, keeping $BACKUP_KEEP archives in $BACKUP_DIR: user crontab"
    fi
}

unschedule() {
    if as_root || [ -n "${LIAISON_CRON_FILE:-}" ]; then
        rm -f "$CRON_FILE"
    elif command -v crontab >/dev/null; then
        { crontab -l 2>/dev/null | grep -vF "$ROOT/setup/backup.sh" | grep -vF "$CRON_TAG" || true; } | crontab -
    fi
    say "daily backup removed"
}

backup() {
    local db="$1" stamp archive filestore
    ensure_postgres
    db_exists "$db" || die "no database $db to back up. Fix: LIAISON_DB=<name> or ./setup/backup.sh <name>"
    [[ "$BACKUP_KEEP" =~ ^[0-9]+$ ]] || die "LIAISON_BACKUP_KEEP must be a number, not $BACKUP_KEEP"
    mkdir -p "$BACKUP_DIR"
    stamp="$(date +%Y%m%d-%H%M%S)"
    archive="$BACKUP_DIR/$db-$stamp.tar"
    [ -e "$archive" ] && { sleep 1; stamp="$(date +%Y%m%d-%H%M%S)"; archive="$BACKUP_DIR/$db-$stamp.tar"; }
    WORK="$(mktemp -d "$BACKUP_DIR/.work-XXXXXX")"
    trap 'rm -rf "$WORK" "${ARCHIVE_PARTIAL:-}"' EXIT
    local work="$WORK"
    ARCHIVE_PARTIAL="$archive.partial"
    say "backing up database $db"
    # The dump first, then the files: every attachment of the dump is in the
    # copy (Odoo never deletes a file still referenced).
    pg_tool pg_dump --format=custom --no-owner --file="$work/dump.pgcustom" "$db" \
        || die "pg_dump of $db failed"
    filestore="$(filestore_dir "$db")"
    mkdir -p "$work/filestore"
    if [ -d "$filestore" ]; then
        cp -a "$filestore/." "$work/filestore/" || die "copying the filestore $filestore failed"
    fi
    {
        echo "database=$db"
        echo "date=$(date -Iseconds)"
        echo "filestore=$filestore"
        echo "postgresql=$(psql_cmd -d "$db" -tAc 'SHOW server_version')"
        psql_cmd -d "$db" -tAc "SELECT 'addon.' || name || '=' || latest_version FROM ir_module_module
            WHERE state = 'installed' AND name LIKE 'liaison%' ORDER BY name"
    } >"$work/manifest.txt"
    tar -cf "$archive.partial" -C "$work" manifest.txt dump.pgcustom filestore \
        || die "writing $archive failed"
    mv "$archive.partial" "$archive"
    chmod 600 "$archive"
    say "backup written: $archive ($(du -h "$archive" | cut -f1))"
    if [ "$BACKUP_KEEP" -gt 0 ]; then
        local old
        # Names sort by date: drop all but the newest $BACKUP_KEEP of this database.
        while read -r old; do
            [ -n "$old" ] || continue
            rm -f "$old"
            say "removed old backup $old (keeping $BACKUP_KEEP)"
        done < <(find "$BACKUP_DIR" -maxdepth 1 -type f \
            -regextype posix-extended -regex ".*/$db-[0-9]{8}-[0-9]{6}\.tar" \
            | sort -r | tail -n +"$((BACKUP_KEEP + 1))")
    fi
    echo "$archive"
}

case "${1:-}" in
--schedule) shift; schedule "$@" ;;
--unschedule) unschedule ;;
-h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' ;;
*) backup "${1:-${LIAISON_DB:-liaison}}" ;;
esac

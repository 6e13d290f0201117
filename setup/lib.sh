#!/usr/bin/env bash
# Shared functions of setup/setup.sh (serve) and setup/test.sh (test).
# Sourced, never run on its own.  Every step is idempotent: run twice, it reuses
# what exists and loses no data.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="${LIAISON_LOCAL:-$ROOT/.local}"
PYTHON="${PYTHON:-python3}"
PG_PORT="${LIAISON_PG_PORT:-5439}"
PG_USER="${LIAISON_PG_USER:-odoo}"
# Two kinds of cluster, each in its own folder and saying which it is in the
# marker file $PG_DATA/liaison-cluster:
#   served (default): setup/setup.sh's, with PostgreSQL's durable defaults;
#   test (LIAISON_CLUSTER=test, set by setup/test.sh and setup/bench.sh):
#     throwaway databases only, fsync, full_page_writes and synchronous_commit off.
CLUSTER_KIND="${LIAISON_CLUSTER:-served}"
case "$CLUSTER_KIND" in
served)
    PG_DATA="$LOCAL/pgdata"
    PG_SOCK="$LOCAL/pgsock"
    PG_LOG="$LOCAL/pglog"
    ;;
test)
    PG_PORT="${LIAISON_TEST_PG_PORT:-$((PG_PORT + 1))}"
    PG_DATA="$LOCAL/test/pgdata"
    PG_SOCK="$LOCAL/test/pgsock"
    PG_LOG="$LOCAL/test/pglog"
    ;;
*) printf '[liaison] ERROR: LIAISON_CLUSTER must be "served" or "test", not "%s"\n' \
    "$CLUSTER_KIND" >&2; exit 1 ;;
esac
PG_MARKER="$PG_DATA/liaison-cluster"
# Settings of the kind: only test clusters trade durability for speed.
PG_SAFE_OPTS="-c listen_addresses='' -c max_connections=200 -c jit=off"
PG_UNSAFE_OPTS="-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
PG_OS_USER="${LIAISON_PG_OS_USER:-liaisonpg}"
ADDONS="liaison_service,liaison_service_reports,liaison_service_portal"
ODOO_TARBALL_URL="${ODOO_TARBALL_URL:-https://nightly.odoo.com/18.0/nightly/src/odoo_18.0.latest.tar.gz}"

say() { printf '\033[1m[liaison]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[liaison] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { [ "$(id -u)" = 0 ]; }

# ---- Debian packages --------------------------------------------------------
DEB_PACKAGES=(wkhtmltopdf fonts-noto-cjk chromium poppler-utils libldap2-dev
    libsasl2-dev libpq-dev postgresql)

ensure_debian_packages() {
    local missing=()
    for pkg in "${DEB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    # PostgreSQL may come from elsewhere than Debian's package: accept any pg_ctl.
    if [ ${#missing[@]} -gt 0 ] && printf '%s\n' "${missing[@]}" | grep -qx postgresql \
        && find_pg_bin >/dev/null 2>&1; then
        missing=("${missing[@]/postgresql}")
        local cleaned=(); for p in "${missing[@]}"; do [ -n "$p" ] && cleaned+=("$p"); done
        missing=("${cleaned[@]+"${cleaned[@]}"}")
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! as_root; then
        die "missing Debian packages: ${missing[*]}. Fix: sudo apt-get install -y ${missing[*]}"
    fi
    if ! command -v apt-get >/dev/null; then
        die "missing packages ${missing[*]} and no apt-get here. Fix: install them with your system's package manager"
    fi
    say "installing Debian packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || die "apt-get install ${missing[*]} failed. Fix: run it by hand and read its error"
}

# ---- Odoo 18 and the Python packages ---------------------------------------
odoo_importable() {
    "$PYTHON" -c 'import odoo, sys; sys.exit(0 if odoo.release.version_info[0] == 18 else 3)' \
        >/dev/null 2>&1
}

pip_install() {
    "$PYTHON" -m pip install --disable-pip-version-check -q "$@"
}

install_odoo_requirements() {
    local src="$1" req
    req="$(mktemp)"
    # cbor2 5.4.2 (Odoo's pin for Python < 3.12) no longer builds with current
    # setuptools; 5.4.6 is the same API and does.
    sed -e 's/^cbor2==5\.4\.2/cbor2==5.4.6/' "$src/requirements.txt" >"$req"
    say "installing Odoo's Python requirements (first time takes a few minutes)"
    pip_install -r "$req" || die "pip could not install Odoo's requirements. Fix: read pip's error above (libldap2-dev, libsasl2-dev and libpq-dev are needed to build python-ldap and psycopg2)"
    rm -f "$req"
}

ensure_odoo() {
    if odoo_importable; then
        return 0
    fi
    local src="${ODOO_SRC:-}"
    if [ -z "$src" ]; then
        src="$LOCAL/odoo-src"
        if [ ! -f "$src/odoo/release.py" ]; then
            say "no Odoo 18 importable and no ODOO_SRC given: downloading the official 18.0 source"
            mkdir -p "$src"
            command -v curl >/dev/null || die "curl is needed to download Odoo. Fix: apt-get install curl, or set ODOO_SRC to an Odoo 18 source folder"
            curl -fsSL "$ODOO_TARBALL_URL" | tar -xz -C "$src" --strip-components=1 \
                || die "could not download Odoo 18 from $ODOO_TARBALL_URL. Fix: set ODOO_SRC=/path/to/odoo-18.0-source"
        fi
    fi
    [ -f "$src/odoo/release.py" ] && [ -f "$src/setup.py" ] \
        || die "ODOO_SRC=$src is not an Odoo source folder (no odoo/release.py or setup.py). Fix: point ODOO_SRC at the folder holding odoo-bin"
    grep -q "version_info = (18," "$src/odoo/release.py" \
        || die "ODOO_SRC=$src is not Odoo 18. Fix: point ODOO_SRC at an Odoo 18.0 source folder"
    install_odoo_requirements "$src"
    say "installing Odoo 18 from $src into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    pip_install wheel setuptools || die "pip could not install wheel and setuptools"
    pip_install --no-deps --no-build-isolation -e "$src" \
        || die "pip could not install Odoo from $src"
    odoo_importable || die "Odoo was installed but 'import odoo' still fails in $PYTHON"
}

ensure_python_packages() {
    if ! "$PYTHON" -c 'import cn2an, chinese_calendar, websocket, xlsxwriter, pytest' \
        >/dev/null 2>&1 || ! "$PYTHON" -m ruff --version >/dev/null 2>&1 \
        || ! "$PYTHON" -c 'import pylint_odoo' >/dev/null 2>&1; then
        say "installing the addons' Python packages"
        pip_install -r "$ROOT/setup/requirements.txt" \
            || die "pip could not install setup/requirements.txt"
    fi
}

# The addons path: the source's addons/ folder when Odoo is a git checkout
# (odoo/addons, holding base, is always searched by Odoo itself), then ours.
addons_path() {
    local top
    top="$("$PYTHON" -c 'import odoo, os; print(os.path.dirname(os.path.dirname(odoo.__file__)))')"
    if [ -d "$top/addons/web" ]; then
        echo "$top/addons,$ROOT"
    else
        echo "$ROOT"
    fi
}

# ---- PostgreSQL ------------------------------------------------------------
find_pg_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
        [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    command -v pg_ctl >/dev/null && command -v initdb >/dev/null \
        && { dirname "$(command -v pg_ctl)"; return 0; }
    return 1
}

# Runs a command as the unprivileged PostgreSQL account when we are root.
pg_run() {
    if as_root; then
        su -s /bin/bash "$PG_OS_USER" -c "$(printf '%q ' "$@")"
    else
        "$@"
    fi
}

# Starts (creating on first use) our own cluster in .local/ on a unix socket,
# unless the user configured a server through PGHOST/LIAISON_DB_HOST.
ensure_postgres() {
    if [ -n "${LIAISON_DB_HOST:-}" ]; then
        DB_ARGS=(--db_host "$LIAISON_DB_HOST" --db_port "${LIAISON_DB_PORT:-5432}"
            --db_user "${LIAISON_DB_USER:-odoo}" --db_password "${LIAISON_DB_PASSWORD:-odoo}")
        return 0
    fi
    local bin
    bin="$(find_pg_bin)" || die "PostgreSQL server binaries (initdb, pg_ctl) not found. Fix: apt-get install postgresql"
    mkdir -p "$LOCAL"
    if as_root; then
        id "$PG_OS_USER" >/dev/null 2>&1 \
            || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER" \
            || die "could not create the system account $PG_OS_USER for PostgreSQL"
        # PostgreSQL refuses to run as root: the cluster belongs to $PG_OS_USER,
        # who must be able to reach it.
        mkdir -p "$PG_DATA" "$PG_SOCK" "$PG_LOG"
        local d="$PG_DATA"
        while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d="$(dirname "$d")"; done
        chown "$PG_OS_USER" "$PG_DATA" "$PG_SOCK" "$PG_LOG"
    else
        mkdir -p "$PG_DATA" "$PG_SOCK" "$PG_LOG"
    fi
    chmod 700 "$PG_DATA"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        say "creating a $CLUSTER_KIND PostgreSQL cluster in $PG_DATA"
        pg_run "$bin/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust -E UTF8 \
            --locale=C.UTF-8 >"$PG_LOG/initdb.log" 2>&1 \
            || die "initdb failed, see $PG_LOG/initdb.log"
        write_cluster_marker
    fi
    if pg_run "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 \
        && [ ! -S "$PG_SOCK/.s.PGSQL.$PG_PORT" ]; then
        # Running but unreachable: its socket file was removed (a tmp cleaner,
        # or a stale server of a deleted copy of this folder).  Restart it.
        say "PostgreSQL runs but its socket is gone: restarting it"
        pg_run "$bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ "$CLUSTER_KIND" = served ]; then
        ensure_durable "$bin"
    fi
    if ! pg_run "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        local opts="-k $PG_SOCK -p $PG_PORT $PG_SAFE_OPTS"
        [ "$CLUSTER_KIND" = test ] && opts="$opts $PG_UNSAFE_OPTS"
        say "starting the $CLUSTER_KIND PostgreSQL cluster (socket $PG_SOCK, port $PG_PORT)"
        pg_run "$bin/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$PG_LOG/postgres.log" \
            -o "$opts" start >/dev/null \
            || die "PostgreSQL did not start, see $PG_LOG/postgres.log"
    fi
    DB_ARGS=(--db_host "$PG_SOCK" --db_port "$PG_PORT" --db_user "$PG_USER")
}

write_cluster_marker() {
    local tmp
    tmp="$(mktemp)"
    if [ "$CLUSTER_KIND" = served ]; then
        printf '%s\n' "kind=served" \
            "# Served by setup/setup.sh: PostgreSQL's durable defaults (fsync," \
            "# full_page_writes, synchronous_commit on).  Never relax them here." >"$tmp"
    else
        printf '%s\n' "kind=test" \
            "# Created by setup/test.sh for throwaway databases: fsync," \
            "# full_page_writes and synchronous_commit are off.  Never serve from it." >"$tmp"
    fi
    chmod 644 "$tmp"
    pg_run cp "$tmp" "$PG_MARKER" 2>/dev/null || cp "$tmp" "$PG_MARKER"
    rm -f "$tmp"
}

cluster_kind() {
    sed -n 's/^kind=//p' "$PG_MARKER" 2>/dev/null | head -1
}

# A served cluster with an unsafe setting (one created by an earlier version
# of this script, running with fsync=off...) is switched to the durable
# defaults: a clean stop (a checkpoint), every file flushed to disk
# (initdb --sync-only), the marker written, then a restart.  No data is lost.
ensure_durable() {
    local bin="$1" unsafe="" running=0
    if pg_run "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        running=1
        unsafe="$("$bin/psql" -h "$PG_SOCK" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
            "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings
             WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit')
               AND setting = 'off'" 2>/dev/null)" \
            || die "cannot read the settings of the PostgreSQL cluster in $PG_DATA"
    fi
    if [ "$(cluster_kind)" = served ] && [ -z "$unsafe" ]; then
        return 0
    fi
    if [ "$running" = 1 ] || [ -n "$(cluster_kind)" ] || [ -f "$PG_DATA/postmaster.opts" ]; then
        say "the PostgreSQL cluster in $PG_DATA ran with unsafe settings (${unsafe:-fsync=off, full_page_writes=off, synchronous_commit=off}): switching it to PostgreSQL's durable defaults; no data is lost"
        if [ "$running" = 1 ]; then
            pg_run "$bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 120 stop >/dev/null \
                || die "could not stop PostgreSQL in $PG_DATA to make it durable"
        fi
        # After running with fsync=off, flush every file to disk before
        # relying on fsync (PostgreSQL documentation of fsync).
        pg_run "$bin/initdb" --sync-only -D "$PG_DATA" >/dev/null \
            || die "initdb --sync-only failed on $PG_DATA"
    fi
    write_cluster_marker
}

psql_cmd() {
    local bin; bin="$(find_pg_bin)"
    if [ -n "${LIAISON_DB_HOST:-}" ]; then
        PGPASSWORD="${LIAISON_DB_PASSWORD:-odoo}" "$bin/psql" -h "$LIAISON_DB_HOST" \
            -p "${LIAISON_DB_PORT:-5432}" -U "${LIAISON_DB_USER:-odoo}" "$@"
    else
        "$bin/psql" -h "$PG_SOCK" -p "$PG_PORT" -U "$PG_USER" "$@"
    fi
}

db_exists() {
    [ "$(psql_cmd -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$1'")" = 1 ]
}

ensure_all() {
    ensure_debian_packages
    ensure_odoo
    ensure_python_packages
    ensure_postgres
}

# odoo_cmd [shell] OPTIONS...: Odoo with our addons path and database.
odoo_cmd() {
    local sub=()
    if [ "${1:-}" = shell ]; then sub=(shell); shift; fi
    "$PYTHON" -m odoo "${sub[@]+"${sub[@]}"}" --addons-path="$(addons_path)" \
        "${DB_ARGS[@]}" "$@"
}

# ---- Backups -----------------------------------------------------------------
# pg_dump, pg_restore, createdb... of the PostgreSQL in use, with its address.
pg_tool() {
    local tool="$1" bin
    shift
    bin="$(find_pg_bin)" || die "PostgreSQL client binaries not found. Fix: apt-get install postgresql"
    if [ -n "${LIAISON_DB_HOST:-}" ]; then
        PGPASSWORD="${LIAISON_DB_PASSWORD:-odoo}" "$bin/$tool" -h "$LIAISON_DB_HOST" \
            -p "${LIAISON_DB_PORT:-5432}" -U "${LIAISON_DB_USER:-odoo}" "$@"
    else
        "$bin/$tool" -h "$PG_SOCK" -p "$PG_PORT" -U "$PG_USER" "$@"
    fi
}

# The folder of a database's attachments (Odoo's data_dir/filestore/DB).
filestore_dir() {
    "$PYTHON" -c 'import sys; from odoo.tools import config; print(config.filestore(sys.argv[1]))' "$1"
}

BACKUP_DIR="${LIAISON_BACKUP_DIR:-$LOCAL/backups}"
BACKUP_KEEP="${LIAISON_BACKUP_KEEP:-14}"

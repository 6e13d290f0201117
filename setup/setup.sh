#!/usr/bin/env bash
# First command of the README: take this machine to a running Liaison Service.
#
#   ./setup/setup.sh            demo mode: install what is missing, create the
#                               demo database (once), update the addons, serve
#                               on :8069 — for trying the system, never for real data
#   LIAISON_MODE=production ./setup/setup.sh
#                               production mode: a database without demo data,
#                               in Chinese, a generated administrator password
#                               and master password (shown once), the database
#                               manager and list disabled, localhost only unless
#                               LIAISON_HTTP_INTERFACE is set, proxy mode for
#                               nginx, workers sized to the machine with a cron
#                               worker, and a daily backup (setup/backup.sh)
#   ./setup/setup.sh --no-serve the same, without serving
#
# Environment: ODOO_SRC (an Odoo 18 source folder, used when Odoo is not
# importable), LIAISON_DB (database, default "liaison"), LIAISON_HTTP_PORT
# (default 8069), LIAISON_DB_HOST/PORT/USER/PASSWORD (use that PostgreSQL
# server instead of starting our own cluster in .local/).  Production only:
# LIAISON_HTTP_INTERFACE (default 127.0.0.1), LIAISON_GEVENT_PORT (default
# 8072), LIAISON_WORKERS (default from CPUs and memory), LIAISON_BACKUP_AT
# (default 02:30, "off" for no schedule), LIAISON_BACKUP_KEEP (default 14).
# A database without demo data is always served in production mode.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVE=1
[ "${1:-}" = "--no-serve" ] && SERVE=0
DB="${LIAISON_DB:-liaison}"
HTTP_PORT="${LIAISON_HTTP_PORT:-8069}"
MODE="${LIAISON_MODE:-}"
case "$MODE" in
"" | demo | production) ;;
*) die "LIAISON_MODE must be demo or production, not $MODE" ;;
esac

ensure_all

has_demo_data() {
    [ "$(psql_cmd -d "$DB" -tAc "SELECT demo FROM ir_module_module WHERE name = 'base'")" = t ]
}

if db_exists "$DB"; then
    if has_demo_data; then
        [ "$MODE" = production ] \
            && die "database $DB holds demo data (users whose password is their login): production needs a database of its own. Fix: LIAISON_MODE=production LIAISON_DB=<new name> ./setup/setup.sh"
        MODE=demo
    else
        [ "$MODE" = demo ] && say "database $DB has no demo data: serving it in production mode"
        MODE=production
    fi
    say "database $DB exists: updating the addons (data is kept)"
    odoo_cmd -d "$DB" -u "$ADDONS" --stop-after-init --no-http --log-level=warn \
        || die "updating the addons in $DB failed, see the log above"
elif [ "$MODE" = production ]; then
    say "creating the production database $DB: the three addons, zh_CN, no demo data"
    odoo_cmd -d "$DB" -i "$ADDONS" --without-demo=all --load-language=zh_CN \
        --stop-after-init --no-http --log-level=warn || die "creating $DB failed, see the log above"
    ADMIN_PASSWORD="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(15))')"
    LIAISON_ADMIN_PASSWORD="$ADMIN_PASSWORD" odoo_cmd shell -d "$DB" --no-http \
        --log-level=warn <<'PY' >/dev/null || die "setting the administrator password of $DB failed"
import os
admin = env.ref("base.user_admin")
admin.write({"password": os.environ["LIAISON_ADMIN_PASSWORD"], "lang": "zh_CN",
             "tz": "Asia/Shanghai"})
env.company.partner_id.write({"lang": "zh_CN"})
env.cr.commit()
PY
else
    MODE=demo
    say "creating database $DB with the three addons, Chinese demo data and zh_CN"
    odoo_cmd -d "$DB" -i "$ADDONS" --load-language=zh_CN --stop-after-init --no-http \
        --log-level=warn || die "creating $DB failed, see the log above"
    # Demo users work in Chinese.
    odoo_cmd shell -d "$DB" --no-http --log-level=warn <<'PY' >/dev/null
env["res.users"].with_context(active_test=False).search(
    [("login", "in", ["admin", "leader", "office", "office_b", "officer",
                      "department", "enterprise", "enterprise_b"])]
).write({"lang": "zh_CN", "tz": "Asia/Shanghai"})
env.company.partner_id.write({"lang": "zh_CN"})
env.cr.commit()
PY
fi

# ---- Demo mode --------------------------------------------------------------
if [ "$MODE" = demo ]; then
    cat >&2 <<MSG

Liaison Service is ready in database "$DB".  Demo logins (password = login):
  admin        administrator (password admin)
  leader       leadership, 江源市 (whole city)
  office       office, 安平县            office_b   office, 临河区
  officer      liaison officer, 安平县
  department   department guide, 安平县自然资源局
  enterprise   portal, 安平绿源食品有限公司
  enterprise_b portal, 临河新材料科技有限公司
MSG
    demo_banner() {
        say "*** DEMO MODE: demo data, passwords equal to the logins, open database manager."
        say "*** Do not enter real data here.  For real use: LIAISON_MODE=production ./setup/setup.sh"
    }
    demo_banner
    if [ "$SERVE" = 1 ]; then
        say "serving the DEMO on http://localhost:$HTTP_PORT (Ctrl-C stops)"
        exec "$PYTHON" -m odoo --addons-path="$(addons_path)" "${DB_ARGS[@]}" -d "$DB" \
            --db-filter="^${DB}\$" --http-port="$HTTP_PORT"
    fi
    exit 0
fi

# ---- Production mode --------------------------------------------------------
CONF="$LOCAL/odoo-production-$DB.conf"
INTERFACE="${LIAISON_HTTP_INTERFACE:-127.0.0.1}"
GEVENT_PORT="${LIAISON_GEVENT_PORT:-8072}"
CPUS="$(nproc 2>/dev/null || echo 1)"
MEM_MB="$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo 2>/dev/null || echo 2048)"
# Odoo's rule of thumb: 2 workers per CPU plus one, each needing some 250 MB
# besides 1 GB left to PostgreSQL and the system.
WORKERS="${LIAISON_WORKERS:-$((2 * CPUS + 1))}"
MAX_BY_MEM=$(((MEM_MB - 1024) / 250))
[ "$MAX_BY_MEM" -lt 2 ] && MAX_BY_MEM=2
[ -z "${LIAISON_WORKERS:-}" ] && [ "$WORKERS" -gt "$MAX_BY_MEM" ] && WORKERS="$MAX_BY_MEM"
[[ "$WORKERS" =~ ^[1-9][0-9]*$ ]] || die "LIAISON_WORKERS must be a positive number, not $WORKERS"

MASTER_HASH=""
[ -f "$CONF" ] && MASTER_HASH="$(sed -n 's/^admin_passwd = //p' "$CONF")"
if [ -z "$MASTER_HASH" ]; then
    MASTER_PASSWORD="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(15))')"
    MASTER_HASH="$(LIAISON_MASTER="$MASTER_PASSWORD" "$PYTHON" -c '
import os
from passlib.context import CryptContext
print(CryptContext(["pbkdf2_sha512"]).hash(os.environ["LIAISON_MASTER"]))')"
fi
umask 077
cat >"$CONF.new" <<CONF
; Production configuration of database $DB, written by setup/setup.sh on
; every run (LIAISON_MODE=production); edit the environment, not this file.
[options]
admin_passwd = $MASTER_HASH
list_db = False
dbfilter = ^${DB}\$
db_name = $DB
without_demo = all
http_interface = $INTERFACE
http_port = $HTTP_PORT
gevent_port = $GEVENT_PORT
proxy_mode = True
workers = $WORKERS
max_cron_threads = 1
limit_time_cpu = 600
limit_time_real = 1200
limit_memory_soft = 2147483648
limit_memory_hard = 2684354560
CONF
mv "$CONF.new" "$CONF"
umask 022

if [ "${LIAISON_BACKUP_AT:-02:30}" != off ]; then
    "$ROOT/setup/backup.sh" --schedule "${LIAISON_BACKUP_AT:-02:30}" "$DB" \
        || die "installing the daily backup failed (LIAISON_BACKUP_AT=off to skip it)"
fi

cat >&2 <<MSG

Liaison Service (PRODUCTION) is ready in database "$DB", configuration $CONF:
  listening on $INTERFACE:$HTTP_PORT (websocket $INTERFACE:$GEVENT_PORT), proxy mode for nginx,
  $WORKERS workers and 1 cron worker ($CPUS CPUs, $MEM_MB MB), database manager and list disabled.
MSG
if [ -n "${ADMIN_PASSWORD:-}" ]; then
    cat >&2 <<MSG
  Administrator login: admin   password: $ADMIN_PASSWORD
  (shown once: write it down and change it after the first login)
MSG
fi
if [ -n "${MASTER_PASSWORD:-}" ]; then
    cat >&2 <<MSG
  Master password (database management, stored hashed in $CONF): $MASTER_PASSWORD
  (shown once)
MSG
fi
if [ "$SERVE" = 1 ]; then
    say "serving $DB in production mode on http://$INTERFACE:$HTTP_PORT (Ctrl-C stops)"
    # A launcher script, not "python3 -m odoo": the prefork server re-runs
    # sys.argv[0] to start its websocket (gevent) process.
    exec "$PYTHON" "$ROOT/setup/odoo_launcher.py" -c "$CONF" --addons-path="$(addons_path)" \
        "${DB_ARGS[@]}" -d "$DB"
fi

#!/usr/bin/env bash
# First command of the README: take this machine to a running Liaison Service.
#
#   ./setup/setup.sh            install what is missing, create the demo database
#                               (once), update the addons, serve on :8069
#   ./setup/setup.sh --no-serve the same, without serving
#
# Environment: ODOO_SRC (an Odoo 18 source folder, used when Odoo is not
# importable), LIAISON_DB (database, default "liaison"), LIAISON_HTTP_PORT
# (default 8069), LIAISON_DB_HOST/PORT/USER/PASSWORD (use that PostgreSQL
# server instead of starting our own cluster in .local/).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVE=1
[ "${1:-}" = "--no-serve" ] && SERVE=0
DB="${LIAISON_DB:-liaison}"
HTTP_PORT="${LIAISON_HTTP_PORT:-8069}"

ensure_all

if db_exists "$DB"; then
    say "database $DB exists: updating the addons (data is kept)"
    odoo_cmd -d "$DB" -u "$ADDONS" --stop-after-init --no-http --log-level=warn \
        || die "updating the addons in $DB failed, see the log above"
else
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

if [ "$SERVE" = 1 ]; then
    say "serving on http://localhost:$HTTP_PORT (Ctrl-C stops)"
    exec "$PYTHON" -m odoo --addons-path="$(addons_path)" "${DB_ARGS[@]}" -d "$DB" \
        --db-filter="^${DB}\$" --http-port="$HTTP_PORT"
fi

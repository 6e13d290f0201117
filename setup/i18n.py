"""Regenerate i18n/<module>.pot and i18n/zh_CN.po of the three addons.

Run inside an Odoo shell on a database where the addons are installed:

    source setup/lib.sh && ensure_postgres
    odoo_cmd shell -d liaison --no-http < setup/i18n.py

Existing zh_CN translations are kept; extra ones are taken from JSON files
{"English": "中文"} in .local/i18n/.  Terms still untranslated are listed.
"""

# ruff: noqa: F821  (env is given by the Odoo shell)
import glob
import io
import json
import os

import polib

from odoo.tools.misc import file_path
from odoo.tools.translate import trans_export

ROOT = os.environ.get("LIAISON_ROOT", os.getcwd())
MODULES = ["liaison_service", "liaison_service_reports", "liaison_service_portal"]

extra = {}
LOCAL = os.environ.get("LIAISON_LOCAL", os.path.join(ROOT, ".local"))
for path in sorted(glob.glob(os.path.join(LOCAL, "i18n", "*.json"))):
    with open(path, encoding="utf-8") as f:
        extra.update({k: v for k, v in json.load(f).items() if v})

# Odoo's own Chinese for the fields every model inherits (Created by, Followers...).
core = {}
for core_module in ("base", "mail", "portal", "rating", "web", "resource", "hr"):
    try:
        core_po = file_path(f"{core_module}/i18n/zh_CN.po")
    except FileNotFoundError:
        continue
    core.update({e.msgid: e.msgstr for e in polib.pofile(core_po) if e.msgstr})

missing_total = 0
installed = set(
    env["ir.module.module"]
    .search([("name", "in", MODULES), ("state", "=", "installed")])
    .mapped("name")
)
for module in MODULES:
    if module not in installed:
        print(f"{module}: not installed in this database, left as it is")
        continue
    i18n = os.path.join(ROOT, module, "i18n")
    os.makedirs(i18n, exist_ok=True)
    buf = io.BytesIO()
    trans_export(False, [module], buf, "po", env.cr)
    pot_text = buf.getvalue().decode()
    with open(os.path.join(i18n, f"{module}.pot"), "w", encoding="utf-8") as f:
        f.write(pot_text)
    po_path = os.path.join(i18n, "zh_CN.po")
    known = dict(core)
    # Translations of the other modules' files help (shared words).
    for other in MODULES:
        other_po = os.path.join(ROOT, other, "i18n", "zh_CN.po")
        if os.path.exists(other_po) and other != module:
            known.update(
                {e.msgid: e.msgstr for e in polib.pofile(other_po) if e.msgstr}
            )
    if os.path.exists(po_path):
        known.update({e.msgid: e.msgstr for e in polib.pofile(po_path) if e.msgstr})
    # The JSON files win: they carry new terms and corrected translations.
    known.update(extra)
    po = polib.pofile(pot_text)
    po.metadata.update(
        {
            "Language": "zh_CN",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "",
            "Plural-Forms": "",
        }
    )
    po.metadata = {k: v for k, v in po.metadata.items() if v}
    missing = []
    for entry in po:
        entry.msgstr = known.get(entry.msgid, "")
        if not entry.msgstr:
            missing.append(entry.msgid)
    po.save(po_path)
    missing_total += len(missing)
    print(f"{module}: {len(po)} terms, {len(missing)} untranslated")
    for msgid in missing:
        print("   MISSING:", json.dumps(msgid, ensure_ascii=False))
print(f"untranslated in all: {missing_total}")

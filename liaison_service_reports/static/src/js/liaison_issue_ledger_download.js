/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
// Issue list, Actions > Export Issue Ledger (XLSX): POST the list's domain
// (or the selected records) to the ledger route, so that no id goes in a URL
// whatever the size of the selection.
import { download } from "@web/core/network/download";
import { registry } from "@web/core/registry";

async function liaisonIssueLedgerDownload(env, action) {
    const { url, domain } = action.params;
    env.services.ui.block();
    try {
        await download({ url, data: { domain: JSON.stringify(domain) } });
    } finally {
        env.services.ui.unblock();
    }
}

registry.category("actions").add("liaison_issue_ledger_download", liaisonIssueLedgerDownload);

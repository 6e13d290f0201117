/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("liaison_portal_home_tour", {
    url: "/my",
    steps: () => [
        {
            content: "The liaison service introduces itself on the portal home",
            trigger: ".o_liaison_portal_intro strong",
        },
        {
            content: "The enterprise's own documents are listed below",
            trigger: ".o_portal_my_home",
        },
    ],
});

/** @odoo-module **/

import { registry } from "@web/core/registry";

// Started by test_verify.py on the verification page of a valid test officer.
registry.category("web_tour.tours").add("liaison_verify_tour", {
    steps: () => [
        {
            content: "The certificate holder's name is shown",
            trigger: ".o_liaison_verify_name:contains(林晓岚)",
        },
        {
            content: "The card is shown as valid today",
            trigger: ".o_liaison_verify_valid:visible",
        },
        {
            content: "No invalid badge",
            trigger: "body:not(:has(.o_liaison_verify_invalid))",
        },
    ],
});

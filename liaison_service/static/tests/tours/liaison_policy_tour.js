/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Started by test_policy_tour.py on data it creates.
// The office turns a signed project into a liaison project from its form.
registry.category("web_tour.tours").add("liaison_signing_project_tour", {
    url: "/odoo/liaison-signed-projects",
    steps: () => [
        {
            content: "Show the signed projects as a list",
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Open the signed project",
            trigger: ".o_data_row td:contains(Tour Cold Chain)",
            run: "click",
        },
        {
            content: "Make it a liaison project",
            trigger: "button[name=action_create_project]",
            run: "click",
        },
        {
            content: "The liaison project form opens",
            trigger: ".o_form_view .o_field_widget[name=name] input:value(Tour Cold Chain)",
        },
    ],
});

// The issuing department approves an application from its form.
registry.category("web_tour.tours").add("liaison_policy_approve_tour", {
    url: "/odoo/liaison-policy-applications",
    steps: () => [
        {
            content: "Open the application",
            trigger: ".o_data_row td:contains(Tour Enterprise)",
            run: "click",
        },
        {
            content: "Approve it",
            trigger: "button[name=action_approve]",
            run: "click",
        },
        {
            content: "The application is approved",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=approved]",
        },
    ],
});

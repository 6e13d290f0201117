/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
// The three saves of issue 9, from the screen: a new issue (office and
// officer), a new assignment notice from the issue's 交办 button, and a
// department's reply.  The test opens each tour on the right record.
import { registry } from "@web/core/registry";

function pickMany2one(field, text) {
    return [
        {
            content: `Type ${text} in ${field}`,
            trigger: `.o_field_widget[name='${field}'] input`,
            run: `edit ${text}`,
        },
        {
            content: `Choose ${text}`,
            trigger: `.o_field_widget[name='${field}'] .o-autocomplete--dropdown-item a:contains('${text}')`,
            run: "click",
        },
    ];
}

function saveForm() {
    return [
        {
            content: "Save the form",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The form is saved, without an error dialog",
            trigger: ".o_form_saved",
        },
    ];
}

const newIssueSteps = (subject) => [
    {
        content: "The issue ledger opens on a new issue",
        trigger: ".o_form_view .o_field_widget[name='name'] input",
        run: `edit ${subject}`,
    },
    ...pickMany2one("partner_id", "Trust Enterprise A"),
    ...pickMany2one("region_id", "Trust County A"),
    ...saveForm(),
];

registry.category("web_tour.tours").add("liaison_trust_new_issue_office", {
    steps: () => newIssueSteps("办公室登记的问题"),
});

registry.category("web_tour.tours").add("liaison_trust_new_issue_officer", {
    steps: () => [
        ...newIssueSteps("走访发现的问题").slice(0, 1),
        ...pickMany2one("partner_id", "Trust Enterprise A"),
        ...pickMany2one("region_id", "Trust County A"),
        ...pickMany2one("officer_id", "Trust Officer A"),
        ...saveForm(),
    ],
});

registry.category("web_tour.tours").add("liaison_trust_assign_issue", {
    steps: () => [
        {
            content: "The office presses 交办 on the accepted issue",
            trigger: ".o_form_view button[name='action_assign']",
            run: "click",
        },
        {
            content: "A new notice opens for the issue",
            trigger: ".o_form_view .o_field_widget[name='issue_id'] input",
        },
        ...pickMany2one("lead_department_id", "Trust Land Bureau"),
        ...saveForm(),
        {
            content: "The saved notice is a draft waiting for approval",
            trigger: ".o_form_view button[name='action_approve']",
        },
    ],
});

registry.category("web_tour.tours").add("liaison_trust_department_reply", {
    steps: () => [
        {
            content: "The cooperating department is listed (协办单位)",
            trigger: ".o_field_widget[name='cooperating_department_ids'] .o_tag:contains('Trust Housing Bureau')",
        },
        {
            content: "Open the reply tab",
            trigger: ".o_notebook .nav-link[name='reply']",
            run: "click",
        },
        {
            content: "The lead department types its reply",
            trigger: ".o_field_widget[name='reply'] .odoo-editor-editable",
            run: "editor 已完成用地预审，同意办理。",
        },
        {
            content: "Press 回复",
            trigger: ".o_form_view button[name='action_reply']",
            run: "click",
        },
        {
            content: "The notice is replied, without an access error",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='replied']",
        },
    ],
});

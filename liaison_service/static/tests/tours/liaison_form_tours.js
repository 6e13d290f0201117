/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Create a record from its form, save it, then press the form's main
// buttons, the way the role that uses the form does it.

function fieldSteps([name, value, kind]) {
    const field = `.o_form_view .o_field_widget[name='${name}']`;
    switch (kind) {
        case "m2o":
            return [
                { content: `${name}: type ${value}`, trigger: `${field} input`, run: `edit ${value}` },
                {
                    content: `${name}: pick ${value}`,
                    trigger: `.o-autocomplete--dropdown-item:contains(${value})`,
                    run: "click",
                },
            ];
        case "select":
            return [{ content: `${name}: ${value}`, trigger: `${field} select`, run: `select "${value}"` }];
        case "text":
            return [{ content: `${name}: ${value}`, trigger: `${field} textarea`, run: `edit ${value}` }];
        case "tab":
            return [{ content: `Tab ${name}`, trigger: `.o_notebook a.nav-link[name='${name}']`, run: "click" }];
        case "check":
            return [{ content: `${name}: tick`, trigger: `${field} input`, run: "click" }];
        default:
            return [{ content: `${name}: ${value}`, trigger: `${field} input`, run: `edit ${value}` }];
    }
}

function formTour(name, { action, open, fields = [], buttons = [] }) {
    const start = open
        ? [{ content: `Open ${open}`, trigger: `.o_data_row:contains(${open}) td.o_data_cell`, run: "click" }]
        : [];
    registry.category("web_tour.tours").add(name, {
        url: open ? `/odoo/action-liaison_service.${action}` : `/odoo/action-liaison_service.${action}/new`,
        steps: () => [
            ...start,
            { content: "The form is open", trigger: ".o_form_view .o_form_renderer" },
            ...fields.flatMap(fieldSteps),
            { content: "Save", trigger: ".o_form_button_save", run: "click" },
            { content: "Saved", trigger: ".o_form_view .o_form_saved" },
            ...buttons.flatMap(([button, expected]) => [
                {
                    content: `Press ${button}`,
                    trigger: `.o_form_view button[name='${button}']:not([disabled])`,
                    run: "click",
                },
                { content: `After ${button}: ${expected}`, trigger: expected },
            ]),
        ],
    });
}

// The state reached, by its technical value (the labels are translated).
const current = (value) => `.o_statusbar_status .o_arrow_button_current[data-value='${value}']`;

// The home records the tests create (test_ui_forms.py), picked in many-to-one
// fields.
const HOME = {
    project: ["project_id", "Home Project", "m2o"],
    enterprise: ["partner_id", "Home Enterprise", "m2o"],
    county: ["region_id", "Home County", "m2o"],
    department: ["department_id", "Home Department", "m2o"],
    permit: ["approval_item_id", "Home Permit", "m2o"],
};

formTour("liaison_form_region_tour", {
    action: "liaison_region_action",
    fields: [
        ["name", "Tour Township"],
        ["code", "TOUR01"],
        ["level", "township", "select"],
        ["parent_id", "Home County", "m2o"],
    ],
    buttons: [["action_view_departments", ".o_list_view, .o_kanban_view"]],
});

formTour("liaison_form_department_tour", {
    action: "liaison_department_action",
    fields: [
        ["name", "Tour Bureau"],
        ["code", "TB01"],
        HOME.county,
    ],
});

formTour("liaison_form_officer_tour", {
    action: "liaison_officer_action",
    fields: [
        ["name", "Tour Officer"],
        HOME.department,
        HOME.county,
        ["work_years", "6"],
        ["selection", "", "tab"],
        ["unit_opinion", "Recommended by the unit.", "text"],
    ],
    buttons: [["action_submit_unit_opinion", current("unit_opinion")]],
});

formTour("liaison_form_approval_item_tour", {
    action: "liaison_approval_item_action",
    fields: [
        ["name", "Tour Permit"],
        HOME.department,
    ],
});

formTour("liaison_form_guide_tour", {
    action: "liaison_department_guide_action",
    fields: [
        ["item_id", "Home Permit", "m2o"],
        ["name", "Tour Guide"],
        ["phone", "0839-1234567"],
    ],
});

formTour("liaison_form_project_tour", {
    action: "liaison_project_action",
    fields: [
        ["name", "Tour Project"],
        HOME.enterprise,
        HOME.county,
    ],
});

formTour("liaison_form_consultation_tour", {
    action: "liaison_consultation_action",
    fields: [
        ["name", "Tour Consultation"],
        HOME.enterprise,
        HOME.county,
        ["question", "Which permits does a cold store need?", "text"],
        ["answer", "Filing, land, planning and fire approval.", "text"],
    ],
    buttons: [["action_answer", current("answered")]],
});

formTour("liaison_form_agreement_tour", {
    action: "liaison_agreement_action",
    fields: [HOME.project],
    buttons: [["action_send", current("sent")]],
});

formTour("liaison_form_dispatch_tour", {
    action: "liaison_dispatch_action",
    fields: [
        HOME.project,
        ["main_officer_id", "Home Officer", "m2o"],
    ],
    buttons: [["action_issue", current("issued")]],
});

formTour("liaison_form_checklist_line_tour", {
    action: "liaison_checklist_line_action",
    fields: [
        HOME.project,
        HOME.permit,
    ],
    buttons: [["action_start", current("in_progress")]],
});

formTour("liaison_form_opinion_request_tour", {
    action: "liaison_opinion_request_action",
    fields: [
        HOME.project,
        HOME.permit,
        ["question", "Is a traffic study needed?", "text"],
    ],
    buttons: [["action_send", current("sent")]],
});

formTour("liaison_form_meeting_tour", {
    action: "liaison_meeting_action",
    fields: [
        ["name", "Tour Weekly Meeting"],
        ["location", "Room 301"],
    ],
    buttons: [["action_hold", current("held")]],
});

formTour("liaison_form_rectification_tour", {
    action: "liaison_rectification_action",
    open: "Home Enterprise",
    fields: [
        ["measures", "The lead department met the enterprise again.", "text"],
        ["callback_result", "The enterprise is satisfied now.", "text"],
        ["callback_satisfied", "", "check"],
    ],
    buttons: [["action_done", current("done")]],
});

formTour("liaison_form_issue_category_tour", {
    action: "liaison_issue_category_action",
    fields: [["name", "Tour Category"]],
});

/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Started by test_field_work_tour.py as an officer, on a phone-sized screen:
// log a visit to the key enterprise 安平绿源食品有限公司 with an on-site
// check-in, put the problem noted on the issue ledger, then submit the
// week's report.
registry.category("web_tour.tours").add("liaison_officer_week_tour", {
    url: "/odoo/liaison-work-log/new",
    steps: () => [
        {
            content: "Summarise the visit",
            trigger: ".o_field_widget[name=name] input",
            run: "edit 走访绿源食品了解扩产需求",
        },
        {
            content: "Choose the enterprise",
            trigger: ".o_field_widget[name=partner_id] input",
            run: "click",
        },
        {
            content: "Open the search of the phone's picker",
            trigger: ".modal button:has(i.fa-search)",
            run: "click",
        },
        {
            content: "Search the enterprise by its name (a living county has many)",
            trigger: ".modal .o_searchview_input",
            run: "edit 安平绿源食品",
        },
        {
            content: "Run the search",
            trigger: ".modal .o_searchview_input",
            run: "press Enter",
        },
        {
            content: "Pick the enterprise served",
            trigger: ".modal .o_kanban_record:contains(安平绿源食品有限公司)",
            run: "click",
        },
        {
            content: "The enterprise is chosen",
            trigger: ".o_field_widget[name=partner_id]:contains(安平绿源食品有限公司), .o_field_widget[name=partner_id] input:value(安平绿源食品有限公司)",
        },
        {
            content: "Write the problem raised",
            trigger: ".o_field_widget[name=problems] textarea",
            run: "edit 二期冷库用地指标尚未落实",
        },
        {
            content: "Sign the integrity pledge",
            trigger: ".o_field_widget[name=integrity_pledge] input",
            run: "click",
        },
        {
            content: "Check in on site",
            trigger: "button.o_liaison_checkin",
            run: "click",
        },
        {
            content: "The visit is checked in",
            trigger: ".o_liaison_checked_in",
        },
        {
            content: "Put the problem on the issue ledger",
            trigger: "button.o_liaison_log_create_issue",
            run: "click",
        },
        {
            content: "The issue form opens with the problem as its subject",
            trigger: ".o_form_view .o_field_widget[name=name]:contains(二期冷库用地指标尚未落实), .o_form_view .o_field_widget[name=name] input:value(二期冷库用地指标尚未落实)",
            run() {
                window.location.href =
                    "/odoo/action-liaison_service.liaison_work_report_action_generate_weekly";
            },
        },
        {
            content: "The week's draft report counts the visit",
            trigger: ".o_form_view .o_field_widget[name=visit_count]:contains(1)",
        },
        {
            content: "Submit the weekly report",
            trigger: "button.o_liaison_report_submit",
            run: "click",
        },
        {
            content: "The report is submitted",
            trigger: ".o_form_view:not(:has(button.o_liaison_report_submit))",
        },
    ],
});

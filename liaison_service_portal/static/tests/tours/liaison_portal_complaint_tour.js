/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("liaison_portal_complaint_tour", {
    url: "/my",
    steps: () => [
        {
            content: "Open the complaint form from the portal home",
            trigger: "a[href='/my/liaison/complaints/new']",
            run: "click",
        },
        {
            content: "Submitting without a nature is refused",
            trigger: "button.o_liaison_complaint_submit",
            run: "click",
        },
        {
            content: "The form says what is missing",
            trigger: ".o_liaison_complaint_errors",
        },
        {
            content: "An integrity complaint",
            trigger: "#liaison_complaint_integrity",
            run: "click",
        },
        {
            content: "Choose the region",
            trigger: "#liaison_complaint_region",
            run: "selectByIndex 1",
        },
        {
            content: "Subject",
            trigger: "#liaison_complaint_subject",
            run: "edit 服务人员接受宴请",
        },
        {
            content: "What happened",
            trigger: "#liaison_complaint_description",
            run: "edit 上周项目验收后，服务人员接受了企业安排的宴请。",
        },
        {
            content: "Stay anonymous",
            trigger: "#liaison_complaint_anonymous",
            run: "click",
        },
        {
            content: "Submit",
            trigger: "button.o_liaison_complaint_submit",
            run: "click",
        },
        {
            content: "The complaint is registered with its number",
            trigger: ".o_liaison_complaint_done .o_liaison_complaint_number:contains('纪')",
        },
    ],
});

/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";
import {
    openProjectSteps,
    signSteps,
} from "@liaison_service_portal/../tests/tours/liaison_portal_tour_steps";

// Started by test_portal_project.py as the enterprise's portal user, on data
// created by the test (project 门户测试项目 with a sent agreement).
registry.category("web_tour.tours").add("liaison_portal_project_tour", {
    url: "/my/liaison/projects",
    steps: () => [
        ...openProjectSteps("门户测试项目"),
        {
            content: "The checklist lists the approval item with its deadline",
            trigger: ".o_liaison_checklist_line td:contains(门户测试事项)",
        },
        {
            content: "The officer's contact is shown",
            trigger: ".o_liaison_project_officer:contains(13900001111)",
        },
        {
            content: "Open the entrustment agreement",
            trigger: "a.o_liaison_agreement_link",
            run: "click",
        },
        ...signSteps("Zhang Jingli", "张经理"),
    ],
});

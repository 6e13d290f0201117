/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Started by test_portal_policy.py as the enterprise's portal user, on data
// created by the test (the policy 门户岗位补贴 the enterprise qualifies for).
// Part 1: the enterprise sees its matching policy and applies with a file.
registry.category("web_tour.tours").add("liaison_portal_policy_tour", {
    url: "/my/liaison/policies",
    steps: () => [
        {
            content: "The matching policy is shown",
            trigger: ".o_liaison_policy_card .o_liaison_policy_name:contains(门户岗位补贴)",
        },
        {
            content: "Give the number of jobs created",
            trigger:
                ".o_liaison_policy_card:has(.o_liaison_policy_name:contains(门户岗位补贴)) input[name=jobs_claimed]",
            run: "edit 2",
        },
        {
            content: "Describe the application",
            trigger:
                ".o_liaison_policy_card:has(.o_liaison_policy_name:contains(门户岗位补贴)) textarea[name=description]",
            run: "edit 新增两个岗位，已签订两年期劳动合同",
        },
        {
            content: "Attach the labour contracts",
            trigger:
                ".o_liaison_policy_card:has(.o_liaison_policy_name:contains(门户岗位补贴)) input[name=attachments]",
            run() {
                const transfer = new DataTransfer();
                transfer.items.add(
                    new File(["%PDF-1.4 labour contracts"], "labour_contracts.pdf", {
                        type: "application/pdf",
                    })
                );
                this.anchor.files = transfer.files;
            },
        },
        {
            content: "Apply",
            trigger:
                ".o_liaison_policy_card:has(.o_liaison_policy_name:contains(门户岗位补贴)) button.o_liaison_policy_apply",
            run: "click",
        },
        {
            content: "The application is submitted",
            trigger: ".o_liaison_apply_ok",
        },
        {
            content: "The attachment is listed",
            trigger: ".o_liaison_application_attachment:contains(labour_contracts.pdf)",
        },
    ],
});

// Part 2, once the issuing department has approved: the enterprise sees the
// decision and the amount approved (2 jobs × 2,000 CNY).
registry.category("web_tour.tours").add("liaison_portal_policy_decision_tour", {
    url: "/my/liaison/policies",
    steps: () => [
        {
            content: "Open the application",
            trigger: ".o_liaison_application_row a",
            run: "click",
        },
        {
            content: "The approved amount is shown",
            trigger: ".o_liaison_application_amount:contains(4,000.00)",
        },
    ],
});

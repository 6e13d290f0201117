/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Started by test_portal_issue.py as the enterprise's portal user, on data
// created by the test (category 门户问题类别, a project giving the region).
// Part 1: the enterprise reports an issue through the direct channel.
registry.category("web_tour.tours").add("liaison_portal_issue_tour", {
    url: "/my/liaison/issues",
    steps: () => [
        {
            content: "Report a new issue",
            trigger: "a.o_liaison_issue_new_link",
            run: "click",
        },
        {
            content: "Choose the nature of the issue",
            trigger: "select#liaison_issue_category",
            run: "selectByLabel 门户问题类别",
        },
        {
            content: "Give a subject",
            trigger: "input#liaison_issue_name",
            run: "edit 浏览器提交的问题",
        },
        {
            content: "Describe the issue",
            trigger: "textarea#liaison_issue_description",
            run: "edit 厂区道路施工许可迟迟未批",
        },
        {
            content: "Submit the issue",
            trigger: "button.o_liaison_issue_submit",
            run: "click",
        },
        {
            content: "The issue is received and shows its stage",
            trigger: ".o_liaison_issue_submit_ok",
        },
        {
            content: "The description is shown on the issue",
            trigger: ".o_liaison_issue_description:contains(厂区道路施工许可迟迟未批)",
        },
    ],
});

// Part 2, once the office has solved the issue: the enterprise confirms the
// solution (close-out, 销号) and rates it 满意 (4).
registry.category("web_tour.tours").add("liaison_portal_issue_close_tour", {
    url: "/my/liaison/issues",
    steps: () => [
        {
            content: "Open the solved issue",
            trigger: "a.o_liaison_issue_link:contains(浏览器提交的问题)",
            run: "click",
        },
        {
            content: "The solution is shown",
            trigger: ".o_liaison_issue_resolution:contains(已协调发放施工许可)",
        },
        {
            content: "Confirm the solution",
            trigger: "button.o_liaison_issue_confirm",
            run: "click",
        },
        {
            content: "The issue is closed out",
            trigger: ".o_liaison_issue_confirm_ok",
        },
        {
            content: "Choose the second level (satisfied)",
            trigger: ".o_liaison_rating_form label[for=liaison_issue_rate_4]",
            run: "click",
        },
        {
            content: "Send the rating",
            trigger: "button.o_liaison_rating_submit",
            run: "click",
        },
        {
            content: "The rating is recorded",
            trigger: ".o_liaison_rate_ok",
        },
        {
            content: "The rating is shown on the issue",
            trigger: ".o_liaison_rating_done",
        },
    ],
});

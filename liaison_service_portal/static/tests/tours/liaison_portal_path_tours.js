/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";
import {
    documentSignSteps,
    openProjectSteps,
} from "@liaison_service_portal/../tests/tours/liaison_portal_tour_steps";

// Started one after the other by test_portal_path.py as the enterprise's
// portal user; the office's steps run in Python between them. The project is
// 路径测试厂房项目, created from the application of the first tour.
const PROJECT = "路径测试厂房项目";

registry.category("web_tour.tours").add("liaison_path_apply", {
    url: "/my",
    steps: () => [
        {
            content: "Open the service projects from the portal home",
            trigger: ".o_portal_index_card a[href='/my/liaison/projects']",
            run: "click",
        },
        {
            content: "Open the application form",
            trigger: "a.o_liaison_apply_link",
            run: "click",
        },
        {
            content: "Subject",
            trigger: ".o_liaison_apply_form input#liaison_apply_name",
            run: `edit ${PROJECT}`,
        },
        {
            content: "Region",
            trigger: ".o_liaison_apply_form select#liaison_apply_region",
            run: "selectByLabel 路径测试区",
        },
        {
            content: "Question",
            trigger: ".o_liaison_apply_form textarea#liaison_apply_question",
            run: "edit 新建厂房需要办理哪些审批手续？",
        },
        {
            content: "Contact phone",
            trigger: ".o_liaison_apply_form input#liaison_apply_phone",
            run: "edit 13800001234",
        },
        {
            content: "Submit the application",
            trigger: ".o_liaison_apply_form button[type=submit]",
            run: "click",
        },
        {
            content: "The application is registered",
            trigger: `.o_liaison_apply_done:contains(${PROJECT})`,
        },
    ],
});

registry.category("web_tour.tours").add("liaison_path_sign", {
    url: "/my/liaison/projects",
    steps: () => [
        ...openProjectSteps(PROJECT),
        ...documentSignSteps({
            open: "Open the entrustment agreement",
            link: "a.o_liaison_agreement_link",
            lists: "The agreement lists the entrusted matter",
            page: ".o_liaison_agreement_page:contains(路径测试：用地及规划许可)",
            name: "Zhang Jingli",
        }),
    ],
});

registry.category("web_tour.tours").add("liaison_path_receipt", {
    url: "/my/liaison/projects",
    steps: () => [
        ...openProjectSteps(PROJECT),
        {
            content: "The dispatched officer's contact is shown",
            trigger: ".o_liaison_project_officer:contains(13900005678)",
        },
        ...documentSignSteps({
            open: "Open the result delivery",
            link: "a.o_liaison_delivery_link",
            lists: "The delivery lists the results",
            page: ".o_liaison_delivery_page:contains(路径测试建设用地规划许可证)",
            name: "Zhang Jingli",
        }),
    ],
});

registry.category("web_tour.tours").add("liaison_path_rate", {
    url: "/my/liaison/projects",
    steps: () => [
        ...openProjectSteps(PROJECT),
        {
            content: "Choose the fourth level of satisfaction",
            trigger: ".o_liaison_rating_form label[for=liaison_rate_4]",
            run: "click",
        },
        {
            content: "The fourth level is checked",
            trigger: ".o_liaison_rating_form input#liaison_rate_4:checked",
        },
        {
            content: "Leave a comment",
            trigger: ".o_liaison_rating_form textarea[name=feedback]",
            run: "edit 服务周到，路径测试",
        },
        {
            content: "Send the rating",
            trigger: ".o_liaison_rating_form button[type=submit]",
            run: "click",
        },
        {
            content: "The rating is acknowledged",
            trigger: ".o_liaison_rate_ok",
        },
        {
            content: "The rating is recorded on the project",
            trigger: ".o_liaison_rating_done strong",
        },
        {
            content: "No rating form is offered any more",
            trigger: ".o_liaison_project_page:not(:has(.o_liaison_rating_form))",
        },
    ],
});

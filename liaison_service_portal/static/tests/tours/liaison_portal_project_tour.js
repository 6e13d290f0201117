/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Started by test_portal_project.py as the enterprise's portal user, on data
// created by the test (project 门户测试项目 with a sent agreement).
registry.category("web_tour.tours").add("liaison_portal_project_tour", {
    url: "/my/liaison/projects",
    steps: () => [
        {
            content: "Open the enterprise's project",
            trigger: "a.o_liaison_project_link:contains(门户测试项目)",
            run: "click",
        },
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
        {
            content: "Open the signature dialog",
            trigger: ".o_liaison_sign_button",
            run: "click",
        },
        {
            content: "The signature is prefilled with the principal's name",
            trigger: ".modal .o_web_sign_name_and_signature input:value(张经理)",
        },
        {
            // The signature fonts have no CJK glyphs: sign with the pinyin name
            // so that the drawn signature is not empty.
            content: "Sign with the principal's name in pinyin",
            trigger: ".modal .o_web_sign_name_and_signature input",
            run: "edit Zhang Jingli",
        },
        {
            // Choosing a style redraws the signature once the dialog is shown
            // (the dialog resets the pad when it opens), as in sale's tour.
            content: "Open the signature styles",
            trigger: ".modal .o_web_sign_auto_select_style button",
            run: "click",
        },
        {
            content: "Choose a style",
            trigger: ".o-dropdown-item:eq(1)",
            run: "click",
        },
        {
            // The chosen style redraws the signature once its font is loaded:
            // signing before that sends an empty signature.
            content: "Let the style draw the signature",
            trigger: ".modal .o_web_sign_signature",
            run: () => new Promise((resolve) => setTimeout(resolve, 1500)),
        },
        {
            content: "Sign",
            trigger: ".modal .o_portal_sign_submit:enabled",
            run: "click",
        },
        {
            content: "The signature is recorded",
            trigger: ".o_liaison_sign_ok",
            // The server prints the signed PDF (wkhtmltopdf) to hash it.
            timeout: 60000,
        },
        {
            content: "The agreement now shows its signature",
            trigger: ".o_liaison_signed:contains(Zhang Jingli)",
        },
    ],
});

/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).

// Steps shared by the portal tours: open a project of the enterprise, sign a
// document in the portal's signature dialog.

export function openProjectSteps(project) {
    return [
        {
            content: "Open the enterprise's project",
            trigger: `a.o_liaison_project_link:contains(${project})`,
            run: "click",
        },
        {
            content: "The project page is shown",
            trigger: ".o_liaison_project_page",
        },
    ];
}

// The signature fonts have no CJK glyphs: sign with an ASCII name so that the
// drawn signature is not empty, then choose a style to redraw it once the
// dialog is shown (the dialog resets the pad when it opens).
// ``prefilled``: the name the dialog must propose first (the principal's).
export function signSteps(name, prefilled = null) {
    return [
        {
            content: "Open the signature dialog",
            trigger: ".o_liaison_sign_button",
            run: "click",
        },
        ...(prefilled
            ? [
                  {
                      content: "The signature is prefilled with the principal's name",
                      trigger: `.modal .o_web_sign_name_and_signature input:value(${prefilled})`,
                  },
              ]
            : []),
        {
            content: "Type the signer's name",
            trigger: ".modal .o_web_sign_name_and_signature input",
            run: `edit ${name}`,
        },
        {
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
            content: "The document shows the signature and the signer",
            trigger: `.o_liaison_signed:contains(${name}) img`,
        },
    ];
}

// Open a document of the project page from its link, check what it lists and
// sign it.
export function documentSignSteps({ open, link, lists, page, name }) {
    return [
        { content: open, trigger: link, run: "click" },
        { content: lists, trigger: page },
        ...signSteps(name),
    ];
}

/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Started by test_returnee_tour.py as an office user: the township's sheet
// is imported through Odoo's import screen, the returnee with an investment
// intention is found and a consultation is opened from them.
const SHEET = [
    "Full Name,Birth Year,Home Township,Mobile Phone,Current City,Intention,Intention Note",
    "Tour Investor,1982,Tour Township,13812345671,Hangzhou,invest,Food processing plant",
    "Tour Worker,1995,Tour Township,13812345672,Suzhou,work,",
].join("\n");

registry.category("web_tour.tours").add("liaison_returnee_import_tour", {
    url: "/odoo/action-liaison_service.liaison_returnee_person_action",
    steps: () => [
        {
            content: "Open the gear menu of the people list",
            trigger: ".o_control_panel .o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Import records",
            trigger: ".o_import_menu",
            run: "click",
        },
        {
            content: "Upload the township's sheet",
            trigger: "button.o_import_file",
            run: async () => {
                const input = document
                    .querySelector("button.o_import_file")
                    .closest(".o_file_input")
                    .querySelector("input[type='file']");
                const file = new File([SHEET], "people.csv", { type: "text/csv" });
                const transfer = new DataTransfer();
                transfer.items.add(file);
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            content: "The columns are recognised",
            trigger: ".o_import_data_content .o_import_file_column_cell:contains(Home Township)",
        },
        {
            content: "Import",
            trigger: ".o_control_panel button.btn-primary:not(.o_import_file)",
            run: "click",
        },
        {
            content: "Back on the people list with the new people",
            trigger: ".o_list_view .o_data_row:contains(Tour Investor)",
        },
        {
            content: "Open the filters",
            trigger: ".o_searchview_dropdown_toggler",
            run: "click",
        },
        {
            content: "Investment intention",
            // The screen may be in English or in Chinese.
            trigger:
                ".o_filter_menu .o_menu_item:contains(Investment Intention), " +
                ".o_filter_menu .o_menu_item:contains(有投资意向)",
            run: "click",
        },
        {
            content: "The worker is filtered out",
            trigger: ".o_list_view:not(:has(.o_data_row:contains(Tour Worker)))",
        },
        {
            content: "Open the investor",
            trigger: ".o_list_view .o_data_row td:contains(Tour Investor)",
            run: "click",
        },
        {
            content: "Open a consultation from them",
            trigger: ".o_form_view button[name='action_create_consultation']",
            run: "click",
        },
        {
            content: "The consultation form shows the investor as applicant",
            trigger: ".o_form_view .o_field_widget[name='applicant_name'] input:value(Tour Investor)",
        },
    ],
});

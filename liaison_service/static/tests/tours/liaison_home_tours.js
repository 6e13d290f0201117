/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { registry } from "@web/core/registry";

// Every role opens the Liaison app from the app menu and lands on its home.
// Titles are translated: the home is recognised by its action's path.
function homeTour(name, path, steps) {
    registry.category("web_tour.tours").add(name, {
        url: "/odoo",
        steps: () => [
            {
                content: "Open the app menu",
                trigger: ".o_navbar_apps_menu button",
                run: "click",
            },
            {
                content: "Open the Liaison app",
                trigger: ".o_app[data-menu-xmlid='liaison_service.liaison_service_menu_root']",
                run: "click",
            },
            {
                content: `The home of the role is /odoo/${path}`,
                trigger: ".o_view_controller .o_breadcrumb .o_last_breadcrumb_item",
                run() {
                    if (!window.location.pathname.includes(path)) {
                        throw new Error(`Landed on ${window.location.pathname}, not ${path}`);
                    }
                },
            },
            ...steps,
        ],
    });
}

homeTour("liaison_home_officer_tour", "liaison-my-week", [
    {
        content: "The officer's issue due this week is listed",
        trigger: ".o_list_view .o_data_row:contains(Home issue of the officer)",
    },
    {
        content: "Open the issue from the week",
        trigger:
            ".o_data_row:contains(Home issue of the officer) button[name='action_open_document']",
        run: "click",
    },
    {
        content: "The issue itself opens",
        trigger: ".o_form_view .o_field_widget[name='name'] input",
    },
]);

homeTour("liaison_home_department_tour", "liaison-department-desk", [
    {
        content: "The notice waits to be signed for",
        trigger: ".o_kanban_group .o_kanban_record:contains(HOME-1)",
        run: "click",
    },
    {
        content: "The notice itself opens",
        trigger: ".o_form_view:contains(HOME-1)",
    },
]);

homeTour("liaison_home_office_tour", "liaison-supervision-board", [
    {
        content: "The issue card shows the ladder's colour",
        trigger:
            ".o_kanban_view .o_kanban_record:contains(Home issue of the officer) .o_field_widget[name='supervision_colour'] .text-bg-danger",
    },
]);

homeTour("liaison_home_leadership_tour", "liaison-cockpit", [
    {
        content: "The trends of the three rates are drawn",
        trigger: ".o_graph_view .o_graph_canvas_container canvas",
    },
    {
        content: "Switch to the departments' figures",
        trigger: ".o_switch_view.o_pivot",
        run: "click",
    },
    {
        content: "The departments' figures are listed",
        trigger: ".o_pivot table:contains(Home Department)",
    },
]);

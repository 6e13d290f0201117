# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Liaison Service",
    "summary": "Government-service liaison officers: regions, departments, "
    "officers, projects and enterprise issues",
    "version": "18.0.1.0.0",
    "category": "Services/Liaison",
    "website": "https://github.com/liaison-service/liaison-service",
    "author": "Liaison Service contributors",
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "sequence": 40,
    "depends": ["mail", "portal", "rating"],
    "data": [
        "security/liaison_service_groups.xml",
        "security/ir.model.access.csv",
        "security/liaison_service_security.xml",
        "views/liaison_region_views.xml",
        "views/liaison_department_views.xml",
        "views/res_users_views.xml",
        "views/liaison_service_menus.xml",
    ],
    "demo": [
        "demo/liaison_region_demo.xml",
        "demo/liaison_department_demo.xml",
        "demo/res_users_demo.xml",
    ],
}

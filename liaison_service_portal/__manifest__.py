# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Liaison Service Portal",
    "summary": "Enterprise self-service portal of the Liaison Service",
    "version": "18.0.1.2.0",
    "category": "Services/Liaison",
    "website": "https://github.com/liaison-service/liaison-service",
    "author": "Liaison Service contributors",
    "license": "LGPL-3",
    "installable": True,
    "depends": ["liaison_service", "liaison_service_reports", "portal", "web_tour"],
    "data": [
        "views/liaison_portal_templates.xml",
        "views/liaison_verify_templates.xml",
        "views/liaison_portal_project_templates.xml",
        "views/liaison_portal_issue_templates.xml",
        # Returnee programme (issue 16): station heads
        "views/liaison_portal_returnee_templates.xml",
        # Returnee programme (II): policies, applications, venture library.
        "views/liaison_portal_policy_templates.xml",
        # Complaints (C4 second half)
        "views/liaison_portal_complaint_templates.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "liaison_service_portal/static/tests/tours/*.js",
        ],
    },
}

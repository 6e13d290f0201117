# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Liaison Service",
    "summary": "Government-service liaison officers: regions, departments, "
    "officers, projects and enterprise issues",
    "version": "18.0.1.1.0",
    "category": "Services/Liaison",
    "website": "https://github.com/liaison-service/liaison-service",
    "author": "Liaison Service contributors",
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "sequence": 40,
    "depends": ["mail", "portal", "rating"],
    "external_dependencies": {"python": ["chinesecalendar"]},
    "data": [
        "security/liaison_service_groups.xml",
        "security/ir.model.access.csv",
        "security/liaison_service_security.xml",
        "data/ir_sequence_data.xml",
        "data/mail_activity_data.xml",
        "data/ir_cron_data.xml",
        "data/liaison_project_stage_data.xml",
        "data/liaison_service_flow_data.xml",
        "data/liaison_project_type_data.xml",
        "data/liaison_issue_stage_data.xml",
        "data/liaison_issue_type_data.xml",
        "views/liaison_region_views.xml",
        "views/liaison_department_views.xml",
        "views/res_users_views.xml",
        "views/liaison_officer_views.xml",
        "views/liaison_approval_item_views.xml",
        "views/liaison_department_guide_views.xml",
        "views/liaison_project_views.xml",
        "views/liaison_issue_config_views.xml",
        "views/liaison_issue_views.xml",
        "views/liaison_assignment_views.xml",
        "views/liaison_assignment_cooperation_views.xml",
        "views/liaison_reason_wizard_views.xml",
        "views/liaison_service_flow_views.xml",
        "views/liaison_checklist_views.xml",
        "views/liaison_opinion_request_views.xml",
        "data/liaison_ladder_cron.xml",
        "views/liaison_supervision_views.xml",
        "views/liaison_meeting_views.xml",
        "views/liaison_issue_kpi_views.xml",
        "views/liaison_department_ranking_views.xml",
        "data/liaison_issue_rating_data.xml",
        "views/liaison_rectification_views.xml",
        # C4 field work: roster, work log, visit compliance, reports
        "data/liaison_field_work_data.xml",
        "views/liaison_key_enterprise_roster_views.xml",
        "views/liaison_work_log_views.xml",
        "views/liaison_visit_compliance_views.xml",
        "views/liaison_work_report_views.xml",
        # Returnee programme (II): policies, funds, parks, signing, ventures.
        "data/liaison_policy_data.xml",
        "views/liaison_policy_views.xml",
        "views/liaison_returnee_enterprise_views.xml",
        "views/liaison_signing_views.xml",
        "views/liaison_venture_views.xml",
        "views/liaison_township_appraisal_views.xml",
        "views/liaison_service_menus.xml",
        # Returnee programme (issue 16)
        "security/liaison_returnee_security.xml",
        "data/liaison_returnee_category_data.xml",
        "views/liaison_returnee_person_views.xml",
        "views/liaison_returnee_station_views.xml",
        "views/liaison_returnee_station_work_views.xml",
        "views/liaison_returnee_reporting_views.xml",
        "views/liaison_returnee_activity_views.xml",
        "data/liaison_returnee_cron.xml",
        "views/liaison_returnee_menus.xml",
        # Home of each role (screens)
        "views/liaison_home_views.xml",
    ],
    "demo": [
        # Demo county (screens): the service centre as the company
        "demo/res_company_demo.xml",
        "demo/liaison_region_demo.xml",
        "demo/liaison_department_demo.xml",
        "demo/res_users_demo.xml",
        "demo/liaison_approval_item_demo.xml",
        "demo/liaison_officer_demo.xml",
        "demo/liaison_project_demo.xml",
        "demo/liaison_checklist_demo.xml",
        "demo/liaison_service_flow_demo.xml",
        "demo/liaison_issue_demo.xml",
        "demo/liaison_meeting_demo.xml",
        # C4 field work
        "demo/liaison_field_work_demo.xml",
        # forms: a second record for every printed form, deliveries included
        "demo/liaison_forms_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "liaison_service/static/src/checkin/*",
        ],
        "web.assets_tests": [
            "liaison_service/static/tests/tours/*.js",
        # Returnee programme (issue 16)
        "demo/liaison_returnee_demo.xml",
        # Returnee programme (II).
        "demo/liaison_returnee_support_demo.xml",
    ],
    # Returnee programme (issue 16): browser tour of the office
    "assets": {
        "web.assets_tests": [
            "liaison_service/static/tests/tours/liaison_returnee_tour.js",
        ],
        # Demo county (screens): a living county year, generated
        "demo/liaison_county_demo.xml",
    ],
    # Browser tours of the backend (screens)
    "assets": {
        "web.assets_tests": ["liaison_service/static/tests/tours/**/*"],
    },
}

# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Liaison Service Reports",
    "summary": "Official printed forms (QWeb PDF) and XLSX ledgers of the "
    "Liaison Service",
    "version": "18.0.1.2.0",
    "category": "Services/Liaison",
    "website": "https://github.com/liaison-service/liaison-service",
    "author": "Liaison Service contributors",
    "license": "LGPL-3",
    "installable": True,
    "depends": ["liaison_service", "web"],
    "external_dependencies": {"python": ["xlsxwriter", "cn2an", "qrcode"]},
    "data": [
        "data/report_paperformat_data.xml",
        "report/liaison_department_reports.xml",
        "report/liaison_department_templates.xml",
        "report/liaison_officer_reports.xml",
        "report/liaison_officer_templates.xml",
        "report/liaison_guide_contact_reports.xml",
        "report/liaison_guide_contact_templates.xml",
        "report/liaison_project_reports.xml",
        "report/liaison_project_templates.xml",
        "report/liaison_assignment_reports.xml",
        "report/liaison_assignment_templates.xml",
        "report/liaison_meeting_reports.xml",
        "report/liaison_meeting_templates.xml",
        "report/liaison_issue_xlsx_actions.xml",
        # C4 field work: service ledger, roster
        "report/liaison_service_ledger_templates.xml",
        "report/liaison_roster_templates.xml",
        "report/liaison_issue_summary_templates.xml",
        "report/liaison_field_work_reports.xml",
        # Returnee programme (issue 16)
        "report/liaison_returnee_reports.xml",
        "report/liaison_returnee_templates.xml",
        # Returnee programme (II).
        "report/liaison_policy_reports.xml",
        "report/liaison_policy_templates.xml",
        # Appraisal, bulletins and complaints (C4 second half)
        "report/liaison_appraisal_reports.xml",
        "report/liaison_appraisal_templates.xml",
    ],
    "assets": {
        "web.report_assets_common": [
            "liaison_service_reports/static/src/scss/liaison_report_forms.scss",
            "liaison_service_reports/static/src/scss/liaison_report_notices.scss",
        ],
        # Issue ledger export (scale): POSTs the list's domain.
        "web.assets_backend": [
            "liaison_service_reports/static/src/js/liaison_issue_ledger_download.js",
        ],
    },
}

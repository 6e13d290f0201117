# Jurisdiction first: every other model belongs to a region.
from . import liaison_jurisdiction_mixin
from . import liaison_catalogue_mixin
from . import liaison_stage_mixin
from . import liaison_stage_tracking_mixin
from . import liaison_workflow_mixin

# One rule in one place (#11): the shared mixins, before the models using them.
from . import liaison_region_mixin
from . import liaison_period_mixin
from . import liaison_count_mixin
from . import liaison_reminder_mixin
from . import liaison_deadline_mixin
from . import liaison_supervision_mixin
from . import liaison_official_number_mixin
from . import liaison_submission_mixin
from . import liaison_enterprise_mixin
from . import liaison_office_report_mixin
from . import liaison_tree_mixin
from . import liaison_approval_guide_mixin
from . import liaison_region
from . import liaison_department
from . import res_users
from . import liaison_officer
from . import liaison_approval_item
from . import liaison_approval_material
from . import liaison_department_guide
from . import liaison_holiday
from . import liaison_working_day
from . import liaison_project_stage
from . import liaison_project_type
from . import liaison_project
from . import liaison_issue_stage
from . import liaison_issue_category
from . import liaison_issue_type
from . import liaison_issue
from . import liaison_assignment
from . import liaison_assignment_cooperation
from . import liaison_checklist_template
from . import liaison_checklist_template_line
from . import liaison_checklist_line
from . import liaison_opinion_request

# Material lines of the service-flow papers (issue 11)
from . import liaison_material_line_mixin
from . import liaison_consultation
from . import liaison_consultation_material

# Service-flow documents of a project (issue 11)
from . import liaison_project_document_mixin
from . import liaison_agreement
from . import liaison_agreement_material
from . import liaison_dispatch
from . import liaison_delivery
from . import liaison_delivery_material
from . import liaison_supervision_step
from . import liaison_meeting
from . import liaison_meeting_decision
from . import liaison_issue_kpi
from . import liaison_rectification

# Department ranking lines (scale)
from . import liaison_department_ranking

# C4 field work: key enterprises and roster, work log, visit compliance, reports.
from . import res_partner
from . import liaison_key_enterprise_roster
from . import liaison_work_log
from . import liaison_visit_compliance
from . import liaison_work_report

# Returnee programme (issue 16): people working elsewhere, stations,
# reporting schedule, activity calendar.
from . import liaison_returnee_category
from . import liaison_returnee_tag
from . import liaison_returnee_station
from . import liaison_returnee_wechat_group
from . import liaison_returnee_person
from . import liaison_returnee_contact
from . import liaison_returnee_station_meeting
from . import liaison_returnee_station_report
from . import liaison_returnee_station_appraisal
from . import liaison_returnee_obligation
from . import liaison_returnee_submission
from . import liaison_returnee_reporting_status
from . import liaison_returnee_circular
from . import liaison_returnee_activity

# Returnee programme (II): policies, funds, parks, signing events, venture library.
from . import liaison_returnee_park
from . import liaison_returnee_park_review
from . import liaison_returnee_enterprise
from . import liaison_policy_fund
from . import liaison_policy
from . import liaison_policy_condition
from . import liaison_policy_application
from . import liaison_policy_briefing
from . import liaison_signing_event
from . import liaison_signing_project
from . import liaison_signing_funds_entry
from . import liaison_venture_criterion
from . import liaison_venture_project
from . import liaison_venture_score
from . import liaison_venture_interest
from . import liaison_township_appraisal

# Home of each role (screens)
from . import liaison_work_item
from . import liaison_demo

# Appraisal, bulletins and complaints (C4 second half)
from . import liaison_discipline_record
from . import liaison_complaint
from . import liaison_complaint_register
from . import liaison_bulletin
from . import liaison_bulletin_line
from . import liaison_appraisal_scheme
from . import liaison_appraisal_criterion
from . import liaison_appraisal
from . import liaison_appraisal_line
from . import liaison_appraisal_consequence

# Trust boundary: ratings of liaison records are given once, by the enterprise.
from . import rating_rating
from . import ir_model_fields_selection
from . import mail_thread

from . import test_region
from . import test_department
from . import test_access
from . import test_i18n
from . import test_officer_workflow
from . import test_officer_access
from . import test_approval_item
from . import test_performance
from . import test_working_day
from . import test_project
from . import test_project_access
from . import test_issue
from . import test_issue_access
from . import test_issue_performance
from . import test_assignment
from . import test_service_flow
from . import test_service_access
from . import test_checklist
from . import test_checklist_performance
from . import test_opinion_request
from . import test_supervision
from . import test_meeting
from . import test_kpi
from . import test_issue_rating
from . import test_rectification
from . import test_assignment_cooperation
from . import test_ui_clickbot

# Province scale (supervision ladder, KPIs)
from . import test_supervision_performance
from . import test_project_eligibility_batch

# C4 field work
from . import test_field_work
from . import test_field_work_access
from . import test_field_work_performance
from . import test_field_work_tour

# Returnee programme (issue 16)
from . import test_returnee_import
from . import test_returnee_station
from . import test_returnee_reporting
from . import test_returnee_access
from . import test_returnee_performance
from . import test_returnee_tour
from . import test_returnee_activity

# Returnee programme (II).
from . import test_policy_eligibility
from . import test_policy_fund
from . import test_signing_event
from . import test_policy_access
from . import test_policy_performance
from . import test_venture_project
from . import test_returnee_park

# Home of each role and form tours (screens)
from . import test_ui_home
from . import test_ui_forms
from . import test_appraisal
from . import test_appraisal_performance
from . import test_policy_tour

# Trust boundary: the generated adversarial suite (issue 8).
from . import test_trust_boundary
from . import test_trust_boundary_http
from . import test_work_item_performance

# Portal-facing issue actions (issue 11, helper portal)
from . import test_issue_portal_actions

# One rule in one place (issue 11): the deadline mixin.
from . import test_deadline_mixin

# Portal rules in the models: complaint, application, head's report (issue 11)
from . import test_portal_rules_in_models

# Project stages by meaning, chatter subtypes (issue 11)
from . import test_project_stage_flags

# Issue categories through the tree mixin (issue 11, models2)
from . import test_issue_category

# Consultation applied for on the portal, rules in the model (issue 11, consult)
from . import test_consultation_portal_submit

# Jurisdiction first: every other model belongs to a region.
from . import liaison_jurisdiction_mixin
from . import liaison_stage_mixin
from . import liaison_workflow_mixin
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
from . import liaison_checklist_line
from . import liaison_opinion_request
from . import liaison_consultation
from . import liaison_agreement
from . import liaison_dispatch
from . import liaison_delivery
from . import liaison_project_service
from . import liaison_supervision
from . import liaison_meeting
from . import liaison_issue_kpi
from . import liaison_issue_rating
from . import liaison_issue_materials
from . import liaison_rectification

# Department ranking lines (scale)
from . import liaison_department_ranking
# C4 field work: key enterprises and roster, work log, visit compliance, reports.
from . import res_partner
from . import liaison_key_enterprise_roster
from . import liaison_work_log
from . import liaison_visit_compliance
from . import liaison_work_report

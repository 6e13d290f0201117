from . import liaison_form_report
from . import liaison_officer_report
from . import liaison_guide_contact_report
from . import liaison_project_report
from . import liaison_assignment_report
from . import liaison_meeting_report
from . import liaison_issue_xlsx

# C4 field work
from . import liaison_service_ledger_report
from . import liaison_roster_report
from . import liaison_field_work_xlsx
from . import liaison_returnee_circular_report
from . import liaison_policy_report
from . import liaison_appraisal_report
from . import liaison_issue_summary_report

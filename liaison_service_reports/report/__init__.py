from . import liaison_officer_report
from . import liaison_guide_contact_report
from . import liaison_project_report
from . import liaison_assignment_report
from . import liaison_meeting_report
from . import liaison_issue_xlsx
from . import liaison_appraisal_report

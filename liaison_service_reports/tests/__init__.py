from . import test_i18n
from . import test_department_duty
from . import test_officer_forms
from . import test_project_forms
from . import test_issue_forms
from . import test_issue_xlsx

# C4 field work
from . import test_field_work_forms

# Returnee programme (issue 16)
from . import test_returnee_circular

# Returnee programme (II).
from . import test_policy_forms

# ---- forms: every report, text layer and selections ----
from . import test_every_report
from . import test_appraisal_forms
from . import test_print_performance

from . import test_i18n
from . import test_department_duty
from . import test_officer_forms
from . import test_project_forms
from . import test_issue_forms
from . import test_issue_xlsx

# ---- forms: every report, text layer and selections ----
from . import test_every_report
from . import test_print_performance

from . import test_i18n
from . import test_department_duty
from . import test_officer_forms
from . import test_project_forms
from . import test_issue_forms
from . import test_issue_xlsx

# Returnee programme (issue 16)
from . import test_returnee_circular

# Returnee programme (II).
from . import test_policy_forms

from . import test_i18n
from . import test_department_duty
from . import test_officer_forms
from . import test_project_forms
from . import test_issue_forms
from . import test_issue_xlsx
from . import test_appraisal_forms

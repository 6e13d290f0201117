from . import test_i18n
from . import test_department_duty
from . import test_officer_forms

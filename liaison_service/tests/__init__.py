from . import test_region
from . import test_department
from . import test_access
from . import test_i18n

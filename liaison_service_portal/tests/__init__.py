from . import test_i18n
from . import test_portal_home
from . import test_verify
from . import test_portal_project
from . import test_portal_path
from . import test_portal_issue

# Returnee programme (issue 16)
from . import test_portal_returnee_station

# Returnee programme (II).
from . import test_portal_policy
from . import test_portal_complaint
from . import test_no_english
from . import test_portal_links

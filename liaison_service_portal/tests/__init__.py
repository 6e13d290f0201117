from . import test_i18n
from . import test_portal_home
from . import test_verify
from . import test_portal_project
from . import test_portal_path
from . import test_portal_issue
from . import test_no_english
from . import test_portal_links

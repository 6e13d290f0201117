from . import portal
from . import issue_portal
from . import verify
from . import complaint_portal

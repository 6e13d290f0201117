from . import portal
from . import issue_portal
from . import verify
from . import returnee_station_portal
from . import returnee_portal
from . import complaint_portal

# Jurisdiction first: every other model belongs to a region.
from . import liaison_jurisdiction_mixin
from . import liaison_region
from . import liaison_department
from . import res_users
from . import liaison_officer
from . import liaison_approval_item
from . import liaison_approval_material
from . import liaison_department_guide
from . import liaison_holiday
from . import liaison_working_day
from . import liaison_project_stage
from . import liaison_project_type
from . import liaison_project

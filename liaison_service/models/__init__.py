# Jurisdiction first: every other model belongs to a region.
from . import liaison_jurisdiction_mixin
from . import liaison_region
from . import liaison_department
from . import res_users

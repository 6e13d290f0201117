from . import liaison_issue_ledger
from . import liaison_field_work_xlsx

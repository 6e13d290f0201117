from . import liaison_issue_ledger

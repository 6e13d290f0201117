from . import liaison_reason_wizard
from . import liaison_complaint_intake

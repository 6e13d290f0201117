from . import liaison_officer_report
from . import liaison_guide_contact_report

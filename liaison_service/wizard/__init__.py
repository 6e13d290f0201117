from . import liaison_reason_wizard

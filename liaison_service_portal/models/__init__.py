from . import ir_http
from . import portal_mixin

from . import report
from . import controllers

# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Trust boundary sweep: the world and access matrix of support.

See EXTENSIONS in test_trust_boundary.py.
"""

ACCESS_MATRIX = {}


def build_world(cls):
    """Records of county A for the sweep, and one of county B per printed form."""
    return [], {}

"""Test-suite set-up: reproducible hypothesis runs under CI.

Under ``CI`` the property tests run derandomized (examples derived from each test's
source), so a CI result can be reproduced exactly with ``CI=true pytest``; locally they
explore new random examples on every run.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

"""``python -m zhnews``: the same as the ``zhnews`` command."""

from __future__ import annotations

import sys

from zhnews.cli import main

if __name__ == "__main__":
    sys.exit(main())

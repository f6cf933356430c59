"""Edit distance for tests that check a repair never moves text further from the original.

Other tests import :func:`edit_distance` (as they import ``strategies_mirror``).
"""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions of one character.

    >>> edit_distance("国家", "国际"), edit_distance("", "abc")
    (1, 3)
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

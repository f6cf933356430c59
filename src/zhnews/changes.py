"""The explanation model shared by every layer: one :class:`Change` per edit.

Every ``*_and_explain`` function returns ``(text, changes)``. A change's ``start`` and
``end`` are offsets into the string that step received, and ``before == text[start:end]``
for that string; ``after`` is what replaced it. Steps that compose other steps (such as
``normalize``) list each step's changes in order, each against its own input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Change", "Edit", "apply_edits"]


@dataclass(frozen=True)
class Change:
    """One edit made by a step: ``text[start:end]`` (``before``) became ``after``, because ``reason``.

    >>> Change("mojibake", 0, 4, "浣犲ソ", "你好", "utf-8 read as gbk").after
    '你好'
    """

    step: str
    start: int
    end: int
    before: str
    after: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready values (all fields, by name)."""
        return asdict(self)


@dataclass(frozen=True)
class Edit:
    """A planned replacement of ``[start, end)`` by ``after``, not yet applied."""

    start: int
    end: int
    after: str
    reason: str


def apply_edits(text: str, edits: Iterable[Edit], step: str) -> tuple[str, list[Change]]:
    """Apply non-overlapping edits in one linear pass and describe them as changes.

    Edits are sorted by position; an edit that overlaps an earlier one, or that would
    change nothing, is ignored. Offsets in the returned changes refer to ``text``.

    >>> apply_edits("ab cd", [Edit(2, 3, "", "space")], "demo")
    ('abcd', [Change(step='demo', start=2, end=3, before=' ', after='', reason='space')])
    """
    out: list[str] = []
    changes: list[Change] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos or e.end < e.start or e.end > len(text):
            continue
        before = text[e.start : e.end]
        if before == e.after:
            continue
        out.append(text[pos : e.start])
        out.append(e.after)
        changes.append(Change(step, e.start, e.end, before, e.after, e.reason))
        pos = e.end
    if not changes:
        return text, []
    out.append(text[pos:])
    return "".join(out), changes

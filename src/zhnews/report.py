"""A self-contained HTML page to audit a cleaning run: what changed, where, and why.

The page has no external assets (inline CSS and SVG only, no script) and escapes every
piece of input text. It shows the run's counts, a bar chart of changes per step and of
fields found, the first errors, and a sample of records before and after, side by side,
with every change highlighted and its step and reason in the ``title`` (shown on hover).

Changes of later steps are reported against their own step's input; to highlight them in
the original and the final text, their offsets are carried through the other steps' edits.
"""

from __future__ import annotations

import bisect
import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Optional

from zhnews._guards import require_str
from zhnews.changes import Change
from zhnews.pipeline import StepTrace

__all__ = [
    "ReportSample",
    "RunStats",
    "group_changes",
    "render_report",
    "write_report",
]

#: Characters of each sample shown in the page (the change table still lists every change).
SAMPLE_CHARS = 20_000


def group_changes(before: str, changes: Iterable[Change]) -> list[StepTrace]:
    """Split a flat list of changes (as ``normalize_and_explain`` returns) into steps.

    A new step starts when the step name changes or when a change does not fit the text
    that the current step received (its offsets go backwards or ``before`` does not match).

    >>> [t.step for t in group_changes("ab", [Change("x", 0, 1, "a", "A", "r"),
    ...                                        Change("y", 1, 2, "b", "B", "r")])]
    ['x', 'y']
    """
    require_str(before, "group_changes")
    traces: list[StepTrace] = []
    text = before
    current: list[Change] = []
    for c in changes:
        fits = (
            bool(current)
            and c.step == current[-1].step
            and c.start >= current[-1].end
            and text[c.start : c.end] == c.before
        )
        if current and not fits:
            traces.append(StepTrace(current[0].step, tuple(current)))
            applied = _apply(text, current)
            text = text if applied is None else applied
            current = []
        current.append(c)
    if current:
        traces.append(StepTrace(current[0].step, tuple(current)))
    return traces


def _apply(text: str, changes: Sequence[Change]) -> Optional[str]:
    """Apply one step's changes to the text it received; None if they do not fit it."""
    out: list[str] = []
    pos = 0
    for c in changes:
        if c.start < pos or c.end < c.start or text[c.start : c.end] != c.before:
            return None
        out.append(text[pos : c.start])
        out.append(c.after)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True)
class ReportSample:
    """One record shown in the report: its text before, each step's changes, and (for parse) fields.

    >>> s = ReportSample("a.txt", "ab", (StepTrace("x", (Change("x", 0, 1, "a", "A", "r"),)),))
    >>> s.after
    'Ab'
    """

    label: str
    before: str
    traces: tuple[StepTrace, ...] = ()
    fields: Optional[Mapping[str, Any]] = None

    @classmethod
    def from_changes(
        cls,
        label: str,
        before: str,
        changes: Iterable[Change],
        fields: Optional[Mapping[str, Any]] = None,
    ) -> ReportSample:
        """Build a sample from a flat list of changes (see :func:`group_changes`)."""
        return cls(label, before, tuple(group_changes(before, changes)), fields)

    @property
    def texts(self) -> list[str]:
        """The text before each step and after the last one (as far as the changes fit)."""
        texts = [self.before]
        for t in self.traces:
            nxt = _apply(texts[-1], t.changes)
            if nxt is None:
                break
            texts.append(nxt)
        return texts

    @property
    def after(self) -> str:
        """The text after every step whose changes fit."""
        return self.texts[-1]


@dataclass
class RunStats:
    """Counts of a run, filled record by record (the CLI prints it and the report draws it).

    >>> s = RunStats(); s.add_record([StepTrace("repair", (Change("repair", 0, 1, "a", "b", "r"),))])
    >>> s.records, s.changed, s.step_counts["repair"]
    (1, 1, 1)
    """

    records: int = 0
    errors: int = 0
    changed: int = 0
    repaired: int = 0
    chrome_lines: int = 0
    bytes_in: int = 0
    step_counts: Counter[str] = field(default_factory=Counter)
    field_counts: Counter[str] = field(default_factory=Counter)
    first_errors: list[tuple[str, str]] = field(default_factory=list)
    max_errors_kept: int = 50

    def add_record(
        self,
        traces: Sequence[StepTrace],
        *,
        fields: Optional[Mapping[str, Any]] = None,
        removed_lines: Optional[int] = None,
        nbytes: int = 0,
    ) -> None:
        """Count one record that went through (its traces, parsed fields, removed chrome lines)."""
        self.records += 1
        self.bytes_in += nbytes
        if any(t.changes for t in traces):
            self.changed += 1
        for t in traces:
            for c in t.changes:
                self.step_counts[c.step] += 1
            if t.step == "repair" and t.changes:
                self.repaired += 1
            if t.step == "chrome":
                self.chrome_lines += sum(_count_lines(c.before) for c in t.changes)
        if removed_lines is not None:
            self.chrome_lines += removed_lines
        if fields:
            for name, value in fields.items():
                if value not in (None, "", [], {}, ()):
                    self.field_counts[name] += 1

    def add_error(self, where: str, message: str, nbytes: int = 0) -> None:
        """Count one record that failed."""
        self.records += 1
        self.errors += 1
        self.bytes_in += nbytes
        if len(self.first_errors) < self.max_errors_kept:
            self.first_errors.append((where, message))

    def summary_lines(self) -> list[str]:
        """A short human-readable summary, one fact per line."""
        lines = [
            f"records: {self.records}",
            f"changed: {self.changed}",
            f"repaired (mojibake): {self.repaired}",
            f"chrome lines removed: {self.chrome_lines}",
            f"errors: {self.errors}",
        ]
        if self.step_counts:
            lines.append(
                "changes by step: "
                + ", ".join(f"{k} {v}" for k, v in self.step_counts.most_common())
            )
        if self.field_counts:
            lines.append(
                "fields found: " + ", ".join(f"{k} {v}" for k, v in self.field_counts.most_common())
            )
        return lines


def _count_lines(s: str) -> int:
    return sum(1 for line in s.split("\n") if line.strip())


# --------------------------------------------------------------------------- offsets


class _StepMap:
    """Offsets of one step's edits in its input (``ins``) and output (``outs``)."""

    def __init__(self, changes: Sequence[Change]) -> None:
        self.in_s: list[int] = []
        self.in_e: list[int] = []
        self.out_s: list[int] = []
        self.out_e: list[int] = []
        delta = 0
        for c in changes:
            self.in_s.append(c.start)
            self.in_e.append(c.end)
            self.out_s.append(c.start + delta)
            delta += len(c.after) - (c.end - c.start)
            self.out_e.append(c.start + delta + (c.end - c.start))

    @staticmethod
    def _map(
        p: int, left: bool, src_s: list[int], src_e: list[int], dst_s: list[int], dst_e: list[int]
    ) -> int:
        i = bisect.bisect_right(src_s, p) - 1
        if i < 0:
            return p
        if p > src_e[i]:
            return p + (dst_e[i] - src_e[i])
        # a position inside (or at the edge of) an edited span maps to that span's edge
        if left:
            return dst_e[i] if p == src_e[i] else dst_s[i]
        return dst_s[i] if p == src_s[i] else dst_e[i]

    def back(self, p: int, left: bool) -> int:
        """Map an offset in the step's output to its input."""
        return self._map(p, left, self.out_s, self.out_e, self.in_s, self.in_e)

    def forward(self, p: int, left: bool) -> int:
        """Map an offset in the step's input to its output."""
        return self._map(p, left, self.in_s, self.in_e, self.out_s, self.out_e)


def _highlights(
    sample: ReportSample,
) -> tuple[str, str, list[tuple[int, int, str]], list[tuple[int, int, str]], int]:
    """Return before/after texts, their highlight spans, and how many steps could be placed."""
    texts = sample.texts
    placed = len(texts) - 1
    maps = [_StepMap(t.changes) for t in sample.traces[:placed]]
    before_spans: list[tuple[int, int, str]] = []
    after_spans: list[tuple[int, int, str]] = []
    for k in range(placed):
        for idx, c in enumerate(sample.traces[k].changes):
            title = f"{c.step}: {c.reason}\n{c.before!r} → {c.after!r}"
            s, e = c.start, c.end
            for j in range(k - 1, -1, -1):
                s, e = maps[j].back(s, True), maps[j].back(e, False)
            before_spans.append((s, max(s, e), title))
            s = maps[k].out_s[idx]
            e = s + len(c.after)
            for j in range(k + 1, placed):
                s, e = maps[j].forward(s, True), maps[j].forward(e, False)
            after_spans.append((s, max(s, e), title))
    return texts[0], texts[-1], before_spans, after_spans, placed


def _render_marked(text: str, spans: list[tuple[int, int, str]], limit: int) -> str:
    """Escape ``text`` and wrap every span in ``<mark title=...>`` (overlapping spans merged)."""
    shown = text[:limit]
    merged: list[list[Any]] = []
    for s, e, title in sorted(spans, key=lambda x: (x[0], x[1])):
        if s > len(shown):
            continue
        e = min(e, len(shown))
        if merged and s < merged[-1][1] and e > s:
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2].append(title)
        else:
            merged.append([s, e, [title]])
    out: list[str] = []
    pos = 0
    for s, e, titles in merged:
        s = max(s, pos)
        e = max(e, s)
        out.append(html.escape(shown[pos:s]))
        cls = "chg" if e > s else "chg empty"
        out.append(
            f'<mark class="{cls}" title="{html.escape(chr(10).join(titles))}">'
            f"{html.escape(shown[s:e])}</mark>"
        )
        pos = e
    out.append(html.escape(shown[pos:]))
    if len(text) > limit:
        out.append(f'<span class="cut">… ({len(text) - limit} more characters not shown)</span>')
    return "".join(out)


# --------------------------------------------------------------------------- page


_CSS = """
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;background:#fff}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
table.summary td{padding:2px 12px 2px 0}table.summary td.n{text-align:right;font-variant-numeric:tabular-nums}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.pair pre{white-space:pre-wrap;word-break:break-all;background:#fafafa;border:1px solid #e4e4e4;padding:.6em;margin:0;font-size:.9em}
mark.chg{background:#ffe08a;border-bottom:2px solid #d08f00}
.after mark.chg{background:#c9f2c7;border-bottom-color:#2e8b2e}
mark.chg.empty{display:inline-block;width:0;border-left:3px solid #c0392b;height:1em;padding:0}
table.changes{border-collapse:collapse;font-size:.85em;margin-top:.5em}
table.changes td,table.changes th{border:1px solid #e4e4e4;padding:2px 6px;vertical-align:top}
.cut{color:#888}.err{color:#a00}.note{color:#666;font-size:.9em}
svg text{font-size:12px;fill:#222}
"""


def _svg_bars(chart_id: str, counts: Mapping[str, int], label: str) -> str:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return f'<p class="note" id="{chart_id}">none</p>'
    top = max(v for _, v in items) or 1
    row, label_w, bar_w = 22, 170, 380
    height = row * len(items) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{chart_id}" class="chart" role="img" '
        f'aria-label="{html.escape(label)}" width="{label_w + bar_w + 80}" height="{height}">'
    ]
    for i, (name, value) in enumerate(items):
        y = i * row + 2
        w = max(1, round(bar_w * value / top))
        n = html.escape(str(name))
        parts.append(
            f'<g class="bar" data-label="{n}" data-count="{value}"><title>{n}: {value}</title>'
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{n}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{row - 6}" fill="#4a7fc1"/>'
            f'<text x="{label_w + w + 6}" y="{y + 14}" class="count">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _sample_html(index: int, sample: ReportSample, limit: int) -> str:
    before, after, bspans, aspans, placed = _highlights(sample)
    n_changes = sum(len(t.changes) for t in sample.traces)
    out = [
        f'<section class="sample" id="sample-{index}"><h3>{html.escape(sample.label)} '
        f'<span class="note">({n_changes} change{"s" if n_changes != 1 else ""})</span></h3>'
    ]
    if placed < len(sample.traces):
        out.append(
            '<p class="err">The changes of step '
            f"{html.escape(sample.traces[placed].step)} do not fit its input; they are listed "
            "below but not highlighted.</p>"
        )
    out.append(
        '<div class="pair"><div class="before"><h4>before</h4><pre>'
        + _render_marked(before, bspans, limit)
        + '</pre></div><div class="after"><h4>after</h4><pre>'
        + _render_marked(after, aspans, limit)
        + "</pre></div></div>"
    )
    if n_changes:
        out.append(
            '<table class="changes"><tr><th>step</th><th>at</th><th>before</th>'
            "<th>after</th><th>reason</th></tr>"
        )
        for t in sample.traces:
            for c in t.changes[:500]:
                out.append(
                    f"<tr><td>{html.escape(c.step)}</td><td>{c.start}–{c.end}</td>"
                    f"<td>{html.escape(repr(c.before))}</td><td>{html.escape(repr(c.after))}</td>"
                    f"<td>{html.escape(c.reason)}</td></tr>"
                )
            if len(t.changes) > 500:
                out.append(f'<tr><td colspan="5">… {len(t.changes) - 500} more</td></tr>')
        out.append("</table>")
    if sample.fields:
        out.append('<table class="changes fields"><tr><th>field</th><th>value</th></tr>')
        for name, value in sample.fields.items():
            out.append(
                f"<tr><td>{html.escape(str(name))}</td><td>{html.escape(str(value))}</td></tr>"
            )
        out.append("</table>")
    out.append("</section>")
    return "".join(out)


def render_report(
    stats: RunStats,
    samples: Sequence[ReportSample] = (),
    *,
    title: str = "zhnews run report",
    sample_chars: int = SAMPLE_CHARS,
) -> str:
    """Return the report as one self-contained HTML page (inline CSS and SVG, no script).

    >>> page = render_report(RunStats(records=2, changed=1), [
    ...     ReportSample.from_changes("a", "x<y", [Change("demo", 1, 2, "<", "＜", "width")])])
    >>> "<mark" in page and "&lt;" in page and 'title="demo: width' in page
    True
    """
    esc = html.escape
    rows = [
        ("records", stats.records),
        ("changed", stats.changed),
        ("repaired (mojibake)", stats.repaired),
        ("chrome lines removed", stats.chrome_lines),
        ("errors", stats.errors),
        ("input MB", round(stats.bytes_in / 1e6, 3)),
    ]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        '<table class="summary" id="summary">',
    ]
    for name, value in rows:
        key = name.split(" ")[0]
        parts.append(
            f'<tr data-key="{esc(key)}"><td>{esc(name)}</td><td class="n">{value}</td></tr>'
        )
    parts.append("</table>")
    parts.append("<h2>Changes by step</h2>")
    parts.append(_svg_bars("chart-steps", stats.step_counts, "changes by step"))
    if stats.field_counts:
        parts.append("<h2>Fields found</h2>")
        parts.append(_svg_bars("chart-fields", stats.field_counts, "fields found"))
    if stats.first_errors:
        parts.append(
            f'<h2>Errors (first {len(stats.first_errors)} of {stats.errors})</h2><ul class="errors">'
        )
        for where, message in stats.first_errors:
            parts.append(f'<li class="err">{esc(where)}: {esc(message)}</li>')
        parts.append("</ul>")
    parts.append(f"<h2>Sample of records ({len(samples)})</h2>")
    parts.append(
        '<p class="note">Highlights mark every change; hover one to see its step and reason.</p>'
    )
    for i, sample in enumerate(samples):
        parts.append(_sample_html(i, sample, sample_chars))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_report(
    path: str,
    stats: RunStats,
    samples: Sequence[ReportSample] = (),
    *,
    title: str = "zhnews run report",
) -> None:
    """Write :func:`render_report`'s page to ``path`` (UTF-8).

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "r.html")
    >>> write_report(p, RunStats(records=1)); open(p, encoding="utf-8").read().startswith("<!DOCTYPE")
    True
    """
    page = render_report(stats, samples, title=title)
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as fh:
        fh.write(page)

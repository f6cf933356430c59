"""Tests of the HTML audit report (zhnews.report): structure, escaping, highlight placement.

The page is parsed with ``html.parser`` in every run; when Debian's ``chromium`` is
installed, a headless browser also renders it and the DOM it builds is checked.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews.changes import Change, Edit, apply_edits
from zhnews.cli import main
from zhnews.pipeline import StepTrace
from zhnews.report import ReportSample, RunStats, group_changes, render_report, write_report


class PageParser(HTMLParser):
    """Collects the text of each pane (before/after), the marks in it, bars, and tags seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.bars: dict[str, dict[str, int]] = {}
        self.panes: list[tuple[str, str, list[tuple[str, Optional[str]]]]] = []
        self._chart: Optional[str] = None
        self._pane: Optional[str] = None
        self._in_pre = False
        self._text: list[str] = []
        self._marks: list[tuple[str, Optional[str]]] = []
        self._mark: Optional[list[str]] = None
        self._mark_title: Optional[str] = None
        self.summary: dict[str, str] = {}
        self._row: Optional[str] = None
        self._cells: list[str] = []
        self._in_td = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "svg":
            self._chart = a.get("id")
        elif tag == "g" and a.get("class") == "bar" and self._chart:
            self.bars.setdefault(self._chart, {})[a["data-label"] or ""] = int(a["data-count"] or 0)
        elif tag == "div" and a.get("class") in ("before", "after"):
            self._pane = a["class"]
        elif tag == "pre" and self._pane:
            self._in_pre, self._text, self._marks = True, [], []
        elif tag == "mark" and self._in_pre:
            self._mark, self._mark_title = [], a.get("title")
        elif tag == "tr" and a.get("data-key"):
            self._row, self._cells = a["data-key"], []
        elif tag == "td" and self._row:
            self._in_td = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._chart = None
        elif tag == "mark" and self._mark is not None:
            self._marks.append(("".join(self._mark), self._mark_title))
            self._mark = None
        elif tag == "pre" and self._in_pre:
            assert self._pane is not None
            self.panes.append((self._pane, "".join(self._text), self._marks))
            self._in_pre, self._pane = False, None
        elif tag == "td":
            self._in_td = False
        elif tag == "tr" and self._row:
            self.summary[self._row] = self._cells[-1]
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._in_pre:
            self._text.append(data)
            if self._mark is not None:
                self._mark.append(data)
        if self._in_td and self._row:
            self._cells.append(data)


def parse_page(page: str) -> PageParser:
    p = PageParser()
    p.feed(page)
    p.close()
    return p


def two_step_sample() -> ReportSample:
    before = "浣犲ソ,<b>世界</b>"
    s1 = StepTrace("mojibake", (Change("mojibake", 0, 3, "浣犲ソ", "你好", "utf-8 read as gbk"),))
    mid = "你好,<b>世界</b>"
    assert mid == before.replace("浣犲ソ", "你好")
    s2 = StepTrace(
        "punctuation",
        (Change("punctuation", 2, 3, ",", "，", "comma between hanzi"),),
    )
    return ReportSample("rec-1 <x>", before, (s1, s2))


def test_page_counts_highlights_and_escaping() -> None:
    stats = RunStats()
    sample = two_step_sample()
    stats.add_record(sample.traces, fields={"title": "t", "authors": [], "body": "b"}, nbytes=30)
    stats.add_error("in.jsonl:line 9", "invalid JSON <here>")
    page = render_report(stats, [sample], title="audit & <check>")
    p = parse_page(page)
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert (
        p.summary["records"] == "2" and p.summary["errors"] == "1" and p.summary["changed"] == "1"
    )
    assert p.bars["chart-steps"] == {"mojibake": 1, "punctuation": 1}
    assert p.bars["chart-fields"] == {"title": 1, "body": 1}
    (bpane, btext, bmarks), (apane, atext, amarks) = p.panes
    assert (bpane, apane) == ("before", "after")
    assert btext == sample.before and atext == "你好，<b>世界</b>"
    assert [m[0] for m in bmarks] == ["浣犲ソ", ","]
    assert [m[0] for m in amarks] == ["你好", "，"]
    assert bmarks[0][1] is not None and bmarks[0][1].startswith("mojibake: utf-8 read as gbk")
    assert amarks[1][1] is not None and "comma between hanzi" in amarks[1][1]
    assert "invalid JSON &lt;here&gt;" in page


def test_group_changes_splits_steps() -> None:
    sample = two_step_sample()
    flat = [c for t in sample.traces for c in t.changes]
    assert [t.step for t in group_changes(sample.before, flat)] == ["mojibake", "punctuation"]
    assert ReportSample.from_changes("x", sample.before, flat).after == "你好，<b>世界</b>"


def test_changes_that_do_not_fit_are_listed_not_highlighted() -> None:
    bad = ReportSample("x", "abc", (StepTrace("s", (Change("s", 0, 1, "z", "y", "wrong"),)),))
    page = render_report(RunStats(records=1), [bad])
    p = parse_page(page)
    assert all(not marks for _, _, marks in p.panes)
    assert "do not fit" in page and "wrong" in page


@st.composite
def staged_edits(draw: st.DrawFn) -> tuple[str, list[StepTrace], str]:
    text = draw(st.text(alphabet="ab<&>\"'京 \n", max_size=30))
    original = text
    traces = []
    for k in range(draw(st.integers(1, 3))):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
        edits = [
            Edit(a, b, draw(st.text(alphabet="xy<京", max_size=3)), f"r{k}")
            for a, b in zip(cuts[::2], cuts[1::2])
        ]
        text, changes = apply_edits(text, edits, f"step{k}")
        traces.append(StepTrace(f"step{k}", tuple(changes)))
    return original, traces, text


@given(staged_edits())
@settings(max_examples=150, deadline=None)
def test_panes_reproduce_texts_exactly(case: tuple[str, list[StepTrace], str]) -> None:
    before, traces, after = case
    sample = ReportSample("s", before, tuple(traces))
    assert sample.after == after
    p = parse_page(render_report(RunStats(records=1), [sample]))
    (_, btext, bmarks), (_, atext, amarks) = p.panes
    assert btext == before and atext == after
    assert all(title for _, title in bmarks + amarks)
    n_changes = sum(len(t.changes) for t in traces)
    assert (len(bmarks) > 0) == (n_changes > 0)


def test_long_sample_is_cut_with_a_note() -> None:
    text = "京" * 50
    sample = ReportSample("long", text, (StepTrace("s", (Change("s", 45, 46, "京", "x", "r"),)),))
    page = render_report(RunStats(records=1), [sample], sample_chars=10)
    assert "more characters not shown" in page
    assert "<td>r</td>" in page  # still listed in the table


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "r.tsv"
    rules.write_text("京\t北京市\tcity\n", "utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "南京<script>"}\n{"text": "无"}\nbad\n', "utf-8")
    report = tmp_path / "report.html"
    code = main(
        [
            "clean",
            str(src),
            "--steps",
            "rules",
            "--rules",
            str(rules),
            "--report",
            str(report),
            "-q",
        ]
    )
    assert code == 1
    p = parse_page(report.read_text("utf-8"))
    assert "script" not in p.tags
    assert p.bars["chart-steps"] == {"rules": 1}
    assert p.summary["records"] == "3" and p.summary["errors"] == "1"
    texts = [(pane, text) for pane, text, _ in p.panes]
    assert ("before", "南京<script>") in texts and ("after", "南北京市<script>") in texts


def test_write_report(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    write_report(str(path), RunStats(records=1), [two_step_sample()])
    assert parse_page(path.read_text("utf-8")).panes


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    stats = RunStats()
    sample = two_step_sample()
    stats.add_record(sample.traces, fields={"title": "标题"})
    path = tmp_path / "report.html"
    write_report(str(path), stats, [sample])
    proc = subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    dom = proc.stdout.decode("utf-8")
    p = parse_page(dom)
    assert p.bars["chart-steps"] == {"mojibake": 1, "punctuation": 1}
    assert p.bars["chart-fields"] == {"title": 1}
    (_, btext, bmarks), (_, atext, amarks) = p.panes
    assert [m[0] for m in bmarks] == ["浣犲ソ", ","] and [m[0] for m in amarks] == ["你好", "，"]
    assert all(title for _, title in bmarks + amarks)
    assert btext == sample.before and atext == sample.after

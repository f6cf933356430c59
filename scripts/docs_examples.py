"""Keep the documentation's examples real: run them, and fill in or check their outputs.

Three kinds of generated content live under ``docs/``:

* ``pycon`` fenced blocks (``>>>`` examples) in every page: ``--write`` runs them with the
  zhnews in ``src/`` and writes the actual output under each example; ``--check`` fails
  when a recorded output differs from what the code prints now.
* sections between ``<!-- generated: NAME -->`` and ``<!-- end generated -->``: tables and
  command help built by the functions in :data:`SECTIONS` (the mojibake families table is
  made with Python's real codecs and ``zhnews.repair``).
* ``docs/reference/``: one mkdocstrings page per public module in :data:`REFERENCE` that
  can be imported, and an index that lists the others as not yet available.

A block or section whose zhnews module does not exist yet is left as it is and reported as
pending, so the site builds at every stage; run ``--write`` again as modules land.

Usage::

    python scripts/docs_examples.py --write   # refresh outputs, sections, reference pages
    python scripts/docs_examples.py --check   # exit 1 if anything is stale or fails
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import doctest
import html
import importlib
import io
import re
import subprocess
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SRC = ROOT / "src"

#: Public modules documented in the API reference, in order, with a short title.
REFERENCE: tuple[tuple[str, str], ...] = (
    ("zhnews.pipeline", "Pipeline: normalize, Normalizer"),
    ("zhnews.encoding.detect", "Byte decoding"),
    ("zhnews.encoding.repair", "Mojibake repair"),
    ("zhnews.script.pinyin", "Inserted pinyin"),
    ("zhnews.script.convert", "Script conversion"),
    ("zhnews.script.normalize", "Unicode, punctuation and width"),
    ("zhnews.news.lines", "Site chrome"),
    ("zhnews.news.article", "Articles and metadata"),
    ("zhnews.changes", "Changes (the explanation model)"),
    ("zhnews.adapters", "Engine adapters: shared helpers"),
    ("zhnews.adapters.datatrove", "Engine adapters: datatrove"),
    ("zhnews.adapters.hf_datasets", "Engine adapters: Hugging Face datasets"),
    ("zhnews.adapters.spark", "Engine adapters: Spark"),
)

FENCE_RE = re.compile(r"^```pycon[ \t]*\n(.*?)^```[ \t]*$", re.M | re.S)
SECTION_RE = re.compile(
    r"(<!-- generated: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- end generated -->)", re.S
)
CHECKER = doctest.OutputChecker()
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


class Pending(Exception):
    """Raised when an example needs a zhnews module that does not exist yet."""


@dataclass
class Report:
    stale: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- pycon blocks


#: Optional engines: an example that needs one that is not installed is pending, not failed.
OPTIONAL = ("datatrove", "datasets", "pyspark", "pandas", "pyarrow")


def _missing_zhnews_module(exc: BaseException) -> Optional[str]:
    """The missing module's name if ``exc`` means a zhnews module or engine is absent."""
    if not isinstance(exc, ImportError):
        return None
    name = exc.name or ""
    if isinstance(exc, ModuleNotFoundError) and (
        name.startswith("zhnews") or name.split(".")[0] in OPTIONAL
    ):
        return name
    message = str(exc)
    # zhnews.adapters.* re-raise a missing engine as ImportError naming the extra
    if "pip install zhnews[" in message:
        return message
    return None


def _run_example(example: doctest.Example, globs: dict[str, Any]) -> str:
    """Execute one example like doctest does and return what it printed or displayed."""
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            exec(compile(example.source, "<docs>", "single"), globs)
    except Exception as exc:
        name = _missing_zhnews_module(exc)
        if name is not None:
            raise Pending(name) from exc
        lines = traceback.format_exception_only(type(exc), exc)
        return buffer.getvalue() + "Traceback (most recent call last):\n    ...\n" + "".join(lines)
    return buffer.getvalue()


def _render(examples: list[tuple[doctest.Example, str]]) -> str:
    out: list[str] = []
    for example, got in examples:
        for i, line in enumerate(example.source.rstrip("\n").split("\n")):
            out.append((">>> " if i == 0 else "... ") + line)
        for line in got.rstrip("\n").split("\n") if got.strip() else []:
            out.append(line if line.strip() else "<BLANKLINE>")
    return "\n".join(out) + "\n"


def _process_block(body: str, globs: dict[str, Any], where: str, report: Report) -> Optional[str]:
    """Run a block; return its text with real outputs, or None if it is pending."""
    parser = doctest.DocTestParser()
    results: list[tuple[doctest.Example, str]] = []
    for example in parser.get_examples(body):
        try:
            got = _run_example(example, globs)
        except Pending as exc:
            report.pending.append(f"{where}: needs {exc}")
            return None
        want = example.want
        same_error = (
            want.startswith("Traceback")
            and got.startswith("Traceback")
            and want.strip().split("\n")[-1] == got.strip().split("\n")[-1]
        )
        if want and (same_error or CHECKER.check_output(want, got, FLAGS)):
            got = want  # keep the recorded form (ellipses, spacing) when it matches
        results.append((example, got))
    return _render(results)


def process_blocks(text: str, path: Path, report: Report) -> str:
    globs: dict[str, Any] = {"__name__": "__docs__"}
    rel = path.relative_to(ROOT)
    pending_before = False

    def replace(match: re.Match[str]) -> str:
        nonlocal pending_before
        lineno = text.count("\n", 0, match.start()) + 1
        where = f"{rel}:{lineno}"
        body = match.group(1)
        if pending_before:
            report.pending.append(f"{where}: follows a pending block")
            return match.group(0)
        new = _process_block(body, globs, where, report)
        if new is None:
            pending_before = True
            return match.group(0)
        if "Traceback (most recent call last)" in new and "Traceback" not in body:
            report.failed.append(f"{where}: an example raised:\n{new}")
        if new != body:
            report.stale.append(where)
        return "```pycon\n" + new + "```"

    return FENCE_RE.sub(replace, text)


# --------------------------------------------------------------------------- generated sections

MOJIBAKE_SIMPLIFIED = "国务院总理主持召开常务会议"
MOJIBAKE_TRADITIONAL = "國務院總理主持召開常務會議"

#: (how the text was written, how it was read, script of the sample)
MOJIBAKE_FAMILIES: tuple[tuple[str, str, str], ...] = (
    ("utf-8", "latin-1", "simplified"),
    ("utf-8", "cp1252", "simplified"),
    ("utf-8", "gbk", "simplified"),
    ("utf-8", "gb18030", "simplified"),
    ("utf-8", "big5", "traditional"),
    ("utf-8", "shift_jis", "simplified"),
    ("gbk", "latin-1", "simplified"),
    ("gbk", "cp1252", "simplified"),
    ("gbk", "big5", "simplified"),
    ("gbk", "shift_jis", "simplified"),
    ("big5", "latin-1", "traditional"),
    ("big5", "cp1252", "traditional"),
    ("big5", "gbk", "traditional"),
)


def _cell(text: str) -> str:
    """A table cell showing ``text`` exactly: escapes for invisible characters, HTML-safe."""
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    return "<code>" + html.escape(shown).replace("|", "&#124;").replace("`", "&#96;") + "</code>"


def section_mojibake_table() -> str:
    repair = importlib.import_module("zhnews.encoding.repair").repair
    rows = [
        "| written as | read as | garbled text (as scraped) | `zhnews.repair(...)` | recovered |",
        "| --- | --- | --- | --- | --- |",
    ]
    for written, read, script in MOJIBAKE_FAMILIES:
        original = MOJIBAKE_SIMPLIFIED if script == "simplified" else MOJIBAKE_TRADITIONAL
        garbled = original.encode(written).decode(read, errors="replace")
        fixed = repair(garbled)
        if fixed == original:
            verdict = "exact"
        elif fixed == garbled:
            verdict = "unchanged"
        else:
            matcher = difflib.SequenceMatcher(None, original, fixed, autojunk=False)
            kept = sum(block.size for block in matcher.get_matching_blocks())
            verdict = f"partly ({kept} of {len(original)} characters)"
        rows.append(f"| {written} | {read} | {_cell(garbled)} | {_cell(fixed)} | {verdict} |")
    return "\n".join(rows) + "\n"


def _cli_help(*args: str) -> str:
    importlib.import_module("zhnews.cli")
    env_path = str(SRC)
    result = subprocess.run(
        [sys.executable, "-m", "zhnews", *args, "--help"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": env_path, "COLUMNS": "88", "PATH": "/usr/bin:/bin"},
        check=True,
        cwd=ROOT,
    )
    return (
        "```text\n$ zhnews "
        + " ".join([*args, "--help"])
        + "\n"
        + result.stdout.rstrip()
        + "\n```\n"
    )


def _cli_commands(main_help: str) -> list[str]:
    """The subcommands listed under ``COMMAND`` in ``zhnews --help`` (public interface only)."""
    return re.findall(r"^ {4}([a-z][\w-]*) {2,}\S", main_help, re.M)


def section_cli_help() -> str:
    parts = [_cli_help()]
    for command in _cli_commands(parts[0]):
        parts.append("\n" + _cli_help(command))
    return "".join(parts)


SECTIONS: dict[str, Callable[[], str]] = {
    "mojibake-table": section_mojibake_table,
    "cli-help": section_cli_help,
}


def process_sections(text: str, path: Path, report: Report) -> str:
    rel = path.relative_to(ROOT)

    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        where = f"{rel}: section {name}"
        func = SECTIONS.get(name)
        if func is None:
            report.failed.append(f"{where}: unknown section")
            return match.group(0)
        try:
            body = func()
        except Exception as exc:
            missing = _missing_zhnews_module(exc)
            if missing is None:
                report.failed.append(f"{where}: {type(exc).__name__}: {exc}")
            else:
                report.pending.append(f"{where}: needs {missing}")
            return match.group(0)
        if body != match.group("body"):
            report.stale.append(where)
        return match.group(1) + body + match.group(4)

    return SECTION_RE.sub(replace, text)


# --------------------------------------------------------------------------- reference pages


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def reference_pages() -> dict[Path, str]:
    pages: dict[Path, str] = {}
    lines = [
        "# API reference",
        "",
        "Generated from the docstrings by mkdocstrings. "
        "(`python scripts/docs_examples.py --write` refreshes this list.)",
        "",
    ]
    for module, title in REFERENCE:
        page = DOCS / "reference" / f"{module}.md"
        if _importable(module) or module.startswith("zhnews.adapters."):
            # adapter modules need their engine to import, not to be documented
            pages[page] = f"# {title}\n\n::: {module}\n"
            lines.append(f"- [{title}]({module}.md) -- `{module}`")
        else:
            lines.append(f"- {title} -- `{module}` (not yet available)")
    pages[DOCS / "reference" / "index.md"] = "\n".join(lines) + "\n"
    return pages


# --------------------------------------------------------------------------- driver


def iter_pages() -> Iterator[Path]:
    yield from sorted(p for p in DOCS.rglob("*.md") if "reference" not in p.parts)


def run(write: bool) -> Report:
    sys.path.insert(0, str(SRC))
    report = Report()
    for path in iter_pages():
        text = path.read_text(encoding="utf-8")
        new = process_sections(process_blocks(text, path, report), path, report)
        if write and new != text:
            path.write_text(new, encoding="utf-8")
    pages = reference_pages()
    existing = set((DOCS / "reference").glob("*.md")) if (DOCS / "reference").exists() else set()
    for page, content in pages.items():
        current = page.read_text(encoding="utf-8") if page.exists() else None
        if current != content:
            report.stale.append(str(page.relative_to(ROOT)))
            if write:
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(content, encoding="utf-8")
    for page in existing - set(pages):
        report.stale.append(f"{page.relative_to(ROOT)} (no longer listed)")
        if write:
            page.unlink()
    return report


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="rewrite outputs in place")
    mode.add_argument("--check", action="store_true", help="fail if anything is stale")
    parser.add_argument(
        "--strict", action="store_true", help="also fail while any example is pending"
    )
    args = parser.parse_args(argv)
    report = run(write=args.write)
    for line in report.pending:
        print(f"pending  {line}")
    for line in report.failed:
        print(f"FAILED   {line}")
    for line in report.stale:
        print(f"{'updated' if args.write else 'STALE  '}  {line}")
    bad = bool(report.failed) or (args.check and bool(report.stale))
    bad = bad or (args.strict and bool(report.pending))
    print(f"{len(report.stale)} stale, {len(report.failed)} failed, {len(report.pending)} pending")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``zhnews`` command: decode, repair, clean and parse scraped Chinese news at scale.

``zhnews decode FILE...`` turns bytes of unknown encoding into UTF-8; ``zhnews repair``
fixes mojibake in text or in one field of JSON Lines records; ``zhnews clean`` runs the
whole :mod:`zhnews.pipeline`; ``zhnews parse`` extracts the article's fields. Inputs are
streamed (text files, folders, standard input, JSON Lines, CSV/TSV, Parquet), records go
out as JSON Lines, CSV or Parquet, and a bad record is reported with its line number.

Exit status: 0 success, 1 some records failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import dataclasses
import importlib
import io
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Optional

from zhnews import __version__
from zhnews.changes import Change
from zhnews.io import (
    INPUT_FORMATS,
    OUTPUT_FORMATS,
    MissingDependencyError,
    Record,
    RecordWriter,
    format_from_path,
    iter_records,
    open_writer,
)
from zhnews.pipeline import SCRIPTS, STEPS, Normalizer, NormalizerConfig, StepTrace, imap_ordered

__all__ = ["main"]

EXIT_OK = 0
EXIT_RECORDS_FAILED = 1
EXIT_USAGE = 2

_BLOCK_CHARS = 1 << 18  # plain-text repair works on blocks of whole lines of about this size


class UsageError(Exception):
    """A problem with the command line or its files (exit status 2)."""


# --------------------------------------------------------------------------- helpers


def _stderr(msg: str) -> None:
    sys.stderr.write(msg + "\n")


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if enc != "utf8" and reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8")


def _sample_text() -> str:
    from zhnews._resources import data_text

    return data_text("sample.txt")


def _describe_change(c: Change, where: str) -> str:
    return f"{where}: {c.step}: {c.before!r} -> {c.after!r} ({c.reason})"


class _LineIndex:
    """Line and column of offsets in a text (1-based), for readable change lists."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.first = first_line

    def where(self, offset: int) -> str:
        i = bisect.bisect_right(self.starts, offset) - 1
        return f"{self.first + i}:{offset - self.starts[i] + 1}"


def _explain_traces(traces: Sequence[StepTrace], before: str, prefix: str) -> None:
    """Print every change with its line:column in the text its step received."""
    text = before
    for t in traces:
        index = _LineIndex(text) if t.changes else None
        for c in t.changes:
            assert index is not None
            _stderr(_describe_change(c, f"{prefix}:{index.where(c.start)}"))
        if t.changes:
            from zhnews.report import _apply

            applied = _apply(text, t.changes)
            if applied is None:
                break
            text = applied


class _Progress:
    """Records/s and MB/s on stderr: tqdm when installed (the ``progress`` extra), else a line."""

    def __init__(self, enabled: bool, desc: str) -> None:
        self.enabled = enabled
        self.n = 0
        self.nbytes = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                self.bar = None
            else:
                self.bar = tqdm(desc=desc, unit=" rec", file=sys.stderr, dynamic_ncols=True)

    def update(self, nbytes: int) -> None:
        if not self.enabled:
            return
        self.n += 1
        self.nbytes += nbytes
        now = time.monotonic()
        if self.bar is not None:
            self.bar.update(1)
            if now - self.last >= 0.5:
                self.last = now
                self.bar.set_postfix_str(
                    f"{self.nbytes / 1e6 / max(now - self.start, 1e-9):.2f} MB/s"
                )
        elif now - self.last >= 0.2:
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        sys.stderr.write(
            f"\r{self.n} records  {self.n / elapsed:,.0f} rec/s  "
            f"{self.nbytes / 1e6 / elapsed:.2f} MB/s "
        )
        sys.stderr.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.close()
        else:
            self._line(time.monotonic())
            sys.stderr.write("\n")


# --------------------------------------------------------------------------- record work


@dataclass(frozen=True)
class _Task:
    """What each worker needs (sent once per worker process)."""

    normalizer: Normalizer
    mode: str  # "clean" | "parse" | "repair"
    field: str
    explain: bool
    keep_before: bool


@dataclass(frozen=True)
class _Result:
    where: str
    nbytes: int
    out: Optional[dict[str, Any]]
    error: Optional[str] = None
    traces: tuple[StepTrace, ...] = ()
    fields: Optional[dict[str, Any]] = None
    removed_lines: Optional[int] = None
    before: Optional[str] = None


def _repair_trace(text: str) -> tuple[str, list[StepTrace]]:
    mod = importlib.import_module("zhnews.encoding.repair")
    out, changes = mod.repair_and_explain(text)
    return out, [StepTrace("repair", tuple(changes))]


def _process(task: _Task, record: Record) -> _Result:
    """Run one record (in a worker process or in this one); never raises."""
    if not record.ok:
        return _Result(record.where, record.nbytes, None, record.error or "no text")
    assert record.text is not None
    data = dict(record.data or {})
    text = record.text
    try:
        if task.mode == "parse":
            url = data.get("url")
            article, _, traces = task.normalizer.parse_and_trace(
                text, url=url if isinstance(url, str) else None
            )
            adict = article.to_dict()
            out = {k: v for k, v in data.items() if k != task.field}
            out.update(adict)
            if task.explain and "changes" not in adict:
                out["changes"] = [c.to_dict() for t in traces for c in t.changes]
            fields = {k: v for k, v in adict.items() if k not in ("changes", "removed")}
            removed = getattr(article, "removed", None)
            removed_lines = (
                sum(1 for r in removed if str(r).strip())
                if isinstance(removed, (list, tuple))
                else None
            )
            return _Result(
                record.where,
                record.nbytes,
                out,
                None,
                tuple(traces),
                fields,
                removed_lines,
                text if task.keep_before else None,
            )
        if task.mode == "repair":
            cleaned, traces = _repair_trace(text)
        else:
            cleaned, traces = task.normalizer.trace(text)
        data[task.field] = cleaned
        if task.explain:
            data["changes"] = [c.to_dict() for t in traces for c in t.changes]
        return _Result(
            record.where,
            record.nbytes,
            data,
            None,
            tuple(traces),
            before=text if task.keep_before else None,
        )
    except ImportError:
        raise  # a missing step module is a setup problem, not a bad record
    except Exception as exc:  # a step must not fail on a str, but one record must not end a run
        return _Result(
            record.where, record.nbytes, None, f"internal error: {type(exc).__name__}: {exc}"
        )


# --------------------------------------------------------------------------- argument parsing


def _add_step_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("steps")
    g.add_argument(
        "--script", choices=sorted(SCRIPTS), help="convert to this script (default: keep)"
    )
    g.add_argument("--script-variant", help="OpenCC-style variant for --script (e.g. s2twp)")
    g.add_argument("--no-repair", action="store_true", help="skip mojibake repair")
    g.add_argument("--no-pinyin", action="store_true", help="keep inserted pinyin readings")
    g.add_argument("--no-unicode", action="store_true", help="skip Unicode clean-up")
    g.add_argument("--no-punctuation", action="store_true", help="skip punctuation/spacing")
    g.add_argument("--width", action="store_true", help="also fold full-width letters and digits")
    g.add_argument("--no-chrome", action="store_true", help="keep site chrome lines")
    g.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="a rule pack (before<TAB>after[<TAB>reason] lines) applied last; repeatable",
    )
    g.add_argument(
        "--news-rules",
        action="append",
        default=[],
        metavar="JSON",
        help="an extra news-structure rule pack for parse (see zhnews.news.rules); repeatable",
    )
    g.add_argument(
        "--steps",
        help=f"exact comma-separated list of steps to run, overriding the flags above ({','.join(STEPS)})",
    )


def _add_io_options(p: argparse.ArgumentParser, *, sample: bool = True) -> None:
    p.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files or folders; - or nothing: stdin"
    )
    p.add_argument("--input-format", choices=INPUT_FORMATS, default="auto")
    p.add_argument("--field", help="JSON Lines / Parquet field holding the text (default: text)")
    p.add_argument("--column", help="CSV/TSV column holding the text (default: text)")
    p.add_argument(
        "-o", "--output", help="output file (default: stdout); format from its extension"
    )
    p.add_argument("--format", choices=OUTPUT_FORMATS, help="output format (default: jsonl)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--chunksize", type=int, default=128, help="records per task sent to a worker")
    p.add_argument(
        "--explain", action="store_true", help="add each record's changes (a 'changes' field)"
    )
    p.add_argument("--report", metavar="HTML", help="write an HTML audit report of the run")
    p.add_argument(
        "--report-samples", type=int, default=30, metavar="N", help="records shown in the report"
    )
    p.add_argument("--on-error", choices=("skip", "stop"), default="skip", help="on a bad record")
    p.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="force the progress bar",
    )
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    if sample:
        p.add_argument("--sample", action="store_true", help="run on the bundled sample page")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhnews",
        description="Repair and structure scraped Chinese news text.",
        epilog="Exit status: 0 ok, 1 some records failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"zhnews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("decode", help="bytes of unknown encoding to UTF-8 on stdout")
    p.add_argument("files", nargs="+", metavar="FILE", help="files to decode (- for stdin)")
    p.add_argument("--encoding", help="skip detection and use this encoding")
    p.add_argument("--explain", action="store_true", help="print the detected encoding on stderr")
    p.add_argument("-o", "--output", help="write here instead of stdout")

    p = sub.add_parser("repair", help="repair mojibake in text or in one field of JSON Lines")
    p.add_argument(
        "inputs", nargs="*", metavar="FILE", help="UTF-8 text files (- or nothing: stdin)"
    )
    p.add_argument("--explain", action="store_true", help="list the changes on stderr")
    p.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines records")
    p.add_argument("--field", default="text", help="the JSON Lines field to repair (default: text)")
    p.add_argument("--sample", action="store_true", help="run on the bundled sample page")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument("--on-error", choices=("skip", "stop"), default="skip")

    p = sub.add_parser("clean", help="run the cleaning pipeline on records")
    _add_io_options(p)
    _add_step_options(p)

    p = sub.add_parser("parse", help="extract title, authors, dates, body... from news pages")
    _add_io_options(p)
    _add_step_options(p)
    return parser


def _config_from_args(args: argparse.Namespace) -> NormalizerConfig:
    try:
        if args.steps is not None:
            steps = [s.strip() for s in args.steps.split(",") if s.strip()]
            if "script" in steps and args.script is None:
                raise UsageError("--steps includes script: give --script too")
            if "rules" in steps and not args.rules:
                raise UsageError("--steps includes rules: give --rules FILE too")
            return NormalizerConfig.from_steps(
                steps,
                script=args.script,
                script_variant=args.script_variant,
                rules=tuple(args.rules),
                news_rules=tuple(args.news_rules),
            )
        return NormalizerConfig(
            repair=not args.no_repair,
            pinyin=not args.no_pinyin,
            unicode=not args.no_unicode,
            punctuation=not args.no_punctuation,
            width=args.width,
            strip_chrome=not args.no_chrome,
            script=args.script,
            script_variant=args.script_variant,
            rules=tuple(args.rules),
            news_rules=tuple(args.news_rules),
        )
    except (ValueError, TypeError) as exc:
        raise UsageError(str(exc)) from exc


def _check_inputs(inputs: Sequence[str]) -> None:
    for item in inputs:
        if item != "-" and not os.path.exists(item):
            raise UsageError(f"no such file or folder: {item}")


def _needs_pyarrow(args: argparse.Namespace, inputs: Sequence[str], out_fmt: str) -> bool:
    if out_fmt == "parquet" or args.input_format == "parquet":
        return True
    return any(
        i != "-" and not os.path.isdir(i) and format_from_path(i) == "parquet" for i in inputs
    )


# --------------------------------------------------------------------------- commands


def _text_output(stack: contextlib.ExitStack, path: Optional[str]) -> IO[str]:
    if path and path != "-":
        return stack.enter_context(open(path, "w", encoding="utf-8", newline=""))
    stack.callback(sys.stdout.flush)
    return sys.stdout


def _stdin_bytes() -> IO[bytes]:
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(stdin.read().encode("utf-8"))


def _cmd_decode(args: argparse.Namespace) -> int:
    detect = importlib.import_module("zhnews.encoding.detect")
    _check_inputs([f for f in args.files if f != "-"])
    failed = 0
    with contextlib.ExitStack() as stack:
        out = _text_output(stack, args.output)
        for name in args.files:
            if name == "-":
                data = _stdin_bytes().read()
            else:
                with open(name, "rb") as fh:
                    data = fh.read()
            try:
                if args.encoding:
                    text = detect.decode(data, encoding=args.encoding)
                else:
                    text = detect.decode(data)
            except (LookupError, ValueError) as exc:
                _stderr(f"zhnews decode: {name}: {exc}")
                failed += 1
                continue
            if args.explain:
                _explain_guess(name, detect.detect_encoding(data), args.encoding)
            out.write(text)
    return EXIT_RECORDS_FAILED if failed else EXIT_OK


def _explain_guess(name: str, guess: Any, forced: Optional[str]) -> None:
    if forced:
        _stderr(f"{name}: encoding given: {forced}")
    if dataclasses.is_dataclass(guess) and not isinstance(guess, type):
        _stderr(f"{name}:")
        for f in dataclasses.fields(guess):
            value = getattr(guess, f.name)
            if (
                isinstance(value, (list, tuple))
                and value
                and not isinstance(value[0], (str, int, float))
            ):
                _stderr(f"  {f.name}:")
                for item in value:
                    _stderr(f"    {item}")
            else:
                _stderr(f"  {f.name}: {value}")
    else:
        _stderr(f"{name}: {guess}")


def _iter_text_blocks(
    name: str, fh: IO[bytes]
) -> Iterator[tuple[int, Optional[str], Optional[str]]]:
    """Yield (first line number, block of whole lines, error) from a UTF-8 byte stream."""
    lines: list[str] = []
    size = 0
    first = 1
    for lineno, raw in enumerate(fh, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if lines:
                yield first, "".join(lines), None
            lines, size, first = [], 0, lineno + 1
            yield (
                lineno,
                None,
                f"not UTF-8 ({exc.reason} at byte {exc.start}); use `zhnews decode` first",
            )
            continue
        if lineno == 1 and line.startswith("\ufeff"):
            line = line[1:]
        lines.append(line)
        size += len(line)
        if size >= _BLOCK_CHARS:
            yield first, "".join(lines), None
            lines, size, first = [], 0, lineno + 1
    if lines:
        yield first, "".join(lines), None


def _cmd_repair(args: argparse.Namespace) -> int:
    repair_mod = importlib.import_module("zhnews.encoding.repair")
    inputs = args.inputs or ["-"]
    if args.sample:
        inputs = []
    _check_inputs(inputs)
    if args.jsonl:
        if args.sample:
            raise UsageError("--sample and --jsonl do not go together")
        task = _Task(
            Normalizer(NormalizerConfig.from_steps([])), "repair", args.field, False, args.explain
        )
        records = iter_records(inputs, input_format="jsonl", field=args.field)
        writer = open_writer(args.output, "jsonl")
        stats_errors = 0
        try:
            for res in imap_ordered(_process, task, records):
                if res.error is not None:
                    stats_errors += 1
                    _stderr(
                        f"zhnews repair: {res.where}: {res.error}"
                        + (" (skipped)" if args.on_error == "skip" else "")
                    )
                    if args.on_error == "stop":
                        break
                    continue
                assert res.out is not None
                if args.explain and res.before is not None:
                    _explain_traces(res.traces, res.before, res.where)
                writer.write(res.out)
        finally:
            writer.close()
        return EXIT_RECORDS_FAILED if stats_errors else EXIT_OK

    errors = 0
    with contextlib.ExitStack() as stack:
        out = _text_output(stack, args.output)
        for name in ["sample.txt"] if args.sample else inputs:
            label = "<stdin>" if name == "-" else name
            if args.sample:
                blocks: Iterator[tuple[int, Optional[str], Optional[str]]] = iter(
                    [(1, _sample_text(), None)]
                )
            elif name == "-":
                blocks = _iter_text_blocks(label, _stdin_bytes())
            else:
                blocks = _iter_text_blocks(label, stack.enter_context(open(name, "rb")))
            for first, block, error in blocks:
                if error is not None:
                    errors += 1
                    _stderr(f"zhnews repair: {label}:{first}: {error}")
                    if args.on_error == "stop":
                        return EXIT_RECORDS_FAILED
                    continue
                assert block is not None
                if args.explain:
                    fixed, changes = repair_mod.repair_and_explain(block)
                    index = _LineIndex(block, first)
                    for c in changes:
                        _stderr(_describe_change(c, f"{label}:{index.where(c.start)}"))
                else:
                    fixed = repair_mod.repair(block)
                out.write(fixed)
    return EXIT_RECORDS_FAILED if errors else EXIT_OK


def _cmd_records(args: argparse.Namespace) -> int:
    mode = args.command
    config = _config_from_args(args)
    normalizer = Normalizer(config)
    for path in (*config.rules, *config.news_rules):
        if not os.path.isfile(path):
            raise UsageError(f"no such rule pack: {path}")
    try:
        normalizer.normalize("")  # load rule packs and step modules now: errors are usage errors
    except ValueError as exc:
        raise UsageError(str(exc)) from exc

    if args.workers < 1 or args.chunksize < 1:
        raise UsageError("--workers and --chunksize must be at least 1")
    if args.sample:
        if args.inputs:
            raise UsageError("--sample takes no inputs")
        if mode == "parse" and not args.output and not args.format:
            article = normalizer.parse(_sample_text())
            sys.stdout.write(
                json.dumps(article.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
            )
            return EXIT_OK
        if mode == "clean" and not args.output and not args.format:
            sys.stdout.write(normalizer.normalize(_sample_text()))
            return EXIT_OK
    inputs = args.inputs or ["-"]
    if not args.sample:
        _check_inputs(inputs)

    field = args.column or args.field or "text"
    if args.input_format == "auto" and args.column and not args.field:
        stdin_format = "csv"
    elif args.input_format == "auto" and args.field:
        stdin_format = "jsonl"
    else:
        stdin_format = "text"
    out_fmt = args.format or (
        format_from_path(args.output, "jsonl") if args.output and args.output != "-" else "jsonl"
    )
    if (
        out_fmt == "text"
        and args.output
        and not args.format
        and not args.output.lower().endswith((".txt", ".txt.gz"))
    ):
        out_fmt = "jsonl"
    if mode == "parse" and out_fmt == "text":
        raise UsageError("parse writes records: choose jsonl, csv, tsv or parquet")
    if _needs_pyarrow(args, inputs, out_fmt):
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise UsageError("Parquet needs pyarrow: pip install 'zhnews[parquet]'") from exc

    if args.sample:
        text = _sample_text()
        records: Iterator[Record] = iter(
            [Record("sample.txt", "", {field: text}, text, None, len(text.encode("utf-8")))]
        )
    else:
        records = iter_records(
            inputs, input_format=args.input_format, field=field, stdin_format=stdin_format
        )

    from zhnews.report import ReportSample, RunStats, write_report

    want_report = bool(args.report)
    task = _Task(normalizer, mode, field, args.explain, want_report)
    stats = RunStats()
    samples: list[ReportSample] = []
    unchanged: list[ReportSample] = []
    n_samples = max(0, args.report_samples)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _Progress(bool(show), f"zhnews {mode}")
    writer: Optional[RecordWriter] = None
    stopped = False
    try:
        writer = open_writer(args.output, out_fmt, field=field)
        results = imap_ordered(
            _process, task, records, workers=args.workers, chunksize=args.chunksize
        )
        try:
            for res in results:
                progress.update(res.nbytes)
                if res.error is not None:
                    stats.add_error(res.where, res.error, res.nbytes)
                    suffix = " (skipped)" if args.on_error == "skip" else " (stopping)"
                    _stderr(f"zhnews {mode}: {res.where}: {res.error}{suffix}")
                    if args.on_error == "stop":
                        stopped = True
                        break
                    continue
                assert res.out is not None
                stats.add_record(
                    res.traces,
                    fields=res.fields,
                    removed_lines=res.removed_lines,
                    nbytes=res.nbytes,
                )
                writer.write(res.out)
                if want_report and res.before is not None:
                    has_changes = any(t.changes for t in res.traces)
                    target = samples if has_changes else unchanged
                    if len(target) < n_samples:
                        target.append(ReportSample(res.where, res.before, res.traces, res.fields))
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
    finally:
        progress.close()
        if writer is not None:
            writer.close()
            for warning in writer.warnings:
                _stderr(f"zhnews {mode}: warning: {warning}")
    if want_report:
        shown = samples + unchanged[: max(0, n_samples - len(samples))]
        write_report(args.report, stats, shown, title=f"zhnews {mode} report")
    if not args.quiet:
        _stderr(
            f"zhnews {mode}: "
            + "; ".join(stats.summary_lines())
            + ("; stopped at the first error" if stopped else "")
        )
    return EXIT_RECORDS_FAILED if stats.errors else EXIT_OK


# --------------------------------------------------------------------------- entry point


def main(argv: Optional[list[str]] = None) -> int:
    """Run the ``zhnews`` command line and return its exit status (0 ok, 1 records failed, 2 usage).

    >>> main(["decode"])  # no FILE: a usage error, explained on stderr
    2
    """
    _utf8_stdio()
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help / --version (0) or a usage error (2)
        code = exc.code
        return code if isinstance(code, int) else EXIT_USAGE
    commands = {
        "decode": _cmd_decode,
        "repair": _cmd_repair,
        "clean": _cmd_records,
        "parse": _cmd_records,
    }
    try:
        return commands[args.command](args)
    except UsageError as exc:
        _stderr(f"zhnews {args.command}: error: {exc}")
        return EXIT_USAGE
    except MissingDependencyError as exc:
        _stderr(f"zhnews {args.command}: error: {exc}")
        return EXIT_USAGE
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("zhnews."):
            _stderr(f"zhnews {args.command}: error: this installation lacks {exc.name}")
            return EXIT_USAGE
        raise
    except BrokenPipeError:  # pragma: no cover - e.g. `zhnews clean big.jsonl | head`
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK
    except OSError as exc:
        _stderr(f"zhnews {args.command}: error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        _stderr("zhnews: interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

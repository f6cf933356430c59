"""Streaming readers and writers for the command line: text files, folders, JSON Lines,
CSV/TSV and Parquet (with the ``parquet`` extra).

Readers yield one :class:`Record` per input record, in order, and never raise on bad data:
a line that is not JSON, a record without the text field or with a non-string value comes
back as a record with ``error`` set and its location, so the caller decides whether to skip
it or stop. Nothing is read into memory beyond one record (one Parquet batch).
"""

from __future__ import annotations

import csv
import gzip
import importlib
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Optional

__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "MissingDependencyError",
    "Record",
    "RecordWriter",
    "format_from_path",
    "iter_records",
    "open_writer",
    "read_text_bytes",
]

#: Input formats accepted by :func:`iter_records` (``auto`` picks one from the file name).
INPUT_FORMATS = ("auto", "text", "lines", "jsonl", "csv", "tsv", "parquet")
#: Output formats accepted by :func:`open_writer`.
OUTPUT_FORMATS = ("jsonl", "csv", "tsv", "parquet", "text")

_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "text",
    ".text": "text",
}


class MissingDependencyError(RuntimeError):
    """An optional dependency (such as pyarrow for Parquet) is needed but not installed."""


@dataclass(frozen=True)
class Record:
    """One input record: its fields, the text to work on, or the reason it cannot be used.

    ``source`` names the file (``<stdin>`` for standard input) and ``location`` the line or
    row (empty for whole-file records). ``nbytes`` is the record's size in the input.

    >>> Record("a.jsonl", "line 3", None, None, "invalid JSON").ok
    False
    """

    source: str
    location: str
    data: Optional[dict[str, Any]]
    text: Optional[str]
    error: Optional[str] = None
    nbytes: int = 0

    @property
    def ok(self) -> bool:
        """True when the record has text to work on."""
        return self.error is None and self.text is not None

    @property
    def where(self) -> str:
        """``source:location`` for messages."""
        return f"{self.source}:{self.location}" if self.location else self.source


def format_from_path(path: str, default: str = "text") -> str:
    """The format a file name implies (``.jsonl``, ``.csv``, ``.tsv``, ``.parquet``; ``.gz`` is looked through).

    >>> format_from_path("out.jsonl.gz"), format_from_path("x.csv"), format_from_path("a.txt")
    ('jsonl', 'csv', 'text')
    """
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _EXTENSIONS.get(os.path.splitext(name)[1], default)


def read_text_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode a text file's bytes: UTF-8 (BOM dropped) when valid, else :func:`zhnews.decode`.

    Returns the text and the name of the encoding that was detected (None for UTF-8).

    >>> read_text_bytes("新闻".encode("utf-8"))
    ('新闻', None)
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return (text[1:] if text.startswith("\ufeff") else text), None
    detect = importlib.import_module("zhnews.encoding.detect")
    guess = detect.detect_encoding(data)
    return str(detect.decode(data)), str(getattr(guess, "encoding", guess))


# --------------------------------------------------------------------------- input


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _stdin_binary() -> IO[bytes]:
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    # a text-only stdin (e.g. io.StringIO in tests): re-encode it
    return io.BytesIO(stdin.read().encode("utf-8"))


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def iter_records(
    inputs: Iterable[str],
    *,
    input_format: str = "auto",
    field: str = "text",
    stdin_format: str = "text",
) -> Iterator[Record]:
    """Yield the records of every input (``-`` is standard input; folders are walked, sorted).

    In ``auto`` mode a file's format comes from its name and standard input uses
    ``stdin_format``. Text files are one record each (``{"path": ..., field: text}``);
    ``lines`` makes each line a record.

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp(); p = os.path.join(d, "a.jsonl")
    >>> _ = open(p, "w", encoding="utf-8").write('{"id": 1, "text": "新闻"}\\nnot json\\n')
    >>> [(r.location, r.text, r.error) for r in iter_records([p])]
    [('line 1', '新闻', None), ('line 2', None, 'invalid JSON: Expecting value at column 1')]
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r}")
    for item in inputs:
        if item == "-":
            fmt = stdin_format if input_format == "auto" else input_format
            yield from _read_stream("<stdin>", _stdin_binary(), fmt, field, close=False)
            continue
        paths = _walk(item) if os.path.isdir(item) else iter([item])
        for path in paths:
            fmt = format_from_path(path) if input_format == "auto" else input_format
            if fmt == "parquet":
                yield from _read_parquet(path, field)
                continue
            try:
                fh = _open_binary(path)
            except OSError as exc:
                yield Record(path, "", None, None, f"cannot open: {exc.strerror or exc}")
                continue
            yield from _read_stream(path, fh, fmt, field, close=True)


def _read_stream(
    source: str, fh: IO[bytes], fmt: str, field: str, *, close: bool
) -> Iterator[Record]:
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(source, fh, field)
        elif fmt in ("csv", "tsv"):
            yield from _read_csv(source, fh, field, "\t" if fmt == "tsv" else ",")
        elif fmt == "lines":
            yield from _read_lines(source, fh, field)
        elif fmt == "parquet":
            yield Record(source, "", None, None, "Parquet cannot be read from standard input")
        else:
            yield _read_whole(source, fh, field)
    finally:
        if close:
            fh.close()


def _read_whole(source: str, fh: IO[bytes], field: str) -> Record:
    try:
        data = fh.read()
    except OSError as exc:
        return Record(source, "", None, None, f"cannot read: {exc}")
    try:
        text, encoding = read_text_bytes(data)
    except ImportError:
        return Record(
            source, "", None, None, "not UTF-8, and zhnews.encoding.detect is unavailable"
        )
    record: dict[str, Any] = {} if source == "<stdin>" else {"path": source}
    if encoding is not None:
        record["encoding"] = encoding
    record[field] = text
    return Record(source, "", record, text, None, len(data))


def _read_lines(source: str, fh: IO[bytes], field: str) -> Iterator[Record]:
    for lineno, raw in enumerate(fh, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Record(
                source,
                f"line {lineno}",
                None,
                None,
                f"not UTF-8: {exc.reason} at byte {exc.start}",
                len(raw),
            )
            continue
        if lineno == 1 and line.startswith("\ufeff"):
            line = line[1:]
        line = line.rstrip("\r\n")
        record: dict[str, Any] = {"line": lineno, field: line}
        if source != "<stdin>":
            record = {"path": source, **record}
        yield Record(source, f"line {lineno}", record, line, None, len(raw))


def _read_jsonl(source: str, fh: IO[bytes], field: str) -> Iterator[Record]:
    for lineno, raw in enumerate(fh, 1):
        where = f"line {lineno}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Record(
                source, where, None, None, f"not UTF-8: {exc.reason} at byte {exc.start}", len(raw)
            )
            continue
        if lineno == 1 and line.startswith("\ufeff"):
            line = line[1:]
        try:
            obj = json.loads(line)
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            col = getattr(exc, "colno", None)
            detail = f"{msg} at column {col}" if col is not None else msg
            yield Record(source, where, None, None, f"invalid JSON: {detail}", len(raw))
            continue
        except RecursionError:
            yield Record(source, where, None, None, "invalid JSON: nested too deeply", len(raw))
            continue
        if not isinstance(obj, dict):
            yield Record(
                source,
                where,
                None,
                None,
                f"expected a JSON object, got {type(obj).__name__}",
                len(raw),
            )
            continue
        yield _with_field(source, where, obj, field, len(raw))


def _with_field(source: str, where: str, obj: dict[str, Any], field: str, nbytes: int) -> Record:
    if field not in obj:
        return Record(source, where, obj, None, f"no field {field!r}", nbytes)
    value = obj[field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return Record(source, where, obj, None, f"field {field!r} is {kind}, not a string", nbytes)
    return Record(source, where, obj, value, None, nbytes)


def _read_csv(source: str, fh: IO[bytes], column: str, delimiter: str) -> Iterator[Record]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    reader = csv.reader(text, delimiter=delimiter)
    try:
        try:
            header = next(reader)
        except StopIteration:
            return
        if column not in header:
            yield Record(
                source,
                "line 1",
                None,
                None,
                f"no column {column!r} in the header ({', '.join(header)})",
            )
            return
        start = reader.line_num + 1
        for row in reader:
            where = f"line {start}"
            start = reader.line_num + 1
            if not row:
                continue
            nbytes = sum(len(v) for v in row) + len(row)
            if len(row) != len(header):
                yield Record(
                    source,
                    where,
                    None,
                    None,
                    f"{len(row)} fields where the header has {len(header)}",
                    nbytes,
                )
                continue
            yield _with_field(source, where, dict(zip(header, row)), column, nbytes)
    except UnicodeDecodeError as exc:
        yield Record(
            source,
            f"line {start}",
            None,
            None,
            f"not UTF-8 ({exc.reason}); the rest of the file was not read",
        )
    except csv.Error as exc:
        yield Record(
            source,
            f"line {reader.line_num}",
            None,
            None,
            f"bad CSV: {exc}; the rest of the file was not read",
        )
    finally:
        text.detach()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise MissingDependencyError(
            "Parquet needs pyarrow: pip install 'zhnews[parquet]'"
        ) from exc
    return pyarrow, pyarrow.parquet


def _read_parquet(path: str, column: str) -> Iterator[Record]:
    _, pq = _pyarrow()
    try:
        pf = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        yield Record(path, "", None, None, f"cannot read Parquet: {exc}")
        return
    if column not in pf.schema_arrow.names:
        yield Record(
            path,
            "",
            None,
            None,
            f"no column {column!r} (columns: {', '.join(pf.schema_arrow.names)})",
        )
        return
    row = 0
    for batch in pf.iter_batches(batch_size=1024):
        for obj in batch.to_pylist():
            row += 1
            value = obj.get(column)
            nbytes = len(value.encode("utf-8", "surrogatepass")) if isinstance(value, str) else 0
            yield _with_field(path, f"row {row}", obj, column, nbytes)


# --------------------------------------------------------------------------- output


def _json_default(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "backslashreplace")
    return str(value)


def _dumps(obj: Any) -> str:
    line = json.dumps(obj, ensure_ascii=False, default=_json_default)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        # lone surrogates (from "\\ud800" escapes in the input): keep them as JSON escapes
        line = json.dumps(obj, ensure_ascii=True, default=_json_default)
    return line


class RecordWriter:
    """Writes dict records in one format; ``warnings`` collects what could not be written as is."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_text_out(path: Optional[str], errors: str = "strict") -> tuple[IO[str], bool]:
    if path is None or path == "-":
        return sys.stdout, False
    if path.lower().endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8", newline="", errors=errors), True
    return open(path, "w", encoding="utf-8", newline="", errors=errors), True


class _StreamWriter(RecordWriter):
    """A writer on a text stream it may own (a file it opened) or borrow (stdout)."""

    fh: IO[str]
    owned: bool

    def close(self) -> None:
        if self.owned:
            self.fh.close()
        else:
            self.fh.flush()


class _JsonlWriter(_StreamWriter):
    def __init__(self, path: Optional[str]) -> None:
        super().__init__()
        self.fh, self.owned = _open_text_out(path)

    def write(self, record: dict[str, Any]) -> None:
        self.fh.write(_dumps(record) + "\n")
        self.count += 1


class _TextWriter(_StreamWriter):
    def __init__(self, path: Optional[str], field: str) -> None:
        super().__init__()
        self.fh, self.owned = _open_text_out(path)
        self.field = field

    def write(self, record: dict[str, Any]) -> None:
        value = record.get(self.field)
        text = value if isinstance(value, str) else _dumps(value)
        self.fh.write(text if text.endswith("\n") else text + "\n")
        self.count += 1


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return _dumps(value)


class _CsvWriter(_StreamWriter):
    def __init__(self, path: Optional[str], delimiter: str) -> None:
        super().__init__()
        # lone surrogates cannot be UTF-8: they are written as backslash escapes
        self.fh, self.owned = _open_text_out(path, errors="backslashreplace")
        self.writer = csv.writer(self.fh, delimiter=delimiter, lineterminator="\n")
        self.header: Optional[list[str]] = None
        self.dropped: set[str] = set()

    def write(self, record: dict[str, Any]) -> None:
        if self.header is None:
            self.header = [str(k) for k in record]
            self.writer.writerow(self.header)
        extra = [k for k in record if k not in self.header and k not in self.dropped]
        for key in extra:
            self.dropped.add(key)
            self.warnings.append(
                f"field {key!r} is not in the CSV header (first record); its values were not written"
            )
        self.writer.writerow([_cell(record.get(k)) for k in self.header])
        self.count += 1


class _ParquetWriter(RecordWriter):
    def __init__(self, path: Optional[str], batch_size: int = 1000) -> None:
        super().__init__()
        if path is None or path == "-":
            raise ValueError("Parquet output needs a file name (-o out.parquet)")
        self.pa, self.pq = _pyarrow()
        self.path = path
        self.batch: list[dict[str, Any]] = []
        self.batch_size = batch_size
        self.writer: Any = None
        self.schema: Any = None
        self.dropped: set[str] = set()

    def write(self, record: dict[str, Any]) -> None:
        self.batch.append({str(k): v for k, v in record.items()})
        self.count += 1
        if len(self.batch) >= self.batch_size:
            self._flush()

    def _convert(self, value: Any, string_column: bool) -> Any:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (dict, list, tuple)) or string_column:
            return _dumps(value)
        return value

    def _flush(self) -> None:
        if not self.batch:
            return
        pa = self.pa
        if self.schema is None:
            names: list[str] = []
            for row in self.batch:
                names.extend(k for k in row if k not in names)
            rows = [{k: self._convert(row.get(k), False) for k in names} for row in self.batch]
            table = pa.Table.from_pylist(rows)
            fields = [
                pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f
                for f in table.schema
            ]
            self.schema = pa.schema(fields)
            table = table.cast(self.schema)
            self.writer = self.pq.ParquetWriter(self.path, self.schema)
        else:
            names = list(self.schema.names)
            for row in self.batch:
                for key in row:
                    if key not in names and key not in self.dropped:
                        self.dropped.add(key)
                        self.warnings.append(
                            f"field {key!r} is not in the Parquet schema (first batch); its values were not written"
                        )
            strings = {f.name for f in self.schema if pa.types.is_string(f.type)}
            rows = [
                {k: self._convert(row.get(k), k in strings) for k in names} for row in self.batch
            ]
            table = pa.Table.from_pylist(rows, schema=self.schema)
        self.writer.write_table(table)
        self.batch = []

    def close(self) -> None:
        self._flush()
        if self.writer is None:
            # no record: still write a valid (empty) file
            self.pq.write_table(self.pa.table({}), self.path)
        else:
            self.writer.close()


def open_writer(
    path: Optional[str], fmt: Optional[str] = None, *, field: str = "text"
) -> RecordWriter:
    """Open a writer for ``path`` (None or ``-``: standard output) in ``fmt`` or the format its name implies.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "out.jsonl")
    >>> with open_writer(p) as w: w.write({"text": "新闻"})
    >>> open(p, encoding="utf-8").read()
    '{"text": "新闻"}\\n'
    """
    if fmt is None:
        fmt = "jsonl" if path is None or path == "-" else format_from_path(path, "jsonl")
        if fmt == "text" and path is not None:
            fmt = "jsonl" if not path.lower().endswith((".txt", ".txt.gz")) else "text"
    if fmt == "jsonl":
        return _JsonlWriter(path)
    if fmt in ("csv", "tsv"):
        return _CsvWriter(path, "\t" if fmt == "tsv" else ",")
    if fmt == "parquet":
        return _ParquetWriter(path)
    if fmt == "text":
        return _TextWriter(path, field)
    raise ValueError(f"unknown output format {fmt!r} (one of {', '.join(OUTPUT_FORMATS)})")

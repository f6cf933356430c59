"""Tests of the ``zhnews`` command line (zhnews.cli) and its readers/writers (zhnews.io).

Most tests drive ``main([...])`` with the pipeline's own rule-pack step (``--steps rules``)
so that they check the command's mechanics whatever step modules exist; tests of the
real steps skip when their module is missing.
"""

from __future__ import annotations

import csv
import gzip
import importlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from zhnews.cli import main
from zhnews.io import format_from_path, iter_records, open_writer

RULES = "京\t北京市\tcity name\n, \t，\tcomma between hanzi\n"


def has(module: str, *names: str) -> bool:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return False
    return all(hasattr(mod, n) for n in names)


def need(module: str, *names: str) -> None:
    if not has(module, *names):
        pytest.skip(f"{module} not available yet")


def need_default() -> None:
    for module, name in [
        ("zhnews.encoding.repair", "repair_and_explain"),
        ("zhnews.script.pinyin", "strip_pinyin_and_explain"),
        ("zhnews.script.normalize", "normalize_punctuation_and_explain"),
        ("zhnews.news.lines", "strip_chrome_and_explain"),
    ]:
        need(module, name)


@pytest.fixture
def rules(tmp_path: Path) -> str:
    path = tmp_path / "rules.tsv"
    path.write_text(RULES, encoding="utf-8")
    return str(path)


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_passes_other_fields_through(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    records = [
        {"id": 1, "text": "南京, 你好", "meta": {"tags": ["a", "b"], "n": 2.5}, "url": None},
        {"id": 2, "text": "无需修改"},
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    code = main(["clean", str(src), "--steps", "rules", "--rules", rules, "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0
    got = jsonl(out)
    assert got[0] == {**records[0], "text": "南北京市，你好"}
    assert got[1] == records[1]
    assert "records: 2" in err and "changed: 1" in err and "errors: 0" in err


def test_explain_adds_changes_field(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"body": "南京, 好"}\n', "utf-8")
    code = main(
        [
            "clean",
            str(src),
            "--field",
            "body",
            "--steps",
            "rules",
            "--rules",
            rules,
            "--explain",
            "-q",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    (rec,) = jsonl(out)
    assert rec["body"] == "南北京市，好"
    assert rec["changes"] == [
        {
            "step": "rules",
            "start": 1,
            "end": 2,
            "before": "京",
            "after": "北京市",
            "reason": "city name",
        },
        {
            "step": "rules",
            "start": 2,
            "end": 4,
            "before": ", ",
            "after": "，",
            "reason": "comma between hanzi",
        },
    ]


BAD_JSONL = (
    '{"id": 1, "text": "南京"}\n'
    "this is not json\n"
    "\n"
    "[1, 2]\n"
    '{"id": 4}\n'
    '{"id": 5, "text": 42}\n'
    '{"id": 6, "text": "北京"}\n'
)


def test_on_error_skip_reports_line_numbers(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text(BAD_JSONL, "utf-8")
    code = main(["clean", str(src), "--steps", "rules", "--rules", rules])
    out, err = capsys.readouterr()
    assert code == 1
    assert [r["id"] for r in jsonl(out)] == [1, 6]
    assert f"{src}:line 2: invalid JSON" in err
    assert f"{src}:line 4: expected a JSON object, got list" in err
    assert f"{src}:line 5: no field 'text'" in err
    assert f"{src}:line 6: field 'text' is int, not a string" in err
    assert "errors: 4" in err and "records: 6" in err


def test_on_error_stop(tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text(BAD_JSONL, "utf-8")
    code = main(["clean", str(src), "--steps", "rules", "--rules", rules, "--on-error", "stop"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [r["id"] for r in jsonl(out)] == [1]
    assert "line 2: invalid JSON" in err and "(stopping)" in err
    assert "line 4" not in err


def test_invalid_utf8_line_is_an_error_not_a_crash(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "x.jsonl"
    src.write_bytes(b'{"text": "\xe4\xbd"}\n{"text": "\xe5\x8c\x97\xe4\xba\xac"}\n')
    code = main(["clean", str(src), "--steps", "rules", "--rules", rules])
    out, err = capsys.readouterr()
    assert code == 1
    assert jsonl(out) == [{"text": "北北京市"}]
    assert "line 1: not UTF-8" in err


def test_lone_surrogate_survives_as_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text('{"text": "a\\ud800b"}\n', "utf-8")
    assert main(["clean", str(src), "--steps", "", "-q"]) == 0
    out = capsys.readouterr().out
    assert "\\ud800" in out and json.loads(out)["text"] == "a\ud800b"


# --------------------------------------------------------------------------- CSV, stdin, folders


def test_csv_column_in_csv_out(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "content", "site"])
        w.writerow(["1", "南京, 晴\n第二行", "a.cn"])
        w.writerow(["2", "没有变化", "b.cn"])
        w.writerow(["3", "少一列"])
    out_path = tmp_path / "out.csv"
    code = main(
        [
            "clean",
            str(src),
            "--column",
            "content",
            "--steps",
            "rules",
            "--rules",
            rules,
            "-o",
            str(out_path),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1  # the short row
    assert f"{src}:line 5: 2 fields where the header has 3" in err
    with open(out_path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == [
        {"id": "1", "content": "南北京市，晴\n第二行", "site": "a.cn"},
        {"id": "2", "content": "没有变化", "site": "b.cn"},
    ]


def test_tsv_and_missing_column(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.tsv"
    src.write_text("text\tn\n南京\t1\n", "utf-8")
    assert main(["clean", str(src), "--steps", "rules", "--rules", rules, "-q"]) == 0
    assert jsonl(capsys.readouterr().out) == [{"text": "南北京市", "n": "1"}]
    assert main(["clean", str(src), "--column", "body", "--steps", "rules", "--rules", rules]) == 1
    assert "no column 'body'" in capsys.readouterr().err


def test_stdin_text(
    monkeypatch: pytest.MonkeyPatch, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, "南京, 上海\n".encode())
    code = main(["clean", "--steps", "rules", "--rules", rules, "--format", "text", "-q"])
    assert code == 0
    assert capsys.readouterr().out == "南北京市，上海\n"


def test_stdin_jsonl_with_field(
    monkeypatch: pytest.MonkeyPatch, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, '{"t": "京", "k": 1}\n{"t": "沪", "k": 2}\n'.encode())
    assert main(["clean", "-", "--field", "t", "--steps", "rules", "--rules", rules, "-q"]) == 0
    assert jsonl(capsys.readouterr().out) == [{"t": "北京市", "k": 1}, {"t": "沪", "k": 2}]


def test_directory_input(tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "pages"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text("南京", "utf-8")
    (root / "b" / "c.txt").write_text("东京, 大阪", "utf-8")
    (root / "b" / "d.jsonl").write_text('{"text": "京都", "x": 1}\n', "utf-8")
    (root / ".hidden.txt").write_text("京", "utf-8")
    code = main(["clean", str(root), "--steps", "rules", "--rules", rules, "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0
    got = jsonl(out)
    assert [r.get("path") for r in got] == [str(root / "a.txt"), str(root / "b" / "c.txt"), None]
    assert [r["text"] for r in got] == ["南北京市", "东北京市，大阪", "北京市都"]
    assert got[2]["x"] == 1
    assert "records: 3" in err


def test_gzip_jsonl_round_trip(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write('{"text": "京"}\n')
    dst = tmp_path / "out.jsonl.gz"
    assert (
        main(["clean", str(src), "--steps", "rules", "--rules", rules, "-o", str(dst), "-q"]) == 0
    )
    with gzip.open(dst, "rt", encoding="utf-8") as fh:
        assert jsonl(fh.read()) == [{"text": "北京市"}]


def test_lines_format_and_workers(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "many.txt"
    src.write_text("".join(f"{i} 京\n" for i in range(500)), "utf-8")
    args = [
        "clean",
        str(src),
        "--input-format",
        "lines",
        "--steps",
        "rules",
        "--rules",
        rules,
        "-q",
    ]
    assert main(args) == 0
    one = capsys.readouterr().out
    assert main([*args, "--workers", "2", "--chunksize", "7"]) == 0
    two = capsys.readouterr().out
    assert one == two
    got = jsonl(one)
    assert len(got) == 500 and got[499] == {"path": str(src), "line": 500, "text": "499 北京市"}


# --------------------------------------------------------------------------- usage errors, progress


@pytest.mark.parametrize(
    "argv",
    [
        ["clean", "/no/such/file.jsonl"],
        ["clean", "--steps", "frobnicate"],
        ["clean", "--rules", "/no/such/rules.tsv"],
        ["clean", "--script", "klingon"],
        ["clean", "--workers", "0"],
        ["frobnicate"],
        [],
        ["parse", "--format", "text", "--steps", ""],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.strip()


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--help"]) == 0
    assert "--on-error" in capsys.readouterr().out


def test_progress_when_forced(
    tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "京"}\n' * 50, "utf-8")
    assert main(["clean", str(src), "--steps", "rules", "--rules", rules, "--progress", "-q"]) == 0
    assert "rec/s" in capsys.readouterr().err


def test_python_dash_m(tmp_path: Path, rules: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "京"}\nnot json\n', "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run(
        [sys.executable, "-m", "zhnews", "clean", str(src), "--steps", "rules", "--rules", rules],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 1
    assert jsonl(proc.stdout.decode("utf-8")) == [{"text": "北京市"}]
    assert "line 2: invalid JSON" in proc.stderr.decode("utf-8")


# --------------------------------------------------------------------------- Parquet


def test_parquet_round_trip(tmp_path: Path, rules: str, capsys: pytest.CaptureFixture[str]) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": ["南京", None, "京, 沪"]}), src)
    dst = tmp_path / "out.parquet"
    code = main(
        ["clean", str(src), "--steps", "rules", "--rules", rules, "-o", str(dst), "--explain"]
    )
    err = capsys.readouterr().err
    assert code == 1 and "row 2: field 'text' is null" in err
    rows = pq.read_table(dst).to_pylist()
    assert [(r["id"], r["text"]) for r in rows] == [(1, "南北京市"), (3, "北京市，沪")]
    assert json.loads(rows[0]["changes"])[0]["after"] == "北京市"


def test_parquet_without_pyarrow_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "x"}\n', "utf-8")
    assert main(["clean", str(src), "--steps", "", "-o", str(tmp_path / "o.parquet")]) == 2
    assert "pip install 'zhnews[parquet]'" in capsys.readouterr().err


# --------------------------------------------------------------------------- io helpers


def test_format_from_path() -> None:
    assert format_from_path("a/b.JSONL") == "jsonl"
    assert format_from_path("x.tsv.gz") == "tsv"
    assert format_from_path("x.parquet") == "parquet"
    assert format_from_path("README") == "text"


def test_writer_csv_warns_on_new_fields(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    w = open_writer(str(path))
    w.write({"a": 1, "b": [1, "二"]})
    w.write({"a": 2, "c": 3})
    w.close()
    assert path.read_text("utf-8") == 'a,b\n1,"[1, ""二""]"\n2,\n'
    assert w.warnings and "'c'" in w.warnings[0]


def test_text_file_in_gbk_is_decoded(tmp_path: Path) -> None:
    need("zhnews.encoding.detect", "decode", "detect_encoding")
    src = tmp_path / "gbk.txt"
    src.write_bytes("新华社北京电，记者今天从有关部门获悉，工作进展顺利。".encode("gbk"))
    (rec,) = iter_records([str(src)])
    assert rec.ok and rec.text == "新华社北京电，记者今天从有关部门获悉，工作进展顺利。"
    assert rec.data is not None and "gb" in str(rec.data["encoding"]).lower()


# --------------------------------------------------------------------------- real steps


def test_repair_plain_with_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need("zhnews.encoding.repair", "repair", "repair_and_explain")
    src = tmp_path / "m.txt"
    src.write_text("第一行没问题。\n浣犲ソ\n", "utf-8")
    assert main(["repair", str(src), "--explain"]) == 0
    out, err = capsys.readouterr()
    assert out == "第一行没问题。\n你好\n"
    assert f"{src}:2:1:" in err and "'浣犲ソ' -> '你好'" in err


def test_repair_jsonl_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need("zhnews.encoding.repair", "repair", "repair_and_explain")
    src = tmp_path / "m.jsonl"
    src.write_text('{"title": "浣犲ソ", "id": 7}\n{"title": 1}\n', "utf-8")
    code = main(["repair", str(src), "--jsonl", "--field", "title", "--explain"])
    out, err = capsys.readouterr()
    assert code == 1
    assert jsonl(out) == [{"title": "你好", "id": 7}]
    assert "line 2: field 'title' is int" in err and "line 1:1:1" in err


def test_repair_clean_text_is_untouched(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    need("zhnews.encoding.repair", "repair", "repair_and_explain")
    text = "這是繁體。日本語です。한국어. Café ≤ €5 😀\n" * 3
    set_stdin(monkeypatch, text.encode())
    assert main(["repair"]) == 0
    assert capsys.readouterr().out == text


def test_repair_sample(capsys: pytest.CaptureFixture[str]) -> None:
    need("zhnews.encoding.repair", "repair", "repair_and_explain")
    assert main(["repair", "--sample"]) == 0
    assert capsys.readouterr().out.strip()


def test_decode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need("zhnews.encoding.detect", "decode", "detect_encoding")
    src = tmp_path / "big5.txt"
    text = "中央社記者今天報導，臺北市政府宣布新的交通措施。"
    src.write_bytes(text.encode("big5"))
    assert main(["decode", str(src), "--explain"]) == 0
    out, err = capsys.readouterr()
    assert out == text
    assert "big5" in err.lower() or "cp950" in err.lower()


def test_clean_default_pipeline_on_sample(capsys: pytest.CaptureFixture[str]) -> None:
    need_default()
    assert main(["clean", "--sample"]) == 0
    assert capsys.readouterr().out.strip()


def test_parse_sample_prints_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    need_default()
    need("zhnews.news.article", "parse")
    assert main(["parse", "--sample"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert isinstance(article, dict) and article.get("title")


def test_parse_jsonl_keeps_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need_default()
    need("zhnews.news.article", "parse")
    src = tmp_path / "p.jsonl"
    page = "示例标题\n\n2024年03月15日10:20 | 来源：示例日报\n\n　　正文第一段。\n\n（责任编辑：张华）\n"
    src.write_text(json.dumps({"id": "x1", "text": page}, ensure_ascii=False) + "\n", "utf-8")
    report = tmp_path / "r.html"
    assert main(["parse", str(src), "--report", str(report)]) == 0
    (rec,) = jsonl(capsys.readouterr().out)
    assert rec["id"] == "x1" and "text" not in rec and "title" in rec
    assert report.read_text("utf-8").startswith("<!DOCTYPE html>")

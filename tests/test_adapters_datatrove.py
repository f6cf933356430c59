"""zhnews.adapters.datatrove run by datatrove's real LocalPipelineExecutor on JSONL files."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "datatrove", reason="datatrove is not installed (pip install zhnews[datatrove])"
)
pipeline = pytest.importorskip("zhnews.pipeline", reason="zhnews.pipeline is not available yet")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from zhnews.adapters.datatrove import ZhNewsFormatter, ZhNewsNormalizer  # noqa: E402

NormalizerConfig = pipeline.NormalizerConfig

RULES = "浣犲ソ\t你好\tutf-8 read as gbk\n新聞\t新闻\n"
DOCS = [
    {"id": "a", "text": "新聞：浣犲ソ，世界。", "metadata": {"site": "x"}},
    {"id": "b", "text": "日本語のテキスト、한국어, Café ½ €5, 😀"},
    {"id": "c", "text": "\u3000"},
    {"id": "d", "text": "浣犲ソ浣犲ソ"},
]
EXPECTED = {"a": "新闻：你好，世界。", "b": DOCS[1]["text"], "c": "\u3000", "d": "你好你好"}


def _article_present() -> bool:
    try:
        importlib.import_module("zhnews.news.article")
    except ImportError:
        return False
    return True


@pytest.fixture()
def rules_config(tmp_path: Path) -> Any:
    path = tmp_path / "rules.tsv"
    path.write_text(RULES, encoding="utf-8")
    return NormalizerConfig.from_steps(["rules"], rules=(str(path),))


@pytest.fixture()
def jsonl_input(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as fh:
        for doc in DOCS:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder


def _read_output(folder: Path) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def _run(tmp_path: Path, source: Path, step: Any, tasks: int = 1) -> tuple[dict[str, Any], Any]:
    out = tmp_path / "out"
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source), glob_pattern="*.jsonl"),
            step,
            JsonlWriter(str(out), output_filename="${rank}.jsonl", compression=None),
        ],
        tasks=tasks,
        workers=tasks,
        logging_dir=str(tmp_path / "logs"),
    )
    stats = executor.run()
    return _read_output(out), stats


def _stat(stats: Any, step_name: str, label: str) -> int:
    for step_stats in stats.stats:
        if step_name in step_stats.name:
            if label not in step_stats.stats:
                return 0
            return int(step_stats.stats[label].total)
    raise AssertionError(f"no stats for {step_name}")


def test_normalizer_step_in_local_executor(
    tmp_path: Path, jsonl_input: Path, rules_config: Any
) -> None:
    rows, stats = _run(
        tmp_path, jsonl_input, ZhNewsNormalizer(rules_config, parse_fields=False, explain=True)
    )
    assert {k: v["text"] for k, v in rows.items()} == EXPECTED
    changes_a = rows["a"]["metadata"]["zhnews"]["changes"]
    assert [(c["before"], c["after"], c["step"]) for c in changes_a] == [
        ("新聞", "新闻", "rules"),
        ("浣犲ソ", "你好", "rules"),
    ]
    assert rows["a"]["metadata"]["site"] == "x"  # existing metadata is kept
    assert rows["b"]["metadata"]["zhnews"]["changes"] == []
    assert _stat(stats, "zhnews", "total") == 4
    assert _stat(stats, "zhnews", "changed") == 2
    assert _stat(stats, "zhnews", "changes_rules") == 4


def test_normalizer_step_with_two_worker_processes(
    tmp_path: Path, jsonl_input: Path, rules_config: Any
) -> None:
    # two input files, two tasks in two processes: the step is pickled to each worker
    (jsonl_input / "more.jsonl").write_text(
        json.dumps({"id": "e", "text": "新聞浣犲ソ"}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    rows, stats = _run(
        tmp_path, jsonl_input, ZhNewsNormalizer(rules_config, parse_fields=False), tasks=2
    )
    assert {k: v["text"] for k, v in rows.items()} == {**EXPECTED, "e": "新闻你好"}
    assert "zhnews" not in rows["a"]["metadata"]  # neither parsed nor explained
    assert _stat(stats, "zhnews", "total") == 5


def test_formatter_step(tmp_path: Path, jsonl_input: Path, rules_config: Any) -> None:
    rows, stats = _run(tmp_path, jsonl_input, ZhNewsFormatter(rules_config))
    assert {k: v["text"] for k, v in rows.items()} == EXPECTED
    assert _stat(stats, "zhnews", "total") == 4


def test_step_directly_and_clean_text_untouched() -> None:
    step = ZhNewsNormalizer(NormalizerConfig.from_steps([]), parse_fields=False)
    docs = [Document(text=d["text"], id=d["id"]) for d in DOCS]
    out = list(step.run(iter(docs)))
    assert [d.text for d in out] == [d["text"] for d in DOCS]
    assert list(step.run(None)) == []


def test_bad_config_fails_when_the_pipeline_is_built() -> None:
    with pytest.raises(TypeError, match="NormalizerConfig"):
        ZhNewsNormalizer({"repair": True})


@pytest.mark.skipif(not _article_present(), reason="zhnews.news.article is not present yet")
def test_parse_fields_into_metadata(tmp_path: Path) -> None:
    text = "新华社北京7月3日电（记者张三）今天天气很好。\n责任编辑：王五\n"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    rows, stats = _run(tmp_path, folder, ZhNewsNormalizer())
    from zhnews.adapters import ARTICLE_FIELDS, process

    expected = process(text, parse=True)
    meta = rows["a"]["metadata"]["zhnews"]
    assert rows["a"]["text"] == expected.text
    assert set(meta) == {*ARTICLE_FIELDS, "changes"}
    assert meta["changes"] == list(expected.changes)
    assert _stat(stats, "zhnews", "total") == 1

"""zhnews.adapters.hf_datasets on real in-memory Hugging Face datasets (also with num_proc=2)."""

from __future__ import annotations

import importlib
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

datasets = pytest.importorskip(
    "datasets", reason="datasets is not installed (pip install zhnews[datasets])"
)
pipeline = pytest.importorskip("zhnews.pipeline", reason="zhnews.pipeline is not available yet")

from zhnews.adapters import ARTICLE_FIELDS, process  # noqa: E402
from zhnews.adapters.hf_datasets import (  # noqa: E402
    BatchNormalizer,
    normalize_batch,
    normalize_dataset,
    output_features,
)

NormalizerConfig = pipeline.NormalizerConfig
Normalizer = pipeline.Normalizer

RULES = "浣犲ソ\t你好\tutf-8 read as gbk\n新聞\t新闻\n"
TEXTS = ["新聞：浣犲ソ，世界。", None, "日本語のテキスト、한국어, Café ½ €5, 😀", "", "浣犲ソ"]
EXPECTED = ["新闻：你好，世界。", None, TEXTS[2], "", "你好"]


@pytest.fixture(scope="module")
def rules_config(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("rules") / "rules.tsv"
    path.write_text(RULES, encoding="utf-8")
    return NormalizerConfig.from_steps(["rules"], rules=(str(path),))


def _dataset() -> Any:
    return datasets.Dataset.from_dict({"id": list(range(len(TEXTS))), "text": TEXTS})


@pytest.mark.parametrize("num_proc", [None, 2])
def test_normalize_dataset(rules_config: Any, num_proc: Any) -> None:
    out = normalize_dataset(
        _dataset(), config=rules_config, explain=True, num_proc=num_proc, batch_size=2
    )
    assert out["id"] == list(range(len(TEXTS)))
    assert out["text"] == EXPECTED
    assert out["zhnews_changed"] == [True, False, False, False, True]
    assert out["zhnews_n_changes"] == [2, 0, 0, 0, 1]
    first = json.loads(out["zhnews_changes"][0])
    assert [(c["before"], c["after"]) for c in first] == [("新聞", "新闻"), ("浣犲ソ", "你好")]
    assert out.features["zhnews_changes"] == datasets.Value("string")
    assert out.features["zhnews_n_changes"] == datasets.Value("int64")


def test_output_column_keeps_the_original(rules_config: Any) -> None:
    out = normalize_dataset(_dataset(), config=rules_config, output_column="clean")
    assert out["text"] == TEXTS
    assert out["clean"] == EXPECTED
    assert out.column_names == ["id", "text", "clean", "zhnews_changed"]


def test_map_with_normalize_batch_and_fn_kwargs(rules_config: Any) -> None:
    # all-None first batch: the declared features keep the column types stable
    ds = datasets.Dataset.from_dict({"text": [None, None, "浣犲ソ"]})
    out = ds.map(
        normalize_batch,
        batched=True,
        batch_size=2,
        fn_kwargs={"config": rules_config, "explain": True},
        features=output_features(ds.features, explain=True),
    )
    assert out["text"] == [None, None, "你好"]
    assert out["zhnews_changes"][:2] == [None, None]


def test_batch_normalizer_pickles_and_checks_the_column(rules_config: Any) -> None:
    func = BatchNormalizer("body", rules_config)
    clone = pickle.loads(pickle.dumps(func))
    assert clone({"body": ["浣犲ソ"]}) == {"body": ["你好"], "zhnews_changed": [True]}
    assert "body" in repr(clone)
    with pytest.raises(KeyError, match="body"):
        func({"text": ["x"]})
    with pytest.raises(KeyError, match="nope"):
        normalize_dataset(_dataset(), column="nope", config=rules_config)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.none() | st.text(max_size=15), min_size=1, max_size=8))
def test_normalize_batch_is_idempotent_and_matches_normalizer(values: list[Any]) -> None:
    normalizer = _RULES
    once = normalize_batch({"text": values}, config=normalizer)
    twice = normalize_batch({"text": once["text"]}, config=normalizer)
    assert twice["text"] == once["text"]
    assert not any(twice["zhnews_changed"])
    assert once["text"] == [None if v is None else normalizer.normalize(v) for v in values]


def _rules_normalizer() -> Any:
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="zhnews-rules-")) / "rules.tsv"
    path.write_text(RULES, encoding="utf-8")
    return Normalizer(NormalizerConfig.from_steps(["rules"], rules=(str(path),)))


_RULES = _rules_normalizer()


def _article_present() -> bool:
    try:
        importlib.import_module("zhnews.news.article")
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _article_present(), reason="zhnews.news.article is not present yet")
def test_parse_adds_article_columns() -> None:
    text = "新华社北京7月3日电（记者张三）今天天气很好。\n责任编辑：王五\n"
    ds = datasets.Dataset.from_dict({"text": [text, None]})
    out = normalize_dataset(ds, parse=True)
    expected = process(text, parse=True)
    row = out[0]
    assert row["text"] == expected.text
    for name in ARTICLE_FIELDS:
        assert f"zhnews_{name}" in out.column_names
    assert json.loads(row["zhnews_changes"]) == list(expected.changes)
    assert out[1]["zhnews_title"] is None

"""Tests of zhnews.adapters (the engine-independent part) and of the adapters' import errors.

The transformations are driven by a user rule pack (a pipeline feature that needs no other
step module), so these tests exercise the real Normalizer; tests that need the default
steps or the article parser skip until those modules exist.
"""

from __future__ import annotations

import datetime
import importlib
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pipeline = pytest.importorskip("zhnews.pipeline", reason="zhnews.pipeline is not available yet")

from zhnews import adapters  # noqa: E402
from zhnews.adapters import (  # noqa: E402
    ARTICLE_FIELDS,
    Processed,
    added_columns,
    column_value,
    get_normalizer,
    jsonable,
    process,
    process_column,
    step_counts,
)

Normalizer = pipeline.Normalizer
NormalizerConfig = pipeline.NormalizerConfig

# Rules in the style of a user's pack: a mojibake fix and a house-style replacement.
RULES = "浣犲ソ\t你好\tutf-8 read as gbk\n# comment\n新聞\t新闻\n"
NOOP = NormalizerConfig.from_steps([])


def _modules_present(*names: str) -> bool:
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            return False
    return True


DEFAULT_STEPS_PRESENT = _modules_present(
    "zhnews.encoding.repair", "zhnews.script.pinyin", "zhnews.script.normalize", "zhnews.news.lines"
)
ARTICLE_PRESENT = DEFAULT_STEPS_PRESENT and _modules_present("zhnews.news.article")


@pytest.fixture(scope="module")
def rules_config(tmp_path_factory: pytest.TempPathFactory) -> object:
    path = tmp_path_factory.mktemp("rules") / "house.tsv"
    path.write_text(RULES, encoding="utf-8")
    return NormalizerConfig.from_steps(["rules"], rules=(str(path),))


def _rules_normalizer() -> object:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="zhnews-rules-"))
    path = folder / "house.tsv"
    path.write_text(RULES, encoding="utf-8")
    return Normalizer(NormalizerConfig.from_steps(["rules"], rules=(str(path),)))


_RULES_NORMALIZER = _rules_normalizer()


clean_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60).filter(
    lambda s: "浣犲ソ" not in s and "新聞" not in s
)


# --------------------------------------------------------------------------- process


@settings(max_examples=60, deadline=None)
@given(clean_text)
def test_process_leaves_text_without_rule_keys_unchanged(text: str) -> None:
    # the config is created inside: hypothesis forbids function-scoped fixtures
    result = process(text, NOOP, explain=True)
    assert result == Processed(text, False, ())


def test_process_applies_and_records_changes(rules_config: object) -> None:
    text = "新聞：浣犲ソ，世界。浣犲ソ"
    result = process(text, rules_config, explain=True)
    assert result.text == "新闻：你好，世界。你好"
    assert result.changed
    assert [c["before"] for c in result.changes] == ["新聞", "浣犲ソ", "浣犲ソ"]
    for change in result.changes:
        assert text[change["start"] : change["end"]] == change["before"]
        assert change["step"] == "rules"
    assert result.changes[1]["reason"] == "utf-8 read as gbk"
    # the plain path gives the same text and records nothing
    plain = process(text, rules_config)
    assert plain.text == result.text and plain.changes == ()
    assert plain.text == Normalizer(rules_config).normalize(text)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["浣犲ソ", "新聞", "世界", "，", "abc", "😀", " "]), max_size=12))
def test_process_is_idempotent_and_explains_every_edit(parts: list[str]) -> None:
    text = "".join(parts)
    once = process(text, _RULES_NORMALIZER, explain=True)
    twice = process(once.text, _RULES_NORMALIZER, explain=True)
    assert twice.text == once.text and not twice.changed and twice.changes == ()
    # replaying the recorded changes on the input rebuilds the output
    rebuilt, pos = [], 0
    for c in once.changes:
        rebuilt.append(text[pos : c["start"]])
        rebuilt.append(c["after"])
        pos = c["end"]
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == once.text
    assert once.changed == (once.text != text)


def test_process_rejects_non_str() -> None:
    with pytest.raises(TypeError, match=r"zhnews\.decode"):
        process(b"\xe4\xbd\xa0", NOOP)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        process(3, NOOP)  # type: ignore[arg-type]


def test_get_normalizer_accepts_config_normalizer_none_and_rejects_others() -> None:
    n = Normalizer(NOOP)
    assert get_normalizer(n) is n
    assert get_normalizer(NOOP) is get_normalizer(NOOP)
    assert get_normalizer(None).config == NormalizerConfig()
    with pytest.raises(TypeError, match="NormalizerConfig"):
        get_normalizer({"repair": True})  # type: ignore[arg-type]


@pytest.mark.skipif(
    not DEFAULT_STEPS_PRESENT, reason="the default steps' modules are not all present yet"
)
@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "新华社北京7月3日电",
            "據報道，會議於今日舉行。",
            "日本語のテキスト",
            "한국어 문장",
            "Café ½ €5",
        ]
    )
)
def test_process_default_config_matches_normalizer(text: str) -> None:
    normalizer = get_normalizer(None)
    assert process(text).text == normalizer.normalize(text)
    assert process(text, explain=True).text == normalizer.normalize(text)


@pytest.mark.skipif(not ARTICLE_PRESENT, reason="zhnews.news.article is not present yet")
def test_process_parse_gives_body_and_json_fields() -> None:
    text = "标题：测试新闻\n新华社北京7月3日电（记者张三）今天天气很好。\n责任编辑：王五\n"
    result = process(text, parse=True)
    article = get_normalizer(None).parse(text)
    record = article.to_dict()
    assert result.text == record["body"]
    assert result.fields is not None and set(result.fields) == set(ARTICLE_FIELDS)
    json.dumps(result.fields, ensure_ascii=False)  # JSON-ready
    json.dumps(list(result.changes), ensure_ascii=False)


# --------------------------------------------------------------------------- JSON helpers

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=10)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None)
@given(json_values)
def test_jsonable_is_identity_on_json_values_and_column_value_round_trips(value: object) -> None:
    assert jsonable(value) == value
    encoded = column_value(value)
    if value is None or isinstance(value, str):
        assert encoded == value
    else:
        assert isinstance(encoded, str)
        assert json.loads(encoded) == value


def test_jsonable_converts_rich_values() -> None:
    from zhnews.changes import Change

    when = datetime.datetime(
        2020, 7, 3, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
    )
    value = {
        1: (when, {"x"}),
        "change": Change("repair", 0, 3, "浣犲ソ", "你好", "utf-8 read as gbk"),
        "nan": math.nan,
    }
    assert jsonable(value) == {
        "1": ["2020-07-03T09:30:00+08:00", ["x"]],
        "change": {
            "step": "repair",
            "start": 0,
            "end": 3,
            "before": "浣犲ソ",
            "after": "你好",
            "reason": "utf-8 read as gbk",
        },
        "nan": None,
    }
    assert column_value(["张三"]) == '["张三"]'


def test_step_counts() -> None:
    assert step_counts([]) == {}
    assert step_counts([{"step": "a"}, {"step": "b"}, {"step": "a"}]) == {"a": 2, "b": 1}


# --------------------------------------------------------------------------- columns


def test_added_columns_names_and_kinds() -> None:
    assert added_columns() == [("zhnews_changed", "bool")]
    parsed = added_columns(parse=True, prefix="z_")
    assert parsed[:3] == [("z_changed", "bool"), ("z_n_changes", "int"), ("z_changes", "string")]
    assert [n for n, _ in parsed[3:]] == [f"z_{f}" for f in ARTICLE_FIELDS]


def test_process_column_handles_missing_values_and_explains(rules_config: object) -> None:
    texts, extra = process_column(["浣犲ソ", None, math.nan, "世界"], rules_config, explain=True)
    assert texts == ["你好", None, None, "世界"]
    assert extra["zhnews_changed"] == [True, False, False, False]
    assert extra["zhnews_n_changes"] == [1, 0, 0, 0]
    assert extra["zhnews_changes"][1:] == [None, None, "[]"]
    (change,) = json.loads(extra["zhnews_changes"][0])
    assert change == {
        "step": "rules",
        "start": 0,
        "end": 3,
        "before": "浣犲ソ",
        "after": "你好",
        "reason": "utf-8 read as gbk",
    }
    assert list(extra) == [name for name, _ in added_columns(explain=True)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.none() | st.text(max_size=20), max_size=10))
def test_process_column_matches_normalizer_per_row(values: list[str | None]) -> None:
    texts, extra = process_column(values, _RULES_NORMALIZER)
    assert len(texts) == len(values) == len(extra["zhnews_changed"])
    for value, out, changed in zip(values, texts, extra["zhnews_changed"]):
        if value is None:
            assert out is None and changed is False
        else:
            assert out == _RULES_NORMALIZER.normalize(value)  # type: ignore[attr-defined]
            assert changed == (out != value)


def test_process_column_rejects_non_text_values() -> None:
    with pytest.raises(TypeError):
        process_column([1], NOOP)  # type: ignore[list-item]


def test_large_input_is_linear(rules_config: object) -> None:
    # ~10 MB of UTF-8 with a rule hit every ~3 KB: once as one text, once as 10,000 rows.
    # The time is printed, never asserted (speed belongs to benchmarks/).
    unit = "据新华社报道，今年上半年全国粮食生产总体平稳，夏粮再获丰收。" * 32 + "浣犲ソ"
    big = unit * (10_000_000 // len(unit.encode("utf-8")))
    start = time.perf_counter()
    result = process(big, rules_config)
    assert result.text.count("你好") == big.count("浣犲ソ") > 3000
    texts, extra = process_column([unit] * 10_000, rules_config)
    assert all(extra["zhnews_changed"]) and texts[0] == texts[-1] == unit.replace("浣犲ソ", "你好")
    print(f"2 x 10 MB through the adapters in {time.perf_counter() - start:.2f}s")


@pytest.mark.parametrize(
    "text", ["", "(" * 10_000, "浣" * 100_000, "\x00\x01\ufffd", "\u3000" * 1000]
)
def test_pathological_inputs(text: str, rules_config: object) -> None:
    assert process(text, rules_config).text == text
    assert process(text, NOOP, explain=True) == Processed(text, False)


# --------------------------------------------------------------------------- import errors


@pytest.mark.parametrize(
    ("module", "engine", "extra"),
    [
        ("zhnews.adapters.datatrove", "datatrove", "datatrove"),
        ("zhnews.adapters.hf_datasets", "datasets", "datasets"),
        ("zhnews.adapters.spark", "pyspark", "spark"),
    ],
)
def test_adapter_without_engine_names_the_extra(
    module: str, engine: str, extra: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A None entry in sys.modules makes `import engine` raise ImportError, as if absent.
    for name in list(sys.modules):
        if name == engine or name.startswith(engine + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, engine, None)
    monkeypatch.delitem(sys.modules, module, raising=False)
    with pytest.raises(ImportError, match=rf"pip install zhnews\[{extra}\]"):
        importlib.import_module(module)
    monkeypatch.delitem(sys.modules, module, raising=False)


def test_package_imports_no_engine() -> None:
    assert adapters.__all__ and all(hasattr(adapters, name) for name in adapters.__all__)
    code = (
        "import sys, zhnews.adapters; "
        "print([m for m in ('datatrove', 'datasets', 'pyspark', 'pandas') if m in sys.modules])"
    )
    src = str(Path(adapters.__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"

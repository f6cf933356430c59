"""zhnews.adapters.spark in a real local Spark session (local[2]); skips without Java or pyspark."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install zhnews[spark])")
pytest.importorskip("pandas", reason="pandas is not installed (pip install zhnews[spark])")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install zhnews[spark])")
pipeline = pytest.importorskip("zhnews.pipeline", reason="zhnews.pipeline is not available yet")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java: no `java` on PATH and no JAVA_HOME", allow_module_level=True)

import pandas as pd  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

import zhnews  # noqa: E402
from zhnews.adapters import ARTICLE_FIELDS, process  # noqa: E402
from zhnews.adapters.spark import (  # noqa: E402
    map_in_pandas_fn,
    normalize_dataframe,
    normalize_udf,
    output_schema,
)

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning")

NormalizerConfig = pipeline.NormalizerConfig
RULES = "浣犲ソ\t你好\tutf-8 read as gbk\n新聞\t新闻\n"
ROWS = [
    (1, "新聞：浣犲ソ，世界。"),
    (2, None),
    (3, "日本語のテキスト、한국어, Café ½ €5, 😀"),
    (4, "浣犲ソ"),
]
EXPECTED = ["新闻：你好，世界。", None, ROWS[2][1], "你好"]
SCHEMA = T.StructType([T.StructField("id", T.LongType()), T.StructField("text", T.StringType())])


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # Python workers must run this interpreter and find this zhnews (also from a checkout).
    src = str(Path(zhnews.__file__).resolve().parents[1])
    saved = {
        k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON", "PYTHONPATH")
    }
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (src, saved["PYTHONPATH"]) if p)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("zhnews-adapter-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.adaptive.enabled", "false")
        # a small test session: the C1 compiler and serial GC roughly halve JVM start-up CPU
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def rules_config(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("rules") / "rules.tsv"
    path.write_text(RULES, encoding="utf-8")
    return NormalizerConfig.from_steps(["rules"], rules=(str(path),))


def test_pandas_udf(spark: Any, rules_config: Any) -> None:
    df = spark.createDataFrame(ROWS, SCHEMA).repartition(2)
    out = df.withColumn("clean", normalize_udf(rules_config)("text")).orderBy("id").collect()
    assert [r["clean"] for r in out] == EXPECTED
    assert [r["text"] for r in out] == [t for _, t in ROWS]


def test_normalize_dataframe_with_explain(spark: Any, rules_config: Any) -> None:
    df = spark.createDataFrame(ROWS, SCHEMA)
    out_df = normalize_dataframe(df, config=rules_config, explain=True)
    assert out_df.columns == ["id", "text", "zhnews_changed", "zhnews_n_changes", "zhnews_changes"]
    rows = out_df.orderBy("id").collect()
    assert [r["text"] for r in rows] == EXPECTED
    assert [r["zhnews_changed"] for r in rows] == [True, False, False, True]
    assert [r["zhnews_n_changes"] for r in rows] == [2, 0, 0, 1]
    changes = json.loads(rows[0]["zhnews_changes"])
    assert [(c["start"], c["end"], c["before"], c["after"]) for c in changes] == [
        (0, 2, "新聞", "新闻"),
        (3, 6, "浣犲ソ", "你好"),
    ]
    assert rows[1]["zhnews_changes"] is None


def test_map_in_pandas_with_output_column(spark: Any, rules_config: Any) -> None:
    df = spark.createDataFrame(ROWS, SCHEMA)
    fn = map_in_pandas_fn("text", rules_config, output_column="clean", prefix="z_")
    schema = output_schema(df.schema, output_column="clean", prefix="z_")
    rows = df.mapInPandas(fn, schema).orderBy("id").collect()
    assert [r["clean"] for r in rows] == EXPECTED
    assert [r["text"] for r in rows] == [t for _, t in ROWS]
    assert schema.fieldNames() == ["id", "text", "clean", "z_changed"]


def test_output_schema_errors() -> None:
    with pytest.raises(KeyError, match="body"):
        output_schema(SCHEMA, column="body")
    clash = T.StructType([*SCHEMA.fields, T.StructField("zhnews_changed", T.BooleanType())])
    with pytest.raises(ValueError, match="prefix"):
        output_schema(clash)


def test_map_in_pandas_fn_without_spark(rules_config: Any) -> None:
    fn = map_in_pandas_fn(config=rules_config)
    frames = [pd.DataFrame({"text": ["浣犲ソ", None]}), pd.DataFrame({"text": ["世界"]})]
    out = [f.to_dict("list") for f in fn(iter(frames))]
    assert out == [
        {"text": ["你好", None], "zhnews_changed": [True, False]},
        {"text": ["世界"], "zhnews_changed": [False]},
    ]


def _article_present() -> bool:
    try:
        importlib.import_module("zhnews.news.article")
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _article_present(), reason="zhnews.news.article is not present yet")
def test_parse_columns(spark: Any) -> None:
    text = "新华社北京7月3日电（记者张三）今天天气很好。\n责任编辑：王五\n"
    df = spark.createDataFrame([(1, text)], SCHEMA)
    row = normalize_dataframe(df, parse=True).collect()[0]
    expected = process(text, parse=True)
    assert row["text"] == expected.text
    for name in ARTICLE_FIELDS:
        assert f"zhnews_{name}" in row.asDict()
    assert json.loads(row["zhnews_changes"]) == list(expected.changes)

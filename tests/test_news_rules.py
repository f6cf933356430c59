"""Every rule's example is matched by its rule; packs load from files; patterns stay linear."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from zhnews.news import label_lines, parse
from zhnews.news._text import key
from zhnews.news.rules import BUILTIN_PACKS, RulePack, default_rules, load_rules

RULES = list(default_rules().by_id.values())


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_example_matches_its_rule(rule):
    assert rule.example, f"rule {rule.id} has no example"
    assert re.fullmatch(rule.pattern, key(rule.example)), rule.id
    # the merged set classifies the example with a rule of the same kind and place
    hit = default_rules().match(key(rule.example), rule.kind, rule.where)
    assert hit is not None
    assert default_rules().by_id[hit].kind == rule.kind


def test_every_builtin_pack_has_rules():
    names = {r.pack for r in RULES}
    assert set(BUILTIN_PACKS) <= names


def test_token_example_is_chrome_anywhere():
    text = "第一段正文，内容完整。\n【打印本页】【关闭窗口】\n第二段正文，继续叙述。"
    assert label_lines(text) == ["body", "chrome", "body"]


def test_rule_ids_are_unique_in_data():
    seen: set[str] = set()
    base = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "data" / "news_rules"
    for name in BUILTIN_PACKS:
        for r in json.loads((base / f"{name}.json").read_text("utf-8"))["rules"]:
            assert r["id"] not in seen
            seen.add(r["id"])


def test_user_pack_from_file(tmp_path):
    pack = {
        "name": "mysite",
        "rules": [
            {
                "id": "mysite-ad",
                "kind": "chrome",
                "where": "any",
                "pattern": "本站广告位招租",
                "example": "本站廣告位招租",
            }
        ],
    }
    path = tmp_path / "mysite.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    text = "标题一则\n2020-07-03 05:36 来源：本站\n第一段正文，内容完整。\n本站廣告位招租\n第二段正文，继续叙述。"
    assert parse(text).body.count("廣告") == 1
    art = parse(text, rules=[path])
    assert "廣告" not in art.body
    assert any(r.rule == "mysite-ad" for r in art.removed)
    assert RulePack.from_file(path).rules[0].id == "mysite-ad"
    assert load_rules([path], builtin=False).match("本站广告位招租", "chrome", "any") == "mysite-ad"


def test_bad_rule_is_rejected():
    with pytest.raises(ValueError):
        RulePack.from_dict({"rules": [{"id": "x", "kind": "nonsense", "pattern": "a"}]})


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_patterns_do_not_backtrack(rule):
    pat = re.compile(rule.pattern)
    probes = [
        c * 390 + e
        for c in (
            "0",
            "| ",
            " ",
            "a|",
            "分享 ",
            "上一页 ",
            "1 ",
            "【1】",
            "我",
            ">",
            "· ",
            "版 权 ",
        )
        for e in ("", "。", "x")
    ]
    t = time.perf_counter()
    for p in probes:
        pat.fullmatch(p[:400])
    # generous bound: catastrophic backtracking takes minutes, linear matching microseconds
    assert time.perf_counter() - t < 2.0

"""Every rule's example is matched by its rule; packs load from files; patterns stay linear."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _pack(*rules: tuple[str, str, str]) -> RulePack:
    return RulePack.from_dict(
        {
            "name": "mine",
            "rules": [
                {"id": i, "kind": "chrome", "where": "any", "pattern": p, "example": e}
                for i, p, e in rules
            ],
        }
    )


def test_user_rules_with_back_references():
    rs = load_rules(
        [
            _pack(
                ("repeated-ad", r"(广告)\1", "广告广告"),
                ("mirror", r"(?P<a>[甲乙])(丙)\2(?P=a)", "甲丙丙甲"),
                ("cond", r"(\[)?提示(?(1)\])", "[提示]"),
                ("class-paren", r"[(]第(\d)页[)]\1", "(第3页)3"),
            )
        ]
    )
    assert rs.match("广告广告", "chrome", "any") == "repeated-ad"
    assert rs.match("广告", "chrome", "any") is None
    assert rs.match("甲丙丙甲", "chrome", "any") == "mirror"
    assert rs.match("甲丙丙乙", "chrome", "any") is None
    assert rs.match("[提示]", "chrome", "any") == "cond"
    assert rs.match("[提示", "chrome", "any") is None
    assert rs.match("(第3页)3", "chrome", "any") == "class-paren"
    assert rs.match("(第3页)4", "chrome", "any") is None
    # the built-in rules still match, and the quick filter still lets prose by
    assert rs.match("返回顶部", "chrome", "any") == "back-to-top"
    assert not rs.may_match_any("今天天气很好，我们去公园散步。")
    text = "标题一则\n2020-07-03 05:36 来源：本站\n第一段正文，内容完整。\n广告广告\n第二段正文。"
    art = parse(text, rules=rs)
    assert any(r.rule == "repeated-ad" for r in art.removed)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="广告甲乙丙[]()提示第页0123", max_size=12))
def test_back_reference_rules_agree_with_their_own_pattern(k):
    rs = load_rules(
        [
            _pack(
                ("repeated-ad", r"(广告)\1", "广告广告"),
                ("mirror", r"(?P<a>[甲乙])(丙)\2(?P=a)", "甲丙丙甲"),
            )
        ],
        builtin=False,
    )
    expect = (
        "repeated-ad"
        if re.fullmatch(r"(广告)\1", k)
        else "mirror"
        if re.fullmatch(r"(?P<a>[甲乙])(丙)\2(?P=a)", k)
        else None
    )
    assert rs.match(k, "chrome", "any") == expect


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


# --- the pre-filter in front of the combined patterns must never change a match --------


def _reference_match(rs, k, kind, where):
    """RuleSet.match without its pre-filter: the combined pattern on its own."""
    pat = rs._combined.get((kind, where))
    if pat is None:
        return None
    m = pat.fullmatch(k)
    return rs._names[m.lastgroup] if m is not None and m.lastgroup else None


_PLACES = [(kind, where) for kind in ("chrome", "end", "head") for where in ("any", "edge")]


def _assert_same_as_reference(rs, k):
    hits = []
    for kind, where in _PLACES:
        want = _reference_match(rs, k, kind, where)
        assert rs.match(k, kind, where) == want, (k, kind, where)
        hits.append(want)
    if any(hits):
        assert rs.may_match_any(k), k


def _variants(s):
    yield s
    yield s + "。"
    yield "x" + s
    yield s[1:]
    yield s[:-1]
    yield s + " 12"
    yield s.replace(" ", "")
    yield s + s


def test_prefilter_agrees_on_examples_and_their_variants():
    rs = default_rules()
    for rule in RULES:
        for v in _variants(key(rule.example)):
            _assert_same_as_reference(rs, v)


_RULE_CHARS = sorted({c for r in RULES for c in key(r.example)} | set("。，,.:|>123 aA"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([key(r.example) for r in RULES]),
            st.text(alphabet=st.sampled_from(_RULE_CHARS), max_size=12),
        ),
        max_size=5,
    ).map("".join)
)
def test_prefilter_agrees_on_generated_keys(k):
    _assert_same_as_reference(default_rules(), k)


_TRICKY = RulePack.from_dict(
    {
        "name": "tricky",
        "rules": [
            {"id": "t-case", "kind": "chrome", "where": "any", "pattern": "(?i:ab)c\\d+"},
            {"id": "t-look", "kind": "chrome", "where": "edge", "pattern": "(?=.*zz).{2,9}"},
            {"id": "t-opt", "kind": "end", "where": "any", "pattern": "a ?b ?c( ?d)?"},
            {"id": "t-class", "kind": "head", "where": "any", "pattern": "[xyz]+q?"},
            {"id": "t-anchor", "kind": "chrome", "where": "any", "pattern": "\\bzz\\b.?$"},
            {"id": "t-alt", "kind": "end", "where": "edge", "pattern": "(ab|c)+-?|q{2,}"},
        ],
    }
)
# rules the pre-filter knows nothing about (empty matches, back references): it must
# step aside for their kind and place
_UNKNOWN = RulePack.from_dict(
    {
        "name": "unknown",
        "rules": [
            {"id": "u-named", "kind": "head", "where": "edge", "pattern": "(?P<w>ab)-(?P=w)"},
            {"id": "u-empty", "kind": "end", "where": "edge", "pattern": "b*"},
        ],
    }
)
_TRICKY_ALPHABET = st.sampled_from(list("abcABCdqxyz -0129"))
_TRICKY_RULES = load_rules([_TRICKY])
_UNKNOWN_RULES = load_rules([_TRICKY, _UNKNOWN])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TRICKY_ALPHABET, max_size=10))
def test_prefilter_agrees_with_unusual_user_patterns(k):
    rs = _TRICKY_RULES
    assert rs._any is not None  # the pre-filter is in use for these rules
    _assert_same_as_reference(rs, k)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_TRICKY_ALPHABET, max_size=10))
def test_prefilter_steps_aside_for_unknown_patterns(k):
    rs = _UNKNOWN_RULES
    _assert_same_as_reference(rs, k)
    assert rs.match("ABc12", "chrome", "any") == "t-case"
    assert rs.match("ab-ab", "head", "edge") == "u-named"
    assert rs.match("", "end", "edge") == "u-empty"


def test_prefilter_passes_plain_prose_quickly():
    rs = default_rules()
    prose = "据介绍，该项目总投资约十二亿元，建成后将有效缓解周边地区的交通压力。"
    assert not rs.may_match_any(prose)
    assert rs.may_match_any(key("返回頂部"))

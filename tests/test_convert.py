"""Tests of zhnews.script.convert: OpenCC parity, span rule, protection, speed limits."""

from __future__ import annotations

from functools import cache, lru_cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from zhnews.changes import Change
from zhnews.chardata import big5_common, gb2312_level1
from zhnews.script._opencc_plan import load_dict, load_dict_all, plan
from zhnews.script.convert import (
    _kit,
    _script_sets,
    detect_script,
    to_simplified,
    to_simplified_and_explain,
    to_traditional,
    to_traditional_and_explain,
)

opencc = pytest.importorskip("opencc")

SEPARATORS = [
    "，",
    "。",
    "、",
    " ",
    "\n",
    "！",
    "「",
    "」",
    "（",
    "）",
    "-",
    ".",
    "…",
    "：",
    "\u3000",
]
ASCII_BITS = ["abc", "Z9", "2024", "x y", "OK", "e", "é", "№"]


@cache
def reference(variant: str) -> object:
    return opencc.OpenCC(variant)


def ref_convert(variant: str, text: str) -> str:
    out: str = reference(variant).convert(text)  # type: ignore[attr-defined]
    return out


def trad_only() -> list[str]:
    return sorted(_script_sets()[0])


def simp_only() -> list[str]:
    return sorted(_script_sets()[1])


@cache
def ts_pool() -> list[str]:
    return sorted(load_dict("TSPhrases.txt")) + sorted(load_dict("TSCharacters.txt"))


@cache
def st_pool() -> list[str]:
    phrases = sorted(load_dict("STPhrases.txt"))
    return phrases[::5] + sorted(load_dict("STCharacters.txt"))


def fragments(pool: list[str]) -> st.SearchStrategy[str]:
    """A dictionary key, or a cut of one (to create partial and overlapping matches)."""
    key = st.sampled_from(pool)
    cut = st.tuples(key, st.integers(0, 8), st.integers(1, 8)).map(
        lambda t: t[0][t[1] : t[1] + t[2]]
    )
    return st.one_of(key, key, cut)


def text_from(pool: list[str], extra: list[str]) -> st.SearchStrategy[str]:
    return st.lists(
        st.one_of(fragments(pool), fragments(pool), st.sampled_from(extra)), max_size=25
    ).map("".join)


def each_line_has(text: str, must: list[str], seed: int) -> str:
    """Append one character of ``must`` to every line, so each line carries evidence."""
    return "\n".join(
        line + must[(seed + i * 7919) % len(must)] for i, line in enumerate(text.split("\n"))
    )


# -- the engine: identical to the reference converter ----------------------------------------


@pytest.mark.parametrize("variant", ["t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2twp", "s2hk"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_engine_equals_reference(variant: str, data: st.DataObject) -> None:
    pool = ts_pool() if variant[0] != "s" else st_pool()
    text = data.draw(text_from(pool, SEPARATORS + ASCII_BITS))
    pl = plan(variant)
    expected = ref_convert(variant, text)
    assert pl.convert(text) == expected
    assert pl.convert_exact(text) == expected


def test_engine_examples() -> None:
    pl = plan("t2s")
    for text in ["乾燥的乾隆年間", "頭髮，發展", "一目瞭然了解", "", "abc", "瞭瞭瞭"]:
        assert pl.convert(text) == ref_convert("t2s", text)
    # global longest match, not leftmost-longest: both rules give different results here
    s2t = plan("s2t")
    for text in ["干一杯干了", "只有发面", "后来的皇后", "里面", "一天到晚"]:
        assert s2t.convert(text) == ref_convert("s2t", text)


# -- public API: parity on text that is entirely in the source script -----------------------


@pytest.mark.parametrize("variant", ["t2s", "hk2s", "tw2s"])
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_to_simplified_equals_reference_on_traditional_text(
    variant: str, data: st.DataObject
) -> None:
    body = data.draw(text_from(ts_pool(), SEPARATORS + ASCII_BITS))
    text = each_line_has(body, trad_only(), data.draw(st.integers(0, 10_000)))
    simp = _script_sets()[1]
    assume(not any(c in simp for c in text))  # a few phrase keys hold simplified-only forms
    if variant == "tw2s":
        assume("著" not in text)  # authorship 著 deliberately differs (tested below)
    assert to_simplified(text, variant=variant) == ref_convert(variant, text)


@pytest.mark.parametrize("variant", ["s2t", "s2tw", "s2hk"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_to_traditional_equals_reference_on_simplified_text(
    variant: str, data: st.DataObject
) -> None:
    body = data.draw(text_from(st_pool(), SEPARATORS + ASCII_BITS))
    text = each_line_has(body, simp_only(), data.draw(st.integers(0, 10_000)))
    trad = _script_sets()[0]
    assume(not any(c in trad for c in text))
    assert to_traditional(text, variant=variant) == ref_convert(variant, text)


def test_traditional_examples_match_reference() -> None:
    text = "這是一個關於電腦軟體的報導，記者在臺北採訪了開發團隊。\n頭髮乾燥怎麼辦？"
    assert to_simplified(text) == ref_convert("t2s", text)
    assert (
        to_simplified(text)
        == "这是一个关于电脑软体的报导，记者在台北采访了开发团队。\n头发干燥怎么办？"
    )


# -- round trip --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def round_trip_chars() -> str:
    """GB2312 level-1 characters whose s2t and t2s mappings are one-to-one and inverse.

    Excluded, and why: characters with several traditional forms (发 -> 發/髮, 干 -> 幹/乾/干:
    the way back is many-to-one by nature); characters whose traditional form maps back to
    something else; characters that any phrase of STPhrases/TSPhrases converts differently
    from the character table (their conversion depends on context).
    """
    stc = load_dict_all("STCharacters.txt")
    tsc = load_dict_all("TSCharacters.txt")
    contextual: set[str] = set()
    for name, table in (("STPhrases.txt", stc), ("TSPhrases.txt", tsc)):
        for k, v in load_dict(name).items():
            for a, b in zip(k, v):
                if table.get(a, (a,))[0] != b:
                    contextual.add(a)
                    contextual.add(b)
    good = []
    for c in sorted(gb2312_level1()):
        t = stc.get(c, (c,))
        if len(t) != 1 or c in contextual or t[0] in contextual:
            continue
        back = tsc.get(t[0], (t[0],))
        if back[0] == c and len(back) == 1:
            good.append(c)
    return "".join(good)


def test_round_trip_set_is_substantial() -> None:
    # most of the common characters qualify; the rest are the honest exceptions
    assert 3000 < len(round_trip_chars()) < 3755


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.sampled_from(list(round_trip_chars())), min_size=1, max_size=12),
            st.sampled_from(["，", "。", " ", "\n", "abc", "2020年"]),
        ),
        max_size=12,
    ).map("".join)
)
def test_round_trip_simplified(text: str) -> None:
    for variant in ("s2t", "s2hk"):
        back = "t2s" if variant == "s2t" else "hk2s"
        assert to_simplified(to_traditional(text, variant=variant), variant=back) == text


# -- never damage text already in the target script ------------------------------------------

CLEAN_OTHER = [
    "日本語のテキストです。漢字と仮名が混ざっている。",
    "한국어 문장입니다. 漢字 사용 예시。",
    "Café naïve résumé — 3 × 4 = 12, €5, ¥100, ∑∫√",
    "zhōngguó rénmín yínháng 😀🎉",
    "https://example.com/新闻/臺灣?x=1 mail: 张三@example.com",
]


@pytest.mark.parametrize(
    "text",
    [
        "一坏土",
        "一坏",
        "著书立说",
        "鲁迅著",
        "乾隆年间，干燥",
        "嚧",
        "我们的国家",
        "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？",
        *CLEAN_OTHER,
    ],
)
def test_to_simplified_keeps_simplified_and_others(text: str) -> None:
    for variant in ("t2s", "tw2s", "hk2s"):
        assert to_simplified(text, variant=variant) == text
        assert to_simplified_and_explain(text, variant=variant) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        "著書立說",
        "魯迅著",
        "乾隆年間，頭髮",
        "我們的國家",
        "於是台灣",
        "學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？",
        *CLEAN_OTHER,
    ],
)
def test_to_traditional_keeps_traditional_and_others(text: str) -> None:
    for variant in ("s2t", "s2tw", "s2twp", "s2hk"):
        assert to_traditional(text, variant=variant) == text


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(sorted(gb2312_level1()) + list("，。、 \n：“”abc12")), max_size=80
    )
)
def test_simplified_text_is_left_alone(text: str) -> None:
    for variant in ("t2s", "tw2s", "hk2s"):
        assert to_simplified(text, variant=variant) == text


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(sorted(big5_common()) + list("，。、 \n：「」abc12")), max_size=80
    )
)
def test_traditional_text_is_left_alone(text: str) -> None:
    for variant in ("s2t", "s2tw", "s2twp", "s2hk"):
        assert to_traditional(text, variant=variant) == text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_total_and_consistent_on_any_str(text: str) -> None:
    for fn, explain, variants in (
        (to_simplified, to_simplified_and_explain, ("t2s", "tw2s", "hk2s")),
        (to_traditional, to_traditional_and_explain, ("s2t", "s2twp")),
    ):
        for variant in variants:
            out = fn(text, variant=variant)
            out2, changes = explain(text, variant=variant)
            assert out == out2
            check_changes(text, out, changes)
    assert detect_script(text) in {"simplified", "traditional", "mixed", "none"}


def check_changes(text: str, out: str, changes: list[Change]) -> None:
    """Changes are ordered, non-overlapping, exact, and rebuild the output."""
    pos = 0
    parts = []
    for c in changes:
        assert c.step == "script"
        assert c.start >= pos and c.before == text[c.start : c.end] and c.before != c.after
        parts.append(text[pos : c.start])
        parts.append(c.after)
        pos = c.end
    parts.append(text[pos:])
    assert "".join(parts) == out


@cache
def unstable_outputs(variant: str) -> tuple[str, ...]:
    """Phrase values of the variant's OpenCC tables that the same conversion changes again.

    OpenCC itself is not idempotent on them (TSPhrases keeps 毕昇, whose 昇 TSCharacters
    turns into 升; STPhrases writes 淩如焕 with a simplified 焕), and zhnews matches OpenCC.
    """
    convert = to_simplified if variant == "t2s" else to_traditional
    out = []
    for group in plan(variant).groups:
        for d in group.phrase_dicts:
            out += [v for v in d.values() if convert(v) != v]
    return tuple(out)


def test_unstable_outputs_are_few_and_real() -> None:
    assert "毕昇" in unstable_outputs("t2s") and to_simplified("毕昇") == "毕升"
    assert 0 < len(unstable_outputs("t2s")) + len(unstable_outputs("s2t")) <= 20


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_idempotent(data: st.DataObject) -> None:
    text = data.draw(text_from(ts_pool() + st_pool()[::20], SEPARATORS + ASCII_BITS))
    once = to_simplified(text)
    if not any(v in once for v in unstable_outputs("t2s")):
        assert to_simplified(once) == once
    once_t = to_traditional(text)
    if not any(v in once_t for v in unstable_outputs("s2t")):
        assert to_traditional(once_t) == once_t


def test_unstable_phrase_matches_opencc() -> None:
    # hypothesis found 畢昇 -> 毕昇 -> 毕升: OpenCC's own tables, matched exactly
    ref = opencc.OpenCC("t2s")
    for s in ("畢昇發明", "毕昇发明"):
        assert to_simplified(s) == ref.convert(s)
    assert to_simplified(to_simplified("畢業")) == to_simplified("畢業") == "毕业"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_explain_rebuilds_output(data: st.DataObject) -> None:
    text = data.draw(text_from(ts_pool() + st_pool()[::20], SEPARATORS + ASCII_BITS))
    for variant in ("t2s", "tw2s"):
        out, changes = to_simplified_and_explain(text, variant=variant)
        assert out == to_simplified(text, variant=variant)
        check_changes(text, out, changes)
    for variant in ("s2t", "s2twp"):
        out, changes = to_traditional_and_explain(text, variant=variant)
        assert out == to_traditional(text, variant=variant)
        check_changes(text, out, changes)


# -- span rule ---------------------------------------------------------------------------------


def test_mixed_span_converts_only_source_characters() -> None:
    # 说 is simplified-only, 臺灣 traditional-only: shared characters stay
    assert to_simplified("他说臺灣的事") == "他说台湾的事"
    _, changes = to_simplified_and_explain("他说臺灣的事")
    assert [(c.start, c.end, c.before, c.after) for c in changes] == [(2, 4, "臺灣", "台湾")]
    assert "mixes both scripts" in changes[0].reason


def test_shared_spans_follow_their_line() -> None:
    assert to_simplified("他看著我。", variant="tw2s") == "他看著我。"  # no evidence at all
    assert to_simplified("他說，他看著我。", variant="tw2s") == "他说，他看着我。"
    # a simplified line keeps its shared-only spans
    assert to_simplified("他说，嚧。") == "他说，嚧。"
    assert to_simplified("臺灣，嚧。") == ref_convert("t2s", "臺灣，嚧。")


def test_authorship_zhu_is_kept_in_tw2s() -> None:
    cases = {
        "魯迅著《吶喊》": "鲁迅著《呐喊》",
        "魯迅 著": "鲁迅 著",
        "（美）海明威著，張三譯": "（美）海明威著，张三译",
        "這是原著，他編著的書很著名。": "这是原著，他编著的书很著名。",
        "他說，他看著我，睡著了。": "他说，他看着我，睡着了。",
        "她們跟著隊伍走": "她们跟着队伍走",
        "這部名著": "这部名著",
    }
    for src, expected in cases.items():
        assert to_simplified(src, variant="tw2s") == expected, src
        assert to_simplified(src) == to_simplified(src, variant="hk2s")


def test_protected_spans() -> None:
    url = "見https://zh.wikipedia.org/wiki/臺灣與www.example.com/漢字。"
    out = to_simplified(url)
    assert "https://zh.wikipedia.org/wiki/臺灣" in out and "www.example.com/漢字" in out
    assert out.startswith("见")
    assert (
        to_simplified("聯繫 張三@例子.com 或 a.b@example.org")
        == "联系 張三@例子.com 或 a.b@example.org"
    )
    # names: as given, also when the text has them in the source script
    assert to_simplified("吉林省乾安縣人") == "吉林省干安县人"
    assert to_simplified("吉林省乾安縣人", protect=["乾安县"]) == "吉林省乾安县人"
    assert to_simplified("他去了乾安县。", protect=["乾安县"]) == "他去了乾安县。"
    assert to_traditional("去乾安县", protect=["乾安县"]) == "去乾安县"
    out, changes = to_simplified_and_explain("吉林省乾安縣人", protect=["乾安县"])
    check_changes("吉林省乾安縣人", out, changes)
    # Latin text is never rewritten, even where a Taiwan phrase has Latin letters
    assert to_traditional("这是U盘", variant="s2twp") == "這是U盤"
    # Japanese sentences keep their kanji; the Chinese sentence next to them converts
    assert to_simplified("日本の漢字は難しい。這是漢字。") == "日本の漢字は難しい。这是汉字。"


def test_type_and_variant_errors() -> None:
    with pytest.raises(TypeError, match="decode"):
        to_simplified(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_traditional(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        detect_script(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="t2s, tw2s, hk2s"):
        to_simplified("x", variant="s2t")
    with pytest.raises(ValueError, match="s2t, s2tw, s2twp, s2hk"):
        to_traditional_and_explain("x", variant="t2s")
    with pytest.raises(TypeError):
        to_simplified("x", protect=[1])  # type: ignore[list-item]


def test_detect_script() -> None:
    assert detect_script("这是简体中文新闻") == "simplified"
    assert detect_script("這是繁體中文新聞") == "traditional"
    assert detect_script("这是简体，這是繁體") == "mixed"
    assert detect_script("这是简体新闻报道，提到臺") == "simplified"
    assert detect_script("Hello, world 123") == "none"
    assert detect_script("") == "none"
    assert detect_script("人") == "none"  # shared characters carry no evidence
    assert detect_script("かなだけ") == "none"


def test_script_sets_are_disjoint_and_sane() -> None:
    trad, simp = _script_sets()
    assert not trad & simp
    assert {"們", "國", "說", "後"} <= trad and not {"著", "乾", "坏", "嚧"} & trad
    assert {"们", "国", "说"} <= simp and not {"台", "里", "后", "干"} & simp
    assert not _kit("tw2s").source & set(gb2312_level1())


# -- size and pathological input ----------------------------------------------------------------


def test_ten_megabytes_is_linear() -> None:
    # ~10 MB of traditional text: common Big5 characters in clauses, with phrases mixed in
    chars = sorted(big5_common())
    clauses = []
    for i in range(400):
        clause = "".join(chars[(i * 131 + j * 17) % len(chars)] for j in range(8 + i % 9))
        clauses.append(clause + ("頭髮乾燥" if i % 7 == 0 else "") + "，。\n"[i % 3])
    unit = "".join(clauses)
    text = unit * (10_000_000 // len(unit.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) > 9_900_000
    out = to_simplified(text)
    assert len(out) == len(text) and "头发干燥" in out and "頭髮" not in out
    assert to_simplified(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "乾" * 200_000,
        "著" * 200_000,
        "發" * 200_000,
        "瞭解" * 100_000,
        "一目瞭然" * 50_000,
        "a" * 200_000 + "@",
        "http" * 50_000,
        "a" * 100_000 + "://",
        "の漢" * 100_000,
        "\n" * 200_000,
        "臺说" * 100_000,
        "魯迅 著" * 50_000,
    ],
    ids=lambda t: f"{t[:4]!r}x{len(t)}",
)
def test_pathological_inputs(text: str) -> None:
    # quadratic behaviour would turn this into a hang; linear code takes well under a second
    for fn in (to_simplified, to_traditional):
        assert len(fn(text)) == len(text)
    out, changes = to_simplified_and_explain(text, variant="tw2s")
    check_changes(text, out, changes)
    assert detect_script(text) in {"simplified", "traditional", "mixed", "none"}


def test_bundled_snapshot_matches_installed_dictionaries(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhnews.script import _opencc_plan as engine

    bundle = engine._bundle()
    assert "dictionary/TSCharacters.txt" in bundle and "config/t2s.json" in bundle
    installed = engine._read("dictionary", "TSPhrases.txt")
    monkeypatch.setattr(engine, "_opencc_dir", lambda: None)  # as if the native wheel replaced it
    assert engine._read("dictionary", "TSPhrases.txt") == installed
    assert engine._read("config", "tw2s.json")

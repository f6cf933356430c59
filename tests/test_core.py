"""Tests of the shared core: the Change model, argument guards, character data, language model."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhnews
from zhnews._guards import require_bytes, require_str
from zhnews.changes import Change, Edit, apply_edits
from zhnews.chardata import big5_common, gb2312_level1, is_han, is_hangul, is_kana, is_pua
from zhnews.langmodel import model


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        edits.append(Edit(a, b, draw(st.text(max_size=3)), "r"))
    return text, edits


@given(text_and_edits())
@settings(max_examples=200, deadline=None)
def test_apply_edits_changes_replay_to_output(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    out, changes = apply_edits(text, edits, "demo")
    # before matches the input at the recorded offsets
    for c in changes:
        assert text[c.start : c.end] == c.before
        assert c.before != c.after
    # replaying the changes from the end reproduces the output
    replay = text
    for c in reversed(changes):
        replay = replay[: c.start] + c.after + replay[c.end :]
    assert replay == out


def test_apply_edits_skips_overlaps_and_noops() -> None:
    out, changes = apply_edits(
        "abcdef", [Edit(0, 3, "X", "a"), Edit(2, 4, "Y", "b"), Edit(4, 5, "e", "same")], "s"
    )
    assert out == "Xdef"
    assert changes == [Change("s", 0, 3, "abc", "X", "a")]


def test_apply_edits_returns_same_object_when_nothing_changes() -> None:
    text = "不变的文本"
    out, changes = apply_edits(text, [], "s")
    assert out is text and changes == []


def test_change_to_dict_is_json_ready() -> None:
    d = Change("mojibake", 1, 2, "a", "b", "why").to_dict()
    assert d == {
        "step": "mojibake",
        "start": 1,
        "end": 2,
        "before": "a",
        "after": "b",
        "reason": "why",
    }


def test_guards_name_the_right_function() -> None:
    with pytest.raises(TypeError, match=r"zhnews\.decode"):
        require_str(b"\xc4\xe3", "repair")
    with pytest.raises(TypeError, match=r"zhnews\.repair"):
        require_bytes("你好", "decode")
    with pytest.raises(TypeError, match="int"):
        require_str(3, "repair")
    assert require_bytes(bytearray(b"ab"), "decode") == b"ab"


def test_character_sets_come_from_the_codecs() -> None:
    gb = gb2312_level1()
    b5 = big5_common()
    assert len(gb) == 3755 and len(b5) == 5401
    assert "啊" in gb and "座" in gb and "亍" not in gb  # level 2 starts at 0xD8A1
    assert "一" in b5 and "們" in b5
    assert all(is_han(c) for c in gb | b5)


def test_character_classes() -> None:
    assert is_han("𠀀") and not is_han("ア")
    assert is_kana("ア") and is_kana("ぁ") and not is_kana("中")
    assert is_hangul("가") and not is_hangul("中")
    assert is_pua("\ue5e5") and not is_pua("中")


def test_language_model_prefers_chinese_over_mojibake() -> None:
    m = model()
    assert m.mean_logp("我们今天去北京开会") > m.mean_logp("鎴戜滑浠婂ぉ鍘诲寳浜紑浼")
    assert m.mean_logp("我們今天去北京開會") > m.mean_logp("扂蠅踏毞�蝠掘儕")
    assert m.pair_logp("新", "闻") > m.pair_logp("新", "鍚")
    assert m.logp("abc") == 0.0 and m.mean_logp("") == 0.0


@given(st.text(max_size=50))
@settings(max_examples=200, deadline=None)
def test_language_model_is_total(text: str) -> None:
    m = model()
    assert m.logp(text) <= 0.0


def test_unknown_top_level_name() -> None:
    with pytest.raises(AttributeError):
        zhnews.no_such_function  # noqa: B018
    assert "repair" in dir(zhnews)
    assert zhnews.__version__

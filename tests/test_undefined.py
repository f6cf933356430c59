"""Undefined cp1252 bytes written as U+FFFD inside UTF-8: put back only when certain."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from test_repair import SIMPLIFIED_WORDS
from zhnews.encoding.repair import repair, repair_and_explain
from zhnews.encoding.undefined import UNDEFINED_CP1252, guess_undefined_bytes


def _scraped(s: str) -> str:
    """UTF-8 read as cp1252 by Python's codec with ``errors="replace"``."""
    return s.encode("utf-8").decode("cp1252", "replace")


def test_examples() -> None:
    for s in ("国务院总理主持召开常务会议", "他说：“你好”", "理论"):
        g = _scraped(s)
        assert "\ufffd" in g
        text, changes = repair_and_explain(g)
        assert text == s
        assert "undefined" in changes[0].reason
        assert changes[0].before == g[changes[0].start : changes[0].end]  # U+FFFD kept


def test_fill_is_length_preserving_and_uses_undefined_bytes() -> None:
    g = _scraped("总理")
    text, filled = guess_undefined_bytes(g)
    assert len(text) == len(g) and filled
    assert all(b in UNDEFINED_CP1252 and text[k] == chr(b) for k, b in filled.items())


# the news vocabulary written for the repair tests
WORDS = SIMPLIFIED_WORDS


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map("".join))
def test_never_a_wrong_character(s: str) -> None:
    g = _scraped(s)
    assume("\ufffd" in g)
    r = repair(g)
    # every hanzi written is the original one: what differs is U+FFFD or left garbled
    for tag, _i1, _i2, j1, j2 in SequenceMatcher(None, s, r, autojunk=False).get_opcodes():
        if tag != "equal":
            assert not any("\u4e00" <= c <= "\u9fff" for c in r[j1:j2]), (s, r)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("\ufffdçæäâ€œ”†‡ abc中文"), max_size=30))
def test_total_and_same_length(s: str) -> None:
    text, filled = guess_undefined_bytes(s)
    assert len(text) == len(s)
    assert all(s[k] == "\ufffd" for k in filled)


def test_clean_text_untouched() -> None:
    for s in ("未知字符\ufffd仍然保留", "ç\ufffd", "Résumé \ufffd", "\ufffd\ufffd\ufffd"):
        assert repair(s) == s

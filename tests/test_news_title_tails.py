"""What parse cuts from the end of a headline line is recorded in ``removed``: nothing is
lost silently."""

from __future__ import annotations

import pytest

from zhnews import parse

_PAGE = "{title}\n2020年07月03日05:36 | 来源：某某网\n本报讯 今天上午，某某市举行了新的活动，市民踊跃参加。\n(责编：王五)"


@pytest.mark.parametrize(
    ("line", "title", "cut", "rule"),
    [
        ("地方干部直播带货分享到：", "地方干部直播带货", "分享到：", "share widget"),
        ("地方干部直播带货 图文", "地方干部直播带货", " 图文", "photo-story tag"),
        ("地方干部直播带货 (07:35)", "地方干部直播带货", " (07:35)", "list time"),
        ("地方干部直播带货******", "地方干部直播带货", "******", "asterisks"),
        (
            "地方干部直播带货 --阅读人次 : 858",
            "地方干部直播带货",
            " --阅读人次 : 858",
            "view counter",
        ),
    ],
)
def test_title_tail_recorded(line: str, title: str, cut: str, rule: str) -> None:
    a = parse(_PAGE.format(title=line))
    assert a.title == title
    tails = [r for r in a.removed if r.label == "title" and r.line == 0]
    assert [(r.text, r.rule) for r in tails] == [(cut, f"title tail: {rule}")]
    # the headline line is whole again from the title and what was cut
    assert title + "".join(r.text for r in tails) == line


def test_plain_title_records_nothing() -> None:
    a = parse(_PAGE.format(title="地方干部直播带货"))
    assert a.title == "地方干部直播带货"
    assert not [r for r in a.removed if r.label == "title"]

"""The site's footer under the article: a copyright or licence line, the owner's, address
and phone lines above it and short lines under it, none of them known to the rules one by
one (invented text only, no line from a real page)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews import label_lines, parse

HEAD = ["柳溪镇举办秋季运动会", "2022-10-08 09:15 来源:某某晚报", ""]
P1 = "柳溪镇首届秋季运动会昨日开幕,来自全镇的四百余名运动员参加了田径、拔河等比赛。"
P2 = "镇文体中心负责人介绍,运动会将持续三天,闭幕当晚还将举行文艺演出。"


def _labels(*tail: str) -> tuple[list[str], list[str]]:
    lines = [*HEAD, P1, P2, *tail]
    return lines, label_lines("\n".join(lines))


def test_copyright_and_licence_lines_with_outlet_name_under_them() -> None:
    lines, labels = _labels(
        "某某晚报社版权所有 未经允许不得镜像、复制、下载",
        "许可证编号:1234567890 某ICP012345-1",
        "某某晚报",
    )
    assert labels[-3:] == ["chrome", "chrome", "chrome"]
    assert labels[lines.index(P2)] == "body"


def test_owner_address_and_phone_over_a_licence_line() -> None:
    _, labels = _labels(
        "主办单位:某某县融媒体中心 地址:某某县北大路1号",
        "某ICP备2023001234号-1 某互联网新闻信息服务备案:35000000000号",
        "电话:0000-1234567 投稿信箱:tougao@example.com",
    )
    assert labels[-3:] == ["chrome", "chrome", "chrome"]


def test_traditional_footer() -> None:
    _, labels = _labels(
        "Copyright 2006-2016 某某廣播電視臺 All rights reserved 版權所有",
        "網絡報警 備案:某ICP備12345678號",
    )
    assert labels[-2:] == ["chrome", "chrome"]


def test_contact_lines_alone_stay_text() -> None:
    # a notice ending with where to apply: no copyright or licence, the text's own lines
    _, labels = _labels("报名地址:某某镇文体中心二楼", "咨询电话:0000-1234567")
    assert labels[-2:] == ["body", "body"]


def test_writer_name_under_the_text_is_never_footer() -> None:
    lines, labels = _labels("张立新", "某某晚报社版权所有 未经允许不得转载")
    assert labels[lines.index("张立新")] != "chrome"
    assert labels[-1] == "chrome"


_FOOTERS = st.sampled_from(
    [
        "某某网版权所有",
        "Copyright © 2024 某某网 All Rights Reserved",
        "某ICP备12345678号",
        "互联网新闻信息服务许可证:12345678901",
        "主办单位:某某市融媒体中心",
        "地址:某某市某某路1号 电话:0000-1234567",
    ]
)


@settings(deadline=None)
@given(st.lists(_FOOTERS, min_size=1, max_size=4))
def test_footer_never_takes_a_paragraph(footer: list[str]) -> None:
    text = "\n".join([*HEAD, P1, P2, *footer])
    art = parse(text)
    assert P1 in art.body and P2 in art.body
    labels = label_lines(text)
    strong = any(w in f for f in footer for w in ("版权", "Copyright", "ICP", "许可证"))
    if strong:
        assert all(lab == "chrome" for lab in labels[-len(footer) :])

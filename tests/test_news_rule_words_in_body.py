"""A sentence of the article that opens with a word chrome rules look for (标签, 相关, 分享,
登录...) stays in the body, and does not end the article: rules match widget lines, never
prose."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews import label_lines, parse, to_traditional

_WORDS = [
    "标签",
    "关键词",
    "关键字",
    "相关",
    "相关新闻",
    "推荐",
    "推荐阅读",
    "分享",
    "返回",
    "打印",
    "登录",
    "扫描",
    "客户端",
    "浏览器",
    "评论",
    "更多",
    "热门",
    "首页",
    "下载",
    "二维码",
    "微信",
    "版权",
    "免责声明",
    "声明",
    "编辑",
    "责任",
    "延伸阅读",
    "专题",
    "图片",
    "视频",
    "点击",
    "阅读",
    "纠错",
    "举报",
    "注册",
    "关注",
    "订阅",
    "广告",
    "网友",
    "留言",
    "热点",
    "排行",
    "今日",
    "最新",
    "Tags",
]
_CLAUSES = [
    "化的管理方式引发争议，专家认为应当谨慎推进。",
    "工作取得明显成效，群众满意度不断提升。",
    "的人数今年增加了三成，有关部门表示将继续加强监管。",
    "功能上线后，用户反映良好，但也有人提出了改进意见。",
]
_PAGE = (
    "某某市举行新闻发布会\n2020年07月03日 05:36 来源：某某网\n"
    "本报讯 今天上午，某某市举行新闻发布会，介绍有关情况。\n{s}\n"
    "会议指出，要加大对中小企业的支持力度。\n（责任编辑：王五）"
)


def test_keywords_word_opening_a_sentence_ends_nothing() -> None:
    page = (
        _PAGE.format(s="标签化的管理方式引发争议，专家认为应当谨慎推进。")
        + "\n关键词：发布会 中小企业"
    )
    assert label_lines(page) == ["title", "meta", "body", "body", "body", "meta", "chrome"]
    assert len(parse(page).body.split("\n")) == 3


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_WORDS), st.sampled_from(_CLAUSES), st.booleans())
def test_rule_word_sentence_stays_body(word: str, clause: str, traditional: bool) -> None:
    page = _PAGE.format(s=word + clause)
    if traditional:
        page = to_traditional(page)
    labels = label_lines(page)
    assert labels[2:5] == ["body", "body", "body"], (page, labels)


@pytest.mark.parametrize(
    "line", ["关键词：发布会 中小企业", "标签: 新闻 政治", "Tags: a, b", "關鍵字 :  中國芯"]
)
def test_keywords_lines_still_chrome(line: str) -> None:
    labels = label_lines(_PAGE.format(s="会上通报了有关情况。") + "\n" + line)
    assert labels[-1] == "chrome"


_PROSE = [
    "他表示，英国将于明年正式退出欧盟。",
    "目前，该应用已有超过一亿用户注册。",
    "市民可通过手机客户端预约。",
    "建议使用最新版浏览器访问该系统。",
    "游客可扫码购票入园。",
    "该平台用户需实名登录。",
    "市民如发现问题，可拨打举报电话。",
]


@pytest.mark.parametrize("sentence", _PROSE)
@pytest.mark.parametrize("first", [True, False])
def test_sentence_about_an_app_or_login_stays_body(sentence: str, first: bool) -> None:
    # an article's first or last sentence about logins, apps, QR codes or browsers is prose:
    # the prompt rules (login, app-download, qr-prompt...) take only lines to the reader
    body = [
        "本报讯 今天上午，某某市举行新闻发布会，介绍有关情况。",
        "会议指出，要加大对中小企业的支持力度。",
    ]
    body = [sentence, *body] if first else [*body, sentence]
    page = "\n".join(
        ["某某市举行新闻发布会", "2020年07月03日 05:36 来源：某某网", *body, "（责任编辑：王五）"]
    )
    assert label_lines(page)[2:5] == ["body", "body", "body"]
    assert sentence in parse(page).body.split("\n")


@pytest.mark.parametrize(
    "prompt",
    [
        "请登录后发表评论。",
        "扫描二维码即可关注我们。",
        "为达最佳浏览效果，建议使用新版浏览器。",
        "您的浏览器版本过低，请升级。",
    ],
)
def test_prompt_to_the_reader_still_chrome(prompt: str) -> None:
    page = _PAGE.format(s="会上通报了有关情况。") + "\n" + prompt
    assert label_lines(page)[-1] == "chrome"


@pytest.mark.parametrize(
    "sentence",
    [
        "校对工作对出版质量至关重要。",
        "审核通过后，申请人即可领取证书。",
        "终审判决已于上月作出。",
        "原标题中的错误已经得到更正。",
        "原题目由主办方另行公布。",
    ],
)
@pytest.mark.parametrize("pos", [0, 1, 2])
def test_sentence_opening_with_a_credit_word_stays_body(sentence: str, pos: int) -> None:
    # a role word (校对, 审核) or 原标题 opening a sentence, with no colon and no name after
    # it, is prose, not a credit or an original title
    body = [
        "今天上午，某某市举行新闻发布会，介绍有关情况。",
        "会议指出，要加大对中小企业的支持力度。",
    ]
    body.insert(pos, sentence)
    page = "\n".join(
        ["某某市举行新闻发布会", "2020年07月03日 05:36 来源：某某网", *body, "（责任编辑：王五）"]
    )
    assert label_lines(page)[2:5] == ["body", "body", "body"]
    a = parse(page)
    assert sentence in a.body.split("\n")
    assert a.original_title is None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("审核 张菲菲", "removed"),
        ("校对：李四", "removed"),
        ("审核 张三 校对 李四", "removed"),
        ("原标题：某某事件曝光", "original_title"),
        ("【原标题】某某事件曝光", "original_title"),
        ("原标题《某某事件曝光》", "original_title"),
    ],
)
def test_credit_and_original_title_lines_still_read(line: str, field: str) -> None:
    page = _PAGE.format(s="会上通报了有关情况。") + "\n" + line
    assert label_lines(page)[-1] == "meta"
    a = parse(page)
    if field == "original_title":
        assert a.original_title == "某某事件曝光"
    else:
        assert any(r.text == line and r.label == "meta" for r in a.removed)


def test_sentence_about_an_original_title_stays_body() -> None:
    page = _PAGE.format(s="原题为《某某》的文章在网上引发关注。")
    a = parse(page)
    assert a.original_title is None
    assert "原题为《某某》的文章在网上引发关注。" in a.body.split("\n")
    assert (
        parse(_PAGE.format(s="原标题：《某某》，《某某某》")).original_title
        == "《某某》，《某某某》"
    )

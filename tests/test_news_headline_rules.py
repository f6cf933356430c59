"""Headlines without a metadata line under them, widgets around them, and chrome phrases
seen on real pages (every text here is invented, in the same forms)."""

from __future__ import annotations

from zhnews.news import label_lines, parse

PARA = "本市昨日宣布启动新一轮城市更新计划，涉及十余个老旧街区，预计三年内完成改造。负责人表示，改造将保留街区原有风貌。"
PARA2 = "据介绍，首批改造的街区将在今年年底前开工，居民可通过社区服务中心了解具体安排，相关部门将定期公布进度。"


def test_headline_under_a_short_section_label() -> None:
    text = "\n".join(
        ["城建观察一周回顾", "", "老街区迎来新面貌：城市更新计划启动", "", PARA, "", PARA2]
    )
    assert label_lines(text) == ["chrome", "blank", "title", "blank", "body", "blank", "body"]
    assert parse(text).title == "老街区迎来新面貌：城市更新计划启动"


def test_short_label_line_over_a_longer_headline() -> None:
    # the label is itself title-like; the longer line right above the prose is the headline
    text = "\n".join(["湾区专题五年", "", "五年投入多少?当老街改造遇上居民意愿", "", PARA])
    assert label_lines(text) == ["chrome", "blank", "title", "blank", "body"]


def test_widgets_between_headline_and_text() -> None:
    text = "\n".join(["月度精选:山区暴雨后的三天", "", "Print More", "", PARA])
    assert label_lines(text) == ["title", "blank", "chrome", "blank", "body"]
    text = "\n".join(["海外华人眼中的社区报纸", "", "人气 3187", "", PARA])
    assert label_lines(text) == ["title", "blank", "chrome", "blank", "body"]


def test_headline_with_a_trailing_time() -> None:
    text = "\n".join(["即时要闻", "", "社方声明 (09:10)", "", PARA])
    labels = label_lines(text)
    assert labels[:3] == ["chrome", "blank", "title"] and labels[4] == "body"


def test_headline_deck_caption_and_toolbar_keep_the_first_paragraph() -> None:
    text = "\n".join(
        [
            "调查报道:暗网交易",
            "",
            "当「源头治理」遇上层层加码的考核",
            "",
            "有数字、没效果?考核为何让基层疲于奔命",
            "2021年3月2日,某地警方在发布会上展示查获的物品。(摄影/本报记者)",
            "",
            "文字大小",
            "",
            "分享",
            "",
            "收藏",
            "",
            "前往专题",
            "",
            PARA,
        ]
    )
    labels = label_lines(text)
    assert labels[0] == "chrome" and labels[2] == "title"
    assert labels[4] == labels[5] == "body"  # the deck and the caption
    assert labels[7] == labels[9] == labels[11] == "chrome"
    assert labels[-1] == "body"  # the paragraph after the toolbar is never dropped
    assert PARA in parse(text).body


def test_clickbait_list_and_wechat_header_over_the_headline() -> None:
    nav = ["首页", "下载应用", "关于我们", "社会", "娱乐", "国际"]
    bait = [
        "某网红现身直播间,当场宣布退网!粉丝痛哭,评论区彻底沦陷了!",
        "某主播再被扒借贷官司,欠钱不还,回应全网质疑,关闭私信评论区!",
        "查看原文",
    ]
    head = [
        "专访某区警长:让市民看见守护城市的决心丨一线",
        "Original",
        "李明",
        "某某新闻",
        "2022-03-15",
    ]
    text = "\n".join(nav + bait + head + [PARA])
    labels = label_lines(text)
    t = len(nav) + len(bait)
    assert labels[:t] == ["chrome"] * t
    assert labels[t] == "title"
    assert labels[t + 1] == "chrome"  # the original-content flag
    assert labels[-1] == "body"
    art = parse(text)
    assert art.title == head[0]
    assert str(art.published) == "2022-03-15"


def test_privacy_and_language_notices_over_the_headline() -> None:
    text = "\n".join(
        [
            "本站使用Cookie与相关技术以改善阅读体验,点此了解隐私声明,继续浏览即表示您同意上述规范。",
            "This site is also available in English. Would you like to switch to our English edition?",
            "このページは中国語版です。日本語版に移動しますか。",
            "",
            "驻外记者分享经验 谈跨国采访甘苦",
            "",
            "2021/5/6 10:20(5/6 11:02 更新)",
            "",
            PARA,
        ]
    )
    labels = label_lines(text)
    assert labels[0] == "chrome" and labels[4] == "title" and labels[6] == "meta"
    assert parse(text).title == "驻外记者分享经验 谈跨国采访甘苦"


def test_prose_above_a_short_line_is_never_chrome() -> None:
    text = "\n".join([PARA, "", "老街区迎来新面貌", "", PARA2])
    assert label_lines(text) == ["body", "blank", "body", "blank", "body"]


def test_chrome_phrases_from_real_pages() -> None:
    text = "\n".join(
        [
            "城市更新计划启动 老街区迎来新面貌",
            "2020-05-24 23:09:16 来源：某某日报",
            PARA,
            "廣告 廣告",
            "放大圖片",
            "自動草稿",
            PARA2,
        ]
    )
    labels = label_lines(text)
    assert labels[3:6] == ["chrome", "chrome", "chrome"]
    assert labels[2] == labels[6] == "body"


def test_a_lone_word_between_paragraphs_stays_body() -> None:
    text = "\n".join(
        [
            "城市更新计划启动 老街区迎来新面貌",
            "2020-05-24 23:09 来源：某某日报",
            PARA,
            "广告",
            PARA2,
        ]
    )
    assert label_lines(text)[3] == "body"

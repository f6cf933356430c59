"""A share toolbar right under the page's date line is no end of the article.

Written for a page whose navigation block holds two teaser paragraphs above the headline:
the share widget under the date was taken for the article's end, and every paragraph
after it went to ``removed`` (a "never drop a body line" failure, measured blind).
"""

from __future__ import annotations

from zhnews import label_lines, parse

TEASERS = [
    "专题推荐",
    "",
    "  • 2024年全市运动会",
    "",
    "    本届运动会共设二十个大项,来自全市各区的两千余名运动员参加了比赛,赛期共十天。",
    "",
    "  • 2024年预算报告解读",
    "",
    "    今年的预算报告提出,将继续加大对教育和医疗的投入,并设立专项资金支持小微企业。",
    "",
    "往期专题",
    "",
]
ARTICLE = [
    "河堤夜跑者救起落水少年 路人接力送医",
    "",
    "日期:2024-05-06 18:20:11 阅读:  来源:示例晚报",
    "分享到:",
    "邮箱:",
    "",
    "  昨晚8时许,市民王先生沿河堤夜跑时听到呼救声,发现一名少年落入河中。",
    "",
    "  王先生随即跳入水中,将少年托上岸边,附近几名路人拨打了急救电话。",
    "",
    "  记者今天上午从医院了解到,少年目前情况稳定,已转入普通病房观察。",
]


def test_paragraphs_after_a_toolbar_under_the_date_stay_body() -> None:
    text = "\n".join(TEASERS + ARTICLE)
    labels = label_lines(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip().startswith(("昨晚", "王先生", "记者今天")):
            assert labels[i] == "body", (i, line)
    art = parse(text)
    assert "少年目前情况稳定" in art.body
    assert not any("少年目前情况稳定" in r.text for r in art.removed)


def test_share_widget_after_the_last_paragraph_still_ends_the_article() -> None:
    # the same widget under the text's last paragraph (no date line above it) ends it
    text = "\n".join(
        [
            "河堤夜跑者救起落水少年",
            "2024-05-06 18:20 来源:示例晚报",
            "",
            "  昨晚8时许,市民王先生沿河堤夜跑时听到呼救声,发现一名少年落入河中。",
            "  记者今天上午从医院了解到,少年目前情况稳定。",
            "分享到:",
            "相关新闻",
            "  示例市举办夏季游泳安全讲座,提醒市民不要私自下河游泳。",
        ]
    )
    labels = label_lines(text)
    assert labels[5] == "chrome"
    assert labels[7] == "chrome"

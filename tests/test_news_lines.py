"""label_lines / strip_chrome: pages written in the style of real ones, properties, scale."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews.news.lines import LABELS, analyse, label_lines, strip_chrome, strip_chrome_and_explain
from zhnews.news.rules import RulePack, load_rules

PAGE_SIMPLIFIED = "\n".join(
    [
        "网站首页 时政 国际 财经 体育",
        "登录 注册",
        "首页 > 新闻 > 正文",
        "城市公园改造工程全面完工",
        "2021年05月12日09:30  来源：示例日报",
        "分享到：",
        "　　本报讯（记者 王明）经过半年施工，市中心公园的改造工程近日全面完工，新增步道三公里。",
        "　　据介绍，改造后的公园增加了儿童游乐区和健身设施，预计每天接待游客上万人次。",
        "",
        "　　附近居民表示，希望公园能够长期保持整洁，也欢迎更多市民前来游玩。",
        "【纠错】",
        "(责编：赵小红、钱多多)",
        "相关新闻",
        "本市新增三处口袋公园",
        "周末好去处：郊野公园踏青指南",
        "返回顶部",
        "示例日报版权所有，未经书面授权禁止使用",
    ]
)
EXPECTED_SIMPLIFIED = [
    "chrome",
    "chrome",
    "chrome",
    "title",
    "meta",
    "chrome",
    "body",
    "body",
    "blank",
    "body",
    "chrome",
    "meta",
    "chrome",
    "chrome",
    "chrome",
    "chrome",
    "chrome",
]

PAGE_TRADITIONAL = "\n".join(
    [
        "回到頂端",
        "熱門:",
        "",
        "颱風過境 北部山區豪雨特報",
        "",
        "中央社/ 2022.09.03 18:20",
        "(中央社記者林小華台北3日電)中央氣象局今天表示，颱風中心已通過北部海面，山區仍有豪雨。",
        "",
        "氣象局提醒民眾，未來兩天仍需注意強風與大雨，前往山區應特別小心。",
        "",
        "社群留言",
        "台北旅遊新聞",
    ]
)
EXPECTED_TRADITIONAL = [
    "chrome",
    "chrome",
    "blank",
    "title",
    "blank",
    "meta",
    "body",
    "blank",
    "body",
    "blank",
    "chrome",
    "chrome",
]


def test_simplified_page():
    assert label_lines(PAGE_SIMPLIFIED) == EXPECTED_SIMPLIFIED


def test_traditional_page():
    assert label_lines(PAGE_TRADITIONAL) == EXPECTED_TRADITIONAL


def test_strip_chrome_explains_each_line():
    out, changes = strip_chrome_and_explain(PAGE_SIMPLIFIED)
    dropped = [i for i, lab in enumerate(EXPECTED_SIMPLIFIED) if lab == "chrome"]
    assert len(changes) == len(dropped)
    for c in changes:
        assert c.step == "chrome" and c.after == ""
        assert PAGE_SIMPLIFIED[c.start : c.end] == c.before
        assert "(" in c.reason
    assert "分享到" not in out and "返回顶部" not in out
    assert "市中心公园的改造工程" in out
    assert strip_chrome(PAGE_SIMPLIFIED) == out


def test_mid_article_only_exact_phrases():
    text = "第一段，介绍事情的经过。\n分享让更多人看到\n第二段，记者登录系统后发现问题。\n第三段，客户端下载量大增。"
    assert label_lines(text) == ["body", "chrome", "body", "body"]


def test_no_structure_nothing_but_known_phrases():
    text = "今天天气很好，我们去公园散步。\n版权所有的问题引起关注，专家进行了讨论。"
    assert strip_chrome(text) == text


def test_empty_and_odd_inputs():
    assert label_lines("") == ["blank"]
    assert label_lines("\n\n") == ["blank"] * 3
    assert label_lines("\ufeff") == ["chrome"]
    assert strip_chrome("") == ""


_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"


@st.composite
def chinese_sentence(draw):
    n = draw(st.integers(min_value=4, max_value=40))
    chars = draw(st.lists(st.sampled_from(_HAN), min_size=n, max_size=n))
    s = "".join(chars)
    cut = draw(st.integers(min_value=1, max_value=len(s) - 1))
    return s[:cut] + "，" + s[cut:] + "。"


body_text = st.lists(chinese_sentence(), min_size=1, max_size=12).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_one_label_per_line_never_raises(s):
    labels = label_lines(s)
    assert len(labels) == len(s.split("\n"))
    assert set(labels) <= set(LABELS)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("首页>登录分享到：返回顶部【1】2020年07月03日来源记者编辑\n |责编、张三。，")
        ),
        max_size=200,
    )
)
def test_strip_chrome_idempotent(s):
    once = strip_chrome(s)
    assert strip_chrome(once) == once


@settings(max_examples=100, deadline=None)
@given(body_text)
def test_noop_on_body_only_text(text):
    assert strip_chrome(text) == text
    assert set(label_lines(text)) <= {"body", "blank"}


@settings(max_examples=60, deadline=None)
@given(body_text)
def test_strip_chrome_of_wrapped_body_keeps_body(text):
    page = (
        "首页 > 新闻 > 正文\n一则测试新闻标题\n2020-07-03 05:36 来源：测试网\n"
        + text
        + "\n返回顶部\n相关新闻\n其他新闻标题"
    )
    out = strip_chrome(page)
    assert text in out
    assert strip_chrome(out) == out


def test_ten_megabytes_linear():
    rnd = random.Random(7)
    para = (
        "".join(rnd.choice(_HAN) for _ in range(120))
        + "，"
        + "".join(rnd.choice(_HAN) for _ in range(60))
        + "。"
    )
    head, tail = PAGE_SIMPLIFIED.split("　　附近居民表示")
    n = 10_000_000 // (len(para) + 1)
    text = head + "\n".join([para] * n) + "\n" + "　　附近居民表示" + tail
    labels = label_lines(text)
    assert len(labels) == text.count("\n") + 1
    assert labels.count("body") >= n
    # many short lines, many pages glued together: one label per line, quickly
    glued = (PAGE_SIMPLIFIED + "\n") * 20_000
    assert len(label_lines(glued)) == glued.count("\n") + 1


def test_pathological_lines():
    for text in (
        "好" * 2_000_000,
        "| " * 500_000,
        "\n" * 300_000,
        "0" * 1_000_000,
        ("上一页 " * 60 + "\n") * 2000,
        ("分享到：\n" * 50_000),
        "(" * 100_000 + "记者" * 1000,
    ):
        labels = label_lines(text)
        assert len(labels) == len(text.split("\n"))


def test_type_errors():
    import pytest

    with pytest.raises(TypeError, match=r"zhnews\.decode"):
        label_lines(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        strip_chrome(None)  # type: ignore[arg-type]


def test_repeated_and_interleaved_calls_agree():
    # short lines keep their analysis between calls (per rule set): results must not
    # depend on what was labelled before, nor leak from one rule set to another
    first = label_lines(PAGE_SIMPLIFIED)
    label_lines(PAGE_TRADITIONAL)
    assert label_lines(PAGE_SIMPLIFIED) == first == EXPECTED_SIMPLIFIED
    page = "标题一则示例\n2020-07-03 05:36 来源：本站\n第一段正文，内容完整。\n本站广告位招租\n第二段正文，继续叙述。"
    mine = load_rules(
        [
            RulePack.from_dict(
                {
                    "name": "mine",
                    "rules": [
                        {
                            "id": "mine-ad",
                            "kind": "chrome",
                            "where": "any",
                            "pattern": "本站广告位招租",
                            "example": "本站广告位招租",
                        }
                    ],
                }
            )
        ]
    )
    plain = label_lines(page)
    assert plain[3] == "body"
    assert analyse(page, mine).labels[3] == "chrome"
    assert label_lines(page) == plain
    assert analyse(page, mine, drop_pinyin=False).labels == analyse(page, mine).labels


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(PAGE_SIMPLIFIED.split("\n") + PAGE_TRADITIONAL.split("\n")), max_size=25
    )
)
def test_labels_do_not_depend_on_earlier_pages(lines):
    text = "\n".join(lines)
    fresh = load_rules()  # a rule set with nothing remembered yet
    assert analyse(text, fresh).labels == label_lines(text)
    assert strip_chrome_and_explain(text) == strip_chrome_and_explain(text)


def test_body_sentence_mentioning_a_tip_is_kept() -> None:
    # "报料" inside a sentence is prose, not a news-tip footer
    text = "一则测试新闻标题\n2020-07-03 05:36 来源：测试网\n的，报料的。\n相关新闻\n其他新闻标题"
    assert "的，报料的。" in strip_chrome(text)


def test_page_without_metadata_keeps_head_chrome_and_title():
    page = "首页 | 本地 | 民生 | 文旅\n古镇老街修缮完工重新开放\n经过一年多的修缮，古镇老街近日重新向游客开放，修缮工程保留了原有的石板路。\n返回顶部"
    assert label_lines(page) == ["chrome", "title", "body", "chrome"]


def test_relative_time_line_is_metadata_not_title():
    page = "首页 > 本地\n电梯困人 消防员十分钟救出\n示例新闻 | 2小时前 | 阅读 3.2万\n3月5日上午，某小区一部电梯突发故障，三名居民被困其中，消防员赶到后将他们救出。"
    assert label_lines(page) == ["chrome", "title", "meta", "body"]


def test_bracketed_widget_next_to_editor_credit():
    from zhnews.news import parse

    page = "首页 > 时政\n示例标题在这里\n2024-03-05 08:30 来源：示例网\n正文第一段，内容很长很长很长很长很长。\n【纠错】 【责任编辑：周海燕】"
    a = parse(page)
    assert a.editors == ("周海燕",)
    assert a.labels[-1] == "meta"


def test_yearless_stamp_takes_the_year_from_the_url():
    from zhnews.news import parse

    page = "示例标题在这里\n示例晚报记者 高立\n03-05 08:30\n记者今天从景区管委会了解到，游船将试行线上预约，游客可提前一天预订。"
    assert parse(page, url="https://example.com/news/2024/03/05/1.html").to_dict()["published"] == (
        "2024-03-05T08:30:00+08:00"
    )
    assert parse(page).published is None

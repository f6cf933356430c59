"""Credit lines of Chinese news pages: bylines, sources, editors, print editions, datelines.

Every parser reads one line (or the head of one paragraph) and returns what it found
with the role words removed from names (``本报记者 张三`` gives ``张三`` with role
``本报记者``) and padding inside names dropped (``松  澤`` gives ``松澤``). Nothing
here deletes text: callers decide what a line is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from zhnews._guards import require_str
from zhnews.news._text import PINYIN_NOTE, fold, squash
from zhnews.news.dates import DateMatch, cn_number, find_dates

__all__ = [
    "Credits",
    "DatelineMatch",
    "PrintEditionMatch",
    "parse_credits",
    "parse_dateline",
    "parse_print_edition",
    "split_names",
]

_HAN = r"\u3400-\u9fff\uf900-\ufaff"
AUTHOR_ROLES = (
    "本报特约记者",
    "本报见习记者",
    "本报实习生",
    "本报记者",
    "本报通讯员",
    "本刊记者",
    "本网记者",
    "特约记者",
    "见习记者",
    "首席记者",
    "记者",
    "通讯员",
    "实习生",
    "撰文",
    "撰稿",
    "执笔",
    "译者",
    "编译",
    "采写",
    "采访",
    "作者",
    "原创",
    "特约撰稿人",
    "撰稿人",
    "楼主",
    "文字",
    "图文",
    "图片",
    "摄影",
    "摄像",
    "摄制",
    "报道员",
    "文",
    "图",
)
EDITOR_ROLES = ("责任编辑", "责编", "编审", "编辑")
OTHER_ROLES = (
    "核稿",
    "审稿",
    "审核",
    "校对",
    "审校",
    "监制",
    "统筹",
    "策划",
    "初审",
    "复审",
    "终审",
    "排版",
    "美编",
    "一审",
    "二审",
    "三审",
    "总监制",
)
# 某某网 浏览: / 某某报 字体: : a short empty label after a space, closing the line
_TRAILING_EMPTY_LABEL = re.compile(r"(?<=\S) +[\u3400-\u9fff]{1,4} ?[:：]$")
# 来源:某某网次浏览 / 来源:某某网123次阅读: a view counter glued to the name (its number
# left blank or not) closes the line and is not part of it
_GLUED_COUNTER = re.compile(r" ?(?:\d[\d,]*(?:\.\d+)?万? ?)?次(?:浏览|阅读|点击|观看)$")
SOURCE_LABELS = (
    "本文来自微信公众号",
    "本文来自",
    "本文来源",
    "文章来源",
    "信息来源",
    "资料来源",
    "新闻来源",
    "原文来源",
    "稿件来源",
    "素材来源",
    "内容来源",
    "发文单位",
    "来源于",
    "本文转自",
    "转载自",
    "转自",
    "稿源",
    "来源",
    "出处",
)
DATE_LABELS = (
    "发布日期",
    "发布时间",
    "发稿时间",
    "更新时间",
    "最后更新",
    "刊登于",
    "刊于",
    "时间",
    "日期",
    "发布",
    "出版",
    "更新",
    # an English page template's labels (Date: 2024-01-02 / Date: left empty)
    "Date",
    "Published",
    "Posted",
)
IGNORED_LABELS = (
    # the account that typed the page in: neither a writer nor an editor
    "录入者",
    "录入员",
    "录入",
    "发布者",
    "上传者",
    "题图来自",
    "发布单位",
    "发布人",
    "浏览次数",
    "浏览量",
    "点击数",
    "点击量",
    "阅读数",
    "阅读量",
    "阅读次数",
    "所属分类",
    "分类",
    "字号",
    "版权声明",
    "发布机构",
    "生成日期",
    "成文日期",
    "索引号",
    "信息分类",
    "内容分类",
    "主题分类",
    # a government site's information table (索引号 … 文号 … 有效性 …)
    "组配分类",
    "文号",
    "有效性",
    "发文日期",
    "名称",
)

_ROLE_ALT = "|".join(
    sorted(
        AUTHOR_ROLES + EDITOR_ROLES + OTHER_ROLES + SOURCE_LABELS + DATE_LABELS + IGNORED_LABELS,
        key=len,
        reverse=True,
    )
)
_ORG_ROLES = (
    "本报特约记者|本报见习记者|本报记者|本报通讯员|特约记者|见习记者|首席记者|记者|通讯员"
    "|特约撰稿人|撰稿人|责任编辑|编辑"
)
# a label needs a colon or slash, except role words that take names directly
_DIRECT_ROLES = "|".join(
    sorted(
        (
            "本报特约记者",
            "本报见习记者",
            "本报记者",
            "本报通讯员",
            "特约记者",
            "见习记者",
            "首席记者",
            "记者",
            "通讯员",
            "实习生",
            "责任编辑",
            "责编",
            "编辑",
            "审核",
            "校对",
            "审校",
            "编审",
            "初审",
            "复审",
            "终审",
            "摄影",
            "特约撰稿人",
            "撰稿人",
            "监制",
        ),
        key=len,
        reverse=True,
    )
)
_TOKEN = re.compile(
    rf"(?:(?P<org>[{_HAN}A-Za-z0-9]{{1,10}}?(?:[/·][{_HAN}A-Za-z0-9]{{1,8}}?)?)(?P<orole>{_ORG_ROLES})(?!团|站|协会)(?P<osep>\s*[:/丨]\s*|\s+|(?=[{_HAN}])|$)"
    rf"|(?P<drole>{_DIRECT_ROLES})(?!团|站|协会)(?P<dsep>\s*[:/丨]\s*|\s+|(?=[{_HAN}])|$)"
    rf"|(?P<srole>作者|撰文|执笔)(?P<ssep>\s*[:/]\s*|\s+(?=[{_HAN}])|是 (?=\S+\s*$))"
    rf"|(?P<role>{_ROLE_ALT})(?P<sep>\s*[:/|丨]\s*))"
)
_NAME = re.compile(rf"[{_HAN}][{_HAN}·]{{1,5}}")
_ASCII_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
_NAME_SUFFIX = re.compile(
    r"(综合报导|综合报道|摄影报道|报导|报道|整合|综合|编译|采写|摄|发|撰|等)$"
)
_NOT_NAME = frozenset(
    [
        "综合",
        "整合",
        "报道",
        "报导",
        "本报",
        "记者",
        # a reporter's title set apart like a name (特约记者 张三 摄)
        "特约记者",
        "通讯员",
        "特约通讯员",
        "见习记者",
        "实习记者",
        "首席记者",
        "摄影记者",
        "编辑",
        "责编",
        "网络",
        "图片",
        "视频",
        "新闻",
        "资料",
        "来源",
        "本网",
        "本站",
        "未知",
        "佚名",
        "admin",
        "综合报道",
        "网友",
        # a column's opening words set apart like a writer's name
        "编者按",
        "编者的话",
        "开栏的话",
        "写在前面",
        "卷首语",
        "前言",
        "引言",
        "导语",
        "结语",
        "后记",
        # a site's accounts, not writers (作者:管理员 / 作者: 系统)
        "管理员",
        "系统",
        "系统管理员",
        "超级管理员",
        "网站管理员",
        "匿名",
        "游客",
        "手机查看",
        # a page's own words for its parts, alone on a line above the text
        "文章预览",
        "全文预览",
        "内容预览",
        "正文",
        "全文",
        "摘要",
        "导读",
        "内容提要",
        # a forum post's stamp read after a 楼主| label: 发表于 5 小时前
        "发表于",
        "发布于",
        "更新于",
    ]
)
# common Chinese surnames (simplified; lines are folded before the check): a name with no
# role word to vouch for it (a name alone on a line, ``某人/某报``) must open with one
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦卢麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉"
    "植衡富尧由洪赖萧松粘凃丘"
)
_COMPOUND_SURNAMES = ("上官", "东方", "皇甫", "令狐", "长孙", "宇文", "轩辕", "澹台", "端木")


def has_surname(name: str) -> bool:
    """``name`` (a person's name, as written) opens with a common Chinese surname."""
    k = fold(name).lstrip("□■ ")
    return bool(k) and (k[0] in _SURNAMES or k.startswith(_COMPOUND_SURNAMES))


def _surnamed(value: str) -> tuple[str, ...]:
    """The names of ``value`` when every token is a name opening with a surname, else ()."""
    names = tuple(split_names(value, strict=True))
    return names if names and all(has_surname(x) for x in names) else ()


# a word ending in a particle or a verb of being (``X的话``, ``可能是``) is prose, not a
# name or an outlet
_FUNCTION_END = ("的", "是", "了", "着", "过", "被", "把", "向", "对", "给", "让", "为")


# a comma, then a sentence (a disclaimer) after a source's name
_BYLINE_BULLETS = "□■"
_SOURCE_DISCLAIMER = re.compile(r"\s*[,，]\s*[^,，]{4,60}[。.!！]\s*$")


def _is_name(tok: str) -> bool:
    return (
        bool(_NAME.fullmatch(tok))
        and tok not in _NOT_NAME
        and len(tok.replace("·", "")) <= 4
        and "的" not in tok
        # 美术部 / 宣传科 / 新闻办: a department, not a person
        and not (len(tok) >= 3 and tok.endswith(DEPARTMENT_END))
        # 南瑞集团 宋宁 摄: a company or school pictured, not a photographer
        and not (len(tok) >= 3 and tok.endswith(_ORG_END))
    )


_ORG_END = ("集团", "公司", "银行", "医院", "大学", "学院", "中学", "小学", "协会", "学会")


#: How a department's name ends (美术部, 新闻办): not a person's name.
DEPARTMENT_END = ("部", "局", "室", "中心", "办", "委")


def split_names(value: str, *, allow_ascii: bool = False, strict: bool = False) -> list[str]:
    """Personal names in a credit value, without padding or trailing action words.

    With ``strict``, return ``[]`` unless every token of the value is a name.

    >>> split_names("白宇、董晓伟")
    ['白宇', '董晓伟']
    >>> split_names("松\\u00a0\\u00a0澤")
    ['松澤']
    >>> split_names("叨叨姐、胡一刀&李小飞刀")
    ['叨叨姐', '胡一刀', '李小飞刀']
    """
    require_str(value, "split_names")
    # a note in brackets after a name is not a name: 钱伟（某大学教授）
    # but a bracket inside a word (中国(深圳)某某研究院, an affiliation) keeps the word whole
    v = _NOTE_IN_BRACKETS.sub(_note_gap, value) if "(" in value or "（" in value else value
    # single characters separated by spaces form one name: 李 揚 -> 李揚
    v = _SPACED.sub(lambda m: "".join(g for g in m.groups() if g), v)
    out: list[str] = []
    ascii_out: list[str] = []
    for tok in _SEP.split(v):
        if not tok:
            continue
        ft = fold(tok)
        m = _NAME_SUFFIX.search(ft) if len(ft) > 3 else None
        t = tok[: m.start()] if m else tok
        if t and _is_name(fold(t)):
            out.append(t)
        elif allow_ascii and _ASCII_NAME.fullmatch(tok):
            ascii_out.append(tok)
        elif strict:
            return []
        else:
            break
    if not out and ascii_out:
        out = ascii_out
    return list(dict.fromkeys(out))


_SPACED = re.compile(
    rf"(?<![{_HAN}])([{_HAN}])[ \u00a0\u3000]+([{_HAN}])(?:[ \u00a0\u3000]+([{_HAN}]))?(?![{_HAN}])"
)
_NOTE_IN_BRACKETS = re.compile(r"[(（][^()（）]{1,40}[)）]")
_HAN_CHAR = re.compile(rf"[{_HAN}]")


def _note_gap(m: re.Match[str]) -> str:
    """A space for a note after a name; nothing for a bracket glued inside a word."""
    s, i, j = m.string, m.start(), m.end()
    inside = i > 0 and j < len(s) and _HAN_CHAR.match(s, i - 1) and _HAN_CHAR.match(s, j)
    return "" if inside else " "


_SEP = re.compile(r"[\s\u00a0\u3000、,，;；&＆/|_]+|和(?=[\u4e00-\u9fff]{2})")


@dataclass(frozen=True)
class Credits:
    """What one credit line says (empty fields when it says nothing of that kind)."""

    authors: tuple[tuple[str, str], ...] = ()
    editors: tuple[str, ...] = ()
    source: Optional[str] = None
    weak_source: Optional[str] = None
    date: Optional[DateMatch] = None
    original_title: Optional[str] = None
    labels: int = 0
    covered: bool = False
    empty: int = 0
    author_labels: int = 0
    #: the outlet a reporter credit names (``扬子晚报`` in ``扬子晚报记者 张三``), as written
    org: Optional[str] = None
    #: names credited in roles that are neither authors nor editors (审核, 校对, 监制…)
    others: tuple[tuple[str, str], ...] = ()


def _canon_role(org: str, role: str) -> str:
    if role in (
        "本报记者",
        "特约记者",
        "本报特约记者",
        "本报通讯员",
        "通讯员",
        "编译",
        "文",
        "图",
        "图文",
        "摄影",
        "实习生",
    ):
        return role
    if role in ("文字",):
        return "文"
    if role in ("图片",):
        return "图"
    if role.endswith("记者"):
        return "本报记者" if fold(org) == "本报" else "记者"
    return role


# 新华社 | 作者 张三: an outlet's name and a bar before the writer's credit
_OUTLET_BAR = re.compile(
    rf"([{_HAN}A-Za-z0-9]{{1,12}}?(?:日报|晚报|早报|时报|报|网|社|台|新闻|客户端|杂志|周刊))\s*[|丨｜]"
)
_OUTLET_AS_NAME = re.compile(rf"[{_HAN}]{{2,3}}(?:网|社)")

_OUTLET_WORD_END = ("报", "网", "社", "新闻", "电视台", "客户端", "频道")


def _outlet_word(name: str) -> bool:
    """``name`` is an outlet's name (``某某晚报``, ``某某网``), never a person's."""
    k = fold(name)
    return len(k) >= 3 and k.endswith(_OUTLET_WORD_END)


# 某某新闻网 编辑:张三: an outlet's name alone, then the editor's label and its colon
_OUTLET_BEFORE_EDITOR = re.compile(rf"[{_HAN}]{{2,12}}\s(?:责任编辑|责编|编审|编辑)\s?[:：]")

_REPORTER_ROLES = frozenset(
    ["本报特约记者", "本报见习记者", "本报记者", "特约记者", "见习记者", "首席记者", "记者"]
)
# an outlet or app name written before a byline: letters, digits, '+' and '·' allowed
_OUTLET_PREFIX = re.compile(
    rf"[{_HAN}A-Za-z0-9][{_HAN}A-Za-z0-9+·]{{1,13}}(?:/[{_HAN}A-Za-z0-9][{_HAN}A-Za-z0-9+·]{{1,13}})?"
)
_SENTENCE_INSIDE = re.compile(r"[。！？!?]\s*\S")
# before a credit line's first label: the site's name and domain (``某某网 www.x.cn``) or
# a breadcrumb (``您当前的位置 : 某某网 > 新闻中心 > 综合``)
_SITE_DOMAIN_PREFIX = re.compile(
    rf"(?:[{_HAN}A-Za-z]{{2,12}} +)?(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?"
)
_BREADCRUMB_PREFIX = re.compile(
    r"(?:您?(?:当前|现在)的?(?:所在)?位置 ?: ?)?[^\s>:\d][^>:\d]{0,11}"
    r"(?: ?>{1,2} ?[^\s>:\d][^>:\d]{0,11}){1,5}"
)


def parse_credits(line: str) -> Optional[Credits]:
    """Parse a credit line (labels such as 来源、作者、责任编辑, role words such as 记者).

    Returns None when the line is not made of credits (a sentence that merely contains
    such words).

    >>> c = parse_credits("(责编：白宇、董晓伟)")
    >>> c.editors
    ('白宇', '董晓伟')
    >>> parse_credits("本报记者 张三 李四").authors
    (('张三', '本报记者'), ('李四', '本报记者'))
    >>> parse_credits("他对记者说，今年的收成不错。") is None
    True
    """
    require_str(line, "parse_credits")
    # a credit line is read while labelling the page and again while parsing it, and
    # sites repeat theirs: short lines go through a cache (the result is immutable)
    if len(line) <= 160 and ("来源" in line or "來源" in line):
        # 2016-07-30 16:08来源:某某公司作者:张三: the labels glued to the values before them
        line = _GLUED_LABEL.sub(" ", line)
        if "?" in line:
            # 07:20? ?来源:某某网: a space the page's encoding lost, shown as ?
            line = _LOST_SPACE.sub(" ", line)
    if line.lstrip().startswith(("——", "--")) and len(line) <= 40:
        # ——本报某地分社记者 张三: a reporter's signature under the paragraph
        c = _parse_credits_cached(line.lstrip().lstrip("—-"))
        if (
            c is not None
            and c.authors
            and all(r.endswith("记者") for _, r in c.authors)
            and not (c.editors or c.others or c.source or c.date)
        ):
            return c
    return _parse_credits_cached(line) if len(line) <= 256 else _parse_credits(line)


# a label glued to the value before it (…16:08来源: / 某某公司作者:): a space goes between
# (来源 only after a time or a date: 稿件来源, 资料来源 are labels of their own)
_GLUED_LABEL = re.compile(
    rf"(?<=[0-9])(?=(?:来源|來源)\s*[:：])"
    rf"|(?<=[{_HAN}]{{4}})(?=(?:作者|责任编辑|責任編輯)\s*[:：])"
    rf"|(?<=[{_HAN}]{{2}})(?=(?:关键词|關鍵詞|关键字)\s*[:：])"
)


# a lone ? after a time's digits or between spaces: a space lost to the page's encoding
_LOST_SPACE = re.compile(r"(?<=\d)\?(?=\s)|(?<=\s)\?(?=\S)")


# 责 编丨张三 / 复 审丨李四: a two-character role word set with a space inside it
_SPACED_ROLE = re.compile(
    rf"(\s*[(（【\[]?\s*)([{_HAN}])[ \u00a0\u3000]{{1,3}}([{_HAN}])(?=\s*[丨|｜:：/])"
)
_SUPPLIED = re.compile(rf"\s*[(（]\s*([{_HAN}A-Za-z0-9·]{{2,24}}?)\s*供稿\s*[)）]\s*")
_ROLE_WORDS = frozenset(AUTHOR_ROLES + EDITOR_ROLES + OTHER_ROLES)
# (摘自《某某日报》) / 转载自 某某网 / 【选自《某某》】: a line that only names where the story
# was taken from (its source); without title marks the name is one word
_TAKEN_FROM = re.compile(
    r"\s*(?P<o>[(（【\[])?\s*(?:本文|文章|此文)?(?:摘自|摘编自|节选自|选自|转自|转载自|转引自)\s*[:：]?\s*"
    rf"(?:《\s*(?P<t>[^《》()（）]{{2,20}}?)\s*》|(?P<w>[{_HAN}A-Za-z0-9·]{{2,16}}))"
    r"\s*(?(o)[)）】\]])\s*"
)
_SPACED_SOURCE = re.compile(
    rf"\s*(?:来源|來源|文章来源|文章來源|信息来源|信息來源|稿源)[ \u3000\u00a0]+"
    rf"(?P<v>[{_HAN}A-Za-z][{_HAN}A-Za-z0-9·]{{1,15}})\s*"
)
_SPACED_SOURCE_ENDS = tuple("网报社台刊号站端闻心厅局委府院部会馆所团司")
_TAKEN_ENDS = tuple("网报社台刊号")
_SPACED_KIND = re.compile(r"(本版摄影|摄影|攝影|文字)([ \u3000]+)(记者|記者)")
_DESK_VALUE = re.compile(rf"[{_HAN}]{{1,10}}(?:{'|'.join(DEPARTMENT_END)})")
# 记者 张三 李四 (北京)摄影报道: the place of the photo report may come first
_TRAILING_PHOTO = re.compile(rf"(?<=[{_HAN}])\s+(?:[{_HAN}]{{2,6}}?)?(?:摄影报道|摄影报导)\s*$")
_BRACKET_CREDIT = re.compile(r"\s*[(（]\s*(?P<names>[^()（）]{2,40}?)\s*[)）]")
_JOINT_ROLES = re.compile(
    r"\s*[(（【\[]?\s*(?:文字|文|采访|采写|撰文|图文|图|摄影|摄)"
    r"((?:[、/&]|和|及)(?:文字|文|采访|采写|撰文|图文|图|摄影|摄像|摄))(?=\s*[:：])"
)
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\-]+\.?(?: [A-Z][A-Za-z'’\-]*\.?){1,3}")
_VALUE_THEN_LABEL = re.compile(
    r"\s*(?P<v>[^|丨｜:：,，。\s][^|丨｜:：,，。]{0,23}?)\s*[|丨｜]\s*"
    r"(?P<l>来源|稿源|作者|责任编辑|责编|编辑)\s*"
)
_DESK_REPORT = re.compile(
    rf"\s*(?:(?P<desk>[{_HAN}]{{2,6}}(?:中心|组|部))\s*[/／]?\s*)?"
    rf"(?:综合|编译|整理|(?<=[/／])[{_HAN}]{{2,4}}?)(?:报导|报道)"
    rf"(?:\s*[/／]\s*[{_HAN}]{{2,5}})?"
    r"(?:\s*[-–—|]?\s*(?P<date>(?:19|20)\d\d[-/.年][^。]{3,20}))?\s*"
)


# 【某某報╱記者張三/台中報導】: an outlet's name, a slash, then 記者 (in the folded key)
_OUTLET_SLASH_ROLE = re.compile(
    rf"\s*[【\[]?\s*[{_HAN}]{{1,8}}?(?:日报|晚报|时报|报|网|社|台)\s?(/)\s?(?=记者)"
)

# 《某某週刊》記者 張三 北京報導: a publication's name in title marks before 記者
_TITLED_OUTLET_ROLE = re.compile(
    rf"\s*《([{_HAN}A-Za-z0-9]{{2,10}})》\s?(?=(?:特约|首席|实习|特約|實習)?(?:记者|記者))"
)


_PADDED_CELL = re.compile(rf"([{_HAN}]) {{2,12}}([{_HAN}])(?= ?[:：])")
_PADDED_LABELS = frozenset(["名称", "文号", "题名", "标题", "日期", "时间", "来源", "作者"])


def _padded_cell(m: re.Match[str]) -> str:
    word = m.group(1) + m.group(2)
    return word if fold(word) in _PADDED_LABELS else m.group(0)


def taken_from(line: str) -> Optional[str]:
    """The outlet a line alone names as where the story was taken from.

    >>> taken_from("(摘自《某某日报》)")
    '某某日报'
    >>> taken_from("摘自某某网的报道称") is None
    True
    """
    k = fold(line)
    m = _TAKEN_FROM.fullmatch(k) if len(k) <= 40 and "自" in k else None
    if m is None:
        return None
    g = "t" if m.group("t") is not None else "w"
    if g == "t" or m.group("o") is not None or k.rstrip().endswith(_TAKEN_ENDS):
        return line[m.start(g) : m.end(g)]
    return None


def _parse_credits(line: str) -> Optional[Credits]:
    if "  " in line and len(line) <= 160:
        # 名       称: / 文       号 :: a table's two-character label padded to a column's width
        line = _PADDED_CELL.sub(_padded_cell, line)
    m_sp = _SPACED_ROLE.match(line) if len(line) <= 80 else None
    if m_sp is not None and fold(m_sp.group(2) + m_sp.group(3)) in _ROLE_WORDS:
        line = m_sp.group(1) + m_sp.group(2) + m_sp.group(3) + line[m_sp.end() :]
    if "记者" in line or "記者" in line:
        # ■摄影 记者 张三: a kind of reporter set apart from 记者 (closed up, same length)
        line = _SPACED_KIND.sub(lambda m: m.group(1) + m.group(3) + m.group(2), line)
        m_os = _OUTLET_SLASH_ROLE.match(fold(line)) if len(line) <= 60 else None
        if m_os is not None:
            # 【某某報╱記者張三/台中報導】: the paper, a slash, then its reporter (a space)
            line = line[: m_os.start(1)] + " " + line[m_os.end(1) :]
        m_ot = _TITLED_OUTLET_ROLE.match(line) if len(line) <= 60 else None
        if m_ot is not None:
            # 《某某週刊》記者 張三 北京報導: the publication's title marks, then its reporter
            line = " " + m_ot.group(1) + " " + line[m_ot.end() :]
    if "摄" in line or "攝" in line:
        m_tp = _TRAILING_PHOTO.search(fold(line)) if len(line) <= 120 else None
        if m_tp is not None and _INNER_ROLES.search(fold(line), 0, m_tp.start()):
            # 记者 张三 李四 实习生 王五 摄影报道: a photo report by its reporters (a bare 摄
            # after the names is a caption's credit, read elsewhere)
            line = line[: m_tp.start()] + " " * (m_tp.end() - m_tp.start())
    m_jr = _JOINT_ROLES.match(fold(line)) if len(line) <= 80 else None
    if m_jr is not None:
        # 文、摄:张三 / 采访、摄影:李四: two roles for one writer; the first one stands
        line = line[: m_jr.start(1)] + " " * (m_jr.end(1) - m_jr.start(1)) + line[m_jr.end(1) :]
    k = fold(line)
    if len(k) > 160 or "。" in k[:-1] or _SENTENCE_INSIDE.search(k):
        return None
    m_rp = _REPORTER_PLACE_LEAD.fullmatch(k.rstrip()) if "记者" in k and len(k) <= 30 else None
    if m_rp is not None:
        # 【记者张三南投报导】: the reporter, then the place (not part of the name)
        rp_names = _surnamed(line[m_rp.start("names") : m_rp.end("names")])
        if rp_names:
            return Credits(
                authors=tuple((n, "记者") for n in rp_names),
                labels=1,
                covered=True,
                author_labels=1,
            )
    m_pr = _POSTFIX_ROLES.fullmatch(k) if "/" in k and len(k) <= 40 else None
    if m_pr is not None:
        # 张三/文 李四/图 (——某某办公室 张三/文): each name, then its role after a slash
        pr_authors: list[tuple[str, str]] = []
        for part in _POSTFIX_PART.finditer(k, m_pr.start("parts"), m_pr.end("parts")):
            pr_found = _surnamed(line[part.start("name") : part.end("name")])
            if len(pr_found) != 1:
                pr_authors = []
                break
            pr_authors.append((pr_found[0], part.group("role")))
        if pr_authors:
            return Credits(
                authors=tuple(pr_authors),
                labels=len(pr_authors),
                covered=True,
                author_labels=len(pr_authors),
            )
    m_srn = _SPACED_ROLE_NAMES.fullmatch(k) if " " in k.strip() and len(k) <= 24 else None
    if m_srn is not None:
        # 张三 文/图 / 文/图 张三: the writers, their role parted from them by a space
        g = "names" if m_srn.group("names") is not None else "pnames"
        srn_role = m_srn.group("role") or m_srn.group("prole")
        srn_names = _surnamed(line[m_srn.start(g) : m_srn.end(g)])
        if srn_names and len("".join(srn_names)) == len(re.sub("[ 、]", "", m_srn.group(g))):
            return Credits(
                authors=tuple((n, srn_role) for n in srn_names),
                labels=1,
                covered=True,
                author_labels=1,
            )
    m_sup = _SUPPLIED.fullmatch(k) if "供稿" in k else None
    if m_sup is not None:
        # (某某新闻中心供稿): the desk or outlet that supplied the story
        return Credits(source=line[m_sup.start(1) : m_sup.end(1)], labels=1, covered=True)
    m_ss = _SPACED_SOURCE.fullmatch(line) if len(line) <= 40 else None
    if m_ss is not None:
        # 来源 某某报: an information table's cell, the label and its value parted by a space
        value = m_ss.group("v")
        if "的" not in value and fold(value).endswith(_SPACED_SOURCE_ENDS):
            return Credits(source=value, labels=1, covered=True)
    taken = taken_from(line)
    if taken is not None:
        # (摘自《某某日报》): the outlet the story was taken from
        return Credits(source=taken, labels=1, covered=True)
    m_vl = _VALUE_THEN_LABEL.fullmatch(k) if len(k) <= 40 else None
    if m_vl is not None:
        # 某某观察 | 来源 / 张三 | 作者: the value first, its label after a bar
        value = line[m_vl.start("v") : m_vl.end("v")].strip()
        label = m_vl.group("l")
        if label in ("来源", "稿源"):
            return Credits(source=value, labels=1, covered=True)
        if label == "作者":
            return Credits(authors=((value, "作者"),), labels=1, covered=True, author_labels=1)
        return Credits(editors=(value,), labels=1, covered=True)
    m_desk = _DESK_REPORT.fullmatch(k) if "报" in k else None
    if m_desk is not None:
        # 政治中心/综合报导: a desk's credit (no writer named), perhaps with the date
        role_desk = "综合报导" if "综合" in k[max(0, m_desk.end("desk")) :] else "报导"
        desk_dates = find_dates(line[m_desk.start("date") :]) if m_desk.group("date") else []
        return Credits(
            date=desk_dates[0] if desk_dates else None,
            labels=1,
            covered=True,
            others=((line[m_desk.start("desk") : m_desk.end("desk")] or line.strip(), role_desk),),
        )
    inner = k.strip()
    # strip one pair of surrounding brackets
    lead = len(k) - len(k.lstrip())
    if inner[:1] in _BYLINE_BULLETS:
        # a print byline's bullet: □本报记者 张三
        bare = inner[1:].lstrip()
        lead += len(inner) - len(bare)
        inner = bare
    # (and a date code after them: （編輯：李大同）1090703)
    m0 = _BRACKETED.fullmatch(inner)
    if m0:
        lead += 1
        inner = m0.group(1)
    body_start = lead
    tokens = list(_TOKEN.finditer(k, body_start, body_start + len(inner)))
    # the line must start with a label (or a date / a single outlet word before it)
    dates = find_dates(line, yearless=False)
    authors: list[tuple[str, str]] = []
    editors: list[str] = []
    source: Optional[str] = None
    odate: Optional[DateMatch] = dates[0] if dates else None
    orig: Optional[str] = None
    n_labels = 0
    n_empty = 0
    n_author_labels = 0
    reporter_org: Optional[str] = None
    others: list[tuple[str, str]] = []
    if not tokens:
        return None
    first = tokens[0]
    prefix = k[body_start : first.start()].strip()
    if (
        prefix
        and first.group("drole") in _REPORTER_ROLES
        and _OUTLET_PREFIX.fullmatch(prefix.rstrip(" |丨·"))
        and not dates
    ):
        # 潮新闻客户端 记者 张三 / 南方+ 记者 张三: the outlet, then the byline
        reporter_org = line[body_start : first.start()].strip().rstrip(" |丨｜·")
        prefix = ""
    m_ob = _OUTLET_BAR.fullmatch(prefix) if prefix and not dates else None
    if m_ob is not None and (first.group("srole") or first.group("role")) == "作者":
        # 新华社 | 作者 张三: the outlet, a bar, then the writer's credit (the outlet is the source)
        source = line[body_start : body_start + len(m_ob.group(1))].strip()
        prefix = ""
    lead_names: list[str] = []
    if (
        prefix
        and (
            first.group("orole") in _REPORTER_ROLES or first.group("drole") in ("通讯员", "实习生")
        )
        and k[first.start() - 1 : first.start()] == " "
        and not dates
    ):
        # 张三 某某报·某某网记者 李四: a co-writer named before the paper's reporter;
        # 张三 李四 通讯员 王五: the reporters' names, then the correspondent's
        lead_names = split_names(line[body_start : first.start()], strict=True)
        if lead_names and all(_outlet_word(x) for x in lead_names):
            # 某某晚报 某某网 某某新闻记者 张三: the outlets sharing the reporter, not writers
            lead_names = []
            prefix = ""
        elif 0 < len(lead_names) <= (2 if first.group("orole") else 3):
            prefix = ""
    if prefix:
        # allowed before the first label: a date, a site/outlet word, or 版权声明
        rest = prefix
        for d in dates:
            rest = rest.replace(fold(d.text), "")
        rest = rest.strip(" |·-/")
        if dates and rest.replace(" ", "") in ("()", "（）"):
            rest = ""  # ( 2019-10-12 ) 稿件来源:…: an e-paper's issue date in brackets
        first_role = first.group("orole") or first.group("drole") or first.group("srole")
        first_role = first_role or first.group("role")
        if dates and first_role in SOURCE_LABELS and " " in rest and len(rest) <= 24:
            # 2024-02-22 09:32 张三 李四 来源:某某中心: the writers between date and source
            date_names = _surnamed(rest)
            if 2 <= len(date_names) <= 4 and all(len(x) <= 3 for x in date_names):
                authors.extend((x, "作者") for x in date_names)
                rest = ""
        if rest and not (
            rest == "版权声明"
            or (dates and len(rest) <= 12 and " " not in rest and not re.search(r"\d", rest))
            or (dates and _SITE_DOMAIN_PREFIX.fullmatch(rest))
            or (first_role in SOURCE_LABELS and _BREADCRUMB_PREFIX.fullmatch(rest))
            # 某某新闻网 编辑:张三: the outlet's name before its editor's credit
            or (
                first_role in EDITOR_ROLES
                and _OUTLET_BEFORE_EDITOR.match(k.strip()) is not None
                and _outlet_word(rest)
            )
        ):
            return None
    authors.extend((n, "作者") for n in lead_names if not prefix)
    for i, t in enumerate(tokens):
        end = tokens[i + 1].start() if i + 1 < len(tokens) else body_start + len(inner)
        org = line[t.start("org") : t.end("org")] if t.group("org") else ""
        if org and fold(org).endswith(_FUNCTION_END):
            return None  # 可能是记者完成: a sentence about a reporter, not a byline
        role = t.group("orole") or t.group("drole") or t.group("srole") or t.group("role")
        sep = t.group("osep") or t.group("dsep") or t.group("ssep") or t.group("sep") or ""
        v_start = t.end()
        value_k = k[v_start:end]
        if "【" in k[:v_start] and k.rfind("【", 0, v_start) > k.rfind("】", 0, v_start):
            # 【来源:】 【阅读:次】: a bracketed cell ends at its closing bracket
            close = value_k.find("】")
            if close >= 0:
                end = v_start + close
                value_k = k[v_start:end]
        m_rep = _PLACE_REPORT.search(value_k)
        if m_rep:
            end = v_start + m_rep.start()
            value_k = k[v_start:end]
            if m_rep.group("paper") and source is None:
                source = line[v_start + m_rep.start("paper") : v_start + m_rep.end("paper")]
        value = line[v_start:end]
        # (作者是 张三: a CMS's "written by", the only credit on its line)
        has_colon = ":" in sep or "/" in sep or "|" in sep or "丨" in sep or sep == "是 "
        if not value_k.strip(" |·"):
            n_empty += 1
        no_colon_names = not has_colon and role not in SOURCE_LABELS + DATE_LABELS + IGNORED_LABELS
        if (
            has_colon
            and role not in SOURCE_LABELS + DATE_LABELS + IGNORED_LABELS
            and _PROSE_VALUE.search(value_k)
            and not split_names(value, allow_ascii=True)
        ):
            return None  # a turn of an interview (记者：您怎么看……？), not a credit
        if role in SOURCE_LABELS:
            if not has_colon:
                return None
            n_labels += 1
            # 来源:某某网2024-03-06 17:48: the date glued to the name (even to a name
            # ending in digits) is not part of it
            glued = _GLUED_DATE.search(value_k)
            if glued and glued.start() > 0:
                value = value[: glued.start()]
                if odate is None:
                    gd = find_dates(line[v_start + glued.start() :], yearless=False)
                    if gd:
                        off = v_start + glued.start()
                        odate = replace(gd[0], start=gd[0].start + off, end=gd[0].end + off)
            # 来源:某某网, 文章内容并不代表本网立场。: a disclaimer after a comma ends the name
            tail = _SOURCE_DISCLAIMER.search(value_k)
            if tail and tail.start() > 0:
                value = value[: tail.start()]
            val = squash(value.replace("\u00a0", " ").replace("\u3000", " "))
            val = _ACCOUNT_ID.sub("", val).strip(" |·,，;；")
            if role == "资料来源":
                continue
            # 来源:某某网 浏览: : an empty label after the name (a counter the page left
            # blank) is not part of it
            val = _TRAILING_EMPTY_LABEL.sub("", val)
            counter = _GLUED_COUNTER.search(fold(val))
            if counter is not None:
                val = val[: counter.start()].rstrip(" |·,，")
            # 来源:未知 / 来源: 关键词: : a placeholder or the next empty label names no outlet;
            # 文章来源:http://…/123.shtml: a print template's link to the page is no outlet
            if (
                val
                and val not in _NO_SOURCE
                and not val.endswith((":", "："))
                and not _URL_VALUE.match(val)
            ):
                source = val
        elif role in DATE_LABELS or role in IGNORED_LABELS:
            if not has_colon and role not in ("版权声明",):
                return None
            if role != "版权声明":  # a copyright notice alone is not a credit line
                n_labels += 1
            glued = _GLUED_DATE.search(value_k) if role in IGNORED_LABELS else None
            if glued is not None and glued.start() > 0 and odate is None:
                # 阅读量:78932026-01-06 11:27: the page's date glued to a counter
                gd = find_dates(line[v_start + glued.start() :], yearless=False)
                if gd:
                    off = v_start + glued.start()
                    odate = replace(gd[0], start=gd[0].start + off, end=gd[0].end + off)
        elif role in EDITOR_ROLES:
            if no_colon_names and sep == "" and value_k[:1] in _EDITOR_DESK:
                return None  # 【编辑室手记】 / 编辑部: a column or a desk, not an editor's name
            n_labels += 1
            boxed = _BOXED_VALUE.fullmatch(value) if has_colon else None
            if boxed is not None:
                value = boxed.group(1)  # 责任编辑:【张三】: the name in brackets
            found = split_names(value, allow_ascii=True, strict=no_colon_names)
            if no_colon_names and not found:
                return None
            editors.extend(found)
        elif role in OTHER_ROLES:
            found = split_names(value, allow_ascii=True, strict=no_colon_names)
            if no_colon_names and not found:
                return None  # 校对工作至关重要 / 审核通过后: a sentence, not a credit
            n_labels += 1
            others.extend((n, role) for n in found)
        else:
            if role in ("文", "图", "文字", "图文", "图片", "楼主") and not has_colon:
                return None
            if role in ("采写", "原创", "采访") and not has_colon:
                return None  # 作者 / 撰文 / 执笔 without a colon: names only (strict, below)
            n_labels += 1
            n_author_labels += 1
            names = split_names(value, strict=no_colon_names)
            latin = _LATIN_NAME.fullmatch(value.strip()) if not names and has_colon else None
            if latin is not None:
                names = [latin.group(0)]  # 作者:John K Smith: a Latin name, spaces and all
            glued = _NAME_PAPER.fullmatch(value_k.strip()) if not names and has_colon else None
            if glued is not None:
                # 编译/张三某某报: a three-character name, the paper's name glued after it
                vs = v_start + len(value_k) - len(value_k.lstrip())
                names = split_names(line[vs : vs + 3], strict=True)
                if names and source is None:
                    source = line[vs + glued.start(2) : vs + glued.end(2)]
            # 作者:某某网 / 作者:某某社: an outlet credited as author, not a person
            names = [n for n in names if not _OUTLET_AS_NAME.fullmatch(fold(n))]
            if (
                no_colon_names
                and role in _REPORTER_ROLES
                and not sep.strip()
                and value_k[:1] not in (" ", "\u3000", "\u00a0")
                and not all(has_surname(n) for n in names)
            ):
                # 记者走上街头 / 某某记者行程: a verb or a noun glued to the role word
                # (no space, no colon) is a phrase, not a name: a glued name opens with a surname
                names = []
            if no_colon_names and not names:
                return None
            if role in ("文", "图") and not names and len(tokens) == 1:
                desk = value.strip()
                if not (has_colon and _DESK_VALUE.fullmatch(fold(desk))):
                    return None
                # 文:医务部: written by a department, not a person (credited, not an author)
                others.append((desk, role))
            if role in ("采写", "原创") and not names:
                m_in = _INNER_ROLE.match(value_k)
                if m_in:
                    names = split_names(value[m_in.end() :])
                    role = m_in.group(2)
                    org = value[m_in.start(1) : m_in.end(1)] or "x"
            if (
                org
                and fold(org) not in ("本报", "本刊", "本网", "x")
                and reporter_org is None
                and names
            ):
                reporter_org = org
            # '采写:南都记者 余毅菁' - the role word comes inside the value
            for nm in names:
                crole = _canon_role(org, role)
                if nm.endswith("编译"):
                    nm, crole = nm[:-2], "编译"
                authors.append((nm, crole))
            if role == "原创":
                m_comp = re.match(rf"\s*([{_HAN}]{{2,4}}?)编译", value_k)
                if m_comp:
                    authors = [(a, r) for a, r in authors if not a.startswith(m_comp.group(1))]
                    authors.append((value[m_comp.start(1) : m_comp.end(1)], "编译"))
        del value_k
    if n_labels == 0:
        return None
    return Credits(
        authors=tuple(dict.fromkeys(authors)),
        editors=tuple(dict.fromkeys(editors)),
        source=source,
        date=odate,
        original_title=orig,
        labels=n_labels,
        covered=True,
        empty=n_empty,
        author_labels=n_author_labels,
        org=reporter_org,
        others=tuple(others),
    )


_parse_credits_cached = lru_cache(maxsize=4096)(_parse_credits)
_EDITOR_DESK = frozenset("室部组")
_BOXED_VALUE = re.compile(r"\s*[【\[]\s*([^【】\[\]]{2,20}?)\s*[】\]]\s*")
_URL_VALUE = re.compile(r"(?:https?://|www\.)\S*$", re.I)
_NO_SOURCE = frozenset({"未知", "不详", "不詳", "佚名", "无", "無", "暂无", "暫無"})
# a full date at the end of a source value, after the name (digits allowed before it)
_GLUED_DATE = re.compile(
    r"(?:19|20)\d\d(?:-[01]\d-[0-3]\d|/[01]\d/[0-3]\d|\.[01]?\d\.[0-3]?\d|年[01]?\d月[0-3]?\d日)"
    r"(?:\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*$"
)

_PLACE_REPORT = re.compile(
    # 记者张三/北京报导某某报: the paper's name glued after the place (a newsletter's copy)
    rf"(?:\s*/\s*[{_HAN}]{{2,6}}?(?:报导|报道)(?P<paper>[{_HAN}]{{1,4}}?(?:日报|晚报|早报|时报|报))"
    rf"|(?:\s*/\s*|\s+)(?:[{_HAN}]{{2,6}}?(?:即时)?(?:报导|报道)|发自[{_HAN}][{_HAN}、和及 ]{{1,14}}|报导|报道))\s*$"
)
# the value of a role that is a sentence: a question or an answer of an interview
_PROSE_VALUE = re.compile(r"[，,？?！!。；;]|[\u3400-\u9fff]{9}")
# a WeChat account's id after its name: 晚点LatePost （ID：postlate）
_ACCOUNT_ID = re.compile(r"\s*[(（]\s*(?:ID|id|微信号)\s*[:：][^()（）]{0,40}[)）]")
_BRACKETED = re.compile(r"[(\[【（〔](.*)[)\]】）〕]\s*(?:\d{6,8})?")
_INNER_ROLE = re.compile(rf"\s*([{_HAN}]{{0,8}}?)(记者|通讯员)\s*")
_PHOTO = re.compile(
    # 特约记者 张三 摄: the photographer's title before the names
    rf"\s*(?:(?:本报|本刊|本网)?(?:特约|首席|见习|实习|摄影)?(?:记者|通讯员)\s+)?"
    rf"(?P<names>[{_HAN}][{_HAN}、 ]{{1,20}}?)\s*/?\s*(摄影|摄)(?:报道|报导)?"
    # 张三 李四 摄影报道(某某图片库): the photo desk or agency in brackets after the credit
    rf"\s*(?:[(（][{_HAN}A-Za-z0-9]{{2,12}}[)）]\s*)?"
)
# 林青(摘编): a writer's name with the work done in brackets (compiled, translated)
_COMPILED = re.compile(
    rf"\s*(?P<names>[{_HAN}]{{2,4}}(?:[、 ][{_HAN}]{{2,4}}){{0,2}})\s*[(（]\s*(摘编|编译|整理|综合报道)\s*[)）]\s*"
)
_SLASH = re.compile(
    rf"\s*(?P<name>[{_HAN}]{{2,4}})\s*/\s*(?P<outlet>[{_HAN}]{{2,12}}(日报|晚报|早报|时报|商报|周刊|青年报|新闻网|新闻|报|社|网))\s*"
)
_OUTLET_BYLINE = re.compile(
    rf"\s*(?P<outlet>[{_HAN}A-Za-z0-9]{{1,10}}?(?:新闻网|新闻|电视台|电台|日报|晚报|时报|报|网|社|台))"
    rf"\s*/\s*(?:记者\s*)?(?P<names>[{_HAN}]{{2,4}}(?:\s*、\s*[{_HAN}]{{2,4}})*)"
    rf"\s+(?:[{_HAN}]{{2,6}}?)?(?:报导|报道)\s*"
)
_CONTRIB = re.compile(
    rf"\s*[(（](实习生|通讯员|记者|见习记者)[{_HAN}、]{{2,12}}?(对此文亦有贡献|对本文亦有贡献|亦有贡献|对此文有贡献|参与采写)[)）]\s*"
)
# 文/某某社: an outlet credited where a writer's name would stand names the source
_OUTLET_WRITER = re.compile(
    rf"\s*(?:文|撰文|文字|图文)\s*/\s*(?P<s>[{_HAN}]{{2,10}}?(?:新闻网|日报|晚报|时报|通讯社|社|网|报))\s*"
)
# 本文系某某网独家稿件，未经授权，不得转载。: the outlet whose story this is
_OWN_STORY = re.compile(
    rf"\s*本文(?:系|为|是)(?P<s>[{_HAN}A-Za-z0-9]{{2,12}}?)(?:独家|原创|首发|特约)(?:稿件|稿|文章|内容)"
)
_SOURCE_TAG = re.compile(
    r"\s*\[(?P<s>[^\[\]]{2,20}?(新闻|新闻网|日报|时报|晚报|报|社|网|台|TV))\]\s*"
)
# 某某日报记者 Anna Lee / Tom Baker: reporters with Western names (two to four words each),
# separated by slashes or commas (a space alone separates the words of one name)
_WESTERN_NAME = r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3}"
_WESTERN_BYLINE = re.compile(
    rf"\s*(?P<org>[{_HAN}A-Za-z0-9]{{2,12}}?)?(?:特约记者|记者|撰稿人)\s*[:：]?\s*"
    rf"(?P<names>{_WESTERN_NAME}(?:\s*[/、,，&]\s*{_WESTERN_NAME}){{0,5}})\s*"
)
# 本文原刊于《某某周刊》，…: a reprint's note names the outlet the story comes from
_REPRINTED = re.compile(
    r"\s*[(（]?\s*本文(?:原刊|原载|原发|首发|首刊)(?:于|在)\s*《(?P<s>[^《》]{2,20}?)》"
)


# a photo credit on its own line: (本组图片 本网记者 张三 摄) / ■本期摄影:张三 李四 /
# 拍摄者:本报记者 张三 / 某某社发(张三 摄)
_PHOTO_CREDIT_LINE = re.compile(
    rf"\s*[■□●]?\s*(?P<open>[(（])?\s*"
    rf"(?P<label>(?:本组|本組)?(?:图片|圖片|照片)\s*|(?:本期)?(?:摄影|攝影)\s*[:：]\s*"
    rf"|(?:拍摄者|拍攝者|摄影者|攝影者|摄影记者|攝影記者)\s*[:：]\s*"
    rf"|[{_HAN}]{{2,6}}?发\s*(?P<open2>[(（])\s*)?"
    rf"(?:[{_HAN}]{{0,8}}?(?:记者|記者)\s*)?"
    rf"(?P<names>[{_HAN}]{{2,3}}(?:[ 、][{_HAN}]{{2,3}}){{0,3}})\s*"
    rf"(?P<shot>摄影|攝影|摄|攝)?\s*(?P<close>[)）])?\s*"
)


def _photo_credit_line(line: str, k: str) -> Optional[Credits]:
    """The photographers of a page's pictures, credited on a line of their own."""
    m = _PHOTO_CREDIT_LINE.fullmatch(k)
    if m is None:
        return None
    opened = bool(m.group("open") or m.group("open2"))
    if opened != bool(m.group("close")):
        return None  # unbalanced brackets
    label = m.group("label")
    if not label:
        return None  # (张三 摄) alone: the credit closing a photo's caption, body
    if not m.group("shot") and (
        "发" in label or label.strip().startswith(("图片", "圖片", "照片", "本组", "本組"))
    ):
        return None  # 某某社发(张三) / 图片 张三: no photographer's credit without 摄
    names = split_names(line[m.start("names") : m.end("names")], strict=True)
    if not names or not all(has_surname(n) for n in names):
        return None
    return Credits(authors=tuple((n, "摄") for n in names), labels=1, covered=True)


_LINE_ROLE = re.compile(r"(?:本报|本台|本刊|本网)?(?P<r>记者|通讯员|实习生|见习记者|特约记者)")


def _spaced_roles_line(line: str, k: str) -> Optional[Credits]:
    """A credit line of role words and names set apart by spaces, each role followed by
    its names (``本报记者 张三 实习生 李四``, ``本报记者 张三 本报通讯员 李四 摄``)."""
    toks = k.split()
    if not 3 <= len(toks) <= 10 or len(k) > 40 or not _LINE_ROLE.fullmatch(toks[0]):
        return None
    if toks[-1] in ("摄", "摄影"):
        toks = toks[:-1]
    authors: list[tuple[str, str]] = []
    role = ""
    fresh = False
    at = n_roles = 0
    for tok in toks:
        at = k.index(tok, at)
        r = _LINE_ROLE.fullmatch(tok)
        if r is not None:
            if fresh:
                return None  # a role with no name after it
            role, fresh = r.group("r"), True
            n_roles += 1
        elif 2 <= len(tok) <= 3 and _is_name(tok):  # the role word vouches for the name
            authors.append((line[at : at + len(tok)], role))
            fresh = False
        else:
            return None
        at += len(tok)
    if fresh or not authors:
        return None
    surnamed = sum(has_surname(n) for n, _ in authors)
    if surnamed < len(authors) and not (n_roles >= 2 and surnamed):
        return None  # a rare surname passes only among other credits (记者 今天 上午: prose)
    return Credits(authors=tuple(authors), labels=1, covered=True, author_labels=1)


def parse_simple_byline(line: str) -> Optional[Credits]:
    """Bylines without labels: ``张三 摄``, ``石佳/中国青年报``, ``[Newtalk新聞]``, contributions.

    >>> parse_simple_byline("石佳/中国青年报").authors
    (('石佳', '作者'),)
    """
    k = fold(line)
    if len(k) > 60:
        return None
    # 版权所有 请勿翻摄: a copyright notice ending in 摄 is no photographer's credit
    m = _PHOTO.fullmatch(k) if "版权" not in k and "请勿" not in k else None
    if m:
        names = split_names(line[m.start("names") : m.end("names")], strict=True)
        if names:
            return Credits(authors=tuple((n, "摄") for n in names), labels=1, covered=True)
    if "摄" in k or "攝" in k:
        pc = _photo_credit_line(line, k)
        if pc is not None:
            return pc
    m = _COMPILED.fullmatch(k)
    if m:
        names = split_names(line[m.start("names") : m.end("names")], strict=True)
        if names:
            role = m.group(2)
            return Credits(authors=tuple((n, role) for n in names), labels=1, covered=True)
    m = _SLASH.fullmatch(k)
    if m and _is_name(m.group("name")):
        # 某某集/某某报: a column's name over the paper, not a writer's: the paper alone
        named = has_surname(m.group("name"))
        return Credits(
            authors=((line[m.start("name") : m.end("name")], "作者"),) if named else (),
            source=line[m.start("outlet") : m.end("outlet")],
            labels=1,
            covered=True,
        )
    m = _OUTLET_BYLINE.fullmatch(k)
    if m:
        names = split_names(line[m.start("names") : m.end("names")], strict=True)
        if names:
            return Credits(
                authors=tuple((n, "记者") for n in names),
                source=line[m.start("outlet") : m.end("outlet")],
                labels=1,
                covered=True,
                author_labels=1,
            )
    if _CONTRIB.fullmatch(k):
        return Credits(labels=1, covered=True)
    spaced = _spaced_roles_line(line, k)
    if spaced is not None:
        return spaced
    m = _WESTERN_BYLINE.fullmatch(k)
    if m:
        names = re.split(r"\s*[/、,，&]\s*", line[m.start("names") : m.end("names")].strip())
        org = line[m.start("org") : m.end("org")] if m.group("org") else None
        return Credits(
            authors=tuple((n, "记者") for n in names),
            labels=1,
            covered=True,
            author_labels=1,
            org=org,
        )
    m = _SOURCE_TAG.fullmatch(k) or _OUTLET_WRITER.fullmatch(k)
    if m:
        return Credits(source=line[m.start("s") : m.end("s")], labels=1, covered=True)
    return None


def parse_own_story(line: str) -> Optional[Credits]:
    """A notice that names the outlet a story belongs to (its source).

    >>> parse_own_story("本文系某某网独家稿件，未经授权，不得转载。").source
    '某某网'
    """
    k = fold(line)
    m = _REPRINTED.match(k)
    if m is not None and len(line) <= 160:
        # 本文原刊于《某某周刊》，经授权转载。: the outlet of the original
        return Credits(source=line[m.start("s") : m.end("s")], labels=1, covered=True)
    m = _OWN_STORY.match(k)
    if m is None or len(line) > 80:
        return None
    return Credits(source=line[m.start("s") : m.end("s")], labels=1, covered=True)


# (the label needs a colon, a space or an opening quote after it: 原标题中的错误已更正 is
# an article's sentence)
_ORIG_TITLE = re.compile(
    r"\s*[(（【\[]?\s*(?:原题为|(?:原标题|原题|原文标题)(?:\s*[:：】\]]|\s|(?=[《“「\"『])))"
    r"\s*(?P<t>.+?)\s*[)）】\]]?\s*$"
)


_SENTENCE_AFTER_TITLE = re.compile(r"[。，！？,!?；;]")


def parse_original_title(line: str) -> Optional[str]:
    """The title in ``原标题：…`` / ``（原题为《…》）``, or None.

    >>> parse_original_title("（原题为《是“收割韭菜”还是“回归理性”》）")
    '是“收割韭菜”还是“回归理性”'
    """
    k = fold(line)
    m = _ORIG_TITLE.fullmatch(k)
    if not m:
        return None
    s, e = m.start("t"), m.end("t")
    t = line[s:e]
    if (
        ":" not in k[: m.start("t")]
        and t.startswith("《")
        and _SENTENCE_AFTER_TITLE.search(t[t.find("》") + 1 :])
    ):
        return None  # 原题为《某某》的文章引发关注。: a sentence about a title
    if t.startswith("《") and t.endswith("》") and "》" not in t[1:-1]:
        t = t[1:-1]
    t = squash(t.replace("\u00a0", " ").replace("\u3000", " "))
    return t or None


@dataclass(frozen=True)
class PrintEditionMatch:
    """A print-edition credit: paper name (None when the line does not name it), date, page.

    ``end`` is where the credit ends in the line (other credits may follow it).
    """

    paper: Optional[str]
    date: Optional[DateMatch]
    page: Optional[str]
    end: int = 0
    #: an e-paper's page header (``第4版:要闻``), which names no paper
    header: bool = False


_PAPER_BARE = (
    # (1990年3月10日人民日报 第5版: the date before the paper is no part of its name)
    r"(?!(?:19|20)\d\d\s?[年\-/.])"
    rf"[{_HAN}A-Za-z0-9·]{{1,12}}?"
    r"(?:日报|晚报|早报|晨报|时报|商报|周报|青年报|导报|都市报|周刊|日刊|画报|报)"
)
_PAPER = rf"(?:《\s*(?P<paper>[^《》]{{2,20}}?)\s*》|(?P<bare>{_PAPER_BARE}))"
_PDATE = (
    r"(?P<date>(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?"
    r"|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})(?:\s*(?:星期|周)[一二三四五六日天])?)"
)
_PAGE = r"(?:第\s*)?(?P<page>[A-Za-z]{1,2}\s*\d{1,3}|\d{1,3}|[A-Za-z]{1,2})\s*版"
# 刊登于 and its kin say "printed in"; 来源/稿源 only name where the text came from
_PRINTED = r"(?:本文)?(?:刊登于|刊发于|刊于|原载于|原载|载于|见于|首发于|原刊于|首刊于)"
_LEAD = rf"(?:(?P<printed>{_PRINTED})|(?:本文来源|来源|稿源|出处)\s*:)"
_OPEN = r"\s*[(\[【]?\s*"
_CLOSE = r"\s*[)\]】]?\s*"
_PRINT_FORMS = (
    # 《 人民日报 》( 2020年07月03日 05 版) / 来源：解放日报 2020-07-03 第2版
    re.compile(
        rf"{_OPEN}(?:{_LEAD}\s*)?{_PAPER}\s*[,，]?\s*[(]?\s*(?:{_PDATE}\s*[,，]?\s*)?"
        rf"(?:{_PAGE})?\s*[)]?{_CLOSE}"
    ),
    # （刊於2020年7月3日 澳門日報 A3版）
    re.compile(rf"{_OPEN}(?:{_LEAD}\s*)?{_PDATE}\s*[,，]?\s*{_PAPER}\s*(?:{_PAGE})?{_CLOSE}"),
)
# an e-paper's page header: 第4版:要闻 / 1886期 / 第2版:2 / 5:综合 总第44期 >2011-12-08编印
_PAGE_HEADS = (
    re.compile(
        r"\s*(?:总?第?\s*\d{1,5}\s*期\s*[/>|]\s*)?第\s*(?P<page>[A-Za-z]{0,2}\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[:：]\s*"
        r"[^\s:：。,，]{1,12}(?: [^\s:：。,，]{1,4})?\s*"
        r"(?:(?:上一版|下一版|[Pp][Dd][Ff]版?阅读|[Pp][Dd][Ff]|版面导航|标题导航)\s*){0,3}"
    ),
    # 当前版:04版 上一版 下一版 / 2020年10月23日 第A03版 / A03版: the page alone
    re.compile(
        rf"\s*(?:(?:当前版\s*[:：]|{_PDATE})\s*第?\s*(?P<page>[A-Za-z]{{0,2}}\d{{1,3}})"
        r"|第?\s*(?P<page2>[A-Za-z]{1,2}\d{1,3}))\s*版"
        r"\s*(?:(?:上一版|下一版)\s*){0,2}"
    ),
    re.compile(
        rf"\s*(?P<page>[A-Za-z]{{0,2}}\d{{1,2}})\s*:\s*[{_HAN}*·]{{2,10}}?\s*总第\s*\d{{1,5}}\s*期\s*>?\s*"
        rf"{_PDATE}\s*(?:编印|出版)?\s*"
    ),
    # 2023/02/11 第8072期 | 订阅/退订 | 看历史报份: a newsletter's issue
    re.compile(rf"\s*{_PDATE}\s*第\s*\d{{1,5}}\s*期\s*(?:\|[^|]{{1,16}}){{0,3}}"),
)
# 当前报章2022年02月16日: the issue on a paper's own site (the site names the paper)
_ISSUE = re.compile(
    rf"\s*(?:当前|本期|今日|当期|今天)\s*(?:报章|报纸|报刊|版面)\s*:?\s*{_PDATE}\s*"
)


def parse_print_edition(line: str) -> Optional[PrintEditionMatch]:
    """Parse a print-edition credit (paper, date, page) such as ``《 人民日报 》( 2020年07月03日 05 版)``.

    Also ``本文刊登于《XX日报》2020年7月3日A4版``, ``（刊於2020年7月3日 澳門日報 A3版）``,
    ``来源：解放日报 2020-07-03 第2版`` and a paper site's ``当前报章2022年02月16日`` (no
    paper named). A page number, or a "printed in" word with a date, is required.

    >>> p = parse_print_edition("《 人民日报 》( 2020年07月03日 05 版)")
    >>> (p.paper, p.date.value().isoformat(), p.page)
    ('人民日报', '2020-07-03', '05')
    >>> parse_print_edition("来源：人民日报") is None
    True
    """
    require_str(line, "parse_print_edition")
    if len(line) > 160:
        return None
    k = fold(line)
    if (
        "版" not in k
        and "刊" not in k
        and "载" not in k
        and "报章" not in k
        and "报纸" not in k
        and "首发" not in k
        and "期" not in k
    ):
        return None
    for head in _PAGE_HEADS:
        mh = head.fullmatch(k)
        if mh is not None:
            hd = None
            if "date" in mh.groupdict() and mh.group("date"):
                found = find_dates(line[mh.start("date") : mh.end("date")], yearless=False)
                hd = found[0] if found else None
            page = mh.group("page") if "page" in mh.groupdict() else None
            page = page or (mh.group("page2") if "page2" in mh.groupdict() else None)
            if page and page[0] in "一二三四五六七八九十":
                page = str(cn_number(page))  # 第三版: the page written in Chinese numerals
            return PrintEditionMatch(None, hd, page, mh.end(), header=True)
    m = _ISSUE.fullmatch(k)
    if m:
        dates = find_dates(line[m.start("date") : m.end("date")], yearless=False)
        return PrintEditionMatch(None, dates[0], None, m.end()) if dates else None
    for pat in _PRINT_FORMS:
        m = pat.match(k)
        if m is None:
            continue
        page = m.group("page")
        if page is None and not (m.group("printed") and m.group("date")):
            continue
        rest = k[m.end() :]
        if rest.strip() and parse_credits(line[m.end() :]) is None:
            continue
        dm: Optional[DateMatch] = None
        if m.group("date"):
            dates = find_dates(line[m.start("date") : m.end("date")], yearless=False)
            if not dates:
                continue
            dm = dates[0]
        g = "paper" if m.group("paper") else "bare"
        paper = line[m.start(g) : m.end(g)].strip()
        return PrintEditionMatch(paper, dm, page.replace(" ", "") if page else None, m.end())
    return None


_PRINT_TAG = re.compile(rf"\s*[【\[]\s*(?P<paper>{_PAPER_BARE})专讯\s*[】\]]")


def parse_print_tag(paragraph: str) -> Optional[str]:
    """The paper of a print story's opening tag (``【明報專訊】``), or None.

    >>> parse_print_tag("【明報專訊】市建局昨日宣布……")
    '明報'
    """
    require_str(paragraph, "parse_print_tag")
    head = paragraph[:40]
    m = _PRINT_TAG.match(fold(head))
    return head[m.start("paper") : m.end("paper")] if m else None


_HEAD_BYLINE = re.compile(
    rf"\s*[【\[]\s*(?:[{_HAN}A-Za-z0-9]{{2,12}}?(?:报道|报导)\s*)?[{_HAN}]{{0,12}}?记者\s*"
    rf"(?P<names>[{_HAN}][{_HAN}、 ]{{1,30}}?)\s*[】\]]"
)


# （某地）（本报记者张三报道）: a place in brackets, then the paper's reporter
_PAREN_BYLINE = re.compile(
    rf"\s*(?:[(（]\s*[{_HAN}]{{2,8}}\s*[)）]\s*)?[(（]\s*(?:本报|本刊|本台|本网)?(?:特派|特约|驻[{_HAN}]{{2,6}})?(?:记者|通讯员)\s*"
    rf"(?P<names>[{_HAN}][{_HAN}、 ]{{1,20}}?)\s*(?:报道|报导)?\s*[)）]"
)


# (文/张三)正文……: the writer credited in brackets before the first sentence
_PAREN_WRITER = re.compile(
    rf"\s*[(（]\s*(?:文|撰文|作者|文字)\s*[/:|]\s*(?P<names>[{_HAN}][{_HAN}、 ]{{1,12}}?)\s*[)）]"
)
_PHOTO_LEAD = re.compile(rf"\s*(?:照片|图片|相片)为?[{_HAN}]{{0,12}}?(?:拍摄|提供)\s+(?=[【\[])")


# 某某热线消息(记者 张三) / 某某网讯（通讯员 李四）: an outlet's lead naming its reporters
# (and 某某报道(全媒体记者:张三): a county outlet's app, its desk's reporter after a colon)
_NEWS_LEAD_BYLINE = re.compile(
    rf"\s*(?!据)[{_HAN}A-Za-z0-9]{{2,16}}?(?:讯|消息|訊|报道)\s*[(（]\s*(?:本报|本台|本网|本刊)?"
    rf"(?:全媒体|融媒体)?(?:记者|通讯员)\s*:?\s*(?P<names>[{_HAN}][{_HAN}、 ]{{1,20}}?)\s*(?:报道|报导)?\s*[)）]"
)
# 来源:某某日报 记者 张三 李四 通讯员 王五 2月13日,……: the source and the byline glued
# to the first sentence, names spaced apart (read by :func:`_spaced_credit`)
_GLUED_SOURCE = re.compile(rf"\s*来源\s*[:：]\s*(?P<src>[{_HAN}A-Za-z0-9·]{{2,16}})\s+")
_CREDIT_ROLE = re.compile(r"(?:本报|本台|本网|本刊)?(?:记者|記者|通讯员|通訊員|实习生)")


def parse_glued_source_byline(paragraph: str) -> Optional[tuple[str, tuple[str, ...]]]:
    """The source and the reporters opening a paragraph before its first sentence.

    >>> parse_glued_source_byline("来源:某某日报 记者 张三 李四 通讯员 王五 3月1日,某地……")
    ('某某日报', ('张三', '李四', '王五'))
    """
    require_str(paragraph, "parse_glued_source_byline")
    head = paragraph[:120]
    k = fold(head)
    m = _GLUED_SOURCE.match(k)
    if m is None:
        return None
    spaced = _spaced_credit(head, k, m.end(), _CREDIT_ROLE)
    if spaced is None:
        return None
    return head[m.start("src") : m.end("src")], spaced[0]


def parse_head_byline(paragraph: str) -> tuple[str, ...]:
    """Reporters named in a bracketed byline opening a paragraph (``【环球网报道 记者 张三】``).

    >>> parse_head_byline("【环球网报道 记者 张三 李四】据报道……")
    ('张三', '李四')
    >>> parse_head_byline("（某市）（本报记者王五报道）昨日……")
    ('王五',)
    """
    require_str(paragraph, "parse_head_byline")
    head = paragraph[:80]
    k = fold(head)
    # 照片为记者张三拍摄 【某某网记者张三报导】: a photo credit before the byline
    pm = _PHOTO_LEAD.match(k)
    at = pm.end() if pm is not None else 0
    rp = _REPORTER_PLACE_LEAD.match(k, at)
    if rp is not None and rp.group("open"):
        # 【记者张三南投报导】: the place after the name is no part of it
        rp_names = _surnamed(head[rp.start("names") : rp.end("names")])
        if rp_names:
            return rp_names
    m = (
        _HEAD_BYLINE.match(k, at)
        or _PAREN_BYLINE.match(k, at)
        or (_PAREN_WRITER.match(k) if at == 0 else None)
    )
    if not m and at == 0:
        ml = _NEWS_LEAD_BYLINE.match(k)
        if ml is not None:
            # (记者 张三 通讯员 李四): each role's names
            found: list[str] = []
            for part in _CREDIT_ROLE.split(head[ml.start("names") : ml.end("names")]):
                found.extend(split_names(part, strict=True))
            return tuple(found)
    if not m:
        return ()
    # (记者 张三 通讯员 李四): each role's names
    named: list[str] = []
    for part in _CREDIT_ROLE.split(head[m.start("names") : m.end("names")]):
        named.extend(split_names(part, strict=True))
    return tuple(named)


@dataclass(frozen=True)
class DatelineMatch:
    """An agency dateline at the head of a paragraph."""

    agency: Optional[str]
    place: Optional[str]
    date_text: Optional[str]
    date: Optional[DateMatch]
    reporters: tuple[str, ...]
    end: int


_DL_DATE = (
    r"(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|\d{1,2} ?月 ?\d{1,2} ?日|\d{1,2}日"
    r"|(?:十[一二]?|[一二三四五六七八九])月(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日"
    r"|(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日)"
)
# 张三(试用) / 李四（见习）: a trainee's note after a name in the list, no name itself
_NAME_NOTE = re.compile(r"[(（](?:试用|实习|见习|实习生)[)）]")
_REPORTERS = re.compile(
    rf"\s*[(（]\s*(?:[{_HAN}·]{{0,10}}?(?:记者|通讯员|特约记者)\s*)"
    rf"(?P<names>(?:[^()（）]|{_NAME_NOTE.pattern}){{2,40}}?)\s*[)）]"
)

# (张三 李四 记者 王五): co-writers named before the role word, all inside the brackets
_ROLE_INSIDE = re.compile(r"\s*[(（]\s*(?P<names>[^()（）]{4,40}?)\s*[)）]")

# (刘祺) / ( 娄今妍 王小明 ): names alone in the brackets after a dated lead
# 据某某晚报报道(记者 张三): the paper a lead cites, before its reporters' brackets
_VIA_REPORT = re.compile(rf"\s*据[{_HAN}A-Za-z0-9·]{{2,12}}?(?:报道|报导)\s*(?=[(（])")

_BARE_REPORTERS = re.compile(
    rf"\s*[(（]\s*(?P<names>[{_HAN}]{{2,4}}(?:\s*[、 ]\s*(?!报道|报导)[{_HAN}]{{2,4}}){{0,3}})"
    # (张三 李四 报道): the names, then the word for their report
    r"(?:\s+(?:报道|报导))?\s*[)）]"
)

# （某报记者王小明洛杉矶报导）: a reporter (two or three characters) then the place
_REPORTERS_PLACE = re.compile(
    rf"\s*[(（]\s*[{_HAN}]{{0,8}}?记者\s*(?P<names>[{_HAN}]{{2,3}}(?:、[{_HAN}]{{2,3}})*)"
    rf"(?!综合|整合|编译|整理|采写)(?P<place>[{_HAN}]{{2,6}}?)(?<!综合|整合|编译|整理|采写)(?:报导|报道)\s*[)）]"
)


# a letter-spaced lead (大 西 北 网 讯 (记者…)): single characters set apart by spaces
_SPACED_LEAD = re.compile(rf"\s*(?:[{_HAN}][ \u3000\u00a0]){{3,}}[{_HAN}](?![{_HAN}])")


_AGENCY_SLASH = re.compile(
    rf"\s*([{_HAN}]{{1,6}}社)\s*[／/]\s*(?=[{_HAN}]{{2,8}}\s*(?:\d{{1,2}}月)?\d{{1,2}}日\s*[電电])"
)


# 中新网 香港12月19日电: a space between the agency and the place
_AGENCY_SPACE = re.compile(
    rf"\s*([{_HAN}]{{1,6}}(?:社|网|網))[ \u3000\u00a0]+"
    rf"(?=(?:[{_HAN}]{{2,6}}(?:\d{{1,2}}月)?|\d{{1,2}}月)\d{{1,2}}日\s*[電电讯訊])"
)  # (中新网 3月25日电: the space may stand before the date, with no place)


# 《某某报》、某某网 记者张三 通讯员李四 报道:…: outlets, their reporters, then 报道:
_OUTLET_BYLINE_LEAD = re.compile(
    rf"\s*(?:《[{_HAN}]{{2,10}}》\s?[、,，]\s?)?"
    rf"(?P<agency>[{_HAN}]{{2,10}}?(?:日报|晚报|报|网|新闻|客户端))\s"
    rf"(?P<names>(?:(?:记者|通讯员)\s?[{_HAN}]{{2,4}}\s){{1,4}})报道\s?[:：]"
)


def _unspaced_lead(head: str) -> str:
    """``head`` without reading notes, and with a letter-spaced opening closed up."""
    if "(" in head:
        head = PINYIN_NOTE.sub("", head)
    if "／" in head[:12] or "/" in head[:12]:
        ms = _AGENCY_SLASH.match(head)
        if ms is not None:
            head = ms.group(1) + head[ms.end() :]  # 中央社／ 台北10日電: no slash in the lead
    ms = _AGENCY_SPACE.match(head)
    if ms is not None:
        head = ms.group(1) + head[ms.end() :]
    m = _SPACED_LEAD.match(head)
    if m is None:
        return head
    return re.sub(r"[ \u3000\u00a0]", "", head[: m.end()]) + head[m.end() :]


def parse_dateline(paragraph: str, agencies: Sequence[str] = ()) -> Optional[DatelineMatch]:
    """An agency dateline (``新华社北京7月3日电（记者 张三、李四）``) at the start of a paragraph.

    >>> d = parse_dateline("新华社北京7月3日电（记者 张三、李四）今天……", ["新华社"])
    >>> (d.agency, d.place, d.date_text, d.reporters)
    ('新华社', '北京', '7月3日', ('张三', '李四'))
    >>> parse_dateline("(中央社記者張三台北3日電)台灣……", ["中央社"]).place
    '台北'
    """
    require_str(paragraph, "parse_dateline")
    head = _unspaced_lead(paragraph[:160])
    k = fold(head)
    if (
        "电" not in k
        and "讯" not in k
        and "报导" not in k
        and "报道" not in k
        and "消息" not in k
        and not (k.lstrip()[:1] in "【[〔" and "/" in k[:30])  # 【记者张三/台北】
        and " - " not in k
    ):
        return None  # each of the patterns below needs one of these
    p_wire, p_main, p_ltn, p_xun, p_tag, p_news, p_place, p_xun2, p_dated, p_nodate = (
        _dateline_patterns(tuple(agencies))
    )
    # (中央社記者張三台北3日電), also after an outlet's own tag (【某报3月2日报导】(中央社…电))
    m = p_wire.match(k)
    if m is None and (bt := _TAG_THEN_WIRE.match(k)) is not None:
        m = p_wire.match(k, bt.end())
    if m:
        names = _names_of(head, m)
        return DatelineMatch(
            head[m.start("agency") : m.end("agency")],
            head[m.start("place") : m.end("place")],
            head[m.start("date") : m.end("date")],
            _date_of(head[m.start("date") : m.end("date")]),
            names,
            m.end(),
        )
    m = p_main.match(k)
    if m and m.group("news_end") and k[: m.start("agency")].rstrip(" (（【[").endswith("据"):
        m = None  # 据某某网北京3月9日消息(记者 张三): a report quoted, not the page's lead
    if m:
        end = m.end()
        reporters: tuple[str, ...] = ()
        place = head[m.start("place") : m.end("place")] if m.group("place") else None
        if place is None and m.group("place2"):
            place = head[m.start("place2") : m.end("place2")]
        via = _VIA_REPORT.match(k, end)
        if via is not None and _REPORTERS.match(k, via.end()):
            # 某某网5月10日讯 据某某晚报报道(记者 张三): the reporters after the paper cited
            end = via.end()
        rp = _REPORTERS_PLACE.match(k, end)
        r = None if rp else _REPORTERS.match(k, end)
        if rp:
            # 【某报2020年07月17日讯】（某报记者王小明洛杉矶报导）: reporters and the place
            reporters = _names_of(head, rp)
            place = place or head[rp.start("place") : rp.end("place")]
            end = rp.end()
        elif r:
            reporters = _reporter_names(head, k, r.start("names"), r.end("names"))
            end = r.end()
        elif (lt := p_ltn.match(k, end)) is not None and lt.group("agency"):
            # 【某某6月18日讯】〔某某时报记者张三/某地报导〕: a reprint's lead over the
            # original outlet's credit; its reporter is an author (its place is not the lead's)
            reporters = _names_of(head, lt)
            end = lt.end()
        elif (
            (ri := _ROLE_INSIDE.match(k, end)) is not None
            and _INNER_ROLES.search(k, ri.start("names"), ri.end("names")) is not None
            and (inside := _names_around_roles(head, k, ri.start("names"), ri.end("names")))
        ):
            # 某某网9月1日讯(张三 李四 记者 王五): names on both sides of the role word
            reporters, end = inside, ri.end()
        elif (b := _BARE_REPORTERS.match(k, end)) is not None:
            # 人民网威海9月16日电(刘祺): the reporters' names alone in the brackets
            alone = _surnamed(head[b.start("names") : b.end("names")])
            if alone:
                reporters, end = alone, b.end()
        dt = head[m.start("date") : m.end("date")]
        return DatelineMatch(
            head[m.start("agency") : m.end("agency")], place, dt, _date_of(dt), reporters, end
        )
    # leads without place or date count when they name reporters:
    # 新京报讯（记者 张三）, 【大公報訊】記者張三報道：, 央视网消息（记者 张三）：
    # (央视网消息（新闻联播）： names a programme, not a reporter)
    m = p_xun.match(k)
    r = _REPORTERS.match(k, m.end()) if m else None
    if m and r:
        return _agency_lead(head, k, m, r.start("names"), r.end("names"), r.end())
    b = _BRACKET_CREDIT.match(k, m.end()) if m else None
    if m and b:
        # 本网讯(张三 通讯员 李四): names (and role words) alone in the brackets
        chars = list(head[b.start("names") : b.end("names")])
        for roles in (_INNER_ROLES, _SLASHED_ROLES):
            for mr in roles.finditer(k, b.start("names"), b.end("names")):
                for ci in range(mr.start() - b.start("names"), mr.end() - b.start("names")):
                    chars[ci] = " "
        # 本网讯(文/某某中心 图/张三): a desk credited for the words is no person
        words = [w for w in "".join(chars).split() if not _DESK_VALUE.fullmatch(fold(w))]
        alone = _surnamed(" ".join(words))
        if alone:
            agency = head[m.start("agency") : m.end("agency")]
            return DatelineMatch(agency, None, None, None, alone, b.end())
    m = p_tag.match(k) or p_xun2.match(k)
    if m and m.group("names"):
        return _agency_lead(head, k, m, m.start("names"), m.end("names"), m.end())
    m = _OUTLET_BYLINE_LEAD.match(k) if "报道" in k[:60] else None
    if m:
        # 某某网 通讯员张三 报道:…: an outlet's reporters, then 报道 and a colon (no 讯)
        found = _reporter_names(head, k, m.start("names"), m.end("names"))
        if found and all(_is_name(x) and has_surname(x) for x in found):
            agency = head[m.start("agency") : m.end("agency")]
            return DatelineMatch(agency, None, None, None, found, m.end())
    m = _XUN_SPACED.match(k)
    if m:
        # 本报讯 记者 张三 通讯员 李四 过去几天,…: role words and names set apart by
        # spaces, no brackets; the first word that is neither ends the credit
        spaced = _spaced_credit(head, k, m.end())
        if spaced is not None:
            agency = head[m.start("agency") : m.end("agency")]
            return DatelineMatch(agency, None, None, None, spaced[0], spaced[1])
    m = p_news.match(k)
    r = _REPORTERS.match(k, m.start("paren")) if m and m.group("paren") else None
    if m and r:
        return _agency_lead(head, k, m, r.start("names"), r.end("names"), m.end())
    # （吉隆坡5日訊）: place and date, no agency written
    m = p_place.match(k)
    if m:
        dt = head[m.start("date") : m.end("date")]
        return DatelineMatch(
            None, head[m.start("place") : m.end("place")], dt, _date_of(dt), (), m.end()
        )
    # 【台北讯】: a place's tag (no outlet: 【本报讯】, 【某报专讯】 are credits)
    m = _PLACE_TAG.match(k)
    if m and not m.group("place").endswith((*_NOT_PLACE_END, "专")):
        place = head[m.start("place") : m.end("place")]
        return DatelineMatch(None, place, None, None, (), m.end())
    # 【记者张三台中报导】 / 记者张三重庆报道 …: reporter and place, no slash between
    m = _REPORTER_PLACE_LEAD.match(k)
    if m:
        names = _surnamed(head[m.start("names") : m.end("names")])
        if names:
            return DatelineMatch(
                None, head[m.start("place") : m.end("place")], None, None, names, m.end()
            )
    # 腾讯体育3月5日讯 / IT之家 3 月 5 日消息: an outlet (not a known agency) and a date
    m = p_dated.match(k)
    r = _REPORTERS.match(k, m.end()) if m and m.group("agency2") else None
    if m and m.group("agency2") and r is None and k[m.end() : m.end() + 1] in "(（":
        m = None  # 某某网讯9月27日(图): no reporters in the brackets
    if m and m.group("agency2"):
        # 某某网讯 11月19日,…: the date follows 讯 (the event's day): the outlet's credit only,
        # though the reporters in brackets after it (某某网讯9月27日(通讯员 张三)) are authors
        return DatelineMatch(
            head[m.start("agency2") : m.end("agency2")],
            None,
            None,
            None,
            _reporter_names(head, k, r.start("names"), r.end("names")) if r else (),
            r.end() if r else m.end(),
        )
    if m:
        dt = head[m.start("date") : m.end("date")]
        rp = _REPORTERS_PLACE.match(k, m.end())
        if rp:
            return DatelineMatch(
                head[m.start("agency") : m.end("agency")].strip(),
                head[rp.start("place") : rp.end("place")],
                dt,
                _date_of(dt),
                _names_of(head, rp),
                rp.end(),
            )
        lt = p_ltn.match(k, m.end())
        if lt is not None and lt.group("agency"):
            # 【某某6月18日讯】〔某某时报记者张三/某地报导〕: the original outlet's reporter
            return DatelineMatch(
                head[m.start("agency") : m.end("agency")].strip(),
                None,
                dt,
                _date_of(dt),
                _names_of(head, lt),
                lt.end(),
            )
        r = _REPORTERS.match(k, m.end())
        if r is not None:
            # 某某在线11月13日讯(通讯员 张三 李四): the reporters in brackets after the lead
            return DatelineMatch(
                head[m.start("agency") : m.end("agency")].strip(),
                None,
                dt,
                _date_of(dt),
                _reporter_names(head, k, r.start("names"), r.end("names")),
                r.end(),
            )
        return DatelineMatch(
            head[m.start("agency") : m.end("agency")].strip(), None, dt, _date_of(dt), (), m.end()
        )
    # 【本报曼谷讯】 / 新华社北京电: a known agency and a place, no date
    m = p_nodate.match(k)
    if m:
        end = m.end()
        reporters = ()
        r = _REPORTERS.match(k, end)
        if r:
            reporters = _reporter_names(head, k, r.start("names"), r.end("names"))
            end = r.end()
        return DatelineMatch(
            head[m.start("agency") : m.end("agency")],
            head[m.start("place") : m.end("place")],
            None,
            None,
            reporters,
            end,
        )
    # 某某网消息  6月6日上午…: an outlet's lead before the day's date (the event's date)
    m = _NEWS_BEFORE_DATE.match(k)
    if m and re.fullmatch(_ag_alt(tuple(agencies)), m.group("agency")):
        return DatelineMatch(
            head[m.start("agency") : m.end("agency")], None, None, None, (), m.end()
        )
    # 【某某传媒校园记者张三报导】: an outlet's reporter in brackets (after a photo credit)
    pm = _PHOTO_LEAD.match(k)
    m = _BRACKET_REPORTER.match(k, pm.end() if pm is not None else 0)
    if m:
        names = _names_of(head, m, strict=True)
        if names:
            return DatelineMatch(
                head[m.start("agency") : m.end("agency")], None, None, None, names, m.end()
            )
    # 某地讯 10月20日,…: a place's lead (no outlet named), then the event's date
    m = _PLACE_XUN.match(k)
    if m and not m.group("place").endswith(_NOT_PLACE_END):
        return DatelineMatch(None, head[m.start("place") : m.end("place")], None, None, (), m.end())
    # 某地讯(张三)3月15日,…: a place's lead, the reporter's name alone in brackets
    m = _PLACE_XUN_NAMED.match(k)
    if m and not m.group("place").endswith(_NOT_PLACE_END):
        b = _BARE_REPORTERS.match(k, m.end())
        alone = _surnamed(head[b.start("names") : b.end("names")]) if b is not None else ()
        if b is not None and alone:
            return DatelineMatch(
                None, head[m.start("place") : m.end("place")], None, None, alone, b.end()
            )
    # 【記者張三／台北報導】 (【記者張三／綜合報導】: a credit, no place)
    m = p_ltn.match(k)
    if m:
        ltn_place: Optional[str] = head[m.start("place") : m.end("place")]
        if re.fullmatch(_NOT_REPORT_PLACE, m.group("place")):
            ltn_place = None
        return DatelineMatch(
            head[m.start("agency") : m.end("agency")] if m.group("agency") else None,
            ltn_place,
            None,
            None,
            _names_of(head, m),
            m.end(),
        )
    # 【某某傳媒/張三/台中報導】: the outlet, the reporter's name and the place set apart by
    # slashes, no 記者 (two outlets joined by 、 name no one agency)
    m = _SLASH_REPORT.match(k) if "/" in k[:40] else None
    if m and not re.fullmatch(_NOT_REPORT_PLACE, m.group("place")):
        names = _surnamed(head[m.start("names") : m.end("names")])
        if len(names) == 1:
            slash_agency: Optional[str] = head[m.start("agency") : m.end("agency")]
            if slash_agency is not None and "、" in slash_agency:
                slash_agency = None
            return DatelineMatch(
                slash_agency, head[m.start("place") : m.end("place")], None, None, names, m.end()
            )
    p_slash = _lead_patterns(tuple(agencies))
    # 某某传媒記者張三/台北報導: an outlet's reporter and the place, a line of its own
    m = p_slash.match(k)
    if m:
        names = _names_of(head, m, strict=True)
        if names:
            return DatelineMatch(
                head[m.start("agency") : m.end("agency")],
                head[m.start("place") : m.end("place")],
                None,
                None,
                names,
                m.end(),
            )
    # (某某网讯 with neither date, place nor reporter is no dateline: 新浪财经讯 9月9日消息)
    return None


@lru_cache(maxsize=16)
def _lead_patterns(agencies: tuple[str, ...]) -> re.Pattern[str]:
    """The outlet-reporter line (某某传媒记者张三/台北报导)."""
    ag = "|".join(re.escape(fold(a)) for a in sorted(agencies, key=len, reverse=True))
    outlet = (
        (ag + "|" if ag else "")
        + rf"[{_HAN}A-Za-z0-9]{{1,10}}?"
        + r"(?:日报|晚报|早报|时报|报|网|社|新闻网|融媒体中心|传媒|电视台)"
    )
    slash = re.compile(
        rf"\s*(?!据|另据|又据)(?P<agency>{outlet})记者\s*(?P<names>[{_HAN}]{{2,4}}(?:[、 ][{_HAN}]{{2,4}}){{0,3}})"
        rf"\s*/\s*(?P<place>[{_HAN}]{{2,6}}?)(?:即时)?报导\s*$"
    )
    return slash


# 文/ 图/ 摄: a role word that takes a slash or a colon before the name
_SLASHED_ROLES = re.compile(r"(?:文字|文|图片|图|摄影|摄)\s*[/:]")
_XUN_SPACED = re.compile(
    rf"\s*(?P<agency>本报|本网|本刊|本台|[{_HAN}]{{2,10}}?(?:日报|晚报|早报|时报|报|网|台))讯\s+(?=[{_HAN}]{{0,4}}(?:记者|通讯员|实习生))"
)
_SPACED_ROLE_WORD = re.compile(rf"[{_HAN}]{{0,4}}?(?:记者|通讯员|实习生)")


def _spaced_credit(
    head: str, k: str, at: int, role: re.Pattern[str] = _SPACED_ROLE_WORD
) -> Optional[tuple[tuple[str, ...], int]]:
    """Names after role words (``role``), all set apart by spaces, from ``at`` (in the
    folded ``k`` of ``head``) to the first other word.

    Returns the names and where the credit ends, or None unless every name opens with a
    surname, at least one name is given, and words follow the credit on the line.
    """
    names: list[str] = []
    pos = at
    roles = 0
    for tok in re.finditer(r"\S+", k[at : at + 80]):
        word = tok.group(0)
        start = at + tok.start()
        if role.fullmatch(word):
            roles += 1
        elif 2 <= len(word) <= 3 and has_surname(word) and _is_name(word) and roles:
            names.append(head[start : start + len(word)])
        else:
            if not names or pos == at:
                return None
            return tuple(names), pos
        pos = at + tok.end()
    return None


_BRACKET_REPORTER = re.compile(
    rf"\s*[【\[]\s*(?P<agency>[{_HAN}A-Za-z0-9]{{1,10}}?"
    r"(?:日报|晚报|早报|时报|报|网|社|新闻|客户端|传媒|电视台))"
    # (【某传媒/记者张三报导】: a slash between the outlet and its reporter)
    rf"(?:\s?/\s?)?[{_HAN}]{{0,4}}?记者\s*(?P<names>[{_HAN}]{{2,4}}(?:[、 ][{_HAN}]{{2,4}})*?)\s*(?:报道|报导)\s*[】\]]"
)
_TAG_THEN_WIRE = re.compile(r"\s*[【\[][^【】\[\]]{1,20}[】\]]\s*(?=[(（])")
_PLACE_TAG = re.compile(
    rf"\s*[【\[]\s*(?!本报|本刊|本网|本台)(?P<place>[{_HAN}]{{2,4}})讯\s*[】\]]"
)
_NOT_REPORT_PLACE = (
    "综合|整合|编译|整理|采写|连线|专访|独家|核实|采访|调查|追踪|跟踪|现场|联合|摄影|图文|视频|文字"
)
_REPORTER_PLACE_LEAD = re.compile(
    rf"\s*(?P<open>[【\[〔])?\s*(?:本报|本刊|本台|本网)?(?:特约|见习|实习|首席)?记者\s*(?P<names>[{_HAN}]{{3}}|[{_HAN}]{{2}})\s*"
    rf"(?!{_NOT_REPORT_PLACE})(?P<place>[{_HAN}]{{2,6}}?)(?<!{_NOT_REPORT_PLACE})(?:即时)?(?:报导|报道)"
    r"\s*(?(open)[】\]〕]|(?=[\s:：]))"
)
_OUTLET_WORD = rf"[{_HAN}A-Za-z0-9]{{1,10}}?(?:日报|晚报|早报|时报|报|网|社|新闻|传媒|电视台|广电)"
_SLASH_REPORT = re.compile(
    rf"\s*[【\[〔]\s*(?P<agency>{_OUTLET_WORD}(?:、{_OUTLET_WORD})?)\s?/\s?"
    rf"(?P<names>[{_HAN}]{{2,4}})\s?/\s?(?P<place>[{_HAN}]{{2,6}}?)\s?(?:即时)?报导\s*[】\]〕]"
)
_POSTFIX_PART = re.compile(rf"(?P<name>[{_HAN}]{{2,4}})\s?/\s?(?P<role>文图|图文|文|图|摄)")
_POSTFIX_ROLES = re.compile(
    rf"\s*(?:[-—─]{{1,2}}\s*)?(?:[{_HAN}]{{1,8}}(?:{'|'.join(DEPARTMENT_END)}|科|处|站|所|队|组)\s)?\s*"
    rf"(?P<parts>[{_HAN}]{{2,4}}\s?/\s?(?:文图|图文|文|图|摄)"
    rf"(?:\s?[、 ]\s?[{_HAN}]{{2,4}}\s?/\s?(?:文图|图文|文|图|摄)){{0,3}})\s*"
)
# 张三 文/图 / 张三 李四 文 / 文/图 张三: names and their role parted by a space (the role
# after the names, or before them): a credit line of its own
_SPACED_ROLE_NAMES = re.compile(
    rf"\s*(?:(?P<names>[{_HAN}]{{2,4}}(?:[ 、][{_HAN}]{{2,4}}){{0,2}}) (?P<role>文/图|图/文|文图|图文|文|图|摄)"
    rf"|(?P<prole>文/图|图/文|文图|图文|文|图) (?P<pnames>[{_HAN}]{{2,4}}(?:[ 、][{_HAN}]{{2,4}}){{0,2}}))\s*"
)
_NAME_PAPER = re.compile(rf"([{_HAN}]{{3}})([{_HAN}]{{1,3}}(?:日报|晚报|早报|时报|报))")
_NEWS_BEFORE_DATE = re.compile(
    rf"\s*(?P<agency>[{_HAN}A-Za-z0-9]{{2,10}}?)消息\s+(?=\d{{1,2}}月\d{{1,2}}日)"
)
_PLACE_XUN = re.compile(
    rf"\s*(?!本报|本刊|本网|本台)(?P<place>[{_HAN}]{{2,4}})讯\s*(?=\d{{1,2}}月\d{{1,2}}日[\s,，])"
)
_PLACE_XUN_NAMED = re.compile(
    rf"\s*(?!本报|本刊|本网|本台)(?P<place>[{_HAN}]{{2,4}})讯\s*(?=[(（][^()（）]{{2,12}}[)）]\s*\d{{1,2}}月)"
)
# words before 讯 that are not places: an outlet (某某报讯), or a kind of news (快讯, 简讯)
_NOT_PLACE_END = tuple("报网社台刊快简通资喜短电视闻端媒")


def _ag_alt(agencies: tuple[str, ...]) -> str:
    """The agency alternation of the dateline patterns (known agencies, outlets' names)."""
    ag = "|".join(re.escape(fold(a)) for a in sorted(agencies, key=len, reverse=True))
    return (ag + "|" if ag else "") + rf"[{_HAN}]{{2,5}}(?:社|网)|[{_HAN}]{{2,8}}?(?:新闻|客户端)"


@lru_cache(maxsize=16)
def _dateline_patterns(
    agencies: tuple[str, ...],
) -> tuple[
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
]:
    ag = "|".join(re.escape(fold(a)) for a in sorted(agencies, key=len, reverse=True))
    ag_alt = (ag + "|" if ag else "") + (
        rf"[{_HAN}]{{2,5}}(?:社|网)|[{_HAN}]{{2,6}}?新闻网"  # 某省某地新闻网: a portal's name
        rf"|[{_HAN}]{{2,8}}?(?:新闻|客户端)(?=[{_HAN}\d])"
    )
    wire = re.compile(
        rf"\s*[(（]\s*(?P<agency>{ag_alt})(?:记者|特派员)(?P<names>(?:[{_HAN}]{{3}}|[{_HAN}]{{2}}|[{_HAN}]{{4}})(?:、[{_HAN}]{{2,4}})*)\s*"
        rf"(?P<place>[{_HAN}]{{2,6}}?)(?P<date>{_DL_DATE})专?电\s*[)）]"
    )
    # a place never ends in 新闻/客户端: 示例网时刻新闻3月5日讯 is one outlet's name;
    # (某社甲地/乙地17日综合外电报导): two places, a wire round-up
    main = re.compile(
        rf"\s*[(（【\[]?\s*(?:另据|又据|据)?(?P<agency>{ag_alt}|本报|本刊|本网)(?P<place>[{_HAN}]{{2,8}}?(?<!新闻)(?<!客户端)(?:/[{_HAN}]{{2,8}}?)?)?(?P<date>{_DL_DATE})"
        # 某某新闻网9月17日南昌讯: the place after the date
        rf"(?P<place2>(?!综合|专|电|讯|消息|上午|下午|中午|晚间|晚上|凌晨|早间|早上|夜间)[{_HAN}]{{2,4}}?(?=电|讯|消息))?"
        rf"(?:电|讯|综合外电报导|综合外电报道|(?=\s*[-–—]\s)"
        # 某某网3月12日南宁消息 日前,…: 消息 after a place written after the date
        r"|(?(place2)消息(?=[\s,，:：(（])|(?!))"
        # 某某网北京3月9日消息(记者 张三): 消息 for 电, with the reporters in brackets
        rf"|(?P<news_end>消息)(?=\s*[(（]\s*[{_HAN}]{{0,6}}?(?:记者|通讯员)))\s*[)）】\]]?"
    )
    outlet = (
        rf"[{_HAN}A-Za-z0-9]{{1,10}}?"
        r"(?:日报|晚报|早报|时报|报|网|社|新闻|客户端|融媒|融媒体|融媒体中心|传媒|电视台|广电)"
    )
    # 〔自由時報記者張三／台東報導〕: the outlet may precede 記者 inside the brackets
    ltn = re.compile(
        rf"\s*[【\[〔]\s*(?:(?P<agency>{ag_alt}|{outlet})\s?/?\s?)?记者\s*(?P<names>[{_HAN}、 ]{{2,20}}?)\s*/\s*"
        rf"(?P<place>[{_HAN}]{{2,6}}?)(?:\s?(?:即时)?报导)?\s*[】\]〕]"
    )
    # 某某都市报-某某网讯(记者 张三): a paper and its site, joined by a dash
    xun = re.compile(
        rf"\s*(?P<agency>(?:{outlet})\s?[-－–—]\s?(?:{ag_alt}|{outlet})|{ag_alt}|{outlet})讯(?=\s*[(（])"
    )
    tag = re.compile(
        rf"\s*[【\[]\s*(?P<agency>{ag_alt}|{outlet})讯\s*[】\]]"
        rf"(?:\s*(?:[{_HAN}]{{0,6}}?记者|通讯员)\s*(?P<names>[{_HAN}][{_HAN}、 ]{{1,20}}?)\s*(?:报道|报导)?\s*[:,])?"
    )
    news = re.compile(
        rf"\s*(?P<agency>{ag_alt})消息\s*(?P<paren>[(（][^()（）]{{1,30}}[)）])?\s*[:]"
    )
    place = re.compile(
        rf"\s*[(（]\s*(?P<place>[{_HAN}]{{2,6}}?)(?P<date>{_DL_DATE})(?:电|讯)\s*[)）]"
    )
    # 本报讯 记者孙冰洁报道 …: reporters without brackets
    xun2 = re.compile(
        rf"\s*(?P<agency>{ag_alt}|{outlet})讯\s*(?:[{_HAN}]{{0,6}}?记者|通讯员)\s*"
        rf"(?P<names>[{_HAN}]{{2,4}}(?: ?[、 ] ?[{_HAN}]{{2,4}}){{0,5}}?)\s*(?:报道|报导)(?=[\s,:])"
    )
    dated = re.compile(
        # (据财联社3月5日消息: a report quoted, not the page's own dateline)
        rf"\s*[【\[]?\s*(?!据|另据|又据|记者|今年|今天|(?:19|20)\d\d年)(?P<agency>[{_HAN}A-Za-z0-9][{_HAN}A-Za-z0-9]{{1,9}}?)\s?"
        rf"(?:北京时间\s?)?(?P<date>(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日|\d{{1,2}} ?月 ?\d{{1,2}} ?日)"
        r"(?:讯|消息)(?:\s*[】\]]|(?=[\s,:(]|$))"
        # 某某新闻讯8月28日，: the outlet's lead, then the date (not 本报讯: no outlet named)
        rf"|\s*(?!本报|本刊|本网)(?P<agency2>{outlet})讯\s?(?P<date2>\d{{1,2}}月\d{{1,2}}日)(?=[\s,(（])"
    )
    # 城市晚报白城讯: a paper's name (ending in 日报, 晚报…), then a place; the place is no
    # outlet's word (扬子晚报网讯, 某某日报客户端讯, 某某晚报全媒体讯 name the outlet only)
    paper = rf"[{_HAN}]{{2,6}}?(?:日报|晚报|早报|晨报|都市报|时报|商报)"
    not_outlet = rf"(?![{_HAN}]{{0,5}}?(?:网|社|报|新闻|客户端|媒体|记者|中心|台|端|号)(?:电|讯))"
    nodate = re.compile(
        rf"\s*[(（【\[]?\s*(?P<agency>{ag + '|' if ag else ''}{paper})"
        rf"(?P<place>{not_outlet}[{_HAN}]{{2,6}}?)(?:电|讯)\s*[)）】\]]?"
    )
    return wire, main, ltn, xun, tag, news, place, xun2, dated, nodate


def _names_of(head: str, m: re.Match[str], strict: bool = False) -> tuple[str, ...]:
    """The names in group ``names`` of ``m`` (matched on the folded text), read from ``head``."""
    return tuple(split_names(head[m.start("names") : m.end("names")], strict=strict))


def _agency_lead(
    head: str, k: str, m: re.Match[str], start: int, end: int, stop: int
) -> DatelineMatch:
    """A lead naming its outlet (group ``agency`` of ``m``) and reporters, no place or date."""
    agency = head[m.start("agency") : m.end("agency")]
    return DatelineMatch(agency, None, None, None, _reporter_names(head, k, start, end), stop)


_INNER_ROLES = re.compile("本报记者|特约记者|见习记者|摄影记者|记者|通讯员|实习生|摄影")


def _reporter_names(head: str, k: str, start: int, end: int) -> tuple[str, ...]:
    """Names in ``head[start:end]`` with role words (found in the folded ``k``) as separators."""
    chars = list(head[start:end])
    for m in _INNER_ROLES.finditer(k, start, end):
        for i in range(m.start() - start, m.end() - start):
            chars[i] = " "
    for m in _STATION_NAME.finditer(k, start, end):
        # (记者王五 某省台张三 李四): a partner station's short name glued to its reporter
        if has_surname(m.group("name")):
            for i in range(m.start() - start, m.start("name") - start):
                chars[i] = " "
    for m in _NAME_NOTE.finditer(k, start, end):
        for i in range(m.start() - start, m.end() - start):
            chars[i] = " "  # 张三(试用) 通讯员 李四: the note neither a name nor the list's end
    return tuple(split_names(" ".join(_split_glued(w) for w in "".join(chars).split())))


_SIX_HAN = re.compile(rf"[{_HAN}]{{6}}")


def _split_glued(word: str) -> str:
    """Two three-character names written without a separator (张三丰李四光), set apart.

    Only when the split is unambiguous: the first and fourth characters are common
    surnames, and the third and fifth are not both surnames (three two-character names).
    """
    k = fold(word)
    if (
        not _SIX_HAN.fullmatch(k)
        or k[0] not in _SURNAMES
        or k[3] not in _SURNAMES
        or (k[2] in _SURNAMES and k[4] in _SURNAMES)
        or k.startswith(_COMPOUND_SURNAMES)
        or not (_is_name(k[:3]) and _is_name(k[3:]))
    ):
        return word
    return word[:3] + " " + word[3:]


_STATION_NAME = re.compile(
    rf"(?<![{_HAN}])[{_HAN}]{{2,3}}(?:台|社|网|报)(?P<name>[{_HAN}]{{2,3}})(?![{_HAN}])"
)


def _names_around_roles(head: str, k: str, start: int, end: int) -> tuple[str, ...]:
    """Every word of ``head[start:end]`` is a surnamed name or a role word (else ``()``)."""
    chars = list(head[start:end])
    for m in _INNER_ROLES.finditer(k, start, end):
        for i in range(m.start() - start, m.end() - start):
            chars[i] = " "
    names = split_names("".join(chars), strict=True)
    if not names or not all(has_surname(n) for n in names):
        return ()
    return tuple(names)


def _date_of(text: str) -> Optional[DateMatch]:
    ds = find_dates(text)
    return ds[0] if ds else None

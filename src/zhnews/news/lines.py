"""Label the lines of a scraped news page and remove site chrome, conservatively.

A page is read as: chrome before the article (navigation, breadcrumbs), a title, a block
of metadata (date, source, byline), the body, closing credits (editor, print edition), and
chrome after it (related lists, comments, footers). The article is located from its
metadata line (a date with a source or time under a headline) or, failing that, from a
breadcrumb; only then are the head and tail of the page treated as chrome. Inside the
body only exact, known chrome phrases are removed, never a sentence of the article. When
no article structure is found, nothing but such phrases is touched.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Optional

from zhnews._guards import require_str
from zhnews.changes import Change
from zhnews.news._text import BLANK_CHARS, PINYIN_NOTE, fold, is_blank, key, squash
from zhnews.news.bylines import (
    _COMPOUND_SURNAMES,
    Credits,
    has_surname,
    parse_credits,
    parse_original_title,
    parse_own_story,
    parse_print_edition,
    parse_simple_byline,
    split_names,
)
from zhnews.news.dates import DateMatch, find_dates
from zhnews.news.rules import RuleSet, addresses_reader, default_rules

__all__ = ["LABELS", "label_lines", "strip_chrome", "strip_chrome_and_explain"]

#: The labels :func:`label_lines` gives.
LABELS = ("chrome", "title", "meta", "body", "blank")

#: Lines longer than this (in characters) are never chrome and never metadata.
MAX_RULE_LINE = 400
_SENTENCE_END = re.compile(r"[。！？!?；;]\s*$")
_SENTENCE_INSIDE = re.compile(r"[。！？!?；;]")
_TOKEN_SPLIT = re.compile(r"[\s|｜丨/·•、,:【】\[\]<>()]+")
_NUMERIC_TOKEN = re.compile(r"[\d,.+%]+")
# (?:19|20)\d\d|[〇○零]|民国, written so that every branch starts with a literal
# (the regex engine then skips ahead by first character)
_DATE_HINT = re.compile(r"19\d\d|20\d\d|〇|○|零|民国|1[0-3]\d年")
# a bracketed lead that holds only a date (【2021年4月1日讯】): the page's date
_DATE_LEAD = re.compile(r"[【\[]\s*(?P<d>[^【】\[\]]{6,24}?)\s*讯?\s*[】\]]")
_CREDIT_HINT = re.compile(
    "记者|编|来源|稿源|出处|转自|转载自|摘自|选自|转引自|作者|撰文|执笔|采写|原创|文 ?/|图 ?/|/ ?文|/ ?图|文:|图:|摄|审核|校对|通讯员|实习生"
    "|索引号|发文单位|有效性|时间|日期|发布|更新|出版|浏览|点击|文字|图片|文 ?\\||审|楼主|撰稿|丨|供稿|报导|报道|Date|Published|Posted"
    # (记 者:张三): a two-character role word set apart by a space, then a colon
    "|[记作] {1,3}者 ?[:：]"
    # 张三 文 / 文 张三: a writer's role parted from the name by a space
    "| [文图]|[文图] "
)
# Mar 5, 2024: the comma of an English date is not a sentence's
_ENGLISH_DATE = re.compile(r"[A-Z][a-z]{2,8}\.? [0-3]?\d, (?:19|20)\d\d")
_DOMAIN = re.compile(r"(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/?")
# a chart's source note (数据来源:…) or a photo credit closing a line ((以上照片均为某某提供))
_CAPTION_NOTE = re.compile(
    r"^(?:数据|资料|图片|图表|相片|照片|圖片|圖表|數據|資料)(?:来源|來源|提供) ?[:：]|[(（][^()（）]{0,12}(?:照片|图片)[^()（）]{0,10}(?:提供|摄)[)）]$"
)
_UNNAMED_REPORTER = re.compile(r"[\u3400-\u9fffA-Za-z0-9]{2,10}(?:\+ ?| )?(?:记者|記者)")
_UNNAMED_BYLINE = re.compile(
    r"[□■]? ?(?:[\u3400-\u9fff]{1,8}(?:社|网|網|报|報|台|中心|新闻|新聞|媒体|媒體)|本刊)"
    r"(?:特约|特約|驻[\u3400-\u9fff]{1,4})?(?:记者|記者)"
)
_TRAILING_NOTE = re.compile(r"[(（][^()（）]{1,16}[)）]$")
# a photo caption: a sentence closed by a bracketed photo credit (（记者张三摄）, （警方提供）)
_CAPTION_CREDIT = re.compile(
    r"[。！？!?]\s*(?:[(（][^()（）]{0,16}(摄|提供|翻摄|资料照|图片)[)）]"
    r"|图\s*[/／]\s*[^\s。！？!?/／]{1,16}(摄|提供|翻摄|资料照|摄影))$"
)
# 某某。 通讯员/张三 摄: a caption closed by its photographer's credit
_PHOTO_CREDIT_END = re.compile(r"。\s*[^。]{0,16}\s摄$")
_BRACKET_HEADLINE = re.compile(r"[【\[](?P<t>[^【】\[\]。!?]{8,60})[】\]](?=[^【\[]{20})")
# what a bracketed lead holds instead of a headline: 【新华社讯】 【本报记者】 【2021年4月1日讯】
_LEAD_TAG = re.compile(r"(讯|电|报道|报导|记者|专稿|消息|\d{1,2}月\d{1,2}日)$|^\d|新华社|中新社")
#: 某某社某地2月2日电 题:……: a wire lead (agency, place, date, 电/讯), never a headline
_WIRE_LEAD = re.compile(
    r"[^\s,，。:：]{0,16}?\d{1,2}月\d{1,2}日\s?(?:电|讯|電|訊)(?:(?=题|題)|(?![\u3400-\u9fff]))"
)
#: the headline a wire's lead carries after 题 (新华社北京2月2日电 题:某某)
_WIRE_TI = re.compile(r"(?:电|電)\s?(?:题|題)\s?:\s?(?P<t>\S.{3,79})$")
#: (资料图) / (资料图片仅供参考): an image's placeholder caption in brackets, body
_IMAGE_NOTE = re.compile(r"[(（][^()（）]{0,8}(?:图|圖|照片)[^()（）]{0,8}[)）]")
_MEDIA_NOTE = re.compile(r"[(（](?:组图|多图|附图|图文|图|视频|图表)[)）]")
_QUOTED = re.compile(r"「[^「」]{1,60}」|“[^“”]{1,60}”")
_SPACE_TABLE = {ord(c): " " for c in "\u00a0\u3000\t"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_HAN_AT = re.compile(r"[\u3400-\u9fff]")
_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")
# a label, a colon, then only a telephone number (``热线:0000-1234567``)
_CONTACT_NUMBER = re.compile(r"[:：]\s*[(（+]?\d[\d\-\s()（）]{6,}\d\s*$")
_PUNCT = re.compile(r"[，,。！？!?；;：:、“”「」]")
_SPLIT_YEAR = re.compile(r"(19|20)\d\d")
_SPLIT_MD = re.compile(r"\d{1,2}/\d{1,2}")
_SPLIT_HM = re.compile(r"\d{1,2}:\d{2}")
_YEARLESS_STAMP = re.compile(
    r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])[-/](?P<d>[0-3]?\d) +(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?![\d:])"
)
# 3月5日 周二 17:30: a year-less stamp with a weekday and a time (the year from the url)
_YEARLESS_CN_STAMP = re.compile(
    r"^\s*(?P<m>0?[1-9]|1[0-2]) ?月 ?(?P<d>[0-3]?\d) ?日(?: ?(?:星期|周)[一二三四五六日天])? +"
    r"(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?![\d:])"
)
_BRACKET_SEG = re.compile(r"[【\[]([^【】\[\]]{1,12})[】\]]")
_RELATIVE = re.compile(r"\d{1,2} ?(分钟|小时|天)前|刚刚|昨天 ?\d{1,2}:\d\d")
#: edge rules whose lines are footers even when written as a sentence (版权所有，…。)
# a menu bar: words between bars (the site-nav-pipes rule says which)
_NAV_PIPES = re.compile(r"[^。！？|丨]{0,20}(?: ?[|丨] ?[^。！？|丨 ]{1,8}){3,}(?: ?[|丨])?")
# 周二, 01 五月 2018 08:40: a weekday and a comma before the date
_WEEKDAY_LEAD = re.compile(r"(?:周|星期)[一二三四五六日天], ?[0-3]?\d [^,]{1,24}$")
_TAG_LABELS = ("标签", "关键词", "关键字", "Tags", "Tag")
_TAGS_THEN_LABEL = re.compile(
    r"\s*(?:标签|关键词|关键字|Tags?) ?[:：][^:：。，,]{0,40}?\s(?=(?:日期|时间|发布时间|发布日期|来源) ?[:：])"
)
_FOOTER_RULES = frozenset(["no-reprint", "icp", "not-our-view"])
_EDITOR_LABEL = re.compile(r"[(\[【]?(责任编辑|责编|编辑)")
#: lines up to this length keep their analysis across calls (per rule set), at most
#: this many of them
_SHARED_LINE = 64
_SHARED_LINES = 20_000


@dataclass(frozen=True)
class DateLine:
    """A line made of a full date plus a few short tokens (source names, counters)."""

    date: DateMatch
    before: str
    after: str


@dataclass
class LineInfo:
    """What is known about one line (internal)."""

    text: str
    key: str
    blank: bool
    chrome_any: Optional[str] = None
    end: Optional[str] = None
    head: Optional[str] = None
    credits: Optional[Credits] = None
    dateline: Optional[DateLine] = None
    print_edition: bool = False
    original_title: Optional[str] = None
    relative: bool = False  # a relative time stamp (2小时前) among short tokens
    tokens: Optional[tuple[int, int, int]] = None
    quiet: bool = False  # no rule of any kind can match the key
    _edge: Optional[str] = field(default=None)
    _edge_done: bool = False
    _prose: Optional[bool] = None
    _prose_head: Optional[bool] = None


@dataclass
class Layout:
    """The result of analysing a page: one label and one reason per line."""

    labels: list[str]
    reasons: list[str]
    infos: list[LineInfo]
    title_lines: list[int]
    anchor: Optional[int]
    body_start: int
    tail_start: int
    #: a headline given only in brackets at the start of the body (``【标题】正文……``)
    bracket_title: Optional[str] = None


def _token_counts(k: str, rules: RuleSet) -> Optional[tuple[int, int, int]]:
    """(strong tokens, words, tokens) of a line made only of widget tokens, else None."""
    if not k or len(k) > 80:
        return None
    toks = [t for t in _TOKEN_SPLIT.split(k) if t]
    if not toks:
        return None
    words = [t for t in toks if not _NUMERIC_TOKEN.fullmatch(t)]
    if not words:
        return None
    # 上一版3 / 4下一版: an e-paper's page links carry the page's number glued to them
    strong = sum(1 for t in words if t in rules.strong or _numbered_widget(t, rules))
    weak = sum(1 for t in words if t in rules.weak or t.endswith(("APP", "客户端")))
    if strong + weak < len(words):
        return None
    return strong, len(words), len(toks)


def _numbered_widget(t: str, rules: RuleSet) -> bool:
    """``上一版3`` / ``4下一版``: a widget word of two characters or more, a number glued on."""
    w = t.strip("0123456789")
    return len(w) >= 2 and w != t and w in rules.strong


def _token_verdict(counts: Optional[tuple[int, int, int]], edge: bool) -> Optional[str]:
    if counts is None:
        return None
    if edge:
        return "widget-tokens"
    strong, n_words, n_toks = counts
    # in the body: at least one strong token, and no bare numbers (a list of figures)
    if strong and (n_words >= 2 or n_toks == 1):
        return "widget-tokens"
    return None


def _edge_tokens(info: LineInfo) -> Optional[str]:
    """The widget-token rule at the page's edges, from the counts kept on the line."""
    return "widget-tokens" if info.tokens is not None else None


# 刊登於 2018-05-13 (under the byline): when the story was published
_PUBLISHED_ON = re.compile(r"(?:本文)?(?:刊登于|刊发于|刊于|发表于|发布于|首发于)\s*:?")


# what may follow a date glued to words before it (某报2020年7月3日星期五 / …日讯 / …日第5版)
_DATE_TRAILER = re.compile(
    r"星期|周|礼拜|上午|下午|中午|晚上|晚间|凌晨|早上|清晨|傍晚|夜间|讯|电|消息|报道|报导"
    r"|发布|发表|更新|刊|出版|第\s*[\d一二三四五六七八九十百]+\s*[版期]"
)


# Published on: / Last Updated: / Posted at: an English label before the page's date
_EN_DATE_LABEL = re.compile(
    r"(?:Published|Updated|Last [Uu]pdated|Posted|Last [Mm]odified|Released)(?: (?:on|at))? ?:?"
)


_COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])")


_PUBLISHED_LABEL_END = re.compile(r"(?:发布|发表)(?:于|时间)?\s*[:：]?\s*$")


def _date_line(k: str, text: str, rules: Optional[RuleSet] = None) -> Optional[DateLine]:
    if len(k) > 120:
        return None
    dates = find_dates(text, yearless=False)
    if not dates and (cd := _COMPACT_DATE.fullmatch(text.strip(BLANK_CHARS))) is not None:
        # 20181114 alone on a line: a template's date written without separators
        y, mo, da = int(cd.group("y")), int(cd.group("m")), int(cd.group("d"))
        if da <= calendar.monthrange(y, mo)[1]:
            s0 = text.index(cd.group(0))
            return DateLine(DateMatch(s0, s0 + 8, cd.group(0), y, mo, da), "", "")
    if not dates:
        stamp = _stamp(text)
        if stamp is None:
            return None
        dates = [stamp]
    d = dates[0]
    lead = _DATE_LEAD.fullmatch(fold(text).strip())
    if lead is not None and len(dates) == 1 and lead.group("d").strip() == fold(d.text).strip():
        return DateLine(d, "", "")
    before = squash(text[: d.start].translate(_SPACE_TABLE)).strip(" |·/-")
    after = squash(text[d.end :].translate(_SPACE_TABLE)).strip(" |·/-")
    if before.endswith((",", "，")) and _WEEKDAY_LEAD.match(fold(text).strip()):
        before = before[:-1].rstrip()  # 周二, 01 五月 2018 08:40
    rest = fold(before + " " + after)
    if len(after) > 60 or _SENTENCE_END.search(k) or "。" in k or "，" in k or "," in rest:
        return None
    if before.count(" ") > 2 or re.search(r"[\[\]【】()（）]", before):
        return None
    if (
        len(after) > 4
        and _HAN_AT.match(text, d.end)
        and d.start > 0
        and _HAN_AT.match(text, d.start - 1)
        and not _DATE_TRAILER.match(fold(after))
    ):
        return None  # 某台2019年1月16日第一次播音…: a date inside a run of words, a phrase
    if len(before) > 12 and not _DOMAIN.fullmatch(before) and not _EN_DATE_LABEL.fullmatch(before):
        return None
    # the date is the subject of a sentence (``2002年12月19日是建台70周年的日子``)
    if (
        not before
        and len(after) >= 4
        and rules is not None
        and fold(after).startswith(rules.lexicon("date_subject_verbs"))
    ):
        return None
    if len(dates) >= 2 and "更新" in fold(before):
        # 更新於 2022年12月26日13:05 • 發布於 2022年12月26日09:11: the page's date is the one
        # it was published at, not the later update
        gap = fold(text[d.end : dates[1].start])
        if _PUBLISHED_LABEL_END.search(gap):
            return DateLine(dates[1], before, after)
    return DateLine(d, before, after)


def _stamp(text: str) -> Optional[DateMatch]:
    """A year-less numeric stamp with a time (``03-05 08:30``), as portals print it."""
    f = fold(text)
    m = _YEARLESS_STAMP.search(f) or _YEARLESS_CN_STAMP.search(f)
    if m is None:
        return None
    mo, da = int(m.group("m")), int(m.group("d"))
    if not 1 <= da <= (29 if mo == 2 else 31):
        return None
    return DateMatch(
        m.start(),
        m.end(),
        text[m.start() : m.end()],
        None,
        mo,
        da,
        int(m.group("H")),
        int(m.group("M")),
        None,
        "yearless",
    )


def _without_widgets(src: str, rules: RuleSet) -> Optional[str]:
    """``src`` with bracketed widget words blanked (``【纠错】 【责任编辑：张三】``), or None."""
    f = fold(src)
    out = None
    for m in _BRACKET_SEG.finditer(f):
        inner = squash(m.group(1))
        if (
            inner in rules.strong
            or rules.match(inner, "end", "any")
            or rules.match(inner, "chrome", "any")
        ):
            out = out if out is not None else src
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _leading_widgets_end(k: str, rules: RuleSet) -> int:
    """Where the widget words opening ``k`` end (``放大字体 缩小字体发布日期:``), or 0: each
    word a strong widget token, glued or spaced (the longest token at each step)."""
    pos = 0
    end = 0
    n = len(k)
    while True:
        while pos < n and k[pos] == " ":
            pos += 1
        for width in range(min(8, n - pos), 1, -1):
            if k[pos : pos + width] in rules.strong:
                pos += width
                end = pos
                break
        else:
            return end


def _relative_stamp(k: str) -> bool:
    """A short line of tokens holding a relative time (``九派新闻 | 2小时前 | 阅读 3.2万``)."""
    if len(k) > 40 or _PUNCT.search(k) or _RELATIVE.search(k) is None:
        return False
    return all(len(t) <= 10 for t in _TOKEN_SPLIT.split(k))


def _analyse_line(text: str, rules: RuleSet, drop_pinyin: bool) -> LineInfo:
    if is_blank(text):
        return LineInfo(text, "", True)
    if len(text) > MAX_RULE_LINE:
        return LineInfo(text, "", False)
    k = key(text, drop_pinyin=drop_pinyin)
    info = LineInfo(text, k, False)
    info.tokens = _token_counts(k, rules)
    if rules.may_match_any(k):
        info.chrome_any = rules.match(k, "chrome", "any") or _token_verdict(info.tokens, False)
        info.end = rules.match(k, "end", "any")
        info.head = rules.match(k, "head", "any")
    else:
        # no rule can match (most lines of prose): only the widget tokens are left
        info.quiet = True
        info.chrome_any = _token_verdict(info.tokens, False)
        info._edge = _edge_tokens(info)
        info._edge_done = True
    if len(k) <= 160:
        src = PINYIN_NOTE.sub("", text) if drop_pinyin and "(" in text else text
        # parse_credits refuses a line with a full stop before its end: skip the search
        if "。" not in fold(src)[:-1] and _CREDIT_HINT.search(k):
            info.credits = parse_credits(src)
        if (
            info.credits is None
            and len(k) <= 60
            and (
                "/" in k
                or "摄" in k
                or "攝" in k
                or "[" in k
                or "贡献" in k
                or "记者" in k
                or (")" in k and ("编" in k or "整理" in k or "综合" in k))  # 林青(摘编)
            )
        ):
            info.credits = parse_simple_byline(src)
        if info.credits is None and ("【" in k or "[" in k) and _CREDIT_HINT.search(k):
            bare = _without_widgets(src, rules)
            if bare is not None:
                info.credits = parse_credits(bare)
        # _date_line refuses a line with a sentence's punctuation: skip finding its dates
        sentence = "。" in k or (
            "," in k and not _ENGLISH_DATE.search(k) and not _WEEKDAY_LEAD.match(k)
        )
        edition = "版" in k or "报章" in k or "刊" in k or "首发" in k
        if (
            len(k) <= 120
            and (edition or not sentence)
            and (
                _DATE_HINT.search(k)
                or (":" in k and (_YEARLESS_STAMP.search(k) or _YEARLESS_CN_STAMP.search(k)))
            )
        ):
            if not sentence:
                info.dateline = _date_line(k, src, rules)
            if edition:
                info.print_edition = parse_print_edition(src) is not None
        if not info.print_edition and len(k) <= 40 and ("版" in k or "期" in k):
            # 第4版:要闻 / 1886期 / 第2版:2: an e-paper's page header, dated or not
            pe = parse_print_edition(src)
            info.print_edition = pe is not None and pe.header
        if "原" in k:
            info.original_title = parse_original_title(src)
        dl = info.dateline
        if info.credits is None and dl is not None and dl.before and not dl.after:
            # 某某社记者张三摄 114年12月31日: a byline, then the date
            c = parse_credits(src[: dl.date.start])
            if c is not None and c.authors and c.date is None:
                info.credits = dataclasses.replace(c, date=dl.date)
        if info.credits is None and info.tokens is None and _CREDIT_HINT.search(k):
            # 放大字体 缩小字体发布日期:2008-03-27: a toolbar's words before the credits
            w_end = _leading_widgets_end(fold(src), rules)  # (fold keeps the offsets)
            if w_end:
                c = parse_credits(src[w_end:])
                if c is not None and (c.date is not None or c.source or c.editors):
                    info.credits = c
        if info.credits is None and "本文" in k:
            info.credits = parse_own_story(src)
        if info.credits is None and k.startswith(_TAG_LABELS):
            # 标签:城市 交通 日期:2020-04-05 14:50: the tags, then the date's own label
            mt = _TAGS_THEN_LABEL.match(fold(src))
            if mt is not None:
                c = parse_credits(src[mt.end() :])
                if c is not None and (c.date is not None or c.source):
                    info.credits = c
        if info.credits is None and "编" in k:
            fs = fold(src)  # (the same length as src: offsets carry over)
            te = _TRAILING_EDITOR.search(fs)
            if (
                te is not None
                and fs[: te.start()].strip()
                and te.start() <= 40
                and not _SENTENCE_INSIDE.search(fs[: te.start()])
            ):
                # the words before the credit are widgets (no sentence ends there)
                c = parse_credits(src[te.start() :])
                if c is not None and c.editors:
                    info.credits = c
        if info.credits is None and info.dateline is None and ("前" in k or "刚刚" in k):
            info.relative = _relative_stamp(k)
    return info


def _edge(info: LineInfo, rules: RuleSet) -> Optional[str]:
    if not info._edge_done:
        k = info.key
        found = None
        if k:
            found = rules.match(k, "chrome", "edge")
            if found is not None and rules.is_prompt(found) and not addresses_reader(k):
                found = None  # an article's sentence about an app or a login
            found = (
                found
                or rules.match(k, "end", "edge")
                or rules.match(k, "head", "edge")
                or _edge_tokens(info)
            )
        info._edge = found
        info._edge_done = True
    return info._edge


def _is_meta(info: LineInfo) -> bool:
    return bool(info.credits or info.print_edition or info.original_title)


# 某某网1月30日讯 (某报记者 张三 …): an outlet's lead crediting its reporters in brackets
_LEAD_CREDIT = re.compile(
    r"[【\[(（]?[\u3400-\u9fffA-Za-z0-9]{2,12}?(?:\d{1,2}月\d{1,2}日)?(?:讯|电)\s?[】\])）]?"
    r"\s?[(（][\u3400-\u9fff]{0,6}?(?:记者|通讯员)"
)


#: a share widget glued to the end of a headline (``某某事件曝光分享到:``, also after a
#: closing quote: ``某某“大战”分享到:``)
# (and a print button after a space: 某某百合花盛开 列印)
GLUED_SHARE = re.compile(
    r"(?<=[\u3400-\u9fff”」』)）》!！?？])(?:\s*(?:分享到|分享至)\s*[:：]?|\s+(?:列印|打印))\s*$"
)
# 转发分享 Follow Us 责任编辑:张三: an editor's credit closing a line of widget words
_TRAILING_EDITOR = re.compile(r"(?:责任编辑|责编)\s*[:：]\s*\S{2,4}(?:\s\S{2,4}){0,2}\s*$")


# what a credit's value never holds (a sentence's punctuation, a colon of another label)
_VALUE_STOP = re.compile(r"[。,，!！?？:;；]")
# 张三 一审:李四: a name, then more credits (a value under its label, with reviewers after it)
_MORE_CREDITS = re.compile(r"[\u4e00-\u9fff]{2,4} [\u4e00-\u9fff]{1,4}:")
# the field labels of a government disclosure table (政府信息公开: 索引号, 发布机构…)
_DISCLOSURE_CELL = re.compile(
    r"(?:索引号|信息分类|内容分类|主题分类|发布机构|生成日期|成文日期|公开方式|发文单位|发文日期|有效性) ?:"
)


# 专栏名称: 某某 / 所属栏目: 某某: a field of the page's card, its label then its value
_FIELD_ROW = re.compile(
    r"[\u3400-\u9fff]{0,4}(?:名称|栏目|频道|类别|分类|照片|图片|文字|摄影|名稱|圖片|攝影|地点|地點|地址) ?:"
)


def _title_like(info: LineInfo) -> bool:
    k = info.key
    if k and ("分享" in k or "印" in k):
        k = GLUED_SHARE.sub("", k)
    if not k or len(k) > 160 or info.chrome_any or info.head or info.end:
        return False
    if _SENTENCE_END.search(k) and not k.endswith(("?", "!", "？", "！")):
        return False
    unquoted = _QUOTED.sub("", k)
    if unquoted.count("。") >= 1 or k[0] in "|<>-+—" or k.endswith((":", "：")):
        return False
    if _bulleted(k):
        return False  # • 第二次播出 19:00-20:00: an item of a bulleted list
    if _CONTACT_NUMBER.search(k):
        return False  # 新闻热线：0000-1234567: a contact number, never a headline
    if not unquoted.strip() and "。" in k:
        return False  # 「……。……？」: a pull quote of whole sentences, a standfirst
    if "@" in k or "http" in k or ".com" in k or _spaced_menu(info.text):
        return False
    if _nav_like(k) and not _phrase_headline(k):
        return False
    if ">" in k or "＞" in k or "»" in k:
        return False  # 首页>新闻: a breadcrumb's arrows, never in a headline (none of 394 pages)
    if _wire_lead(k):
        return False  # 新华社北京2月2日电 题:……: a wire lead carrying the headline
    if k[0] in "(（" and _IMAGE_NOTE.fullmatch(k):
        return False  # (资料图): an image's placeholder caption
    if _LEAD_CREDIT.match(k):
        return False  # 某某网1月30日讯 (记者 张三)…: a paragraph's wire lead, not a headline
    if ":" in k and _FIELD_ROW.match(k):
        return False  # 专栏名称: 某某: a field's label and its value, not a headline
    if ":" in k and _DISCLOSURE_CELL.search(k):
        return False  # 索引号: … 信息分类: …: a row of a disclosure table
    if _UNNAMED_REPORTER.fullmatch(k):
        return False  # 某某+ 记者: an outlet's reporter credit with the name left out
    if _CAPTION_NOTE.search(k):
        return False  # 数据来源:某某局 / 张三 (以上照片由受访者提供): a chart's or photo's note
    if len(_CJK.findall(k)) < 4:
        return False
    dl = info.dateline
    if info.relative:
        return False  # 九派新闻 | 2小时前
    if dl is not None and len(dl.before) + len(dl.after) <= 4:
        return False  # a date (and weekday) on its own line
    return not _is_meta(info)


_OUTLET_NAME = re.compile(
    r"[\u3400-\u9fffA-Za-z0-9]{1,12}"
    r"(日报|晚报|早报|晨报|时报|商报|周报|青年报|都市报|报|新闻网|网|新闻|社|电视台|客户端|周刊|杂志"
    r"|体育|财经|传媒|卫视|日報|晚報|早報|晨報|時報|商報|週報|周報|報|新聞網|網|新聞|電視台|衛視)"
)


#: the stricter form: a news outlet's name (``中国新闻网``), never a section's (``澳洲新闻``)
_NEWS_OUTLET = re.compile(
    r"[\u3400-\u9fffA-Za-z0-9]{1,12}"
    r"(日报|晚报|早报|晨报|时报|商报|周报|青年报|都市报|新闻网|通讯社|电视台|卫视|客户端|日報|晚報|早報|時報|新聞網|電視台|衛視)"
)


def _news_outlet(info: LineInfo) -> bool:
    """A short line that is only a news outlet's name (``某某日报``, ``某某新闻网``)."""
    k = info.key
    return 3 <= len(k) <= 14 and _NEWS_OUTLET.fullmatch(k) is not None


def _page_header(info: LineInfo) -> bool:
    """An e-paper's page header (``第4版:要闻``): the page the article is printed on."""
    pe = parse_print_edition(info.text)
    return pe is not None and pe.header


def _repeated_above(infos: list[LineInfo], titles: list[int]) -> bool:
    """The line just below (or above) the first of ``titles`` says the same words."""
    t = titles[0]
    near = [j for j in (t - 1, t + 1) if 0 <= j < len(infos)]
    return any(infos[j].key == infos[t].key for j in near)


def _outlet_like(info: LineInfo) -> bool:
    """A short line that is only an outlet's or an account's name (``南方都市报``), maybe
    set as an item of a list (``• 某某卫视``)."""
    k = info.key
    if k[:1] in _BULLETS:
        k = k.lstrip(_BULLETS + " ")
    return 3 <= len(k) <= 14 and _OUTLET_NAME.fullmatch(k) is not None


def _outlet_under_date(
    infos: list[LineInfo], labels: list[str], anchor: Optional[int], i: int
) -> bool:
    """An outlet's name right under a metadata line that is a date alone (``腾讯体育``)."""
    if anchor is None or i <= anchor or _prev_content(labels, i) != anchor:
        return False
    dl = infos[anchor].dateline
    return dl is not None and not dl.before and not dl.after and _outlet_like(infos[i])


def _outlet_under_byline(
    infos: list[LineInfo], labels: list[str], anchor: Optional[int], i: int
) -> bool:
    """The outlet's name alone right under a byline naming the same outlet (a reprint's
    provider line: ``某某社记者 张三 发自某地`` / ``某某社``)."""
    if anchor is None or i <= anchor or _prev_content(labels, i) != anchor:
        return False
    c = infos[anchor].credits
    return (
        c is not None
        and c.org is not None
        and fold(c.org) == infos[i].key
        and _outlet_like(infos[i])
    )


def _headline_alone(info: LineInfo) -> bool:
    """A headline on the page's first line, with no chrome above it: short, in Chinese,
    not an exclamation (``Stories behind the Paper，欢迎来到本栏目！`` opens a post)."""
    k = info.key
    note = _TRAILING_NOTE.search(k)
    if note is not None and _MEDIA_NOTE.fullmatch(note.group()):
        note = None  # 某某巡视晚会周边 (图): a headline that marks its photos
    if not 6 <= len(k) <= 48 or k.endswith(("!", "！")) or note is not None:
        return False  # an exclamation, or a photo caption (``…事件(网络图片)``)
    cjk = len(_CJK.findall(k))
    return cjk * 2 >= len(k.replace(" ", ""))


_WIDE_GAP = re.compile(r"[ \u00a0]{2,}|\u3000+|\t+")


def _spaced_menu(text: str) -> bool:
    """Four or more short words set apart by wide gaps: a menu (``新闻  博客  视频  地图``)."""
    toks = _WIDE_GAP.split(text.strip(BLANK_CHARS))
    return len(toks) >= 4 and all(0 < len(t.strip()) <= 8 for t in toks)


_HOME_WORDS = frozenset(["首页", "主页", "网站首页"])


# how a menu's link ends (新闻中心, 国际新闻, 图片频道): no phrase of a headline
_LINK_END = re.compile(
    r".*(?:新闻|新聞|中心|频道|頻道|首页|首頁|专题|專題|视频|視頻|图片|圖片|论坛|論壇|博客|服务|服務"
    r"|导航|導航|网站|網站|登录|登錄|注册|註冊|栏目|欄目|报纸|報紙|社区|社區|专栏|專欄|动态|動態|信息|资讯|資訊)$"
)


def _phrase_headline(k: str) -> bool:
    """``某某畢典 貴賓雲集 捎滿祝福``: a headline of three or four four-character phrases
    set apart by spaces (a Taiwan or Hong Kong paper's style), not a menu's short links."""
    toks = k.split(" ")
    return (
        3 <= len(toks) <= 4
        and all(len(t) == 4 and _HAN_WORD.fullmatch(t) for t in toks)
        and not any(
            _LINK_END.fullmatch(t) or t[:2] in _HOME_WORDS or t.startswith(_COMPOUND_SURNAMES)
            for t in toks
        )
    )


def _nav_like(k: str) -> bool:
    toks = k.split(" ")
    if len(toks) >= 3 and all(len(t) <= 4 for t in toks):
        return True
    if len(toks) == 1 and 4 <= len(k) <= 8 and k[:2] in _HOME_WORDS and _HAN_WORD.fullmatch(k):
        return True  # 首页华文媒体: the home link glued to the section's name
    if toks[0] in _HOME_WORDS and len(toks) >= 4 and all(len(t) <= 6 for t in toks):
        return True  # 首页 新闻中心 本地新闻 区县新闻: a menu opened by the home link
    if (
        len(toks) >= 2
        and all(len(t) <= 6 for t in toks)
        and any(t.strip("-–—|·>") in _HOME_WORDS for t in toks)
    ):
        return True  # 今日 首页 -往期报纸: short links, one of them the home link
    # a long menu bar with a glued pair or two (``要闻港闻 社 评国际两岸 财 经``)
    return (
        len(toks) >= 8
        and all(_HAN_WORD.fullmatch(t) for t in toks)
        and sum(len(t) <= 4 for t in toks) * 5 >= len(toks) * 4
    )


def _subtitle_like(info: LineInfo) -> bool:
    k = info.key
    return (
        0 < len(k) <= 300
        and "。" not in k
        and not _SENTENCE_END.search(k)
        and len(_CJK.findall(k)) >= 8
        and not _is_meta(info)
        and not info.relative
        and not info.chrome_any
        # 某某网某地1月13日电 题:……: a wire's lead under the headline opens the text
        and not _wire_lead(k)
    )


def _lone_name_over_prose(infos: list[LineInfo], i: int, rules: RuleSet) -> bool:
    """Line ``i`` holds one name, set apart by blank lines, over a paragraph of prose."""
    name = infos[i].key.lstrip("■□ ")  # ■ 张三: a bullet marks the writer's name
    if i + 1 >= len(infos) or not infos[i + 1].blank or not 2 <= len(name) <= 4:
        return False
    if not infos[i - 1].blank:
        return False
    j = _next_content(infos, i + 1, rules)
    if j is not None and _writer_note(infos[j]):
        j = _next_content(infos, j + 1, rules)  # 张三 / (作者系某大学教授) / the text
        return j is not None and (_prose(infos[j], rules) or _paragraph(infos[j], rules))
    return j is not None and _prose(infos[j], rules)


# (退休前为《某某日报》编辑) / (作者系某大学教授): a note on the writer under the name
_WRITER_NOTE = re.compile(r"[(（][^()（）。！？!?;；]{4,40}[)）]")


def _writer_note(info: LineInfo) -> bool:
    return _WRITER_NOTE.fullmatch(info.key) is not None


def _bulleted_name(info: LineInfo) -> bool:
    """``■ 张三``: one surnamed name after a square bullet (a print page's byline)."""
    if not info.key.startswith(("■", "□")):
        return False
    names = split_names(info.text.strip().lstrip("■□ "), strict=True)
    return len(names) == 1 and has_surname(names[0])


def _surnamed(info: LineInfo) -> bool:
    """Every name on a bare-name line opens with a common surname (``本地``, a section's
    word, is no writer's name)."""
    names = split_names(info.text, strict=True)
    return bool(names) and all(has_surname(n) for n in names)


def _bare_names(info: LineInfo) -> bool:
    k = info.key
    if not k or len(k) > 16 or _outlet_like(info) or _phrase_headline(k):
        return False  # (four-character phrases: no names without a compound surname)
    names = split_names(info.text, strict=True)
    return bool(names) and len(names) <= 3


def _unnamed_word(info: LineInfo) -> bool:
    """A single four-character word (``消防快讯``), not opened by a compound surname: a
    headline, not a writer's name."""
    names = split_names(info.text, strict=True)
    return (
        len(names) == 1 and len(names[0]) == 4 and not fold(names[0]).startswith(_COMPOUND_SURNAMES)
    )


def analyse(text: str, rules: Optional[RuleSet] = None, *, drop_pinyin: bool = True) -> Layout:
    """Analyse ``text`` line by line (``text.split("\\n")``); see the module docstring."""
    rules = rules or default_rules()
    lines = text.split("\n")
    memo: dict[str, LineInfo] = {}
    # short lines (chrome, credits, dates) repeat from page to page: keep their analysis
    shared: dict[str, LineInfo] = rules._memo.setdefault(drop_pinyin, {})
    infos: list[LineInfo] = []
    for line in lines:
        inf = memo.get(line)
        if inf is None:
            short = len(line) <= _SHARED_LINE
            inf = shared.get(line) if short else None
            if inf is None:
                inf = _analyse_line(line, rules, drop_pinyin)
                if short:
                    if len(shared) >= _SHARED_LINES:
                        shared.clear()
                    shared[line] = inf
            if len(memo) < 100_000:
                memo[line] = inf
        infos.append(inf)
    n = len(infos)
    labels = ["blank" if inf.blank else "body" for inf in infos]
    reasons = [""] * n

    # a date split over three short lines (2019 / 09/07 / 19:02)
    split_dates: dict[int, int] = {}
    for i in range(n - 2):
        if (
            len(infos[i].key) == 4
            and _SPLIT_YEAR.fullmatch(infos[i].key)
            and _SPLIT_MD.fullmatch(infos[i + 1].key)
            and _SPLIT_HM.fullmatch(infos[i + 2].key)
        ):
            joined = f"{infos[i].key}/{infos[i + 1].key} {infos[i + 2].key}"
            d = find_dates(joined, yearless=False)
            if d:
                infos[i] = dataclasses.replace(infos[i], dateline=DateLine(d[0], "", ""))
                split_dates[i] = i + 2

    # a credit's label on one line, its value alone on the next (来源: / 某某网)
    for i in range(n - 1):
        c = infos[i].credits
        if c is None or c.labels != 1 or c.empty != 1 or not infos[i].key.endswith(":"):
            continue
        vi = i + 1 if not infos[i + 1].blank else i + 2
        if vi >= n or infos[vi].blank:
            continue
        val = infos[vi]
        # 责任编辑: / 张三 一审:李四: the value may run on with more credits on its line
        more = val.credits is None and len(val.key) <= 60 and _MORE_CREDITS.match(val.key)
        if (
            (len(val.key) > 24 and not more)
            or val.credits is not None
            or val.dateline is not None
            or val.chrome_any
            or val.end
            or val.head
            or _edge(val, rules)
            or (_VALUE_STOP.search(val.key) and not more)
        ):
            continue
        with_value = parse_credits(lines[i].rstrip() + lines[vi].strip())
        if (
            with_value is not None
            and with_value.empty == 0
            and (with_value.authors or with_value.editors or with_value.source)
        ):
            infos[vi] = dataclasses.replace(val, credits=with_value)

    # --- choose the anchor: the article's metadata line under its headline
    # prose_before[t]: how many lines before t read like prose (filled in when asked)
    prose_before = [0]

    def _prose_count(t: int) -> int:
        for j in range(len(prose_before) - 1, t):
            prose = _prose_above(infos[j], rules) and not _slide_caption(infos, j)
            if prose and j > 0 and infos[j - 1].key == infos[j].key:
                prose = False  # a photo's caption set twice (alt text, then caption): once
            prose_before.append(prose_before[j] + (1 if prose else 0))
        return prose_before[t]

    best: Optional[tuple[int, int]] = None
    untitled: Optional[tuple[int, int]] = None  # the best metadata line with no headline above
    anchor_title: list[int] = []
    for i, inf in enumerate(infos):
        c = inf.credits
        dl = inf.dateline
        if c is None and dl is None:
            continue  # no score
        score = 0
        if dl is not None:
            score = 3 if dl.date.has_time else 2
        if c is not None and c.date is not None and c.date.year is not None:
            score = max(score, 3 if c.date.has_time else 2)
        if c is not None and c.source:
            score += 1
        if (
            score == 0
            and c is not None
            and (c.authors or c.author_labels or any(r.endswith("报导") for _, r in c.others))
            and c.labels
            and i <= n // 2
        ):
            score = 1
        if c is not None and c.empty >= 2:
            score -= c.empty
        if score <= 0:
            continue
        titles = _titles_above(infos, i, rules)
        if len(titles) == 1 and _section_name(infos[titles[0]]):
            # 新闻与活动 / 2025年1月13日 / 某某接见某某 盼… / 正文: a section's name over
            # the date, the headline under it
            below = _titles_below(infos, i, rules)
            nb = _next_content(infos, i + 1, rules)
            if (
                below
                and below[0] == nb
                and len(infos[below[0]].key) > 2 * len(infos[titles[0]].key)
            ):
                titles = below[:1]
        if (
            titles
            and all(_outlet_like(infos[t]) for t in titles)
            and _repeated_above(infos, titles)
        ):
            titles = []  # 某某电子报 / 某某电子报: a newsletter's brand, set twice, no headline
        if not titles or _prose_count(titles[0]) >= 2:
            if not titles and (untitled is None or score > untitled[0]):
                untitled = (score, i)
            continue
        if best is None or score > best[0]:
            best = (score, i)
            anchor_title = titles
    anchor: Optional[int] = best[1] if best else None
    title_lines: list[int] = anchor_title
    if anchor is not None and len(title_lines) == 1:
        # 某某信用卡 (a banner) / 2023年07月16日 / 标题 / 图片说明 / 标题 / 正文: the line at
        # the top of the page is said once; the headline under the date is said twice
        h = _headline_twice_below(infos, title_lines[0], anchor, rules)
        if h is not None:
            title_lines = [h]

    if anchor is None:
        # a breadcrumb, then the headline right under it
        crumbs = [
            i
            for i, inf in enumerate(infos)
            if (inf.head or (inf.key and not inf.quiet and rules.match(inf.key, "head", "edge")))
            and i < max(1, n - 3)
        ]
        # (a headline over prose first: the last breadcrumb may be a list's heading
        # after the text, 更多>> / 本文所在版面导航 / ·某某)
        first_prose = (
            next((t for t in range(crumbs[-1]) if _prose_like_head(infos[t], rules)), n)
            if crumbs
            else n
        )
        for over_prose in (True, False):
            for c_i in reversed(crumbs):
                if c_i > first_prose:
                    continue  # 更多>> after the paragraphs: no breadcrumb over the headline
                j = _next_content(infos, c_i + 1, rules)
                if j is not None and _crumb_repeated(infos, c_i, j):
                    j = _next_content(infos, j + 1, rules)  # the section's heading: passed over
                if j is not None and _title_like(infos[j]) and not _bare_names(infos[j]):
                    nxt = _next_content(infos, j + 1, rules)
                    if (
                        nxt is not None
                        and not infos[nxt].head
                        and (not over_prose or _prose_like_head(infos[nxt], rules))
                    ):
                        title_lines = [j]
                        break
            if title_lines:
                break
    if not title_lines and untitled is not None:
        # a metadata line (an issue date, a date) above the headline: 当前报章… / 标题 / 正文
        below = _titles_below(infos, untitled[1], rules)
        # everything above the title turns chrome: never when prose stands there
        # (a standfirst and photo captions above the byline, hashtags under it)
        if below and _prose_count(min(below[0], untitled[1])) < 2:
            anchor, title_lines = untitled[1], below

    if not title_lines and anchor is None and untitled is not None:
        # a photo caption (or two) at the top of the page, then the date over the text
        above = [j for j in range(untitled[1]) if not infos[j].blank]
        if 0 < len(above) <= 2 and all(_caption_like(infos[j]) for j in above):
            anchor = untitled[1]

    # --- the page head: everything before the title (or anchor) is chrome
    start = title_lines[0] if title_lines else (anchor if anchor is not None else 0)
    if title_lines or anchor is not None:
        for i in range(start):
            if labels[i] != "blank":
                if i == anchor:
                    labels[i], reasons[i] = "meta", "metadata"
                    continue
                if _source_cell_by(infos, i, anchor):
                    # 发布时间 … over 来源 某某报 above the headline: the date's info block
                    labels[i], reasons[i] = "meta", "metadata"
                    continue
                if infos[i].print_edition and _page_header(infos[i]):
                    labels[i], reasons[i] = "meta", "print-edition"  # 第4版:要闻 over the title
                    continue
                if not title_lines and _caption_like(infos[i]):
                    continue  # a photo caption over the date: body
                if _paragraph_above(infos[i], rules) and not _slide_caption(infos, i):
                    continue  # a paragraph closed by a full stop: never dropped
                labels[i] = "chrome"
                reasons[i] = _edge(infos[i], rules) or infos[i].chrome_any or "before-title"
    else:
        # no article structure: only known chrome at the top of the page
        head_chrome = 0
        for i in range(n):
            inf = infos[i]
            if inf.blank:
                continue
            if inf.print_edition and _page_header(inf):
                labels[i], reasons[i] = "meta", "print-edition"  # 第2版:要闻 atop the page
                head_chrome += 1
                start = i + 1
                continue
            rid = inf.chrome_any or inf.head
            if rid is None and not _PUNCT.search(inf.key) and len(inf.key) <= 40:
                rid = _edge(inf, rules)
            if rid is None and len(inf.key) <= 120 and _NAV_PIPES.fullmatch(inf.key):
                rid = _edge(inf, rules)  # 首页 | 新闻频道 | 电视指南 | … (a long menu bar)
            if rid is None and head_chrome and _nav_like(inf.key):
                rid = "nav-row"  # 节目内容 栏目介绍 主创人员: tabs under the menu bar
            if rid is None:
                break
            labels[i] = "chrome"
            reasons[i] = rid
            head_chrome += 1
            start = i + 1
        # 某某事件 | 某某报 (the page's title) … 某某事件 (its heading) over prose
        h = _heading_of_page_title(infos, start, rules)
        if h is not None:
            title_lines = [h]
            _chrome_above(infos, start, h, labels, reasons, rules)
        # site chrome, then a headline over prose: the page of an article without metadata
        j = start
        while j < n and infos[j].blank:
            j += 1
        if (
            not title_lines
            and j < n
            and (head_chrome or _headline_alone(infos[j]))
            and _title_like(infos[j])
            and not _bare_names(infos[j])
            and not _crumb_repeated(infos, start, j)
        ):
            k2 = j + 1
            # (a rule of asterisks under the headline: skipped, like blank lines)
            while k2 < n and (
                infos[k2].blank
                or infos[k2].chrome_any == "symbol-rule"
                or (infos[k2].key[:1] in "(（" and _IMAGE_NOTE.fullmatch(infos[k2].key))
            ):
                k2 += 1
            # 标题 / • 上一篇 / • 下一篇 / • 某某。 张三 摄 / 正文: the story's links under the
            # headline, then perhaps the lead photo's caption, then the text
            widgets = 0
            while (
                k2 < n
                and widgets < 3
                and (infos[k2].blank or (infos[k2].chrome_any and len(infos[k2].key) <= 12))
            ):
                widgets += not infos[k2].blank
                k2 += 1
            if widgets and k2 < n and _PHOTO_CREDIT_END.search(infos[k2].key):
                k2 = _next_content(infos, k2 + 1, rules) or n
            if k2 < n and _prose_like_head(infos[k2], rules):
                title_lines = [j]
        if not title_lines:
            # a headline over prose, under short label lines (a section's name, a site's
            # name) and over short widgets (``Print More``, ``人气 2624``)
            h = _headline_over_prose(infos, start, rules)
            if h is not None:
                title_lines = [h]
                _chrome_above(infos, start, h, labels, reasons, rules)
        if not title_lines:
            # the headline set twice (the page's title, then its heading) over prose; the
            # lines above it are left as they are
            h = _repeated_headline(infos, start, rules)
            if h is not None:
                title_lines = [h]
        if not title_lines:
            # 当前版:04版 / 发布日期: / 标题 / 正文: an e-paper's page header, then the headline
            h = _headline_after_page_header(infos, start, rules)
            if h is not None:
                title_lines = [h]
                _chrome_above(infos, start, h, labels, reasons, rules)
        if title_lines:
            # the widgets between the headline and its text
            w = title_lines[0] + 1
            outlet = False
            while w < n and (
                infos[w].blank
                or _widget_like(infos[w], rules)
                or (not outlet and _news_outlet(infos[w]) and not _prose_like_head(infos[w], rules))
            ):
                if _EDITORIAL_HEADING.fullmatch(infos[w].key):
                    break  # 编者按 under the headline: the note's heading opens the text
                if _marker_again(infos, w, rules):
                    break  # 【配音】 … 【配音】: a marker the text repeats opens the text
                if not infos[w].blank and not outlet and _news_outlet(infos[w]):
                    outlet = True  # 某某新闻网 under the headline: the outlet, its source
                    if not _widget_like(infos[w], rules):
                        labels[w], reasons[w] = "meta", "source"
                        w += 1
                        continue
                if not infos[w].blank:
                    labels[w] = "chrome"
                    reasons[w] = infos[w].chrome_any or _edge(infos[w], rules) or "widget"
                w += 1
    if len(title_lines) == 1 and _list_item(infos, title_lines[0], rules):
        title_lines = []
    for t in title_lines:
        labels[t] = "title"
        reasons[t] = "title"
    title_key = infos[title_lines[0]].key if title_lines else None
    bracket_title: Optional[str] = None
    if not title_lines:
        # 【某地警方拘捕四十人】警方今日通报……: the headline in brackets opens the body
        j = start
        while j < n and infos[j].blank:
            j += 1
        if j < n and anchor is None:
            opening = infos[j].text.lstrip()
            bm = _BRACKET_HEADLINE.match(infos[j].key)
            tm = _BRACKET_HEADLINE.match(fold(opening)) if bm is not None else None
            if bm is not None and tm is not None and not _LEAD_TAG.search(bm.group("t")):
                bracket_title = opening[tm.start("t") : tm.end("t")].strip()
                title_key = bm.group("t").strip()
            elif _wire_lead(infos[j].key):
                # 新华社北京2月2日电 题:某某: the wire's lead (body) names the headline after 题
                wt = _WIRE_TI.search(infos[j].key)
                if wt is not None:
                    bracket_title = title_key = wt.group("t")

    # --- the metadata block after the title
    i = (max(title_lines) + 1) if title_lines else start
    head_last = anchor if anchor is not None else i - 1
    while i < n:
        inf = infos[i]
        if inf.blank:
            i += 1
            continue
        if i in split_dates:
            for j in range(i, split_dates[i] + 1):
                labels[j], reasons[j] = "meta", "published"
            i = split_dates[i] + 1
            continue
        if _is_meta(inf) or inf.dateline is not None or inf.relative or (i == anchor):
            labels[i], reasons[i] = "meta", "metadata"
        elif title_key is not None and _same_title(inf.key, title_key):
            labels[i], reasons[i] = "title", "title-repeated"
        elif (
            title_lines
            and labels[_prev_content(labels, i)] == "title"
            and _DASH_SUBTITLE.match(inf.key)
            and not _SENTENCE_END.search(inf.key)
            and len(_CJK.findall(inf.key)) >= 4
        ):
            labels[i], reasons[i] = "title", "subtitle"  # ——某某系列报道之一: the subtitle
        elif title_key is not None and (last := _title_pieces(infos, i, title_key)) is not None:
            # 甲乙 / 丙丁 under 栏目 甲乙丙丁: the headline again, set in pieces
            for j in range(i, last + 1):
                if not infos[j].blank:
                    labels[j], reasons[j] = "title", "title-repeated"
            i = last
        elif labels[i] == "chrome" or (labels[i] == "meta" and reasons[i] == "source"):
            pass  # a widget (or the outlet's name) under the headline, found with it
        elif inf.chrome_any or (anchor is not None and i <= head_last + 12 and _edge(inf, rules)):
            labels[i], reasons[i] = "chrome", inf.chrome_any or _edge(inf, rules) or ""
        elif (
            (
                anchor is not None
                and i > anchor
                and labels[_prev_content(labels, i)] == "meta"
                and _short_plain(inf)
                and not _PUNCT.search(inf.key)
                and len(inf.key) <= 10
                and _next_content(infos, i + 1, rules) != i + 1
                and i + 1 < n
                and _edge(infos[i + 1], rules)
            )
            or _outlet_under_date(infos, labels, anchor, i)
            or _outlet_under_byline(infos, labels, anchor, i)
        ):
            labels[i], reasons[i] = "meta", "source"
        elif anchor is not None and i < anchor and _bare_names(inf) and _surnamed(inf):
            labels[i], reasons[i] = "meta", "byline"
        elif (
            anchor is not None
            and i > anchor
            and _prev_content(labels, i) == anchor
            and ((_bare_names(inf) and _surnamed(inf)) or _bulleted_name(inf))
            and _lone_name_over_prose(infos, i, rules)
        ):
            labels[i], reasons[i] = "meta", "byline"  # a writer's name alone under the date
        elif (
            anchor is not None
            and i > anchor
            and reasons[_prev_content(labels, i)] == "byline"
            and _writer_note(inf)
            and (nxt := _next_content(infos, i + 1, rules)) is not None
            and (_prose(infos[nxt], rules) or _paragraph(infos[nxt], rules))
        ):
            labels[i], reasons[i] = "meta", "writer-note"  # (作者系某大学教授) under the name
        elif anchor is not None and i < anchor and _outlet_like(inf):
            labels[i], reasons[i] = "meta", "source"
        elif anchor is not None and i < anchor and title_lines and _caption_like(inf):
            labels[i], reasons[i] = "body", ""  # the lead photo's caption above the date
        elif anchor is not None and i < anchor and title_lines and _wire_lead(inf.key):
            labels[i], reasons[i] = "body", ""  # 某某网某地1月13日电 题:…: the wire's lead
        elif anchor is not None and i < anchor:
            labels[i], reasons[i] = "chrome", "between-title-and-metadata"
        else:
            break
        i += 1
    body_start = i

    # --- the body, up to the first end-of-article marker
    # prose_after[i]: some line from i on reads like prose (filled in when first asked)
    prose_after: list[bool] = []

    def _prose_from(i: int) -> bool:
        if not prose_after:
            prose_after.extend([False] * (n + 1))
            for j in range(n - 1, -1, -1):
                prose_after[j] = prose_after[j + 1] or _prose(infos[j], rules)
        return prose_after[i]

    tail_start = n
    seen_body = False
    seen_paragraph = False  # a full paragraph of prose met in the body
    stamp_seen = False  # a post's date and time under its text, on a page without one above
    skip_to = body_start
    for i in range(body_start, n):
        inf = infos[i]
        if inf.blank or i < skip_to:
            continue
        if seen_body and (inf.end or (_chrome_run(infos, i, rules) and not _prose_from(i + 1))):
            if inf.end and not seen_paragraph and not title_lines and anchor is None:
                # 热门文章 (a sidebar's heading) at the top of a page without a headline found,
                # ad slots, then a headline over paragraphs: the article is under the marker
                h = _headline_after_marker(infos, i, rules)
                if h is not None:
                    for j in range(body_start, h):
                        if not infos[j].blank:
                            labels[j] = "chrome"
                            reasons[j] = (
                                infos[j].end or infos[j].chrome_any or _edge(infos[j], rules)
                            ) or "before-title"
                    labels[h], reasons[h] = "title", "title"
                    title_lines = [h]
                    skip_to = body_start = h + 1
                    seen_body = False
                    continue
            nxt = _article_follows(infos, i, rules) if inf.end else None
            if nxt is None and inf.end and (not seen_paragraph or _under_date(infos, labels, i)):
                # a toolbar under the headline (分享 / 收藏) or right under the page's date
                # line, then the first paragraph
                nxt = _paragraph_after_widgets(infos, i, rules)
            if nxt is None:
                tail_start = i
                break
            # another article follows (a list page, glued pages): the widgets between are chrome
            for j in range(i, nxt):
                if not infos[j].blank:
                    labels[j] = "chrome"
                    reasons[j] = infos[j].end or infos[j].chrome_any or _edge(infos[j], rules) or ""
            skip_to = nxt
            continue
        if (
            seen_body
            and inf.credits is not None
            and _PHOTO_CREDIT_END.search(inf.key)
            and len(inf.key) <= 40
            and labels[_prev_content(labels, i)] == "body"
            and (nx := _next_content(infos, i + 1, rules)) is not None
            and not _is_meta(infos[nx])
            and not _bare_full_date(infos[nx])
            and not infos[nx].chrome_any
            and not infos[nx].end
            and not _chrome_run(infos, nx, rules)
        ):
            # 本报记者 张三摄 between two photo captions: the credit closes a caption (body)
            # (over a lone date, 2013年2月22日 星期五, or the site's footer, it closes the
            # story: metadata)
            labels[i], reasons[i] = "body", ""
        elif _is_meta(inf):
            labels[i], reasons[i] = "meta", "metadata"
        elif len(inf.key) <= 12 and _UNNAMED_BYLINE.fullmatch(inf.key):
            # 新华社记者 / □本报记者 on its own line: a credit whose names the page left out
            labels[i], reasons[i] = "meta", "unnamed-byline"
        elif (
            seen_body
            and inf.dateline is not None
            and (not inf.dateline.before or _PUBLISHED_ON.fullmatch(fold(inf.dateline.before)))
            and len(inf.dateline.after) <= 4
            and (
                labels[_prev_content(labels, i)] == "meta"
                or reasons[_prev_content(labels, i)] == "dated-list"
            )
        ):
            pv = _prev_content(labels, i)
            if reasons[pv] in ("published", "dated-list") and infos[pv].credits is None:
                # 2025-04-04 / 2025-04-04 / 2025-04-03: a list's dates, one under another,
                # not the page's: chrome, the one above as well
                labels[pv], reasons[pv] = "chrome", "dated-list"
                labels[i], reasons[i] = "chrome", "dated-list"
            else:
                labels[i], reasons[i] = "meta", "published"  # （来源：某报） / 2024.3.5
        elif (
            anchor is None
            and seen_body
            and inf.dateline is not None
            and not inf.dateline.before
            and not inf.dateline.after
            and inf.dateline.date.has_time
            and inf.dateline.date.year is not None
        ):
            # 印度税务部门… / 2023-02-14 17:41:37: a post's time stamp under its text (and
            # each entry's of a live transcript after it: metadata, never prose)
            labels[i], reasons[i] = "meta", "stamp" if stamp_seen else "published"
            stamp_seen = True
        elif inf.chrome_any:
            labels[i], reasons[i] = "chrome", inf.chrome_any
        elif (
            inf.key.startswith("#")
            and labels[_prev_content(labels, i)] == "meta"
            and _edge(inf, rules) == "hashtags"
        ):
            labels[i], reasons[i] = "chrome", "hashtags"  # topic tags under the date
        elif inf.head and not seen_body:
            labels[i], reasons[i] = "chrome", inf.head
        elif title_key is not None and not seen_body and _same_title(inf.key, title_key):
            labels[i], reasons[i] = "title", "title-repeated"
        elif bracket_title is not None and inf.key == title_key:
            labels[i], reasons[i] = "chrome", "title-repeated"
        elif (
            seen_body
            and inf.key == title_key
            and (nx := _next_content(infos, i + 1, rules)) is not None
            and infos[nx].end
        ):
            # the headline again over 今日热搜 / 相关新闻: the first item of a list after the text
            labels[i], reasons[i] = "chrome", "title-repeated"
        else:
            labels[i], reasons[i] = "body", ""
            if (len(inf.key) >= 20 and _PUNCT.search(inf.key)) or not inf.key:
                seen_body = True
            if not seen_paragraph and _prose(inf, rules):
                seen_paragraph = True

    # □ 张三 / 正文……: a print byline's box bullet and the writer's name over the text
    fb = next((t for t in range(body_start, n) if not infos[t].blank), None)
    if (
        fb is not None
        and labels[fb] == "body"
        and _BOX_BYLINE.fullmatch(infos[fb].key)
        and 0 < len(split_names(infos[fb].key.lstrip("□■ "), strict=True)) <= 3
    ):
        nx = _next_content(infos, fb + 1, rules)
        if nx is not None and _prose(infos[nx], rules):
            labels[fb], reasons[fb] = "meta", "byline"

    # --- page furniture after the last paragraph when no end marker was met: a run of
    # lines that match edge rules, after the closing credits or without a sentence's end
    if tail_start == n:
        j = n - 1
        run: list[int] = []
        while j >= body_start:
            inf = infos[j]
            if inf.blank or labels[j] == "chrome":
                # (furniture already known is part of the run: 0 above a lone ×, as strip
                # leaves it, is the same furniture it is once × is gone)
                j -= 1
                continue
            if labels[j] != "body" or not _edge(inf, rules):
                break
            run.append(j)
            j -= 1
        after_credits = j >= body_start and labels[j] == "meta"
        for r in reversed(run):
            rid = _edge(infos[r], rules)
            footer = rid in _FOOTER_RULES and (anchor is not None or bool(title_lines))
            if after_credits or not _SENTENCE_END.search(infos[r].key) or footer:
                labels[r], reasons[r] = "chrome", _edge(infos[r], rules) or "after-article"
            else:
                break
        _after_closing_credits(infos, labels, reasons, body_start, rules)

    # --- the tail: closing credits are metadata, the rest is chrome
    for i in range(tail_start, n):
        inf = infos[i]
        if inf.blank:
            continue
        if _is_meta(inf) and (
            inf.credits is None
            or inf.credits.editors
            or inf.credits.authors
            or inf.print_edition
            or inf.original_title
            or inf.credits.source
            or inf.credits.others
            or (inf.credits.empty and _EDITOR_LABEL.match(inf.key))
        ):
            labels[i], reasons[i] = "meta", "metadata"
        else:
            labels[i] = "chrome"
            reasons[i] = inf.end or inf.chrome_any or _edge(inf, rules) or "after-article"
    _closing_name(infos, labels, reasons, body_start, rules)
    _split_closing_credit(infos, labels, reasons, body_start, rules)
    _section_menus(infos, labels, reasons)
    _lone_date_in_head(infos, labels, reasons, rules)
    _footer_block(infos, labels, reasons)
    if not title_lines and bracket_title is None and "title" not in labels:
        h = _headline_over_first_paragraph(infos, labels, reasons, rules)
        if h is not None:
            labels[h], reasons[h] = "title", "headline-over-text"
            title_lines = [h]
    return Layout(
        labels, reasons, infos, title_lines, anchor, body_start, tail_start, bracket_title
    )


#: a photographer's credit closing a caption (``张三 摄``, ``张三/摄(某某视觉)``)
_PHOTO_CREDIT_END = re.compile(r"(?:摄|攝|摄影|攝影)\s*(?:[(（][^()（）]{1,12}[)）])?$")
# ——某某之一: a subtitle under the headline, opened by a dash
_DASH_SUBTITLE = re.compile(r"\s*(?:——|—|--)(?![-—|])[^。]{2,60}$")
_BOX_BYLINE = re.compile(r"[□■] ?[\u3400-\u9fff][\u3400-\u9fff、 ]{1,14}")
# a section's name in a menu: 要闻, 今日头条, 国际新闻, 体育频道
_SECTION_WORD = re.compile(r"[\u3400-\u9fff]{0,4}(新闻|头条|要闻|专题|话题|频道|快讯|焦点)")


# the words of a site's footer: its copyright, licences, owner, address and phones
_FOOTER_WORD = re.compile(
    r"Copyright|©|版权|版權|许可证|許可證|ICP|备案|備案|主办|主辦|主管|承办|承辦|协办|協辦"
    r"|技术支持|技術支持|地址|电话|電話|热线|熱線|邮编|郵編|传真|傳真"
    r"|网站地图|網站地圖|联系我们|聯繫我們|聯絡我們|E-?mail|邮箱|郵箱",
    re.IGNORECASE,
)
# what makes such a block the site's footer by itself: a copyright or a licence number
_STRONG_FOOTER = re.compile(
    r"Copyright|©|版权所有|版權所有|ICP|许可证|許可證|公网安备|公網安備", re.IGNORECASE
)


def _footer_block(infos: list[LineInfo], labels: list[str], reasons: list[str]) -> None:
    """The block closing the page, under the article: lines naming the site's copyright,
    licences, owner, address or phones (``Copyright © … All Rights Reserved``,
    ``主办单位:某某局``, ``电话:0000-1234567``), with no line of prose between, are the
    site's footer (chrome) when the block holds a copyright or licence line, known to the
    rules (``未经授权禁止复制``, an ICP number) or not. Up to two short lines under such a
    line (the outlet's name, ``官方微信``) go with it; a writer's name never does."""
    n = len(infos)
    j = n - 1
    known = False
    block: list[int] = []
    pending: list[int] = []  # short lines, part of the block once a footer line is above
    while j >= 0:
        inf = infos[j]
        if inf.blank:
            j -= 1
            continue
        if labels[j] == "chrome":
            known = known or reasons[j] in _FOOTER_RULES or reasons[j] == "copyright"
            j -= 1
            continue
        k = inf.key
        if labels[j] != "body" or not k or len(k) > 120 or _SENTENCE_END.search(k) or "。" in k:
            break
        if _FOOTER_WORD.search(inf.text):
            known = known or _STRONG_FOOTER.search(inf.text) is not None
            block.extend(pending)
            pending = []
            block.append(j)
        elif (
            len(pending) < 2
            and len(k) <= 8
            and not _PUNCT.search(k)
            and not _bare_names(inf)
            and not _is_meta(inf)
        ):
            pending.append(j)
        else:
            break
        j -= 1
    if known:
        for t in block:
            labels[t], reasons[t] = "chrome", "site-footer"


def _bare_full_date(inf: LineInfo) -> bool:
    """The line is a full date alone (``2013年2月22日 星期五``, ``2013-02-22``)."""
    dl = inf.dateline
    return (
        dl is not None
        and dl.date.year is not None
        and not dl.before
        and len(dl.after) <= 4
        and inf.credits is None
    )


def _dated(inf: LineInfo) -> bool:
    """The line carries a full date (with its year), as a date line or in a credit."""
    if inf.dateline is not None and inf.dateline.date.year is not None:
        return True
    c = inf.credits
    return c is not None and c.date is not None and c.date.year is not None


def _lone_date_in_head(
    infos: list[LineInfo], labels: list[str], reasons: list[str], rules: RuleSet
) -> None:
    """A page whose metadata gives no date, and whose head (the lines before its first
    paragraph of prose) holds exactly one line that is a full date, alone or with a
    bullet or a short word (``• 2019/08/21 18:20``, ``2016-12-16``): that line is the
    page's date, metadata. Two or more dates there say nothing (a calendar, a list)."""
    if any(lab == "meta" and _dated(inf) for lab, inf in zip(labels, infos)):
        return
    found: Optional[int] = None
    for i in range(min(len(infos), 40)):
        inf = infos[i]
        if labels[i] == "title":
            continue
        if _prose_like_head(inf, rules):
            break
        dl = inf.dateline
        if dl is None or dl.date.year is None:
            if _dated(inf):
                return
            continue
        if labels[i] != "body" or len(dl.before) + len(dl.after) > 6:
            return
        if found is not None:
            return
        found = i
    if found is not None:
        labels[found], reasons[found] = "meta", "metadata"


def _section_menus(infos: list[LineInfo], labels: list[str], reasons: list[str]) -> None:
    """Five or more short lines in a row, most of them sections' names, are a menu
    (``今日头条 / 专题 / 要闻 / 国际新闻 / …``): chrome, wherever they stand."""
    n = len(infos)
    i = 0
    while i < n:
        j = i
        while (
            j < n
            and labels[j] == "body"
            and 0 < len(infos[j].key) <= 6
            and not _PUNCT.search(infos[j].key)
        ):
            j += 1
        if (
            j - i >= 5
            and 2 * sum(1 for t in range(i, j) if _SECTION_WORD.fullmatch(infos[t].key)) >= j - i
        ):
            for t in range(i, j):
                labels[t], reasons[t] = "chrome", "section-menu"
        i = max(j, i + 1)


_BRACKET_NAME = re.compile(r"[(（] ?([\u3400-\u9fff]{2,3}) ?[)）]")
# (张三 李四): two or three writers, set apart by spaces or 、
_BRACKET_NAMES = re.compile(
    r"[(（] ?([\u3400-\u9fff]{2,3}(?:[ 、][\u3400-\u9fff]{2,3}){1,2}) ?[)）]"
)


def _closing_name(
    infos: list[LineInfo], labels: list[str], reasons: list[str], body_start: int, rules: RuleSet
) -> None:
    """``(张三)`` alone after the last paragraph: the writer's credit (metadata).

    Only the last body line of the page, a surnamed name in brackets, right under a
    paragraph that ends with a sentence's punctuation.
    """
    last = next((i for i in range(len(infos) - 1, body_start - 1, -1) if labels[i] == "body"), None)
    if last is None or len(infos[last].key) > 15:
        return
    m = _BRACKET_NAME.fullmatch(infos[last].key) or _BRACKET_NAMES.fullmatch(infos[last].key)
    if m is None or m.group(1) in rules.lexicon("not_closing_names"):
        return
    parts = m.group(1).replace("、", " ").split(" ")
    if len(split_names(m.group(1), strict=True)) != len(parts):
        return
    if not all(has_surname(p) and p not in rules.lexicon("not_closing_names") for p in parts):
        return
    prev = _prev_content(labels, last)
    pk = infos[prev].key
    if prev < body_start or labels[prev] != "body" or len(pk) < 20 or not _SENTENCE_END.search(pk):
        return
    labels[last], reasons[last] = "meta", "closing-name"


#: ``……的风采。(记者`` over ``张三)``: a closing credit broken after its role word
_SPLIT_CREDIT_OPEN = re.compile(
    r"[。！!？?”」][(（] ?(?:本报记者|记者|通讯员|实习生|作者|文/图|文) ?$"
)
_SPLIT_CREDIT_NAMES = re.compile(
    r" ?([\u3400-\u9fff]{2,3}(?:[ 、][\u3400-\u9fff]{2,3}){0,2}) ?[)）]"
)


def _split_credit_names(above: str, key: str) -> list[str]:
    """The surnamed names of ``张三)`` when the line above ends with ``(记者``."""
    m = _SPLIT_CREDIT_NAMES.fullmatch(key) if len(key) <= 15 else None
    if m is None or _SPLIT_CREDIT_OPEN.search(above) is None:
        return []
    names = split_names(m.group(1), strict=True)
    parts = m.group(1).replace("、", " ").split(" ")
    if len(names) != len(parts) or not all(has_surname(n) for n in names):
        return []
    return names


def _split_closing_credit(
    infos: list[LineInfo], labels: list[str], reasons: list[str], body_start: int, rules: RuleSet
) -> None:
    """``张三)`` as the last body line, under a paragraph ending ``(记者``: the credit's names
    (metadata), the line breaking inside the brackets."""
    last = next((i for i in range(len(infos) - 1, body_start - 1, -1) if labels[i] == "body"), None)
    if last is None:
        return
    prev = _prev_content(labels, last)
    if prev < body_start or labels[prev] != "body":
        return
    names = _split_credit_names(infos[prev].key, infos[last].key)
    if names and not set(names) & set(rules.lexicon("not_closing_names")):
        labels[last], reasons[last] = "meta", "closing-name"


def _source_cell_by(infos: list[LineInfo], i: int, anchor: Optional[int]) -> bool:
    """Line ``i`` only credits a source, and the date line ``anchor`` is the next line with
    text above or below it (an information block's two rows)."""
    c = infos[i].credits
    if anchor is None or c is None or not c.source or c.authors or c.editors:
        return False
    lo, hi = (anchor, i) if anchor < i else (i, anchor)
    return all(infos[j].blank for j in range(lo + 1, hi))


def _after_closing_credits(
    infos: list[LineInfo], labels: list[str], reasons: list[str], body_start: int, rules: RuleSet
) -> None:
    """Short widget-like lines after the article's closing editor credit are chrome.

    Only when every line left after the credit is short, without any punctuation of a
    sentence (a site's furniture: ``手机光明网``), and the credit closes a body.
    """
    n = len(infos)
    last = None
    seen_body = False
    for i in range(body_start, n):
        lab = labels[i]
        if lab == "body":
            seen_body = True
        elif lab == "meta" and seen_body:
            c = infos[i].credits
            if (c is not None and c.editors) or infos[i].print_edition:
                last = i
    if last is None:
        return
    rest = [i for i in range(last + 1, n) if labels[i] == "body"]
    if not rest:
        return
    for i in rest:
        k = infos[i].key
        if len(k) > 20 or _PUNCT.search(k) or _SENTENCE_END.search(k) or "(" in k:
            return
    for i in rest:
        labels[i], reasons[i] = "chrome", _edge(infos[i], rules) or "after-credits"


def _prose_like_head(inf: LineInfo, rules: RuleSet) -> bool:
    """A line that would be article prose if it stood before a headline."""
    if inf._prose_head is None:
        inf._prose_head = _prose_like_head_uncached(inf, rules)
    return inf._prose_head


def _prose_like_head_uncached(inf: LineInfo, rules: RuleSet) -> bool:
    k = inf.key
    if not k:
        return not inf.blank  # a very long line
    if len(k) < 30:
        return False
    m = _PUNCT.search(k)
    if m is None or _PUNCT.search(k, m.end()) is None:
        return False  # fewer than two punctuation marks
    return not inf.chrome_any and not _edge(inf, rules)


_KANA = re.compile(r"[\u3040-\u30ff]")
_TRAILING_TIME = re.compile(r"[(（] ?\d{1,2}:\d\d ?[)）]$")


def _caption_like(inf: LineInfo) -> bool:
    """A photo caption: a short sentence closed by a bracketed photo credit."""
    k = inf.key
    return 0 < len(k) <= 120 and _CAPTION_CREDIT.search(k) is not None


def _prose_above(inf: LineInfo, rules: RuleSet) -> bool:
    """A line above a headline that reads like the article's own prose (a standfirst, a
    caption): Chinese, not a Japanese or English notice, not a clickbait headline
    (``…无限期停播!``: an exclamation or a question without any full stop)."""
    if not _prose_like_head(inf, rules) or (inf.credits is not None and inf.credits.date):
        return False  # (a credit line with its date: 发布机构: 某某 生成日期: 2024-01-24)
    k = inf.key
    if not k:
        return True
    if len(_CJK.findall(k)) < 10 or len(_KANA.findall(k)) >= 3:
        return False
    return "。" in k or not k.endswith(("!", "?"))


_BRAND_TAG = re.compile(r"【[^【】]{1,16}】")


def _paragraph_above(inf: LineInfo, rules: RuleSet) -> bool:
    """A line above the headline that is a whole paragraph: prose closed by a full stop (a
    blogger's note over a reposted story), or cut after a comma. A run of blurbs for bracketed brands
    (``【某某电子报】…。【某某周刊】…。``) is a newsletter's promotion, not a paragraph."""
    if not _prose_above(inf, rules):
        return False
    k = inf.key
    if not k or not k.rstrip("」”』’）)").endswith(("。", "，", ",")):
        return False
    return len(_BRAND_TAG.findall(k)) < 2


#: the heading of an editor's or a reporter's note opening the text (``编者按``, ``記者手記``)
_EDITORIAL_HEADING = re.compile(
    r"[【\[(（]?(?:编者按|編者按|编者的话|編者的話|编前|編前|编前语|編前語|编后|編後|编后语|編後語"
    r"|记者手记|記者手記|采访手记|採訪手記|编辑手记|編輯手記|导读|導讀)[】\])）]?[:：]?"
)


def _headline_after_page_header(infos: list[LineInfo], start: int, rules: RuleSet) -> Optional[int]:
    """The headline under an e-paper's page header (``第2版:要闻``) near the top of the page,
    past at most three short lines (empty labels, widgets), over prose: its line, or None."""
    n = len(infos)
    for i in range(start, min(n, start + 12)):
        if not (infos[i].print_edition and _page_header(infos[i])):
            continue
        j = _next_content(infos, i + 1, rules)
        skipped = 0
        while j is not None and skipped <= 3:
            inf = infos[j]
            if _title_like(inf) and not _bare_names(inf):
                nx = _next_content(infos, j + 1, rules)
                if nx is not None and _prose_like_head(infos[nx], rules):
                    return j
                return None
            if len(inf.key) > 20 or _SENTENCE_END.search(inf.key):
                return None
            skipped += 1
            j = _next_content(infos, j + 1, rules)
        return None
    return None


_CRUMB_SEP = re.compile(r"[>＞»/]| - |位置")


def _crumb_repeated(infos: list[LineInfo], start: int, j: int) -> bool:
    """The line at ``j`` is a section's name that closes a breadcrumb above it
    (``您所在的位置:首页 - 学校新闻`` / ``学校新闻``): the section's heading, not the headline."""
    k = infos[j].key
    if not _section_name(infos[j]):
        return False
    for i in range(max(0, start - 8), j):
        above = infos[i].key
        if above.endswith(k) and len(above) > len(k) and _CRUMB_SEP.search(above):
            return True
    return False


def _section_name(info: LineInfo) -> bool:
    """A short label without punctuation (``新闻与活动``): a section's name, not a headline."""
    k = info.key
    return 0 < len(k) <= 6 and not _PUNCT.search(k) and " " not in k


def _list_item(infos: list[LineInfo], t: int, rules: RuleSet) -> bool:
    """The line at ``t`` opens a run of lines written to one pattern (photo captions
    ``某某一行在甲地视察,…`` / ``某某一行在乙地视察,…``): an item of a list, not a headline."""
    k = infos[t].key
    nx = _next_content(infos, t + 1, rules)
    if nx is None or len(k) < 16 or not _PUNCT.search(k):
        return False
    for _ in range(2):  # two more lines to the same pattern, each its own text
        other = infos[nx].key
        if len(other) < 16 or k[:8] != other[:8] or other.startswith(k) or k.startswith(other):
            return False
        nx2 = _next_content(infos, nx + 1, rules)
        if nx2 is None:
            return False
        nx = nx2
    return True


def _marker_again(infos: list[LineInfo], w: int, rules: RuleSet) -> bool:
    """``infos[w]``, short and no known widget, is said again as a line further down, after
    prose (a TV script's 【配音】 and 【同期】 markers): part of the text, not a control."""
    inf = infos[w]
    k = inf.key
    if not k or inf.blank or inf.chrome_any or _edge(inf, rules):
        return False
    prose = False
    for x in range(w + 1, len(infos)):
        if infos[x].key == k:
            return prose
        if not prose and len(infos[x].key) >= 15 and _SENTENCE_END.search(infos[x].key):
            prose = True
    return False


def _widget_like(inf: LineInfo, rules: RuleSet) -> bool:
    """A short control or counter between a headline and its text (``Print More``)."""
    k = inf.key
    if not k:
        return False
    if inf.chrome_any or _edge(inf, rules):
        return True
    if k[0] in "(（" and _IMAGE_NOTE.fullmatch(k):
        return False  # (资料图): an image's placeholder caption opens the text
    return (
        len(k) <= 12
        and len(_CJK.findall(k)) <= 4
        and not _SENTENCE_END.search(k)
        and not _title_like(inf)
    )


# 图片来源:某某社 / 图片提供:某某: a photo's credit (no sentence after it)
_PHOTO_SOURCE = re.compile(r"(?:图片|相片|照片)(?:来源|提供) ?[:：] ?[^\s，,。:：]{2,20}$")
# 某某传媒 Brand - 某某观点.某某真相: a site's name (Latin name optional) and its slogan
_BRAND_SLOGAN = re.compile(
    r"(?P<o>[^\s]{2,12})(?: [A-Za-z][A-Za-z0-9]{1,19})? [-|–—] [^\s，,。!?！？]{2,20}"
)


def _brand_slogan(inf: LineInfo) -> bool:
    """``某某传媒 Brand - 某某观点.某某真相``: a site's name and its slogan, no headline."""
    k = inf.key
    bs = _BRAND_SLOGAN.fullmatch(k) if 20 < len(k) <= 40 else None
    return (
        bs is not None and _OUTLET_NAME.fullmatch(bs.group("o")) is not None and not _is_meta(inf)
    )


def _label_like(inf: LineInfo) -> bool:
    """A short line above a headline: a section's or a site's name, never a sentence."""
    k = inf.key
    if _brand_slogan(inf):
        return True
    return (
        0 < len(k) <= 20
        and not _SENTENCE_END.search(k)
        and "，" not in k
        and "," not in k
        and "。" not in k
        and (not _is_meta(inf) or (inf.print_edition and _page_header(inf)))
    )


def _plain_headline(inf: LineInfo) -> bool:
    """A title-like line that is no date line, no exclamation (``欢迎来到本栏目！`` greets
    the reader) and no photo's caption (``某某事件(网络图片)``): what the steps that find a
    headline with no metadata under it may take."""
    k = inf.key
    return (
        _title_like(inf)
        and inf.dateline is None
        and not k.endswith(("!", "！"))
        and not (_TRAILING_NOTE.search(k) and not _TRAILING_TIME.search(k))
    )


def _headline_over_prose(infos: list[LineInfo], start: int, rules: RuleSet) -> Optional[int]:
    """The headline of a page with no metadata under it, among its first lines.

    A title-like line whose next content, past up to three short widgets and at most one
    subtitle or standfirst, is a paragraph of prose. Only short label lines or chrome may
    stand above it (they turn chrome), so a line of prose never does.
    """
    n = len(infos)
    i = start
    seen = 0
    while i < n and seen < 5:
        inf = infos[i]
        if inf.blank:
            i += 1
            continue
        k = inf.key
        if (
            _plain_headline(inf)
            and not (_bare_names(inf) and not _TRAILING_TIME.search(k) and len(_CJK.findall(k)) < 5)
            and not _brand_slogan(inf)
        ):
            j = i + 1
            widgets = 0
            sub: Optional[int] = None  # a subtitle or standfirst under the headline
            while j < n:
                nj = infos[j]
                if nj.blank:
                    j += 1
                    continue
                if (
                    _prose_like_head(nj, rules)
                    or _opening_sentence(infos, j, rules)
                    or _wire_lead(nj.key)
                ):
                    if (
                        sub is None
                        or len(k) > 10
                        or len(infos[sub].key) <= len(k)
                        or _DASH_SUBTITLE.match(infos[sub].key)  # ——…之二: a subtitle
                    ):
                        return i
                    break  # a short section label over the headline: the next line is it
                if widgets < 3 and (_widget_like(nj, rules) or _news_outlet(nj)):
                    widgets += 1  # (an outlet's name under the headline: its source)
                elif widgets < 3 and len(nj.key) <= 30 and _PHOTO_SOURCE.match(nj.key):
                    widgets += 1  # 图片来源:某某社: the lead photo's credit over the text
                elif sub is None and _subtitle_like(nj):
                    sub = j
                else:
                    break
                j += 1
        if not (
            inf.chrome_any or inf.head or _edge(inf, rules) or _label_like(inf) or _latin_only(inf)
        ):
            return None
        if not inf.chrome_any:
            seen += 1  # (known chrome, however long its run, is passed over)
        i += 1
    return None


# 1;某某 / 2、某某: an item of a numbered list, never the headline
_LIST_NUMBER = re.compile(r"\d{1,2} ?[;；.、)）]")


def _headline_over_first_paragraph(
    infos: list[LineInfo], labels: list[str], reasons: list[str], rules: RuleSet
) -> Optional[int]:
    """The last headline-like line above the page's first paragraph, when no other step
    found a headline: the lines between may only be metadata, chrome, a short widget (it
    turns chrome) or a writer's name (a byline), and nothing above it may read like prose
    (it is then a heading inside the text, not the article's headline)."""
    n = len(infos)
    p = next(
        (
            i
            for i in range(n)
            if labels[i] == "body"
            and (_prose_like_head(infos[i], rules) or _paragraph(infos[i], rules))
        ),
        None,
    )
    if p is None:
        return None
    j = p - 1
    passed: list[int] = []
    while j >= 0:
        inf = infos[j]
        if inf.blank or labels[j] in ("chrome", "meta"):
            j -= 1
            continue
        if (
            labels[j] == "body"
            and _plain_headline(inf)
            and not _bare_names(inf)
            and not _caption_like(inf)
            and not _wire_lead(inf.key)
            and not _LIST_NUMBER.match(inf.key)
            and not inf.key.endswith(("报道", "報導", "报导"))
        ):
            text_above = any(labels[i] == "body" for i in range(j))
            if text_above and not (infos[j - 1].blank and j + 1 < n and infos[j + 1].blank):
                return None  # short lines of the text run into it: a heading or a verse
            for w in passed:
                if _bare_names(infos[w]):
                    if _surnamed(infos[w]):
                        labels[w], reasons[w] = "meta", "byline"
                elif not _EDITORIAL_HEADING.fullmatch(infos[w].key):
                    # (编者按 opens the text: never a widget)
                    labels[w], reasons[w] = "chrome", infos[w].chrome_any or "widget"
            return j
        if len(passed) < 2 and (_widget_like(inf, rules) or _bare_names(inf)):
            passed.append(j)  # a counter, a control or the writer's name under the headline
            j -= 1
            continue
        return None
    return None


def _wire_lead(k: str) -> bool:
    """新华社北京2月2日电 题:……: an agency's dated lead, the opening of the text."""
    return ("电" in k or "讯" in k or "電" in k or "訊" in k) and _WIRE_LEAD.match(k) is not None


def _latin_only(inf: LineInfo) -> bool:
    """A short line with no Chinese at all (``Contact Us``, a theme's filler text) above a
    Chinese headline: the site's template, not the article."""
    k = inf.key
    return 0 < len(k) <= 200 and not _CJK.search(k) and not _is_meta(inf) and inf.dateline is None


def _chrome_above(
    infos: list[LineInfo],
    start: int,
    head: int,
    labels: list[str],
    reasons: list[str],
    rules: RuleSet,
) -> None:
    """Label the lines between ``start`` and the headline at ``head`` chrome, except blank
    lines and paragraphs (never dropped), each with the rule that explains it."""
    paged = any(infos[i].print_edition and _page_header(infos[i]) for i in range(start, head))
    for i in range(start, head):
        inf = infos[i]
        if paged and inf.print_edition and _page_header(inf):
            labels[i], reasons[i] = "meta", "print-edition"  # 第4版:要闻 over the title
            continue
        if paged and _is_meta(inf):
            labels[i], reasons[i] = "meta", "metadata"  # 发布日期: on an e-paper's page
            continue
        if (
            paged
            and inf.dateline is not None
            and len(inf.dateline.before) + len(inf.dateline.after) <= 4
        ):
            labels[i], reasons[i] = "meta", "published"  # the e-paper's issue date
            continue
        if not inf.blank and not _paragraph_above(inf, rules):
            labels[i] = "chrome"
            reasons[i] = (
                infos[i].chrome_any or infos[i].head or _edge(infos[i], rules) or "before-title"
            )


def _slide_caption(infos: list[LineInfo], i: int) -> bool:
    """Line ``i`` follows a short line set twice (a slide's name, as alt text and as
    heading): the caption of a photo carousel, not the article's prose."""
    p1 = i - 1
    while p1 >= 0 and i - p1 <= 3 and infos[p1].blank:
        p1 -= 1
    p2 = p1 - 1
    while p2 >= 0 and p1 - p2 <= 3 and infos[p2].blank:
        p2 -= 1
    if p2 < 0 or i - p1 > 3 or p1 - p2 > 3 or infos[p1].blank or infos[p2].blank:
        return False
    k = infos[p1].key
    return 0 < len(k) <= 30 and k == infos[p2].key and not _PUNCT.search(k)


def _headline_twice_below(
    infos: list[LineInfo], top: int, anchor: int, rules: RuleSet
) -> Optional[int]:
    """A headline set twice under the date ``anchor`` (short lines such as photo captions
    between), its second setting over prose, while the line ``top`` taken for the title
    is the page's first line and is said only once: that line is a banner, not the title.
    """
    if any(not infos[j].blank for j in range(top)) or anchor - top > 2:
        return None
    seen: dict[str, int] = {}
    i = anchor + 1
    n = len(infos)
    lines = 0
    while i < n and lines < 12:
        inf = infos[i]
        i += 1
        if inf.blank or _is_meta(inf):
            continue
        lines += 1
        if _prose_like_head(inf, rules):
            return None
        k = inf.key
        if k == infos[top].key:
            return None
        first = seen.get(k)
        if first is not None:
            nxt = _next_content(infos, i, rules)
            if nxt is not None and _prose_like_head(infos[nxt], rules):
                return first
            return None
        if len(k) >= 6 and _title_like(inf) and not _bare_names(inf):
            seen[k] = i - 1
    return None


def _repeated_headline(infos: list[LineInfo], start: int, rules: RuleSet) -> Optional[int]:
    """A headline written twice in a row (only blank lines between), then prose."""
    for i in range(start, min(len(infos), start + 40)):
        inf = infos[i]
        if inf.blank or len(inf.key) < 6 or not _title_like(inf) or _bare_names(inf):
            continue
        j = _next_content(infos, i + 1, rules)
        if j is None or infos[j].key != inf.key:
            continue
        nxt = _next_content(infos, j + 1, rules)
        if nxt is not None and _prose_like_head(infos[nxt], rules):
            return i
    return None


# 某某事件 | 某某报 China Press / 某某事件 - 某某网: a page's title, the site's name after it
_PAGE_TITLE = re.compile(r"(?P<t>[^|｜丨]{6,80}?) ?(?:[|｜丨]| [-–—_] ?)[^|｜丨。,!?]{2,40}")


def _heading_of_page_title(infos: list[LineInfo], start: int, rules: RuleSet) -> Optional[int]:
    """The heading that repeats the page's title line (``标题 | 站名``), over prose.

    The page's title must be the first line with text; its heading comes within the
    next twelve lines, the lines between being short (no paragraph of prose).
    """
    n = len(infos)
    i = start
    while i < n and infos[i].blank:
        i += 1
    if i >= n or len(infos[i].key) > 120:
        return None
    m = _PAGE_TITLE.fullmatch(infos[i].key)
    if m is None:
        return None
    head = m.group("t").strip()
    for j in range(i + 1, min(n, i + 13)):
        inf = infos[j]
        if inf.blank:
            continue
        if inf.key == head:
            if not _title_like(inf):
                return None
            nxt = _next_content(infos, j + 1, rules)
            if nxt is not None and _prose_like_head(infos[nxt], rules):
                return j
            return None
        if _prose(inf, rules) or len(inf.key) > 40:
            return None
    return None


_TAG_BEFORE_TITLE = re.compile(r"[(【\[][^()【】\[\]]{1,12}[)】\]] ?")


def _same_title(k: str, title_key: str) -> bool:
    """``k`` is the headline again, alone or after a bracketed tag (``(两会授权发布)标题``)."""
    if k == title_key:
        return True
    return (
        len(k) > len(title_key)
        and k.endswith(title_key)
        and _TAG_BEFORE_TITLE.fullmatch(k[: len(k) - len(title_key)]) is not None
    )


def _title_pieces(infos: list[LineInfo], i: int, title_key: str) -> Optional[int]:
    """The last of two or three short lines from ``i`` that, joined, say the headline
    again (all of it, or all of it after a section's name and a space), or None."""
    whole = title_key.replace(" ", "")
    tail = title_key.split(" ", 1)[1].replace(" ", "") if " " in title_key else whole
    if len(tail) < 8:
        return None
    joined = ""
    j = i
    pieces = 0
    while j < len(infos) and pieces < 3:
        inf = infos[j]
        if inf.blank:
            j += 1
            continue
        k = inf.key.replace(" ", "")
        if not k or _PUNCT.search(k[-1]) or len(k) > len(whole):
            return None
        joined += k
        pieces += 1
        if pieces >= 2 and joined in (whole, tail):
            return j
        if not (whole.startswith(joined) or tail.startswith(joined)):
            return None
        j += 1
    return None


def _opening_sentence(infos: list[LineInfo], j: int, rules: RuleSet) -> bool:
    """Line ``j`` is a one-sentence opening paragraph (``某网突然火了。``) over prose."""
    inf = infos[j]
    k = inf.key
    if not k.endswith("。") or len(_CJK.findall(k)) < 4 or inf.chrome_any or _edge(inf, rules):
        return False
    if _is_meta(inf) or inf.dateline is not None:
        return False
    nxt = _next_content(infos, j + 1, rules)
    return nxt is not None and _prose_like_head(infos[nxt], rules)


def _under_date(infos: list[LineInfo], labels: list[str], i: int) -> bool:
    """The line before ``i`` (blanks aside) is metadata that dates the page."""
    p = _prev_content(labels, i)
    c = infos[p].credits
    return p < i and labels[p] == "meta" and c is not None and c.date is not None


def _content_after(infos: list[LineInfo], i: int, most: int) -> Iterator[int]:
    """The first ``most`` lines after ``i`` that are not blank."""
    seen = 0
    for j in range(i + 1, len(infos)):
        if infos[j].blank:
            continue
        if seen == most:
            return
        seen += 1
        yield j


def _paragraph_after_widgets(infos: list[LineInfo], i: int, rules: RuleSet) -> Optional[int]:
    """After the end marker at ``i``, only widget lines, then a paragraph of prose: where
    the paragraph starts (the marker was a toolbar, not the article's end), or None."""
    for j in _content_after(infos, i, 5):
        inf = infos[j]
        if inf.end or _is_meta(inf):
            return None
        if _prose(inf, rules) or _paragraph(inf, rules):
            return j
        # (a widget's label may end in a colon: 邮箱:)
        short = len(inf.key) <= 12 and not _PUNCT.search(inf.key.rstrip(":"))
        if not (inf.chrome_any or _edge(inf, rules) or short):
            return None
    return None


def _prose(inf: LineInfo, rules: RuleSet) -> bool:
    """A line that reads like article prose and matches no chrome rule."""
    if inf._prose is None:
        inf._prose = _prose_uncached(inf, rules)
    return inf._prose


def _paragraph(inf: LineInfo, rules: RuleSet) -> bool:
    """A line of twenty characters or more that holds a full stop 。 and matches no
    chrome rule: a paragraph, where :func:`_prose` asks for two stops (half-width commas
    count there not: the key folds ，to ,)."""
    k = inf.key
    return (
        len(k) >= 20
        and "。" in k
        and not inf.chrome_any
        and not inf.end
        and not _edge(inf, rules)
        and not _is_meta(inf)
    )


def _prose_uncached(inf: LineInfo, rules: RuleSet) -> bool:
    k = inf.key
    if not k:
        return not inf.blank
    return (
        len(k) >= 40
        and k.count("。") + k.count("，") >= 2
        and not inf.chrome_any
        and not inf.end
        and not _edge(inf, rules)
        and not _is_meta(inf)
    )


def _article_follows(infos: list[LineInfo], i: int, rules: RuleSet) -> Optional[int]:
    """Where another article starts after the end marker at ``i`` (glued pages), or None.

    After the marker, widget lines may come; then a headline or a paragraph, and at least
    two lines of prose among the next six lines of content, before any other end marker.
    Lists of related headlines (no prose) and the page's footer do not qualify.
    """
    n = len(infos)
    for j in _content_after(infos, i, 5):
        inf = infos[j]
        if inf.end or _is_meta(inf):
            return None
        if not (inf.chrome_any or _edge(inf, rules)):
            break
    else:
        return None
    if not (_title_like(infos[j]) or _prose_like_head(infos[j], rules)):
        return None
    prose = 0
    full = 0
    stop = False  # a full stop met: a list of headlines (questions, colons) has none
    seen = 0
    k = j
    while k < n and seen < 6:
        inf = infos[k]
        k += 1
        if inf.blank:
            continue
        if inf.end:
            break
        seen += 1
        if _is_meta(inf):
            continue
        # two lines of prose, one of them a full paragraph (a short item's second
        # sentence may be short), and a full stop somewhere in them
        if _prose_like_head(inf, rules):
            full += 1
            prose += 1
        elif _short_prose(inf, rules):
            prose += 1
        else:
            continue
        stop = stop or "。" in inf.key or not inf.key
        if prose >= 2 and full and stop:
            return j
    return None


def _headline_after_marker(infos: list[LineInfo], i: int, rules: RuleSet) -> Optional[int]:
    """After the end marker at ``i``, up to six short lines that end no sentence (ad slots,
    a sidebar's items), then a headline over two paragraphs of prose: the headline, or None.
    """
    for j in _content_after(infos, i, 7):
        inf = infos[j]
        if inf.end or _is_meta(inf) or _prose(inf, rules) or _paragraph(inf, rules):
            return None
        if (
            _title_like(inf)
            and not _bare_names(inf)
            and (nx := _next_content(infos, j + 1, rules)) is not None
            and _prose_like_head(infos[nx], rules)
        ):
            return j if _article_follows(infos, j - 1, rules) == j else None
        if len(inf.key) > 30 or _SENTENCE_END.search(inf.key):
            return None
    return None


def _short_prose(inf: LineInfo, rules: RuleSet) -> bool:
    """A short sentence of prose: two punctuation marks and a sentence's end."""
    k = inf.key
    if len(k) < 16 or not _SENTENCE_END.search(k):
        return False
    m = _PUNCT.search(k)
    if m is None or _PUNCT.search(k, m.end()) is None:
        return False
    return not inf.chrome_any and not _edge(inf, rules)


def _undated(k: str) -> str:
    """``k`` without its full dates and spaces (what a dated heading says besides the date)."""
    out = k
    for d in reversed(find_dates(k, yearless=False)):
        out = out[: d.start] + out[d.end :]
    return out.replace(" ", "")


# an English headline (a bilingual page's): capitalised words, no full stop at the end
_ENGLISH_HEADLINE = re.compile(r"[A-Z][A-Za-z0-9'’‘\",:;\-–—&%$ ]{14,140}[A-Za-z0-9?!'’\"]")


def _english_headline(info: LineInfo) -> bool:
    t = info.text.strip()
    return (
        not info.chrome_any
        and _ENGLISH_HEADLINE.fullmatch(t) is not None
        and 4 <= t.count(" ") + 1 <= 20
        and not _nav_like(info.key)
    )


def _titles_below(infos: list[LineInfo], a: int, rules: RuleSet) -> list[int]:
    """A headline (and a subtitle) below the metadata line ``a``, followed by prose.

    Only short navigation or chrome lines may come between ``a`` and the headline.
    """
    n = len(infos)

    def nonblank(i: int) -> int:
        while i < n and infos[i].blank:
            i += 1
        return i

    j = nonblank(a + 1)
    passed = 0
    heading = _undated(infos[a].key)
    while j < n and passed <= 6:
        inf = infos[j]
        if heading and _undated(inf.key) == heading:
            # 某某节目 2024-03-05 / 2024-03-05某某节目: the page's heading said again
            passed += 1
            j = nonblank(j + 1)
            continue
        # (#某话题#某地: topic tags under the date, never the headline)
        if (
            (_title_like(inf) or _english_headline(inf))
            and not _bare_names(inf)
            and _edge(inf, rules) != "hashtags"
        ):
            k = nonblank(j + 1)
            if k < n and _prose_like_head(infos[k], rules):
                return [j]
            if k < n and (_title_like(infos[k]) or _subtitle_like(infos[k])):
                m = nonblank(k + 1)
                if m < n and _prose_like_head(infos[m], rules):
                    return [j, k]
        if not (inf.chrome_any or _edge(inf, rules) or len(inf.key) <= 12):
            return []
        passed += 1
        j = nonblank(j + 1)
    return []


def _short_plain(inf: LineInfo) -> bool:
    return (
        bool(inf.key)
        and len(inf.key) <= 16
        and not _SENTENCE_END.search(inf.key)
        and "，" not in inf.key
    )


def _chrome_run(infos: list[LineInfo], i: int, rules: RuleSet, need: int = 3) -> bool:
    """True if line ``i`` is chrome and the next ``need`` lines are chrome or short labels."""
    inf = infos[i]
    if not (inf.chrome_any or _edge(inf, rules)):
        return False
    seen = 0
    j = i + 1
    while j < len(infos) and seen < need:
        nxt = infos[j]
        j += 1
        if nxt.blank:
            continue
        if _is_meta(nxt):
            return False
        if not (nxt.chrome_any or nxt.end or _edge(nxt, rules) or _short_plain(nxt)):
            return False
        seen += 1
    return seen >= need or (seen > 0 and j >= len(infos))


def _prev_content(labels: list[str], i: int) -> int:
    j = i - 1
    while j > 0 and labels[j] == "blank":
        j -= 1
    return max(j, 0)


def _next_content(infos: list[LineInfo], i: int, rules: RuleSet) -> Optional[int]:
    stop = min(len(infos), i + 30)
    while i < stop:
        inf = infos[i]
        if not inf.blank and not inf.chrome_any and not (inf.key and _edge_tokens(inf)):
            return i
        i += 1
    return None


def _titles_above(infos: list[LineInfo], a: int, rules: RuleSet) -> list[int]:
    """Up to two headline lines just above the metadata line ``a`` (top one first)."""
    found: list[int] = []
    j = a - 1
    skipped = 0
    outlet: Optional[int] = None  # an outlet's name right above ``a``: a source, or the title
    captions = 0
    wire = False
    writer_between = False
    while j >= 0 and skipped <= 6:
        inf = infos[j]
        if inf.blank:
            j -= 1
            continue
        if not found and (
            inf.chrome_any
            or _is_meta(inf)
            or inf.dateline is not None
            or inf.relative
            or (
                _bare_names(inf)
                and not ((skipped == 0 or (skipped == 1 and writer_between)) and _unnamed_word(inf))
            )
            or (skipped == 0 and outlet is None and _outlet_like(inf))
            or (inf.key and _edge_tokens(inf))
            or _NUMERIC_TOKEN.fullmatch(inf.key.replace(" ", ""))
        ):
            if skipped == 0 and outlet is None and _outlet_like(inf):
                outlet = j
            # 现场传技 / 张三 / 2021年10月19日: the writer's name between headline and date
            writer_between = skipped == 0 and _bare_names(inf) and _surnamed(inf)
            skipped += 1
            j -= 1
            continue
        if not found and captions < 2 and _caption_like(inf):
            captions += 1  # the lead photo's caption between the headline and its date
            j -= 1
            continue
        if not found and not wire and _wire_lead(inf.key):
            # 标题 / 某某网某地1月13日电 题:…… / 某某网记者 张三: the wire's lead between
            # the headline and the reporter's credit (the lead is the text's opening)
            wire = True
            j -= 1
            continue
        if not found and not _title_like(inf) and _subtitle_like(inf):
            up = j - 1
            while up >= 0 and infos[up].blank:
                up -= 1
            if up >= 0 and _title_like(infos[up]) and not _edge(infos[up], rules):
                return [up, j]
        if (
            not found
            and skipped == 0
            and infos[a].dateline is not None
            and _closed_headline(inf)
            and all(infos[t].blank for t in range(j))
        ):
            return [j]  # 某某之家,结束篇。 / 2011/5/25 编辑:…: a page's first line over its date
        if _title_like(inf) and len(found) < 2:
            if found and inf.key == infos[found[-1]].key:
                found.append(j)
                break
            found.append(j)
            j -= 1
            continue
        break
    if not found and outlet is not None and _title_like(infos[outlet]):
        return [outlet]  # no headline above it: the short line is the headline
    if len(found) == 2:
        upper = infos[found[1]]
        lower = infos[found[0]].key
        if upper.key.startswith(lower) and upper.key[len(lower) : len(lower) + 2].strip()[:1] in (
            "_",
            "-",
            "|",
            "–",
            "—",
        ):
            return [found[0]]  # the page's <title> (headline_site) over the headline
        # a second line counts only when it, too, looks like a headline, not navigation
        if (
            upper.head
            or _edge(upper, rules)
            or len(upper.key) < 6
            or _bulleted(upper.key)
            or _link_bar(upper.key)
            or _NUMBERED_ITEM.match(upper.key) is not None
            or _INSTITUTION.fullmatch(upper.key) is not None
            or _outlet_like(upper)
            or _keyword_list(upper.key)
        ):
            found = found[:1]  # (``· 订阅本站RSS``: an item of a bulleted link list)
    return _whole_headline_above(infos, sorted(found))


def _closed_headline(inf: LineInfo) -> bool:
    """A short headline closed by a full stop (``某某之家,结束篇。``): one clause or two,
    no other sentence inside, no chrome (only taken as the page's first line over its date)."""
    k = inf.key
    if not (6 <= len(k) <= 24) or not k.endswith("。") or inf.chrome_any or inf.end:
        return False
    if _SENTENCE_INSIDE.search(k[:-1]) or len(_PUNCT.findall(k)) > 2:
        return False
    return len(_CJK.findall(k)) >= 4 and not _is_meta(inf) and inf.dateline is None


_BULLETS = "·●▪◆•"
# 某某大学附属某某医院: an institution's name over the headline (its site's banner)
_INSTITUTION = re.compile(
    r"[\u3400-\u9fff]{2,20}(?:医院|大学|学院|学校|中学|小学|幼儿园|公司|集团|人民政府|政府"
    r"|委员会|研究院|研究所|协会|学会|人民法院|法院|检察院|银行|融媒体中心)"
)


# 3. 跳转到更多网站: an item of a numbered link list (skip links)
_NUMBERED_ITEM = re.compile(r"\d{1,2}\. ")
# 某某_某某某_某某某某: search keywords joined by underscores (a hijacked page's <title>)
_KEYWORD_PART = re.compile(r"[^_\s]{2,}")


def _keyword_list(k: str) -> bool:
    """Three or more words joined by ``_`` and nothing else: a keyword list, no headline."""
    parts = k.split("_")
    return len(parts) >= 3 and all(_KEYWORD_PART.fullmatch(p) for p in parts)


_LINK_CELL = re.compile(r"\s[·|｜]\s|【")


def _link_bar(k: str) -> bool:
    """A row of links (``某某网首页 · 新闻首页 · 【繁体阅读】 【网友评论】 【排行】``)."""
    return len(_LINK_CELL.findall(k)) >= 4


def _bulleted(k: str) -> bool:
    """A line opened by a list bullet (``· 加入社群``): an item of a link list."""
    return k[:1] in _BULLETS


def _whole_headline_above(infos: list[LineInfo], found: list[int]) -> list[int]:
    """An e-paper's headline written whole over its pieces (``甲乙丙`` over ``甲`` ``乙`` ``丙``)."""
    if not found:
        return found
    pieces = "".join(infos[i].key.replace(" ", "") for i in range(found[0], found[-1] + 1))
    j = found[0] - 1
    while j >= 0 and found[0] - j <= 4 and not infos[j].blank:
        whole = infos[j].key.replace(" ", "")
        if whole == pieces and len(whole) >= 8:
            return list(range(j, found[-1] + 1))
        pieces = whole + pieces
        j -= 1
    return found


def label_lines(text: str) -> list[str]:
    """One label per line of ``text.split("\\n")``: chrome, title, meta, body or blank.

    >>> label_lines("首页 > 新闻 > 正文\\n标题在这里\\n2020-07-03 05:36 来源：人民网\\n正文第一段。\\n返回顶部")
    ['chrome', 'title', 'meta', 'body', 'chrome']
    """
    require_str(text, "label_lines")
    return analyse(text).labels


def strip_chrome_and_explain(text: str) -> tuple[str, list[Change]]:
    """Drop the chrome lines of ``text`` (and only those), explaining each removal.

    Each removed line is one :class:`~zhnews.changes.Change` with step ``"chrome"``,
    covering the line and its newline, with the rule's id in the reason.

    >>> strip_chrome_and_explain("正文第一段。\\n分享让更多人看到")[0]
    '正文第一段。'
    """
    require_str(text, "strip_chrome_and_explain")
    layout = analyse(text)
    lines = text.split("\n")
    kept = [i for i, lab in enumerate(layout.labels) if lab != "chrome"]
    if len(kept) == len(lines):
        return text, []
    last_kept = kept[-1] if kept else -1
    changes: list[Change] = []
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line)
        if layout.labels[i] == "chrome":
            # a line goes with its newline: the one after it, or before it past the last kept line
            if i < last_kept or (last_kept < 0 and i < len(lines) - 1):
                s, e = pos, end + 1
            elif last_kept >= 0:
                s, e = pos - 1, end
            else:
                s, e = pos, end
            changes.append(
                Change("chrome", s, e, text[s:e], "", f"chrome line ({layout.reasons[i]})")
            )
        pos = end + 1
    return "\n".join(lines[i] for i in kept), changes


def strip_chrome(text: str) -> str:
    """Return ``text`` without its chrome lines (navigation, share prompts, footers…).

    >>> strip_chrome("人民网>>观点\\n标题\\n2020年07月03日05:36 | 来源：人民网\\n正文。\\n分享让更多人看到")
    '标题\\n2020年07月03日05:36 | 来源：人民网\\n正文。'
    """
    require_str(text, "strip_chrome")
    return strip_chrome_and_explain(text)[0]

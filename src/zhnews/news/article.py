"""Split a scraped news page into its article: title, credits, dates, body.

``parse`` first repairs the text (mojibake, then inserted pinyin readings) when those
layers are available, then labels every line (see :mod:`zhnews.news.lines`) and reads
the metadata lines. It extracts, it does not delete: every input line ends up in the
body, in a metadata field, or in ``removed`` with the rule that removed it.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Optional, Union

from zhnews._guards import require_str
from zhnews.changes import Change
from zhnews.news._text import BLANK_CHARS, fold, squash
from zhnews.news.bylines import (
    DEPARTMENT_END,
    Credits,
    DatelineMatch,
    has_surname,
    parse_credits,
    parse_dateline,
    parse_glued_source_byline,
    parse_head_byline,
    parse_original_title,
    parse_print_edition,
    parse_print_tag,
    parse_simple_byline,
    split_names,
    taken_from,
)
from zhnews.news.dates import DateMatch, find_dates, url_date, url_year
from zhnews.news.lines import GLUED_SHARE, Layout, analyse
from zhnews.news.rules import RulePack, RuleSet, default_rules, load_rules

__all__ = ["Article", "Dateline", "PrintEdition", "Removed", "parse"]

CST = timezone(timedelta(hours=8))
Published = Union[datetime, date]


@dataclass(frozen=True)
class PrintEdition:
    """The print edition an article appeared in: paper, ISO date, page (as written)."""

    paper: Optional[str]
    date: Optional[str]
    page: Optional[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values."""
        return {"paper": self.paper, "date": self.date, "page": self.page}


@dataclass(frozen=True)
class Dateline:
    """An agency dateline (``新华社北京7月3日电（记者 张三）``), with the resolved date.

    ``date`` is the full date when the year could be established; ``date_basis`` says
    from what (``"written"``, ``"published"``, ``"print edition"``, ``"url"``).
    """

    agency: Optional[str]
    place: Optional[str]
    date_text: Optional[str]
    reporters: tuple[str, ...] = ()
    date: Optional[date] = None
    date_basis: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (agency, place, date_text, reporters)."""
        return {
            "agency": self.agency,
            "place": self.place,
            "date_text": self.date_text,
            "reporters": list(self.reporters),
        }


@dataclass(frozen=True)
class Removed:
    """A dropped line: its number in the repaired text, the text, label and rule."""

    line: int
    text: str
    label: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values."""
        return {"line": self.line, "text": self.text, "label": self.label, "rule": self.rule}


@dataclass(frozen=True)
class Article:
    """A parsed article. ``to_dict()`` gives JSON-ready values.

    ``editors`` holds the names credited as editors (责任编辑, 责编, 编辑, 编审 and the like).
    Reviewers and proofreaders (审核, 校对, and 监制, 终审…) are deliberately *not* editors,
    as annotators of Chinese news read them; a credit line naming them is kept in
    ``removed`` with label ``meta`` and a reason listing those names, so nothing is lost.
    ``published_basis`` says which line or evidence gave ``published``; ``zone_basis`` how
    its time zone was decided: ``written (美东时间)`` when the page names a zone,
    ``default +08:00`` for Chinese-language outlets (mainland, Hong Kong, Macau, Taiwan,
    Singapore), ``naive: …`` for an outlet known to publish elsewhere without a written
    zone, None when ``published`` is a date or absent.

    >>> a = parse("标题：示例\\n2020年07月03日05:36 来源：人民网\\n正文。")
    >>> a.source, a.to_dict()["published"]
    ('人民网', '2020-07-03T05:36:00+08:00')
    """

    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    author_roles: tuple[tuple[str, str], ...] = ()
    published: Optional[Published] = None
    published_text: Optional[str] = None
    source: Optional[str] = None
    editors: tuple[str, ...] = ()
    print_edition: Optional[PrintEdition] = None
    dateline: Optional[Dateline] = None
    original_title: Optional[str] = None
    body: str = ""
    removed: tuple[Removed, ...] = ()
    changes: tuple[Change, ...] = ()
    published_basis: Optional[str] = None
    zone_basis: Optional[str] = None
    labels: tuple[str, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values with the documented keys."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "author_roles": dict(self.author_roles),
            "published": self.published.isoformat() if self.published is not None else None,
            "published_text": self.published_text,
            "source": self.source,
            "editors": list(self.editors),
            "print_edition": self.print_edition.to_dict() if self.print_edition else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "original_title": self.original_title,
            "body": self.body,
            "removed": [r.to_dict() for r in self.removed],
            "changes": [c.to_dict() for c in self.changes],
        }


def _layer(module: str, name: str) -> Optional[Callable[[str], tuple[str, list[Change]]]]:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    fn = getattr(mod, name, None)
    return fn if callable(fn) else None


def _repair(text: str) -> tuple[str, list[Change]]:
    changes: list[Change] = []
    for module, name in (
        ("zhnews.encoding.repair", "repair_and_explain"),
        ("zhnews.script.pinyin", "strip_pinyin_and_explain"),
    ):
        fn = _layer(module, name)
        if fn is None:
            continue
        text, ch = fn(text)
        changes.extend(ch)
    return text, changes


def _clean(value: str) -> str:
    return squash(value.translate({ord(c): " " for c in BLANK_CHARS}))


def _zone_for(meta_text: str, url: Optional[str], rules: RuleSet) -> tuple[Optional[timezone], str]:
    """The default zone of the page's times, and why.

    +08:00 (mainland China, Hong Kong, Macau, Taiwan, Singapore: the outlets of nearly all
    Chinese-language news) unless the URL or a metadata line names an outlet known to
    publish elsewhere (lexicon ``naive_zone``): then times stay naive.
    """
    if url:
        host = url.split("//", 1)[-1].split("/", 1)[0].lower()
        for suffix, offset in _pairs(rules, "tld_zone"):
            if host.endswith(suffix):
                h, _, m = offset.lstrip("+-").partition(":")
                sign = -1 if offset.startswith("-") else 1
                delta = timedelta(hours=int(h), minutes=int(m or 0)) * sign
                return timezone(delta), f"url host {suffix} ({offset})"
    probe = fold(meta_text) + " " + (url or "")
    for entry in rules.lexicon("naive_zone"):
        if fold(entry) in probe:
            return None, f"naive: outlet outside +08:00 ({entry})"
    return CST, "default +08:00"


def _pairs(rules: RuleSet, name: str) -> list[tuple[str, str]]:
    """Lexicon entries written ``key=value``, keys folded."""
    out = []
    for entry in rules.lexicon(name):
        k, sep, v = entry.partition("=")
        if sep:
            out.append((fold(k), v))
    return out


def _paper_of_site(url: Optional[str], rules: RuleSet) -> Optional[str]:
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    for dom, paper in _pairs(rules, "paper_domains"):
        if host == dom or host.endswith("." + dom):
            return paper
    return None


def _outlet_name(org: str, rules: RuleSet) -> Optional[str]:
    """The outlet a reporter credit names: ``扬子晚报/紫牛新闻`` gives 扬子晚报, ``南都`` 南方都市报."""
    first = re.split(r"[/·]", org)[0].strip()
    k = fold(first)
    for abbr, full in _pairs(rules, "outlet_abbrev"):
        if k == abbr:
            return full
    if _OUTLET.search(k) and k not in _BARE_KINDS:
        return first
    # 法治日报全媒体记者: the outlet's name, then a word for its desk
    m = _OUTLET_HEAD.match(k)
    if m and m.group(0) not in ("本报", "本刊", "本网"):
        return first[: m.end()]
    return None


def parse(
    text: str,
    *,
    url: Optional[str] = None,
    rules: Union[RuleSet, Iterable[Union[str, RulePack]], None] = None,
    repair: bool = True,
) -> Article:
    """Parse a scraped news page into an :class:`Article` (repairs first, then structure).

    ``rules`` may be a :class:`~zhnews.news.rules.RuleSet` or paths/packs to add to the
    built-in ones (see :func:`zhnews.news.rules.load_rules`). ``url`` helps resolve
    year-less datelines (``/n1/2020/0703/``) and the time zone.

    >>> a = parse("人民网>>观点\\n地方干部直播带货\\n2020年07月03日05:36 | 来源：人民网\\n"
    ...           "本报北京7月2日电 （记者 张三、李四）正文。\\n(责编：白宇、董晓伟)\\n分享让更多人看到")
    >>> a.title, a.editors, a.dateline.reporters, a.authors
    ('地方干部直播带货', ('白宇', '董晓伟'), ('张三', '李四'), ('张三', '李四'))
    """
    require_str(text, "parse")
    if url is not None:
        require_str(url, "parse")
    if rules is None:
        ruleset = default_rules()
    elif isinstance(rules, RuleSet):
        ruleset = rules
    else:
        ruleset = load_rules(rules)
    changes: list[Change] = []
    if repair:
        text, changes = _repair(text)
    layout = analyse(text, ruleset)
    return _build(text, layout, changes, url, ruleset)


def _build(
    text: str, layout: Layout, changes: list[Change], url: Optional[str], rules: RuleSet
) -> Article:
    lines = text.split("\n")
    labels = layout.labels
    title = _clean(lines[layout.title_lines[0]]) if layout.title_lines else None
    if title is None and layout.bracket_title:
        title = _clean(layout.bracket_title)
    trims: list[Removed] = []  # what the steps below cut from the headline line
    if title is not None:
        title_line = layout.title_lines[0] if layout.title_lines else None
        for pattern, rule in _TITLE_TAILS:
            cut = pattern.sub("", title)
            if cut and cut != title:
                if title_line is not None:
                    trims.append(Removed(title_line, title[len(cut) :], "title", rule))
                title = cut
    # 新华社北京2月2日电 题:某某: a wire's lead that carries the headline after 题
    wire_lead: Optional[DatelineMatch] = None
    wt = _WIRE_TITLE.fullmatch(title) if title is not None else None
    if wt is not None:
        wire_lead = parse_dateline(wt.string, rules.lexicon("agencies"))
        if wire_lead is not None and wire_lead.date_text:
            title = wt.group("t")
        else:
            wire_lead = None
    title_writer: Optional[str] = None
    tw = _TITLE_WRITER.fullmatch(title) if title is not None else None
    if (
        tw is not None
        and has_surname(tw.group("n"))
        and split_names(tw.group("n"), strict=True)
        and not tw.group("n").endswith(_PLACE_ENDS)
    ):
        # 某某事件惹众怒/张小明: a column's headline, the columnist's name after a slash
        title, title_writer = tw.group("t").rstrip(), tw.group("n")
    title_date: Optional[DateMatch] = None
    pm = _DATED_PROGRAMME.fullmatch(title) if title is not None else None
    if pm is not None:
        # 《某某节目》(2002年3月28日): a programme's name and its air date
        found = find_dates(pm.group("d"), yearless=False)
        if found:
            title, title_date = pm.group("t").strip(), found[0]
    st = _STAMPED_TITLE.fullmatch(title) if title is not None and pm is None else None
    if st is not None:
        # 某某标题 (2025-05-25 18:19:15): a list page's full timestamp after the headline
        found = find_dates(st.group("d"), yearless=False)
        if found and found[0].has_time and found[0].text.strip() == st.group("d").strip():
            title, title_date = st.group("t").rstrip(), found[0]
    authors: list[tuple[str, str]] = []
    editors: list[str] = []
    source: Optional[str] = None
    weak_source: Optional[str] = None
    pub: Optional[DateMatch] = None
    pub_basis: Optional[str] = None
    other_dates: list[DateMatch] = []
    print_ed: Optional[PrintEdition] = None
    print_date: Optional[date] = None
    original_title: Optional[str] = None
    body: list[str] = []
    removed: list[Removed] = trims
    reporter_org: Optional[str] = None
    last_body = max((i for i, lab in enumerate(labels) if lab == "body"), default=-1)
    # metadata lines, in order; the anchor first so that it wins
    order = [i for i, lab in enumerate(labels) if lab == "meta"]
    if layout.anchor is not None and layout.anchor in order:
        order.remove(layout.anchor)
        order.insert(0, layout.anchor)
    others: list[Removed] = []
    explicit: set[str] = set()
    header_page: Optional[str] = None  # the page an e-paper's page header names
    issue_date: Optional[DateMatch] = None  # the date of an e-paper's or newsletter's issue
    labelled_source: Optional[str] = None
    closing_names: list[tuple[str, str]] = []
    for i in order:
        line = lines[i]
        info = layout.infos[i]
        pe = parse_print_edition(line) if info.print_edition else None
        tail_pe = _PE_AFTER.search(line) if pe is None else None
        if tail_pe is not None:
            # 作者:张三 《某某日报》( 2012年10月27日 06版): the edition after the byline
            pe2 = parse_print_edition(line[tail_pe.end() :])
            if pe2 is not None and pe2.paper and pe2.date and pe2.page and print_ed is None:
                d2 = pe2.date.value()
                if d2 is not None:
                    print_ed = PrintEdition(_clean(pe2.paper), d2.isoformat()[:10], pe2.page)
                    print_date = date.fromisoformat(d2.isoformat()[:10])
                    line = line[: tail_pe.end()]
        if pe is not None and pe.header and header_page is None and not _in_page_menu(layout, i):
            header_page = pe.page
        if pe is not None and pe.header and pe.date is not None and issue_date is None:
            issue_date = pe.date
        if pe is not None:
            d = pe.date.value() if pe.date else None
            iso = d.isoformat()[:10] if d is not None else None
            paper = pe.paper or _paper_of_site(url, rules)
            if print_ed is None and paper:
                print_ed = PrintEdition(_clean(paper), iso, pe.page)
                print_date = date.fromisoformat(iso) if iso else None
            elif pe.paper is None and pe.date is not None and pub is None:
                pub, pub_basis = pe.date, f"issue date, metadata line {i + 1}"
            if (
                pe.paper
                and source is None
                and (_SOURCE_LEAD.match(fold(line)) or _FIRST_RUN.match(fold(line)))
            ):
                source = _clean(pe.paper)
            if not line[pe.end :].strip():
                continue
            line = line[pe.end :]
        ot = parse_original_title(line)
        if ot is not None:
            original_title = original_title or ot
            continue
        # 来源:某某网 原题:…: the original title after another credit on the line
        m_ot = _ORIG_AFTER.search(fold(line))
        if m_ot is not None:
            ot = parse_original_title(line[m_ot.end() :])
            if ot is not None:
                original_title = original_title or ot
                line = line[: m_ot.end()]
        c = parse_credits(line) or parse_simple_byline(line)
        if c is None and line is lines[i]:
            c = info.credits  # read with bracketed widgets blanked (【纠错】【责任编辑：…】)
        dl = info.dateline
        if c is not None:
            authors.extend(c.authors)
            if c.author_labels:
                # 作者：问舟 责编：问舟 — a name credited as author in so many words stays one
                explicit.update(a for a, _ in c.authors)
            if reporter_org is None and c.org and not _staff_credit(line, i, last_body, c):
                reporter_org = _outlet_name(c.org, rules)
            editors.extend(e for e in c.editors if e not in editors)
            if c.others:
                credited = "、".join(f"{r} {n}" for n, r in c.others)
                others.append(
                    Removed(i, lines[i], "meta", f"credits not extracted: {credited} (not editors)")
                )
            if c.source and source is None:
                source = _clean(c.source).split(" ")[0]
                labelled_source = source
            elif source is None and (i < layout.body_start or _after_meta(labels, lines, i)):
                # 日期:… / 資料來源:某某處: a data source credited on its own in the
                # metadata block over the text (not a chart's note in the body) is the source
                md = _DATA_SOURCE_LINE.fullmatch(fold(line).strip(BLANK_CHARS))
                if md is not None:
                    source = line.strip(BLANK_CHARS)[md.start("v") :].strip(BLANK_CHARS)
                    source = _clean(source).split(" ")[0] or None
                    labelled_source = source
            if c.date is not None and c.date.year is not None:
                if pub is None:
                    pub, pub_basis = c.date, f"metadata line {i + 1}"
                else:
                    other_dates.append(c.date)
        if dl is not None:
            if pub is None:
                pub, pub_basis = dl.date, f"metadata line {i + 1}"
            wm = _WECHAT_HEAD.fullmatch(fold(dl.before)) if c is None else None
            if wm is not None:
                # 原创 李然 某某公众号 2024年03月05日 08:00 上海: the account is the source
                if wm.group("author") and split_names(wm.group("author"), strict=True):
                    authors.append((dl.before[wm.start("author") : wm.end("author")], "原创"))
                if weak_source is None:
                    weak_source = dl.before[wm.start("account") : wm.end("account")]
            if weak_source is None:
                head = line.partition(dl.date.text)[0].rstrip()
                weak_source = _bare_source(dl.before, dl.after, head.endswith(("|", "｜")))
                if (
                    c is None
                    and weak_source is not None
                    and weak_source == dl.before.strip(" ·/|-／｜")
                    and _person_before_date(weak_source)
                ):
                    # 张小明 2022/03/17 18:11 点阅 548 次: a writer's name before the date
                    # (a surnamed two- or three-character name, no outlet's ending)
                    authors.append((weak_source, "作者"))
                    weak_source = None
                if weak_source is not None and fold(weak_source) in rules.strong:
                    weak_source = None  # 2018-09-10 17:14 打印 字号: a page widget, no outlet
                name, _, rest = dl.after.strip(" ·").partition(" ")
                if c is None and weak_source is not None and name == weak_source and rest:
                    # 2021-06-08 20:21 某某融媒体中心 张三 李四 通讯员 王五: the byline
                    c_rest = parse_credits(rest)
                    if c_rest is not None:
                        authors.extend(c_rest.authors)
        if c is None and dl is None:
            if layout.reasons[i] == "byline":
                byline = line.strip(BLANK_CHARS).lstrip("□■").strip(BLANK_CHARS)
                authors.extend((n, "作者") for n in split_names(byline, strict=True))
            elif layout.reasons[i] == "source" and weak_source is None:
                weak_source = _clean(line).lstrip("·•●▪◆ ")  # (• 某某卫视: a list item)
            elif layout.reasons[i] == "published":
                pass
            elif layout.reasons[i] == "unnamed-byline":
                removed.append(Removed(i, line, "meta", "reporter credit without a name"))
            elif layout.reasons[i] == "closing-name":
                # …的发生。 / (张三): the writer's name in brackets on its own line
                bare = line.strip(BLANK_CHARS).strip("()（）").strip(BLANK_CHARS)
                closing_names.extend((n, "作者") for n in split_names(bare, strict=True))
    if pub is None and title_date is not None:
        pub, pub_basis = title_date, "date after the headline"
    if issue_date is not None and pub is not None and pub is not issue_date and not pub.has_time:
        # 2022年9月8日 星期四 … 2022/09/09 第7923期: the issue's date is the page's date
        pub, pub_basis = issue_date, "issue date"
    if print_ed is None and header_page is not None and labelled_source and pub is not None:
        # 第4版:要闻 … 来源:某某报 时间:2022-05-30: an e-paper page; its source is the paper
        pd = pub.value()
        if pd is not None:
            print_ed = PrintEdition(labelled_source, pd.isoformat()[:10], header_page)
    if print_ed is None and header_page is not None:
        # 第2版:要闻 (上一版 下一版 2021年10月22日): an e-paper's page; the paper and the
        # date when the page states them, else None
        hd = issue_date or pub
        hv = hd.value() if hd is not None else None
        print_ed = PrintEdition(labelled_source, hv.isoformat()[:10] if hv else None, header_page)
    # split dates (2019 / 09/07 / 19:02)
    if (
        pub is None
        and layout.anchor is not None
        and layout.infos[layout.anchor].dateline is not None
    ):
        pub = layout.infos[layout.anchor].dateline.date  # type: ignore[union-attr]
        pub_basis = f"metadata line {layout.anchor + 1}"
    if pub is not None and pub.year is None:
        # a year-less stamp (03-05 08:30): the year from the print edition or the url
        pub = _with_year(pub, print_date, url)
        pub_basis = None if pub is None else f"{pub_basis} (year from print edition or url)"
    for i, lab in enumerate(labels):
        if lab == "body":
            body.append(lines[i].strip(BLANK_CHARS))
        elif lab == "chrome":
            removed.append(Removed(i, lines[i], "chrome", layout.reasons[i]))
        elif lab == "title" and (not layout.title_lines or i != layout.title_lines[0]):
            removed.append(Removed(i, lines[i], "title", layout.reasons[i] or "title"))
    if not editors and body:
        # ……伊朗施压。(完) 【编辑:张三】: the editor credited at the end of the last paragraph
        last = body[-1]
        me = _CLOSING_EDITOR.search(fold(last))
        if me is not None:
            editors.extend(split_names(last[me.start("n") : me.end("n")], strict=True))
    closing_writer: Optional[str] = None
    if source is None and body:
        # …点击观看 来源:某某融媒体中心: the source credited at the end of the last paragraph
        # (or of the paragraph before a closing line: ……金牌。(来源:某某体育) / 值班编辑…)
        for para in body[-2:][::-1]:
            ms = _CLOSING_SOURCE.search(fold(para))
            if ms is None or (para is not body[-1] and not ms.group("open")):
                continue
            source = _clean(para[ms.start("s") : ms.end("s")])
            # …巡视消缺。 作者:张三 来源:某某报: the writer credited just before the source
            ma = _CLOSING_WRITER.search(fold(para), 0, ms.start() + 1)
            if ma is not None:
                closing_writer = para[ma.start("n") : ma.end("n")]
            break
    # dateline in the first paragraphs of the body
    dateline: Optional[Dateline] = None
    agencies = rules.lexicon("agencies")
    first = layout.title_lines[-1] + 1 if layout.title_lines else 0
    content = [i for i in range(first, len(lines)) if labels[i] in ("body", "meta")][:12]
    head_authors: list[str] = []
    tag_paper: Optional[str] = None
    # (the first three paragraphs: a widget or a photo's caption may come before the lead)
    for i in [j for j in content[:6] if labels[j] == "body"][:3]:
        tag_paper = tag_paper or parse_print_tag(lines[i])
        if not head_authors:
            head_authors = list(parse_head_byline(lines[i]))
        if not head_authors:
            glued = parse_glued_source_byline(lines[i])
            if glued is not None:
                head_authors = list(glued[1])
                if source is None:
                    source = glued[0]
    lead_agency: Optional[str] = None
    for pos, i in enumerate(content):
        m = parse_dateline(lines[i], agencies)
        if m is None:
            continue
        if m.place is None and m.date_text is None:
            # 本报讯(记者 张三) / 【某报讯】: an outlet's credit, no place or date before 讯 or
            # 电: no dateline, but its reporters are the authors
            if m.reporters and not head_authors:
                head_authors = list(m.reporters)
            lead_agency = lead_agency or m.agency
            continue
        if not m.reporters:
            # reporters credited on the line right after the lead (新华社北京电 / 记者 张三);
            # a closing credit after the paragraphs is the byline, not the lead's
            for j in content[pos + 1 : pos + 2]:
                c2 = parse_credits(lines[j])
                if c2 is not None and c2.authors and labels[j] == "meta":
                    m = DatelineMatch(
                        m.agency,
                        m.place,
                        m.date_text,
                        m.date,
                        tuple(a for a, _ in c2.authors),
                        m.end,
                    )
                    break
        if not m.reporters:
            # a summary opening with the lead, then the story's own lead naming its
            # reporters (新华社北京4月4日电目前… / 新华社北京4月4日电(记者 张三)…): the same
            # agency, place and date, set again within the next paragraphs
            for j in content[pos + 1 : pos + 4]:
                m2 = parse_dateline(lines[j], agencies) if labels[j] == "body" else None
                if (
                    m2 is not None
                    and m2.reporters
                    and (m2.agency, m2.place, m2.date_text) == (m.agency, m.place, m.date_text)
                ):
                    m = m2
                    break
        dateline = _resolve_dateline(m, pub, print_date, url)
        break
    if dateline is None and wire_lead is not None:
        dateline = _resolve_dateline(wire_lead, pub, print_date, url)
    if dateline is not None and not authors:
        authors.extend((r, "记者") for r in dateline.reporters)
    if (
        authors
        and head_authors
        and all(role == "作者" and not has_surname(a) for a, role in authors)
        and all(has_surname(a) for a in head_authors)
    ):
        # 作者:航空 over 某某网 通讯员张三 报道:…: the label names a desk's word, the text's
        # lead names the reporters (an author is a person)
        authors = []
    if not authors:
        authors.extend((r, "记者") for r in head_authors)
    if not authors and closing_writer is not None:
        authors.append((closing_writer, "作者"))
    if not authors and title_writer is not None:
        authors.append((title_writer, "作者"))
    if not authors:
        authors.extend(closing_names[:3])  # (张三 李四): each writer named
    if not authors:
        authors.extend(
            _closing_reporters(
                lines, labels, rules.lexicon("not_closing_names"), credits_editors=bool(editors)
            )
        )
    tz, default_basis = _zone_for("\n".join(lines[i] for i in order), url, rules)
    zone_basis: Optional[str] = default_basis
    published: Optional[Published] = None
    published_text: Optional[str] = None
    if pub is not None and pub.zone is not None and pub.has_time:
        zone_basis = f"written ({pub.zone})"
    if pub is not None:
        published = pub.value(tz)
        published_text = pub.text
        if not pub.has_time:
            zone_basis = None
    elif print_date is not None:
        published, published_text, pub_basis = (
            print_date,
            print_ed.date if print_ed else None,
            "print edition",
        )
    elif dateline is not None and dateline.date is not None:
        published, published_text = dateline.date, dateline.date_text
        pub_basis = f"dateline ({dateline.date_basis})"
    pd = _as_date(pub)
    if print_ed is None and tag_paper is not None and pd is not None:
        # 【明報專訊】: a story of the paper's print edition of the day the page is dated
        # (an undated page says nothing of which edition: no print edition)
        print_ed = PrintEdition(tag_paper, pd.isoformat(), None)
    if published is None:
        zone_basis = None
    if weak_source is not None and weak_source in {a for a, _ in authors} | set(editors):
        # 张可欣·2024年03月05日 08:30: the author's name, not an outlet (or the editor's:
        # 2024-03-05 08:30 张可欣 … 责任编辑:张可欣)
        weak_source = None
    if weak_source is not None and print_ed is not None and weak_source == print_ed.paper:
        # 工人日报 2021年12月22日 星期一 over an e-paper's story: the masthead of the
        # print edition, not a credit naming where the page took the story
        weak_source = None
    if source is None:
        source = weak_source
    if source is None and not (
        (dateline is not None and dateline.agency == reporter_org)
        or (lead_agency is not None and lead_agency == reporter_org)
    ):
        # (某某新闻讯8月28日 … 某某新闻记者 张三: the outlet is the lead's agency, named in
        # the dateline; a credit repeating it says nothing of where the page took the story)
        source = reporter_org
    if source is not None and title is not None:
        source = _cut_title(source, title)
    seen: dict[str, str] = {}
    for name, role in authors:
        if name not in seen and (name not in editors or name in explicit):
            seen[name] = role
    del other_dates
    return Article(
        title=title,
        authors=tuple(seen),
        author_roles=tuple(seen.items()),
        published=published,
        published_text=published_text,
        source=source,
        editors=tuple(editors),
        print_edition=print_ed,
        dateline=dateline,
        original_title=original_title,
        body="\n".join(b for b in body if b),
        removed=tuple(sorted(removed + others, key=lambda r: r.line)),
        changes=tuple(changes),
        published_basis=pub_basis,
        zone_basis=zone_basis,
        labels=tuple(labels),
    )


# 会见。(记者 张三) / …界限。(某台记者李四): a reporter credited at the end of a paragraph
# (…提供。(译者:张三/核稿:李四)1070417: a translator, and a wire's date code after it)
# 新华社北京2月2日电 题:标题: the wire's lead with the headline after 题
_WIRE_TITLE = re.compile(
    r"\s*[\u3400-\u9fff]{2,16}?\d{1,2}月\d{1,2}日电\s?题\s?[:：]\s?(?P<t>.{4,80}?)\s*"
)
# 标题/作者: a column's headline with the writer's name after a slash
_TITLE_WRITER = re.compile(r"(?P<t>[^/／]{6,80}?[^/／\s])\s*[/／]\s*(?P<n>[\u3400-\u9fff]{2,3})\s*")
_PLACE_ENDS = tuple("省市县縣区區州镇鎮乡鄉村山岛島湖江河海港门門台臺")
_CLOSING_CREDIT = re.compile(
    r"[。！!？?”」]\s*([(（][^()（）]{0,8}?(?:记者|通讯员|译者|编译)[^()（）]{2,16}[)）])\s*(?:\d{6,7})?\s*$"
)


def _closing_reporters(
    lines: list[str],
    labels: list[str],
    not_names: Sequence[str] = (),
    *,
    credits_editors: bool = False,
) -> list[tuple[str, str]]:
    """The reporters credited in brackets at the end of the last (or the first) paragraph.

    A bare name in brackets (``……的问题。(张三)``) counts when an editor's credit follows it,
    or when it closes the text of a page that credits its editor elsewhere (the page names
    its staff: the name is the writer's, not a quoted person's).
    """
    body = [i for i, lab in enumerate(labels) if lab == "body"]
    if body and _OWN_LEAD.match(fold(lines[body[0]])):
        # 本报讯 7月23日,…… ……参加会议。(张三): the paper's own story, its lead naming no
        # reporter: the name closing the text is its writer's
        credits_editors = True
    if body and "meta" not in labels and "title" not in labels:
        # a page of bare text (no headline, date, source nor credit line): the name closing
        # it is the only credit the page carries, its writer's
        credits_editors = True
    for i in dict.fromkeys(body[-3:][::-1] + body[:1]):
        line = lines[i].rstrip()
        m = _CLOSING_CREDIT.search(fold(line))
        if m is None:
            continue
        c = parse_credits(line[m.start(1) : m.end(1)])
        if c is not None and c.authors and not c.editors and not c.source:
            return [(a, r) for a, r in c.authors]
    if body:
        # …的发生。(某某新闻中心 张三 通讯员 李四) / (张三 摄影报道) / 。 张三 摄影报道: the
        # closing credit of the page's last paragraph, with a desk or outlet before the names
        found = _closing_team(lines[body[-1]].rstrip(), not_names)
        if found:
            return found
    for i in body[-2:][::-1]:
        # …的发生。(张三): a bare name in brackets closing the last paragraph
        last = lines[i].rstrip()
        m = _CLOSING_NAME.search(fold(last))
        if m is not None and m.group(1) not in not_names:
            names = split_names(last[m.start(1) : m.end(1)], strict=True)
            if len(names) == 1 and (
                _editor_next(lines, labels, i)
                or (has_surname(names[0]) and _taken_from_next(lines, labels, i))
                or (
                    credits_editors
                    and has_surname(names[0])
                    and not names[0].endswith(_DESK_END)
                    and _text_ends(lines, labels, i)
                )
            ):
                # …的发生。(张三) closing the text (or over its editor's credit): the writer
                return [(names[0], "作者")]
        m2 = _CLOSING_NAMES.search(fold(last))
        if m2 is not None and (
            _credit_next(lines, labels, i) or (credits_editors and _text_ends(lines, labels, i))
        ):
            # …的收入。(张三 李四) / 来源:某某台: the writers, then the story's credit line
            names = split_names(last[m2.start(1) : m2.end(1)], strict=True)
            if 2 <= len(names) <= 3 and not set(names) & set(not_names):
                return [(n, "作者") for n in names]
        if len(last.strip(BLANK_CHARS)) > 8:
            break  # only a short leftover (an image placeholder) may follow the paragraph
    return []


_OWN_LEAD = re.compile(r"\s*(?:本报|本刊|本台|本网)讯(?!\s*[(（【\[])")
_CLOSING_TEAM = re.compile(
    r"[。！!？?”」]\s*(?:[(（]\s*(?P<b>[^()（）]{2,40}?)\s*[)）]"
    r"|(?P<p>[\u3400-\u9fff]{2,3}(?:[ 、][\u3400-\u9fff]{2,3}){0,2}) ?摄影报道)\s*$"
)
#: a desk's or an office's name ends so (宣传科, 新闻中心): the departments of bylines, and
#: the smaller units a closing credit may name
_DESK_END = (*DEPARTMENT_END, "科", "组", "处", "所", "队")
_TEAM_ROLE = re.compile(r"(?:本报|本台|本网)?(?:记者|通讯员|实习生)")
_TEAM_END = re.compile(
    r"\s*(?:摄影报道|摄影|摄|报道|报导|文/图|图/文|文图|[/／]\s*(?:文|图|文图|图文))$"
)
_TEAM_DESK = re.compile(r"[\u3400-\u9fffA-Za-z0-9·]{2,16}?(?:中心|网|报|台|社|点|站|端|频道|传媒)")


def _closing_team(line: str, not_names: Sequence[str]) -> list[tuple[str, str]]:
    """The writers credited at the very end of the last paragraph: in brackets, after a
    desk or an outlet or with role words between them (every name surnamed), or a photo
    report's names before 摄影报道."""
    k = fold(line)
    m = _CLOSING_TEAM.search(k)
    if m is None:
        return []
    if m.group("p") is not None:
        names = split_names(line[m.start("p") : m.end("p")], strict=True)
        if names and all(has_surname(n) for n in names):
            return [(n, "摄") for n in names]
        return []
    start, end = m.start("b"), m.end("b")
    inner = k[start:end]
    role = "作者"
    te = _TEAM_END.search(inner)
    if te is not None:
        role = "摄" if "摄" in te.group(0) else "作者"
        end -= len(te.group(0))
        inner = k[start:end]
    flagged = te is not None or _TEAM_ROLE.search(inner) is not None
    first, sep, _rest = inner.partition(" ")
    if sep and _TEAM_DESK.fullmatch(first):
        flagged = True
        start += len(first) + 1
    chars = list(line[start:end])
    for r in _TEAM_ROLE.finditer(k, start, end):
        if r.start() == start or k[r.start() - 1] == " ":
            for j in range(r.start() - start, r.end() - start):
                chars[j] = " "
        role = "记者" if role == "作者" else role
    names = split_names("".join(chars), strict=True)
    if not names or len(names) > 4 or set(names) & set(not_names):
        return []
    if not all(has_surname(n) for n in names):
        return []
    if not flagged or any(fold(n).endswith(_DESK_END) for n in names):
        # (张三) / (张三 李四) alone: left to the rules that want a credit line after it
        # (the dev corpus keeps a bare closing name out of the authors); (宣传科): a desk
        return []
    return [(n, role) for n in names]


def _credit_next(lines: list[str], labels: list[str], i: int) -> bool:
    """The next line after ``i`` with text credits an editor or a source."""
    j = _next_text_line(lines, i)
    if j is None or labels[j] != "meta":
        return False
    c = parse_credits(lines[j])
    return c is not None and bool(c.editors or c.source)


def _next_text_line(lines: list[str], i: int) -> Optional[int]:
    """The first of the three lines after ``i`` that holds text, or None."""
    for j in range(i + 1, min(len(lines), i + 4)):
        if lines[j].strip(BLANK_CHARS):
            return j
    return None


def _text_ends(lines: list[str], labels: list[str], i: int) -> bool:
    """Line ``i`` closes the page's text: after it only blank lines, metadata or short
    leftovers (an image's placeholder, a widget), never a paragraph nor a page of links."""
    return all(
        labels[j] == "meta" or len(lines[j].strip(BLANK_CHARS)) <= 8
        for j in range(i + 1, len(lines))
    )


def _taken_from_next(lines: list[str], labels: list[str], i: int) -> bool:
    """The next line after ``i`` with text names where the story was taken from
    (``(摘自《某某日报》)``, ``转载自某某网``): the reprint's credit, its writer's name above."""
    j = _next_text_line(lines, i)
    return j is not None and labels[j] == "meta" and taken_from(lines[j]) is not None


def _editor_next(lines: list[str], labels: list[str], i: int) -> bool:
    """The next line after ``i`` with text is an editor's credit (``【编辑:张三】``).

    (or a reviewer's: ``一审:张三``, ``审核:李四`` close a government site's story)
    """
    j = _next_text_line(lines, i)
    if j is None or labels[j] != "meta":
        return False
    c = parse_credits(lines[j])
    return c is not None and bool(c.editors or c.others)


_CLOSING_SOURCE = re.compile(
    r"(?:^|[\s。！？!?])(?P<open>[(（])?来源\s*[:：]\s*(?P<s>[^\s:：,，。、;；()（）]{2,20})\s*"
    r"(?(open)[)）])\s*$"
)
_CLOSING_WRITER = re.compile(r"[。！？!?]\s*作者\s*[:：]\s*(?P<n>[\u3400-\u9fff]{2,4})\s*$")
_CLOSING_NAMES = re.compile(
    r"[。！!？?”」]\s*[(（]\s*([\u3400-\u9fff]{2,3}(?:[ 、][\u3400-\u9fff]{2,3}){1,2})\s*[)）]\s*$"
)
_CLOSING_NAME = re.compile(r"[。！!？?”」]\s*[(（]\s*([\u3400-\u9fff]{2,3})\s*[)）]\s*$")


_OUTLET = re.compile(
    r"(日报|晚报|早报|时报|商报|周刊|新闻网|新闻|网|报|社|台|综合|频道|在线|传媒|TV|客户端)$"
)
# a kind of outlet without its name (新聞通訊員 张三: whose news it is, the line does not say)
_BARE_KINDS = frozenset(
    [
        *("新闻", "新闻网", "网", "报", "社", "台", "综合", "频道", "在线", "传媒"),
        # 晚报记者 张三: the paper's kind alone, its name left out
        *("日报", "晚报", "早报", "晨报", "时报", "商报", "周刊", "都市报"),
    ]
)
_OUTLET_HEAD = re.compile(
    r"[\u3400-\u9fff]{1,8}?(日报|晚报|早报|时报|商报|周刊|新闻网|新闻|报)(?=全媒体|融媒体|新媒体|APP)"
)
# a WeChat account post's header: 原创 [author] account  date [place]
_WECHAT_HEAD = re.compile(r"原创 (?:(?P<author>[^ ]{2,4}) )?(?P<account>[^ ]{2,20})")
_WIRE_REST = re.compile(r"[\u3400-\u9fff]{2,6}(\d{1,2}月)?\d{1,2}日(电|讯)")
_GLUED_COUNTER = re.compile(r"(?<=[网報报社台])\d{1,7}$")
_CATEGORY_TAG = re.compile(r"^\s*[\[【][\u3400-\u9fff]{1,6}[\]】]\s*")
_PE_AFTER = re.compile(r"\S\s+(?=《[^《》]{2,20}》\s*[(（]?\s*(?:19|20)\d\d)")
_TITLE_TIME = re.compile(r"\s*[(（]\s*(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*[)）]\s*$")
_ORIG_AFTER = re.compile(r"\S\s+(?=(?:原标题|原题)\s*:)")
_CLOSING_EDITOR = re.compile(
    r"(?:[。！？!?」”]|[(（]完[)）])\s*[【\[(（]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*"
    r"(?P<n>[^【】\[\]()（）:：]{2,14}?)\s*[】\])）]\s*$"
)
_DATED_PROGRAMME = re.compile(
    r"\s*《(?P<t>[^《》]{2,40})》\s*[(（]\s*(?P<d>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]\s*"
)
_AFTER_WIDGETS = re.compile(
    r"[【\[][^【】\[\]]{1,8}[】\]]|(?:字体|字号)\s*[:：]?\s*(?:[大中小]\s*)*$"
)
_TRAILING_CELLS = re.compile(r"(?:\s*\|)+\s*$")
_STAMPED_TITLE = re.compile(
    r"(?P<t>.*?\S)\s+[(（]\s*(?P<d>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d\d(?::\d\d)?)\s*[)）]\s*"
)
_TRAILING_STARS = re.compile(r"\s*[*＊]{3,40}\s*$")
_TRAILING_VIEWS = re.compile(
    r"(?<=\S)(?:[ \u3000]+|[ \u3000]*[-—|｜]{1,3}[ \u3000]*)"
    r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|点阅|點閱)(?:人次|次数|次數|量|数|數)?[ \u3000]*[:：][ \u3000]*\d[\d,]*$"
)
_TRAILING_MEDIA_TAG = re.compile(r"(?<=\S)[ \u3000]+(?:图文|圖文|组图|組圖)$")
#: What is cut from the end of a headline line, in order, each with the rule recorded in
#: ``removed`` (the line's text, less the cut, is the title).
_TITLE_TAILS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 某某声明 (07:35): a list page's time after the headline is not part of it
    (_TITLE_TIME, "title tail: list time"),
    # 某某标题 | ||||: the empty cells of a table row after the headline
    (_TRAILING_CELLS, "title tail: empty table cells"),
    # 某某标题******: a mirror's run of asterisks after the headline
    (_TRAILING_STARS, "title tail: asterisks"),
    # 某某标题 圖文: the photo-story tag set after the headline, a space apart
    (_TRAILING_MEDIA_TAG, "title tail: photo-story tag"),
    # 某某事件曝光分享到: a share widget glued to the headline
    (GLUED_SHARE, "title tail: share widget"),
    # 某某标题 --阅读人次 : 858: a view counter glued after the headline
    (_TRAILING_VIEWS, "title tail: view counter"),
)
_SOURCE_LEAD = re.compile(r"\s*[(\[【]?\s*(本文来源|来源|稿源|出处)")
# （本文首发于2022年1月5日《某某周刊》）: the paper a reprinted story first ran in is its source
_FIRST_RUN = re.compile(r"\s*[(（]?\s*本文(首发|原刊|首刊)于")
_NOT_SOURCE = re.compile(
    "记者|编辑|作者|報導|报导|报道|发布|发表|刊登|刊于|刊出|出版|更新|时间|日期|报章|本期|当前|今日|今天|星期|阅读|浏览"
    # 电脑版 2018-09-05: a link to the page's other layout (电脑版, 手机版, 触屏版), no outlet
    "|^(?:返回|切换到?|进入)?(?:电脑|手机|触屏|桌面|网页|极速|简洁|移动)版$"
    # 2026-02-23 16:55 头条: a section's or a feed's name, no outlet
    "|^(?:头条|要闻|热点|热门|推荐|资讯|快讯|首页|综合|国内|国际|社会|财经|娱乐|体育|科技|精选)$"
)


#: 某某社记者 张三摄 / …摄影报道: a photographer's credit
_SHOT_END = re.compile(r"(?:摄|摄影|摄影报道|摄影报导)\s*[)）]?$")


def _staff_credit(line: str, i: int, last_body: int, c: Credits) -> bool:
    """A reporter credit closing the story in brackets or for its photos
    (``(某某日报记者 张三 李四)``, ``某某社记者 张三摄``): it names the writers' employer,
    not the outlet the page took the story from (one dated like the page,
    ``某某社记者张三摄 2025年12月31日``, is the page's own byline)."""
    if i < last_body or c.date is not None:
        return False
    k = fold(line).strip(BLANK_CHARS)
    return k.startswith(("(", "（")) or _SHOT_END.search(k) is not None


def _cut_title(source: str, title: str) -> str:
    """A source value glued to the headline (``来源:某某所引领创新…``) ends before it."""
    head = title[:8] if len(title) >= 8 else None
    idx = source.find(head) if head else -1
    return source[:idx].strip(" ·|,，") if idx >= 2 else source


def _person_before_date(cand: str) -> bool:
    """``cand`` (the words before a date) is one person's name: two or three characters
    opening with a common surname, no outlet's ending (``某某网``, ``某报``)."""
    k = fold(cand)
    return (
        2 <= len(k) <= 3
        and _PERSON_CHARS.fullmatch(k) is not None
        and has_surname(k)
        and not _OUTLET.search(k)
        and split_names(cand, strict=True) == [cand]
    )


_PERSON_CHARS = re.compile(r"[\u4e00-\u9fff]+")


def _bare_source(before: str, after: str, barred: bool = False) -> Optional[str]:
    """A source name written next to the date without a label (``2019-09-07 北京日报``)."""
    # a category tag before the name: 2024年03月05日 20:33 [新闻] 汽车之家
    after = _CATEGORY_TAG.sub("", after)
    first, _, rest = after.split("|")[0].strip(" ·").partition(" ")
    # only a byline (2020-07-03 21:10 聯合報 記者王志強／台北報導) or a wire's dateline
    # (2024-03-05 14:21 中央社／ 台北5日電) may follow the name
    if rest:
        # 东方早报 [复制链接] 字体: : widgets after the name say nothing against it
        rest = _AFTER_WIDGETS.sub("", rest).strip()
    if rest and parse_credits(rest) is None and not _WIRE_REST.fullmatch(fold(rest).strip()):
        first = ""
    for k, cand in enumerate((first, before)):
        # 时事脉搏 | 2023-03-23 15:22: a column's name set off by a bar is no outlet unless
        # it reads as one (某某日报 | 2023-03-23)
        cand = cand.strip(" ·/|-／｜")
        if barred and k == 1 and not _OUTLET.search(fold(cand)):
            continue
        if k == 1 and " " in cand.strip() and not _OUTLET.search(fold(cand)):
            continue  # 某某节目 文字版 2024-03-05: a page's heading, not an outlet
        # 环球网2370: a view counter glued to an outlet's name
        cand = _GLUED_COUNTER.sub("", cand)
        if (
            cand
            and 2 <= len(cand) <= 20
            and not re.search(r"\d|:|：|/", cand)
            and "." not in cand
            and not _NOT_SOURCE.search(fold(cand))
            and not cand.endswith(("号", "创作者"))
        ):
            return cand
    return None


def _in_page_menu(layout: Layout, i: int) -> bool:
    """The page header at ``i`` is one of a list of the issue's pages (第01版:要闻 /
    第02版:要闻 / …): a menu, not the page the article is printed on."""
    infos = layout.infos
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(infos) and infos[j].blank:
            j += step
        if (
            0 <= j < len(infos)
            and infos[j].print_edition
            and parse_print_edition(infos[j].text) is not None
        ):
            return True
    return False


def _resolve_dateline(
    m: DatelineMatch, pub: Optional[DateMatch], print_date: Optional[date], url: Optional[str]
) -> Dateline:
    d: Optional[date] = None
    basis: Optional[str] = None
    dm = m.date
    if dm is not None:
        if dm.year is not None:
            v = dm.value(None)
            d = v.date() if isinstance(v, datetime) else v
            basis = "written"
        else:
            ref: Optional[date] = None
            for cand, why in (
                (print_date, "print edition"),
                (_as_date(pub), "published"),
                (url_date(url) if url else None, "url"),
            ):
                if cand is not None:
                    ref, basis = cand, why
                    break
            if ref is None and url:
                y = url_year(url)
                if y is not None:
                    ref, basis = date(y, 12, 31), "url"
            if ref is not None:
                d = _nearest(dm, ref)
                if d is None:
                    basis = None
    return Dateline(
        agency=_clean(m.agency) if m.agency else None,
        place=m.place,
        date_text=m.date_text,
        reporters=m.reporters,
        date=d,
        date_basis=basis,
    )


def _with_year(
    dm: DateMatch, print_date: Optional[date], url: Optional[str]
) -> Optional[DateMatch]:
    """``dm`` with the year of the closest evidence (print edition, url), or None."""
    ref = print_date or (url_date(url) if url else None)
    if ref is None and url:
        y = url_year(url)
        ref = date(y, 12, 31) if y is not None else None
    if ref is None:
        return None
    d = _nearest(dm, ref)
    return dataclasses.replace(dm, year=d.year) if d is not None else None


def _after_meta(labels: Sequence[str], lines: Sequence[str], i: int) -> bool:
    """The content line before ``i`` is metadata (blank lines skipped)."""
    j = i - 1
    while j >= 0 and not lines[j].strip(BLANK_CHARS):
        j -= 1
    return j >= 0 and labels[j] == "meta"


# • 资料来源:某某处: the line is the label and one name (folded text)
_DATA_SOURCE_LINE = re.compile(r"[•·●\- ]*资料来源 ?[:：] ?(?P<v>[\u3400-\u9fffA-Za-z0-9]{2,20})")


def _as_date(pub: Optional[DateMatch]) -> Optional[date]:
    if pub is None or pub.year is None:
        return None
    return date(pub.year, pub.month, pub.day)


def _nearest(dm: DateMatch, ref: date) -> Optional[date]:
    """The date with ``dm``'s month and day closest before (or at) ``ref`` (a dateline precedes publication)."""
    best: Optional[date] = None
    for y in (ref.year, ref.year - 1):
        month = dm.month
        try:
            cand = date(y, month, dm.day)
        except ValueError:
            continue
        if cand <= ref + timedelta(days=1) and (best is None or cand > best):
            best = cand
    return best

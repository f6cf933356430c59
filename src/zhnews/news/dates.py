"""Dates as Chinese news pages write them, parsed exactly (no guessing of missing parts).

Handles ``2020年07月03日05:36``, ``2020-07-03 05:36:12``, ``2020/7/3``, ``2020.07.03``,
``03.07.2020`` (day first, dotted),
``2020年7月3日 星期五``, Chinese numerals (``二〇二〇年七月三日``), Minguo years
(``民國109年7月3日``), and year-less forms (``7月3日``, ``九月二十七日``, ``3日``) whose
year is resolved later from other evidence.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Optional, Union

from zhnews._guards import require_str
from zhnews.news._text import fold
from zhnews.news.zones import ZONE_PATTERN, zone_offset

__all__ = ["DateMatch", "find_dates", "parse_date", "url_date"]

_HALF_DAY = r"上午|下午|晚上|凌晨|中午|早上|傍晚|晚间|夜间"
# a time, with a written zone before or after it and a half-day word before it or
# AM/PM after it (2020年7月3日 格林尼治标准时间 05:36, 下午5:36, 5:36 PM, 13:36 GMT+8);
# a time in brackets after the date (2020-07-03 (05:36)) as old portal pages write it
_TIME = (
    rf"(?:\s*(?:[,，]\s*)?(?:(?P<Z1>{ZONE_PATTERN})(?![A-Za-z])\s*)?(?:(?P<AP1>{_HALF_DAY})\s*)?"
    r"(?P<TP>[(（]\s*)?(?P<H>[01]?\d|2[0-3])\s*[:：时點点]\s*(?P<M>[0-5]\d)"
    r"(?:\s*[:：分]\s*(?P<S>[0-5]\d))?(?:\s*秒)?(?(TP)\s*[)）])(?:\s*(?P<AP2>[AaPp]\.?[Mm]\.?(?![A-Za-z])))?"
    rf"(?:\s*[(（]?(?P<Z2>{ZONE_PATTERN})(?![A-Za-z])[)）]?)?)?"
)
# 2013年2月22日 星期: a weekday the page cut off after 星期 is still the date's
_WEEK = r"(?:\s*(?:星期|礼拜|周)[一二三四五六日天]|\s*星期(?![\u3400-\u9fff]))?"
_NUMERIC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:"
    r"年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]"
    r"|-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
    r"|/(?P<m3>\d{1,2})/(?P<d3>\d{1,2})"
    r"|\.(?P<m4>\d{1,2})\.(?P<d4>\d{1,2})"
    r")" + _WEEK + _TIME
)
# 05.03.2024: day first, with dots, as European outlets (DW) write it; slashes are left
# alone (05/03/2024 is March 5 or May 3 depending on the site)
_DMY_DOTS = re.compile(
    r"(?<![\d.A-Za-z])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.])" + _TIME
)
# 22/09/2020: day first with slashes, taken only when it cannot be read month first
# (the day over 12); 05/03/2024 stays unread
_DMY_SLASHES = re.compile(
    r"(?<![\d/.A-Za-z])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])" + _TIME
)
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# English dates on bilingual and wire pages: Mar 5, 2024 / March 5, 2024 3:20 PM GMT+8
# / 5 March 2024
_ENGLISH = re.compile(
    rf"(?<![A-Za-z]){_MON}\.? (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y1>(?:19|20)\d\d)(?!\d)"
    rf"|(?<![\dA-Za-z])(?P<d2>[0-3]?\d) {_MON.replace('mon', 'mon2')}\.?,? (?P<y2>(?:19|20)\d\d)(?!\d)"
)
_ENGLISH_TIME = re.compile(_TIME)
# ISO 8601 as page templates print it: 2025-07-08T08:59:18.886Z, 2019-01-07T16:11:58+08:00
_ISO = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)T(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)"
    r"(?::(?P<S>[0-5]\d)(?:\.\d{1,9})?)?(?P<Z>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?(?![\dA-Za-z])"
)
# 民國109年7月3日; a bare three-digit year of the Republic (114年12月31日) from 100 on
_MINGUO = re.compile(
    r"(?:(?:中华)?民国\s*(?P<y>\d{2,3})|(?<![\d.\-/])(?P<y0>1[0-3]\d))"
    r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _WEEK + _TIME
)
# 日期:108-01-04: a year of the Republic written with dashes (or slashes, dots), only
# right after a date's label (日期, 发布日期, 更新日期), where no other count stands
_MINGUO_NUMERIC = re.compile(
    r"(?<=日期)(?: ?[:：] ?)(?P<y0>1[0-4]\d|[4-9]\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<d>\d{1,2})(?![\d.\-/])" + _TIME
)
_CN_DIGIT = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
_CN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_CHINESE = re.compile(
    r"(?P<y>[〇零○一二三四五六七八九]{4})年(?P<m>" + _CN_MONTH + r")月(?P<d>" + _CN_DAY + r")[日号]"
)
# 01 五月 2018 08:40: day, month's name in Chinese, year (a CMS's Chinese locale)
_DAY_CN_MONTH = re.compile(
    r"(?<![\d.:/-])(?P<d>[0-3]?\d)\s+(?P<m>十[一二]?|[一二三四五六七八九])月\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    + _TIME
)
_YEARLESS = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]" + _TIME)
_YEARLESS_CN = re.compile(
    r"(?<![年〇零一二三四五六七八九十])(?P<m>" + _CN_MONTH + r")月(?P<d>" + _CN_DAY + r")[日号]"
)
# 00:33 2026-02-23 HKT: the time before the date, as Hong Kong sites' templates print it
# (dashes only, the zone optional)
_TIME_FIRST = re.compile(
    r"(?<![\d.])(?<!\d:)(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?[ \u00a0]+"
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d:.\-])"
    rf"(?:[ \u00a0]*(?P<Z>{ZONE_PATTERN})(?![A-Za-z]))?"
)
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/_]?(?P<m>0[1-9]|1[0-2])[-/_]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_URL_YEAR = re.compile(r"/(?P<y>(?:19|20)\d\d)[-/_]")

Value = Union[datetime, date]


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: offsets, the text, and its parts (year None when absent).

    >>> parse_date("2020年07月03日05:36").value().isoformat()
    '2020-07-03T05:36:00+08:00'
    """

    start: int
    end: int
    text: str
    year: Optional[int]
    month: int
    day: int
    hour: Optional[int] = None
    minute: Optional[int] = None
    second: Optional[int] = None
    form: str = "numeric"
    zone: Optional[str] = None

    @property
    def has_time(self) -> bool:
        """True when the text gives a time of day."""
        return self.hour is not None

    def value(self, tz: Optional[timezone] = timezone(timedelta(hours=8))) -> Optional[Value]:
        """A ``datetime`` when a time is given, else a ``date``; None when the year is unknown.

        The datetime is in the zone written next to the time (:attr:`zone`) when there is
        one, else in ``tz`` (naive if ``tz`` is None).

        >>> parse_date("2020年7月3日 美东时间 17:36").value().isoformat()
        '2020-07-03T17:36:00-04:00'
        """
        if self.year is None:
            return None
        if self.hour is None:
            return date(self.year, self.month, self.day)
        local = datetime(
            self.year, self.month, self.day, self.hour, self.minute or 0, self.second or 0
        )
        if self.zone is not None:
            written = zone_offset(self.zone, local)
            if written is not None:
                return local.replace(tzinfo=written)
        return local.replace(tzinfo=tz)


def cn_number(s: str) -> int:
    """A number up to 99 in Chinese numerals; digits without 十 are read in place.

    >>> cn_number("三"), cn_number("十二"), cn_number("二十一"), cn_number("一二")
    (3, 12, 21, 12)
    """
    tens, ten, ones = s.partition("十")
    if not ten:
        return int("".join(str(_CN_DIGIT.get(c, 0)) for c in s) or "0")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _valid(y: Optional[int], m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    if y is None:
        return d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])
    return 1900 <= y <= 2100 and d <= calendar.monthrange(y, m)[1]


def _time(m: re.Match[str]) -> tuple[Optional[int], Optional[int], Optional[int]]:
    if m.group("H") is None:
        return None, None, None
    s = m.group("S")
    h = int(m.group("H"))
    half = m.group("AP1") or (m.group("AP2") or "").upper().replace(".", "")
    afternoon = half in ("下午", "晚上", "傍晚", "晚间", "夜间", "PM")
    if (afternoon and h < 12) or (half == "中午" and h < 11):
        h += 12
    elif half in ("上午", "早上", "凌晨", "AM") and h == 12:
        h = 0
    return h, int(m.group("M")), (int(s) if s is not None else None)


def _zone(m: re.Match[str]) -> Optional[str]:
    if m.group("H") is None:
        return None
    return m.group("Z1") or m.group("Z2")


def _timed(m: re.Match[str], text: str, y: Optional[int], mm: int, dd: int, form: str) -> DateMatch:
    """A DateMatch for a match of a pattern that ends with _TIME (time and zone optional)."""
    h, mi, se = _time(m)
    return DateMatch(
        m.start(), m.end(), text[m.start() : m.end()], y, mm, dd, h, mi, se, form, _zone(m)
    )


def _clocked(
    m: re.Match[str], text: str, y: int, mm: int, dd: int, zone: Optional[str]
) -> DateMatch:
    """A numeric date whose match holds its own hour, minute and optional second (groups
    ``H``, ``M``, ``S``) and zone."""
    sec = m.group("S")
    return DateMatch(
        m.start(),
        m.end(),
        text[m.start() : m.end()],
        y,
        mm,
        dd,
        int(m.group("H")),
        int(m.group("M")),
        int(sec) if sec is not None else None,
        "numeric",
        zone,
    )


def find_dates(text: str, *, yearless: bool = True) -> list[DateMatch]:
    """Every date in ``text``, left to right, without overlaps (full dates win).

    >>> [d.text for d in find_dates("民國109年7月3日與2020.07.04")]
    ['民國109年7月3日', '2020.07.04']
    """
    require_str(text, "find_dates")
    k = fold(text)
    found: list[DateMatch] = []
    for m in _NUMERIC.finditer(k):
        g = m.groupdict()
        mo = next(g[f"m{i}"] for i in range(1, 5) if g[f"m{i}"] is not None)
        da = next(g[f"d{i}"] for i in range(1, 5) if g[f"d{i}"] is not None)
        y, mm, dd = int(g["y"]), int(mo), int(da)
        if _valid(y, mm, dd):
            found.append(_timed(m, text, y, mm, dd, "numeric"))
    if "T" in k:
        for m in _ISO.finditer(k):
            y, mm, dd = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if _valid(y, mm, dd):
                z = m.group("Z")
                zone = None if z is None else "UTC+0" if z == "Z" else "UTC" + z
                found.append(_clocked(m, text, y, mm, dd, zone))
    if ":" in k:
        for m in _TIME_FIRST.finditer(k):
            y, mm, dd = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if _valid(y, mm, dd):
                found.append(_clocked(m, text, y, mm, dd, m.group("Z")))
    if "." in k:
        for m in _DMY_DOTS.finditer(k):
            y, mm, dd = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if _valid(y, mm, dd):
                found.append(_timed(m, text, y, mm, dd, "numeric"))
    if "/" in k:
        for m in _DMY_SLASHES.finditer(k):
            y, mm, dd = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if dd > 12 and _valid(y, mm, dd):
                found.append(_timed(m, text, y, mm, dd, "numeric"))
    if re.search("[A-Z]", k):
        for m in _ENGLISH.finditer(k):
            mon = (m.group("mon") or m.group("mon2"))[:3].lower()
            y = int(m.group("y1") or m.group("y2"))
            mm, dd = _MONTHS[mon], int(m.group("d1") or m.group("d2"))
            if not _valid(y, mm, dd):
                continue
            t = _ENGLISH_TIME.match(k, m.end())
            if t is not None and t.group("H") is not None:
                d = _timed(t, text, y, mm, dd, "english")
                found.append(
                    dataclasses.replace(d, start=m.start(), text=text[m.start() : t.end()])
                )
            else:
                found.append(
                    DateMatch(
                        m.start(), m.end(), text[m.start() : m.end()], y, mm, dd, form="english"
                    )
                )
    for m in _MINGUO.finditer(k):
        y = int(m.group("y") or m.group("y0")) + 1911
        mm, dd = int(m.group("m")), int(m.group("d"))
        if _valid(y, mm, dd):
            found.append(_timed(m, text, y, mm, dd, "minguo"))
    if "日期" in k:
        for m in _MINGUO_NUMERIC.finditer(k):
            y = int(m.group("y0")) + 1911
            mm, dd = int(m.group("m")), int(m.group("d"))
            if _valid(y, mm, dd):
                d = _timed(m, text, y, mm, dd, "minguo")
                s0 = m.start("y0")
                found.append(dataclasses.replace(d, start=s0, text=text[s0 : m.end()]))
    for m in _CHINESE.finditer(k):
        y = int("".join(str(_CN_DIGIT[c]) for c in m.group("y")))
        mm, dd = cn_number(m.group("m")), cn_number(m.group("d"))
        if _valid(y, mm, dd):
            found.append(
                DateMatch(m.start(), m.end(), text[m.start() : m.end()], y, mm, dd, form="chinese")
            )
    if "月 " in k:
        for m in _DAY_CN_MONTH.finditer(k):
            y, mm, dd = int(m.group("y")), cn_number(m.group("m")), int(m.group("d"))
            if _valid(y, mm, dd):
                found.append(_timed(m, text, y, mm, dd, "numeric"))
    if yearless:
        for m in _YEARLESS.finditer(k):
            mm, dd = int(m.group("m")), int(m.group("d"))
            if _valid(None, mm, dd):
                found.append(_timed(m, text, None, mm, dd, "yearless"))
        for m in _YEARLESS_CN.finditer(k):
            mm, dd = cn_number(m.group("m")), cn_number(m.group("d"))
            if _valid(None, mm, dd):
                found.append(
                    DateMatch(
                        m.start(), m.end(), text[m.start() : m.end()], None, mm, dd, form="yearless"
                    )
                )
    found.sort(key=lambda d: (d.start, -(d.end - d.start), d.year is None))
    out: list[DateMatch] = []
    pos = -1
    for d in found:
        if d.start >= pos:
            out.append(d)
            pos = d.end
    return out


def parse_date(text: str) -> Optional[DateMatch]:
    """The first full or year-less date in ``text``, or None.

    >>> parse_date("二〇二〇年七月三日").value()
    datetime.date(2020, 7, 3)
    >>> parse_date("民國109年7月3日").year
    2020
    """
    require_str(text, "parse_date")
    dates = find_dates(text)
    return dates[0] if dates else None


def url_date(url: str) -> Optional[date]:
    """A date written in a URL path (``/n1/2020/0703/``, ``/2020-07-03/``), or None.

    >>> url_date("http://paper.people.com.cn/rmrb/html/2020-07/03/nw.D110000renmrb_20200703_1-05.htm")
    datetime.date(2020, 7, 3)
    """
    require_str(url, "url_date")
    for m in _URL_DATE.finditer(url):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if _valid(y, mo, d):
            return date(y, mo, d)
    m2 = re.search(
        r"/(?P<y>(?:19|20)\d\d)-?(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])(?!\d)", url
    )
    if m2 and _valid(int(m2.group("y")), int(m2.group("m")), int(m2.group("d"))):
        return date(int(m2.group("y")), int(m2.group("m")), int(m2.group("d")))
    return None


def url_year(url: str) -> Optional[int]:
    """The year in a URL path such as ``/n1/2020/0703/``, or None."""
    d = url_date(url)
    if d is not None:
        return d.year
    m = _URL_YEAR.search(url)
    return int(m.group("y")) if m else None

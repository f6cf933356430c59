"""Time zones that news pages write next to their times (``北京时间``, ``GMT+8``, ``美东时间``).

A written zone is turned into a fixed UTC offset for the date and time it goes with:
named regions with daylight saving time (``美东时间``, ``英国时间``, ``欧洲中部时间``) go
through :mod:`zoneinfo` when the time-zone database is installed, and through the
regions' own rules (US since 2007 and before, EU since 1996) when it is not. Zone names
are matched in the folded script of :func:`zhnews.news._text.fold` (simplified, ASCII).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Optional

__all__ = ["ZONE_PATTERN", "zone_offset"]

_H = 3600
# fixed offsets in seconds, by folded name
_FIXED = {
    "北京时间": 8 * _H,
    "香港时间": 8 * _H,
    "台北时间": 8 * _H,
    "台湾时间": 8 * _H,
    "澳门时间": 8 * _H,
    "新加坡时间": 8 * _H,
    "马来西亚时间": 8 * _H,
    "中国标准时间": 8 * _H,
    "HKT": 8 * _H,
    "SGT": 8 * _H,
    "GMT": 0,
    "UTC": 0,
    "格林尼治标准时间": 0,
    "格林威治标准时间": 0,
    "格林尼治时间": 0,
    "格林威治时间": 0,
    "世界标准时间": 0,
    "协调世界时": 0,
    "东京时间": 9 * _H,
    "日本时间": 9 * _H,
    "首尔时间": 9 * _H,
    "韩国时间": 9 * _H,
    "JST": 9 * _H,
    "KST": 9 * _H,
    "莫斯科时间": 3 * _H,
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
    "CET": 1 * _H,
    "CEST": 2 * _H,
    "BST": 1 * _H,
}
# regions with daylight saving time: (IANA name, standard offset, rule family)
_REGIONS = {
    "美东时间": ("America/New_York", -5 * _H, "us"),
    "美国东部时间": ("America/New_York", -5 * _H, "us"),
    "纽约时间": ("America/New_York", -5 * _H, "us"),
    "华盛顿时间": ("America/New_York", -5 * _H, "us"),
    "ET": ("America/New_York", -5 * _H, "us"),
    "美西时间": ("America/Los_Angeles", -8 * _H, "us"),
    "美国西部时间": ("America/Los_Angeles", -8 * _H, "us"),
    "太平洋时间": ("America/Los_Angeles", -8 * _H, "us"),
    "洛杉矶时间": ("America/Los_Angeles", -8 * _H, "us"),
    "旧金山时间": ("America/Los_Angeles", -8 * _H, "us"),
    "英国时间": ("Europe/London", 0, "eu"),
    "伦敦时间": ("Europe/London", 0, "eu"),
    "欧洲中部时间": ("Europe/Berlin", 1 * _H, "eu"),
    "德国时间": ("Europe/Berlin", 1 * _H, "eu"),
    "柏林时间": ("Europe/Berlin", 1 * _H, "eu"),
    "法国时间": ("Europe/Paris", 1 * _H, "eu"),
    "巴黎时间": ("Europe/Paris", 1 * _H, "eu"),
}
_OFFSET = r"(?:GMT|UTC) ?[+-] ?\d{1,2}(?::?\d\d)?"
#: A written zone (in folded text); GMT+8 / UTC-05:00 and named zones.
ZONE_PATTERN = (
    _OFFSET
    + "|"
    + "|".join(re.escape(n) for n in sorted(list(_FIXED) + list(_REGIONS), key=len, reverse=True))
)
_OFFSET_RE = re.compile(r"(?:GMT|UTC) ?([+-]) ?(\d{1,2})(?::?(\d\d))?")


def _nth_sunday(year: int, month: int, n: int) -> int:
    """Day of the month of the ``n``-th Sunday (``n`` = -1: the last one)."""
    if n > 0:
        first = datetime(year, month, 1).weekday()  # Monday 0 ... Sunday 6
        return 1 + (6 - first) % 7 + 7 * (n - 1)
    nxt = datetime(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last.day - (last.weekday() + 1) % 7


def _rule_dst(local: datetime, family: str, std: int) -> bool:
    """Daylight saving time by the region's rules (used without a time-zone database)."""
    y = local.year
    naive = local.replace(tzinfo=None)
    if family == "us":
        if y >= 2007:
            start = datetime(y, 3, _nth_sunday(y, 3, 2), 2)
            end = datetime(y, 11, _nth_sunday(y, 11, 1), 2)
        else:
            start = datetime(y, 4, _nth_sunday(y, 4, 1), 2)
            end = datetime(y, 10, _nth_sunday(y, 10, -1), 2)
        return start <= naive < end
    # EU: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October
    utc = naive - timedelta(seconds=std)
    start = datetime(y, 3, _nth_sunday(y, 3, -1), 1)
    end = datetime(y, 10, _nth_sunday(y, 10, -1), 1)
    return start <= utc < end


@lru_cache(maxsize=16)
def _zoneinfo(name: str) -> Optional[tzinfo]:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # no zoneinfo module, or no time-zone database
        return None


def zone_offset(name: str, local: datetime, *, use_tzdata: bool = True) -> Optional[timezone]:
    """The fixed UTC offset that zone ``name`` (as matched by ZONE_PATTERN) has at ``local``.

    ``local`` is the wall-clock time written on the page (its tzinfo is ignored).

    >>> zone_offset("美东时间", datetime(2020, 7, 3, 17, 36))
    datetime.timezone(datetime.timedelta(days=-1, seconds=72000))
    >>> zone_offset("GMT+8", datetime(2020, 7, 3)) == timezone(timedelta(hours=8))
    True
    """
    n = name.replace(" ", "")
    fixed = _FIXED.get(n)
    if fixed is not None:
        return timezone(timedelta(seconds=fixed))
    m = _OFFSET_RE.fullmatch(n)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes >= 60:
            return None
        secs = (hours * 60 + minutes) * 60 * (-1 if m.group(1) == "-" else 1)
        return timezone(timedelta(seconds=secs))
    region = _REGIONS.get(n)
    if region is None:
        return None
    iana, std, family = region
    zi = _zoneinfo(iana) if use_tzdata else None
    naive = local.replace(tzinfo=None)
    if zi is not None:
        off = naive.replace(tzinfo=zi).utcoffset()
        if off is not None:
            return timezone(off)
    dst = _rule_dst(naive, family, std)
    return timezone(timedelta(seconds=std + (_H if dst else 0)))

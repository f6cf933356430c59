"""Dates as news pages write them: table-driven."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews.news.dates import find_dates, parse_date, url_date

CASES = [
    ("2020年07月03日05:36", "2020-07-03T05:36:00+08:00"),
    ("2020-07-03 05:36:12", "2020-07-03T05:36:12+08:00"),
    ("2020/7/3", "2020-07-03"),
    ("2020.07.03", "2020-07-03"),
    ("2020年7月3日 星期五", "2020-07-03"),
    ("2020年7月3日 星期五 10:00", "2020-07-03T10:00:00+08:00"),
    ("二〇二〇年七月三日", "2020-07-03"),
    ("二〇一九年十二月三十一日", "2019-12-31"),
    ("民國109年7月3日", "2020-07-03"),
    ("民国109年7月3日", "2020-07-03"),
    ("發稿時間:2020-06-05 13:46:38", "2020-06-05T13:46:38+08:00"),
    ("2019-09-3007:42", "2019-09-30T07:42:00+08:00"),
    ("中央社/ 2016.03.14 00:00", "2016-03-14T00:00:00+08:00"),
    ("２０２０年７月３日", "2020-07-03"),
    ("日期 05.03.2024", "2024-03-05"),
]


@pytest.mark.parametrize(("text", "iso"), CASES)
def test_full_dates(text, iso):
    d = parse_date(text)
    assert d is not None
    assert d.value().isoformat() == iso


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("新华社北京7月3日电", 7, 3), ("中新社北京九月二十七日電", 9, 27), ("3月8日", 3, 8)],
)
def test_yearless(text, month, day):
    d = parse_date(text)
    assert d is not None and d.year is None and (d.month, d.day) == (month, day)
    assert d.value() is None


@pytest.mark.parametrize(
    "text", ["2020年13月3日", "2019-02-30", "2020年7月32日", "1665 0", "第12版", ""]
)
def test_invalid_or_absent(text):
    d = parse_date(text)
    assert d is None or d.year is None


def test_naive_zone():
    assert parse_date("2016-03-16 21:19:10").value(None).tzinfo is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://politics.people.com.cn/n1/2020/0703/c1001-31768400.html", date(2020, 7, 3)),
        ("https://www.chinanews.com/gn/2020/07-03/9228.shtml", date(2020, 7, 3)),
        ("https://example.com/news/12345.html", None),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_dates_total_and_ordered(s):
    ds = find_dates(s)
    for a, b in zip(ds, ds[1:]):
        assert a.end <= b.start
    for d in ds:
        assert s[d.start : d.end] == d.text


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_round_trip_formats(d):
    for text in (
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        f"{d.year}-{d.month}-{d.day}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"民國{d.year - 1911}年{d.month}月{d.day}日",
    ):
        m = parse_date(text)
        assert m is not None and m.value() == d


# --- written zones, half-day words --------------------------------------------------

ZONED = [
    ("2020年7月3日 格林尼治标准时间 05:36", "2020-07-03T05:36:00+00:00", "格林尼治标准时间"),
    ("发表于 2020年7月3日 北京时间 13:36", "2020-07-03T13:36:00+08:00", "北京时间"),
    ("2021-01-15 08:00 GMT+8", "2021-01-15T08:00:00+08:00", "GMT+8"),
    ("2021-01-15 08:00 UTC+8", "2021-01-15T08:00:00+08:00", "UTC+8"),
    ("2020-07-03 13:36 (UTC-05:00)", "2020-07-03T13:36:00-05:00", "UTC-05:00"),
    ("2020年7月3日 美东时间 17:36", "2020-07-03T17:36:00-04:00", "美东时间"),
    ("2021年1月15日 美东时间 08:00", "2021-01-15T08:00:00-05:00", "美东时间"),
    ("2020年7月3日 17:36 EDT", "2020-07-03T17:36:00-04:00", "EDT"),
    ("2020年7月3日 17:36 EST", "2020-07-03T17:36:00-05:00", "EST"),
    ("2020年7月3日 英国时间 09:00", "2020-07-03T09:00:00+01:00", "英国时间"),
    ("２０２０年７月３日　１３：３６　ＧＭＴ＋８", "2020-07-03T13:36:00+08:00", "GMT+8"),
]


@pytest.mark.parametrize(("text", "iso", "zone"), ZONED)
def test_written_zones(text, iso, zone):
    d = parse_date(text)
    assert d is not None and d.zone == zone
    # a written zone wins over the default given to value()
    assert d.value().isoformat() == iso
    assert d.value(None).isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("发布 / 2020年7月3日 5:36 PM", "2020-07-03T17:36:00+08:00"),
        ("2020年7月3日 12:10 AM", "2020-07-03T00:10:00+08:00"),
        ("2020年7月3日 下午5:36", "2020-07-03T17:36:00+08:00"),
        ("2020年7月3日 上午9:05", "2020-07-03T09:05:00+08:00"),
        ("2020年7月3日 晚上8:00", "2020-07-03T20:00:00+08:00"),
        ("2020年7月3日 中午12:30", "2020-07-03T12:30:00+08:00"),
        ("2020年7月3日 凌晨1:30", "2020-07-03T01:30:00+08:00"),
    ],
)
def test_half_day_words(text, iso):
    d = parse_date(text)
    assert d is not None and d.value().isoformat() == iso


def test_zone_letters_inside_words_are_not_zones():
    d = parse_date("2020-07-03 13:36 ETtoday新聞雲")
    assert d is not None and d.zone is None


_NY = None
try:
    from zoneinfo import ZoneInfo

    _NY = ZoneInfo("America/New_York")
    _LON = ZoneInfo("Europe/London")
except Exception:  # no time-zone database here
    _NY = None


@pytest.mark.skipif(_NY is None, reason="no time-zone database")
@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=datetime(1997, 1, 1), max_value=datetime(2037, 12, 31)))
def test_dst_rules_agree_with_tzdata(local):
    from zhnews.news.zones import zone_offset

    # away from the changeover hours, where wall-clock times are skipped or repeated
    for name, tz in (("美东时间", _NY), ("英国时间", _LON)):
        around = {(local + timedelta(hours=h)).replace(tzinfo=tz).utcoffset() for h in (-3, 0, 3)}
        if len(around) != 1:
            continue
        ruled = zone_offset(name, local, use_tzdata=False)
        assert ruled is not None and ruled.utcoffset(None) == around.pop()


def test_unknown_or_impossible_offsets():
    from zhnews.news.zones import zone_offset

    assert zone_offset("火星时间", datetime(2020, 1, 1)) is None
    assert zone_offset("UTC+20", datetime(2020, 1, 1)) is None

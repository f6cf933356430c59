"""Dates as news pages write them: table-driven."""

from __future__ import annotations

from datetime import date

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

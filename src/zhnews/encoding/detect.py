"""Turn bytes of unknown encoding into text: BOM, strict UTF-8, then a plausibility choice.

Scraped Chinese pages arrive as UTF-8, GBK/GB18030, Big5 or (rarely) UTF-16, sometimes
with no declaration and sometimes mixing two encodings in one file. Byte-statistics
detectors confuse GBK and Big5 with CP949 or Shift-JIS on short inputs, and decode mixed
files into silent garbage. This module restricts the candidates to the encodings Chinese
text actually uses and picks among candidate *decodings* with a character language model
(:mod:`zhnews.langmodel`), segment by segment when the bytes mix UTF-8 with a legacy code.

Order of decisions:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, GB18030); it is not part of the text.
2. Bytes that are strict UTF-8 are UTF-8 (unless NUL bytes at every other position say
   UTF-16 and the UTF-16 reading is the more plausible one). Pure ASCII reports ``utf-8``.
3. Otherwise UTF-16 without BOM competes (when nearly every 16-bit unit falls in a range
   Chinese text uses) with the legacy reading; the legacy codec is GB18030 (GB2312 and GBK
   answers are GB18030 answers) or the Big5 family (reported as ``big5``, ``cp950`` or
   ``big5hkscs``, whichever decodes the bytes). Runs of valid multi-byte UTF-8 inside the
   legacy bytes become UTF-8 segments when reading them as UTF-8 (in context) is the
   likelier choice; invalid bytes in a UTF-8 page become a legacy segment only when the
   legacy reading is clearly better (a GB18030 paragraph), else U+FFFD.

Cost is linear: long inputs are sampled for the codec choice, a long UTF-8 text with a few
damaged places is analysed only around them, and a per-call scoring allowance bounds the
work on garbage (past it, cheaper structural rules decide).

Undecodable bytes become U+FFFD (one per byte range the codec rejects) and are listed in
:attr:`EncodingGuess.invalid`. ``chardet`` is only consulted as a tie-breaker between
GB18030 and Big5 when the model cannot separate them.
"""

from __future__ import annotations

import codecs
import math
import re
import threading
from dataclasses import dataclass
from typing import Optional

from zhnews._guards import require_bytes
from zhnews.encoding._detect_score import score_text

__all__ = ["EncodingGuess", "Segment", "decode", "detect_encoding"]


@dataclass(frozen=True)
class Segment:
    """Bytes ``data[start:end]`` are decoded with ``encoding`` (a Python codec name).

    >>> Segment(0, 6, "gb18030").encoding
    'gb18030'
    """

    start: int
    end: int
    encoding: str


@dataclass(frozen=True)
class EncodingGuess:
    """The result of :func:`detect_encoding`.

    ``encoding`` is the codec of the largest segment; ``confidence`` is in 0..1.
    ``segments`` covers every byte after a BOM, in order: one segment for single-encoding
    input, several when the bytes mix encodings, none for empty input (or a lone BOM).
    ``invalid`` lists the byte ranges ``(start, end)`` that no codec could decode; each
    became one U+FFFD in :func:`decode`'s output.

    >>> g = detect_encoding("新闻".encode("gbk"))
    >>> g.encoding, g.segments, g.n_invalid
    ('gb18030', (Segment(start=0, end=4, encoding='gb18030'),), 0)
    """

    encoding: str
    confidence: float
    segments: tuple[Segment, ...] = ()
    invalid: tuple[tuple[int, int], ...] = ()

    @property
    def n_invalid(self) -> int:
        """Number of undecodable byte ranges (= U+FFFD characters that decoding inserted)."""
        return len(self.invalid)

    @property
    def mixed(self) -> bool:
        """True when the segments use more than one encoding."""
        return len({s.encoding for s in self.segments}) > 1


# --------------------------------------------------------------------------------------
# decoding with a record of the undecodable ranges

_ERROR_HANDLER = "zhnews.detect.record"
_tls = threading.local()


class _TooManyErrors(Exception):
    """Raised from the error handler to stop decoding once ``_tls.limit`` is exceeded."""


def _record_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    sink: Optional[list[tuple[int, int]]] = getattr(_tls, "sink", None)
    if sink is not None:
        sink.append((exc.start, exc.end))
        limit: Optional[int] = getattr(_tls, "limit", None)
        if limit is not None and len(sink) > limit:
            raise _TooManyErrors
    return "\ufffd", exc.end


codecs.register_error(_ERROR_HANDLER, _record_error)


def _decode_recording(
    data: bytes, codec: str, record: bool = True
) -> tuple[str, list[tuple[int, int]]]:
    """Decode with U+FFFD for each rejected range; also return the ranges (relative)."""
    if not record:
        return data.decode(codec, "replace"), []
    sink: list[tuple[int, int]] = []
    outer = getattr(_tls, "sink", None)
    outer_limit = getattr(_tls, "limit", None)
    _tls.sink = sink
    _tls.limit = None
    try:
        text = data.decode(codec, _ERROR_HANDLER)
    finally:
        _tls.sink = outer
        _tls.limit = outer_limit
    return text, sink


# --------------------------------------------------------------------------------------
# byte patterns and limits

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\x84\x31\x95\x33", "gb18030"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_MB2 = rb"[\xc2-\xdf][\x80-\xbf]"
_MB34 = (
    rb"(?:\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf][\x80-\xbf]"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf][\x80-\xbf]"
    rb"|[\xf1-\xf3][\x80-\xbf][\x80-\xbf][\x80-\xbf]|\xf4[\x80-\x8f][\x80-\xbf][\x80-\xbf])"
)
# one UTF-8 punctuation mark: “ ” ‘ ’ — … 、 。 《 》 「 」 『 』 【 】 ！ （ ） ， ： ； ？
_PUNCT = (
    rb"\xe2\x80[\x94\x98\x99\x9c\x9d\xa6]|\xe3\x80[\x81\x82\x8a-\x91]"
    rb"|\xef\xbc[\x81\x88\x89\x8c\x9a\x9b\x9f]"
)
# Candidate UTF-8 runs inside legacy bytes are found from their 3/4-byte sequences: a run
# holds at least two of them, joined by valid UTF-8 (ASCII, 2-byte sequences), or is one
# punctuation mark. Shorter runs occur by chance in GBK and Big5 text all the time.
# Every pattern below starts with a plain byte class, so searching is fast and linear.
_LEAD3 = re.compile(
    rb"[\xe0-\xf4][\x80-\xbf][\x80-\xbf](?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf])*"
    rb"[\xe0-\xf4][\x80-\xbf][\x80-\xbf]"
)
# the same with three 3/4-byte sequences, for inputs where chance pairs are everywhere
_LEAD3X3 = re.compile(
    rb"[\xe0-\xf4][\x80-\xbf][\x80-\xbf](?:(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf])*"
    rb"[\xe0-\xf4][\x80-\xbf][\x80-\xbf]){2}"
)
_MB34_RE = re.compile(_MB34)
_PUNCT_RE = re.compile(_PUNCT)
_VALID_UTF8 = re.compile(rb"(?:[\x00-\x7f]|" + _MB2 + rb"|" + _MB34 + rb")*")
_HIGH = re.compile(rb"[\x80-\xff]")
# Bytes below 0x40 are never the second byte of a GBK or Big5 pair: decoding is in step
# after them. Stripping the other bytes from the right finds the last such byte.
_NON_SYNC = bytes(range(0x40, 0x100))
_HIGH_BYTES = bytes(range(0x80, 0x100))
_LEAD34 = bytes(range(0xE0, 0xF5))
_ASCII_BYTES = bytes(range(0x80))

# high bytes of UTF-16 code units that Chinese text uses: ASCII/Latin-1, punctuation,
# letterlike and geometric symbols, CJK punctuation, CJK ideographs, full-width forms
_UTF16_PLAUSIBLE_HIGH = bytes(
    [0x00, 0x20, 0x21, 0x22, 0x24, 0x25, 0x26, 0x30, 0xFE, 0xFF, *range(0x34, 0xA0)]
)

#: Bytes of legacy text sampled to choose the legacy codec.
SAMPLE_BUDGET = 4096
#: Characters scored per call beyond the codec choice; past it, cheaper rules decide.
WORK_BUDGET = 200_000
#: Context bytes on each side when judging a UTF-8 run inside legacy bytes.
_CONTEXT = 12
#: A run with at least this many 3/4-byte sequences is UTF-8 without further evidence.
_SURE_UTF8_SEQS = 8
#: Score margin (natural log) below which GB18030 vs Big5 asks chardet for a second opinion.
_TIE_MARGIN = 1.0
#: Mean score per character below which a UTF-8 reading is not considered at all.
_MIN_UTF8_MEAN = -12.0
#: Mean score per character below which a UTF-16 reading (no BOM) is not believed.
_MIN_UTF16_MEAN = -14.0
#: Extra evidence (natural log) a short UTF-8 run inside legacy text needs.
_SHORT_RUN_BIAS = 8.0
#: Characters at each end of a UTF-8 run that are scored when placing its boundary.
_EDGE_CHARS = 16
#: Characters scored per candidate between checks for a decisive lead.
_SLICE = 64
#: Lead (natural log) at which the legacy codec race stops early.
_DECISIVE = 40.0
#: At most this many invalid UTF-8 ranges make a long input "UTF-8 with local damage".
_LOCAL_ERRORS = 4096
#: Bytes of context analysed on each side of local UTF-8 damage.
_LOCAL_CONTEXT = 64

_LEGACY = ("gb18030", "cp950")


class _Work:
    """A per-call allowance of characters to score, so that no input costs more than it."""

    def __init__(self) -> None:
        self.left = WORK_BUDGET

    def score(self, text: str) -> float:
        self.left -= len(text)
        return score_text(text)

    @property
    def spent(self) -> bool:
        return self.left <= 0


def _high_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _lead34_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, _LEAD34))


def _is_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _confidence(margin: float) -> float:
    """Map a log-likelihood margin to 0.5..1 (0 margin: a coin toss)."""
    if margin > 40.0:
        return 1.0
    return round(1.0 / (1.0 + math.exp(-margin / 2.0)), 4)


def _complement(lo: int, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = lo
    for s, e in spans:
        if s > pos:
            out.append((pos, s))
        pos = e
    if pos < hi:
        out.append((pos, hi))
    return out


# --------------------------------------------------------------------------------------
# choosing the legacy codec


def _sample(data: bytes, ranges: list[tuple[int, int]], budget: int = SAMPLE_BUDGET) -> list[bytes]:
    """Chunks of ``data`` within ``ranges`` that hold high bytes, about ``budget`` in all.

    Chunks start and end after a byte below 0x40 where one is near, where GBK and Big5
    decoding is in step, so that every candidate codec reads them as the writer meant.
    """
    chunks: list[bytes] = []
    total = 0
    for s, e in ranges:
        if total >= budget:
            break
        if e - s <= budget - total:
            if _HIGH.search(data, s, e):
                chunks.append(data[s:e])
                total += e - s
            continue
        pos = s
        while total < budget:
            m = _HIGH.search(data, pos, e)
            if m is None:
                break
            p = m.start()
            lo = max(s, p - 256)
            k = len(data[lo:p].rstrip(_NON_SYNC))
            start = lo + k if k else (s if lo == s else p)
            cap = min(e, start + 1024, start + budget - total + 64)
            if cap <= p:
                cap = min(e, p + 64)
            k = len(data[p:cap].rstrip(_NON_SYNC))
            end = p + k if k and cap < e else cap
            chunks.append(data[start:end])
            total += end - start
            pos = end
    return chunks


def _chardet_vote(chunks: list[bytes], choices: tuple[str, str]) -> Optional[str]:
    """chardet's pick between two legacy codecs, or None (no opinion or not installed)."""
    try:
        import chardet
    except ImportError:  # pragma: no cover - chardet is a declared dependency
        return None
    sample = b"\n".join(chunks)
    try:
        res = chardet.detect(
            sample,
            include_encodings=["gb18030", "big5", "cp950", "big5hkscs", "utf-8"],
            no_match_encoding="utf-8",
        )
    except TypeError:  # chardet < 7: no include_encodings
        res = chardet.detect(sample)
    name = str(res.get("encoding") or "").lower().replace("_", "-")
    if name in ("gb2312", "gbk", "gb18030", "cp936"):
        name = "gb18030"
    elif name in ("big5", "cp950", "big5hkscs", "big5-hkscs"):
        name = "big5hkscs" if "big5hkscs" in choices else "cp950"
    return name if name in choices else None


def _choose_legacy(data: bytes, ranges: list[tuple[int, int]]) -> tuple[str, float]:
    """(codec, confidence) of the legacy code for the bytes in ``ranges``.

    Each candidate decodes the sampled chunks; the texts are scored a slice at a time and
    the race stops once the leader is ahead by a decisive margin.
    """
    chunks = _sample(data, ranges)
    if not chunks:
        return "gb18030", 0.5
    texts = {codec: "\n".join(ch.decode(codec, "replace") for ch in chunks) for codec in _LEGACY}
    if "\ufffd" in texts["cp950"]:
        hk = "\n".join(ch.decode("big5hkscs", "replace") for ch in chunks)
        if hk.count("\ufffd") < texts["cp950"].count("\ufffd"):
            texts["big5hkscs"] = hk
            del texts["cp950"]
    scores = dict.fromkeys(texts, 0.0)
    longest = max(len(t) for t in texts.values())
    pos = 0
    while pos < longest:
        for codec, text in texts.items():
            scores[codec] += score_text(text[pos : pos + _SLICE])
        pos += _SLICE
        ranked = sorted(scores.values(), reverse=True)
        if pos < longest and ranked[0] - ranked[1] > _DECISIVE:
            break
    (best, top), (second, runner_up) = sorted(scores.items(), key=lambda kv: -kv[1])[:2]
    margin = top - runner_up
    if margin < _TIE_MARGIN and sum(map(_high_count, chunks)) >= 8:
        vote = _chardet_vote(chunks, (best, second))
        if vote is not None:
            best = vote
        return best, round(0.5 + 0.1 * margin / _TIE_MARGIN, 4)
    return best, _confidence(margin)


# --------------------------------------------------------------------------------------
# UTF-16 without BOM


def _utf16_codecs(data: bytes, strict_nul: bool) -> list[str]:
    """The UTF-16 byte orders whose 16-bit units look like Chinese text (maybe both)."""
    n = len(data) - (len(data) & 1)
    if n < 4:
        return []
    even = data[0:n:2]
    odd = data[1:n:2]
    units = n // 2
    out = []
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if len(high.translate(None, _UTF16_PLAUSIBLE_HIGH)) > units * 0.05:
            continue
        if strict_nul and (high.count(0) < units * 0.3 or low.count(0) > units * 0.1):
            continue  # valid UTF-8 only counts as UTF-16 when the NUL pattern says so
        out.append(codec)
    return out


def _single_guess(
    data: bytes, start: int, codec: str, confidence: float, record: bool
) -> tuple[EncodingGuess, str]:
    """Decode everything after ``start`` (a BOM's length, or 0) with one codec."""
    body = data[start:]
    text, errs = _decode_recording(body, codec, record)
    invalid = tuple((start + a, start + b) for a, b in errs)
    bad = sum(b - a for a, b in invalid)
    segs = (Segment(start, len(data), codec),) if body else ()
    conf = round(confidence * (1.0 - bad / len(body)), 4) if body else confidence
    return EncodingGuess(codec, conf, segs, invalid), text


# --------------------------------------------------------------------------------------
# UTF-8 runs inside legacy bytes


def _valid_utf8_end(view: memoryview, p: int, hi: int) -> int:
    """End of the longest valid UTF-8 prefix of ``view[p:hi]``, read in growing windows."""
    end = p
    width = 64
    while end < hi:
        lim = min(hi, end + width)
        try:
            _, used = codecs.utf_8_decode(view[end:lim], "strict", lim == hi)
        except UnicodeDecodeError as exc:
            return end + exc.start
        end += used
        if lim == hi:
            return hi
        width *= 2
    return end


def _utf8_candidates(data: bytes, lo: int, hi: int, strict: bool = False) -> list[tuple[int, int]]:
    """Candidate UTF-8 runs in ``data[lo:hi]``, in order.

    A run starts at a 3/4-byte sequence and extends over valid UTF-8 as far as it goes
    (the decoder finds the end in C); it is a candidate if it holds two 3/4-byte
    sequences, or starts with a punctuation mark. Where candidates come more often than
    one per 64 bytes (garbage, or dense chance sequences), the search starts over in
    ``strict`` mode: three 3/4-byte sequences, no lone punctuation.
    """
    runs: list[tuple[int, int]] = []
    view = memoryview(data)
    pos = lo
    finder = _LEAD3X3 if strict else _LEAD3
    need = 3 if strict else 2
    limit = max(16, (hi - lo) // 64)
    punct = None if strict else _PUNCT_RE.search(data, lo, hi)
    while True:
        if not strict and len(runs) > limit:
            return _utf8_candidates(data, lo, hi, strict=True)
        m = finder.search(data, pos, hi)
        while punct is not None and punct.start() < pos:
            punct = _PUNCT_RE.search(data, pos, hi)
        if punct is not None and (m is None or punct.start() < m.start()):
            m = punct
        if m is None:
            break
        p = m.start()
        if _MB34_RE.match(data, p, hi) is None:
            pos = p + 1
            continue
        end = _valid_utf8_end(view, p, hi)
        pos = end
        if _lead34_count(data[p:end]) >= need or (not strict and _PUNCT_RE.match(data, p)):
            runs.append((p, end))
    return runs


def _is_utf8_run(
    data: bytes, s: int, e: int, legacy: str, bias: float, work: _Work, memo: dict[bytes, bool]
) -> bool:
    """Is ``data[s:e]`` (valid UTF-8) likelier UTF-8 than part of the legacy text around it?"""
    n_seq = _lead34_count(data[s:e])
    if n_seq >= _SURE_UTF8_SEQS:
        return True
    if work.spent:
        return n_seq >= 3
    as_utf8 = data[s:e].decode("utf-8")
    # chance UTF-8 inside GBK/Big5 decodes to rare symbols: not worth a closer look
    span_score = work.score(as_utf8)
    if span_score < _MIN_UTF8_MEAN * len(as_utf8):
        return False
    b = min(len(data), e + _CONTEXT)
    a0 = max(0, s - _CONTEXT)
    key = data[max(0, a0 - 1) : b] + b"\x00" + bytes([s - a0])
    hit = memo.get(key)
    if hit is not None:
        return hit
    # The left context starts at one of two neighbouring bytes, one of which is a pair
    # boundary of the legacy text; each hypothesis is scored at its better start.
    as_legacy = -math.inf
    utf8_best = -math.inf
    right = span_score + work.score(data[e:b].decode(legacy, "replace"))
    for a in {a0, max(0, a0 - 1)}:
        as_legacy = max(as_legacy, work.score(data[a:b].decode(legacy, "replace")))
        utf8_best = max(utf8_best, work.score(data[a:s].decode(legacy, "replace")) + right)
    if bias > 0 and n_seq < 4:
        bias += _SHORT_RUN_BIAS  # a two- or three-character run needs clearer evidence
    verdict = utf8_best - as_legacy > bias
    if len(memo) < 4096:
        memo[key] = verdict
    return verdict


def _trim(data: bytes, s: int, e: int, legacy: str) -> tuple[int, int]:
    """Move the ends of an accepted UTF-8 run to where the legacy text really ends.

    A run is found from its multi-byte sequences, so chance sequences made of the first or
    last bytes of neighbouring GBK or Big5 text can stick to it (``CD B6`` of 投 reads as
    UTF-8 ``Ͷ``). For each end, dropping a few characters is scored over a fixed window of
    bytes (the UTF-8 reading up to the cut plus the legacy reading past it); ASCII at the
    ends is left to the neighbours.
    """
    span = data[s:e]
    s += len(span) - len(span.lstrip(_ASCII_BYTES))
    e -= len(span) - len(span.rstrip(_ASCII_BYTES))
    if e - s < 6:
        return s, e
    # (bytes that are not UTF-8 stay as escapes, so that character counts map to bytes)
    head = data[s : s + 64].decode("utf-8", "surrogateescape")[:_EDGE_CHARS]
    tail = data[max(s, e - 64) : e].decode("utf-8", "surrogateescape")[-_EDGE_CHARS:]
    n = len(data)

    def nbytes(chars: str) -> int:
        return len(chars.encode("utf-8", "surrogateescape"))

    def droppable(chars: str) -> int:
        # chance 2-byte sequences (GBK pairs like C6 BD) and stray bytes can chain, with
        # chance 3-byte ones among them (B9 E6 B6 A8 of 规定 holds UTF-8 涨): try dropping
        # every short one up to the fourth longer character
        k = longer = 0
        while k < len(chars) - 1:
            o = ord(chars[k])
            if o >= 0x800 and not 0xDC80 <= o <= 0xDCFF:
                if longer == 3:
                    break
                longer += 1
            k += 1
        return k

    # left end: the legacy context before it is read from two starts (pair boundary)
    a0 = max(0, s - _CONTEXT)
    best_left, best_score = 0, -math.inf
    for d in range(droppable(head) + 1):
        cut = s + nbytes(head[:d])
        score = max(
            score_text(data[a:cut].decode(legacy, "replace")) for a in {a0, max(0, a0 - 1)}
        ) + score_text(head[d:])
        if score > best_score + 1e-9:
            best_left, best_score = d, score
    b = min(n, e + _CONTEXT)
    best_right, best_score = 0, -math.inf
    for d in range(droppable(tail[::-1]) + 1):
        cut = e - nbytes(tail[len(tail) - d :]) if d else e
        score = score_text(tail[: len(tail) - d]) + score_text(
            data[cut:b].decode(legacy, "replace")
        )
        if score > best_score + 1e-9:
            best_right, best_score = d, score
    new_s = s + nbytes(head[:best_left])
    new_e = e - nbytes(tail[len(tail) - best_right :]) if best_right else e
    return (new_s, new_e) if new_e > new_s else (s, e)


def _gap_codec(data: bytes, s: int, e: int, legacy: str, utf8_dominant: bool, work: _Work) -> str:
    """Codec for bytes between accepted UTF-8 runs: the legacy codec or UTF-8 ("" = any)."""
    gap = data[s:e]
    if gap.isascii():
        return ""
    valid = _is_utf8(gap)
    if valid and utf8_dominant:
        return "utf-8"
    if not valid and not utf8_dominant:
        return legacy
    if work.spent:
        if valid:
            return legacy
        clean = "\ufffd" not in gap.decode(legacy, "replace")
        return legacy if clean and _high_count(gap) >= 4 else "utf-8"
    chunks = _sample(data, [(s, e)])
    as_legacy = sum(work.score(ch.decode(legacy, "replace")) for ch in chunks)
    as_utf8 = sum(work.score(ch.decode("utf-8", "replace")) for ch in chunks)
    # The dominant encoding needs less evidence: a truncated UTF-8 character in a UTF-8
    # page stays U+FFFD rather than becoming a legacy character, and vice versa.
    bias = 25.0 if utf8_dominant else -25.0
    return "utf-8" if as_utf8 + bias > as_legacy else legacy


def _segment_region(
    data: bytes, lo: int, hi: int, work: _Work, utf8_page: bool
) -> tuple[list[tuple[int, int, str]], str, float]:
    """Split ``data[lo:hi]`` into (start, end, codec) ranges: (ranges, legacy codec, conf)."""
    cands = _utf8_candidates(data, lo, hi)
    sure = [(s, e) for s, e in cands if _lead34_count(data[s:e]) >= _SURE_UTF8_SEQS]
    legacy, conf = _choose_legacy(data, _complement(lo, hi, sure))
    cand_bytes = sum(e - s for s, e in cands)
    utf8_dominant = utf8_page or cand_bytes >= _high_count(data[lo:hi]) - cand_bytes
    bias = -2.0 if utf8_dominant else 2.0

    def classify(codec: str) -> list[tuple[int, int]]:
        memo: dict[bytes, bool] = {}
        return [(s, e) for s, e in cands if _is_utf8_run(data, s, e, codec, bias, work, memo)]

    accepted = [_trim(data, s, e, legacy) for s, e in classify(legacy)]
    if len(accepted) > len(sure):
        # the legacy codec is best judged without the UTF-8 runs just found
        legacy2, conf2 = _choose_legacy(data, _complement(lo, hi, accepted))
        if legacy2 != legacy:
            legacy, conf = legacy2, conf2
            accepted = [_trim(data, s, e, legacy) for s, e in classify(legacy)]

    ranges: list[tuple[int, int, str]] = []
    pos = lo
    for s, e in [*accepted, (hi, hi)]:
        if s > pos:
            ranges.append((pos, s, _gap_codec(data, pos, s, legacy, utf8_dominant, work)))
        if e > s:
            ranges.append((s, e, "utf-8"))
        pos = e
    return ranges, legacy, conf


def _utf8_damage(data: bytes) -> Optional[list[tuple[int, int]]]:
    """Windows around invalid UTF-8 when there are few, for a long mostly-UTF-8 input."""
    sink: list[tuple[int, int]] = []
    outer = getattr(_tls, "sink", None)
    _tls.sink = sink
    _tls.limit = _LOCAL_ERRORS
    try:
        data.decode("utf-8", _ERROR_HANDLER)
    except _TooManyErrors:
        return None
    finally:
        _tls.sink = outer
        _tls.limit = None
    n = len(data)
    windows: list[tuple[int, int]] = []
    for a, b in sink:
        lo, hi = max(0, a - _LOCAL_CONTEXT), min(n, b + _LOCAL_CONTEXT)
        steps = 0
        while lo > 0 and steps < 3 and 0x80 <= data[lo] <= 0xBF:  # back to a UTF-8 lead
            lo -= 1
            steps += 1
        steps = 0
        while hi < n and steps < 3 and 0x80 <= data[hi] <= 0xBF:
            hi += 1
            steps += 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    if sum(hi - lo for lo, hi in windows) * 2 > n:
        return None
    return windows


def _legacy_guess(data: bytes, record: bool) -> tuple[EncodingGuess, str]:
    """Decode bytes that are not strict UTF-8, segment by segment."""
    n = len(data)
    work = _Work()
    windows = _utf8_damage(data) if n >= 4 * SAMPLE_BUDGET else None
    ranges: list[tuple[int, int, str]] = []
    confs: dict[str, float] = {}
    if windows is None:
        ranges, legacy, conf = _segment_region(data, 0, n, work, False)
        confs[legacy] = conf
    else:  # a long UTF-8 text with a few damaged or foreign places
        pos = 0
        for lo, hi in windows:
            if lo > pos:
                ranges.append((pos, lo, "" if data[pos:lo].isascii() else "utf-8"))
            sub, legacy, conf = _segment_region(data, lo, hi, work, True)
            ranges.extend(sub)
            confs[legacy] = min(conf, confs.get(legacy, 1.0))
            pos = hi
        if pos < n:
            ranges.append((pos, n, "" if data[pos:n].isascii() else "utf-8"))

    # merge neighbours that share a codec; ASCII-only ranges ("") join either side
    merged: list[tuple[int, int, str]] = []
    for s, e, codec in ranges:
        if merged and (not codec or not merged[-1][2] or merged[-1][2] == codec):
            ps, _, pcodec = merged[-1]
            merged[-1] = (ps, e, pcodec or codec)
        else:
            merged.append((s, e, codec))

    segments: list[Segment] = []
    invalid: list[tuple[int, int]] = []
    parts: list[str] = []
    for s, e, codec in merged:
        name, text, errs = _decode_segment(data[s:e], codec or "utf-8", record)
        segments.append(Segment(s, e, name))
        invalid.extend((s + a, s + b) for a, b in errs)
        parts.append(text)

    sizes: dict[str, int] = {}
    for seg in segments:
        sizes[seg.encoding] = sizes.get(seg.encoding, 0) + seg.end - seg.start
    top = max(sizes.items(), key=lambda kv: kv[1])[0]
    family = "cp950" if top in ("big5", "cp950") else top
    conf = confs.get(family, 0.9)
    bad = sum(b - a for a, b in invalid)
    conf = round(conf * (1.0 - bad / n), 4)
    return EncodingGuess(top, conf, tuple(segments), tuple(invalid)), "".join(parts)


def _decode_segment(
    body: bytes, codec: str, record: bool
) -> tuple[str, str, list[tuple[int, int]]]:
    """Decode one segment: (codec name to report, text, error ranges if recorded)."""
    if codec == "cp950":
        try:  # plain Big5 when it reads everything (Python's big5 and cp950 differ on 12 codes)
            return "big5", body.decode("big5"), []
        except UnicodeDecodeError:
            pass
    text, errs = _decode_recording(body, codec, record)
    if codec != "cp950":
        return codec, text, errs
    if "\ufffd" in text:
        text2, errs2 = _decode_recording(body, "big5hkscs", record)
        if text2.count("\ufffd") < text.count("\ufffd"):
            return "big5hkscs", text2, errs2
    return codec, text, errs


# --------------------------------------------------------------------------------------
# entry points


def _analyze(data: bytes, record: bool) -> tuple[EncodingGuess, str]:
    n = len(data)
    if n == 0:
        return EncodingGuess("utf-8", 1.0), ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _single_guess(data, len(bom), codec, 1.0, record)  # any codec after a BOM

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if b"\x00" in data:
            for u16 in _utf16_codecs(data, strict_nul=True):
                guess16, text16 = _single_guess(data, 0, u16, 0.9, record)
                if "\ufffd" not in text16 and score_text(text16) > score_text(text):
                    return guess16, text16
        conf = 1.0 if data.isascii() else 0.99
        return EncodingGuess("utf-8", conf, (Segment(0, n, "utf-8"),)), text

    u16s = _utf16_codecs(data, strict_nul=False)
    if u16s:
        probe = data[:1024]
        texts = {c: probe.decode(c, "replace") for c in u16s}
        scores = {c: score_text(t) for c, t in texts.items()}
        u16 = max(scores, key=lambda c: scores[c])
        as_u16 = scores[u16]
        best_other = max(score_text(probe.decode(c, "replace")) for c in _LEGACY)
        if len(u16s) > 1:
            best_other = max(best_other, min(scores.values()))
        if as_u16 > best_other and as_u16 >= _MIN_UTF16_MEAN * len(texts[u16]):
            return _single_guess(data, 0, u16, _confidence(as_u16 - best_other), record)
    return _legacy_guess(data, record)


def detect_encoding(data: bytes) -> EncodingGuess:
    """Guess how ``data`` is encoded, segment by segment, and list its undecodable bytes.

    The answer is restricted to the encodings Chinese text uses (UTF-8, GB18030, the Big5
    family, UTF-16) and chosen by how plausible each decoding reads, so short strings
    that byte statistics confuse with Korean or Japanese codes come out right.

    >>> detect_encoding("中文".encode("utf-8")).encoding
    'utf-8'
    >>> detect_encoding("新聞報導".encode("big5")).encoding
    'big5'
    """
    data = require_bytes(data, "detect_encoding")
    return _analyze(data, record=True)[0]


def decode(data: bytes, *, encoding: Optional[str] = None) -> str:
    """Decode ``data`` into text, detecting the encoding (per segment) unless one is given.

    Never raises on bytes: undecodable bytes become U+FFFD (see :func:`detect_encoding`
    for where). A byte-order mark is dropped. With ``encoding``, that codec decodes the
    bytes with ``errors="replace"`` (``gbk``/``gb2312`` are read as GB18030, its superset);
    an unknown codec name raises ``LookupError``.

    >>> decode("记者从北京获悉".encode("gbk"))
    '记者从北京获悉'
    >>> decode(b"\\xc4\\xe3\\xba\\xc3", encoding="gbk")
    '你好'
    """
    data = require_bytes(data, "decode")
    if encoding is None:
        return _analyze(data, record=False)[1]
    if not isinstance(encoding, str):
        raise TypeError(f"decode() encoding must be str or None, not {type(encoding).__name__}")
    return data.decode(_explicit_codec(encoding), "replace")


def _explicit_codec(name: str) -> str:
    canonical = codecs.lookup(name).name
    if canonical in ("gbk", "gb2312", "cp936"):
        return "gb18030"
    if canonical == "utf-8":
        return "utf-8-sig"
    return canonical

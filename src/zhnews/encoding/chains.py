"""The codec chains that mojibake repair knows, as data.

A chain ``"X read as Y"`` means: text was encoded with ``X`` and the bytes were decoded with
``Y``. Reversing it means encoding the garbled text with ``Y`` (the *misread* codec) and
decoding the bytes with ``X`` (the *original* codec). Each misread codec gets a per-character
encoder that is lenient in the ways real decoders were: cp1252 keeps its five undefined bytes
as C1 controls, GBK readers map the user-defined area to Private Use characters and ``0x80``
to ``€``. Lossy markers (U+FFFD, ``?``, ``・``) encode to a placeholder byte (:data:`WILDCARD`)
so that the repair can resynchronise on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Optional

__all__ = [
    "CHAINS",
    "LOSSY_MARKERS",
    "SINGLE_BYTE",
    "WILDCARD",
    "Chain",
    "char_bytes",
    "decode_original",
    "encode_single_byte",
    "encode_strict",
    "original_codec",
    "prefilter_bytes",
    "single_byte_chars",
]

#: Placeholder byte for a lossy marker; never valid in UTF-8, GBK or Big5 output.
WILDCARD = 0xFF
#: Characters that decoders write for bytes they could not decode.
LOSSY_MARKERS = frozenset("\ufffd?・")

#: Misread codecs that map every byte to one character.
SINGLE_BYTE = ("latin-1", "cp1252", "mac-roman", "cp437", "cp1250", "cp1251")
_PY_NAME = {
    "latin-1": "latin-1",
    "cp1252": "cp1252",
    "mac-roman": "mac_roman",
    "cp437": "cp437",
    "cp1250": "cp1250",
    "cp1251": "cp1251",
    "gbk": "gbk",
    "gb18030": "gb18030",
    "big5": "big5",
    "cp950": "cp950",
    "cp932": "cp932",
    "utf-8": "utf-8",
}
#: Codec used to decode the bytes of an original encoding (the most permissive superset).
_ORIGINAL_DECODER = {"utf-8": "utf-8", "gbk": "gb18030", "big5": "cp950"}


@dataclass(frozen=True)
class Chain:
    """One way text gets garbled: encoded as ``original``, decoded as ``misread``.

    >>> Chain("utf-8", "gbk").name
    'utf-8 read as gbk'
    """

    original: str
    misread: str

    @property
    def name(self) -> str:
        """Readable name, e.g. ``"utf-8 read as gbk"``."""
        return f"{self.original} read as {self.misread}"

    @property
    def misread_single(self) -> bool:
        """True when the misread codec maps each byte to one character."""
        return self.misread in SINGLE_BYTE

    @property
    def swap(self) -> bool:
        """True for GBK read as Big5 and the reverse (both readings are hanzi)."""
        return {self.original, self.misread} == {"gbk", "big5"}

    @property
    def lossy_capable(self) -> bool:
        """True when lost bytes can be resynchronised (UTF-8 read as a GBK-family codec)."""
        return self.original == "utf-8" and self.misread in ("gbk", "gb18030")


#: Every chain the repair tries, most common first.
CHAINS: tuple[Chain, ...] = (
    Chain("utf-8", "gbk"),
    Chain("utf-8", "gb18030"),
    Chain("utf-8", "latin-1"),
    Chain("utf-8", "cp1252"),
    Chain("gbk", "latin-1"),
    Chain("gbk", "cp1252"),
    Chain("big5", "latin-1"),
    Chain("big5", "cp1252"),
    Chain("utf-8", "big5"),
    Chain("utf-8", "cp950"),
    Chain("utf-8", "cp932"),
    Chain("gbk", "big5"),
    Chain("big5", "gbk"),
    Chain("utf-8", "mac-roman"),
    Chain("utf-8", "cp437"),
    Chain("gbk", "mac-roman"),
    Chain("gbk", "cp437"),
    Chain("big5", "mac-roman"),
    Chain("big5", "cp437"),
    # Central European and Cyrillic Windows (the Russian DOS code page, cp866, is left
    # out: Russian words read through it are valid UTF-8, центр -> 業тр)
    Chain("utf-8", "cp1250"),
    Chain("utf-8", "cp1251"),
    Chain("gbk", "cp1250"),
    Chain("gbk", "cp1251"),
)


def prefilter_bytes(text: str, misread: str) -> bytes:
    """Fast, approximate bytes of ``text`` under the misread codec (unencodable -> ``?``).

    Used only to rule chains out quickly: it may keep a chain that fails later, never the
    reverse.

    >>> prefilter_bytes("浣犲ソ中", "gbk")
    b'\xe4\xbd\xa0\xe5\xa5\xbd\xd6\xd0'
    """
    if misread in SINGLE_BYTE:
        return text.translate(_translate_table(misread)).encode("latin-1", "replace")
    py = "gb18030" if misread == "gbk" else _PY_NAME[misread]
    return text.encode(py, "replace")


@cache
def _translate_table(misread: str) -> dict[int, int]:
    return {ord(c): b for c, b in _single_byte_table(misread).items()}


def encode_strict(text: str, misread: str) -> Optional[bytes]:
    """The bytes that ``misread`` decoded to ``text`` with its standard table (one-byte
    codecs: :func:`encode_single_byte`), or None when some character has none.

    >>> encode_strict("浣犲ソ", "gbk"), encode_strict("你", "latin-1")
    (b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd', None)
    """
    if misread in SINGLE_BYTE:
        return encode_single_byte(text, misread)
    try:
        if misread != "gbk":
            return text.encode(_PY_NAME[misread])
        # GBK readers map the user-defined area to Private Use, as GB18030 does; its
        # four-byte sequences are not GBK
        data = text.encode("gb18030")
    except UnicodeEncodeError:
        return None
    ascii_count = len(text.encode("ascii", "ignore"))
    return data if len(data) == 2 * len(text) - ascii_count else None


def encode_single_byte(text: str, misread: str) -> Optional[bytes]:
    """The exact bytes that the one-byte codec ``misread`` decoded to ``text``, or None when
    some character of ``text`` is none of its characters.

    >>> encode_single_byte("ä½\\xa0å¥½", "cp1252"), encode_single_byte("中", "latin-1")
    (b'\xe4\xbd\xa0\xe5\xa5\xbd', None)
    """
    if not set(text) <= single_byte_chars(misread):
        return None
    return text.translate(_translate_table(misread)).encode("latin-1")


def undo_strict(text: str, chain: Chain) -> Optional[str]:
    """``text`` as it read before ``chain`` garbled it: its bytes in the misread codec
    (:func:`encode_strict`) decoded with the original one; None when either step fails.

    >>> undo_strict("浣犲ソ", Chain("utf-8", "gbk")), undo_strict("你", Chain("utf-8", "gbk"))
    ('你好', None)
    """
    data = encode_strict(text, chain.misread)
    if data is None:
        return None
    try:
        return decode_original(data, chain.original)
    except UnicodeDecodeError:
        return None


def decode_original(data: bytes, original: str, errors: str = "strict") -> str:
    """Decode bytes that were originally in ``original`` (see :func:`original_codec`).

    Big5 is read as cp950 (which reads every Big5 byte pair), except on the few pairs where
    Python's big5 codec and the text that goes through it write another character: ``／``
    and ``•`` rather than cp950's ``∕`` and ``‧``, as :func:`zhnews.decode` reads them.

    >>> decode_original("記者／台北".encode("big5"), "big5")
    '記者／台北'
    """
    text = data.decode(_ORIGINAL_DECODER[original], errors)
    return text.translate(_big5_forms()) if original == "big5" else text


@cache
def _big5_forms() -> dict[int, str]:
    """cp950's character -> Python big5's, where the two read a byte pair differently and
    cp950 can write the other back (so byte lengths still add up); the full-width tilde
    ``～`` stays (Chinese text writes it, not big5's ``∼``)."""
    table: dict[int, str] = {}
    for lead in range(0xA1, 0xFA):
        for trail in range(0x40, 0xFF):
            pair = bytes((lead, trail))
            try:
                ours, theirs = pair.decode("cp950"), pair.decode("big5")
                theirs.encode("cp950")
            except UnicodeError:
                continue
            if ours != theirs and ours != "～":
                table[ord(ours)] = theirs
    return table


def original_codec(name: str) -> str:
    """Python codec used to decode bytes that were originally in ``name``.

    >>> original_codec("gbk")
    'gb18030'
    """
    return _ORIGINAL_DECODER[name]


@cache
def _single_byte_table(misread: str) -> dict[str, int]:
    table: dict[str, int] = {}
    py = _PY_NAME[misread]
    for b in range(256):
        try:
            c = bytes((b,)).decode(py)
        except UnicodeDecodeError:
            c = chr(b)  # cp1252's undefined bytes, kept as C1 controls
        table.setdefault(c, b)
    if misread == "cp1252":
        for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            table[chr(b)] = b
    return table


@cache
def single_byte_chars(misread: str) -> frozenset[str]:
    """Every character that the one-byte codec ``misread`` decodes some byte to.

    >>> "Ã" in single_byte_chars("latin-1"), "中" in single_byte_chars("cp437")
    (True, False)
    """
    return frozenset(_single_byte_table(misread))


@cache
def _encoder_cache(misread: str) -> dict[str, Optional[bytes]]:
    return {}


def char_bytes(c: str, misread: str) -> Optional[bytes]:
    """Bytes that the misread codec decoded to ``c``, or None when it could not produce ``c``.

    >>> char_bytes("浣", "gbk"), char_bytes("Ä", "latin-1"), char_bytes("中", "latin-1")
    (b'\\xe4\\xbd', b'\\xc4', None)
    """
    cache = _encoder_cache(misread)
    if c in cache:
        return cache[c]
    out: Optional[bytes]
    if misread in SINGLE_BYTE:
        b = _single_byte_table(misread).get(c)
        out = None if b is None else bytes((b,))
    elif c in LOSSY_MARKERS:
        out = bytes((WILDCARD,))
    else:
        out = _multi_byte(c, misread)
    cache[c] = out
    return out


def chars_bytes(text: str, misread: str) -> list[Optional[bytes]]:
    """:func:`char_bytes` of every character of ``text``, with one dictionary lookup each
    once known (the search asks for the same few characters very often).

    >>> chars_bytes("浣a", "gbk")
    [b'\\xe4\\xbd', b'a']
    """
    known = _encoder_cache(misread)
    return [known[c] if c in known else char_bytes(c, misread) for c in text]


def _multi_byte(c: str, misread: str) -> Optional[bytes]:
    py = _PY_NAME[misread]
    try:
        out = c.encode(py)
    except UnicodeEncodeError:
        out = b""
    if not out and misread == "gbk":
        if c == "€":
            return b"\x80"
        try:
            out = c.encode("gb18030")
        except UnicodeEncodeError:
            return None
        if len(out) != 2:  # four-byte GB18030 sequences are not GBK
            return None
    if not out or len(out) > 2:
        return None  # four-byte GB18030 sequences never come from misread UTF-8 or Big5
    return out

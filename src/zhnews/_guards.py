"""Argument checks shared by the public functions: clear ``TypeError`` for wrong types."""

from __future__ import annotations

__all__ = ["require_bytes", "require_str"]


def require_str(value: object, func: str) -> str:
    """Return ``value`` if it is a ``str``; otherwise raise a ``TypeError`` that names the fix.

    >>> require_str("你好", "repair")
    '你好'
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() takes str, not {type(value).__name__}; "
            "decode bytes first with zhnews.decode(data)"
        )
    raise TypeError(f"{func}() takes str, not {type(value).__name__}")


def require_bytes(value: object, func: str) -> bytes:
    """Return ``value`` as ``bytes``; a ``str`` gets a ``TypeError`` that points to ``repair``.

    >>> require_bytes(b"abc", "decode")
    b'abc'
    """
    if isinstance(value, bytes):
        return value
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        raise TypeError(
            f"{func}() takes bytes, not str; text that is already decoded but garbled "
            "goes to zhnews.repair(text)"
        )
    raise TypeError(f"{func}() takes bytes, not {type(value).__name__}")

"""JSON as JavaScript's `JSON.stringify(value)` writes it: the text of every webhook body.

Why not `json.dumps`: jambonz signs `JSON.stringify(payload)`, and the jambonz SDKs verify
a webhook by re-serialising the body their framework parsed (`express.json()`, then
`JSON.stringify(req.body)`) and comparing the HMAC over that. A body that is not already
what `JSON.stringify` writes for the value it holds fails there: `json.dumps` escapes
non-ASCII characters (`"\\u00e9"` where JavaScript writes `"é"`), spells numbers its own
way (`1.0`, `1e-07`, `1e+16`) and keeps dictionary order where a JavaScript object puts
integer-like keys first. So the body (and, for GET, the signed text) is written here,
byte for byte as `JSON.stringify` would write the parsed value once encoded as UTF-8:

- strings: UTF-8, not escaped, except `\\"`, `\\\\`, `\\b \\f \\n \\r \\t`, the other
  control characters below U+0020 as `\\u00XX` and lone surrogates as `\\udXXX` (lower-case
  hex, as ES2019's well-formed `JSON.stringify` does); DEL, U+2028 and U+2029 go out raw;
  a surrogate pair held as two code points is written as the one character it encodes;
- no whitespace: `,` and `:` alone separate;
- numbers as `Number.prototype.toString` writes them: the shortest digits that read back
  as the same double (the digits of Python's `repr`), integral values without `.0`,
  `-0` as `0`, exponent form only from 1e21 up and below 1e-6 (`1e+21`, `1.5e-7`),
  NaN and the infinities as `null`. A Python int is a JavaScript number once parsed, so
  one beyond 2**53 is written as the double nearest it (`2**64` is `18446744073709552000`,
  one too large for a double is `null`): that is what an application reads and writes
  back, and the signature must survive that round trip;
- object members in the order a JavaScript object holds them after `JSON.parse`: the
  keys that are array indices (canonical decimal integers below 2**32 - 1: `"0"`, `"42"`,
  not `"01"` or `"-1"`) first in ascending numeric order, then the other keys in insertion
  order, at every level. A non-string key gets the name JavaScript gives it (`o[key]`):
  `True` -> `"true"`, `None` -> `"null"`, a number written as above (`7.0` -> `"7"`); when
  two keys get the same name, the member keeps the first one's place and the last one's
  value, as `JSON.parse` does with a duplicated name;
- `None` is `null`; lists and tuples are arrays; any other type raises TypeError.

`encode` (the bytes a webhook sends) takes orjson's path when the value is plainly safe for
it: only dicts with string keys none of which starts with a digit, lists, strings, bools,
None and integers within 2**53 -- what webhook payloads hold. orjson writes those exactly
as `JSON.stringify` does (same escapes, UTF-8, no spaces, insertion order); the check and
orjson together take about a third of the time of the Python encoder for a call's payload
(and less than `json.dumps` took). Anything else (a float, a tuple, an index-like or
non-string key, a lone surrogate, which orjson refuses) goes through this module's own
encoder, `stringify`, which handles every case; the tests hold both to node's output.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from json.encoder import encode_basestring
from typing import Any

import orjson

__all__ = ["encode", "stringify"]

# The largest integer magnitude up to which every integer is exactly a double: below it a
# Python int prints the same digits as the JavaScript number it becomes.
_EXACT_INT = 2**53
# Array indices are the canonical integers 0 .. 2**32 - 2 (ECMA-262, "array index").
_MAX_INDEX = 2**32 - 2
_INDEX = re.compile(r"(?:0|[1-9][0-9]{0,9})\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")


def stringify(value: Any) -> str:
    """The text `JSON.stringify(value)` writes for `value` (no indentation)."""
    return _value(value)


def encode(value: Any) -> bytes:
    """`stringify(value)` encoded as UTF-8: the bytes of a webhook body (through orjson
    when the value is plainly safe for it, see the module's docstring)."""
    if _plain(value):
        try:
            return orjson.dumps(value)
        except orjson.JSONEncodeError:  # a surrogate in a string
            pass
    return _value(value).encode()


def _plain(value: Any) -> bool:
    """Whether orjson writes `value` as `JSON.stringify` does (up to surrogates, which it
    refuses): exact types only, no floats, no key a JavaScript object would move."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int:
        return -_EXACT_INT <= value <= _EXACT_INT
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or "0" <= key[:1] <= "9" or not _plain(item):
                return False
        return True
    if kind is list:
        return all(_plain(item) for item in value)
    return False


def _value(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        return _object(value)
    if kind is int:
        return _int(value)
    return _other(value)


def _other(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return _int(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, Mapping):
        return _object(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join([_value(item) for item in value]) + "]"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _string(text: str) -> str:
    if text.isascii() or _SURROGATE.search(text) is None:
        return encode_basestring(text)
    # Pair up surrogates held as two code points (they are one character to JavaScript),
    # then write the ones left alone as escapes, since UTF-8 cannot carry them.
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", encode_basestring(text))


def _int(value: int) -> str:
    if -_EXACT_INT <= value <= _EXACT_INT:
        return str(int(value))  # int(): an IntEnum member prints as its number
    try:
        return _float(float(value))
    except OverflowError:  # beyond the largest double: Infinity to JavaScript
        return "null"


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return "null"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr gives the shortest digits that round-trip; split them into the digit string
    # and n, the position of the decimal point (value = 0.DIGITS * 10**n).
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + int(exponent or 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k = len(digits)
    if k <= point <= 21:
        return sign + digits + "0" * (point - k)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    e = point - 1
    head = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{sign}{head}e{'+' if e > 0 else '-'}{abs(e)}"


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return _int(key)
    if isinstance(key, float):
        return _float(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _object(mapping: Mapping[Any, Any]) -> str:
    items: Mapping[str, Any] = mapping
    if not all(isinstance(key, str) for key in mapping):
        merged: dict[str, Any] = {}
        for key, item in mapping.items():
            merged[_key(key)] = item
        items = merged
    indices: list[tuple[int, str]] = []
    members: list[str] = []
    for key, item in items.items():
        if "0" <= key[:1] <= "9" and _INDEX.match(key) and int(key) <= _MAX_INDEX:
            indices.append((int(key), key))
        else:
            members.append(_string(key) + ":" + _value(item))
    if indices:
        indices.sort()
        members[:0] = [_string(key) + ":" + _value(items[key]) for _, key in indices]
    return "{" + ",".join(members) + "}"

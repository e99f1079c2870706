"""Schemathesis hooks for the desk's API (loaded by scripts/schemathesis.sh).

A name travels in one SMS, so the desk bounds it in UTF-8 bytes as well as in characters
(desk/openapi.json says so in the `relais-name` and `relais-relay-name` formats); JSON Schema
cannot count bytes, so these formats tell Schemathesis how to make valid ones."""

import unicodedata

import schemathesis
from hypothesis import strategies as st


def _names(max_chars: int, max_bytes: int):
    chars = st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"])

    def fits(s: str) -> bool:
        return (
            0 < len(s) <= max_chars
            and len(s.encode("utf-8")) <= max_bytes
            and s == s.strip()
            and not any(unicodedata.category(c) == "Cc" for c in s)
        )

    return st.text(alphabet=chars, min_size=1, max_size=max_chars).map(str.strip).filter(fits)


schemathesis.openapi.format("relais-name", _names(24, 32))
schemathesis.openapi.format("relais-relay-name", _names(24, 28))

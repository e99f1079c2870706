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


# --- Referrals: the rules a schema cannot state ---------------------------------------------
#
# A referral is refused whole (422) when its consent dates do not fit *today* (given no later
# than now, ending today or later and within 366 days of being given), when something sent
# about the person is outside the consent's scope (a rule across two objects), or when the
# structure is not one this desk serves (known only at run time). desk/openapi.json states
# these rules in words; tests/tests/referral.rs checks each refusal. Here, a generated body
# whose parts are valid is made to fit them, so that the rest of it (names, phones, windows,
# places, notes, codes…) is what Schemathesis explores. Only values that are already valid
# are replaced by other valid values: a body that breaks the schema still breaks it.

import datetime
import json
import os
import random
import re
import urllib.request
import uuid

LETTERS, DIGITS = "ACEFHKRUXY", "346789"
_CODE = re.compile(r"^[ACEFHKRUXY]{3}-[346789]{3}-[ACEFHKRUXY]{3}-[346789]{3}-[ACEFHKRUXY]{3}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DATE_TIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)
_SHARED = ["name", "phone", "call_windows", "languages", "age_and_place", "note"]
_structure_cache: list[str] = []


def _served_structure() -> str | None:
    if not _structure_cache:
        base = os.environ.get("RELAIS_SCHEMATHESIS_BASE")
        if not base:
            return None
        with urllib.request.urlopen(f"{base}/v1/desk", timeout=10) as answer:
            _structure_cache.extend(json.load(answer)["structures"][:1])
    return _structure_cache[0] if _structure_cache else None


def _fields_sent(person: dict) -> list[str]:
    """What the desk counts as sent about the person (core's PersonData::fields)."""
    sent = []
    if person.get("name") is not None:
        sent.append("name")
    if person.get("phone") is not None:
        sent.append("phone")
    if person.get("call_windows"):
        sent.append("call_windows")
    if person.get("languages") or person.get("interpreter_needed") is True:
        sent.append("languages")
    if person.get("age") is not None or person.get("place") is not None:
        sent.append("age_and_place")
    if person.get("note") is not None:
        sent.append("note")
    return sent


def _is_date_time(value) -> bool:
    if not isinstance(value, str) or not _DATE_TIME.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return "T" in value.upper()


def _is_uuid(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36


def _is_date(value) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_referral(context) -> bool:
    op = context.operation
    return op is not None and op.method.upper() == "POST" and op.path == "/v1/referrals"


# Schemathesis applies body hooks where it draws bodies from strategies (fuzzing and stateful
# phases) and case hooks to the cases its coverage phase builds: both are needed.
@schemathesis.hook
def map_body(context, body):
    if _is_referral(context) and isinstance(body, dict):
        return _fit_today(body)
    return body


@schemathesis.hook
def map_case(context, case):
    if _is_referral(context) and isinstance(case.body, dict):
        case.body = _fit_today(case.body)
    return case


def _fit_today(body: dict) -> dict:
    body = json.loads(json.dumps(body))
    # A fresh id and copy code, or nearly every case would meet an earlier one (409) and stop
    # there; idempotency and conflicts are tested in tests/tests/referral.rs.
    if _is_uuid(body.get("id")):
        body["id"] = str(uuid.uuid4())
    if isinstance(body.get("copy_code"), str) and _CODE.match(body["copy_code"]):
        body["copy_code"] = "-".join(
            "".join(random.choice(LETTERS if i % 2 == 0 else DIGITS) for _ in range(3)) for i in range(5)
        )
    key = body.get("structure_key")
    if isinstance(key, str) and len(key) <= 64 and not _CONTROL.search(key):
        served = _served_structure()
        if served:
            body["structure_key"] = served
    consent, person = body.get("consent"), body.get("person")
    if isinstance(consent, dict):
        now = datetime.datetime.now(datetime.timezone.utc)
        if _is_date_time(consent.get("given_at")):
            consent["given_at"] = (now - datetime.timedelta(minutes=5)).isoformat(timespec="seconds")
        until = consent.get("until")
        if _is_date(until):
            consent["until"] = (now + datetime.timedelta(days=30)).date().isoformat()
        scope = consent.get("scope")
        if isinstance(person, dict) and isinstance(scope, list) and all(s in _SHARED for s in scope):
            consent["scope"] = scope + [f for f in _fields_sent(person) if f not in scope]
    return body

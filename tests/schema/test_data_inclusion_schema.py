"""The data·inclusion sample validated by the official schema package (PyPI
`data-inclusion-schema`, pinned in scripts/python-tests.sh): its pydantic models `Structure`
and `Service` of schema 1.x.

The sample has bad records on purpose (they test the Rust importer's reports): exactly those
must fail, and every other record must be valid 1.x, with no field the schema does not know
(pydantic ignores unknown fields, so a 0.x name would otherwise pass unnoticed).
"""

import json
from pathlib import Path

import pydantic
import pytest
from data_inclusion.schema import v1

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples" / "data-inclusion-services.json"

# id → why the record is not valid 1.x (matches the Rust importer's test).
EXPECTED_INVALID = {
    "demo--svc-sans-nom": "nom is missing",
    "demo--svc-ancien": "0.x field names",
}


def problems(model, record):
    """What the official model, and the list of its fields, say of one record."""
    found = []
    unknown = sorted(set(record) - set(model.model_fields))
    if unknown:
        found.append(f"fields unknown to schema 1.x: {unknown}")
    try:
        # Warnings (advisory checks of the schema) count as errors here.
        model.model_validate(record, context={"ignore_warnings": False})
    except pydantic.ValidationError as e:
        found.extend(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
    return found


def records():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return [(v1.Structure, s) for s in data["structures"]] + [
        (v1.Service, s) for s in data["services"]
    ]


def test_the_package_is_schema_1x():
    assert v1.Service.model_fields["horaires_accueil"]
    assert v1.Service.model_fields["zone_eligibilite"]
    assert "horaires_ouverture" not in v1.Service.model_fields
    assert "sante--sante-mentale" in {t.value for t in v1.Thematique}


@pytest.mark.parametrize("model,record", records(), ids=lambda x: getattr(x, "get", lambda k: None)("id"))
def test_each_record_is_valid_or_expected_invalid(model, record):
    found = problems(model, record)
    if record["id"] in EXPECTED_INVALID:
        assert found, f"{record['id']} should be invalid ({EXPECTED_INVALID[record['id']]})"
    else:
        assert found == [], found


def test_the_expected_invalid_records_are_in_the_sample():
    ids = {r["id"] for _, r in records()}
    assert set(EXPECTED_INVALID) <= ids

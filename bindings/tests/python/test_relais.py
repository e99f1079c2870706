"""The generated Python bindings: orientation, the request lifecycle, errors and rights."""

import asyncio
import tempfile

import pytest

from relais_ffi import (
    AgeBandInput,
    AppConfig,
    CallWindowInput,
    FormInput,
    PlaceInput,
    Relais,
    RelaisError,
    SituationInput,
)


@pytest.fixture
def relais():
    with tempfile.TemporaryDirectory() as d:
        yield Relais(AppConfig(data_dir=d, directory_bundle=None, directory_url=None, demo=True, language="fr"))


def situation(place):
    return SituationInput(age=AgeBandInput.FROM21, place=place, languages=[], interpreter_needed=False)


def form(name="Samir", phone="06 39 98 00 12"):
    return FormInput(
        name=name,
        phone=phone,
        relay_name="",
        relay_kind=None,
        call_windows=[CallWindowInput(days=31, from_minute=540, to_minute=720)],
        voicemail_ok=True,
        sms_ok=True,
        languages=["fr"],
        interpreter_needed=False,
        age=AgeBandInput.FROM21,
        place=PlaceInput.ADDRESS(commune="96004", street=None),
        message="",
    )


def test_orientation_ends_with_a_24_7_human(relais):
    o = relais.orient(situation(PlaceInput.ADDRESS(commune="Villerelais", street="13 rue de la Gare")))
    assert o.routes[0].contact.structure == "CMP Les Tilleuls (Villerelais Nord)"
    assert o.routes[0].contact.who == "Claire Martin"
    assert o.routes[-1].contact.call.target == "tel:3114"
    unknown = relais.orient(situation(PlaceInput.UNKNOWN()))
    assert unknown.problem is not None
    assert unknown.routes[-1].contact.phone == "3114"


def test_request_lifecycle(relais):
    status = asyncio.run(relais.submit_request(form(), situation(PlaceInput.ADDRESS(commune="96004", street=None))))
    assert status.who_to_call.structure == "CMP des Collines"
    assert [r.id for r in asyncio.run(relais.requests())] == [status.id]
    withdrawn = asyncio.run(relais.withdraw(status.id))
    assert withdrawn.state == "Demande fermée"


def test_errors_are_typed(relais):
    with pytest.raises(RelaisError.NotFound):
        asyncio.run(relais.request_status("nope"))
    with pytest.raises(RelaisError.InvalidInput) as e:
        asyncio.run(relais.submit_request(form(phone="12"), situation(PlaceInput.UNKNOWN())))
    assert "10 chiffres" in e.value.reason


def test_export_and_erase(relais):
    asyncio.run(relais.submit_request(form(), situation(PlaceInput.ADDRESS(commune="96004", street=None))))
    export = asyncio.run(relais.export_data())
    assert "Samir" in export.text
    asyncio.run(relais.erase_everything())
    assert asyncio.run(relais.requests()) == []

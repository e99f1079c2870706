"""The generated Python bindings: the app driven by events, its screens and effects."""

import asyncio
import tempfile

import pytest

from relais_ffi import (
    AgeBandInput,
    AppConfig,
    CallWindowInput,
    Effect,
    Event,
    PlaceInput,
    Relais,
    RelaisError,
    Screen,
    SituationInput,
    Tap,
    TextDirection,
    crisis_lines,
)


@pytest.fixture
def relais():
    with tempfile.TemporaryDirectory() as d:
        yield Relais(AppConfig(data_dir=d, directory_bundle=None, directory_url=None, demo=True, language="fr"), None)


def send(relais, event):
    update = asyncio.run(relais.dispatch(event))
    assert len(update.frame.crisis.lines) == 5
    return update


def situation(commune):
    return SituationInput(
        age=AgeBandInput.FROM21,
        place=PlaceInput.ADDRESS(commune=commune, street=None),
        languages=[],
        interpreter_needed=False,
    )


def test_crisis_lines_need_nothing():
    bar = crisis_lines("fr")
    assert [l.number for l in bar.lines] == ["3114", "15", "112", "114", "115"]
    assert bar.lines[0].action.tap == Tap.PERFORM(effect=Effect.DIAL(uri="tel:3114"))


def test_whom_to_call_then_a_request(relais):
    send(relais, Event.SITUATION_EDITED(situation=situation("Montrelais")))
    o = send(relais, Event.SHOW_WHOM_TO_CALL())
    assert isinstance(o.screen, Screen.ORIENTATION)
    assert o.screen.model.routes[-1].contact.phone == "3114"
    send(relais, Event.START_FORM())
    form = send(relais, Event.REFRESH()).screen.model.values
    form.name = "Samir"
    form.phone = "06 39 98 00 12"
    form.call_windows = [CallWindowInput(days=31, from_minute=540, to_minute=720)]
    send(relais, Event.FORM_EDITED(form=form))
    r = send(relais, Event.SUBMIT())
    assert isinstance(r.screen, Screen.REQUEST)
    assert r.screen.model.state == "En attente de réseau : elle partira toute seule"
    assert r.effects == [Effect.SYNC()]


def test_languages_and_direction(relais):
    u = send(relais, Event.SET_LANGUAGE(code="ar"))
    assert u.frame.direction == TextDirection.RIGHT_TO_LEFT
    assert relais.language() == "ar"
    bad = send(relais, Event.SET_LANGUAGE(code="xx"))
    assert isinstance(bad.screen, Screen.MESSAGE)


def test_export_is_shared_and_erase_leaves_nothing(relais):
    e = send(relais, Event.EXPORT())
    names = [x.file_name for x in e.effects]
    assert names == ["relais-mes-donnees.txt", "relais-mes-donnees.json"]
    send(relais, Event.ERASE())
    r = send(relais, Event.MY_REQUESTS())
    assert r.screen.model.requests == []


def test_opening_in_a_file_is_a_typed_error():
    with tempfile.NamedTemporaryFile() as f:
        with pytest.raises(RelaisError.Storage):
            Relais(AppConfig(data_dir=f.name + "/x", directory_bundle=None, directory_url=None, demo=True, language="fr"), None)

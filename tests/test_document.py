import json

import pytest

from rasid.document import SCHEMA, Actor, Document, Entity, Event, Meta, Place, Quantity, Quote, Role, Source, Time
from rasid.errors import RasidError

TEXT = "التقى الرئيس المصري عبد الفتاح السيسي اللواء خليفة حفتر في القاهرة أمس."


def _doc() -> Document:
    doc = Document(TEXT, Meta(published="2019-08-07", title="لقاء"))
    s = TEXT.index("عبد الفتاح السيسي")
    doc.add("entities", Entity(s, s + len("عبد الفتاح السيسي"), "", "PER", actor_id="a1"))
    doc.add("actors", Actor("a1", "عبد الفتاح السيسي", "PER", "EG", roles=[Role("الرئيس", 6, 12)], aliases=["السيسي"],
                            mentions=[[s, s + 17]]))
    c = TEXT.index("القاهرة")
    doc.add("places", Place(c, c + 7, "", geonameid=360630, name="Cairo", country_code="EG", lat=30.06, lon=31.25,
                            feature_code="PPLC"))
    a = TEXT.index("أمس")
    doc.add("times", Time(a, a + 3, "", value="2019-08-06", granularity="day"))
    doc.add("quantities", Quantity(0, 5, "", value=3, kind="count", extra={"noun": "x"}))
    doc.add("quotes", Quote(0, 10, "", "indirect", cue="قال", source=Source("مصدر", "anonymous", descriptors={"nationality": "EG"})))
    doc.add("events", Event("e1", "CONSULT", mode="visit", source_actor=["a1"], target_actor="a2", modality="asserted",
                            evidence={"start": 0, "end": len(TEXT)}, cameo="040"))
    return doc


def test_document_round_trip_is_lossless():
    doc = _doc()
    data = doc.to_dict()
    again = Document.from_dict(json.loads(json.dumps(data)))
    assert again.to_dict() == data
    assert data["schema"] == SCHEMA
    assert data["actors"][0]["roles"][0] == {"title": "الرئيس", "start": 6, "end": 12}


def test_document_keeps_unknown_fields():
    data = _doc().to_dict()
    data["entities"][0]["confidence_note"] = "x"
    data["sourcing"] = {"anonymous_share": 0.5}
    again = Document.from_dict(data).to_dict()
    assert again["entities"][0]["confidence_note"] == "x"
    assert again["sourcing"] == {"anonymous_share": 0.5}


def test_document_span_texts_fill_from_offsets():
    doc = _doc()
    assert doc.entities[0].text == "عبد الفتاح السيسي"
    assert doc.places[0].text == "القاهرة"
    assert doc.check_offsets() == []


def test_document_rejects_span_outside_text():
    doc = Document("نص قصير")
    with pytest.raises(RasidError) as exc:
        doc.add("entities", Entity(3, 99, "x", "PER"))
    assert exc.value.code == "E012"


def test_document_check_offsets_finds_wrong_surface():
    doc = Document("نص قصير")
    doc.add("entities", Entity(0, 2, "خطأ", "PER"))
    doc.add("entities", Entity(3, 7, "", "PER"))  # filled from the offsets: no problem
    assert doc.check_offsets() == ["entities 0:2 'خطأ' != 'نص'"]


@pytest.mark.parametrize("bad", [{"schema": "other/9", "text": "x"}, {"schema": SCHEMA}, [1, 2]])
def test_document_from_dict_rejects_bad_input(bad):
    with pytest.raises(RasidError):
        Document.from_dict(bad)


def test_document_matches_json_schema():
    import jsonschema

    from rasid.schema import load_schema

    jsonschema.validate(_doc().to_dict(), load_schema())


@pytest.mark.parametrize("span", [{"start": "a", "end": 3, "text": "x"}, {"start": 0, "end": 999, "text": "x"},
                                  {"start": 4, "end": 2, "text": ""}, {"start": -1, "end": 2, "text": "x"}])
def test_document_from_dict_rejects_bad_offsets(span):
    data = Document("قال الوزير أمس").to_dict()
    data["times"] = [dict(span, value=None)]
    with pytest.raises(RasidError) as exc:
        Document.from_dict(data)
    assert exc.value.code == "E010" and "times" in exc.value.message


def test_check_offsets_reports_non_integer_offsets_instead_of_raising():
    doc = Document("قال الوزير أمس")
    doc.layers["times"] = [Time("0", 3, "قال")]
    assert doc.check_offsets() == ["times offsets '0':3 are not integers"]


def test_schema_validate_reports_the_offending_field():
    import jsonschema

    from rasid.schema import validate

    data = Document("قال الوزير أمس").to_dict()
    validate(data)
    data["text"] = 5
    with pytest.raises(jsonschema.ValidationError) as exc:
        validate(data)
    assert list(exc.value.path) == ["text"]

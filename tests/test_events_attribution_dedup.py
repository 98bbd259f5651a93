"""Attribution to quotes/sources, in-document dedup, ACLED mapping."""
from events_util import code, events, ids, one


def test_events_inside_a_quote_are_attributed_to_its_source():
    text = "وقالت مصادر عسكرية سودانية إن الجيش السوداني قصف مواقع قوات الدعم السريع في الخرطوم أمس."
    content = "الجيش السوداني قصف مواقع قوات الدعم السريع في الخرطوم أمس"
    doc = code(text, quotes=[(content, "indirect", "مصادر عسكرية سودانية", "anonymous")])
    ev = [e for e in doc.events if e.type == "ASSAULT"][0]
    assert ev.attribution == {"quote": 0, "kind": "indirect", "source_kind": "anonymous",
                              "source_text": "مصادر عسكرية سودانية"}
    assert ev.modality == "asserted"  # the source asserts it; attribution says who


def test_events_without_quote_layer_fall_back_to_the_speech_cue():
    ev = one("وبحسب مصادر عسكرية في الخرطوم، فإن الجيش السوداني قصف مواقع قوات الدعم السريع.", "ASSAULT")
    assert ev.attribution["kind"] == "reported"
    assert ev.attribution["cue"] == "بحسب"
    assert ev.attribution["source_text"].startswith("مصادر عسكرية")


def test_events_outlet_narration():
    ev = one("وقصف الجيش السوداني مواقع قوات الدعم السريع في الخرطوم أمس.", "ASSAULT")
    assert ev.attribution == {"kind": "narration"}


def test_events_same_meeting_reported_three_times_is_one_event():
    text = ("التقى الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري أحمد عطاف.\n"
            "وتناول اللقاء بين قيس سعيد وأحمد عطاف ملف الحدود.\n"
            "وقال عطاف إن اجتماعه مع قيس سعيد كان مثمرا.")
    evs = [e for e in events(text) if e.type == "CONSULT"]
    assert len(evs) == 1
    ev = evs[0]
    assert set(ids(ev.source_actor) + ids(ev.target_actor)) == {"tn_president", "dz_fm"}
    assert len(ev.extra["evidence_all"]) == 3
    assert ev.date["value"] == "2024-03-09"


def test_events_different_dates_are_not_merged():
    text = ("التقى الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري أحمد عطاف.\n"
            "وكان قيس سعيد قد التقى أحمد عطاف الشهر الماضي.")
    evs = [e for e in events(text) if e.type == "CONSULT"]
    assert len(evs) == 2


def test_events_negated_report_is_not_merged_with_the_asserted_one():
    text = ("قصف الجيش السوداني مواقع قوات الدعم السريع أمس.\n"
            "ولم يقصف الجيش السوداني مواقع قوات الدعم السريع في الخرطوم.")
    evs = [e for e in events(text) if e.type == "ASSAULT"]
    assert sorted(e.modality for e in evs) == ["asserted", "negated"]


def test_events_acled_mapping_with_conservative_fatalities():
    qs = {"سبعة أشخاص": (7, "killed"), "تسعة أشخاص": (9, "killed")}
    text = "وأسفرت غارة جوية على بنغازي أمس عن مقتل سبعة أشخاص، فيما تحدث آخرون عن تسعة أشخاص."
    ev = one(text, "ASSAULT", quantities=qs)
    acled = ev.extra["acled"]
    assert acled["event_type"] == "Explosions/Remote violence"
    assert acled["sub_event_type"] == "Air/drone strike"
    assert acled["fatalities"] == 7  # the most conservative figure
    assert acled["geo_precision"] == 1  # a populated place (PPL*): ACLED precision 1
    assert acled["time_precision"] == 1


def test_events_acled_protest_and_civilians():
    ev = one("وتظاهر آلاف الطلاب في الرباط احتجاجا على قرار الحكومة المغربية.", "PROTEST")
    assert ev.extra["acled"]["event_type"] == "Protests"
    actors = {"saf": ("ORG", ["الجيش السوداني"]), "civ": ("NORP", ["المدنيين"])}
    ev = one("وقتل الجيش السوداني المدنيين في إقليم دارفور.", "ASSAULT", actors=actors)
    assert ev.extra["acled"]["event_type"] == "Violence against civilians"
    assert ev.extra["acled"]["geo_precision"] == 3


def test_events_non_violent_events_have_no_acled_record():
    ev = one("استقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف.", "CONSULT")
    assert "acled" not in ev.extra


def test_events_serialise_and_validate_against_the_schema():
    from rasid.document import Document
    from rasid.schema import validate

    doc = code("وقصف الجيش السوداني مواقع قوات الدعم السريع في الخرطوم أمس ما أدى إلى مقتل خمسة مدنيين.")
    data = doc.to_dict()
    validate(data)
    ev = data["events"][0]
    assert ev["type"] == "ASSAULT" and ev["cameo"] == "19"
    assert ev["extra"] if "extra" in ev else ev["acled"]["fatalities"] == 5
    back = Document.from_json(doc.to_json())
    assert back.events[0].extra["acled"] == doc.events[0].extra["acled"]

"""Argument construction: VSO/SVO, verbal nouns with genitives and nisba adjectives, prepositions,
passives, pronoun-dropped subjects from earlier in the paragraph, place/date/figures."""
from events_util import ACTORS, code, events, ids, one


def test_events_vso_source_and_object_target():
    ev = one("استقبل الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج.", "CONSULT")
    assert ids(ev.source_actor) == ["tn_president"]
    assert ids(ev.target_actor) == ["dz_fm"]


def test_events_svo_subject_and_target_after_mea():
    ev = one("وكان رئيس الوزراء العراقي قد اجتمع مع وفد من صندوق النقد الدولي في بغداد.", "CONSULT")
    assert ids(ev.source_actor) == ["iq_pm"]
    assert ids(ev.target_actor) == ["imf"]  # مع وفد من X: the partitive hands the slot to X


def test_events_svo_after_complementiser_in_reported_speech():
    ev = one("وقالت مصادر مطلعة إن الجيش السوداني قصف مواقع قوات الدعم السريع.", "ASSAULT")
    assert ids(ev.source_actor) == ["saf"]
    assert ids(ev.target_actor) == ["rsf"]


def test_events_verbal_noun_genitive_agent_and_preposition_target():
    ev = one("وجاءت زيارة ماكرون إلى الجزائر بعد أشهر من التوتر.", "CONSULT")
    assert ev.mode == "visit"
    assert ids(ev.source_actor) == ["macron"]
    assert ids(ev.target_actor) == ["DZ"]


def test_events_verbal_noun_with_possessive_inside_the_target_phrase():
    # غارة على مواقع لقوات X: the possessive ل sits inside the على phrase
    ev = one("ونفذت طائرات الجيش السوداني غارة جوية على مواقع لقوات الدعم السريع قرب الخرطوم.", "ASSAULT")
    assert ids(ev.source_actor) == ["saf"]
    assert ids(ev.target_actor) == ["rsf"]


def test_events_nisba_adjective_inside_la_phrase_is_the_target():
    # ضربة لقاعدة قطرية: the nationality adjective of the struck base names the target
    ev = one("ووجه الجيش السوداني ضربة قوية لقاعدة عسكرية قطرية في الخرطوم.", "ASSAULT")
    assert ids(ev.source_actor) == ["saf"]
    assert ids(ev.target_actor) == ["QA"]


def test_events_passive_with_agent_phrase():
    ev = one("وقتل خمسة مدنيين على يد قوات الدعم السريع في إقليم دارفور.", "ASSAULT")
    assert ids(ev.source_actor) == ["rsf"]
    assert ev.mode == "kill"


def test_events_dropped_subject_comes_from_earlier_in_the_paragraph():
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر أمس. والتقى الرئيس التونسي قيس سعيد على هامش القمة."
    evs = [e for e in events(text) if e.type == "CONSULT" and "tn_president" in ids(e.source_actor) + ids(e.target_actor)]
    assert evs
    ev = evs[0]
    assert set(ids(ev.source_actor) + ids(ev.target_actor)) == {"macron", "tn_president"}


def test_events_pronoun_object_points_back():
    text = "وصل وزير الخارجية الجزائري أحمد عطاف إلى القاهرة، وبحث معه الرئيس التونسي قيس سعيد ملف الحدود."
    ev = [e for e in events(text) if e.extra["trigger"] == "بحث"][0]
    assert "dz_fm" in ids(ev.source_actor) + ids(ev.target_actor)
    assert "tn_president" in ids(ev.source_actor) + ids(ev.target_actor)


def test_events_between_x_and_y_gives_both_participants():
    ev = one("وعقد اجتماع بين وزير الخارجية الصيني وانغ يي ووزير الخارجية الجزائري أحمد عطاف في الجزائر.", "CONSULT")
    assert set(ids(ev.source_actor) + ids(ev.target_actor)) == {"cn_fm", "dz_fm"}


def test_events_several_targets_are_kept_as_a_list():
    ev = one("والتقى الرئيس الفرنسي إيمانويل ماكرون مع أحمد عطاف ومع وانغ يي في باريس.", "CONSULT")
    assert ids(ev.source_actor) == ["macron"]
    assert set(ids(ev.target_actor)) == {"dz_fm", "cn_fm"}


def test_events_actorless_violence_keeps_figures_place_and_date():
    ev = one("وانفجرت سيارة مفخخة في بنغازي أمس ما أدى إلى مقتل سبعة أشخاص وإصابة عشرين شخصا.", "ASSAULT")
    assert ev.source_actor is None
    assert ev.place["text"] == "بنغازي" and ev.place["country_code"] == "LY"
    assert ev.date["value"] == "2024-03-09"
    kinds = sorted((f["kind"], f["value"]) for f in ev.figures)
    assert kinds == [("killed", 7), ("wounded", 20)]


def test_events_visit_to_a_city_targets_its_country():
    actors = {"macron": ("PER", ["ماكرون"])}
    places = {"بنغازي": {"country_code": "LY", "feature_code": "PPLA"}}
    ev = one("وبدأ ماكرون زيارة إلى بنغازي.", "CONSULT", actors=actors, places=places)
    assert ids(ev.target_actor) == ["LY"]
    assert ev.place["text"] == "بنغازي"


def test_events_place_is_the_event_site_not_the_statement_venue():
    text = "وقال ماكرون في الرباط إن الجيش السوداني قصف مواقع قوات الدعم السريع في الخرطوم."
    ev = one(text, "ASSAULT")
    assert ev.place["text"] == "الخرطوم"
    text2 = "وقال ماكرون في الرباط إن الجيش السوداني قصف مواقع قوات الدعم السريع."
    assert one(text2, "ASSAULT").place is None


def test_events_date_from_an_earlier_sentence_of_the_paragraph():
    text = "شهدت الخرطوم يوم الخميس يوما داميا. وقصف الجيش السوداني مواقع قوات الدعم السريع."
    ev = one(text, "ASSAULT")
    assert ev.date["value"] == "2024-03-07"


def test_events_offsets_point_into_the_original_text():
    doc = code("وقَصَفَ الجيشُ السوداني مواقعَ قوات الدعم السريع في الخرطوم أمس.")
    ev = doc.events[0]
    trig = doc.text[ev.evidence["trigger_start"]:ev.evidence["trigger_end"]]
    assert trig == ev.extra["trigger"] == "وقَصَفَ"[1:]
    assert doc.text[ev.place["start"]:ev.place["end"]] == ev.place["text"]
    assert doc.check_offsets() == []


def test_events_participant_groups_become_group_actors():
    doc = code("واشتبك المتظاهرون مع الشرطة الأردنية في عمان أمس، واعتقلت الشرطة الأردنية عشرات الناشطين.")
    groups = {a.id: a for a in doc.actors if a.type == "GROUP"}
    assert "group:protesters" in groups and groups["group:protesters"].extra["acled_actor"] == "Protesters"
    clash = [e for e in doc.events if e.type == "ASSAULT"][0]
    assert set(ids(clash.source_actor) + ids(clash.target_actor)) == {"group:protesters", "jordan_police"}
    arrest = [e for e in doc.events if e.type == "COERCE"][0]
    assert ids(arrest.source_actor) == ["jordan_police"]
    assert ids(arrest.target_actor) == ["group:activists"]
    for a in groups.values():
        for s, e in a.mentions:
            assert doc.text[s:e] in [a.name] + a.aliases


def test_events_group_words_inside_a_known_actor_are_not_groups():
    actors = {"civ_union": ("ORG", ["اتحاد المدنيين"])}
    doc = code("وتظاهر اتحاد المدنيين في الرباط أمس.", actors=actors)
    assert not [a for a in doc.actors if a.type == "GROUP"]


def test_events_confidence_ranks_anchored_reports_higher():
    anchored = one("وقصف الجيش السوداني مواقع قوات الدعم السريع في الخرطوم أمس ما أدى إلى مقتل خمسة مدنيين.", "ASSAULT")
    vague = one("وتحدث التقرير عن الهجوم على قوات الدعم السريع.", "ASSAULT")
    assert 0 <= vague.extra["confidence"] < anchored.extra["confidence"] <= 1


def test_events_targets_after_dida_ala_and_la():
    ev = one("وتظاهر آلاف الطلاب في الرباط ضد الحكومة المغربية.", "PROTEST")
    assert ids(ev.target_actor) == ["ma_gov"]
    ev = one("وشن الجيش السوداني هجوما عنيفا على قوات الدعم السريع.", "ASSAULT")
    assert (ids(ev.source_actor), ids(ev.target_actor)) == (["saf"], ["rsf"])
    ev = one("وأعلن الاتحاد الأوروبي تقديم مساعدات عاجلة لـسوريا.", "AID")
    assert ids(ev.source_actor) == ["eu"] and ids(ev.target_actor) == ["SY"]


def test_events_news_outlets_are_never_participants():
    actors = dict(ACTORS, reuters=("ORG", ["وكالة رويترز"]))
    text = "وقالت وكالة رويترز إن قوات الدعم السريع هاجمت مواقع الجيش السوداني."
    ev = one(text, "ASSAULT", actors=actors)
    assert "reuters" not in ids(ev.source_actor) + ids(ev.target_actor)
    text = "ونقلت وكالة رويترز عن مصادر أن اشتباكات اندلعت في الخرطوم أمس."
    for e in events(text, actors=actors):
        assert "reuters" not in ids(e.source_actor) + ids(e.target_actor)

"""Actor resolution: dictionary ids, roles by date, partial names, role mentions, surnames, states."""
import textwrap

from rasid.pipeline import Pipeline

from _ents_helpers import actor, run


def _people(doc):
    return {a.id: a for a in doc.actors if a.type == "PER"}


def test_partial_name_joins_the_full_name():
    doc = run("التقى العميد ياسر الدباغ بالوفد. وقال الدباغ إن اللقاء كان مثمرا.")
    people = _people(doc)
    assert len(people) == 1
    (a,) = people.values()
    assert a.name == "ياسر الدباغ"
    assert len(a.mentions) == 2
    assert [r.title for r in a.roles] == ["العميد"]


def test_spelling_variants_are_one_actor():
    doc = run("استقبل الرئيس فايز السراج الوفد، ثم غادر فائز السراج إلى روما.")
    a = actor(doc, "sarraj_fayez")
    assert len(a.mentions) == 2
    assert len(_people(doc)) == 1


def test_same_surname_different_given_names_stay_apart():
    doc = run("التقى الرئيس عبد الفتاح السيسي أمس. وحضر ضابط الاستخبارات أحمد السيسي. وقال السيسي إن مصر مستعدة.")
    people = _people(doc)
    assert "sisi_abdelfattah" in people
    other = [a for a in people.values() if a.name == "أحمد السيسي"]
    assert len(other) == 1 and other[0].id != "sisi_abdelfattah"
    # the bare surname goes to the dictionary's prominent actor
    sisi = people["sisi_abdelfattah"]
    bare = [m for m in sisi.mentions if doc.text[m[0]:m[1]] == "السيسي"]
    assert len(bare) == 1


def test_bare_surname_without_dictionary_goes_to_document_actor():
    doc = run("وصل اللواء رامي العتيبي إلى المدينة، وأكد العتيبي أن الوضع هادئ.")
    a = next(a for a in doc.actors if a.name == "رامي العتيبي")
    assert len(a.mentions) == 2


def test_surname_found_again_by_coreference():
    # "كامل" alone is not tagged by the recogniser (an ambiguous word) but is a known surname here
    doc = run("التقى الوفد مدير المخابرات اللواء عباس كامل. وأبلغ كامل الضيوف بالخطة، ثم عاد بكامل فريقه.")
    a = actor(doc, "kamel_abbas")
    surfaces = [doc.text[s:e] for s, e in a.mentions]
    assert surfaces.count("كامل") == 1  # not the one in بكامل


def test_role_mention_links_to_unique_holder():
    doc = run("استقبل مدير المخابرات العامة اللواء عباس كامل الوفد. وأبلغ رئيس الجهاز الضيوف بالموقف.")
    a = actor(doc, "kamel_abbas")
    assert "رئيس الجهاز" in [doc.text[s:e] for s, e in a.mentions]


def test_role_mention_with_country_picks_the_right_president():
    doc = run("اتصل الرئيس التركي رجب طيب أردوغان بالرئيس المصري عبد الفتاح السيسي. "
              "وقال الرئيس المصري في مؤتمر صحفي إن الاتصال كان إيجابيا.")
    sisi = actor(doc, "sisi_abdelfattah")
    assert "الرئيس" in [doc.text[s:e] for s, e in sisi.mentions]
    erdogan = actor(doc, "erdogan_recep")
    assert erdogan.country == "TR"


def test_dictionary_roles_follow_published_date():
    text = "وصل مايك بومبيو إلى المنطقة."
    old = actor(run(text, published="2017-06-01"), "pompeo_mike")
    new = actor(run(text, published="2019-06-01"), "pompeo_mike")
    assert [r.title for r in old.roles] == ["مدير وكالة المخابرات المركزية"]
    assert [r.title for r in new.roles] == ["وزير الخارجية"]


def test_states_become_gpe_actors():
    doc = run("أعلنت مصر وتركيا عن محادثات، وقال مسؤول مصري إن روسيا مدعوة.")
    states = {a.id: a for a in doc.actors if a.type == "GPE"}
    assert {"EG", "TR", "RU"} <= set(states)
    assert states["EG"].country == "EG"
    assert len(states["EG"].mentions) >= 2  # مصر and مصري


def test_organisation_actor_and_entity_link():
    doc = run("قالت حكومة الوفاق إن حكومة الوفاق الوطني لن تتفاوض.")
    a = actor(doc, "ly_gna")
    assert len(a.mentions) == 2
    assert all(e.actor_id == "ly_gna" for e in doc.entities if e.label == "ORG")


def test_user_dictionary_extends_bundled(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(textwrap.dedent("""\
        # name: my_actors
        # version: 1
        entries:
        - {id: zarrouk_nabil, name: نبيل زروق, type: PER, country: TN, aliases: [نبيل زروق, زروق],
           roles: [{title: رئيس البلدية, class: mayor, from: 2018-01-01, to: null}]}
        """), encoding="utf-8")
    p = Pipeline(["text", "entities", "places", "actors"], {"entities": {"actors_file": str(f)},
                                                            "actors": {"actors_file": str(f)}})
    doc = p.analyze("وأعلن زروق افتتاح السوق الجديد.", published="2020-03-01")
    a = actor(doc, "zarrouk_nabil")
    assert a.country == "TN" and a.roles[0].title == "رئيس البلدية"
    # the bundled dictionary is still there
    doc = p.analyze("وصل حفتر إلى القاهرة.", published="2020-03-01")
    actor(doc, "haftar_khalifa")


def test_bad_user_dictionary_is_a_clear_error(tmp_path):
    import pytest

    from rasid.errors import RasidError

    f = tmp_path / "bad.yaml"
    f.write_text("entries:\n- {name: بلا معرف}\n", encoding="utf-8")
    with pytest.raises(RasidError) as exc:
        Pipeline(["text", "entities"], {"entities": {"actors_file": str(f)}})
    assert exc.value.code == "E100"


def test_leadership_cue_gives_a_role_from_the_text():
    doc = run("وانقسم النواب بين مطالب بتفعيل الحكومة المؤقتة برئاسة مراد الخطيب وآخرين رافضين.")
    a = next(a for a in doc.actors if a.name == "مراد الخطيب")
    assert [r.title for r in a.roles] == ["رئيس الحكومة المؤقتة"]
    assert a.roles[0].start is None and a.roles[0].extra["cue"] == "برئاسة"
    doc = run("وتقدمت قوات الدعم السريع بقيادة محمد حمدان دقلو نحو المدينة.")
    assert [r.title for r in actor(doc, "dagalo_mohamed").roles] == ["قائد قوات الدعم السريع"]

"""Armed groups, militias and national armies in the actor dictionary (actors.yaml v5): aliases,
short names that are also ordinary words (الشباب، القاعدة) only in context, branches with a parent."""
import pytest

from rasid.actors.dictionary import load_dictionary
from rasid.lexicon.matcher import fold_key

from _ents_helpers import actor, run


def _ids(doc):
    return {a.id for a in doc.actors}


@pytest.mark.parametrize("text, actor_id, country", [
    ("أعلنت حركة الشباب المجاهدين مسؤوليتها عن انفجار في سوق شمال العاصمة.", "so_shabaab", "SO"),
    ("نفذت جماعة بوكو حرام هجوما على مخيم للنازحين.", "ng_boko_haram", "NG"),
    ("تبنت جماعة نصرة الإسلام والمسلمين كمينا لقافلة عسكرية.", "ml_jnim", "ML"),
    ("أعلن تنظيم الدولة الإسلامية في غرب أفريقيا سيطرته على بلدة حدودية.", "iswap", "NG"),
    ("قصفت طائرات عصائب أهل الحق مواقع قرب الحدود.", "iq_asaib", "IQ"),
    ("اشتبكت قوات الحزام الأمني مع مسلحين قبليين.", "ye_security_belt", "YE"),
    ("أطلقت سرايا القدس صواريخ نحو المستوطنات.", "ps_quds_brigades", "PS"),
    ("هاجمت حركة العدل والمساواة قافلة في شمال دارفور.", "sd_jem", "SD"),
    ("قالت جبهة تحرير شعب تيغراي إنها انسحبت من البلدة.", "et_tplf", "ET"),
    ("اتهمت الحكومة مليشيات الجنجويد بإحراق القرى.", "sd_rsf", "SD"),
    ("وصلت تعزيزات من الجيش العراقي إلى الحدود.", "iq_army", "IQ"),
])
def test_armed_group_is_a_dictionary_actor(text, actor_id, country):
    doc = run(text, published="2023-06-01")
    a = actor(doc, actor_id)
    assert a.country == country
    assert a.extra.get("source") == "dictionary"


def test_al_qaeda_branches_are_separate_actors_with_a_parent():
    doc = run("هاجم تنظيم القاعدة في جزيرة العرب موقعا في شبوة، فيما نفى تنظيم القاعدة في بلاد المغرب "
              "الإسلامي صلته بالعملية.", published="2016-03-01")
    aqap, aqim = actor(doc, "aqap"), actor(doc, "aqim")
    assert aqap.country == "YE" and aqim.country == "DZ"
    assert aqap.extra["parent"] == aqim.extra["parent"] == "alqaeda"
    assert "alqaeda" not in _ids(doc)  # the branch's full name is not the parent organisation


def test_every_parent_is_a_dictionary_id():
    d = load_dictionary()
    parents = {a.parent for a in d.actors.values() if a.parent}
    assert {"isis", "alqaeda", "ps_hamas"} <= parents
    assert parents <= set(d.actors)


def test_no_alias_names_two_actors():
    owner = {}
    for a in load_dictionary().actors.values():
        for form in a.aliases + a.surnames:
            key = fold_key(form)
            assert owner.setdefault(key, a.id) == a.id, f"{form!r}: {owner[key]} and {a.id}"


# -- الشباب: the Somali group or the football club / the youth ------------------------------------
def test_bare_shabab_is_the_group_after_a_member_noun():
    doc = run("قتل جنديان في كمين نصبه مقاتلو الشباب قرب بلدة حدودية.")
    a = actor(doc, "so_shabaab")
    assert any(doc.text[s:e].startswith("مقاتلو") for s, e in a.mentions)


def test_bare_shabab_is_the_group_with_a_claim_of_responsibility():
    doc = run("وأعلنت الشباب مسؤوليتها عن الهجوم في بيان مقتضب.")
    assert "so_shabaab" in _ids(doc)


def test_bare_shabab_after_the_full_name_in_the_document():
    doc = run("صعدت حركة الشباب المجاهدين هجماتها في الجنوب. ويقول محللون إن الشباب تستغل الجفاف.")
    a = actor(doc, "so_shabaab")
    assert len(a.mentions) == 2


@pytest.mark.parametrize("text", [
    "فاز الشباب على الهلال بهدفين نظيفين في الدوري.",          # the club
    "شارك آلاف الشباب في حملة لتنظيف الشواطئ.",                # the youth
    "تعاني فئة الشباب من البطالة في المدن الكبرى.",
])
def test_bare_shabab_without_context_is_not_the_group(text):
    assert "so_shabaab" not in _ids(run(text))


def test_bare_qaeda_needs_context():
    assert "alqaeda" not in _ids(run("سقطت قذيفة قرب القاعدة العسكرية في الصحراء."))
    assert "alqaeda" not in _ids(run("هذه هي القاعدة الذهبية في الاستثمار."))
    doc = run("اعتقلت الشرطة عناصر القاعدة في مداهمة ليلية.")
    assert "alqaeda" in _ids(doc)


def test_short_name_in_a_sport_context_stays_the_club():
    doc = run("تعادل فريق الشباب مع النصر في المباراة.")
    assert "so_shabaab" not in _ids(doc)


# -- forces of a group or army: قوات / ميليشيات + its full name --------------------------------------
@pytest.mark.parametrize("text, actor_id", [
    ("انتشرت قوات الجيش الأردني على طول الحدود الشمالية.", "jo_army"),
    ("قصفت ميليشيا الحوثي مواقع حكومية في مأرب.", "ye_houthis"),
    ("انسحبت قوات التحالف العربي من الميناء.", "sa_coalition"),
])
def test_force_head_before_an_armed_actor_is_that_actor(text, actor_id):
    doc = run(text, published="2023-06-01")
    a = actor(doc, actor_id)
    assert len(a.mentions) == 1


def test_forces_of_a_government_stay_a_separate_organisation():
    doc = run("قالت قوات حكومة الوفاق إنها صدت هجوما على العاصمة.")
    assert "ly_gna" not in _ids(doc) or actor(doc, "ly_gna").mentions == []
    assert any(a.type == "ORG" and a.name == "قوات حكومة الوفاق" for a in doc.actors)


def test_whois_prints_the_parent(capsys):
    from rasid.cli import main

    assert main(["whois", "ولاية خراسان"]) == 0
    out = capsys.readouterr().out
    assert "iskp" in out and "parent: isis" in out

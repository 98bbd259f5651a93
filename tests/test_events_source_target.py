"""Who did it, to whom (events9): the source and the target of events in claims, claims of responsibility,
passive and victim constructions, member phrases, clause boundaries, long titles and agent phrases.
Every test asserts the source AND the target. All sentences are written for these tests."""
import pytest

from events_util import pipeline_events


def evs(text, typ, trigger=None):
    return pipeline_events(text, typ, trigger, with_names=True)


def one(text, typ, trigger=None):
    found = evs(text, typ, trigger)
    assert len(found) == 1, found
    return found[0]


# -- claims: the speaker of a first-person / resumptive-pronoun clause is the doer ----------------------
def test_claim_plural_pronoun_speaker_is_source_object_is_target():
    src, tgt, _ = one("وقال الحوثيون في بيان إنهم استهدفوا سفينة إسرائيلية قرب باب المندب.", "ASSAULT")
    assert src == {"جماعة الحوثي"} and tgt == {"إسرائيل", "IL"}


def test_claim_feminine_pronoun_institution_is_source():
    src, tgt, _ = one("أكدت وزارة الدفاع الروسية أنها دمرت مستودعا للجيش الأوكراني.", "ASSAULT")
    assert src == {"وزارة الدفاع الروسية"} and tgt == {"الجيش الأوكراني"}


def test_claim_masculine_pronoun_army_is_source_owner_is_target():
    src, tgt, _ = one("قال الجيش الإسرائيلي إنه قصف مواقع لحزب الله في جنوب لبنان.", "ASSAULT")
    assert src == {"الجيش الإسرائيلي"} and tgt == {"حزب الله"}


def test_claim_of_spokesperson_with_plural_pronoun_is_the_group():
    src, tgt, _ = one("قال المتحدث باسم الحوثيين يحيى سريع إنهم استهدفوا سفينة إسرائيلية.", "ASSAULT")
    assert src == {"جماعة الحوثي"} and tgt == {"إسرائيل", "IL"}


def test_claim_member_noun_with_possessive_is_the_speakers_group():
    src, tgt, _ = one("قال الجيش الإسرائيلي إن قواته قصفت مواقع لحركة حماس شمال غزة.", "ASSAULT")
    assert src == {"الجيش الإسرائيلي"} and "حركة حماس" in tgt
    src, tgt, _ = one("قالت جماعة أنصار الله إن مقاتليها أطلقوا صواريخ على سفينة تجارية.", "ASSAULT")
    assert src == {"جماعة الحوثي"} and tgt == set()


def test_impersonal_inna_before_a_number_is_no_claim():
    # إنه قُتل ثلاثة مدنيين: the observatory reports the killing, it did not kill
    src, tgt, _ = one("قال المرصد السوري إنه قتل ثلاثة مدنيين في ريف إدلب.", "ASSAULT")
    assert "المرصد السوري" not in src and tgt == {"المدنيون"}


# -- claims of responsibility ---------------------------------------------------------------------------
def test_claim_verb_makes_the_claimer_source():
    src, tgt, _ = one("تبنى تنظيم الدولة الإسلامية الهجوم على حاجز للجيش السوري.", "ASSAULT")
    assert src == {"تنظيم الدولة الإسلامية"} and tgt == {"الجيش السوري"}


def test_responsibility_noun_makes_the_announcer_source():
    src, tgt, _ = one("أعلنت حركة الشباب المجاهدين مسؤوليتها عن الهجوم على قاعدة للجيش الصومالي.", "ASSAULT")
    assert src == {"حركة الشباب المجاهدين"} and tgt == {"الجيش الصومالي"}


def test_blame_is_not_a_claim():
    # حمّلت X Y المسؤولية: the government blames, it did not attack
    for src, tgt, _ in evs("حملت الحكومة العراقية تنظيم الدولة الإسلامية المسؤولية عن الهجوم على الحاجز.", "ASSAULT"):
        assert "الحكومة العراقية" not in src and "العراق" not in src
    (acc,) = evs("حملت الحكومة العراقية تنظيم الدولة الإسلامية المسؤولية عن الهجوم على الحاجز.", "ACCUSE")
    assert acc[0] == {"الحكومة العراقية"} and acc[1] == {"تنظيم الدولة الإسلامية"}


# -- passive and victim constructions -------------------------------------------------------------------
def test_counted_members_after_a_kill_verb_are_the_victims():
    src, tgt, _ = one("قتل ثلاثة عناصر من حزب الله في غارة إسرائيلية على بلدة حدودية.", "ASSAULT")
    assert tgt == {"حزب الله"} and src == {"إسرائيل", "IL"}


def test_counted_group_after_min_is_the_victim_not_the_source():
    src, tgt, _ = one("قتل خمسة من مسلحي تنظيم الدولة الإسلامية في ريف دير الزور.", "ASSAULT")
    assert tgt == {"تنظيم الدولة الإسلامية"} and src == set()


def test_wounded_soldiers_take_the_agent_of_the_act_noun():
    src, tgt, _ = one("أصيب خمسة جنود من الجيش اللبناني في قصف إسرائيلي.", "ASSAULT")
    assert tgt == {"الجيش اللبناني"} and src == {"إسرائيل", "IL"}


def test_agent_phrase_of_a_passive_is_the_source():
    src, tgt, _ = one("قصفت مواقع لحزب الله من قبل الطيران الإسرائيلي.", "ASSAULT")
    assert src == {"إسرائيل", "IL"} and tgt == {"حزب الله"}
    src, tgt, _ = one("اعتقل صحفيان على يد قوات الأمن السورية في دمشق.", "COERCE")
    assert src == {"قوات الأمن السورية"} and "قوات الأمن السورية" not in tgt


# -- clause boundaries ----------------------------------------------------------------------------------
def test_baynama_starts_a_new_assertion():
    text = ("اتهمت قوات سوريا الديمقراطية فصائل الجيش الوطني بقصف قرى في ريف حلب، "
            "بينما هاجم مسلحو تنظيم الدولة الإسلامية نقطة للجيش العراقي.")
    src, tgt, modality = one(text, "ASSAULT", trigger="هاجم")
    assert src == {"تنظيم الدولة الإسلامية"} and tgt == {"الجيش العراقي"} and modality == "asserted"


@pytest.mark.parametrize("link", ["فيما", "في حين"])
def test_fima_and_fi_hin_start_a_new_assertion(link):
    text = (f"اتهمت الحكومة العراقية حزب العمال الكردستاني بتفجير أنبوب للنفط، {link} "
            "هاجم مسلحو تنظيم الدولة الإسلامية نقطة للجيش العراقي.")
    src, tgt, modality = one(text, "ASSAULT", trigger="هاجم")
    assert src == {"تنظيم الدولة الإسلامية"} and tgt == {"الجيش العراقي"} and modality == "asserted"


def test_fima_yataallaq_is_not_a_boundary():
    # فيما يتعلق ب "as regards" does not start an assertion: the accused act stays reported
    text = "اتهمت الحكومة العراقية فيما يتعلق بأمن الحدود حزب العمال الكردستاني بتفجير أنبوب للنفط."
    src, tgt, modality = one(text, "ASSAULT")
    assert src == {"حزب العمال الكردستاني"} and modality == "reported"


# -- member phrases: attacker group vs victim group -----------------------------------------------------
def test_member_phrase_subject_and_victim_group_object():
    src, tgt, _ = one("قتل مسلحو تنظيم الدولة الإسلامية خمسة جنود من الجيش العراقي في كمين.", "ASSAULT")
    assert src == {"تنظيم الدولة الإسلامية"} and tgt == {"الجيش العراقي"}
    src, tgt, _ = one("هاجم مقاتلو حركة حماس مواقع للجيش الإسرائيلي قرب الحدود.", "ASSAULT")
    assert src == {"حركة حماس"} and tgt == {"الجيش الإسرائيلي"}


# -- long titles, places between verb and object --------------------------------------------------------
def test_vso_with_long_titles_and_a_place_before_the_object():
    src, tgt, _ = one("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي أنتوني بلينكن.",
                      "CONSULT")
    assert src == {"عبد الفتاح السيسي"} and tgt == {"أنتوني بلينكن"}


# -- an act noun that is another verb's object ----------------------------------------------------------
def test_protest_noun_object_of_a_repression_verb_is_not_the_repressors():
    for src, tgt, _ in evs("قمعت قوات الأمن السودانية احتجاجات طلابية في الخرطوم.", "PROTEST"):
        assert "قوات الأمن السودانية" not in src
    src, tgt, _ = one("قمعت قوات الأمن السودانية احتجاجات طلابية في الخرطوم.", "ASSAULT")
    assert src == {"قوات الأمن السودانية"}


# -- symmetric act nouns with one side named ------------------------------------------------------------
def test_clash_noun_with_one_named_side_has_it_as_source():
    # (the killing and the clashes are one event: the killing verb is its first trigger)
    src, tgt, _ = one("قتل شخصان في اشتباكات مع قوات الأمن العراقية في البصرة.", "ASSAULT")
    assert src == {"قوات الأمن العراقية"} and tgt == set()
    src, tgt, _ = one("جرت مفاوضات مع المتظاهرين في البصرة لفتح الطريق.", "CONSULT")
    assert src == {"المتظاهرون"} and tgt == set()


# -- a cue-gated verb with two readings -----------------------------------------------------------------
def test_fire_verb_with_a_weapon_object_is_an_attack_not_a_release():
    src, tgt, _ = one("أطلق الحوثيون صواريخ باليستية على سفينة تجارية.", "ASSAULT")
    assert src == {"جماعة الحوثي"} and tgt == set()
    assert evs("أطلق الحوثيون صواريخ باليستية على سفينة تجارية.", "RETREAT") == []


# -- relative clauses: the head across a place adjunct and a negation -----------------------------------
@pytest.mark.parametrize("place", ["شرقي البلاد", "في طبرق"])
def test_relative_head_across_a_place_adjunct_is_the_subject(place):
    text = f"صدر القرار عن مجلس النواب الليبي {place} الذي لم يعترف بحكومة الوحدة الوطنية."
    src, tgt, modality = one(text, "SUPPORT")
    assert src == {"مجلس النواب الليبي"} and tgt == {"حكومة الوحدة الوطنية"} and modality == "negated"


# -- force and weapon nouns with a possessive, victim verbs, the owner of an attack noun ------------------
def test_aircraft_with_possessive_after_inna_are_the_speakers():
    src, tgt, _ = one("وأصدرت إسرائيل بيانا قالت فيه إن طائراتها استهدفت مواقع لحركة حماس.", "ASSAULT")
    assert src == {"إسرائيل", "IL"} and tgt == {"حركة حماس"}


def test_claim_by_a_speaker_who_is_no_actor_keeps_the_object():
    # الوزارة is not an actor: no source, but the counted group after the verb is still its object
    src, tgt, _ = one("قالت الوزارة إن أجهزتها اعتقلت عناصر من تنظيم الدولة الإسلامية.", "COERCE")
    assert "تنظيم الدولة الإسلامية" not in src and tgt == {"تنظيم الدولة الإسلامية"}


@pytest.mark.parametrize("text", ["وتعرض الجيش اللبناني لهجوم قرب الحدود الجنوبية.",
                                  "وقال مسعفون إن الجيش اللبناني تعرض لهجوم قرب الحدود الجنوبية."])
def test_subject_of_a_victim_verb_is_the_target(text):
    src, tgt, _ = one(text, "ASSAULT")
    assert src == set() and tgt == {"الجيش اللبناني"}


def test_owner_right_after_an_attack_noun_is_its_agent():
    src, tgt, _ = one("وقتل جنديان من الجيش العراقي في هجوم لتنظيم الدولة الإسلامية.", "ASSAULT")
    assert src == {"تنظيم الدولة الإسلامية"} and tgt == {"الجيش العراقي"}


# -- VSO subjects given by their owner; a place or actor phrase between the subject and the object ----------
def test_subject_owned_through_a_link_word_is_the_owner():
    src, tgt, _ = one("قصفت طائرات حربية تابعة للجيش السوري مواقع لهيئة تحرير الشام في ريف إدلب.", "ASSAULT")
    assert src == {"الجيش السوري"} and tgt == {"هيئة تحرير الشام"}


def test_object_after_a_phrase_ending_in_a_capital_is_bare():
    src, tgt, _ = one("اتهم وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي بموسكو الولايات المتحدة بتأجيج الصراع.",
                      "ACCUSE")
    assert src == {"سيرغي لافروف"} and tgt == {"الولايات المتحدة", "US"}


# -- a topic resumed by a pronoun after the act noun ------------------------------------------------------
def test_topic_resumed_by_the_pronoun_is_the_target_not_the_source():
    src, tgt, modality = one("وقال الوزير إن الصحفيين الفرنسيين سيتم الإفراج عنهم غدا.", "RETREAT")
    assert src == set() and tgt == {"فرنسا", "FR"} and modality == "future"


def test_act_noun_after_a_time_word_keeps_the_subject_of_the_acting_verb():
    # the arresting force also carried out the raid named after خلال
    found = evs("واعتقلت قوات الأمن السورية ثلاثة شبان خلال اقتحام منازلهم في ريف دمشق.", "ASSAULT")
    assert found and all(src == {"قوات الأمن السورية"} for src, tgt, _ in found)


def test_wished_cooperation_keeps_its_partner_as_target():
    src, tgt, modality = one("وأعرب الوزير عن استعداده للتعاون مع الولايات المتحدة في هذا الملف.", "COOPERATE")
    assert modality != "asserted" and src == set() and tgt == {"الولايات المتحدة", "US"}

"""events11: unnamed state forces take the country in context, diplomatic acts, warnings. Every test
asserts type, source, target and modality. All sentences are written for these tests."""
from events_util import pipeline_events


def evs(text, typ):
    return pipeline_events(text, typ, codes=("GPE", "GROUP"))


# -- unnamed state forces ------------------------------------------------------------------------------
def test_unnamed_forces_take_the_speaking_ministry_country():
    text = "وذكرت وزارة الداخلية الأردنية أن قوات الأمن اعتقلت خلية إرهابية في الزرقاء."
    [(src, tgt, mod)] = evs(text, "COERCE")
    assert src == {"JO"} and tgt == {"خلية إرهابية"} and mod == "asserted"


def test_unnamed_police_arrest_with_support_verb():
    text = "وقالت وزارة الداخلية الكويتية إن الشرطة ألقت القبض على خلية إرهابية في الجهراء."
    [(src, tgt, mod)] = evs(text, "COERCE")
    assert src == {"KW"} and tgt == {"خلية إرهابية"} and mod == "asserted"


def test_forces_of_no_known_country_are_no_participant():
    # nothing names a country: the forces do not become an actor (general talk)
    text = "وتلاحق قوات الأمن منذ سنوات عناصر التنظيم في المناطق الجبلية."
    for typ in ("COERCE", "ASSAULT"):
        assert all("قوات الأمن" not in s for s, _, _ in evs(text, typ))


# -- diplomatic acts -----------------------------------------------------------------------------------
def test_summoning_an_ambassador_is_a_protest_accusation():
    text = "واستدعت وزارة الخارجية القطرية السفير الإيراني لديها وأبلغته احتجاجها."
    [(src, tgt, mod)] = evs(text, "ACCUSE")
    assert "وزارة الخارجية القطرية" in src and tgt == {"IR"} and mod == "asserted"


def test_summoning_needs_an_envoy():
    # summoning witnesses or reserves is not a diplomatic protest
    assert evs("واستدعت النيابة العامة في الأردن ثلاثة شهود للإدلاء بأقوالهم.", "ACCUSE") == []


def test_expelling_an_ambassador_is_sanction():
    text = "وطردت النيجر السفير الفرنسي ومنحته يومين لمغادرة أراضيها."
    [(src, tgt, mod)] = evs(text, "SANCTION")
    assert src == {"NE"} and tgt == {"FR"} and mod == "asserted"


def test_expelling_without_envoy_is_not_sanction():
    assert evs("وطردت الشرطة المصرية الباعة من الساحة.", "SANCTION") == []


def test_withdrawn_ambassador_is_sanction_not_retreat():
    text = "وسحبت البحرين سفيرها من بيروت."
    [(src, tgt, mod)] = evs(text, "SANCTION")
    assert src == {"BH"} and mod == "asserted"
    assert evs(text, "RETREAT") == []


def test_reduced_relations_is_sanction():
    text = "وخفضت الإمارات العلاقات مع إيران."
    [(src, tgt, mod)] = evs(text, "SANCTION")
    assert src == {"AE"} and tgt == {"IR"} and mod == "asserted"


# -- warnings ------------------------------------------------------------------------------------------
def test_warning_is_threaten_and_warned_party_does_the_act():
    text = "وحذرت فرنسا تركيا من تزويد أرمينيا بالأسلحة."
    [(src, tgt, mod)] = evs(text, "THREATEN")
    assert src == {"FR"} and tgt == {"TR"} and mod == "asserted"
    [(src, tgt, mod)] = evs(text, "AID")
    assert src == {"TR"} and tgt == {"AM"} and mod == "hypothetical"


def test_warning_about_a_situation_is_no_event():
    assert evs("وحذر الأمين العام للأمم المتحدة من تدهور الأوضاع الإنسانية.", "THREATEN") == []


def test_capital_before_warning_verb_is_the_warner():
    text = "وذكرت مصادر أن الرياض حذرت الحوثيين من مهاجمة السفن التجارية."
    [(src, tgt, mod)] = evs(text, "THREATEN")
    assert src == {"SA"} and "SA" not in tgt and tgt and mod == "asserted"


# -- unnamed forces by their owner, borders, the protesters' own government ----------------------------
def test_coalition_aircraft_in_yemen_news_are_the_saudi_led_coalition():
    text = "وقصفت مقاتلات التحالف مواقع لجماعة الحوثي في الحديدة."
    [(src, tgt, mod)] = evs(text, "ASSAULT")
    assert src == {"SA"} and "جماعة الحوثي" in tgt and mod == "asserted"


def test_coalition_aircraft_elsewhere_are_a_coalition_group():
    text = "وشنت طائرات التحالف غارات على مواقع لتنظيم الدولة في دير الزور."
    [(src, tgt, mod)] = evs(text, "ASSAULT")
    assert src == {"التحالف"} and mod == "asserted"


def test_troops_sent_to_a_border_with_a_state_target_it():
    text = "ونشرت الجزائر تعزيزات عسكرية على حدودها مع مالي."
    [(src, tgt, mod)] = evs(text, "MOBILIZE")
    assert src == {"DZ"} and tgt == {"ML"} and mod == "asserted"


def test_protest_against_the_government_targets_the_protesters_state():
    text = "وتظاهر آلاف العراقيين في بغداد للمطالبة بإقالة الحكومة."
    [(src, tgt, mod)] = evs(text, "PROTEST")
    assert tgt == {"IQ"} and src == {"IQ"} and mod == "asserted"


def test_protest_against_a_foreign_government_keeps_it():
    text = "وتظاهر آلاف اللبنانيين أمام السفارة احتجاجا على قرار الحكومة الفرنسية."
    assert all("LB" not in t for _, t, _ in evs(text, "PROTEST"))


# -- counterparts («نظيره + nisba [+ name]») -------------------------------------------------------------
def test_named_counterpart_is_the_target():
    text = "والتقى وزير الخارجية المغربي ناصر بوريطة ونظيره الموريتاني محمد سالم ولد مرزوك في الرباط."
    [(src, tgt, mod)] = evs(text, "CONSULT")
    assert tgt and "MA" not in tgt and mod == "asserted"
    assert any("مرزوك" in t for t in tgt) or "MR" in tgt


def test_unnamed_counterpart_is_the_nisba_state():
    text = "وبحث وزير الخارجية العماني هاتفيا مع نظيره الكويتي تطورات المنطقة."
    [(src, tgt, mod)] = evs(text, "CONSULT")
    assert src == {"OM"} and tgt == {"KW"} and mod == "asserted"

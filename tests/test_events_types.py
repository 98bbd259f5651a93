"""Event detection and typing: one sentence of our own per PLOVER type, plus modes and CAMEO codes."""
import pytest

from events_util import events, ids, one

CASES = [
    # (sentence, type, mode or None, cameo root)
    ("استقبل الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج.", "CONSULT", "visit", "04"),
    ("وأجرى ماكرون اتصالا هاتفيا مع الرئيس التونسي قيس سعيد.", "CONSULT", "phone", "04"),
    ("واتفقت الجزائر وتونس على فتح المعابر الحدودية.", "AGREE", None, "03"),
    ("وأشاد الاتحاد الأوروبي بالإصلاحات التي أعلنتها الحكومة المغربية.", "SUPPORT", "praise", "05"),
    ("وتتعاون الشرطة الأردنية مع الاتحاد الأوروبي في ملف الهجرة.", "COOPERATE", None, "06"),
    ("وأرسلت تركيا مساعدات إنسانية إلى سوريا.", "AID", "humanitarian", "07"),
    ("وأعلنت روسيا انسحاب قواتها من مدينة خيرسون.", "RETREAT", "withdraw", "08"),
    ("واعتذر رئيس الوزراء العراقي عن تصريحاته السابقة.", "CONCEDE", "apologize", "08"),
    ("وطالب البرلمان التونسي الحكومة بتقديم استقالتها.", "REQUEST", None, "02"),
    ("واتهمت وزارة الخارجية الإيرانية واشنطن بزعزعة استقرار المنطقة.", "ACCUSE", None, "11"),
    ("ورفض البرلمان التونسي مشروع القانون الجديد.", "REJECT", None, "12"),
    ("وهدد زعيم الحوثيين عبد الملك الحوثي السعودية برد قاس.", "THREATEN", None, "13"),
    ("وتظاهر آلاف الطلاب أمام مبنى البرلمان في الرباط احتجاجا على قرار الحكومة المغربية.", "PROTEST", "demo", "14"),
    ("وفرضت الولايات المتحدة عقوبات على شركات روسية.", "SANCTION", None, "16"),
    ("ونشر الجيش التركي تعزيزات عسكرية على الحدود مع سوريا.", "MOBILIZE", "troops", "15"),
    ("واعتقلت قوات الأمن المصرية عشرات الناشطين أمس.", "COERCE", "arrest", "17"),
    ("وقصف الجيش السوداني مواقع قوات الدعم السريع في الخرطوم.", "ASSAULT", "heavy-weapons", "19"),
]


@pytest.mark.parametrize("text,typ,mode,cameo", CASES, ids=[c[1] for c in CASES])
def test_events_each_plover_type_is_detected(text, typ, mode, cameo):
    ev = one(text, typ)
    assert ev.mode == mode
    assert ev.cameo == cameo
    assert ev.modality == "asserted"
    # the evidence is the sentence, and the trigger lies inside it
    assert ev.evidence["start"] <= ev.evidence["trigger_start"] < ev.evidence["trigger_end"] <= ev.evidence["end"]


def test_events_verb_inflections_are_generated_from_data():
    # feminine, plural, imperfect and future forms of lexicon verbs
    assert one("وقصفت الطائرات مواقع قوات الدعم السريع.", "ASSAULT")
    assert one("وقصفوا مواقع قوات الدعم السريع.", "ASSAULT")
    assert one("ويقصفون مواقع قوات الدعم السريع كل يوم.", "ASSAULT")
    ev = one("وسيزور الرئيس الفرنسي إيمانويل ماكرون الجزائر.", "CONSULT")
    assert ev.modality == "future"


def test_events_verbal_nouns_with_article_and_clitics():
    ev = one("وأدان الاتحاد الأوروبي بالهجوم على قوات الدعم السريع.", "ASSAULT")
    assert ev.extra["trigger"] == "الهجوم"  # clitic ب excluded from the trigger span
    assert ev.extra["lemma"] == "الهجوم"  # the explicit lexicon row wins over generated forms


def test_events_support_becomes_aid_with_a_material_cue():
    verbal = one("وأعلن الاتحاد الأوروبي دعمه للحكومة المغربية.", "SUPPORT")
    assert verbal.cameo == "05"
    aid = one("وقدمت روسيا دعما عسكريا ولوجستيا للجيش السوداني.", "AID")
    assert aid.mode == "military" and aid.extra["modes"] == ["military", "logistic"]
    assert aid.cameo == "07"


def test_events_cue_dependent_triggers_need_their_cue():
    assert not [e for e in events("وقدم الوزير عرضا عن الموازنة.") if e.type == "AID"]
    assert not [e for e in events("ونشر الموقع تقريرا مطولا.") if e.type == "MOBILIZE"]


def test_events_blocked_phrases_hide_shorter_triggers():
    # مسيرة is a protest march, but طائرة مسيرة is a drone
    assert not [e for e in events("وحلقت طائرة مسيرة فوق الحدود.") if e.type == "PROTEST"]
    assert one("وخرجت مسيرة حاشدة في الرباط أمس.", "PROTEST")


def test_events_trigger_inside_an_actor_name_is_not_an_event():
    # الدعم inside قوات الدعم السريع is a name, not SUPPORT
    evs = events("وقالت قوات الدعم السريع إنها ستواصل القتال.")
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_events_generic_mentions_are_not_events():
    assert not [e for e in events("وتنظر المحكمة في جرائم القتل والتعذيب.") if e.type == "ASSAULT"]
    assert not [e for e in events("وصدر حكم على المتهم بالاغتيال.") if e.type == "ASSAULT"]


def test_events_cameo_mode_specific_codes():
    aerial = one("وشن الجيش السوداني غارة جوية على مواقع قوات الدعم السريع.", "ASSAULT")
    assert aerial.mode == "aerial" and aerial.cameo == "19"
    bomb = one("وانفجرت سيارة مفخخة في بنغازي أمس.", "ASSAULT")
    assert bomb.mode == "explosives" and bomb.cameo == "18"


def test_events_plover_contexts_from_the_sentence():
    ev = one("وتظاهر آلاف الطلاب في الرباط احتجاجا على نتائج الانتخابات البرلمانية.", "PROTEST")
    assert ev.context == ["election"]
    ev = one("وأرسلت تركيا مساعدات إنسانية إلى النازحين في سوريا.", "AID")
    assert "refugees" in ev.context
    assert one("ورفض البرلمان التونسي مشروع القانون الجديد.", "REJECT").context == ["legislative"]

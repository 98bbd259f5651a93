"""Speakers: anonymous descriptors, carried speakers and anaphora, documents, outlets, addressees,
and named/institutional sources resolved through the entity and actor layers."""
from _quotes_util import Actor, only, run


def test_quotes_anonymous_source_descriptors():
    q = only(run("وقال مصدر عسكري سوري رفيع المستوى في وزارة الدفاع إن التعزيزات وصلت إلى الجبهة."))
    s = q.source
    assert s.kind == "anonymous" and s.text == "مصدر عسكري سوري رفيع المستوى في وزارة الدفاع"
    assert s.descriptors == {"count": "singular", "role": "military", "nationality": "SY",
                             "seniority": "high", "affiliation": "وزارة الدفاع"}


def test_quotes_anonymous_plural_informed_with_b_affiliation():
    q = only(run("وذكرت مصادر مطلعة بالرئاسة اللبنانية أن الجلسة تأجلت."))
    d = q.source.descriptors
    assert d["count"] == "plural" and d["seniority"] == "informed"
    assert d["affiliation"] == "الرئاسة اللبنانية" and d["nationality"] == "LB"


def test_quotes_speaker_before_the_verb():
    q = only(run("ولكن مسؤولين في الميناء قالوا إن العمل لم يتوقف."))
    assert q.source.text == "مسؤولين في الميناء" and q.source.kind == "anonymous"
    assert q.source.descriptors["count"] == "plural"


def test_quotes_pronoun_cue_carries_the_speaker():
    doc = run("قال مسؤول عسكري إن القوات تقدمت نحو المدينة.\nوأضاف أن المعارك ستستمر أياماً.")
    assert len(doc.quotes) == 2
    second = doc.quotes[1]
    assert second.cue == "أضاف" and second.source.text == "مسؤول عسكري"
    assert second.source.extra["carried"] and second.source.descriptors["role"] == "military"


def test_quotes_definite_anaphor_inherits_descriptors():
    doc = run("قال مصدر دبلوماسي فرنسي إن المحادثات ستستأنف قريباً.\nوأضاف المصدر أن الوفود وصلت بالفعل.")
    second = doc.quotes[1]
    assert second.source.text == "المصدر"
    assert second.source.descriptors["nationality"] == "FR" and second.source.descriptors["role"] == "diplomatic"
    assert second.source.extra["antecedent"] == [doc.quotes[0].source.start, doc.quotes[0].source.end]


def test_quotes_outlet_source():
    q = only(run("ونقلت وكالة رويترز أن الشحنة وصلت إلى الميناء."))
    assert q.source.kind == "outlet" and q.source.descriptors == {"outlet": "Reuters", "nationality": "GB"}


def test_quotes_outlet_relaying_an_anonymous_source():
    q = only(run("ونقلت وكالة فرانس برس عن مسؤول نفطي أن الإنتاج انخفض."))
    assert q.source.kind == "anonymous" and q.source.text == "مسؤول نفطي"
    assert q.extra["via"] == "وكالة فرانس برس"


def test_quotes_addressee_after_anonymous_source():
    q = only(run("وقال مسؤول مصري لحفتر إن الدعم سيستمر."))
    assert q.source.text == "مسؤول مصري" and q.source.descriptors["nationality"] == "EG"
    assert q.extra["addressee"] == "حفتر"


def test_quotes_named_person_from_entity_and_actor():
    doc = run("وقال سمير الحداد إن الانتخابات ستجري في موعدها.",
              entities=[("سمير الحداد", "PER", "haddad_samir", None)],
              actors=[Actor("haddad_samir", "سمير الحداد", "PER", country="JO")])
    q = only(doc)
    assert q.source.kind == "named" and q.source.actor_id == "haddad_samir"
    assert q.source.descriptors["nationality"] == "JO"


def test_quotes_institution_from_org_entity():
    doc = run("وقالت جمعية النور الخيرية إن المساعدات وصلت إلى المخيمات.",
              entities=[("جمعية النور الخيرية", "ORG", "org_nour", None)])
    q = only(doc)
    assert q.source.kind == "institutional" and q.source.actor_id == "org_nour"


def test_quotes_nationality_from_norp_entity():
    doc = run("وقال مسؤول جيبوتي إن الميناء مفتوح أمام السفن.",
              entities=[("جيبوتي", "NORP", None, {"country": "DJ"})])
    assert only(doc).source.descriptors["nationality"] == "DJ"


def test_quotes_country_name_speaks_as_a_state():
    q = only(run("ويقول الأردن إنه لم يعد قادراً على استقبال المزيد."))
    assert q.source.kind == "institutional" and q.source.descriptors["nationality"] == "JO"


def test_quotes_guessed_name_with_apposition_nationality():
    q = only(run("وقال خالد منصور، المتحدث باسم الجيش العراقي، إن العملية انتهت."))
    assert q.source.kind == "named" and q.source.text == "خالد منصور"
    assert q.source.descriptors["nationality"] == "IQ"


def test_quotes_pronoun_subject_is_the_person_the_sentence_is_about():
    doc = run("قال مصدر في الشرطة إن الطرق أغلقت.\nوأمر سمير الحداد قوات الأمن بالانسحاب، لكنه قال إن التظاهر ممنوع.",
              entities=[("سمير الحداد", "PER", "haddad_samir", None)])
    last = doc.quotes[-1]
    assert last.text == "التظاهر ممنوع" and last.source.actor_id == "haddad_samir"
    assert last.source.extra["subject_of_sentence"]


def test_quotes_feminine_pronoun_cue_does_not_pick_a_person():
    doc = run("وذكرت مصادر مصرية أن الشحنات تأخرت.\nوأرسلت معدات إلى سمير الحداد من دول لم تسمها المصادر، لكنها أشارت إلى أنها في الجنوب.",
              entities=[("سمير الحداد", "PER", "haddad_samir", None)])
    last = doc.quotes[-1]
    assert last.source.kind == "anonymous" and last.source.actor_id is None


def test_quotes_verb_object_after_a_definite_speaker_is_cut():
    q = only(run("وتتهم المنظمة السلطات بأنها تحتجز الناشطين دون محاكمة."))
    assert q.source.text == "المنظمة" and q.text == "تحتجز الناشطين دون محاكمة"


def test_quotes_passive_nashr_is_not_a_cue():
    doc = run("وكان الجيش قد أعلن في بيان نشر على موقعه أن العملية انتهت.")
    assert [(q.cue, q.text) for q in doc.quotes] == [("أعلن", "العملية انتهت")]
    assert doc.quotes[0].source.text == "الجيش" and doc.quotes[0].extra["channel"] == "في بيان"


def test_quotes_quantifier_before_the_head():
    q = only(run("وقال أحد عناصر الشرطة إن المتهم اعترف."))
    assert q.source.kind == "anonymous" and q.source.text == "أحد عناصر الشرطة"
    assert q.source.descriptors["count"] == "singular"
    q = only(run("وكشفت عدة مصادر أن الاتفاق جاهز."))
    assert q.source.kind == "anonymous" and q.source.descriptors["count"] == "plural"


def test_quotes_generic_news_agency_head():
    q = only(run("وأشارت وكالة نبأ برس إلى أن القصف استمر طوال الليل."))
    assert q.source.kind == "outlet" and q.source.descriptors["outlet"] == "نبأ برس"
    q = only(run("وقالت وكالة الطاقة الذرية إن المفتشين وصلوا."))
    assert q.source.kind != "outlet"


def test_quotes_second_of_two_joined_verbs_has_the_first_ones_subject():
    q = only(run("لكن الجمعية تنفي أي صلة بالحادث وتقول إنها ملتزمة بالقانون."))
    assert q.cue == "تقول" and q.source.text == "الجمعية"


def test_quotes_chant_takes_the_sentence_subject():
    doc = run("وقالت الوزارة إن الطرق مفتوحة.\nوخرج المتظاهرون من الساحة وهم يهتفون: «الشعب يريد الإصلاح»، وذلك وفقاً لمراسل وكالة رويترز.")
    chant = [q for q in doc.quotes if q.cue == "يهتفون"][0]
    assert chant.text == "الشعب يريد الإصلاح" and chant.kind == "direct"
    assert chant.source.kind == "anonymous" and chant.source.descriptors["role"] == "protester"
    by_reporter = [q for q in doc.quotes if q.cue == "وفقاً"][0]
    assert by_reporter.source.kind == "outlet" and by_reporter.source.descriptors["outlet"] == "Reuters"

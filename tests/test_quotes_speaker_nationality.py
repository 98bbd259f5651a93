"""Source nationality and speaker choice: nationality words that are first names, an outlet's country
that must not pass to other sources, a title given with its nisba earlier, and a named speaker who
must not inherit the previous sentence's source."""
from _quotes_util import Actor, only, run


def test_quotes_nationality_word_as_first_name_sets_no_nationality():
    q = only(run("وقال سوري الأحمد إن المحصول هذا العام وفير."))
    assert q.source.text == "سوري الأحمد" and q.source.kind == "named"
    assert "nationality" not in q.source.descriptors
    # the adjective after a noun is still a nationality
    q = only(run("وقال مسؤول سوري إن المحصول هذا العام وفير."))
    assert q.source.descriptors["nationality"] == "SY"


def test_quotes_nationality_word_inside_a_person_name_is_ignored():
    actor = Actor("per_1", "مصري العتيبي", "PER", country="SA")
    doc = run("وقال العقيد مصري العتيبي إن الدوريات مستمرة.",
              entities=[("مصري العتيبي", "PER", "per_1", None)], actors=[actor])
    q = only(doc)
    assert q.source.kind == "named" and q.source.descriptors["nationality"] == "SA"


def test_quotes_outlet_country_does_not_pass_to_other_sources():
    q = only(run("وقال سكان في البلدة في اتصال هاتفي مع وكالة الأنباء الفرنسية إن الكهرباء مقطوعة."))
    assert q.source.kind == "anonymous" and q.source.text == "سكان في البلدة"
    assert "nationality" not in q.source.descriptors
    assert q.extra["channel"].startswith("في اتصال")
    # the outlet itself keeps its country
    q = only(run("وذكرت وكالة الأنباء الفرنسية أن الكهرباء مقطوعة."))
    assert q.source.kind == "outlet" and q.source.descriptors["nationality"] == "FR"


def test_quotes_definite_title_takes_the_nisba_given_earlier():
    doc = run("ووصل وزير الزراعة المغربي إلى الرباط مساء أمس. وقال الوزير إن المحادثات كانت مثمرة.")
    q = only(doc)
    assert q.source.text == "الوزير" and q.source.descriptors["nationality"] == "MA"
    # no nisba with the title: nothing is invented
    q = only(run("ووصل وزير الزراعة إلى الرباط مساء أمس. وقال الوزير إن المحادثات كانت مثمرة."))
    assert "nationality" not in q.source.descriptors


def test_quotes_named_speaker_after_unknown_title_is_not_the_previous_source():
    text = ("وقال الهلال الأحمر الأردني إن القافلة عبرت الحدود. "
            "وقال المدير الإقليمي للبرنامج هانز مولر إن المخزون يكفي أسبوعا.")
    doc = run(text, entities=[("الهلال الأحمر الأردني", "ORG", "org_1", None), ("هانز مولر", "PER", "per_1", None)],
              actors=[Actor("per_1", "هانز مولر", "PER", country="DE")])
    assert len(doc.quotes) == 2
    second = doc.quotes[1]
    assert second.source.kind == "named" and second.source.actor_id == "per_1"
    assert second.source.descriptors.get("nationality") == "DE"


def test_quotes_free_quotation_in_a_sentence_naming_its_speaker():
    text = ("وقال الهلال الأحمر الأردني إن القافلة عبرت الحدود. "
            'وكتب هانز مولر على حسابه أن "المخزون لا يكفي سوى أسبوع واحد فقط".')
    doc = run(text, entities=[("الهلال الأحمر الأردني", "ORG", "org_1", None), ("هانز مولر", "PER", "per_1", None)])
    last = doc.quotes[-1]
    assert last.text.startswith("المخزون لا يكفي")
    assert last.source.kind == "named" and last.source.actor_id == "per_1"


def test_quotes_family_name_takes_the_nisba_of_its_earlier_title():
    q = only(run("واستقبل وزير الخارجية التونسي نبيل عمار الوفد. وقال عمار إن العلاقات متينة."))
    assert q.source.text == "عمار" and q.source.kind == "named"
    assert q.source.descriptors["nationality"] == "TN"
    q = only(run("واستقبل رئيس الوزراء نبيل عمار الوفد. وقال عمار إن العلاقات متينة."))
    assert "nationality" not in q.source.descriptors


def test_quotes_national_agency_takes_the_country_of_the_article():
    text = ("وقال الجيش اللبناني إن الوضع في البقاع اللبناني هادئ. وذكرت الوكالة الوطنية للإعلام أن "
            "طائرة مسيرة حلقت فوق الجنوب اللبناني قرب الحدود اللبنانية.")
    q = run(text).quotes[-1]
    assert q.source.kind == "outlet" and q.source.descriptors["nationality"] == "LB"
    assert q.source.descriptors["nationality_basis"] == "context"


def test_quotes_named_news_site_is_an_outlet_and_an_institution_site_a_document():
    q = only(run('وارتفع سعر الصرف إلى 90 ألفا، بحسب موقع "صرافي" المتخصص.'))
    assert q.source.kind == "outlet" and q.source.descriptors["outlet"] == "صرافي"
    q = only(run("وارتفع سعر الصرف إلى 90 ألفا، بحسب موقع الوزارة."))
    assert q.source.kind == "document"


def test_quotes_short_quoted_name_stays_in_a_trailing_source_phrase():
    q = only(run('وبلغ سعر الدولار 90 ألف ريال في السوق الحرة، بحسب موقع "صرافي" الذي يرصد الأسعار يوميا.'))
    assert q.source.kind == "outlet" and q.source.descriptors["outlet"] == "صرافي"

"""Announcements and decisions without a complementiser (أعلن/قرر X + verbal noun), sourcing phrases
after the content, and quoted fragments after وصف … بأنه / أعرب عن."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _quotes_util import only, run


def test_quotes_announcement_with_verbal_noun():
    q = only(run("أعلنت وزارة النقل إغلاق الطريق الساحلي أمام الشاحنات."))
    assert q.kind == "indirect" and q.cue == "أعلنت"
    assert q.text == "إغلاق الطريق الساحلي أمام الشاحنات"
    assert q.source.text == "وزارة النقل" and q.source.kind == "institutional"


def test_quotes_decision_with_verbal_noun_and_parenthetical():
    q = only(run("وقررت اللجنة الأولمبية، مساء الأحد، إلغاء البطولة بسبب الأمطار."))
    assert q.cue == "قررت" and q.text.startswith("إلغاء البطولة")
    assert q.source.text == "اللجنة الأولمبية"


def test_quotes_decision_with_complementiser_is_not_a_quote():
    # قرر أن …: a decision about what someone will do, not something said
    assert run("وقررت اللجنة أن يبدأ التسجيل غدا.").quotes == []


def test_quotes_announcement_needs_a_speaker_and_a_verbal_noun():
    assert run("أعلن مسؤوليته عن الهجوم.").quotes == []             # no speaker phrase
    assert run("أعلنت الحكومة ستمدد العمل بالقانون.").quotes == []  # a verb, not a verbal noun
    assert run("أعلن قائد عمليات المنطقة.").quotes == []            # a construct chain, nothing announced


def test_quotes_announcement_by_a_named_person_after_a_title():
    doc = run("وأعلن وزير الزراعة سمير الخطيب تمديد موسم الصيد شهرا.",
              entities=[("سمير الخطيب", "PER", "per_1", None)])
    q = only(doc)
    assert q.text.startswith("تمديد موسم الصيد") and q.source.kind == "named"
    assert q.source.actor_id == "per_1"


def test_quotes_trailing_sourcing_phrases():
    q = only(run("تراجعت صادرات القمح بنسبة كبيرة هذا العام، وفق ما أعلنت وزارة الزراعة."))
    assert q.text == "تراجعت صادرات القمح بنسبة كبيرة هذا العام" and q.source.text == "وزارة الزراعة"
    q = only(run("توقفت الرحلات بين المدينتين منذ الصباح، حسبما أفاد مسؤول في المطار."))
    assert q.text.startswith("توقفت الرحلات") and q.source.kind == "anonymous"
    q = only(run("وارتفعت أسعار الخبز في الأسواق، بحسب المعهد الوطني للإحصاء."))
    assert q.text.startswith("وارتفعت أسعار الخبز") and q.source.kind == "institutional"


def test_quotes_described_as_fragment_is_a_direct_quote_of_the_speaker():
    q = only(run('ووصف رئيس البرلمان القرار بأنه "خطوة في الاتجاه الصحيح".'))
    assert q.kind == "direct" and q.text == "خطوة في الاتجاه الصحيح"
    assert q.source.text == "رئيس البرلمان"  # القرار is the verb's object, not part of the speaker
    q = only(run('ووصفها المتحدث بأنها "مفاوضات شاقة وطويلة".'))
    assert q.kind == "direct" and q.text == "مفاوضات شاقة وطويلة" and q.source.text == "المتحدث"


def test_quotes_expressed_regret_with_quoted_fragment():
    q = only(run('وأعربت الوزارة عن أسفها لما وصفته بـ"التدخل السافر في شؤوننا الداخلية".'))
    assert q.kind == "direct" and q.text == "التدخل السافر في شؤوننا الداخلية"
    assert q.source.text == "الوزارة"
    q = only(run("وأعربت الوزارة عن أسفها لهذا القرار."))
    assert q.kind == "indirect" and q.text == "أسفها لهذا القرار"


PIECES = ["أعلن", "أعلنت", "قررت", "وصف", "بأنه", "أعرب", "عن", "الوزارة", "وزير", "رفع", "تعليق", "حظر",
          "الحكومة", "بحسب", "وفق ما", "حسبما أفاد", "مسؤول", "،", ".", '"', "«", "»", "\n", "أن", "الثلاثاء"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_quotes_announcement_pieces_keep_offsets(text):
    doc = run(text)
    for q in doc.quotes:
        assert text[q.start:q.end] == q.text


def test_quotes_announcement_after_a_channel_phrase():
    q = only(run("وأعلن الجيش في بيان رسمي تدمير مخزن للذخيرة قرب الحدود."))
    assert q.text.startswith("تدمير مخزن") and q.source.text == "الجيش"
    q = only(run("وأعلن رئيس الحكومة في كلمة متلفزة تمديد العطلة أسبوعا."))
    assert q.text.startswith("تمديد العطلة") and q.source.text == "رئيس الحكومة"


def test_quotes_announcement_with_rank_before_a_known_name_and_a_figure():
    doc = run("وأعلن قائد القوات الجوية اللواء أول منصور الزيدي تخصيص 12 طائرة للإغاثة.",
              entities=[("منصور الزيدي", "PER", "per_1", None)])
    q = only(doc)
    assert q.text.startswith("تخصيص 12 طائرة") and q.source.actor_id == "per_1"


def test_quotes_announcement_after_a_long_dated_parenthetical():
    q = only(run("وأعلنت وزارة الخارجية، يوم الأحد 3 رجب 1441 هـ الموافق 26 فبراير 2020 بحسب التقويم، "
                 "استدعاء السفير للتشاور."))
    assert q.text.startswith("استدعاء السفير") and q.source.text == "وزارة الخارجية"


def test_quotes_expressed_far_from_the_verb_needs_a_quoted_fragment():
    q = only(run('وأعربت وزارة الخارجية القطرية في بيان عن رفضها لما سمته "الحملة الإعلامية الممنهجة".'))
    assert q.kind == "direct" and q.text == "الحملة الإعلامية الممنهجة"
    assert run("وأعرب رئيس الوزراء الكندي في تغريدة له عن حزنه العميق.").quotes == []


def test_quotes_announced_control_is_a_verbal_noun_not_a_future_verb():
    q = only(run("وأعلنت القوات في بيان سيطرتها على المطار."))
    assert q.text.startswith("سيطرتها على المطار") and q.source.text == "القوات"

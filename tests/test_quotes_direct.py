"""Direct quotes: every quotation-mark style, split quotes, multi-sentence, nested, unbalanced,
reversed marks, quotes before their cue, and pull-quote lines."""
from _quotes_util import only, run


def test_quotes_guillemets_after_colon():
    q = only(run("قال المتحدث باسم الوزارة: «سنواصل العمل مع جميع الأطراف حتى نصل إلى اتفاق»."))
    assert q.kind == "direct"
    assert q.text == "سنواصل العمل مع جميع الأطراف حتى نصل إلى اتفاق"
    assert q.cue == "قال"
    assert q.source.kind == "named" and q.source.text.startswith("المتحدث باسم الوزارة")


def test_quotes_curly_marks_after_complementiser():
    q = only(run("وأضاف المسؤول أن “الحوار هو الطريق الوحيد للخروج من الأزمة”."))
    assert q.kind == "direct" and q.text == "الحوار هو الطريق الوحيد للخروج من الأزمة"
    assert q.cue == "أضاف" and q.source.text == "المسؤول"


def test_quotes_ascii_marks():
    q = only(run('وقالت الوزيرة إن "الميزانية الجديدة تدعم قطاع التعليم".'))
    assert q.kind == "direct" and q.text == "الميزانية الجديدة تدعم قطاع التعليم"
    assert q.cue == "قالت" and q.source.text == "الوزيرة"


def test_quotes_single_marks():
    q = only(run("قال المدير: ‘لن نغلق المصنع قبل نهاية العام’."))
    assert q.kind == "direct" and q.text == "لن نغلق المصنع قبل نهاية العام"


def test_quotes_split_by_participle_keeps_the_speaker():
    doc = run("وقال مصدر أمني إن “الوضع هادئ في المدينة الآن”، مستطرداً أنه “لا توجد أي تحركات مريبة”.")
    assert [(q.kind, q.cue, q.text) for q in doc.quotes] == [
        ("direct", "قال", "الوضع هادئ في المدينة الآن"),
        ("direct", "مستطرداً", "لا توجد أي تحركات مريبة"),
    ]
    first, second = doc.quotes
    assert first.source.kind == second.source.kind == "anonymous"
    assert second.source.text == "مصدر أمني" and second.source.extra.get("carried")
    assert second.source.descriptors["role"] == "security"


def test_quotes_multi_sentence_quotation_is_one_quote():
    q = only(run("قال الوزير: «لقد انتهت المفاوضات. سنعلن النتائج غداً. لا تغيير في موقفنا»."))
    assert q.text == "لقد انتهت المفاوضات. سنعلن النتائج غداً. لا تغيير في موقفنا"


def test_quotes_nested_quote_inside_a_quote():
    doc = run("وقال الدبلوماسي: «أبلغني زميل أن مسؤولاً رفيعاً قال له “لن نتراجع عن قرارنا”».")
    outer = [q for q in doc.quotes if q.cue == "قال" and q.text.startswith("أبلغني")]
    inner = [q for q in doc.quotes if q.text == "لن نتراجع عن قرارنا"]
    assert outer and inner
    assert inner[0].extra["within"] == [outer[0].start, outer[0].end]
    assert inner[0].source.kind == "anonymous" and inner[0].source.text == "مسؤولاً رفيعاً"
    assert inner[0].source.descriptors["seniority"] == "high" and inner[0].extra.get("addressee") == "له"


def test_quotes_unbalanced_mark_recovers_at_line_end():
    doc = run('وقال مصدر مطلع إن "الاتفاق سيوقع خلال أيام\nوتستمر الاجتماعات في العاصمة.')
    q = only(doc)
    assert q.kind == "direct" and q.text == "الاتفاق سيوقع خلال أيام" and q.extra.get("unbalanced")


def test_quotes_reversed_marks_open_with_the_closing_glyph():
    q = only(run("وقال المسؤول إن ”الهدنة صامدة حتى الآن“."))
    assert q.kind == "direct" and q.text == "الهدنة صامدة حتى الآن"


def test_quotes_quotation_before_its_cue():
    q = only(run("«المعركة لم تنته بعد ولن نتوقف الآن»، قال القائد الميداني للصحفيين."))
    assert q.text == "المعركة لم تنته بعد ولن نتوقف الآن" and q.cue == "قال" and q.kind == "direct"
    assert q.extra["cue_position"] == "after"
    assert q.source.text == "القائد الميداني" and q.extra["addressee"] == "للصحفيين"


def test_quotes_short_quoted_name_is_not_the_content():
    q = only(run('وقال المتحدث "سامي نور" للصحفيين إن الطريق أعيد فتحه صباح اليوم.'))
    assert q.kind == "indirect" and q.text == "الطريق أعيد فتحه صباح اليوم"


def test_quotes_framed_pull_quote_repeating_the_body():
    text = ("وقال مصدر حكومي إن الحكومة ستخفض أسعار الوقود في الشهر المقبل بعد مشاورات طويلة مع النقابات.\n"
            "”\nالحكومة ستخفض أسعار الوقود في الشهر المقبل\n”\nوتستمر المشاورات مع النقابات.")
    doc = run(text)
    pulls = [q for q in doc.quotes if q.extra.get("pullquote")]
    assert len(pulls) == 1
    pull = pulls[0]
    assert pull.text == "الحكومة ستخفض أسعار الوقود في الشهر المقبل" and pull.kind == "direct"
    body = [q for q in doc.quotes if not q.extra.get("pullquote")]
    assert pull.extra["repeats"][0] == 0 and body[0].source.text == "مصدر حكومي"
    assert pull.source.text == "مصدر حكومي"
    assert doc.extra["sourcing"]["pullquotes"] == 1 and doc.extra["sourcing"]["quotes"] == 1


def test_quotes_standalone_caption_line_with_a_cue_is_a_pull_quote():
    text = ("قال مسؤول أردني رفيع المستوى لوفد المعارضة إن المعبر سيفتح الأسبوع المقبل\n"
            "وأوضح مسؤول أردني رفيع المستوى أمس أن المعبر سيفتح الأسبوع المقبل أمام الشاحنات.")
    doc = run(text)
    first = doc.quotes[0]
    assert first.extra.get("pullquote") and first.extra.get("addressee") == "وفد المعارضة"
    assert not doc.quotes[-1].extra.get("pullquote")


def test_quotes_long_quotation_without_cue_is_still_a_direct_quote():
    doc = run("وفي كلمة أمام البرلمان «سنعمل على إعادة بناء كل المدارس التي دمرتها الحرب في الجنوب».")
    q = only(doc)
    assert q.kind == "direct" and q.cue is None


def test_quotes_short_scare_quotes_are_not_quotes():
    assert run('وسادت حالة من "التململ" في صفوف القوات.').quotes == []

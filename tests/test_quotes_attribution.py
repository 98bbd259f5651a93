"""Source attribution (qq3): each clause keeps its own speaker, outlets addressed are channels, time and
thing nouns never speak, stance announcements are not quotes, and a few more cue constructions."""
from _quotes_util import only, run

import rasid


def _quotes(text):
    return rasid.analyze(text, published="2024-03-01").quotes


def test_quotes_contrast_clause_has_its_own_speaker_and_ends_the_first_content():
    qs = run("وقالت الخارجية الفرنسية إن باريس تتابع الوضع، فيما أكدت الخارجية الألمانية أن برلين لن ترسل قوات.").quotes
    assert len(qs) == 2
    first, second = qs
    assert first.text == "باريس تتابع الوضع" and first.source.text == "الخارجية الفرنسية"
    assert second.source.text == "الخارجية الألمانية" and second.source.descriptors.get("nationality") == "DE"
    assert "carried" not in second.source.extra


def test_quotes_bainama_clause_is_not_part_of_the_previous_statement():
    qs = run("وقال قائد الشرطة إن الطريق مفتوح، بينما قال سكان إن الحواجز ما زالت قائمة.").quotes
    assert [q.text for q in qs] == ["الطريق مفتوح", "الحواجز ما زالت قائمة"]
    assert qs[1].source.kind == "anonymous"


def test_quotes_official_speaking_to_a_radio_is_the_source_not_the_radio():
    q = only(run("وقال مسؤول أمني كبير لإذاعة الجيش الإسرائيلي إن الجنود عادوا إلى قواعدهم."))
    assert q.source.kind == "anonymous" and q.source.text == "مسؤول أمني كبير"
    assert q.extra.get("addressee") == "إذاعة الجيش الإسرائيلي"


def test_quotes_long_outlet_name_after_an_anonymous_source_is_the_addressee():
    q = only(run("وقال دبلوماسي غربي لهيئة البث الإسرائيلية الرسمية إن المفاوضات توقفت."))
    assert q.source.kind == "anonymous" and q.source.text.startswith("دبلوماسي غربي")
    assert "هيئة البث" in q.extra.get("addressee", "")


def test_quotes_thing_noun_is_no_source():
    q = only(run("وأكد الاتفاق أن الطرفين سيتبادلان المحتجزين خلال أسبوع."))
    assert q.source is None or q.source.text != "الاتفاق"


def test_quotes_thing_noun_falls_back_to_the_previous_speaker():
    qs = run("وقال الوزير إن الخطة جاهزة. وأضاف القرار أن المعابر ستفتح.").quotes
    assert len(qs) == 2 and qs[1].source is not None and qs[1].source.text == "الوزير"


def test_quotes_announcing_support_is_not_a_quote():
    assert run("وأعلن تحالف القوى الوطنية تأييده للمبادرة التي طرحها الرئيس.").quotes == []
    assert run("وأعلنت الحركة رفضها للقرار الأخير.").quotes == []


def test_quotes_announcing_control_is_still_a_quote():
    q = only(run("وأعلن الجيش في بيان سيطرته على الجسر."))
    assert q.text.startswith("سيطرته على الجسر")


def test_quotes_call_to_quoted_fragment_is_a_direct_quote():
    q = only(run("ودعت نقابة المحامين الحكومة إلى «وقف الاعتقالات التعسفية» فورا."))
    assert q.kind == "direct" and q.text == "وقف الاعتقالات التعسفية"
    assert q.source is not None and "الحكومة" not in q.source.text and q.source.text.startswith("نقابة المحامين")


def test_quotes_call_without_quotation_is_not_a_quote():
    assert run("ودعت نقابة المحامين الحكومة إلى وقف الاعتقالات.").quotes == []


def test_quotes_joint_statement_is_a_document_source():
    q = only(run("وجاء في بيان مشترك صادر عن الدول الأربع أن التعاون الأمني سيتوسع."))
    assert q.cue == "جاء في" and q.source.kind == "document"
    assert q.text.startswith("التعاون الأمني")


def test_quotes_announcing_participle_continues_the_sentence_subject():
    qs = _quotes("وزار رئيس الوزراء الأردني بشر الخصاونة مدينة العقبة، معلنا أن الحكومة ستبني ميناء جديدا.")
    assert len(qs) == 1 and qs[0].cue == "معلنا"
    assert qs[0].source is not None and "العقبة" not in qs[0].source.text


def test_quotes_participle_subject_stops_before_the_object():
    qs = _quotes("وتفقد المحافظ المخيم الجديد، مؤكدا أن المساعدات ستصل خلال يومين.")
    assert len(qs) == 1 and qs[0].source is not None and qs[0].source.text == "المحافظ"


def test_quotes_post_posed_club_source():
    qs = _quotes("وأفرجت السلطات عن خمسة معتقلين مساء الاثنين، بحسب نادي الأسير.")
    assert len(qs) == 1 and qs[0].source.kind == "institutional" and qs[0].source.text == "نادي الأسير"


def test_quotes_weekday_before_min_an_is_no_speaker():
    qs = run("وحذرت الثلاثاء من أن الإقليم يواجه خطر المجاعة.").quotes
    assert len(qs) == 1 and (qs[0].source is None or "الثلاثاء" not in qs[0].source.text)
    q = only(run("وحذرت الأمم المتحدة من أن الإقليم يواجه خطر المجاعة."))
    assert q.source.text == "الأمم المتحدة"


def test_quotes_call_with_one_word_speaker():
    q = only(run("ودعا المجلس إلى «ضبط النفس والعودة إلى الحوار»."))
    assert q.kind == "direct" and q.source is not None and q.source.text == "المجلس"


def test_quotes_quoted_phrase_inside_narration_without_speaker_is_not_a_quote():
    assert run("وانتشر «سنبني كل المدارس التي دمرتها الحرب في الجنوب» بين الشباب بسرعة كبيرة.").quotes == []


def test_quotes_slogan_after_label_noun_is_not_a_quote():
    doc = run("وقال المنظمون إن المسيرة سلمية. وانطلقت الحملة تحت شعار «معا نبني مستقبل هذا الوطن العزيز».")
    assert [q.cue for q in doc.quotes] == ["قال"]

"""Indirect speech: cue verbs, sourcing prepositions and relative phrases, the content span and
the cue surface; constructions that are not reported speech."""
import pytest

from _quotes_util import only, run


def test_quotes_indirect_cue_verb_and_content_span():
    q = only(run("وأكد وزير الخارجية أن بلاده ترفض أي تدخل أجنبي في شؤونها."))
    assert (q.kind, q.cue, q.text) == ("indirect", "أكد", "بلاده ترفض أي تدخل أجنبي في شؤونها")
    assert q.source.text == "وزير الخارجية" and q.source.kind == "named"


def test_quotes_indirect_bridge_preposition_before_complementiser():
    q = only(run("وأشار التقرير إلى أن معدلات البطالة ارتفعت هذا العام."))
    assert q.cue == "أشار" and q.text == "معدلات البطالة ارتفعت هذا العام"
    assert q.source.kind == "document" and q.source.descriptors["document"] == "report"


def test_quotes_indirect_content_ends_at_the_next_statement():
    doc = run("وقال مسؤول محلي إن الكهرباء عادت إلى الأحياء الشرقية، مضيفاً أن المياه ستعود غداً.")
    assert [(q.cue, q.text) for q in doc.quotes] == [
        ("قال", "الكهرباء عادت إلى الأحياء الشرقية"), ("مضيفاً", "المياه ستعود غداً")]


def test_quotes_sourcing_preposition_after_the_claim_with_document_issuer():
    q = only(run("ارتفع عدد النازحين إلى مئتي ألف شخص، بحسب تقرير صادر عن منظمة الهجرة الدولية."))
    assert q.cue == "بحسب" and q.text == "ارتفع عدد النازحين إلى مئتي ألف شخص"
    assert q.extra["cue_position"] == "after"
    assert q.source.kind == "document" and q.source.descriptors["issuer"] == "منظمة الهجرة الدولية"


def test_quotes_sourcing_preposition_opening_the_sentence():
    q = only(run("وبحسب مصادر محلية، فإن الاشتباكات توقفت صباح اليوم."))
    assert q.text == "الاشتباكات توقفت صباح اليوم" and q.cue == "بحسب"
    assert q.source.text == "مصادر محلية" and q.source.kind == "anonymous"
    assert q.source.descriptors["count"] == "plural" and q.source.descriptors["role"] == "local"


def test_quotes_wafqan_li_statistic():
    q = only(run("وتجاوزت الخسائر ملياري دولار، وفقاً لإحصاء البنك الدولي."))
    assert q.cue == "وفقاً" and q.text == "وتجاوزت الخسائر ملياري دولار"
    assert q.source.kind == "document" and q.source.descriptors["document"] == "statistic"
    assert q.source.descriptors["issuer"] == "البنك الدولي"


def test_quotes_relative_phrase_with_verb():
    q = only(run("وأصيب ثلاثة أشخاص في الانفجار، حسبما أفاد شهود عيان."))
    assert q.cue == "حسبما أفاد" and q.text == "وأصيب ثلاثة أشخاص في الانفجار"
    assert q.source.text == "شهود عيان" and q.source.descriptors["role"] == "witness"


def test_quotes_parenthetical_source_keeps_the_whole_clause():
    q = only(run("وأغلق المحتجون - بحسب المصدر نفسه - الطريق المؤدي إلى المطار."))
    assert "أغلق المحتجون" in q.text and "الطريق المؤدي إلى المطار" in q.text


def test_quotes_channel_and_outlet_addressee():
    q = only(run('وقال مصدر في الوزارة في تصريحات لـ"الجزيرة" إن الوفد سيصل مساء اليوم.'))
    assert q.text == "الوفد سيصل مساء اليوم"
    assert q.source.text == "مصدر في الوزارة" and q.source.descriptors["affiliation"] == "الوزارة"
    assert q.extra["channel"] == "في تصريحات" and q.extra["addressee"] == "الجزيرة"


def test_quotes_object_preposition_an():
    q = only(run("وأعلن الجيش عن انسحاب قواته من البلدة."))
    assert q.cue == "أعلن" and q.text == "انسحاب قواته من البلدة" and q.source.kind == "institutional"


@pytest.mark.parametrize("text", [
    "لم يعلن الجيش عن أي خسائر في صفوفه.",                              # negated verb
    "ويُذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.",             # impersonal narration
    "وزاد سعر الخبز بنسبة كبيرة خلال الشهر الماضي رغم أن الحكومة وعدت بدعمه.",  # زاد = increased
    "جاء القرار وفقاً لتوجيهات الرئيس.",                                  # وفقاً without a source
    "وكانت الحكومة قد أعلنت في العام الماضي عن خطة لإعادة الإعمار.",     # no speaker between verb and عن
])
def test_quotes_not_reported_speech(text):
    assert run(text).quotes == []


def test_quotes_relayed_source_inside_the_speaker_phrase():
    q = only(run("وذكرت صحيفة الأيام، نقلاً عن مصدر قضائي، أن المحاكمة تأجلت."))
    assert q.cue == "ذكرت" and q.text == "المحاكمة تأجلت"
    assert q.source.text == "مصدر قضائي" and q.source.descriptors["role"] == "judicial"
    assert q.extra["via"] == "صحيفة الأيام"


def test_quotes_two_sourcing_phrases_share_the_content():
    doc = run("وحسب الوزارة، ونقلاً عن وكالة الأنباء الأردنية، فقد عبر المعبر مئتا شخص.")
    assert {q.cue for q in doc.quotes} == {"حسب", "نقلاً عن"}
    assert all(q.text == "فقد عبر المعبر مئتا شخص" for q in doc.quotes)


def test_quotes_dateline_is_not_content():
    q = only(run("القاهرة (رويترز)-- ارتفعت أسعار الخبز بنسبة كبيرة، بحسب ما أعلنت وزارة التموين."))
    assert q.text == "ارتفعت أسعار الخبز بنسبة كبيرة" and q.cue == "بحسب ما أعلنت"
    assert q.source.text == "وزارة التموين"

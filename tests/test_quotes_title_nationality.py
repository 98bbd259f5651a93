"""Nationality read from a source's title (qq3): the body a title belongs to, group nisbas, and the
country a source is posted to, which is not its own."""
import rasid


def _one(text):
    qs = rasid.analyze(text, published="2024-03-01").quotes
    assert len(qs) == 1, [(q.cue, q.text) for q in qs]
    return qs[0]


def test_quotes_title_of_a_movement_keeps_its_body_and_country():
    q = _one("وأشار رئيس المكتب السياسي لحركة حماس إلى أن الحركة منفتحة على المقترح.")
    assert q.source.text == "رئيس المكتب السياسي لحركة حماس"
    assert q.source.descriptors.get("nationality") == "PS"
    assert "addressee" not in q.extra


def test_quotes_title_lam_phrase_to_an_outlet_is_still_the_addressee():
    q = _one("وقال المتحدث باسم الجيش لصحيفة الشرق الأوسط إن القوات تقدمت نحو المدينة.")
    assert q.source.text == "المتحدث باسم الجيش" and q.extra.get("addressee") == "صحيفة الشرق الأوسط"


def test_quotes_group_nisba_gives_the_country():
    q = _one("وقال مسؤول حوثي إن الجماعة لن تتراجع عن موقفها.")
    assert q.source.kind == "anonymous" and q.source.descriptors.get("nationality") == "YE"


def test_quotes_country_posted_to_is_not_the_nationality():
    q = _one("وقال سفير الاتحاد الأوروبي لدى اليمن إن الاتحاد يدعم مسار السلام.")
    assert q.source.kind == "named" and q.source.descriptors.get("nationality") != "YE"
    q = _one("وقال المبعوث الأممي إلى اليمن إن الأطراف وافقت على الهدنة.")
    assert q.source.descriptors.get("nationality") != "YE"


def test_quotes_minister_nisba_in_title():
    q = _one("وأكد وزير الخارجية العماني أن مسقط مستعدة للوساطة بين الطرفين.")
    assert q.source.kind == "named" and q.source.descriptors.get("nationality") == "OM"

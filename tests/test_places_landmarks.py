"""Landmarks and natural features: curated ones (features.yaml) get coordinates, the kind and a feature
code; a feature noun (سد، نهر، ميدان، ساحة، مضيق…) before an unknown name gives a place without
coordinates; a shared name (ساحة الشهداء, نهر الفرات) is decided by the context."""
from places_helpers import place, places, run


def test_dam_is_a_landmark_with_coordinates():
    doc = run("تواصل أديس أبابا ملء خزان سد النهضة رغم اعتراض القاهرة والخرطوم على الجدول الزمني.")
    p = place(doc, "سد النهضة")
    assert p.country_code == "ET" and p.feature_code == "DAM" and p.extra["kind"] == "landmark"
    assert abs(p.lat - 11.2) < 0.5 and abs(p.lon - 35.1) < 0.5


def test_river_name_follows_the_country_of_the_story():
    sy = run("قالت مصادر محلية في سوريا إن منسوب نهر الفرات انخفض قرب الرقة خلال الصيف.")
    iq = run("قالت وزارة الموارد في العراق إن منسوب نهر الفرات انخفض في الأنبار، والعراق يطالب بحصته.")
    assert place(sy, "نهر الفرات").country_code == "SY"
    assert place(iq, "نهر الفرات").country_code == "IQ"
    assert place(iq, "نهر الفرات").extra["kind"] == "water"


def test_square_name_shared_by_two_capitals():
    ly = run("احتشد أنصار الحكومة في ساحة الشهداء بطرابلس الليبية مساء الجمعة.")
    lb = run("تجمع المحتجون في ساحة الشهداء وسط بيروت مطالبين بانتخابات مبكرة في لبنان.")
    assert place(ly, "ساحة الشهداء").country_code == "LY"
    assert place(lb, "ساحة الشهداء").country_code == "LB"


def test_square_whose_name_is_a_common_word():
    doc = run("خرج آلاف اليمنيين في ميدان السبعين بصنعاء رافعين الأعلام.")
    p = place(doc, "ميدان السبعين")
    assert p.country_code == "YE" and p.feature_code == "SQR" and p.lat is not None


def test_cape_and_strait():
    doc = run("غيرت ناقلات النفط مسارها نحو رأس الرجاء الصالح بدلا من المرور عبر مضيق باب المندب.")
    assert place(doc, "رأس الرجاء الصالح").country_code == "ZA"
    assert any("باب المندب" in t for t, _ in places(doc))


def test_border_crossing_and_tripoli_districts():
    doc = run("أعيد فتح معبر جديدة يابوس بين لبنان وسوريا، بينما دارت اشتباكات في سوق الجمعة وعين زارة.")
    assert place(doc, "معبر جديدة يابوس").country_code == "SY"
    for name in ("سوق الجمعة", "عين زارة"):
        p = place(doc, name)
        assert p.country_code == "LY" and p.extra["kind"] == "district" and p.lat is not None


def test_feature_noun_before_an_unknown_name():
    doc = run("غمرت المياه قرى عدة قرب سد كجبار شمال السودان بعد الأمطار.")
    p = place(doc, "سد كجبار")
    assert p.extra["kind"] == "landmark" and p.feature_code == "DAM" and p.lat is None
    assert p.country_code == "SD"
    assert [e for e in doc.entities if e.text == "سد كجبار" and e.label == "FAC"]


def test_feature_noun_with_a_common_word_is_no_place():
    doc = run("سقط عشرات القتلى في ساحة المعركة، وكان الوزير على رأس الوفد الذي زار المدينة.")
    assert places(doc) == []

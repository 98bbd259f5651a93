"""events11: unnamed state forces take the country in context, diplomatic acts, warnings. Every test
asserts type, source, target and modality. All sentences are written for these tests."""
from rasid.pipeline import load, make_document

_NLP = None


def nlp():
    global _NLP
    if _NLP is None:
        _NLP = load(config={"events": {"min_confidence": 0.0}})
    return _NLP


def evs(text, typ):
    doc = nlp()(make_document(text, published="2024-03-10"))
    actors = {a.id: a for a in doc.actors}

    def side(refs):
        out = set()
        for r in refs or []:
            a = actors.get(r)
            if a is not None and a.country and a.type in ("GPE", "GROUP"):
                out.add(a.country)
            else:
                out.add(a.name if a else r)
        return out

    return [(side(e.source_actor), side(e.target_actor), e.modality) for e in doc.events if e.type == typ]


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

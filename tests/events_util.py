"""Helpers for the event tests: hand-annotated documents (no other layer needed)."""
from rasid.events import EventCoder
from rasid.events.annotate import annotate
from rasid.pipeline import make_document

ACTORS = {
    "tn_president": ("PER", ["الرئيس التونسي قيس سعيد", "قيس سعيد"]),
    "dz_fm": ("PER", ["وزير الخارجية الجزائري أحمد عطاف", "أحمد عطاف", "عطاف"]),
    "cn_fm": ("PER", ["وزير الخارجية الصيني وانغ يي", "وانغ يي"]),
    "iq_pm": ("PER", ["رئيس الوزراء العراقي"]),
    "imf": ("ORG", ["صندوق النقد الدولي"]),
    "macron": ("PER", ["الرئيس الفرنسي إيمانويل ماكرون", "ماكرون"]),
    "saf": ("ORG", ["الجيش السوداني"]),
    "rsf": ("ORG", ["قوات الدعم السريع"]),
    "guterres": ("PER", ["الأمين العام للأمم المتحدة أنطونيو غوتيريش", "غوتيريش"]),
    "ir_mfa": ("ORG", ["وزارة الخارجية الإيرانية"]),
    "tn_parliament": ("ORG", ["البرلمان التونسي"]),
    "houthi": ("PER", ["زعيم الحوثيين عبد الملك الحوثي", "الحوثي"]),
    "ma_gov": ("ORG", ["الحكومة المغربية"]),
    "tr_army": ("ORG", ["الجيش التركي"]),
    "eg_security": ("ORG", ["قوات الأمن المصرية"]),
    "eu": ("ORG", ["الاتحاد الأوروبي"]),
    "hamas": ("ORG", ["حركة حماس"]),
    "jordan_police": ("ORG", ["الشرطة الأردنية"]),
    "DZ": ("GPE", ["الجزائر", "الجزائرية"]),
    "LY": ("GPE", ["ليبيا", "الليبية"]),
    "US": ("GPE", ["واشنطن", "الولايات المتحدة"]),
    "SA": ("GPE", ["السعودية"]),
    "RU": ("GPE", ["روسيا", "روسية", "موسكو"]),
    "SY": ("GPE", ["سوريا", "دمشق"]),
    "TR": ("GPE", ["تركيا", "أنقرة"]),
    "QA": ("GPE", ["قطر", "القطرية", "قطرية"]),
    "IL": ("GPE", ["إسرائيل"]),
    "IR": ("GPE", ["إيران", "طهران"]),
    "EG": ("GPE", ["مصر", "القاهرة"]),
}
PLACES = {
    "قصر قرطاج": {"country_code": "TN", "feature_code": "PPL", "name": "Carthage"},
    "الخرطوم": {"country_code": "SD", "feature_code": "PPLC", "name": "Khartoum"},
    "الرباط": {"country_code": "MA", "feature_code": "PPLC", "name": "Rabat"},
    "بنغازي": {"country_code": "LY", "feature_code": "PPLA", "name": "Benghazi"},
    "عمان": {"country_code": "JO", "feature_code": "PPLC", "name": "Amman"},
    "إقليم دارفور": {"country_code": "SD", "feature_code": "ADM1", "name": "Darfur"},
}
TIMES = {
    "أمس": ("2024-03-09", "day"),
    "الأسبوع المقبل": ("2024-W12", "week"),
    "الشهر الماضي": ("2024-02", "month"),
    "يوم الخميس": ("2024-03-07", "day"),
}
QUANTITIES = {
    "خمسة مدنيين": (5, "killed"),
    "سبعة أشخاص": (7, "killed"),
    "عشرين شخصا": (20, "wounded"),
    "عشرات الناشطين": (10, "arrested"),
}

_CODER = EventCoder({"min_confidence": 0})  # rule tests; the default threshold has its own tests


def code(text, published="2024-03-10", *, actors=ACTORS, places=PLACES, times=TIMES, quantities=QUANTITIES,
         quotes=None, coder=None):
    doc = make_document(text, published=published)
    annotate(doc, actors=actors, places=places, times=times, quantities=quantities, quotes=quotes)
    (coder or _CODER)(doc)
    return doc


def events(text, **kw):
    return code(text, **kw).events


def one(text, typ, **kw):
    evs = [e for e in events(text, **kw) if e.type == typ]
    assert len(evs) == 1, [(e.type, e.extra.get("trigger")) for e in events(text, **kw)]
    return evs[0]


def ids(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# -- the whole default pipeline (actors, places … from the real layers), for argument tests -----------
_PIPELINE = None


def pipeline():
    """The default pipeline with the events confidence threshold off (built once)."""
    global _PIPELINE
    if _PIPELINE is None:
        from rasid.pipeline import load

        _PIPELINE = load(config={"events": {"min_confidence": 0.0}})
    return _PIPELINE


def pipeline_events(text, typ, trigger=None, *, codes=("GPE",), with_names=False):
    """(source, target, modality) of every event of type ``typ`` (and trigger, when given) that the full
    pipeline codes, the confidence threshold off. A side is a set: an actor of a type in ``codes`` with a
    country counts as that ISO2 code, any other actor by its name (``with_names``: the name as well)."""
    doc = pipeline()(make_document(text, published="2024-03-10"))
    actors = {a.id: a for a in doc.actors}

    def side(refs):
        out = set()
        for r in refs or []:
            a = actors.get(r)
            coded = a is not None and a.country and a.type in codes
            if coded:
                out.add(a.country)
            if with_names or not coded:
                out.add(a.name if a else r)
        return out

    return [(side(e.source_actor), side(e.target_actor), e.modality) for e in doc.events
            if e.type == typ and (trigger is None or e.extra.get("trigger") == trigger)]

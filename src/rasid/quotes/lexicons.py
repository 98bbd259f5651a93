"""The quote component's lexicons, loaded from ``rasid/data`` and compiled once per process.

Every word list lives in a versioned data file (see ``docs/quotes.md``); this module only turns the
rows into :class:`~rasid.lexicon.PhraseMatcher` automata and small look-up tables.  The closed
grammatical classes the rules need (complementisers, pronoun suffixes, relative pronouns) are the
only literals, at the bottom of this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import RasidError
from ..lexicon import PhraseMatcher, load_tsv
from ..text.normalize import fold

CUE_TYPES = frozenset({"verb", "participle", "prep", "relative", "demand", "channel", "impersonal"})
SOURCE_KINDS = frozenset({"anonymous", "institutional", "named"})


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    type: str
    position: str
    object: str  # normalised preposition that may introduce the content (عن), or ""
    context: str = ""  # "parenthetical": only between dashes/brackets or after a comma


@dataclass(frozen=True)
class Lexicons:
    cues: PhraseMatcher
    nouns: PhraseMatcher          # payload: dict(kind, role, count, form)
    descriptors: PhraseMatcher    # payload: (attribute, value)
    documents: PhraseMatcher      # payload: dict(type, count)
    outlets: PhraseMatcher        # payload: dict(name, country)
    nisba: PhraseMatcher          # payload: (country code, is a country/capital name)
    versions: dict
    nonagents: frozenset = frozenset()  # folded bare forms (quote_nonsources.tsv, class nonagent)
    stances: frozenset = frozenset()    # folded bare forms (class stance)
    labels: frozenset = frozenset()     # folded bare forms (class label)


def _nisba_forms(form: str) -> list[str]:
    """Inflected forms of a masculine singular nisba (closed set of suffixes and the article)."""
    base = [form, form + "ة", form + "ون", form + "ين", form + "ان", form + "تان", form + "تين", form + "ات"]
    words = form.split()
    if len(words) > 1:  # كوري شمالي: inflect every word the same way
        base = [" ".join(w + s for w in words) for s in ("", "ة", "ون", "ين")]
        return base + [" ".join("ال" + w for w in b.split()) for b in base]
    return base + ["ال" + b for b in base]


def _with_article(rows):
    """The rows plus the definite form (ال + word) of every one-word entry not already listed, so the
    data files list each noun or adjective once (مصادر → المصادر، عسكرية → العسكرية)."""
    listed = {fold(f) for f, _ in rows}
    out = list(rows)
    for f, row in rows:
        ff = fold(f)
        if " " not in ff and not ff.startswith("ال") and "ال" + ff not in listed:
            out.append(("ال" + f, row))
            listed.add("ال" + ff)
    return out


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    cue_lex = load_tsv("cue_verbs.tsv")
    cue_entries = []
    for i, row in enumerate(cue_lex.rows, start=2):
        typ = row.get("type", "")
        if typ not in CUE_TYPES:
            raise RasidError("E190", f"cue_verbs.tsv data line {i}: unknown cue type {typ!r} "
                                     f"(expected one of {', '.join(sorted(CUE_TYPES))})")
        cue = Cue(row["form"], row.get("lemma", ""), typ, row.get("position", "any"), fold(row.get("object", "")),
                  row.get("context", ""))
        cue_entries.append((row["form"], cue))

    noun_lex = load_tsv("source_nouns.tsv")
    noun_rows = []
    for i, row in enumerate(noun_lex.rows, start=2):
        if row.get("kind") not in SOURCE_KINDS:
            raise RasidError("E190", f"source_nouns.tsv data line {i}: unknown source kind {row.get('kind')!r}")
        noun_rows.append((row["form"], row))
    noun_entries = [(f, {"kind": row["kind"], "role": row.get("role") or None, "count": row.get("count") or None,
                         "form": fold(f), "country": row.get("country") or None})
                    for f, row in _with_article(noun_rows)]

    desc_lex = load_tsv("source_descriptors.tsv")
    desc_entries = [(f, (r["attribute"], r["value"]))
                    for f, r in _with_article([(r["form"], r) for r in desc_lex.rows if r.get("attribute")])]

    doc_lex = load_tsv("document_sources.tsv")
    doc_entries = [(f, {"type": r.get("type") or "document", "count": r.get("count") or None})
                   for f, r in _with_article([(r["form"], r) for r in doc_lex.rows])]

    out_lex = load_tsv("outlets.tsv")
    out_entries = [(r["form"], {"name": r.get("name") or None, "country": r.get("country") or None}) for r in out_lex.rows]

    nat_lex = load_tsv("source_nationalities.tsv")
    nat_entries = []
    for r in nat_lex.rows:
        is_name = r.get("inflect", "yes") == "no"
        forms = [r["form"]] if is_name else _nisba_forms(r["form"])
        nat_entries += [(f, (r["country"], is_name)) for f in forms]

    non_lex = load_tsv("quote_nonsources.tsv")
    classes: dict[str, set] = {"nonagent": set(), "stance": set(), "label": set()}
    for i, r in enumerate(non_lex.rows, start=2):
        if r.get("class") not in classes:
            raise RasidError("E190", f"quote_nonsources.tsv row {i}: unknown class {r.get('class')!r}")
        classes[r["class"]].add(fold_word(r["form"]))

    versions = {lx.name: lx.version for lx in (cue_lex, noun_lex, desc_lex, doc_lex, out_lex, nat_lex, non_lex)}
    return Lexicons(
        cues=PhraseMatcher(cue_entries),
        nouns=PhraseMatcher(noun_entries),
        descriptors=PhraseMatcher(desc_entries),
        documents=PhraseMatcher(doc_entries),
        outlets=PhraseMatcher(out_entries),
        nisba=PhraseMatcher(nat_entries),
        versions=versions,
        nonagents=frozenset(classes["nonagent"]),
        stances=frozenset(classes["stance"]),
        labels=frozenset(classes["label"]),
    )


def bare_noun(norm: str) -> str:
    """A folded word without و/ف, a preposition ب/ل/ك and the article: وبالاتفاق → اتفاق."""
    n = norm
    if n[:1] in ("و", "ف") and len(n) > 3:
        n = n[1:]
    if n[:2] == "لل" and len(n) > 4:
        return n[2:]
    if n[:1] in ("ب", "ك") and n[1:3] == "ال" and len(n) > 4:
        n = n[1:]
    if n[:2] == "ال" and len(n) > 3:
        n = n[2:]
    return n


def fold_word(s: str) -> str:
    return fold(s or "").strip()


# -- closed grammatical classes (normalised spellings) ------------------------------------------------

#: complementisers that open reported content: أن/إن with pronoun suffixes, and بأن / فإن
_PRON = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
COMPLEMENTISERS = frozenset(p + "ان" + s for p in ("", "ب", "ف") for s in _PRON)
#: words that make a following أن part of something other than reported speech (إلا أن، بعد أن)
NOT_SPEECH_BEFORE_AN = frozenset({"الا", "بعد", "قبل", "رغم", "برغم", "غير", "حتي", "منذ", "دون", "بدون",
                                  "يمكن", "يجب", "لابد", "بد", "مجرد", "بمجرد", "لو", "كما", "اي", "بما",
                                  "لما", "لاجل", "اجل", "شان", "حين", "مع"})
#: prepositions that may stand between a cue and its complementiser (أشار إلى أن، أكد على أن، حذر من أن)
BRIDGE = frozenset({"الي", "علي", "الى", "من"})  # من: حذر من أن
#: relative pronouns that end a source phrase (مصدر باللجنة، التي يقودها …)
RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
#: subject pronouns, bare or attached to لكن / و (a pronoun-only speaker: لكنه قال)
PRONOUN_SUBJECTS = frozenset({"هو", "هي", "هم", "هما", "هن", "لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه",
                              "ولكنها", "ولكنهم", "انه", "انها", "انهم", "وهو", "وهي", "وهم"})
#: words stripped from the edges of a speaker phrase (كان … قد قال، ولكن مسؤولين قالوا)
EDGE_WORDS = frozenset({"و", "ف", "كان", "كانت", "وكان", "وكانت", "فكان", "كانوا", "وكانوا", "قد", "وقد", "لقد",
                        "ولكن", "لكن", "كما", "ثم", "بدوره", "بدورها", "بدورهم", "من", "جهته", "جهتها",
                        "جانبه", "جانبها", "ايضا", "كذلك", "اليوم", "امس", "بينما", "فيما", "حيث", "فيه",
                        "فيها", "اما", "بل", "لم", "لن", "لا", "ما", "الذي", "التي", "بالقول", "قائلا",
                        "قوله", "قولها", "قولهم", "تاكيده", "تاكيدها"})
#: prepositions that open a source's affiliation (مصدر في الحكومة، مسؤول بالوزارة)
AFFILIATION_PREPS = frozenset({"في", "من", "لدي", "داخل", "ضمن"})
#: object pronouns that may name an addressee after a verb (قال له، قالت لهم)
ADDRESSEE_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لنا", "لي", "لك", "لكم"})
#: demonstratives: as the subject of a speech verb (ذلك يؤكد أن) they make no statement
DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه", "تلك", "وهذا", "وذلك", "وهذه"})
#: quantifiers before the head of a source phrase (أحد عناصر الشرطة، عدة مصادر، بعض المسؤولين)
QUANTIFIERS = {"احد": "singular", "احدي": "singular", "عده": "plural", "بعض": "plural", "عدد": "plural",
               "كل": "plural", "معظم": "plural", "غالبيه": "plural"}

#: words that cannot open the verbal-noun content of «أعلن/قرر X + verbal noun» (closed classes:
#: prepositions, particles, pronouns, demonstratives, time adverbs)
NOMINAL_STOP = frozenset({
    "في", "من", "عن", "علي", "الي", "مع", "حول", "بين", "منذ", "خلال", "اثناء", "عقب", "بعد", "قبل", "لدي",
    "عند", "حتي", "عبر", "ضد", "نحو", "دون", "امام", "وراء", "لدى", "لم", "لن", "لا", "ما", "قد", "كان", "كانت",
    "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "انه", "انها", "انهم", "امس", "غدا", "مساء", "صباح", "يوم",
    "ليل", "ليله", "فجر", "ظهر", "اليوم", "مجددا", "رسميا", "ايضا", "كذلك", "اول", "امس", "الذي", "التي",
    "الذين", "ان", "بان", "او", "ثم", "كما", "لكن", "بل", "اي", "كل", "بعض", "جميع", "عدد", "نفسه", "نفسها",
})

#: contrast conjunctions that open a new clause: a speech verb after them starts a new statement
#: (قالت الخارجية التركية إن …، فيما أكدت الخارجية العراقية أن …)
CONTRAST = frozenset({"فيما", "بينما", "وبينما", "وفيما", "حين", "حينما"})

#: adjectives that make an outlet a country's own state media (الوكالة الوطنية، التلفزيون الرسمي)
NATIONAL_WORDS = frozenset({"الوطنيه", "الرسميه", "الرسمي", "الوطني", "الحكوميه", "الحكومي"})

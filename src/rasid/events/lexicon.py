"""Event lexicons: trigger forms (with inflections generated from data), mode cues, modality cues,
PLOVER→CAMEO and ACLED mappings.  Everything is compiled once per process (``lru_cache``) and then
only read, so components can share it.

The inflection rules below are the closed grammatical class of Arabic verb and noun affixes (subject
suffixes, imperfect prefixes, the future prefix س, object pronouns, feminine plural/dual, the article);
the words themselves come from ``data/event_triggers.tsv``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import RasidError
from ..lexicon import PhraseMatcher, load_tsv
from ..text.normalize import fold

#: PLOVER event types (closed class of the ontology)
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# -- affixes (closed class) ------------------------------------------------------------------------
_PAST_SUBJ = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_OBJ = ("ه", "ها", "هم", "هما")
_PRES_PREFIX = ("ي", "ت", "ن", "أ")
_PRES_SUFFIX = ("", "ون", "ان", "ن", "وا", "ين")
_NOUN_SUFFIX = ("", "ا", "ان", "ين", "ه", "ها", "هم", "هما")
_TA_SUFFIX = ("ة", "ات", "تان", "تين", "ته", "تها", "تهم", "تهما", "اته", "اتها", "اتهم")


_POS = frozenset({"past", "pres", "verb", "part", "noun", "fixed", "phrase", "vphrase", "block"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger lexicon entry as matched (``form`` is the generated surface)."""

    type: str
    mode: str
    frame: frozenset
    pos: str  # past pres verb part noun fixed phrase vphrase block
    lemma: str
    future: bool = False

    @property
    def is_verb(self) -> bool:
        return self.pos in ("past", "pres", "verb", "part", "vphrase")

    @property
    def is_pres(self) -> bool:
        if self.pos == "pres":
            return True
        if self.pos == "verb":
            f = fold(self.lemma)
            return f[:1] in "يتن" or f[:2] in ("سي", "ست", "سن")
        return False

    @property
    def is_past(self) -> bool:
        return self.pos in ("past", "verb", "vphrase") and not self.is_pres

    def target_preps(self) -> frozenset:
        preps = frozenset(fold(x[4:]) for x in self.frame if x.startswith("tgt=") and x[4:] not in ("obj", "gen"))
        # a symmetric act (meeting, truce, agreement) is done with someone: مع always names the other side
        return preps | {"مع"} if "sym" in self.frame else preps


def _forms(form: str, pos: str) -> list[tuple[str, bool]]:
    """Inflected surfaces of a lexicon form: ``[(surface, is_future), ...]``."""
    out: list[tuple[str, bool]] = []
    if pos == "past":
        for s in _PAST_SUBJ:
            out.append((form + s, False))
        for base in (form, form + "ت", form + "و"):
            for o in _OBJ:
                out.append((base + o, False))
    elif pos == "pres":
        stem = form[1:]
        for p in _PRES_PREFIX:
            for s in _PRES_SUFFIX:
                out.append((p + stem + s, False))
                if p != "أ":
                    out.append(("س" + p + stem + s, True))
            for o in _OBJ:
                out.append((p + stem + o, False))
    elif pos == "noun":
        if form.endswith("ة"):
            base = form[:-1]
            forms = [base + s for s in _TA_SUFFIX]
            defs = [base + s for s in ("ة", "ات", "تان", "تين")]
        else:
            forms = [form + s for s in _NOUN_SUFFIX]
            defs = [form + s for s in ("", "ان", "ين")]
            if form.endswith("اء"):
                # the hamza takes a seat before a pronoun: لقائه (genitive), لقاؤه (nominative)
                forms += [form[:-1] + seat + o for seat in ("ئ", "ؤ") for o in _OBJ]
        out += [(f, False) for f in forms]
        out += [("ال" + f, False) for f in defs if not f.startswith("ال")]
    elif pos == "part":
        out.append((form, False))
    elif pos == "vphrase":  # a perfect verb with its subject (خرجت مظاهرات): exactly this phrase
        out.append((form, False))
    elif pos == "verb":
        f = fold(form)
        out.append((form, f[:2] in ("سي", "ست", "سن")))
    else:  # fixed, phrase, block
        out.append((form, False))
        if pos in ("fixed", "phrase", "block") and not fold(form).startswith("ال"):
            out.append(("ال" + form, False))
    return out


@lru_cache(maxsize=1)
def trigger_entries() -> tuple[tuple[str, Trigger], ...]:
    lex = load_tsv("event_triggers.tsv")
    entries: list[tuple[str, Trigger]] = []
    for n, row in enumerate(lex.rows, start=2):
        form, pos = row.get("form", ""), row.get("pos", "fixed") or "fixed"
        typ = row.get("type", "")
        if not form:
            continue
        if pos not in _POS:
            raise RasidError("E211", f"event_triggers.tsv data line {n} ({form}): unknown pos {pos!r}")
        if pos != "block" and typ not in PLOVER_TYPES:
            raise RasidError("E211", f"event_triggers.tsv data line {n} ({form}): {typ!r} is not a PLOVER type")
        frame = frozenset(row.get("frame", "").split())
        for surface, fut in _forms(form, pos):
            entries.append((surface, Trigger(typ, row.get("mode", ""), frame, pos, form, fut)))
    return tuple(entries)


@lru_cache(maxsize=1)
def occurrence_verbs() -> dict:
    """Type -> folded perfect verbs that say an act of that type took place, taken from the first
    word of the ``vphrase`` rows (اندلعت، خرجت، انطلقت + a protest noun): after a noun of the type
    (مظاهرة عنيفة اندلعت) they make the noun a reported occurrence as well."""
    out: dict[str, set] = {}
    for row in load_tsv("event_triggers.tsv").rows:
        if row.get("pos") == "vphrase" and row.get("form"):
            out.setdefault(row.get("type", ""), set()).add(fold(row["form"].split()[0]))
    return {t: frozenset(v) for t, v in out.items()}


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher:
    return PhraseMatcher(trigger_entries(), min_chars=2)


@dataclass(frozen=True, slots=True)
class ModeCue:
    types: frozenset
    mode: str
    retype: str
    side: str
    window: int


@lru_cache(maxsize=1)
def mode_matcher() -> PhraseMatcher:
    rows = load_tsv("event_modes.tsv").rows
    entries = []
    for n, r in enumerate(rows, start=2):
        bad = [t for t in r.get("types", "").split(",") if t.strip() and t.strip() not in PLOVER_TYPES]
        if bad or (r.get("retype") and r["retype"] not in PLOVER_TYPES):
            raise RasidError("E211", f"event_modes.tsv data line {n} ({r.get('cue')}): unknown type {bad or r.get('retype')}")
        cue = ModeCue(frozenset(t.strip() for t in r.get("types", "").split(",") if t.strip()), r.get("mode", ""),
                      r.get("retype", ""), r.get("side", "after") or "after", int(r.get("window") or 6))
        entries.append((r["cue"], cue))
    return PhraseMatcher(entries, min_chars=2)


@dataclass(frozen=True, slots=True)
class ModalityCue:
    modality: str
    scope: str
    window: int
    when: str


@lru_cache(maxsize=1)
def modality_matcher() -> PhraseMatcher:
    entries = []
    for r in load_tsv("modality_cues.tsv").rows:
        entries.append((r["cue"], ModalityCue(r["modality"], r.get("scope", "near") or "near",
                                              int(r.get("window") or 2), r.get("when", ""))))
    return PhraseMatcher(entries, min_chars=2)


@dataclass(frozen=True)
class NonEventCue:
    side: str  # before | after | sentence
    window: int
    types: frozenset  # empty = all
    pos: str  # noun | any
    effect: str  # drop | lower
    lemmas: frozenset = frozenset()  # folded trigger lemmas it applies to (empty = every trigger)

    def applies(self, typ: str, is_verb: bool, lemma: str | None = None) -> bool:
        return (not self.types or typ in self.types) and (self.pos == "any" or not is_verb) and (
            not self.lemmas or lemma is None or fold(lemma) in self.lemmas)


@lru_cache(maxsize=1)
def nonevent_matcher() -> PhraseMatcher:
    """Non-event contexts (event_nonevent.tsv): rights, policies, plans, fiction, sport."""
    entries = []
    for r in load_tsv("event_nonevent.tsv").rows:
        types = frozenset(t.strip() for t in (r.get("types") or "*").split(",") if t.strip() not in ("", "*"))
        lemmas = frozenset(fold(x.strip()) for x in (r.get("lemmas") or "").split(",") if x.strip())
        entries.append((r["cue"], NonEventCue(r.get("side") or "before", int(r.get("window") or 2), types,
                                              r.get("pos") or "noun", r.get("effect") or "drop", lemmas)))
    return PhraseMatcher(entries, min_chars=2)


@lru_cache(maxsize=1)
def cameo_table() -> dict[tuple[str, str], str]:
    return {(r["type"], r.get("mode", "")): r["cameo"] for r in load_tsv("plover_cameo.tsv").rows}


def cameo_code(typ: str, mode: str | None) -> str | None:
    t = cameo_table()
    return t.get((typ, mode or "")) or t.get((typ, ""))


@lru_cache(maxsize=1)
def acled_table() -> dict[tuple[str, str, str], tuple[str, str]]:
    return {(r["type"], r.get("mode", ""), r.get("civilian", "")): (r["event_type"], r["sub_event_type"])
            for r in load_tsv("acled_map.tsv").rows}


def acled_types(typ: str, mode: str | None, civilian: bool = False) -> tuple[str, str] | None:
    t = acled_table()
    m = mode or ""
    if civilian:
        hit = t.get((typ, m, "yes")) or t.get((typ, "", "yes"))
        if hit:
            return hit
    return t.get((typ, m, "")) or t.get((typ, "", ""))


@dataclass(frozen=True, slots=True)
class Group:
    group: str
    name: str
    acled: str


@lru_cache(maxsize=1)
def group_matcher() -> PhraseMatcher:
    rows = load_tsv("event_group_actors.tsv").rows
    return PhraseMatcher([(r["form"], Group(r["group"], r["name"], r.get("acled", ""))) for r in rows], min_chars=3)


@lru_cache(maxsize=1)
def context_matcher() -> PhraseMatcher:
    return PhraseMatcher([(r["cue"], r["context"]) for r in load_tsv("event_contexts.tsv").rows], min_chars=3)


@lru_cache(maxsize=1)
def outlet_names() -> frozenset:
    """Folded names of news outlets (the quotes layer's ``outlets.tsv``): outlets report events,
    they do not take part in them."""
    from ..lexicon.matcher import fold_key

    return frozenset(fold_key(r["form"]) for r in load_tsv("outlets.tsv").rows if r.get("name"))


@lru_cache(maxsize=1)
def nonparticipant_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prefixes, infixes) of actor names that mark news outlets and reporters (event_nonparticipants.tsv)."""
    from ..lexicon.matcher import fold_key

    rows = load_tsv("event_nonparticipants.tsv").rows
    pre = tuple(fold_key(r["form"]) + " " for r in rows if (r.get("match") or "prefix") == "prefix")
    inf = tuple(fold_key(r["form"]) for r in rows if r.get("match") == "contains")
    return pre, inf


def is_outlet_name(name: str) -> bool:
    from ..lexicon.matcher import fold_key

    key = fold_key(name or "")
    pre, inf = nonparticipant_words()
    words = set(key.split())
    return (key + " ").startswith(pre) or any(w in words for w in inf)


def _form_kinds(file: str, default: str) -> dict[str, str]:
    """Folded ``form`` → ``kind`` (``default`` when empty) from a two-column events data file."""
    out: dict[str, str] = {}
    for row in load_tsv(file).rows:
        form = fold(row.get("form", ""))
        if form:
            out[form] = row.get("kind", default) or default
    return out


@lru_cache(maxsize=1)
def pair_nouns() -> dict[str, str]:
    """Folded dual nouns standing for the two actors just named (event_pair_nouns.tsv) → kind."""
    return _form_kinds("event_pair_nouns.tsv", "any")


@lru_cache(maxsize=1)
def role_cues() -> dict[str, str]:
    """Folded words that tell who did or suffered an act (event_role_cues.tsv) → kind: claim-verb (تبنى),
    claim-noun (مسؤوليته + عن), force (طائراتها after إن), victim (استشهد X جراء قصف)."""
    return _form_kinds("event_role_cues.tsv", "claim-verb")


@lru_cache(maxsize=1)
def anaphor_nouns() -> dict[str, str]:
    """Folded definite nouns referring back to an earlier actor (event_anaphors.tsv) → kind (org, state)."""
    return _form_kinds("event_anaphors.tsv", "org")


@dataclass(frozen=True)
class ReportCue:
    """A cue of event_report_cues.tsv: a word that shows an ASSAULT/PROTEST trigger mentions an act
    (history, legal follow-up, a reaction, a verbal attack, a metaphor) rather than reporting it."""

    kind: str  # background | legal | reaction | verbal | metaphor | ...
    side: str  # before | after | sentence
    window: int
    types: frozenset  # empty = all
    pos: str  # noun | verb | any
    lemmas: frozenset  # folded trigger lemmas it applies to; empty = all

    def applies(self, typ: str, trig: "Trigger") -> bool:
        if self.types and typ not in self.types:
            return False
        if self.pos == "noun" and trig.is_verb or self.pos == "verb" and not trig.is_verb:
            return False
        return not self.lemmas or fold(trig.lemma) in self.lemmas


@lru_cache(maxsize=1)
def report_cue_matcher() -> PhraseMatcher:
    """Report-vs-mention cues (event_report_cues.tsv)."""
    entries = []
    for r in load_tsv("event_report_cues.tsv").rows:
        types = frozenset(t.strip() for t in (r.get("types") or "*").split(",") if t.strip() not in ("", "*"))
        lemmas = frozenset(fold(x.strip()) for x in (r.get("lemmas") or "").split(",") if x.strip())
        entries.append((r["cue"], ReportCue(r["kind"], r.get("side") or "before", int(r.get("window") or 2), types,
                                            r.get("pos") or "any", lemmas)))
    return PhraseMatcher(entries, min_chars=2)


@lru_cache(maxsize=1)
def support_verbs() -> frozenset:
    """Folded support verbs with an object pronoun (event_support_verbs.tsv): ضربة نفذها X → X is the agent."""
    return frozenset(fold(r["form"]) for r in load_tsv("event_support_verbs.tsv").rows if r.get("form"))

"""PLOVER event coding: detection, typing, arguments, modality, attribution, dedup, CAMEO and ACLED.

One pass of the trigger automaton finds candidate triggers; everything after that works on token
indices of the document's TextView and on the spans of the other layers (actors, places, times,
quantities, quotes), each indexed once per document.  See ``docs/events.md``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date as _date
from functools import lru_cache
from typing import Any

from ..document import Actor, Document, Event
from ..errors import RasidError
from ..lexicon import PhraseMatcher, load_tsv
from ..text import text_view
from ..text.normalize import fold
from . import lexicon as L

#: separate prepositions that mark an argument slot (closed grammatical class, normalised spelling)
PREPOSITIONS = frozenset({"مع", "علي", "الي", "ضد", "من", "عن", "بين", "في", "لدي", "عبر", "حول", "نحو", "تجاه",
                          "امام", "عند", "خلال", "منذ", "بعد", "قبل", "لصالح", "بحق", "ازاء", "بشان", "حيال"})
#: particles that may stand between a subject and its verb (closed class, normalised)
_PARTICLES = frozenset({"قد", "لقد", "ان", "انه", "انها", "انهم", "لم", "لن", "لا", "ما", "ثم", "كما", "حيث", "عندما",
                        "بعدما", "الذي", "التي", "الذين", "كان", "كانت", "كانوا", "سوف", "اذا", "لو", "بعد", "قبل",
                        "الان", "اليوم", "امس", "ايضا"})
#: quantity words heading a partitive object (اعتقلت عددا من X، أسرت عشرات من X): closed class
_PARTITIVES = frozenset({"عدد", "عددا", "عشرات", "مئات", "الاف", "بعض", "العديد", "عده", "مجموعه", "عناصر"})
#: words framing an act as the setting of a statement (في ختام زيارة، خلال لقائه، على هامش القمة): an
#: act after them is not the complement of a request, threat or rejection (closed class, folded)
_TIME_FRAME = frozenset({"ختام", "خلال", "اثناء", "عقب", "اعقاب", "هامش", "مستهل", "بدايه", "نهايه"})
#: "each of" before من (كلا من X وY): the من is not a preposition slot (closed class, folded)
_EACH_OF = frozenset({"كل", "كلا", "وكل", "وكلا"})
#: complementisers that open reported content after a speech verb
_COMPLEMENTISERS = frozenset({"ان", "بان", "فان"})
#: types whose agent is the one who speaks (a statement is the act itself)
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
#: attached prepositions (proclitics)
_CLITIC_PREPS = frozenset({"ب", "ل", "ك"})
#: "by" phrases introducing the agent of a passive
_AGENT_MARKERS = (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"))
_CLAUSE_BREAK = frozenset({";", ":"})
# relative pronouns (closed class): a trigger inside a relative clause describes an entity (الخاطفين
# الذين قتل رفاقهم) or refers back to a known event (التفجير الذي استهدف السوق): a mention, not a report
_RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"))
# auxiliaries that may stand between the relative pronoun and the trigger (التي تم تفجيرها، الذي كان قد قتل)
#: past-habitual auxiliaries and subjunctive particles before an imperfect verb (closed classes, normalised)
_PAST_HABIT = frozenset(fold(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"))
_SUBJUNCTIVE = frozenset(fold(w) for w in ("كي", "لكي", "وكي", "ولكي", "حتى", "لن", "ولن"))
#: أن written with hamza above (subjunctive "that/to"); the folded form also covers إن, which is not
_ANNA_RE = re.compile(r"[وب]?أن")
_REL_AUX = frozenset(fold(w) for w in ("قد", "تم", "جرى", "كان", "كانت", "كانوا", "لقد"))
#: words opening a new clause: arguments of a trigger are not searched beyond them (closed class)
#: connectives that start a new assertion (closed class, normalised): see _Context.new_assertion
_NEW_ASSERTION = frozenset({"بينما", "فيما"})
#: negation particles between a relative pronoun and its verb (الذي لم يعترف; closed class, normalised)
_REL_NEG = frozenset({"لم", "لا", "لن", "ما"})
#: direction words opening a place adjunct (شرقي البلاد، جنوب لبنان; closed class, folded)
_DIRECTIONS = frozenset({"شرق", "شرقي", "غرب", "غربي", "شمال", "شمالي", "جنوب", "جنوبي", "وسط"})
#: event types whose verb acts on its object (قمعت احتجاجات، فرقت المظاهرة، حظرت التظاهر، أفرجت عن معتقلي الاحتجاجات)
_ACTS_ON = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})
#: the causative "held responsible" (حمّل): its responsibility noun is a blame, not a claim (folded)
_BLAME_VERBS = frozenset({"حمل", "حملت", "حملوا", "حملا", "يحمل", "تحمل", "يحملون"})
#: a complementiser carrying the subject pronoun of the claimed act (إنهم استهدفوا; closed class, folded)
_CLAIM_PRONOUNS = frozenset({"انه", "انها", "انهم", "انهما"})
_CLAUSE_OPENERS = frozenset({"لكن", "بينما", "فيما", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "عندما",
                             "حين", "حينما", "كما", "ثم", "لان", "بعدما", "اذ", "وسط"})
#: nouns and prepositions of time or circumstance: a verbal noun they govern right after a request
#: or threat is its setting (في ختام زيارة، خلال لقاء), not the act requested (closed class, normalised)
_CIRCUMSTANCE = frozenset({"في", "خلال", "اثناء", "ختام", "بعد", "قبل", "عقب", "اثر", "اعقاب", "مستهل", "نهايه", "لدي",
                           "منذ", "هامش"})
#: prepositions whose object may still be the agent of a verb that follows (قوات تابعة لـX قصفت): an
#: actor after مع، على، إلى، عن… before a verb is not its subject (المتحالفة مع إيران والتي سيطرت)
_OWNER_PREPS = frozenset({"ل"})
#: words ending in ون that are not masculine plurals (closed list of common nouns, normalised)
_NOT_PLURALS = frozenset({"قانون", "القانون", "مليون", "ملايين", "تلفزيون", "التلفزيون", "كانون", "زيتون", "الزيتون",
                          "مضمون", "المضمون", "مأذون", "ماذون"})
#: object pronoun suffixes and the prepositions that carry a resumptive pronoun (منها، عليه، فيهم; closed classes)
_OBJ_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_PRONOUN_PREPS = frozenset({"من", "علي", "في", "ل", "ب", "مع", "عن", "الي", "لدي", "عند", "ضد"})
#: types whose agent is not the person who announces them (أعلن القائد مقتل…، كشف الوزير اعتقال…)
_SPOKEN_OF_TYPES = frozenset({"ASSAULT", "COERCE"})
_MODALITY_RANK = {"background": -1, "generic": 5, "negated": 4, "hypothetical": 3, "future": 2, "reported": 1, "asserted": 0}
#: entity kinds that are never event participants (named events, places without an actor role)
NON_ACTOR_KINDS = frozenset({"EVENT", "LOC", "FAC"})
#: event types kept without any participant (their figures, place and date still inform)
ACTORLESS_TYPES = frozenset({"ASSAULT", "PROTEST"})
#: target prepositions for any trigger of a type when its own frame found no target (PLOVER ontology
#: level: a threat, sanction, coercion or mobilisation against / on someone).  Not for speech acts
#: whose complement is another act (اتهمه باستغلال الحرب ضد X: X is the war's opponent)
FALLBACK_TARGET_PREPS = {"ضد": frozenset({"THREATEN", "SANCTION", "COERCE", "MOBILIZE"}),
                         "علي": frozenset({"THREATEN", "SANCTION", "COERCE"})}
#: event types whose complement is not an asserted act (PLOVER ontology level, not vocabulary)
#: (events10) argument rules that name an act's own agent in its phrase: the embedding frame (the
#: addressee of a request, the threatener) does not override them
_STRONG_SOURCE_RULES = frozenset({"genitive-agent", "owner-agent", "support-verb-agent", "claimed-by", "passive-agent",
                                  "passive-agent-noun", "vso-subject", "svo-subject", "claim-speaker",
                                  "vso-affiliated-subject", "participant-of", "vso-capital-subject"})
EMBEDDING = {"REQUEST": "hypothetical", "THREATEN": "hypothetical", "REJECT": "hypothetical", "ACCUSE": "reported"}
#: figure kinds attached to each event type
FIGURE_KINDS = {
    "ASSAULT": frozenset({"killed", "wounded", "missing", "displaced"}),
    "COERCE": frozenset({"arrested", "displaced", "missing", "killed", "wounded"}),
    "PROTEST": frozenset({"people", "killed", "wounded", "arrested"}),
    "AID": frozenset({"money", "count"}),
    "MOBILIZE": frozenset({"people", "count"}),
    "RETREAT": frozenset({"people", "count", "arrested"}),
}
#: head nouns whose complement is a verbal noun, not a verb (عملية خطف، محاولة قتل، وراء خطف; normalised)
_NOMINAL_HEADS = frozenset(fold(w) for w in ("عملية", "عمليات", "حادثة", "حادث", "محاولة", "محاولات", "وراء",
                                             "قضية", "جريمة", "أعمال", "حوادث", "ضحايا"))
_STOP_RE = re.compile(r"[.!?؟](?=\s)")
_CIVILIAN_RE = re.compile(r"مدني|المدني|مدنيين|المدنيين|مدنيون|المدنيون")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor: str
    kind: str  # PER ORG GPE NORP ...
    t0: int  # first token index
    t1: int  # token index after the last
    prep: str = ""  # governing preposition (attached or looked back for)
    prep_att: str = ""  # attached preposition clitic (لحفتر)
    dprep: str = ""  # preposition attached or directly before the mention
    conj: bool = False


@dataclass(slots=True)
class Candidate:
    trig: L.Trigger
    start: int
    end: int
    t0: int
    t1: int
    sent: Any
    type: str
    mode: str
    modes: list = field(default_factory=list)
    source: list = field(default_factory=list)
    target: list = field(default_factory=list)
    modality: str = "asserted"
    modality_cue: str | None = None
    attribution: dict | None = None
    region_start: int = 0  # token index where the clause holding the trigger starts (reported content)
    place: dict | None = None
    date: dict | None = None
    figures: list = field(default_factory=list)
    arg_rules: list = field(default_factory=list)
    pron: bool = False  # the trigger carries a possessive pronoun (اجتماعه، زيارتها)
    governed: bool = False  # a verbal noun governed by a preposition (بعد الهجوم، عن التفجير): often background
    background: bool = False  # refers to an earlier event (منذ الهجوم، منفذي التفجير)
    nonevent: str | None = None  # a non-event context cue (event_nonevent.tsv) with effect "lower"
    self_only: bool = False  # the only participants were one actor found on both sides
    mention: str | None = None  # why the trigger is a mention rather than a report: relative, detail
    report_cue: str | None = None  # class of an event_report_cues.tsv cue (legal, reaction, …) or habitual/purpose
    alts: tuple = ()  # (events9) other cue-gated readings of the same word, tried when this one's cue is missing
    finite: bool = False  # a verbal noun told as an occurrence by a light or occurrence verb (تم شن، قام بخطف، مظاهرة اندلعت)


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset:
    """Member and force nouns of actor_members.tsv (مقاتلي، عناصر، قوات), folded: with a possessive
    pronoun after a complementiser (إن مقاتليها) they stand for the speaker's group."""
    rows = load_tsv("actor_members.tsv").rows
    return frozenset(fold(r["form"]) for r in rows if r.get("kind") in ("member", "force"))


@lru_cache(maxsize=1)
def _link_words() -> frozenset:
    """(events9) One-word link words of actor_members.tsv (تابعة، الموالية) before ل + the owning actor."""
    return frozenset(fold(r["form"]) for r in load_tsv("actor_members.tsv").rows
                     if r.get("kind") == "link" and " " not in r["form"] and r["form"] not in ("من", "في"))


def _force_noun(stem: str) -> bool:
    """(events9) Is the folded stem a member/force noun (actor_members.tsv) or a force/weapon noun of
    event_role_cues.tsv (طائرات، مدفعية)? A ت before the pronoun is the taa marbuta (أجهزتها → أجهزة)."""
    nouns = _member_nouns()
    cues = L.role_cues()
    for x in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
        if x and (x in nouns or cues.get(x) == "force"):
            return True
    return False


@lru_cache(maxsize=1)
def _speech_cues() -> PhraseMatcher:
    entries = [(r["form"], r.get("type", "verb")) for r in load_tsv("cue_verbs.tsv").rows]
    for extra in ("بحسب", "حسب", "وفقا ل", "وفقا", "طبقا ل", "نقلا عن"):
        entries.append((extra, "prep"))
    return PhraseMatcher(entries, min_chars=2)


class EventCoder:
    """Code PLOVER events in a document that has the text layer (and ideally all other layers)."""

    OPTIONS = ("window_after", "window_before", "noun_before", "dedup", "group_actors", "actorless", "min_confidence")
    #: default confidence threshold for ASSAULT and PROTEST events (the types whose confidence is
    #: calibrated on occurrence anchors), chosen on the even rows of the GSR dev files (docs/events.md)
    MIN_CONFIDENCE = {"ASSAULT": 0.5, "PROTEST": 0.5}

    def __init__(self, config: dict | None = None):
        config = dict(config or {})
        unknown = sorted(set(config) - set(self.OPTIONS))
        if unknown:
            raise RasidError("E210", f"unknown events option(s) {', '.join(unknown)}; known: {', '.join(self.OPTIONS)}")
        for key in ("window_after", "window_before", "noun_before"):
            v = config.get(key)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                raise RasidError("E210", f"events option {key} must be a non-negative integer, got {v!r}")
        if config.get("actorless", "violent") not in ("violent", "all"):
            raise RasidError("E210", f"events option actorless must be 'violent' or 'all', got {config.get('actorless')!r}")
        mc = config.get("min_confidence", self.MIN_CONFIDENCE)
        if not isinstance(mc, dict):
            mc = {t: mc for t in ACTORLESS_TYPES}
        for t, v in mc.items():
            if t not in ACTORLESS_TYPES or isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
                raise RasidError("E210", "events option min_confidence must be a number in [0, 1] or a mapping "
                                 f"ASSAULT/PROTEST -> number, got {config.get('min_confidence')!r}")
        self.min_confidence = {t: float(mc.get(t, 0.0)) for t in ACTORLESS_TYPES}
        self.window_after = int(config.get("window_after", 25))
        self.window_before = int(config.get("window_before", 12))
        self.dedup = bool(config.get("dedup", True))
        self.group_actors = bool(config.get("group_actors", True))
        self.noun_before = int(config.get("noun_before", 10))
        self.actorless = str(config.get("actorless", "violent"))  # violent | all
        # compile every lexicon now (cached per process), not on the first document
        self.triggers = L.trigger_matcher()
        self.modes = L.mode_matcher()
        L.modality_matcher(), L.group_matcher(), L.context_matcher(), _speech_cues(), L.pair_nouns(), L.anaphor_nouns()
        L.report_cue_matcher()
        L.support_verbs()

    # ------------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> list[Event]:
        if not doc.text or not doc.text.strip():
            return []
        tv = text_view(doc)
        if not tv.tokens or not tv.sentences:
            return []
        if self.group_actors:
            self._add_group_actors(doc)
        ctx = _Context(doc, tv)
        cands = self._detect(ctx)
        if not cands:
            return []
        ctx.trigger_t0 = sorted(c.t0 for c in cands)
        self._apply_modes(ctx, cands)
        cands = [c for c in cands if c.type]
        self._mark_lists(ctx, cands)
        ctx.trigger_t0 = sorted(c.t0 for c in cands)
        ctx.trigger_verbs = {c.t0: c.type for c in cands if c.trig.is_verb}
        kept = []
        for c in cands:
            self._modality(ctx, c)
            if c.modality == "generic":
                continue  # names a kind of act (جرائم القتل), not an event
            if ("negrej" in c.trig.frame and c.modality == "negated"
                    and fold(c.modality_cue or "") in ("لن", "ولن", "فلن", "لا", "ولا", "فلا")):
                # لن تتنازل، لن تفتح حدودها، لا نقبل: refusing to concede is a rejection, asserted
                c.type, c.modality, c.mode = "REJECT", "asserted", ""
                c.modes = []
                c.modality_cue = None
            elif "negonly" in c.trig.frame:
                continue  # يقبل، يسمح: an event only as a refusal (لن نقبل), not when asserted
            if self._nonevent(ctx, c) == "drop":
                continue  # a right, a policy, a plan, fiction or sport (حق التظاهر، مكافحة الإرهاب)
            c.mention = self._mention_kind(ctx, c)
            c.report_cue = self._report_cue(ctx, c)
            self._attribution(ctx, c)
            self._arguments(ctx, c)
            if c.self_only:
                continue  # the same actor on both sides and nobody else: not an interaction
            if "nogroup" in c.trig.frame and any(str(a).startswith("group:") for a in c.target):
                continue  # الترحيب باللاجئين: welcoming people is hosting them, not endorsing a step
            if c.mode == "warn" and c.trig.is_verb and ctx.norm(c.t0 - 2) not in PREPOSITIONS \
                    and (cap := ctx.capital_subject(c.t0 - 1)) and cap not in c.source:
                # (events11) أن القاهرة حذرت X: a capital right before the verb is its subject, the actor
                # after the verb the one warned
                c.target = [a for a in c.source + c.target if a != cap]
                c.source = [cap]
                c.arg_rules.append("svo-capital-subject")
            if "needtgt" in c.trig.frame and not (c.target and (
                    not (ms := [m for m in ctx.mentions_between(c.t1, c.sent.tok_end) if m.actor in c.target])
                    or any(not m.prep for m in ms))):
                continue  # (events11) حذر من تفاقم الأزمة: a warning about a situation, not a threat to anyone
            if "crowd" in c.trig.frame and not _crowd_subject(ctx, c):
                continue  # سد، نصب: a protest act only with the protesters as its subject
            if not c.target and c.type in ("MOBILIZE", "PROTEST"):
                self._context_target(ctx, c)
            self._place_date_figures(ctx, c)
            if "spec" in c.trig.frame and not (c.source or c.target or c.figures or c.place or c.date):
                continue  # a generic-prone noun with nothing anchoring it
            if not self._participants_ok(c):
                continue  # no participant: kept only for violence/protest anchored by a figure, place or date
            kept.append(c)
        if any("about" in c.trig.frame for c in kept):
            starts = {c.t0 for c in kept}
            # concern about an actor or an act (عن قلقه إزاء الاعتقالات), not about a situation
            kept = [c for c in kept if "about" not in c.trig.frame or c.target
                    or any(j in starts for j in range(c.t1, c.t1 + 4))]
        cands = kept
        if not cands:
            return []
        self._passive_by_noun(ctx, cands)
        self._embedding(ctx, cands)
        # the embedding rules may take the only participant away (the requester is not the one asked,
        # the one who condemns is not the agent): the participant policy applies again
        cands = [c for c in cands if self._participants_ok(c)]
        if not cands:
            return []
        groups = self._dedup(ctx, cands) if self.dedup else [[c] for c in cands]
        events = []
        for group in groups:
            ev = self._to_event(ctx, f"ev{len(events) + 1}", group)
            if ev.modality != "asserted" or ev.extra.get("confidence", 1.0) >= self.min_confidence.get(ev.type, 0.0):
                # the threshold drops weakly anchored reports of facts; wished, planned, alleged and
                # denied acts stay (their modality already says they are not facts)
                events.append(ev)
        for ev in events:
            doc.add("events", ev)
        return events

    @staticmethod
    def _context_target(ctx: "_Context", c: Candidate) -> None:
        """(events11) A target named by the setting of the act: troops sent to a border with X
        (نشرت تعزيزات على حدودها مع X → X); a protest against the government, authorities or regime
        with no nisba (للمطالبة برحيل الحكومة) → the protesters' own country."""
        hi = min(c.sent.tok_end, c.t1 + 12)
        if c.type == "MOBILIZE":
            for m in ctx.mentions_between(c.t1, hi):
                if m.dprep == "مع" and "حدود" in ctx.norm(m.t0 - 2) and m.actor not in c.source:
                    c.target = [m.actor]
                    c.arg_rules.append("border-with")
                    return
            return
        own = {ctx.actors[a].country if a in ctx.actors else a for a in c.source}
        own = [cc for cc in own if cc and len(cc) == 2]
        if len(own) != 1:
            return
        states = {k for k, v in L.anaphor_nouns().items() if v == "state"}
        for j in range(c.t1, hi):
            w = fold(ctx.norm(j))
            w = w[1:] if w[:1] in ("ب", "ل") and w[1:] in states else w
            if w in states and not (j + 1 < c.sent.tok_end and ctx.inside_mention(
                    ctx.tv.tokens[j + 1].start, ctx.tv.tokens[j + 1].end)):
                cc = own[0]
                if all(a == cc or (a in ctx.actors and ctx.actors[a].type == "GPE") for a in c.source):
                    # آلاف الجزائريين: the crowd of the nisba is the source, its state the target
                    aid = f"group:protesters:{cc}"
                    if aid not in ctx.actors:
                        crowd = Actor(id=aid, name="المتظاهرون", type="GROUP", country=cc,
                                      extra={"origin": "events", "acled_actor": "Protesters"})
                        ctx.doc.add("actors", crowd)
                        ctx.actors[aid] = crowd
                    c.source = [aid]
                c.target = [cc]
                c.arg_rules.append("own-government")
                return

    def _participants_ok(self, c: Candidate) -> bool:
        """The participant policy (option ``actorless``): an event with no participant is kept only for
        violence and protest anchored by a figure, a place or a date."""
        return self.actorless == "all" or bool(c.source or c.target) or (
            c.type in ACTORLESS_TYPES and bool(c.figures or c.place or c.date))

    # -- group actors ----------------------------------------------------------------------------------
    def _add_group_actors(self, doc: Document) -> None:
        """Participants named by common nouns (المتظاهرون، مسلحون) become document-local group actors
        (id ``group:<name>``, type ``GROUP``) where no actor of the actor layer covers the words."""
        covered = sorted((int(se[0]), int(se[1])) for a in doc.actors for se in (a.mentions or []) if len(se) >= 2)
        covered += [(e.start, e.end) for e in doc.entities]
        covered.sort()
        starts = [c[0] for c in covered]
        by_id: dict[str, Actor] = {a.id: a for a in doc.actors}
        for m in L.group_matcher().find(doc):
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and covered[i][0] <= m.start < covered[i][1]:
                continue
            if i + 1 < len(covered) and covered[i + 1][0] < m.end:
                continue
            g = m.payloads[0]
            aid = f"group:{g.group}"
            cc = self._forces_country(doc, m.start, covered) if g.acled == "State Forces" else None
            if g.acled == "Coalition" and any(a.country == "YE" for a in doc.actors):
                cc = "SA"  # (events11) «التحالف» in news of Yemen: the Saudi-led coalition
            if g.acled == "State Forces" and not cc:
                continue  # forces of no known country: left out (background talk of «قوات الأمن» in general)
            if cc:
                aid = f"{aid}:{cc}"  # (events11) unnamed state forces of the country in context
            actor = by_id.get(aid)
            if actor is None:
                actor = Actor(id=aid, name=g.name, type="GROUP", extra={"origin": "events", "acled_actor": g.acled})
                if cc:
                    actor.country = cc
                    if g.acled == "Coalition":
                        actor.name = "التحالف بقيادة السعودية"
                by_id[aid] = actor
                doc.add("actors", actor)
            if [m.start, m.end] in actor.mentions:
                continue  # the coder ran on this document before
            actor.mentions.append([m.start, m.end])
            surface = doc.text[m.start:m.end]
            if surface != actor.name and surface not in actor.aliases:
                actor.aliases.append(surface)

    @staticmethod
    def _forces_country(doc: Document, start: int, covered) -> str | None:
        """(events11) The country of unnamed state forces (قوات الأمن، الشرطة): that of the nearest
        earlier actor with a country in the same sentence (the speaking ministry), else in the same
        paragraph."""
        tv = text_view(doc)
        sent = next((s for s in tv.sentences if s.start <= start < s.end), None)
        para = next((p for p in tv.paragraphs if p.start <= start < p.end), None)
        best = None
        for a in doc.actors:
            if not a.country or str(a.id).startswith("group:"):
                continue
            for se in a.mentions or []:
                try:
                    s0 = int(se[0])
                except (TypeError, ValueError, IndexError):
                    continue
                if s0 < start and (best is None or s0 > best[0]):
                    best = (s0, a.country)
        if best is None:
            return None
        lo = sent.start if sent is not None else 0
        if best[0] >= lo:
            return best[1]
        lo = para.start if para is not None else 0
        return best[1] if best[0] >= lo else None

    # -- detection ------------------------------------------------------------------------------------
    def _detect(self, ctx: "_Context") -> list[Candidate]:
        tv = ctx.tv
        out = []
        for m in self.triggers.find(ctx.doc):
            payloads = [p for p in m.payloads if isinstance(p, L.Trigger)]
            if not payloads:
                continue
            if any(p.pos == "block" for p in payloads):
                continue
            if ctx.inside_mention(m.start, m.end):
                continue  # الدعم in قوات الدعم السريع is part of a name
            trig = self._choose(ctx, m, payloads)
            if trig.pos in ("past", "pres") and ctx.doc.text[m.end - 1:m.end] == "ة":
                continue  # سيطرة is a noun, not سيطر + ه (ة and ه fold together)
            if trig.pos == "past" and "ب" in m.prefix:
                # بطلب أمريكي: a preposition never attaches to a verb: the same word is the verbal noun,
                # whose genitive or nisba adjective is its agent
                trig = replace(trig, pos="noun", frame=trig.frame | {"src=gen"})
            sent = tv.sentence_of(m.start)
            if sent is None:
                continue
            t0 = tv.token_index(m.start)
            t1 = max(t0 + 1, tv.token_index(max(m.start, m.end - 1)) + 1)
            if "manner" in trig.frame and "ب" in m.prefix and ctx.norm(t1) == "مع":
                continue  # بالتعاون مع، بالتنسيق مع: the manner of another act, not an event of its own
            fut = trig.future or any(p.future for p in payloads)
            if fut and not trig.future:
                trig = next(p for p in payloads if p.future)
            cand = Candidate(trig, m.start, m.end, t0, t1, sent, trig.type, trig.mode,
                             [trig.mode] if trig.mode else [], region_start=sent.tok_start)
            if "cue" in trig.frame:
                cand.alts = tuple(p for p in payloads if p is not trig and "cue" in p.frame
                                  and p.is_verb == trig.is_verb and p.type != trig.type)
            lemma = fold(trig.lemma)
            cand.pron = (not trig.is_verb and m.key != lemma and m.key.endswith(("ه", "ها", "هم", "هما"))
                         and not m.key.endswith(("ات",)) and not lemma.endswith(m.key[-2:]))
            if not trig.is_verb:
                prev = ctx.norm(t0 - 1)
                prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PREPOSITIONS else prev
                cand.governed = prev in PREPOSITIONS or any(ch in m.prefix for ch in "بل")
                cand.finite = _finite_noun(ctx, cand, prev, m.prefix)
                if cand.finite:
                    cand.governed = False
            out.append(cand)
        return out

    @staticmethod
    def _choose(ctx: "_Context", m, payloads: list) -> L.Trigger:
        """A verb reading unless the word stands in a nominal position (article, preposition before it)."""
        if len(payloads) == 1:
            return payloads[0]
        exact = [p for p in payloads if p.pos in ("verb", "fixed", "phrase", "vphrase") and fold(p.lemma) == m.key]
        if exact:
            return exact[0]
        verbs = [p for p in payloads if p.is_verb]
        nouns = [p for p in payloads if not p.is_verb]
        if not verbs or not nouns:
            return payloads[0]
        ti = ctx.tv.token_index(m.start)
        prev = ctx.norm(ti - 1)
        nominal = (m.key.startswith("ال") or any(ch in m.prefix for ch in "بل") or prev in PREPOSITIONS
                   or prev in _NOMINAL_HEADS)
        return nouns[0] if nominal else verbs[0]

    def _apply_modes(self, ctx: "_Context", cands: list[Candidate]) -> None:
        cues = [(ctx.tv.token_index(m.start), m) for m in self.modes.find(ctx.doc, overlapping=True)]
        cue_pos = [c[0] for c in cues]
        todo = list(cands)
        retried = set()  # an alternative reading needs its cue after the word, as its object (أطلقوا صواريخ, not أطلق من طائرة)
        while todo:
            c = todo.pop(0)
            found = []
            hit = False
            lo = bisect.bisect_left(cue_pos, c.t0 - 10)
            hi = bisect.bisect_right(cue_pos, c.t1 + 10)
            retype = ""
            for ti, m in cues[lo:hi]:
                if not (c.sent.tok_start <= ti < c.sent.tok_end) or c.t0 <= ti < c.t1:
                    continue
                for cue in m.payloads:
                    if c.trig.type not in cue.types:
                        continue
                    after = 0 < ti - c.t1 + 1 <= cue.window and not (id(c) in retried and any(
                        ctx.norm(j) in PREPOSITIONS for j in range(c.t1, ti)))
                    if not after and c.type == "AGREE" and c.trig.is_verb and cue.window < ti - c.t1 + 1 <= 12:
                        # (events10) ووقعت الحكومة X وحركة Y اتفاقا: a long (coordinated) subject between
                        # the signing verb and its agreement noun: only actor mentions stand between
                        after = ctx.only_mentions_between(c.t1, ti)
                    before = 0 < c.t0 - ti <= cue.window
                    if after or (before and cue.side in ("before", "both") and id(c) not in retried):
                        hit = True
                        if cue.retype and not retype:
                            retype = cue.retype
                        if cue.mode and cue.mode not in found:
                            found.append(cue.mode)
            if "cue" in c.trig.frame and not hit:
                c.type = ""  # needs a cue and has none
                if c.alts:
                    # (events9) another cue-gated reading of the same word (أطلق: سراح → RETREAT, a
                    # weapon → ASSAULT): try it
                    c.trig, c.alts = c.alts[0], c.alts[1:]
                    c.type, c.mode, c.modes = c.trig.type, c.trig.mode, [c.trig.mode] if c.trig.mode else []
                    todo.insert(0, c)
                    retried.add(id(c))
                continue
            if retype:
                c.type = retype
            if found:
                modes = list(dict.fromkeys(([c.mode] if c.mode else []) + found)) if c.mode else found
                c.modes = modes
                c.mode = modes[0]

    def before_window(self, trig) -> int:
        return 10 if trig.is_verb else self.noun_before

    def _embedding(self, ctx: "_Context", cands: list[Candidate]) -> None:
        """An act that is requested, threatened, rejected or alleged (دعا إلى وقف القتال، هدد
        بضربات، اتهمه بدعم…) is not asserted: it takes the modality the embedding type implies."""
        by_sent: dict[int, list[Candidate]] = {}
        for c in cands:
            by_sent.setdefault(c.sent.index, []).append(c)
        for c in cands:
            emb = EMBEDDING.get(c.type)
            if not emb:
                continue
            denied = None  # (events10) the accusation a denial answers
            first = min((d for d in by_sent[c.sent.index] if d is not c and d.t0 >= c.t1), key=lambda d: d.t0, default=None)
            if first is not None and not first.trig.is_verb:
                # (events10) the act is the complement of the request or threat only right after the verb
                # or its addressee (طالبت X Y بالإفراج، هدد X Y بتوجيه ضربة), not an act named further on
                # (طالبت X Y بالتحقيق في الهجوم)
                # (توعد X Y بالرد على الغارات: the raids after a preposition are what is answered)
                gap_from = max([m.t1 for m in ctx.mentions_between(c.t1, first.t0)] + [c.t1])
                while c.mode == "warn" and gap_from < first.t0 and ctx.capital_at(gap_from):
                    gap_from += 1  # (events11) حذرت واشنطن طهران من …: capitals stand for their states
                # the complement marker إلى/على right after the addressee is allowed (دعت X Y إلى الإفراج)
                gap = [fold(ctx.norm(j)) for j in range(gap_from, first.t0)]
                if gap[:1] and (gap[0] in ("الي", "علي") or (c.mode == "warn" and gap[0] == "من")):
                    gap = gap[1:]
                if first.t0 - gap_from > 2 or any(w in PREPOSITIONS for w in gap):
                    first = None
            for d in by_sent[c.sent.index]:
                if d is c or not (c.t1 <= d.t0 <= c.t1 + 14):
                    continue
                if d.type in SPEECH_ACT_TYPES and (d.trig.pos == "part" or any(
                        ctx.norm(j) in ("،", ",") for j in range(c.t1, d.t0))):
                    continue  # هدد …، مهددا / معربا عن قلقه: another statement of the same speaker, not a complement
                if fold(ctx.norm(d.t0 - 1)) in _TIME_FRAME:
                    continue  # طالب X في ختام زيارة …: the setting of the statement, not what is requested
                if ctx.has_break(c.t1, d.t0):
                    continue
                if emb == "hypothetical" and not d.trig.is_verb and ctx.norm(d.t0 - 1) in _CIRCUMSTANCE:
                    continue  # طالب X في ختام زيارة … بـ: the visit is the request's circumstance, not its content
                if c.type == "REJECT" and d.type == "ACCUSE" and not d.trig.is_verb and d.t0 - c.t1 <= 4 \
                        and c.source and denied is None:
                    # (events10) نفت X اتهامات Y بتزويد Z: the denial answers the accuser (its target); the
                    # accusation was made (asserted) against the one who denies; the accused act is denied
                    if set(d.source) <= set(c.source):
                        d.source = []  # نفى X الاتهامات: the one who denies is not the accuser
                    if not c.target and d.source:
                        c.target = [a for a in d.source if a not in c.source]
                        c.arg_rules.append("denied-accuser")
                    d.target = [a for a in c.source if a not in d.source]
                    d.modality, d.modality_cue = "asserted", None
                    d.arg_rules.append("denied-accusation")
                    denied = d
                    continue
                if denied is not None:
                    if not d.trig.is_verb and d.t0 - denied.t1 <= 3 and d.type not in SPEECH_ACT_TYPES:
                        # the accused act (بتزويد Z): the one who denies is its agent, never the accuser
                        d.target = [a for a in d.source + d.target if a not in c.source and a not in denied.source]
                        d.source = list(c.source)
                        d.modality, d.modality_cue = "negated", ctx.doc.text[c.start:c.end]
                        d.arg_rules.append("denied-act-agent")
                    break
                if _MODALITY_RANK[emb] > _MODALITY_RANK[d.modality]:
                    d.modality = emb
                    d.modality_cue = ctx.doc.text[c.start:c.end]
                if c.type == "REQUEST" and d.source and d.source == c.source:
                    # دعا X الطرفين إلى وقف القتال: the requester is not the one asked to act
                    d.source = [a for a in c.target if a not in d.target]
                    d.arg_rules.append("requested-agent")
                elif c.type == "REQUEST" and c.target and d is first and not d.trig.is_verb \
                        and not (_STRONG_SOURCE_RULES & set(d.arg_rules)):
                    # (events10) طالبت X السلطات Y بالإفراج عن Z: the addressee is the agent of the act it
                    # is asked to do (not an actor named earlier in the paragraph)
                    d.source = [a for a in c.target if a not in d.target]
                    d.arg_rules.append("addressee-agent")
                if c.type == "THREATEN" and c.mode == "warn" and c.target and d is first and not d.trig.is_verb \
                        and d.type not in SPEECH_ACT_TYPES:
                    # (events11) حذرت X Y من مغبة تزويد Z: the one warned is the agent of the act warned
                    # against, never the one who warns
                    d.source = [a for a in c.target if a not in c.source]
                    d.target = [a for a in d.target if a not in c.source and a not in c.target]
                    d.arg_rules.append("warned-agent")
                elif c.type == "THREATEN" and c.source and d is first and not d.trig.is_verb \
                        and d.type not in SPEECH_ACT_TYPES and (
                            not (_STRONG_SOURCE_RULES & set(d.arg_rules)) or set(d.source) <= set(c.target)):
                    # (events10) هدد X Y بتوجيه ضربة: the threatener is the agent of the threatened act, the
                    # one threatened its target
                    d.source = list(c.source)
                    d.target = [a for a in d.target if a not in c.source] or [a for a in c.target if a not in c.source]
                    d.arg_rules.append("threatener-agent")
                if c.type == "ACCUSE" and c.target and not d.trig.is_verb and "tgt=obj" in c.trig.frame and (
                        fold(ctx.norm(d.t0))[:1] in ("ب", "ل") or ctx.norm(d.t0 - 1) in ("علي", "بسبب")):
                    # (events9: the accusation's complement, اتهمه بدعم / انتقده لقصف / على; not an act
                    # named further on, منذ الغزو الذي قادته Y)
                    # اتهم X بدعم Y: the accused is the agent of the embedded act, the genitive its patient
                    accused = c.target[:1]
                    d.target = [a for a in d.source + d.target if a not in accused]
                    d.source = list(accused)
                    d.arg_rules.append("accused-agent")
                elif c.type in ("ACCUSE", "REJECT") and not d.trig.is_verb and d.source and set(d.source) <= set(c.source):
                    # أدانت X الهجوم: the one who condemns (or rejects) the act is not its agent
                    d.source = []
                    d.arg_rules.append("speaker-not-agent")
                elif c.type in ("ACCUSE", "REJECT") and not c.target and c.source and d is first and not d.trig.is_verb \
                        and d.source and not set(d.source) & set(c.source) and _STRONG_SOURCE_RULES & set(d.arg_rules):
                    # (events10) انتقدت بكين العقوبات الأمريكية، أدانت X الهجوم الإسرائيلي: the agent the act's
                    # own phrase names is the one blamed or rebuffed
                    c.target = list(d.source)
                    c.arg_rules.append("act-agent-target")

    # -- attribution ----------------------------------------------------------------------------------
    def _attribution(self, ctx: "_Context", c: Candidate) -> None:
        covering = ctx.quotes_covering(c.start, c.end)
        if covering:
            # the innermost quote holding the trigger
            i = min(covering, key=lambda k: ctx.doc.quotes[k].end - ctx.doc.quotes[k].start)
            q = ctx.doc.quotes[i]
            att = {"quote": i, "kind": q.kind}
            src = q.source
            if src is not None:
                if src.kind:
                    att["source_kind"] = src.kind
                if src.text:
                    att["source_text"] = src.text
                if src.actor_id:
                    att["source_actor"] = src.actor_id
            c.attribution = att
            c.region_start = max(c.sent.tok_start, ctx.tv.token_index(q.start))
            return
        # no quote layer entry: look for a speech cue + complementiser before the trigger in the sentence
        tv = ctx.tv
        best = None
        for cm in ctx.cue_matches_in(c.sent):
            ti = tv.token_index(cm.start)
            if ti >= c.t0:
                break
            best = (ti, cm)
        if best is not None:
            ti, cm = best
            kind = cm.payloads[0]
            comp = None
            for j in range(ti + 1, c.t0):
                if ctx.norm(j) in _COMPLEMENTISERS or (kind == "prep" and ctx.norm(j) == ","):
                    comp = j
                    break
            if comp is not None or kind == "prep":
                s_from = ti + 1
                s_to = comp if comp is not None else min(c.t0, ti + 6)
                if s_to > s_from:
                    a, b = tv.tokens[s_from].start, tv.tokens[s_to - 1].end
                    src_text = ctx.doc.text[a:b].strip(" ،,")
                else:
                    src_text = ""
                c.attribution = {"kind": "reported", "cue": ctx.doc.text[cm.start:cm.end]}
                if src_text:
                    c.attribution["source_text"] = src_text
                if comp is not None:
                    c.region_start = comp + 1
                return
        c.attribution = {"kind": "narration"}

    # -- modality -------------------------------------------------------------------------------------
    @staticmethod
    def _nonevent(ctx: "_Context", c: Candidate) -> str | None:
        """The strongest non-event context (event_nonevent.tsv) around the trigger: "drop", "lower" or None."""
        effect = None
        for ti, m in ctx.nonevent_in(c.sent.tok_start, c.sent.tok_end):
            for cue in m.payloads:
                if not isinstance(cue, L.NonEventCue) or not cue.applies(c.type, c.trig.is_verb, c.trig.lemma):
                    continue
                if cue.side == "before":
                    ok = 0 < c.t0 - ti <= cue.window
                elif cue.side == "after":
                    ok = 0 <= ti - c.t1 < cue.window
                else:
                    ok = not (c.t0 <= ti < c.t1)
                if not ok:
                    continue
                if cue.effect == "drop":
                    return "drop"
                effect = "lower"
                c.nonevent = ctx.doc.text[m.start:m.end]
        return effect

    @staticmethod
    def _mark_lists(ctx: "_Context", cands: list[Candidate]) -> None:
        """Verbal nouns of ASSAULT/PROTEST joined directly by و into a bare list (اغتصاب وتعذيب وقتل،
        الخطف والقتل) name kinds of acts, a list of topics, not one occurrence: mention "list"."""
        nouns = sorted((c for c in cands if not c.trig.is_verb and c.type in ACTORLESS_TYPES), key=lambda c: c.t0)
        for a, b in zip(nouns, nouns[1:]):
            if b.t0 == a.t1 and ctx.doc.text[ctx.tv.tokens[b.t0].start] == "و":
                a.mention = b.mention = "list"

    @staticmethod
    def _mention_kind(ctx: "_Context", c: Candidate) -> str | None:
        """Why the trigger mentions an event instead of reporting it: "detail" (a manner or instrument
        word of an act told elsewhere: هتف المتظاهرون، سيارة مفخخة; frame flag "detail"), "relative"
        (a perfect verb inside a relative clause: الذين قتلوا…، التي استهدفت…; or a definite verbal noun heading
        one: الهجوم الذي وقع…, an event the reader already knows) or None."""
        if c.mention:
            return c.mention  # set before (a list of act nouns)
        if "detail" in c.trig.frame:
            return "detail"
        lo = c.sent.tok_start
        if c.trig.is_verb:
            if not c.trig.is_past:
                return None  # التي تقاتل الحكومة: an ongoing (progressive) activity is still reported
            j = c.t0 - 1
            while j >= lo and j >= c.t0 - 3 and ctx.norm(j) in _REL_AUX:
                j -= 1
            if j >= lo and ctx.norm(j) in _RELATIVES:
                return "relative"
            return None
        if ctx.norm(c.t0).startswith("ال"):
            for j in range(c.t1, min(c.sent.tok_end, c.t1 + 2)):
                if ctx.norm(j) in _RELATIVES:
                    return "relative"
        return None

    @staticmethod
    def _report_cue(ctx: "_Context", c: Candidate) -> str | None:
        """GSR round 4: why an ASSAULT/PROTEST trigger mentions an act rather than reports it, from
        the cues of event_report_cues.tsv (legal follow-up, reaction, verbal attack, metaphor,
        history) and two forms: an imperfect verb not in the future ("habitual": النظام الذي يقتل
        ويخطف، يشنون هجمات — an activity or a habit, not one occurrence) and an attack noun with the
        purpose preposition ل ("purpose": أرسل فرقة لاغتيال…، تدربوا لتفجير…) unless a تعرض verb
        governs it (تعرضت الآلية للتفجير is a report).  None when it reports."""
        if c.type not in ACTORLESS_TYPES:
            return None
        if any(ctx.norm(j) in ("؟", "?") for j in range(c.t1, c.sent.tok_end)):
            return "question"  # GSR round 5: a question (فهل يعقل أن …؟) asks, it does not report
        exposed = False
        for ti, m in ctx.report_cues_in(c.sent.tok_start, c.sent.tok_end):
            for cue in m.payloads:
                if not isinstance(cue, L.ReportCue) or not cue.applies(c.type, c.trig):
                    continue
                if cue.side == "before":
                    ok = 0 < c.t0 - ti <= cue.window
                elif cue.side == "opening":  # the cue opens the sentence (عندما اغتيل X، أعلن …)
                    ok = ti - c.sent.tok_start <= 1 and 0 < c.t0 - ti <= cue.window
                elif cue.side == "after":
                    ok = 0 <= ti - c.t1 < cue.window
                else:
                    ok = not (c.t0 <= ti < c.t1)
                if not ok or ctx.new_assertion(min(ti + 1, c.t1), max(ti, c.t0)):
                    continue  # (events9) a cue in another assertion (… بينما هاجم) does not qualify the act
                if cue.kind == "exposed":
                    exposed = True  # تعرض ل…: the ل of the act noun is the verb's, not a purpose
                    continue
                return cue.kind
        if c.trig.is_pres and c.trig.pos == "pres" and not c.trig.future:
            # an imperfect after كان (past habit: كان النظام يعتقلهم ويقتلهم) or after a subjunctive
            # particle (أن تشن، كي تقتل: a wish, purpose or expectation) is not one reported occurrence;
            # a bare imperfect (تشن القوات حملة، التي تقاتل الحكومة) is progressive and stays a report
            for j in range(c.t0 - 1, max(c.sent.tok_start, c.t0 - 5) - 1, -1):
                w = ctx.norm(j)
                if w in _PAST_HABIT:
                    if j > c.sent.tok_start and ctx.norm(j - 1) in _RELATIVES:
                        break  # القوات التي كانت تقاتل في تشاد: a past progressive describing an actor
                    return "habitual"
                if j >= c.t0 - 2 and (w in _SUBJUNCTIVE or _ANNA_RE.fullmatch(ctx.tv.tokens[j].text or "")):
                    return "habitual"
                if w in (",", "،", ".", ";", ":"):
                    break
        if c.type == "ASSAULT" and not c.trig.is_verb and not exposed:
            tok = ctx.tv.tokens[c.t0]
            head = fold(ctx.doc.text[tok.start:tok.end])
            lemma = fold(c.trig.lemma)
            if not lemma.startswith("ل") and head.lstrip("وف")[:1] == "ل":
                return "purpose"
        return None

    def _modality(self, ctx: "_Context", c: Candidate) -> None:
        best, cue_text = "asserted", None
        if c.trig.future:
            best, cue_text = "future", ctx.doc.text[c.start:c.start + 1]
        lo_tok = max(c.sent.tok_start, c.t0 - 16)
        for ti, m in ctx.modality_in(lo_tok, c.t0):
            for cue in m.payloads:
                dist = c.t0 - ti
                if cue.scope == "near":
                    if dist > cue.window:
                        continue
                else:
                    if dist > cue.window or ctx.has_break(ti, c.t0):
                        continue
                if cue.when == "pres" and not c.trig.is_pres:
                    continue
                if cue.when == "past" and not c.trig.is_past:
                    continue
                if cue.when == "verb" and not c.trig.is_verb:
                    continue
                if cue.modality == "background":
                    c.background = True
                    continue
                if (cue.modality == "hypothetical" and not c.trig.is_verb and dist == 2
                        and fold(ctx.doc.text[m.start:m.end]).endswith("حاله")):
                    continue  # في حالة تأهب / حصار: "in a state of", not a condition
                if _MODALITY_RANK[cue.modality] > _MODALITY_RANK[best]:
                    best, cue_text = cue.modality, ctx.doc.text[m.start:m.end]
        if best == "asserted" and not c.trig.is_verb:
            # the object of a future support verb: ستفرض الولايات المتحدة عقوبات، سيعقد الطرفان اجتماعا
            for j in range(c.t0 - 1, max(c.region_start, c.sent.tok_start, c.t0 - 5) - 1, -1):
                tok = ctx.tv.tokens[j]
                if tok.kind != "word" or ctx.norm(j) in _CLAUSE_BREAK:
                    break
                if any(w.role == "fut" for w in tok.words) and not ctx.norm(j).endswith("ه"):  # not سيدة
                    best, cue_text = "future", ctx.doc.text[tok.start:tok.end]
                    break
        if best == "asserted" and not c.trig.is_verb:
            # a noun described by a future relative clause: القمة التي ستعقد الشهر المقبل
            for j in range(c.t1, min(c.sent.tok_end - 1, c.t1 + 6)):
                if ctx.norm(j) in ("التي", "الذي", "اللذين", "التي") and ctx.norm(j + 1)[:2] in ("ست", "سي", "سن"):
                    best, cue_text = "future", ctx.doc.text[ctx.tv.tokens[j + 1].start:ctx.tv.tokens[j + 1].end]
                    break
        c.modality = best
        c.modality_cue = cue_text

    # -- arguments ------------------------------------------------------------------------------------
    def _arguments(self, ctx: "_Context", c: Candidate) -> None:
        trig = c.trig
        s_lo, s_hi = c.sent.tok_start, c.sent.tok_end
        after = ctx.mentions_between(c.t1, ctx.clause_end(c.t1, min(s_hi, c.t1 + self.window_after)))
        before = ctx.mentions_between(max(s_lo, c.t0 - self.window_before), c.t0)
        before = [m for m in before if m.end <= c.start and not ctx.has_break(m.t1, c.t0)]
        preps = trig.target_preps()
        slots = ctx.slots(c, after, preps)
        if trig.pos in ("phrase", "vphrase") and preps:
            # a phrase that ends in its preposition (تحدث مع): the mention right after is in that slot
            last = fold(trig.lemma.split()[-1])
            if last in preps:
                slots = [(m, last if slot == "" and m.t0 - c.t1 <= 1 else slot) for m, slot in slots]
        src: list[str] = []
        tgt: list[str] = []
        rules = c.arg_rules

        def add(lst, actor, rule):
            if actor and actor not in lst:
                lst.append(actor)
                rules.append(rule)

        # الجانبان / البلدان / الطرفين: the two actors just named
        pk = ctx.pair_near(c)
        if pk:
            pair = ctx.pair_actors(c, pk)
            if pair:
                c.source, c.target = [pair[0]], [pair[1]]
                rules.append("pair-noun")
                ctx.remember_sides(c)
                return
        # a vocalised passive perfect (قُتل، استُهدف، اُعتقل): the subject is the target
        passive = "passive" in trig.frame or (trig.is_verb and ctx.vocalised_passive(c))
        if passive and "passive" not in trig.frame:
            rules.append("vocalised-passive")

        if not trig.is_verb and c.type in _SPOKEN_OF_TYPES:
            claimer = ctx.claimer(c)
            if claimer is not None:
                # (events9) تبنى X الهجوم، أعلن X مسؤوليته عن التفجير: the claimer did it. Whether the
                # claimed act is reported or only referred to is left to the report/mention cues: on the
                # GSR even rows, claims of an attack told before are annotated as not reporting it (easy
                # no); clearing those cues there added 2 false alarms
                add(src, claimer, "claimed-by")
        # the genitive / nisba adjective right after a verbal noun
        gen = [m for m, slot in slots if slot == "" and m.t0 - c.t1 <= 2
               and not any(ctx.norm(j) in _RELATIVES for j in range(c.t1, m.t0))]
        # (events9) الغزو الذي قادته X: the subject of a relative clause is not the noun's genitive
        rel_nonactor = False
        if trig.is_verb:
            agent = ctx.passive_agent(c, after)
            bare_after = [m for m, slot in slots if slot == ""]
            subj_before = None
            rel = ctx.norm(c.t0 - 1) in _RELATIVES or (ctx.norm(c.t0 - 2) in _RELATIVES and (
                ctx.norm(c.t0 - 1) in _REL_AUX or ctx.norm(c.t0 - 1) in _REL_NEG))  # (events9) الذي لم يعترف
            for m in reversed(before):
                if m.t0 < c.region_start:
                    break
                if rel and ctx.norm(m.t1) in _RELATIVES:
                    subj_before = m  # للقوات الليبية التي تقاتل: the actor heading the relative clause
                    break
                rel_tok = c.t0 - 1 if ctx.norm(c.t0 - 1) in _RELATIVES else c.t0 - 2
                if rel and ctx.norm(rel_tok) in _RELATIVES and ctx.locative_between(m.t1, rel_tok):
                    subj_before = m  # (events9) برلمان طبرق شرقي البلاد الذي لم يعترف: a place adjunct between
                    break
                if rel and not any(ch in ctx.doc.text[m.end:ctx.tv.tokens[rel_tok].start] for ch in "،,"):
                    break  # العنف التي تستهدف…: an earlier actor before a non-actor head is not the subject
                    # (X، زعيم العصابة، الذي…: a head in apposition to the actor still is)
                if not m.prep and c.t0 - m.t1 <= 8:
                    subj_before = m
                break
            # a relative clause headed by a noun that is not an actor and with no resumptive pronoun
            # (البلدات التي سينسحب منها المسلحون has one: the head is not the subject): the head is the
            # subject, the actor after the verb its object
            rel_nonactor = rel and subj_before is None and not ctx.resumptive(c, min(s_hi, c.t1 + 4))
            claim = ctx.claim_speaker(c) if not (passive or agent is not None or rel) else None
            if claim is not None:
                # (events9) قال X إنهم استهدفوا Y، إن مقاتليها أطلقوا …: the speaker is the doer, every
                # actor after the verb an object (a nisba of the object noun is not a VSO subject)
                subj_before = None
                add(src, claim, "claim-speaker")
                bare_after = [m for m in bare_after if m.actor != claim]
            if claim is not None and "tgt=obj" in trig.frame:
                obj_from = c.t1
                for m in bare_after[:1]:
                    if m.t0 - obj_from <= 10 and not ctx.trigger_between(c.t1, m.t0) \
                            and not ctx.new_conjunct(obj_from, m.t0):
                        add(tgt, m.actor, "object")
                if not tgt:
                    for m, slot in slots:
                        if m.actor in src:
                            continue
                        if slot == "ل" and m.prep_att and 1 <= m.t0 - obj_from <= 3:
                            add(tgt, m.actor, "object-owner")
                        break
            elif claim is not None:
                pass
            elif passive or agent is not None:
                if agent:
                    add(src, agent.actor, "passive-agent")
                for m in bare_after[:1]:
                    if m is not agent and subj_before is None:  # خاشقجي قتل داخل القنصلية: one subject
                        add(tgt, m.actor, "passive-subject")
                if subj_before is not None:
                    add(tgt, subj_before.actor, "passive-subject-before")
                if not tgt:
                    for m, slot in slots:
                        if m is agent:
                            continue
                        if slot == "ل" and m.prep_att and 1 <= m.t0 - c.t1 <= 3:
                            add(tgt, m.actor, "passive-object-owner")  # (events9) قصفت مواقع لX من قبل Y
                        break
            else:
                obj_from = c.t1
                affil = None
                if subj_before is None and claim is None and not rel_nonactor and trig.pos not in ("part", "vphrase"):
                    # (events9) قصفت طائرات حربية تابعة للجيش السوري مواقع …: the subject noun after the verb
                    # is owned by the actor after a link word (actor_members.tsv kind link + ل)
                    m0 = next((m for m, slot in slots if m.t0 - c.t1 <= 4), None)
                    if m0 is not None and m0.prep_att == "ل" and m0.t0 - 1 > c.t1 - 1 \
                            and fold(ctx.norm(m0.t0 - 1)) in _link_words() \
                            and not any(m.t1 <= m0.t0 for m, slot in slots if slot == ""):
                        affil = m0
                if subj_before is not None:
                    add(src, subj_before.actor, "svo-subject")
                    for m in self._conjuncts_before(ctx, before, subj_before):
                        add(src, m.actor, "svo-subject-conjunct")
                    objs = bare_after
                elif affil is not None:
                    add(src, affil.actor, "vso-affiliated-subject")
                    objs = [m for m in bare_after if m.t0 >= affil.t1]
                    obj_from = affil.t1
                elif (trig.pos not in ("part", "vphrase") and c.type not in ("ASSAULT", "PROTEST")
                      and c.mode != "visit" and not rel_nonactor and not (bare_after and bare_after[0].t0 == c.t1)
                      and ctx.capital_subject(c.t1)):
                    # (events10) فيما رفضت القاهرة الانتقادات: a capital city right after a political verb
                    # is its subject and stands for its state (not after a visit verb: زار القاهرة)
                    add(src, ctx.capital_subject(c.t1), "vso-capital-subject")
                    objs = [m for m in bare_after if m.t0 > c.t1]
                    obj_from = c.t1 + 1
                elif bare_after and bare_after[0].t0 - c.t1 <= 4 and trig.pos not in ("part", "vphrase") \
                        and not (c.type in _SPOKEN_OF_TYPES and ctx.counted(c.t1, bare_after[0])) \
                        and not rel_nonactor and not ctx.plural_subject_after(c.t1, bare_after[0].t0) \
                        and not (ctx.each_of(bare_after[0]) and any(m.t0 >= c.region_start for m in before)) \
                        and not (bare_after[0].t0 > c.t1 and ctx.anaphor_word(c.t1) and not (
                            bare_after[0].t0 == c.t1 + 1 and fold(ctx.norm(c.t1 + 1)).endswith(("يه", "ي")))):
                    # (وحثت المفوضية الأردن: an anaphoric noun right after the verb is its subject, the
                    # actor after it the object, resolved below; السلطات التركية: the nisba names it)
                    add(src, bare_after[0].actor, "vso-subject")
                    k = 1
                    # a coordinated subject: قطعت السعودية والإمارات والبحرين ومصر علاقاتها
                    while (k < len(bare_after) and bare_after[k].t0 == bare_after[k - 1].t1
                           and ctx.has_conj(bare_after[k].t0)):
                        add(src, bare_after[k].actor, "vso-subject-conjunct")
                        k += 1
                    objs = bare_after[k:]
                    obj_from = bare_after[k - 1].t1
                else:
                    objs = bare_after
                counted_of = [m for m, slot in slots if slot == "من" and m.dprep == "من" and not m.prep_att
                              and 2 <= m.t0 - c.t1 <= 4 and ctx.number_at(m.t0 - 2)]
                if c.type in _SPOKEN_OF_TYPES and not src and not bare_after[:1] and counted_of:
                    bare_after = counted_of[:1]  # (events9) قتل خمسة من مسلحي X: the counted group after من
                if c.type in _SPOKEN_OF_TYPES and not src and bare_after and bare_after[0].t0 - c.t1 <= 4 \
                        and ctx.counted(c.t1, bare_after[0]):
                    # (events9) قتل ثلاثة عناصر من X، اعتقل عشرات من X: a counted group after the verb is
                    # its patient (the passive reading of the unvocalised verb), never its subject
                    add(tgt, bare_after[0].actor, "counted-patient")
                    passive = True  # no agent is guessed from the paragraph (إنه قتل ثلاثة من X)
                if "tgt=obj" in trig.frame:
                    # a re-mention of the subject right after it is an apposition (المبعوث … مارتن غريفيث)
                    objs = [m for m in objs if m.actor not in src]
                    for m in objs[:1]:
                        if m.t0 - obj_from <= 10 and not ctx.trigger_between(c.t1, m.t0) \
                                and not ctx.new_conjunct(obj_from, m.t0):
                            # (قصف غزة وانعقاد مجلس الأمن: an actor after another event word or inside a
                            # later conjunct is that word's argument, not the object)
                            add(tgt, m.actor, "object")
                            # coordinated objects: دعا X إسرائيل وحماس إلى …
                            for prev, nxt in zip(objs, objs[1:]):
                                if nxt.t0 != prev.t1 or not ctx.has_conj(nxt.t0):
                                    break
                                add(tgt, nxt.actor, "object-conjunct")
                    if not objs and not tgt and src and (trig.is_pres or fold(ctx.doc.text[c.start:c.end]) != fold(trig.lemma)):
                        # after the subject, the object is a capital (اتهمت واشنطن طهران) or a definite
                        # anaphor (الحكومة); not after a bare form that may be a noun (أكد دعم القاهرة)
                        cc = ctx.capital_at(obj_from) or ctx.anaphor_at(c, obj_from, exclude=(src or [None])[0])
                        if cc and cc not in src:
                            add(tgt, cc, "object-capital-or-anaphor")
                    if not objs:
                        # the owner of an object noun: هاجمت مواقع للجيش، قصفت مقرا لحركة X
                        for m, slot in slots:
                            if m.actor in src and m.t1 <= obj_from:
                                continue  # the VSO subject itself
                            if slot == "ل" and m.prep_att and 1 <= m.t0 - obj_from <= 3:
                                add(tgt, m.actor, "object-owner")
                            elif slot == "من" and m.dprep == "من" and 1 <= m.t0 - obj_from <= 3 \
                                    and fold(ctx.norm(m.t0 - 2)) in _PARTITIVES:
                                add(tgt, m.actor, "object-partitive")  # اعتقلت عددا من X
                            break
        else:
            if gen:
                role = "src" if "src=gen" in trig.frame else "tgt" if "tgt=gen" in trig.frame else ""
                if c.type == "PROTEST" and gen[0].kind == "GPE":
                    role = "tgt"  # (events9) احتجاجات العراق: a country genitive is where / whom it is against
                for m in gen[:1]:
                    if role == "src" and "claimed-by" in rules:
                        add(tgt, m.actor, "genitive-patient")  # تبنى X اغتيال Y
                    elif role == "src":
                        add(src, m.actor, "genitive-agent")
                    elif role == "tgt":
                        add(tgt, m.actor, "genitive-patient")
        if not trig.is_verb and not src and c.type == "ASSAULT" and "ل" not in preps:
            # (events9) هجوم لتنظيم X، غارة للتحالف: the owner right after an attack noun is its agent
            for m, slot in slots:
                if slot == "ل" and m.prep_att == "ل" and m.t0 - c.t1 <= 1 and m.actor not in tgt:
                    add(src, m.actor, "owner-agent")
                break
        if not trig.is_verb and not src and not passive:
            # ضربة جوية نفذها طيران التحالف، الهجوم الذي شنته قوات X: the subject of a support verb whose
            # pronoun points back to the noun is its agent
            agent = ctx.support_agent(c)
            if agent is not None and agent.actor not in tgt:
                add(src, agent.actor, "support-verb-agent")
        if not trig.is_verb and "sym" in trig.frame and not src:
            for m, slot in slots:
                if slot == "ل" and m.t0 - c.t1 <= 3:
                    add(src, m.actor, "participant-of")
                    break
        subj_end = max((m.t1 for m, _ in slots if m.actor in src), default=c.t1)
        clash = False  # one actor found on both sides
        for m, slot in slots:
            if m.actor in src:
                clash = clash or bool(slot and slot in preps and m.dprep)
                continue
            if slot and slot in preps and trig.is_verb and m.t0 < subj_end:
                continue  # a phrase inside the subject's title (المبعوث إلى اليمن X)
            if slot and slot in preps:
                if slot == "بين" and "sym" in trig.frame and not src:
                    add(src, m.actor, "between")
                else:
                    add(tgt, m.actor, f"prep-{slot}")
        if not tgt and src and trig.is_verb and "tgt=obj" in trig.frame:
            # دعا X الطرفين إلى …: a pair noun as the object stands for the two sides named before
            for j in (subj_end, c.t1):
                k = ctx._pair_kind(j) if c.sent.tok_start <= j < c.sent.tok_end else None
                pair = ctx.pair_actors(c, k) if k else None
                if pair:
                    for a in pair:
                        if a not in src:
                            add(tgt, a, "pair-object")
                    break
        if not tgt and not passive and c.type not in ACTORLESS_TYPES:
            # an act against / a threat or sanction on someone, whatever the row lists: هددت X … ضد Y
            # (the preposition right before the actor, no other trigger in between: الحرب ضد X is the war's)
            for m, slot in slots:
                allowed = FALLBACK_TARGET_PREPS.get(slot)
                if allowed and c.type in allowed and m.actor not in src and m.dprep == slot \
                        and m.t0 - c.t1 <= 8 and slot not in preps and not ctx.trigger_between(c.t1, m.t0):
                    add(tgt, m.actor, f"fallback-{slot}")
                    break
        # pronoun objects such as معه / معها point back to the nearest earlier actor
        if not tgt and preps:
            ref = ctx.pronoun_pp(c, preps)
            if ref is not None:
                # (events9) كل المعتقلين سيتم الإفراج عنهم: a bare actor just before the trigger in its
                # clause is the topic the pronoun resumes, not the agent
                topic = next((m for m in reversed(before) if m.t0 >= c.region_start and not m.dprep
                              and c.t0 - m.t1 <= 3 and m.actor not in src), None)
                ant = topic.actor if topic is not None and not trig.is_verb else ctx.antecedent(c, exclude=set(src))
                if ant:
                    add(tgt, ant, "pronoun-topic" if topic is not None and not trig.is_verb else "pronoun-antecedent")
        if not src and not passive:
            # وتتهم المنظمة السلطات: a definite noun that refers back to an actor named earlier
            ana = ctx.anaphor_at(c, c.t0 - 1 if trig.is_verb and c.t0 - 1 >= c.region_start else -1) \
                or ctx.anaphor_at(c, c.t1)
            if not ana and not trig.is_verb and c.type not in ACTORLESS_TYPES:
                # وكانت الحكومة فرضت السبت حظرا: the subject of the support verb before a verbal noun
                for j in range(c.t0 - 2, max(c.region_start, c.t0 - 4) - 1, -1):
                    if j in ctx._m_ends or ctx.norm(j) in _CLAUSE_BREAK or ctx.norm(j) in ("،", ","):
                        break
                    ana = ctx.anaphor_at(c, j)
                    if ana:
                        break
            if ana and ana not in tgt:
                add(src, ana, "anaphor-subject")
                if trig.is_verb and "tgt=obj" in trig.frame and not tgt:
                    obj = ctx.anaphor_at(c, c.t1 + 1, exclude=ana)
                    if obj:
                        add(tgt, obj, "anaphor-object")
        if not src and c.type == "PROTEST" and "group:protesters" in ctx.actors:
            add(src, "group:protesters", "protesters-default")
        if not src and not passive and trig.is_verb and trig.pos not in ("part", "vphrase") and (
                ctx.noun_subject_before(c.t0, c.region_start) or ctx.plural_subject_after(c.t1, c.t1 + 1)
                or rel_nonactor):
            rules.append("non-actor-subject")  # an explicit subject that is not an actor (منازلهم دمرت)
        elif not src and not passive and "noagent" not in trig.frame:
            # nearest earlier actor in the clause (subject of a support verb: شن الجيش هجوما)
            for m in reversed(before):
                if m.t0 < c.region_start:
                    break
                if not trig.is_verb and ctx.quoted_prep(m) not in ("", "في", "من"):
                    break  # إلى "الهيئة …" للتقصي حول أعمال الهدم: an addressee is not the agent, nor is anyone before it
                if trig.pos == "part" and m.dprep and m.actor.startswith("group:") and c.t0 - m.t1 <= 4:
                    # (events11) فتحت قوات الأمن النار على متظاهرين … مطالبين: a participle describes the
                    # group noun right before it, even after a preposition
                    add(src, m.actor, "participle-group-before")
                    break
                if not trig.is_verb and c.type in _SPOKEN_OF_TYPES and ctx.victim_cue_between(max(m.t0 - 2, c.region_start), c.t0):
                    # (events9) استشهد X جراء قصف، تعرض X لهجوم: the subject of a victim verb (event_role_cues.tsv)
                    # before an attack noun is its target, not its agent
                    if m.actor not in src:
                        add(tgt, m.actor, "victim-subject-before")
                    break
                if not trig.is_verb and c.type in _SPOKEN_OF_TYPES and c.t0 - m.t1 <= 3 and (ctx.number_at(m.t0 - 1) or (
                        m.dprep == "من" and not m.prep_att and ctx.number_at(m.t0 - 2))):
                    # (events9) قتل ثلاثة مدنيين في قصف: the counted group before an attack noun is its
                    # casualties, not its agent
                    if m.actor not in src:
                        add(tgt, m.actor, "counted-victim-before")
                    break
                acts = ctx.trigger_verbs
                if not trig.is_verb and (
                        any(acts.get(k) in _ACTS_ON and acts[k] != c.type for k in range(m.t1 + 1, c.t0))
                        or (not c.governed and fold(ctx.norm(c.t0 - 1)) not in _TIME_FRAME
                            and any(acts.get(k) in _ACTS_ON and acts[k] != c.type for k in (m.t0 - 1, m.t0 - 2, m.t1)))):
                    # (events9) قمعت قوات الأمن احتجاجات: the subject of a verb acting on the noun is not the
                    # noun's agent, nor is an actor with such a verb between it and the noun (… المعتقلين، من
                    # الذين اعتقلوا …، خلال احتجاجات). A noun after a preposition or a time word keeps the
                    # verb's subject (اعتقلت X ثلاثة خلال اقتحام منازلهم: X raided). Only verbs that act on
                    # something (ASSAULT, COERCE, SANCTION, RETREAT): a request or accusation is left to the
                    # embedding rules (يدعو X إلى إدانة), an agreement's parties are its content's (اتفقت X وY
                    # على وقف إطلاق النار); with any trigger between, not only a verb, dev lenient lost two
                    # events (تفريق الاحتجاجات keeps the agent for both)
                    rules.append("subject-of-other-verb")
                    break
                if m.actor not in tgt and c.t0 - m.t1 <= self.before_window(trig) and (
                        not m.dprep or (trig.is_verb and m.dprep in _OWNER_PREPS)):
                    if not trig.is_verb and c.type in _SPOKEN_OF_TYPES and m.kind in ("PER", "PERSON") \
                            and ctx.speaker_of(m, c.t0):
                        # أعلن القائد X مقتل أربعة: the person who announces an attack or an arrest is
                        # not its agent (speaker-not-agent)
                        rules.append("speaker-not-agent")
                        break
                    if not trig.is_verb and c.t0 - m.t1 >= 2 and m.actor.startswith(("group:security_forces:", "group:police:")):
                        break  # (events11) وضع قوات الأمن في حالة تأهب: unnamed forces before a noun are often its object
                    add(src, m.actor, "nearest-before")
                    # joint parties: اتفقت روسيا وتركيا على وقف إطلاق النار
                    for m2 in self._conjuncts_before(ctx, before, m):
                        if m2.actor not in tgt:
                            add(src, m2.actor, "nearest-before-conjunct")
                    break
                if m.actor in tgt and not m.prep and c.t0 - m.t1 <= 3:
                    clash = clash or "pronoun-topic" not in rules  # شن X هجوما على X (not X سيتم الإفراج عنهم)
                    break
        if passive and not tgt:
            for m in reversed(before):
                if m.t0 < c.region_start:
                    break
                if c.t0 - m.t1 <= 6 and not m.dprep:
                    add(tgt, m.actor, "passive-patient-before")
                break
        if not src and (trig.is_verb or c.pron) and not passive and "non-actor-subject" not in rules and "noagent" not in trig.frame and not (
                trig.is_verb and trig.pos not in ("part", "vphrase") and ctx.explicit_subject(c.region_start, c.t0)):
            excl = set(tgt)
            att = c.attribution or {}
            if (att.get("kind") == "reported" or ("quote" in att and ctx.norm(c.region_start - 1) in _COMPLEMENTISERS)) \
                    and c.region_start > s_lo and c.type not in SPEECH_ACT_TYPES and not c.pron:
                # قالت X إن قصفا استهدف…: the speaker of a bare إن/أن clause is not the agent of the act
                # it reports (إنه قصف keeps it: the pronoun points back to the speaker)
                excl |= {m.actor for m in ctx.mentions_between(s_lo, c.region_start)}
            # a feminine verb right at the start of its clause: the dropped subject is an institution or
            # a country (an explicit subject noun before it, جماعته ترفض, leaves the person possible)
            fem = ctx.feminine_verb(c) and all(ctx.norm(j) in _PARTICLES or ctx.norm(j) in _COMPLEMENTISERS
                                               for j in range(c.region_start, c.t0))
            ant = ctx.antecedent(c, exclude=excl, fem=fem)
            if ant:
                add(src, ant, "paragraph-antecedent")
            elif trig.is_verb and c.type not in ACTORLESS_TYPES and c.t0 <= s_lo + 1:
                # وطالبت بضرورة …: a sentence opening with a verb whose subject is the previous sentence's
                ant = ctx.previous_subject(c, exclude=excl, fem=fem)
                if ant:
                    add(src, ant, "previous-sentence-subject")
        elif src and not tgt and "sym" in trig.frame and (trig.is_verb or c.pron or c.type == "CONSULT"):
            # a meeting needs two sides: the other one is the actor the paragraph is about
            ant = ctx.antecedent(c, exclude=set(src))
            if ant:
                add(tgt, ant, "paragraph-antecedent")
        if not src and c.type in ("ASSAULT", "COERCE") and c.region_start > s_lo and "noagent" not in trig.frame and (
                ctx.pronoun_in(c.region_start, min(s_hi, c.t1 + 6), first=bool(c.attribution and "quote" in c.attribution))):
            # "according to GNA sources, forces affiliated to it struck…": the organisation named in the
            # attribution phrase is the one the pronoun points to
            for m in reversed(ctx.mentions_between(s_lo, c.region_start)):
                if m.kind in ("ORG",) and m.actor not in tgt:
                    add(src, m.actor, "attribution-organisation")
                    break
        if not src and not trig.is_verb and c.type not in ACTORLESS_TYPES and c.region_start > s_lo and (
                c.t0 == c.region_start or (c.t0 == c.region_start + 1 and ctx.norm(c.region_start) == "عن")) \
                and ctx.norm(c.region_start - 1) not in _COMPLEMENTISERS and ctx.tv.tokens[c.region_start - 1].kind == "word":
            # أعلنت X هدنة / عن تحويل مبلغ …: the act named as the object of the speech verb is the speaker's
            sp = (c.attribution or {}).get("source_actor")
            if sp and sp in ctx._actor_kind and sp not in tgt:
                add(src, sp, "speaker-announces")
                # أعلنت كل من السعودية والإمارات …: the speaker's conjuncts announce with it
                sp_m = next((m for m in before if m.actor == sp), None)
                for m in before:
                    if sp_m is not None and m.t0 == sp_m.t1 and ctx.has_conj(m.t0) and m.actor not in tgt:
                        add(src, m.actor, "speaker-announces-conjunct")
                        sp_m = m
        if not src and not trig.is_verb and c.type not in ACTORLESS_TYPES and c.t0 == s_lo + 1 \
                and not ctx.norm(s_lo).startswith("ال") and ctx.norm(s_lo) not in PREPOSITIONS \
                and not ctx.mentions_between(s_lo, c.t0):
            # وأجرى محادثات مع …: a verbal noun after a sentence-initial support verb with a dropped subject
            ant = ctx.previous_subject(c, exclude=set(tgt))
            if ant:
                add(src, ant, "previous-sentence-subject")
        if not tgt and not trig.is_verb and "tgt=gen" in trig.frame and c.type not in ACTORLESS_TYPES:
            # تسليم القاهرة طائرات: a capital city as the genitive stands for its state
            cc = ctx.capital_at(c.t1)
            if cc and cc not in src:
                add(tgt, cc, "genitive-capital")
        if not tgt and c.type == "AID" and src:
            ant = ctx.antecedent(c, exclude=set(src))
            if ant:
                add(tgt, ant, "recipient-antecedent")
        # a visit whose host is a place: the host country is the target
        if c.type == "CONSULT" and c.mode == "visit" and not tgt and "host" not in trig.frame:
            cc = ctx.destination_country(c)
            if cc:
                add(tgt, cc, "visit-destination")
        if "sym" in trig.frame and not src and tgt and not trig.is_verb and c.modality in ("asserted", "reported"):
            # (events9) التفاوض مع المحتجين، اشتباكات مع قوات الأمن: with the other side unnamed, the one
            # named side of a symmetric act noun (a meeting, a clash) is a participant on the source side
            # (not after a verb: اتصل بX has a dropped subject, the caller; nor for a wished or planned act:
            # أعرب عن استعداده للتعاون مع X — the one ready is the unnamed side)
            src, tgt = tgt, []
            rules.append("sym-sole-participant")
        c.source = src
        c.target = [t for t in tgt if t not in src]
        if clash and len(set(src) | set(tgt)) == 1:
            c.self_only = True  # هاجمت قوات X قوات X: one actor on both sides
        ctx.remember_sides(c)

    @staticmethod
    def _passive_by_noun(ctx: "_Context", cands: list[Candidate]) -> None:
        """قُتل خمسة مدنيين بقصف الجيش X: a passive verb without agent followed by a ب + verbal noun of
        the same type takes that noun's agent, and the noun takes the verb's patient (they then merge)."""
        for i, a in enumerate(cands):
            counted = "counted-patient" in a.arg_rules
            if a.source or not a.target or "passive-agent" in a.arg_rules or not (
                    "passive" in a.trig.frame or "vocalised-passive" in a.arg_rules or counted):
                continue
            for b in cands[i + 1:i + 3]:
                if b.sent is not a.sent or b.type != a.type or b.trig.is_verb or not b.source:
                    continue
                if not (0 <= b.t0 - a.t1 <= 4 and fold(ctx.norm(b.t0)).startswith(("ب", "وب"))) and not (
                        0 <= b.t0 - a.t1 <= 9 and ctx.norm(b.t0 - 1) in ("في", "جراء", "اثر")
                        and not ctx.has_break(a.t1, b.t0)):
                    # (events9) قتل ثلاثة عناصر من X في غارة Y، أصيب جنود في قصف Y: the act noun after the patient
                    continue
                a.source = [x for x in b.source if x not in a.target]
                if a.source:
                    a.arg_rules.append("passive-agent-noun")
                    b.target = b.target + [x for x in a.target if x not in b.target and x not in b.source]
                break

    @staticmethod
    def _conjuncts_before(ctx: "_Context", before: list, subj) -> list:
        """Earlier conjuncts of a preverbal subject (السعودية والإمارات ومصر قطعت): the mentions right
        before it, each adjacent to the next one and the later ones starting with و."""
        out, cur = [], subj
        for m in reversed([m for m in before if m.t1 <= subj.t0]):
            if m.t1 != cur.t0 or not ctx.has_conj(cur.t0) or m.prep:
                break
            out.append(m)
            cur = m
        return out

    # -- place, date, figures -------------------------------------------------------------------------
    def _place_date_figures(self, ctx: "_Context", c: Candidate) -> None:
        lo = ctx.tv.tokens[c.region_start].start if c.region_start < len(ctx.tv.tokens) else c.sent.start
        s_lo, s_hi = ctx.real_sentence(c)
        lo = max(lo, s_lo)
        places = ctx.spans_in("places", lo, s_hi)
        if places:
            after = [p for p in places if p.start >= c.end]
            p = after[0] if after else places[-1]
            c.place = _compact(p, ("text", "start", "end", "name", "geonameid", "country_code", "lat", "lon", "feature_code"))
        times = ctx.spans_in("times", lo, s_hi)
        if not times:
            para_start = ctx.paragraph_start(c.sent)
            if para_start < c.sent.start:
                times = ctx.spans_in("times", para_start, c.sent.start)[-1:]
        if times:
            t = min(times, key=lambda t: abs(t.start - c.start))
            c.date = _compact(t, ("value", "text", "start", "end", "granularity"))
            pub = ctx.doc.meta.published
            v = (c.date or {}).get("value")
            start = _value_start(v)
            near = abs(ctx.tv.token_index(t.start) - c.t0) <= 8
            if pub and start and near and c.modality == "asserted" and start > pub:
                c.modality = "future"
                c.modality_cue = t.text
        kinds = FIGURE_KINDS.get(c.type)
        if kinds:
            for q in ctx.spans_in("quantities", s_lo, s_hi):
                if q.kind in kinds and not q.extra.get("among") and abs(ctx.tv.token_index(q.start) - c.t0) <= 30:
                    c.figures.append(_compact(q, ("kind", "value", "min", "max", "approximate", "unit", "text", "start", "end")))

    # -- dedup ----------------------------------------------------------------------------------------
    def _dedup(self, ctx: "_Context", cands: list[Candidate]) -> list[list[Candidate]]:
        groups: list[list[Candidate]] = []
        index: dict[tuple, list[int]] = {}
        by_lemma: dict[tuple, list[int]] = {}
        for c in cands:
            key = _dedup_key(c)
            neg = c.modality == "negated"
            k = (key, neg)
            gi = next((g for g in index.get(k, ()) if _date_compatible(groups[g][0], c, ctx)), None)
            if gi is not None:
                groups[gi].append(c)
                continue
            # inside one sentence: same type and actors contained in the other's -> one event
            merged = False
            for g in groups[-4:]:
                h = g[0]
                if h.sent is c.sent and h.type == c.type and (h.modality == "negated") == neg \
                        and not ctx.crosses_stop(h.end, c.start):
                    a, b = set(h.source) | set(h.target), set(c.source) | set(c.target)
                    consequence = c.type == "ASSAULT" and (c.mode in ("kill", "wound") or not (c.source or c.target))
                    if a >= b or (b >= a and not a) or consequence:
                        g.append(c)
                        merged = True
                        break
            if not merged and (c.source or c.target):
                # the same word again in the paragraph with part of the participants (الاجتماع … خلال
                # الاجتماع مع X): one event told twice
                b = set(c.source) | set(c.target)
                for gi in reversed(by_lemma.get((c.type, _lemma_key(c), neg), ())):
                    h = groups[gi][0]
                    if h.sent.paragraph != c.sent.paragraph:
                        continue
                    a = set(h.source) | set(h.target)
                    if a and (a >= b or b >= a) and all(_place_date_compatible(x, c) for x in groups[gi]):
                        groups[gi].append(c)
                        merged = True
                    break
            if not merged and not (c.source or c.target):
                # a participant-less repeat of an earlier report's word (… الهدم) joins that report
                for gi in reversed(by_lemma.get((c.type, _lemma_key(c), neg), ())):
                    if _place_date_compatible(groups[gi][0], c):
                        groups[gi].append(c)
                        merged = True
                        break
            if merged:
                continue
            index.setdefault(k, []).append(len(groups))
            by_lemma.setdefault((c.type, _lemma_key(c), neg), []).append(len(groups))
            groups.append([c])
        return _join_participantless(groups)

    def _to_event(self, ctx: "_Context", eid: str, group: list[Candidate]) -> Event:
        c = group[0]
        src = list(c.source)
        tgt = [a for a in c.target if a not in src]
        for g in group[1:]:
            src += [a for a in g.source if a not in src and a not in tgt]
        for g in group[1:]:
            tgt += [a for a in g.target if a not in src and a not in tgt]
        modes = list(dict.fromkeys(m for g in group for m in g.modes if m))
        mode = c.mode or None
        place = next((g.place for g in group if g.place), None)
        date = next((g.date for g in group if g.date), None)
        figures, seen = [], set()
        for g in group:
            for f in g.figures:
                k = (f.get("start"), f.get("end"))
                if k not in seen:
                    seen.add(k)
                    figures.append(f)
        modality = "asserted" if any(g.modality == "asserted" for g in group) else c.modality
        evidence = [_evidence(ctx, g) for g in group]
        extra: dict[str, Any] = {"trigger": ctx.doc.text[c.start:c.end], "lemma": c.trig.lemma}
        if len(modes) > 1:
            extra["modes"] = modes
        if len(evidence) > 1:
            extra["evidence_all"] = evidence
        cue = next((g.modality_cue for g in group if g.modality == modality and g.modality_cue), None)
        if cue and modality != "asserted":
            extra["modality_cue"] = cue
        extra["arg_rules"] = list(dict.fromkeys(r for g in group for r in g.arg_rules))
        attribution = next((g.attribution for g in group if g.attribution and "quote" in g.attribution), None) \
            or next((g.attribution for g in group if g.attribution and g.attribution.get("kind") != "narration"), None) \
            or c.attribution or {"kind": "narration"}
        contexts = ctx.contexts([ctx.real_sentence(g) for g in group])
        if all(g.background for g in group):
            extra["background"] = True
        if all(g.mention for g in group):
            extra["mention"] = c.mention
        elif _report_cued(group):
            extra["mention"] = next(g.report_cue for g in group if g.report_cue)
        dated = _dated_background(date, ctx.doc.meta.published)
        if dated:
            extra["background"] = True
        # a named person as the patient of an attack noun (اغتيال X، خطف X): one specific act
        named = c.type == "ASSAULT" and any(ctx._actor_kind.get(a) == "PER" for a in tgt) and all(
            not g.trig.is_verb for g in group) and any("genitive-patient" in g.arg_rules for g in group)
        extra["confidence"] = _confidence(group, src, tgt, figures, place, date, modality, dated, named)
        acled = self._acled(ctx, c.type, mode, tgt, place, date, figures)
        if acled:
            extra["acled"] = acled
        return Event(id=eid, type=c.type, mode=mode or None, context=contexts or None,
                     source_actor=src or None, target_actor=tgt or None,
                     place=place, date=date, figures=figures, modality=modality, evidence=evidence[0],
                     attribution=attribution, cameo=L.cameo_code(c.type, mode), extra=extra)

    def _acled(self, ctx, typ, mode, tgt, place, date, figures) -> dict | None:
        civilian = any(_CIVILIAN_RE.search(ctx.actor_name(a)) for a in tgt)
        hit = L.acled_types(typ, mode, civilian)
        if hit is None:
            return None
        killed = []
        for f in figures:
            if f.get("kind") == "killed":
                v = f.get("min") if f.get("min") is not None else f.get("value")
                if isinstance(v, (int, float)):
                    killed.append(v)
        out = {"event_type": hit[0], "sub_event_type": hit[1], "fatalities": int(min(killed)) if killed else 0}
        if place:
            fc = str(place.get("feature_code") or "")
            out["geo_precision"] = 1 if fc.startswith("PPL") else 3 if fc.startswith("PCL") or fc in ("ADM1", "RGN") else 2
        else:
            out["geo_precision"] = None
        if date:
            gran = date.get("granularity") or ""
            v = str(date.get("value") or "")
            out["time_precision"] = 1 if gran == "day" or (len(v) == 10 and not gran) else 2 if gran in ("week", "interval") else 3
        else:
            out["time_precision"] = 3
        return {k: v for k, v in out.items() if v is not None}


# ------------------------------------------------------------------------------------------------------
_DEFAULT_RULES = frozenset({"protesters-default"})
#: ACLED actor types of group actors (event_group_actors.tsv) that make up a protest crowd
_CROWD_ACLED = frozenset({"Protesters", "Rioters"})
_SUBJECT_RULES = ("vso-subject", "svo-subject")


#: light verbs that turn a following verbal noun into a finite report (تم شن، جرى اعتقال; قام/قامت ب…)
_LIGHT_BEFORE = frozenset(fold(w) for w in ("تم", "وتم", "جرى", "وجرى"))
_LIGHT_BI = frozenset(fold(w) for w in ("قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا"))


def _light_bi(ctx: "_Context", c: Candidate) -> int | None:
    """Token index of the light verb قام/قامت/قاموا governing a ب + verbal noun (قام مسلحون مقنعون
    بخطف): up to eight tokens back, not across a comma or another clause."""
    for j in range(c.t0 - 1, max(c.sent.tok_start, c.t0 - 9) - 1, -1):
        w = ctx.norm(j)
        if w in _LIGHT_BI:
            return j
        if w in (",", "،", ";", ":", ".") or w in _CLAUSE_OPENERS:
            return None
    return None


def _finite_noun(ctx: "_Context", c: Candidate, prev: str, prefix: str) -> bool:
    """GSR round 5: a verbal noun of ASSAULT/PROTEST that a light verb (تم شن ضربة، قام مسلحون بخطف)
    or an occurrence verb right after it (مظاهرة عنيفة اندلعت) tells as a past occurrence."""
    if c.type not in ACTORLESS_TYPES:
        return False
    if prev in _LIGHT_BEFORE:
        return True
    if "ب" in prefix and _light_bi(ctx, c) is not None:
        return True
    verbs = L.occurrence_verbs().get(c.type, frozenset())
    return any(fold(ctx.norm(j)) in verbs for j in range(c.t1, min(c.sent.tok_end, c.t1 + 2)))


def _crowd_subject(ctx: "_Context", c: Candidate) -> bool:
    """GSR round 5: the subject of the trigger verb (found by the VSO/SVO rule, not assumed) is a
    protest crowd (المتظاهرون، المحتجون، المعتصمون: group actors of ACLED type Protesters/Rioters),
    so the verb tells the protest through its participants (سد المتظاهرون الطريق، قام المعتصمون بنصب
    خيامهم: the verbal noun of a light verb, whose subject is the nearest actor before it)."""
    def crowd(aid):
        a = ctx.actors.get(aid)
        return bool(a is not None and aid.startswith("group:") and (a.extra or {}).get("acled_actor") in _CROWD_ACLED)

    if not c.trig.is_verb:
        # قام المتظاهرون بنصب خيامهم: the subject of the light verb, between it and the noun, does the act
        j = _light_bi(ctx, c) if c.finite else None
        return j is not None and any(crowd(m.actor) for m in ctx.mentions_between(j + 1, c.t0))
    if not c.source or not any(r in c.arg_rules for r in _SUBJECT_RULES):
        return False
    return crowd(c.source[0])
_MENTION_PENALTY = 0.5  # GSR round 5: 0.3 → 0.5 (even rows: no report lost, fewer mentions kept)


def _report_cued(group) -> bool:
    """The event is told under a report cue (event_report_cues.tsv, habit, purpose): its first
    evidence in the text is cued, and every other one is cued, a mention, a noun under a preposition
    qualifying it (حمّلته مسؤولية مقتل X في هجوم انتحاري) or a later noun naming the same act again
    (عندما اغتيل X …، سببت اغتيال X)."""
    head = min(group, key=lambda g: g.start)
    if not head.report_cue:
        return False
    return all(g.report_cue or g.mention or g.governed or not g.trig.is_verb for g in group)


_DATED_RE = re.compile(r"(?<![\d/])(1[89]|20)\d\d(?![\d/])|ينات|ينيات")
_DATED_PENALTY = 0.2


def _dated_background(date: dict | None, published: str | None) -> bool:
    """An event dated only by an explicit year or decade (عام 1988، في 2003، في الستينات): history
    told as background, not the news of the day; a news lead dates its act by a day (أمس، يوم
    الاثنين، 14 فبراير).  With a publication date, a year before the publication year."""
    if not date or date.get("granularity") not in ("year", "interval"):
        return False
    m = _DATED_RE.search(str(date.get("text") or ""))
    if not m:
        return False
    if published and m.group(0)[:1].isdigit():
        return int(m.group(0)) < int(published[:4])
    return True


def _confidence(group, src, tgt, figures, place, date, modality, dated=False, named=False) -> float:
    """How strongly the text anchors the event (0–1): a finite verb, figures, a date, a place and
    participants each add; modalities other than asserted and bare generic nouns subtract.  Not a
    probability; use it to rank or threshold (see docs/events.md for measured trade-offs)."""
    score = 0.3
    if any(g.trig.is_verb or g.finite for g in group):
        score += 0.15
    if figures:
        score += 0.3  # casualty or crowd figures: the strongest sign of a concrete occurrence
    if date:
        score += 0.1
    if place:
        score += 0.1
    rules = {r for g in group for r in g.arg_rules} - _DEFAULT_RULES
    if (src or tgt) and rules:
        score += 0.1  # participants found by a rule, not by a type default (the protesters of a protest)
    if src and tgt:
        score += 0.05
    if named:
        score += 0.1  # GSR round 5: a named victim of an attack noun (اغتيال X) is a specific act
    if len(group) > 1:
        score += 0.05
    if modality != "asserted":
        score -= 0.3  # wished, planned, alleged: not a report of an occurrence
    if all("spec" in g.trig.frame and not g.finite for g in group):
        score -= 0.1
    if all(g.background for g in group):
        score -= 0.3
    if all(g.governed for g in group) and not figures:
        score -= 0.15  # بعد الهجوم، عن التفجير: a reference to an event more often than a report of one
    if not any(g.trig.is_verb or g.finite for g in group) and not figures and not date:
        score -= 0.1  # a bare verbal-noun mention with no occurrence anchor
    if all(g.nonevent for g in group):
        score -= 0.25  # a non-event context of event_nonevent.tsv with effect "lower"
    if all(g.mention for g in group):
        score -= _MENTION_PENALTY  # only in a relative clause or as a detail word: a mention
    if _report_cued(group):
        # every evidence is cued, a mention, or a noun under a preposition that qualifies the cued one
        # (حمّلته مسؤولية مقتل X في هجوم انتحاري: the attack noun tells how the blamed killing happened)
        score -= _MENTION_PENALTY  # a legal, reaction, verbal, metaphor, history, habit or purpose cue
    if dated:
        score -= _DATED_PENALTY  # dated by a bare year or decade: history, not the news of the day
    return round(min(1.0, max(0.0, score)), 2)


def _value_start(value) -> str | None:
    """First day (YYYY-MM-DD) of an ISO 8601 date, week, month, year or interval value."""
    if not isinstance(value, str) or not value[:4].isdigit():
        return None
    v = value.split("/")[0]
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", v):
            return _date.fromisocalendar(int(v[:4]), int(v[6:8]), 1).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v[:10]):
            return v[:10]
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return v + "-01"
        if re.fullmatch(r"\d{4}", v):
            return v + "-01-01"
    except ValueError:
        return None
    return None


def _compact(rec, fields) -> dict:
    out = {}
    for f in fields:
        v = getattr(rec, f, None)
        if v is not None and v != "":
            out[f] = v
    return out


def _evidence(ctx, c: Candidate) -> dict:
    return {"start": c.sent.start, "end": c.sent.end, "trigger_start": c.start, "trigger_end": c.end,
            "trigger": ctx.doc.text[c.start:c.end]}


def _dedup_key(c: Candidate) -> tuple:
    if "sym" in c.trig.frame:
        return (c.type, frozenset(c.source) | frozenset(c.target), None)
    return (c.type, frozenset(c.source), frozenset(c.target))


def _has_participants(group: list[Candidate]) -> bool:
    return any(c.source or c.target for c in group)


def _figure_values(group: list[Candidate]) -> set:
    return {(f.get("kind"), f.get("value")) for c in group for f in c.figures
            if f.get("kind") in ("killed", "wounded", "arrested") and f.get("value") is not None}


def _join_participantless(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """A participant-less report (a headline, a summary: مقتل خمسة في اشتباكات) of an event the
    article also reports with its participants is that event: it joins the nearest report of the same
    type and negation that repeats its word or its casualty figure, at no conflicting place or date."""
    full = [i for i, g in enumerate(groups) if _has_participants(g)]
    if not full or len(full) == len(groups):
        return groups
    into: dict[int, list[int]] = {}
    for gi, g in enumerate(groups):
        if gi in into or _has_participants(g):
            continue
        h = g[0]
        neg = h.modality == "negated"
        lemmas = {_lemma_key(c) for c in g}
        figs = _figure_values(g)
        best = None
        for fi in full:
            f = groups[fi]
            if f[0].type != h.type or (f[0].modality == "negated") != neg:
                continue
            if not (lemmas & {_lemma_key(c) for c in f} or figs & _figure_values(f)):
                continue
            if not all(_place_date_compatible(a, b) for a in f for b in g):
                continue
            dist = min(abs(a.start - b.start) for a in f for b in g)
            if best is None or dist < best[0]:
                best = (dist, fi)
        if best is not None:
            into.setdefault(best[1], []).append(gi)
    if not into:
        return groups
    gone = {gi for lst in into.values() for gi in lst}
    return [g + [c for gi in into.get(i, ()) for c in groups[gi]] for i, g in enumerate(groups) if i not in gone]


def _lemma_key(c: Candidate) -> str:
    f = fold(c.trig.lemma)
    if c.trig.pos == "vphrase":
        f = f.split()[-1]  # اندلعت احتجاجات repeats a report of احتجاجات: key on the noun
    return f[2:] if f.startswith("ال") else f


def _place_date_compatible(a: Candidate, b: Candidate) -> bool:
    pa, pb = (a.place or {}).get("geonameid"), (b.place or {}).get("geonameid")
    if pa and pb and pa != pb:
        return False
    va, vb = str((a.date or {}).get("value") or ""), str((b.date or {}).get("value") or "")
    return not va or not vb or va.startswith(vb) or vb.startswith(va)


def _date_compatible(a: Candidate, b: Candidate, ctx: "_Context") -> bool:
    if not (a.source or a.target):
        # participant-less reports merge in one sentence, or when they repeat the same word and
        # neither place nor date tells them apart (أعمال الهدم … الهدم)
        if a.sent is b.sent and not ctx.crosses_stop(a.end, b.start):
            return True
        if fold(a.trig.lemma) != fold(b.trig.lemma):
            return False
        pa, pb = (a.place or {}).get("geonameid"), (b.place or {}).get("geonameid")
        if pa and pb and pa != pb:
            return False
    va, vb = (a.date or {}).get("value"), (b.date or {}).get("value")
    if not va or not vb:
        return True
    va, vb = str(va), str(vb)
    return va.startswith(vb) or vb.startswith(va) or va == vb


class _Context:
    """Per-document indexes over the layers (built once per document)."""

    def __init__(self, doc: Document, tv):
        self.doc = doc
        self.tv = tv
        self._norms = [t.norm for t in tv.tokens]  # tokens carry their normalised form
        self.actors = {a.id: a for a in doc.actors}
        self._m_ends: set[int] = set()
        self._m_starts: set[int] = set()
        self._span_index: dict[str, tuple] = {}
        self.mentions = self._build_mentions()
        self._m_t0 = [m.t0 for m in self.mentions]
        self._m_start = [m.start for m in self.mentions]
        self._modality = None
        self._nonevent = None
        self._report = None
        self._cues = None
        self._contexts = None
        self._quotes = None
        self._span_index: dict[str, tuple] = {}
        self._sides: list[tuple[int, int, str, str]] = []
        self.trigger_t0: list[int] = []  # token index of every candidate trigger (set by the coder)  # (t0, paragraph, source, target) of two-sided events
        self._actor_kind = {m.actor: m.kind for m in self.mentions}
        self.trigger_t0: list[int] = []  # token index of every detected trigger (set by the coder)
        self.trigger_verbs: dict[int, str] = {}  # token index → type of every verb trigger (set by the coder)

    def norm(self, i: int) -> str:
        return self._norms[i] if 0 <= i < len(self._norms) else ""

    def actor_name(self, aid: str) -> str:
        a = self.actors.get(aid)
        return (a.name if a else aid) or ""

    # mentions -----------------------------------------------------------------------------------------
    def _build_mentions(self) -> list[Mention]:
        spans: list[tuple[int, int, str, str]] = []
        for a in self.doc.actors:
            for se in a.mentions or []:
                try:
                    s, e = int(se[0]), int(se[1])
                except (TypeError, ValueError, IndexError):
                    continue
                spans.append((s, e, a.id, a.type or ""))
        for e in self.doc.entities:
            if e.actor_id:
                a = self.actors.get(e.actor_id)
                spans.append((e.start, e.end, e.actor_id, (a.type if a else None) or e.label or ""))
        n = len(self.doc.text)
        outlets = self._outlet_actors()
        spans = [s for s in spans if 0 <= s[0] < s[1] <= n and s[3] not in NON_ACTOR_KINDS and s[2] not in outlets]
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int, str, str]] = []
        for s in spans:
            if kept and s[0] < kept[-1][1]:
                continue  # contained in or overlapping a longer earlier mention
            kept.append(s)
        tv = self.tv
        out = []
        for s, e, aid, kind in kept:
            t0 = tv.token_index(s)
            t1 = max(t0 + 1, tv.token_index(e - 1) + 1)
            m = Mention(s, e, aid, kind, t0, t1)
            tok = tv.tokens[t0] if t0 < len(tv.tokens) else None
            if tok is not None:
                pre = fold(self.doc.text[tok.start:s]) if s > tok.start else ""
                if pre[:1] in ("و", "ف"):
                    m.conj = True
                    pre = pre[1:]
                if pre in _CLITIC_PREPS:
                    m.prep_att = pre
                elif fold(self.doc.text[s:e]).startswith("لل") and s == tok.start:
                    m.prep_att = "ل"
            out.append(m)
        out = self._absorb_titles(out)
        self._m_ends = {m.t1 - 1 for m in out}
        self._m_starts = {m.t0 for m in out}
        for m in out:
            m.prep = m.prep_att or self._prep_before(m.t0)
            m.dprep = m.prep_att or (self.norm(m.t0 - 1) if self.norm(m.t0 - 1) in PREPOSITIONS else "")
            if m.dprep == "من" and not m.prep_att and fold(self.norm(m.t0 - 2)) in _EACH_OF:
                m.dprep = ""  # كلا من X
        return out

    def _outlet_actors(self) -> set:
        """Actors that are news outlets (cited as sources by the quotes layer, or named in outlets.tsv)."""
        from ..lexicon.matcher import fold_key

        out = {q.source.actor_id for q in self.doc.quotes
               if q.source is not None and q.source.kind == "outlet" and q.source.actor_id}
        names = L.outlet_names()
        for a in self.doc.actors:
            if a.type == "ORG" and (fold_key(a.name or "") in names or any(fold_key(x) in names for x in a.aliases or [])):
                out.add(a.id)
            elif a.type in ("ORG", "PER") and any(L.is_outlet_name(x) for x in [a.name or ""] + list(a.aliases or [])):
                out.add(a.id)  # وكالة الأنباء الألمانية، قناة الجزيرة، مراسل …
        return out

    def _absorb_titles(self, mentions: list[Mention]) -> list[Mention]:
        """A title phrase naming a person (الرئيس [المصري] [عبد الفتاح السيسي]، رئيس [حكومة الوفاق]
        [فائز السراج]) refers to the person: the organisation or nationality mentions inside it, right
        before the name, are absorbed into the person's mention."""
        out: list[Mention] = []
        for m in reversed(mentions):
            if out and m.kind not in ("PER", "PERSON") and not m.prep_att \
                    and self.norm(m.t0 - 1) not in PREPOSITIONS:
                nxt = out[-1]
                if nxt.kind in ("PER", "PERSON") and 0 <= nxt.t0 - m.t1 <= 2 and nxt.start > m.end:
                    gap = [self.norm(j) for j in range(m.t1, nxt.t0)]
                    between = self.doc.text[m.end:nxt.start]
                    if not any(ch in between for ch in "،,;:.()") and not any(g[:1] in ("و",) and g not in ("وزير", "وزيرة") for g in gap) \
                            and not any(g in _COMPLEMENTISERS for g in gap) \
                            and not (self.tv.tokens[nxt.t0].text[:1] in ("و",) and nxt.start > self.tv.tokens[nxt.t0].start):
                        nxt.start, nxt.t0 = m.start, m.t0
                        nxt.prep_att, nxt.conj = m.prep_att, m.conj
                        continue
            out.append(m)
        out.reverse()
        return out

    def _prep_before(self, t0: int, lo: int = 0) -> str:
        chain = self._prep_chain(t0, lo)
        return chain[0] if chain else ""

    def _prep_chain(self, t0: int, lo: int = 0, span: int = 5) -> list[str]:
        """Prepositions governing the noun phrase whose actor mention starts at token t0, nearest
        first: looks back over the head noun and its modifiers (at most ``span`` tokens per step),
        never before token ``lo``, stopping at punctuation, a complementiser or another mention.  A
        partitive/possessive (من، ل) lets the look-back continue to the phrase's own governor
        (مع وفد من صندوق النقد → [من, مع])."""
        chain: list[str] = []
        j = t0 - 1
        limit = max(lo, t0 - span)
        while j >= max(lo, 0) and j >= limit:
            w = self.norm(j)
            if not w or not w[0].isalpha() or w in _COMPLEMENTISERS:
                break
            if j < t0 - 1 and self.has_conj(j) and not self._is_mention_end(j):
                break  # a conjunction starts a new conjunct
            base = w[1:] if w[:1] in ("و", "ف") and w[1:] in PREPOSITIONS else w
            found = ""
            if base in PREPOSITIONS and j + 1 < t0 and (j + 1) in self._m_starts:
                j -= 1  # this preposition governs another mention inside the phrase (المبعوث إلى ليبيا X)
                continue
            if base in PREPOSITIONS and j + 1 < t0 and self.place_starts_at(j + 1, self.tv.tokens[t0].start):
                j -= 1  # (events9) … or a place (استقبل X في القاهرة وزير الخارجية Y: Y is bare)
                continue
            if j == t0 - 1 and j in self._m_ends:
                # (events9) اتهم X في مؤتمر صحفي بموسكو Y: a phrase that ends in another actor right before Y
                # does not govern Y (a title's own actor further back still lets the look-back go on: مع
                # المبعوث الخاص للأمم المتحدة X; so does a place inside the phrase: في مدينة عدن جنوبي اليمن)
                break
            if base in PREPOSITIONS:
                found = base
            elif j not in self._m_starts:  # للأمم المتحدة X: the clitic governs that other mention, not X
                tok = self.tv.tokens[j]
                if tok.kind == "word":
                    roles = [wd for wd in tok.words if wd.role == "prep"]
                    if roles:
                        found = fold(roles[0].norm)
            if found == "من" and fold(self.norm(j - 1)) in _EACH_OF:
                break  # كلا من X وY: "each of", the phrase is bare (a subject or an object)
            if found:
                chain.append(found)
                if found not in ("من", "ل") or len(chain) > 2:
                    break
                limit = max(lo, j - span)
            j -= 1
        return chain

    def _is_mention_end(self, j: int) -> bool:
        ends = getattr(self, "_m_ends", None)
        return bool(ends) and j in ends

    def noun_subject_before(self, t0: int, lo: int) -> bool:
        """Is the word right before verb t0 a content noun that is not an actor (SVO with a subject the
        actor layer does not know: منازلهم دمرت، الجانبان اتفقا)?"""
        j = t0 - 1
        if j < lo or j < 0:
            return False
        tok = self.tv.tokens[j]
        w = self.norm(j)
        if tok.kind != "word" or len(w) <= 3 or w in _PARTICLES or (w[:1] in ("و", "ف") and w[1:] in _PARTICLES):
            return False
        if self._is_mention_end(j) or self.inside_mention(tok.start, tok.end):
            return False
        return w.startswith("ال") or w.endswith(("هم", "ها", "هن")) or w.endswith("ون")

    def resumptive(self, c: "Candidate", t_hi: int) -> bool:
        """Does the verb of a relative clause carry an object pronoun (التي دعمها) or is it followed, before
        token t_hi, by a preposition with a pronoun (التي انسحب منها): a pronoun that refers to the head?"""
        tok = self.doc.text[c.start:c.end]
        if fold(tok).endswith(_OBJ_PRONOUNS) and not fold(c.trig.lemma).endswith(_OBJ_PRONOUNS):
            return True
        for j in range(c.t1, t_hi):
            w = self.norm(j)
            if w.endswith(_OBJ_PRONOUNS) and (w[:-2] in _PRONOUN_PREPS or w[:-1] in _PRONOUN_PREPS
                                             or w[:-3] in _PRONOUN_PREPS):
                return True
        return False

    def quoted_prep(self, m: Mention) -> str:
        """The preposition right before mention m when only quotation marks stand between them
        (إلى "الهيئة العامة…"), else ""."""
        j = m.t0 - 1
        quoted = False
        while j >= 0 and j >= m.t0 - 3:
            w = self.norm(j)
            if w and not any(ch.isalpha() for ch in w):
                quoted = True
                j -= 1
                continue
            base = w[1:] if w[:1] in ("و", "ف") and w[1:] in PREPOSITIONS else w
            return base if quoted and base in PREPOSITIONS else ""
        return ""

    def new_conjunct(self, t_lo: int, t_hi: int) -> bool:
        """Does a conjunct (a word with the clitic و) that is not an actor mention start in (t_lo, t_hi)?"""
        return any(self.has_conj(j) and j not in self._m_starts for j in range(t_lo + 1, t_hi))

    def trigger_between(self, t_lo: int, t_hi: int) -> bool:
        """Does another detected event trigger start in tokens [t_lo, t_hi)?"""
        i = bisect.bisect_left(self.trigger_t0, t_lo)
        return i < len(self.trigger_t0) and self.trigger_t0[i] < t_hi

    def plural_subject_after(self, j: int, t_hi: int) -> bool:
        """Is token j, right after a verb and before token t_hi, a nominative plural noun the actor layer
        does not know (اتهم معارضون الرئيس…: the subject; the actor after it is the object)?"""
        if j >= t_hi or j >= len(self.tv.tokens):
            return False
        tok = self.tv.tokens[j]
        w = self.norm(j)
        if tok.kind != "word" or len(w) <= 4 or w in _PARTICLES or w in _NOT_PLURALS:
            return False
        if self._is_mention_end(j) or self.inside_mention(tok.start, tok.end):
            return False
        return w.endswith("ون")

    def explicit_subject(self, t_lo: int, t_hi: int) -> bool:
        """Is there a definite noun (not an actor) between the start of the clause and the verb, i.e. a
        subject the actor layer does not know (الجانبين اتفقا), so no antecedent should replace it?"""
        if t_hi - t_lo > 6:
            t_lo = t_hi - 6
        for j in range(max(0, t_lo), t_hi):
            w = self.norm(j)
            if len(w) > 3 and w.startswith("ال") and not self.inside_mention(self.tv.tokens[j].start, self.tv.tokens[j].end):
                return True
        return False

    def crosses_stop(self, a: int, b: int) -> bool:
        """Does the original text between offsets a and b hold a full stop followed by a space (a real
        sentence end the text layer kept inside one sentence, e.g. after an unbalanced quotation)?"""
        return _STOP_RE.search(self.doc.text, min(a, b), max(a, b)) is not None

    def real_sentence(self, c: "Candidate") -> tuple[int, int]:
        """The sentence of the trigger, narrowed to the full stops around it."""
        text = self.doc.text
        lo, hi = c.sent.start, c.sent.end
        m = None
        for m in _STOP_RE.finditer(text, lo, c.start):
            pass
        if m is not None:
            lo = m.end()
        m2 = _STOP_RE.search(text, c.end, hi)
        if m2 is not None:
            hi = m2.start() + 1
        return lo, hi

    def paragraph_start(self, sent) -> int:
        """Start offset of the first sentence of ``sent``'s paragraph."""
        i = sent.index
        while i > 0 and self.tv.sentences[i - 1].paragraph == sent.paragraph:
            i -= 1
        return self.tv.sentences[i].start

    def spans_in(self, layer: str, start: int, end: int) -> list:
        """Records of ``layer`` lying inside [start, end) (layer sorted once by start)."""
        idx = self._span_index.get(layer)
        if idx is None:
            recs = sorted((r for r in getattr(self.doc, layer) if getattr(r, "start", None) is not None),
                          key=lambda r: r.start)
            idx = (recs, [r.start for r in recs])
            self._span_index[layer] = idx
        recs, starts = idx
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end)
        return [r for r in recs[i:j] if r.end <= end]

    def quotes_covering(self, start: int, end: int) -> list[int]:
        """Indexes of quotes whose span contains [start, end) (quotes sorted once by start)."""
        if self._quotes is None:
            order = sorted(range(len(self.doc.quotes)), key=lambda i: self.doc.quotes[i].start)
            self._quotes = order
            self._q_start = [self.doc.quotes[i].start for i in order]
            self._q_maxlen = max((q.end - q.start for q in self.doc.quotes), default=0)
        lo = bisect.bisect_left(self._q_start, start - self._q_maxlen)
        hi = bisect.bisect_right(self._q_start, start)
        out = [i for i in self._quotes[lo:hi] if self.doc.quotes[i].start <= start and end <= self.doc.quotes[i].end]
        return sorted(out)

    def contexts(self, sents: list[tuple[int, int]]) -> list[str]:
        if self._contexts is None:
            self._contexts = L.context_matcher().find(self.doc)
            self._ctx_pos = [m.start for m in self._contexts]
        out: list[str] = []
        for lo, hi in sents:
            i = bisect.bisect_left(self._ctx_pos, lo)
            j = bisect.bisect_left(self._ctx_pos, hi)
            for m in self._contexts[i:j]:
                for ctx_name in m.payloads:
                    if ctx_name not in out:
                        out.append(ctx_name)
        return out

    def clause_end(self, t_from: int, t_hi: int) -> int:
        """The first clause opener (لكن، الذي، بينما…) or ; : after token t_from, else t_hi."""
        for j in range(t_from, t_hi):
            w = self.norm(j)
            if w in _CLAUSE_BREAK or w in _CLAUSE_OPENERS or (w[:1] in ("و", "ف") and w[1:] in _CLAUSE_OPENERS):
                return j
        return t_hi

    def has_conj(self, j: int) -> bool:
        """Does token j begin with the conjunction و (a clitic, not the first letter of وفد)?"""
        if not (0 <= j < len(self.tv.tokens)):
            return False
        tok = self.tv.tokens[j]
        if tok.kind != "word":
            return False
        if tok.norm == "و":
            return True
        words = tok.words
        return bool(words) and words[0].role == "conj" and words[0].norm == "و"

    def inside_mention(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._m_start, start) - 1
        return i >= 0 and self.mentions[i].start <= start and end <= self.mentions[i].end

    def mentions_between(self, t_lo: int, t_hi: int) -> list[Mention]:
        i = bisect.bisect_left(self._m_t0, t_lo)
        j = bisect.bisect_left(self._m_t0, t_hi)
        return self.mentions[i:j]

    def slots(self, c: Candidate, after: list[Mention], preps=frozenset()) -> list[tuple[Mention, str]]:
        """Argument slot of each mention after the trigger: '' (bare) or the governing preposition;
        a conjunct (و + noun) inherits the slot of the mention before it."""
        out = []
        prev_slot, prev_end = None, c.t1
        for m in after:
            if m.start < c.end:
                continue
            if m.conj and not m.prep_att and prev_slot is not None and m.t0 - prev_end <= 2:
                out.append((m, prev_slot))  # X وY: a conjunct shares its slot
                prev_end = m.t1
                continue
            chain = ([m.prep_att] if m.prep_att else []) + self._prep_chain(m.t0, lo=c.t1)
            slot = chain[0] if chain else ""
            if slot and slot not in preps:
                # a partitive/possessive inside a prepositional phrase (على مواقع لقوات X, مع وفد من X):
                # the phrase's own governor decides
                slot = next((p for p in chain[1:] if p in preps), slot)
            if not slot and prev_slot is not None and m.t0 - prev_end <= 6 and (
                    m.conj or any(self.has_conj(j) and not self._is_mention_end(j) for j in range(prev_end, m.t0))):
                slot = prev_slot  # coordination: مع X ومع Y، بين X ورئيس … Y
            out.append((m, slot))
            prev_slot, prev_end = slot, m.t1
        return out

    def passive_agent(self, c: Candidate, after: list[Mention]) -> Mention | None:
        for m in after:
            a, b = self.norm(m.t0 - 2), self.norm(m.t0 - 1)
            if any((a, b) == mk for mk in _AGENT_MARKERS):
                return m
            # (events9) من قبل الطيران الإسرائيلي: a head noun, then the actor (a nisba adjective)
            a2 = self.norm(m.t0 - 3)
            if any((a2, a) == mk for mk in _AGENT_MARKERS) and (m.t0 - 1) not in self._m_ends \
                    and b.startswith("ال") and self.tv.tokens[m.t0 - 1].kind == "word":
                return m
        return None

    def pronoun_pp(self, c: Candidate, preps) -> int | None:
        for j in range(c.t1, min(c.sent.tok_end, c.t1 + 4)):
            w = self.norm(j)
            for p in preps:
                if w.startswith(p) and w[len(p):] in ("ه", "ها", "هم", "هما") and p not in ("ل", "ب"):
                    return j
        return None

    # الجانبان / البلدان -------------------------------------------------------------------------------
    def _pair_kind(self, j: int) -> str | None:
        if j < 0 or j >= len(self._norms) or self.tv.tokens[j].kind != "word":
            return None
        w = fold(self.norm(j))
        table = L.pair_nouns()
        if w in table:
            return table[w]
        for k in (1, 2):  # و ف ب ل clitics (وبين is not a pair noun: the table has only duals)
            if len(w) > k + 3 and all(ch in "وفبل" for ch in w[:k]):
                if w[k:] in table:
                    return table[w[k:]]
                if w[k:k + 1] == "ل" and "ال" + w[k + 1:] in table:  # للجانبين
                    return table["ال" + w[k + 1:]]
        return None

    def pair_near(self, c: Candidate) -> str | None:
        """The kind of a pair noun that is the subject or genitive of the trigger: right before a verb
        (الجانبان اتفقا), right after the trigger (اتفق الجانبان، لقاء الزعيمين), or after بين."""
        s_lo, s_hi = c.sent.tok_start, c.sent.tok_end
        cands = [c.t1]
        if fold(self.norm(c.t1)) in ("بين", "وبين"):
            cands.append(c.t1 + 1)
        if c.trig.is_verb and c.t0 - 1 >= max(s_lo, c.region_start):
            cands.append(c.t0 - 1)
        for j in cands:
            if s_lo <= j < s_hi:
                k = self._pair_kind(j)
                if k:
                    return k
        return None

    def _kind_ok(self, aid: str, kind: str) -> bool:
        k = self._actor_kind.get(aid, "")
        if kind == "state":
            return k == "GPE"
        if kind == "person":
            return k in ("PER", "PERSON")
        return True

    def remember_sides(self, c: Candidate) -> None:
        if c.source and c.target:
            self._sides.append((c.t0, c.sent.paragraph, c.source[0], c.target[0]))

    def pair_actors(self, c: Candidate, kind: str) -> tuple[str, str] | None:
        """The two sides a pair noun stands for: those of the latest two-sided event of this or the
        previous paragraph, else the last two distinct actors of the kind named before the trigger."""
        para = c.sent.paragraph
        for t0, p, a, b in reversed(self._sides):
            if t0 < c.t0 and para - 1 <= p <= para and self._kind_ok(a, kind) and self._kind_ok(b, kind):
                return a, b
            if p < para - 1:
                break
        if not self._actor_kind:
            return None
        picked: list[str] = []
        states: list[str] = []
        i = bisect.bisect_left(self._m_t0, c.t0) - 1
        while i >= 0 and len(picked) < 2:
            m = self.mentions[i]
            sent = self.tv.sentence_of(m.start)
            if sent is None or sent.paragraph < para - 1:
                break
            if m.end <= c.start and self._kind_ok(m.actor, kind):
                if kind == "any" and m.kind == "GPE":
                    if m.actor not in states:
                        states.append(m.actor)
                elif m.actor not in picked:
                    picked.append(m.actor)
            i -= 1
        for s in states:
            if len(picked) >= 2:
                break
            if s not in picked:
                picked.append(s)
        if len(picked) < 2:
            return None
        return picked[1], picked[0]  # in the order they were named

    def each_of(self, m: Mention) -> bool:
        """Is the mention introduced by كلا من / كل من ("each of")?  After a verb it is the subject when
        nobody is named before the verb (وتغلق كلا من X وY الحدود), else the object (… ثم اعتقلت كلا من X)."""
        return fold(self.norm(m.t0 - 1)) == "من" and fold(self.norm(m.t0 - 2)) in _EACH_OF

    def anaphor_word(self, j: int) -> bool:
        """Is token j an anaphoric noun of event_anaphors.tsv (المفوضية، الحكومة) outside any actor mention?"""
        if not (0 <= j < len(self.tv.tokens)) or self.tv.tokens[j].kind != "word":
            return False
        tok = self.tv.tokens[j]
        if self.inside_mention(tok.start, tok.end):
            return False
        w = fold(self.norm(j))
        table = L.anaphor_nouns()
        return w in table or (w[:1] in ("و", "ف") and w[1:] in table)

    def anaphor_at(self, c: Candidate, j: int, exclude: str | None = None) -> str | None:
        """The actor an anaphoric noun at token j (المنظمة، السلطات) refers back to, or None."""
        if j < c.sent.tok_start or j >= c.sent.tok_end or self.tv.tokens[j].kind != "word":
            return None
        tok = self.tv.tokens[j]
        if self.inside_mention(tok.start, tok.end):
            return None
        w = fold(self.norm(j))
        table = L.anaphor_nouns()
        if w not in table and w[:1] in ("و", "ف") and w[1:] in table:
            w = w[1:]
        kind = table.get(w)
        if kind is None:
            return None
        stem = w[2:]  # منظمه for المنظمه: a mention introduced as منظمة X is preferred
        para = c.sent.paragraph
        first = None
        i = bisect.bisect_left(self._m_t0, j) - 1
        while i >= 0:
            m = self.mentions[i]
            sent = self.tv.sentence_of(m.start)
            if sent is None or sent.paragraph < para - 2:
                break
            if kind == "state" and first is None and m.kind != "GPE" and m.end <= tok.start:
                # no state named yet: the country of a ministry / official (وزارة الداخلية العراقية → IQ)
                cc = getattr(self.actors.get(m.actor), "country", None)
                if cc and cc != exclude:
                    first = cc
            ok = (m.kind == "GPE") if kind == "state" else (m.kind == "ORG")
            if ok and m.end <= tok.start and m.actor != exclude:
                if kind == "state":
                    return m.actor
                intro = fold(self.doc.text[max(0, m.start - len(stem) - 2):m.end])
                if stem and stem in intro:
                    return m.actor
                first = first or m.actor
            i -= 1
        return first

    def pronoun_in(self, t_lo: int, t_hi: int, first: bool = False) -> bool:
        """Does a word with a 3rd person pronoun suffix (له، قواتها، عناصرهم) stand in tokens [t_lo, t_hi)?
        Then the reported clause points back to the one named in the attribution phrase."""
        for j in range(max(0, t_lo), min(t_hi, len(self._norms))):
            w = self.norm(j)
            if w in ("له", "لها", "لهم", "لهما") or (len(w) > 4 and w.endswith(("ها", "هم", "هما"))):
                return True
            if first and (w in ("لنا", "نحن") or (len(w) > 4 and w.endswith("نا"))):  # inside a quote: جنودنا
                return True
        return False

    def vocalised_passive(self, c: Candidate) -> bool:
        """A perfect verb written with its passive vowel (قُتل، استُهدف، اُعتقل): a damma within its first
        four letters and no imperfect prefix."""
        if c.trig.pos not in ("past", "verb"):
            return False
        w = self.doc.text[c.start:c.end]
        head = w[:5]
        return "\u064f" in head and w[:1] not in ("ي", "ت", "ن", "أ") or "\u064f" in w[1:2]

    def antecedent(self, c: Candidate, exclude: set, fem: bool = False) -> str | None:
        """The nearest person or organisation named before the trigger in its sentence or earlier in
        its paragraph (a state only when no person or organisation is named).  ``fem``: the verb is
        feminine, so its dropped subject is an institution or a country, not a (male) person."""
        i = bisect.bisect_left(self._m_t0, c.t0) - 1
        para = c.sent.paragraph
        fallback = None
        while i >= 0:
            m = self.mentions[i]
            sent = self.tv.sentence_of(m.start)
            if sent is None or sent.paragraph != para:
                break
            if m.actor not in exclude and m.end <= c.start and not (fem and m.kind in ("PER", "PERSON")):
                if m.kind in ("PER", "ORG", "PERSON") or (fem and m.kind not in ("GPE", "NORP")):
                    return m.actor
                fallback = fallback or m.actor
            i -= 1
        return fallback

    def feminine_verb(self, c: Candidate) -> bool:
        """Is the trigger a 3rd person feminine singular verb (طالبت، تتهم، رافضة)?"""
        trig = c.trig
        if not trig.is_verb or trig.pos == "vphrase":
            return False
        w = fold(self.doc.text[c.start:c.end])
        if trig.pos == "part":
            return w.endswith("ه")
        if trig.is_pres:
            v = w[1:] if w[:2] in ("ست", "سي", "سن") else w
            return v.startswith("ت") and not v.endswith(("ون", "وا", "ين", "ان"))
        lem = fold(trig.lemma)
        if w != lem:
            for o in ("هما", "هم", "ها", "ه"):  # اتهمتهم: the object pronoun after the subject suffix
                if w.endswith(o) and w[:-len(o)].endswith("ت"):
                    return True
        return w.endswith("ت") and not (trig.pos == "past" and lem.endswith("ت") and w == lem)

    def trigger_between(self, t_lo: int, t_hi: int) -> bool:
        """Is there another trigger starting in tokens (t_lo, t_hi)?"""
        t0s = getattr(self, "trigger_t0", ())
        i = bisect.bisect_right(t0s, t_lo)
        return i < len(t0s) and t0s[i] < t_hi

    def previous_subject(self, c: Candidate, exclude: set, fem: bool = False) -> str | None:
        """The subject of the sentence before the trigger's (its first actor not governed by a
        preposition, within its first 8 tokens), for a sentence that opens with a verb whose subject
        is dropped: «وقالت البعثة … . وطالبت بضرورة …»."""
        k = c.sent.index - 1
        if k < 0:
            return None
        prev = self.tv.sentences[k]
        if c.sent.paragraph - prev.paragraph > 1:
            return None
        for m in self.mentions_between(prev.tok_start, min(prev.tok_end, prev.tok_start + 8)):
            if m.prep or m.actor in exclude or (fem and m.kind in ("PER", "PERSON")):
                continue
            return m.actor
        return None

    def only_mentions_between(self, t_lo: int, t_hi: int) -> bool:
        """(events10) Is every token in [t_lo, t_hi) part of an actor mention (a subject, its conjuncts)?"""
        ms = self.mentions_between(t_lo, t_hi)
        if not ms or t_hi <= t_lo:
            return False
        covered = set()
        for m in ms:
            covered.update(range(m.t0, m.t1))
        lo, hi = self.tv.tokens[t_lo].start, self.tv.tokens[t_hi - 1].end
        for e in self.doc.entities:
            ts = (e.extra or {}).get("title_span")
            if ts and lo <= ts[0] < hi:  # the title before a person's name (الرئيس الكيني X)
                covered.update(j for j in range(t_lo, t_hi) if ts[0] <= self.tv.tokens[j].start < ts[1])
        # a counterpart noun standing for the second party (ونظيره التنزاني; closed class)
        return all(j in covered or fold(self.norm(j)).lstrip("و").startswith("نظير") for j in range(t_lo, t_hi))

    def capital_subject(self, j: int) -> str | None:
        """(events10) The country code of a capital city right at token j with no preposition attached
        (رفضت القاهرة، وأكدت موسكو): a capital as the subject of a political verb stands for its state."""
        if not (0 <= j < len(self.tv.tokens)):
            return None
        tok = self.tv.tokens[j]
        for p in self.spans_in("places", tok.start, tok.end + 1):
            if p.feature_code == "PPLC" and p.country_code and p.start >= tok.start \
                    and self.doc.text[tok.start:p.start] in ("", "و", "ف"):
                return p.country_code
        return None

    def capital_at(self, j: int) -> str | None:
        """The country code of a capital city (places layer, feature PPLC) starting at token j."""
        if not (0 <= j < len(self.tv.tokens)):
            return None
        tok = self.tv.tokens[j]
        for p in self.spans_in("places", tok.start, tok.end + 1):
            if p.feature_code == "PPLC" and p.country_code:
                return p.country_code
        return None

    def destination_country(self, c: Candidate) -> str | None:
        for p in self.doc.places:
            if c.end <= p.start < c.sent.end and p.country_code:
                return p.country_code
        return None

    # cues --------------------------------------------------------------------------------------------
    def modality_in(self, t_lo: int, t_hi: int):
        if self._modality is None:
            # cues take only a conjunction before them: كما is not ك + ما, لما not ل + ما
            self._modality = [(self.tv.token_index(m.start), m) for m in L.modality_matcher().find(self.doc)
                              if m.prefix in ("", "و", "ف")]
            self._mod_pos = [x[0] for x in self._modality]
        i = bisect.bisect_left(self._mod_pos, t_lo)
        j = bisect.bisect_left(self._mod_pos, t_hi)
        return self._modality[i:j]

    def nonevent_in(self, t_lo: int, t_hi: int):
        if self._nonevent is None:
            self._nonevent = [(self.tv.token_index(m.start), m) for m in L.nonevent_matcher().find(self.doc)]
            self._nonevent_pos = [x[0] for x in self._nonevent]
        i = bisect.bisect_left(self._nonevent_pos, t_lo)
        j = bisect.bisect_left(self._nonevent_pos, t_hi)
        return self._nonevent[i:j]

    def report_cues_in(self, t_lo: int, t_hi: int):
        if self._report is None:
            self._report = [(self.tv.token_index(m.start), m) for m in L.report_cue_matcher().find(self.doc)]
            self._report_pos = [x[0] for x in self._report]
        i = bisect.bisect_left(self._report_pos, t_lo)
        j = bisect.bisect_left(self._report_pos, t_hi)
        return self._report[i:j]

    def has_break(self, t_lo: int, t_hi: int) -> bool:
        return any(self.norm(j) in _CLAUSE_BREAK for j in range(t_lo, t_hi)) or self.new_assertion(t_lo, t_hi)

    def claim_speaker(self, c: "Candidate") -> str | None:
        """(events9) The speaker who claims the act as their own: قال X إنهم/إنه/إنها + verb, or إن +
        member noun with a possessive pronoun (مقاتليها، عناصره، قواتها) + verb. The pronoun points back
        to the speaker (a plural or feminine pronoun, or a member noun, to the group or institution named
        in the speaker phrase rather than its spokesperson). None when no speech cue governs the clause, a
        new assertion or another trigger stands between, or the pronoun does not agree with the verb (إنه
        قُتل ثلاثة / إنه قصفت الطائرات: an impersonal إنه before an explicit subject); "" for a claim whose
        speaker is not an actor (the actors after the verb are still its objects)."""
        j = c.t0 - 1
        lo = c.sent.tok_start
        while j > lo and j >= c.t0 - 2 and self.norm(j) in ("قد", "لقد", "لم", "لن", "لا", "سوف"):
            j -= 1
        if j <= lo:
            return None
        w = fold(self.norm(j))
        w = w[1:] if w[:1] in ("و", "ف", "ب") and w[1:] in _CLAIM_PRONOUNS else w
        member = False
        if w in _CLAIM_PRONOUNS:
            comp, pron = j, w[2:]
        else:
            pron = next((p for p in ("هم", "ها", "ه") if w.endswith(p) and _force_noun(w[:-len(p)])), None)
            if pron is None or j - 1 <= lo or fold(self.norm(j - 1)) not in _COMPLEMENTISERS:
                return None
            comp, member = j - 1, True
        tok = fold(self.doc.text[c.start:c.end])
        if not member:
            if pron == "ه" and (self.feminine_verb(c) or self.number_at(c.t1)):
                return None  # إنه قتل ثلاثة: an impersonal إنه before a counted subject of a passive
            if pron == "ها" and not self.feminine_verb(c):
                return None
            if pron in ("هم", "هما") and not tok.endswith(("وا", "ون", "ان", "ا", "وه", "وها", "وهم")):
                return None
        # the speech cue: a cue verb (cue_verbs.tsv) before the complementiser in the sentence
        cue_t = None
        for cm in self.cue_matches_in(c.sent):
            ti = self.tv.token_index(cm.start)
            if ti >= comp:
                break
            cue_t = ti
        if cue_t is None or self.has_break(cue_t, c.t0) or self.trigger_between(cue_t, comp):
            return None
        ms = [m for m in self.mentions_between(lo, comp) if not m.dprep or m.dprep == "باسم"]
        ms = [m for m in ms if m.t0 > cue_t] or [m for m in ms if m.t1 <= cue_t]
        if not ms:
            att = c.attribution or {}
            sp = att.get("source_actor")
            return sp if sp in self._actor_kind else ""  # a claim by a speaker who is not an actor
        if pron in ("هم", "ها", "هما") or member:
            groups = [m for m in ms if m.kind not in ("PER", "PERSON")]
            if groups:
                return groups[-1].actor
            # المتحدث باسم الحوثيين X إنهم …: the group named in the spokesperson's title
            for m in ms:
                for a in self.doc.actors:
                    if a.id != m.actor and (a.type or "") not in ("PER", "PERSON", *NON_ACTOR_KINDS) and any(
                            m.start <= int(se[0]) < m.end for se in a.mentions or []):
                        return a.id
        return ms[0].actor

    def claimer(self, c: "Candidate") -> str | None:
        """(events9) Who claims the act named by noun c (event_role_cues.tsv, claim-verb/claim-noun): the subject of a claim verb
        before it (تبنى X الهجوم، X تبنت الهجوم) or of the verb before the responsibility noun + عن (أعلن
        X مسؤوليته عن التفجير; else the quote's speaker). None when there is no claim cue."""
        cues = L.role_cues()
        lo = max(c.sent.tok_start, c.t0 - 8)

        def cue(j: int) -> str | None:
            w = fold(self.norm(j))
            k = cues.get(w) or (cues.get(w[1:]) if w[:1] in ("و", "ف") else None)
            return {"claim-verb": "verb", "claim-noun": "noun"}.get(k or "")

        j = None
        if c.t0 - 2 >= lo and self.norm(c.t0 - 1) == "عن" and cue(c.t0 - 2) == "noun":
            j = c.t0 - 2
        else:
            for k in range(c.t0 - 1, lo - 1, -1):
                if self.norm(k) in ("،", ",", ".", ";", ":"):
                    break
                if cue(k) == "verb":
                    j = k
                    break
        if j is None:
            return None
        for k in range(max(c.sent.tok_start, j - 8), j):
            w = fold(self.norm(k))
            if (w[1:] if w[:1] in ("و", "ف") else w) in _BLAME_VERBS:
                return None  # حمّلت X Y المسؤولية عن …: a blame, the blamer did not do it
        after = [m for m in self.mentions_between(j + 1, c.t0) if not m.dprep]
        if after and cue(j) == "verb":
            return after[0].actor  # تبنى X الهجوم
        for m in reversed(self.mentions_between(max(c.sent.tok_start, j - 10), j)):
            if not m.dprep and not self.has_break(m.t1, j):
                return m.actor  # X تبنى الهجوم، أعلن X مسؤوليته عن …
            break
        sp = (c.attribution or {}).get("source_actor")
        return sp if sp in self._actor_kind else None

    def victim_cue_between(self, t_lo: int, t_hi: int) -> bool:
        """(events9) Is there a victim verb of event_role_cues.tsv (استشهد، لقي، تعرض) in tokens [t_lo, t_hi)?"""
        cues = L.role_cues()
        for j in range(max(t_lo, 0), min(t_hi, len(self.tv.tokens))):
            w = fold(self.norm(j))
            if cues.get(w) == "victim" or (w[:1] in ("و", "ف") and cues.get(w[1:]) == "victim"):
                return True
        return False

    def locative_between(self, t_lo: int, t_hi: int) -> bool:
        """(events9) Are tokens [t_lo, t_hi) a place adjunct of the noun before them (شرقي البلاد، في
        طرابلس، جنوب لبنان): one to three tokens, opening with a direction word or في before a place?"""
        if not 0 < t_hi - t_lo <= 3 or t_hi > len(self.tv.tokens):
            return False
        w = fold(self.norm(t_lo))
        if w in _DIRECTIONS:
            return all(self.tv.tokens[j].kind == "word" for j in range(t_lo, t_hi))
        return w == "في" and self.place_starts_at(t_lo + 1, self.tv.tokens[t_hi].start)

    def place_starts_at(self, j: int, before: int) -> bool:
        """Does a place of the places layer start in token j (after its clitics) and end before offset
        ``before`` (في جنوب لبنان: the place covers لبنان, so it is not a place before the mention)?"""
        if not (0 <= j < len(self.tv.tokens)):
            return False
        tok = self.tv.tokens[j]
        return any(tok.start <= p.start < tok.end for p in self.spans_in("places", tok.start, before))

    def number_at(self, j: int) -> bool:
        """(events9) Does token j hold a number (quantities layer, digits) or a partitive (عشرات، عدد)?"""
        if not (0 <= j < len(self.tv.tokens)):
            return False
        w = fold(self.norm(j))
        if w.isdigit() or w in _PARTITIVES or (w[:1] == "و" and w[1:] in _PARTITIVES):
            return True
        tok = self.tv.tokens[j]
        return any(q.start <= tok.start < q.end or tok.start <= q.start < tok.end
                   for q in self.spans_in("quantities", max(0, tok.start - 40), tok.end + 80))

    def counted(self, t_from: int, m: Mention) -> bool:
        """(events9) Is mention m a counted group: a number (quantities layer, digits) or a partitive
        (عشرات، عدد من) between token t_from and m, or a number right before the member noun inside m
        (ثلاثة عناصر من X is one mention when the actors layer folds the member noun in)?"""
        lo = self.tv.tokens[t_from].start if t_from < len(self.tv.tokens) else m.start
        for q in self.spans_in("quantities", lo, m.end):
            if q.start < m.start or q.start == m.start:
                return True
        for j in range(t_from, m.t0 + 1):
            w = fold(self.norm(j))
            if j < m.t0 and (w.isdigit() or w in _PARTITIVES or w.lstrip("و") in _PARTITIVES):
                return True
        return False

    def new_assertion(self, t_lo: int, t_hi: int) -> bool:
        """Does a connective that starts a new assertion stand in tokens [t_lo, t_hi): بينما، فيما (not
        فيما يتعلق/يخص)، في حين، كما after a comma or as وكما? Modality and arguments do not cross it
        (اتهمت X Y بقصف …، بينما هاجم Z …: the attack after بينما is Z's, asserted)."""
        for j in range(max(t_lo, 0), min(t_hi, len(self.tv.tokens))):
            w = self.norm(j)
            b = w if w in _NEW_ASSERTION else w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
            if b in _NEW_ASSERTION and not (b == "فيما" and fold(self.norm(j + 1))[:3] in ("يتع", "يخص")):
                return True
            if w in ("في", "وفي") and self.norm(j + 1) == "حين":
                return True
            if w == "كما" and j > 0 and self.norm(j - 1) in ("،", ",") or w == "وكما":
                return True
        return False

    def support_agent(self, c: "Candidate") -> Mention | None:
        """The subject of a support verb with an object pronoun within three tokens after a verbal noun
        (ضربة جوية نفذها [طيران] X، الهجوم الذي شنته قوات X): the first mention with no preposition at
        most three tokens after the verb (looked for past the relative pronoun that ends the noun's clause)."""
        verbs = L.support_verbs()
        hi = min(c.sent.tok_end, c.t1 + 4)
        for j in range(c.t1, hi):
            w = self.norm(j)
            if w in verbs or (w[:1] in ("و", "ف") and w[1:] in verbs):
                for m in self.mentions_between(j + 1, min(c.sent.tok_end, j + 4)):
                    if m.t0 > j and m.t0 - j <= 3 and not m.dprep and not m.prep_att:
                        return m
                return None
        return None

    def speaker_of(self, m: Mention, t_hi: int) -> bool:
        """Is mention ``m`` the subject of a speech verb (cue_verbs.tsv) that governs token ``t_hi``:
        the verb right before it (أعلن [X] …) or between it and ``t_hi`` (X أعلن …)?"""
        sent = self.tv.sentence_of(m.start)
        if sent is None:
            return False
        for cm in self.cue_matches_in(sent):
            if "verb" not in cm.payloads:
                continue
            ti = self.tv.token_index(cm.start)
            if m.t0 - 6 <= ti < m.t0 or m.t1 <= ti < t_hi:  # a title may stand between (أعلن قائد العمليات اللواء X)
                return True
        return False

    def cue_matches_in(self, sent):
        if self._cues is None:
            self._cues = _speech_cues().find(self.doc)
            self._cue_pos = [m.start for m in self._cues]
        i = bisect.bisect_left(self._cue_pos, sent.start)
        j = bisect.bisect_left(self._cue_pos, sent.end)
        return self._cues[i:j]

"""Human-readable text report of an analysed Document (``rasid analyze --format text``).

Each Arabic value is printed on its own line segment after a Latin label, so terminals without
bidirectional support still show every Arabic run intact (right-to-left terminals show it naturally).
"""
from __future__ import annotations

from .document import Document


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _ids(ref) -> str:
    if ref is None:
        return "-"
    if isinstance(ref, list):
        return ", ".join(str(r) for r in ref) or "-"
    return str(ref)


def render_text(doc: Document, *, profile: bool = False) -> str:
    out: list[str] = []
    m = doc.meta
    out.append("rasid analysis")
    out.append("=" * 60)
    if m.title:
        out.append(f"title:      {m.title}")
    out.append(f"published:  {m.published or 'unknown (relative dates left unresolved)'}")
    if m.source:
        out.append(f"source:     {m.source}")
    out.append(f"length:     {len(doc.text)} characters, {len(doc.sentences)} sentences")
    for w in m.warnings:
        out.append(f"warning:    {w}")

    def section(title: str, rows: list[str], count: int | None = None) -> None:
        out.append("")
        out.append(f"{title} ({len(rows) if count is None else count})")
        out.append("-" * 60)
        out.extend(rows if rows else ["  (none)"])

    names = {a.id: a.name for a in doc.actors}
    section("ACTORS", [
        f"  [{a.id}] {a.type:<4} {a.country or '--':<3} {a.name}"
        + (f"  | roles: {'، '.join(r.title for r in a.roles)}" if a.roles else "")
        + f"  | mentions: {len(a.mentions)}"
        for a in doc.actors
    ] or [f"  {e.label:<5} {e.text}" for e in doc.entities])
    section("PLACES", [
        f"  {p.country_code or '--':<3} {p.lat if p.lat is not None else '?':>9} {p.lon if p.lon is not None else '?':>9}  "
        f"{p.text}  -> {p.name or '?'} (geonames {p.geonameid or '?'})"
        for p in doc.places
    ])
    section("DATES", [f"  {str(t.value or '?'):<24} {t.text}" for t in doc.times])
    section("FIGURES", [
        f"  {q.kind or 'count':<10} {q.value!s:<12}{' ~' if q.approximate else '  '} {q.text}"
        for q in doc.quantities
    ])
    rows = []
    for q in doc.quotes:
        src = q.source
        who = "?"
        if src is not None:
            who = f"{src.kind or '?'}: {names.get(src.actor_id, src.text or '?')}"
            desc = src.descriptors or {}
            if desc:
                who += " {" + ", ".join(f"{k}={v}" for k, v in desc.items()) + "}"
        rows.append(f"  {q.kind:<8} {who}")
        rows.append(f"           « {_short(q.text)} »")
    section("QUOTES", rows, len(doc.quotes))
    rows = []
    for e in doc.events:
        src = ", ".join(names.get(x, x) for x in (e.source_actor if isinstance(e.source_actor, list) else [e.source_actor] if e.source_actor else []))
        tgt = ", ".join(names.get(x, x) for x in (e.target_actor if isinstance(e.target_actor, list) else [e.target_actor] if e.target_actor else []))
        rows.append(f"  {e.id} {e.type}{'/' + e.mode if e.mode else ''} [{e.modality}] cameo {e.cameo or '-'}")
        rows.append(f"           {src or '-'} -> {tgt or '-'}")
        where_when = []
        if isinstance(e.place, dict) and (e.place.get("name") or e.place.get("text")):
            where_when.append(f"at {e.place.get('name') or e.place.get('text')} ({e.place.get('country_code') or '--'})")
        if isinstance(e.date, dict) and e.date.get("value"):
            where_when.append(f"on {e.date['value']}")
        figs = [f"{f.get('kind')} {f.get('value')}" for f in (e.figures or []) if isinstance(f, dict)]
        if figs:
            where_when.append("figures: " + ", ".join(figs))
        att = e.attribution or {}
        if att.get("kind") and att.get("kind") != "narration":
            where_when.append(f"per {att.get('source_text') or att.get('kind')}")
        if where_when:
            rows.append("           " + "; ".join(where_when))
        if e.evidence:
            rows.append(f"           « {_short(doc.text[e.evidence.get('start', 0):e.evidence.get('end', 0)])} »")
    section("EVENTS", rows, len(doc.events))
    sourcing = doc.extra.get("sourcing")
    if isinstance(sourcing, dict) and sourcing:
        section("SOURCING", [f"  {k}: {v}" for k, v in sourcing.items()], count=sourcing.get("quotes", len(doc.quotes)))
    if profile and doc.timings:
        total = sum(doc.timings.values()) or 1e-9
        section("PROFILE", [f"  {k:<12} {v * 1000:8.2f} ms  {v / total:6.1%}" for k, v in doc.timings.items()])
    return "\n".join(out) + "\n"


def to_visual(report: str) -> str:
    """Reorder and shape each line for terminals without bidirectional text support."""
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) if line else line for line in report.split("\n"))


def render_profile(doc: Document) -> str:
    total = sum(doc.timings.values()) or 1e-9
    lines = ["component        ms   share"]
    lines += [f"{k:<12} {v * 1000:8.2f}  {v / total:6.1%}" for k, v in doc.timings.items()]
    lines.append(f"{'total':<12} {total * 1000:8.2f}")
    return "\n".join(lines) + "\n"

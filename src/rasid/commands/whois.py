"""``rasid whois``: look up and check the actor dictionary (bundled + ``--actors FILE``)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("whois", help="look up actors in the actor dictionary or check a user dictionary",
                       description="Look up actors by id or name in the bundled actor dictionary (plus --actors "
                                   "FILE), with their roles on a date; or check a user dictionary file.")
    p.add_argument("query", nargs="*", help="ids or names (any spelling: فايز/فائز السراج); none: summary")
    p.add_argument("--actors", metavar="FILE", help="user dictionary (YAML) merged with the bundled one")
    p.add_argument("--date", help="show the roles held on this date (YYYY-MM-DD; default: current roles)")
    p.add_argument("--check", action="store_true", help="only validate --actors FILE and report its entries")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..actors.dictionary import load_dictionary, read_entries
    from ..errors import RasidError
    from ..lexicon.matcher import fold_key
    from ..pipeline import _check_date

    if args.date:
        _check_date(args.date)
    if args.check:
        if not args.actors:
            raise RasidError("E100", "--check needs --actors FILE")
        entries = read_entries(args.actors)
        bundled = load_dictionary(None)
        new = sum(1 for e in entries if bundled.get(e.id) is None)
        print(f"{args.actors}: {len(entries)} actors OK ({new} new, {len(entries) - new} replacing bundled ids)")
        return 0
    d = load_dictionary(args.actors)
    if not args.query:
        kinds: dict[str, int] = {}
        for a in d.actors.values():
            kinds[a.type] = kinds.get(a.type, 0) + 1
        print(f"{len(d)} actors (" + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ")")
        return 0
    status = 0
    for q in args.query:
        ids = [q] if d.get(q) else []
        key = fold_key(q)
        if not ids and key in d.by_alias:
            ids = [d.by_alias[key]]
        if not ids:
            ids = list(dict.fromkeys(d.by_surname.get(key, []) + d.by_last.get(key, [])))
        if not ids:
            print(f"{q}: not in the dictionary")
            status = 1
            continue
        for aid in ids:
            a = d.get(aid)
            roles = a.roles_on(args.date)
            print(f"{a.id}\t{a.name}\t{a.type}\t{a.country or '-'}\t{a.sector or '-'}\t{a.wikidata or '-'}")
            print(f"  aliases: {'، '.join(a.aliases)}" + (f"; surnames: {'، '.join(a.surnames)}" if a.surnames else ""))
            if a.parent:
                print(f"  parent: {a.parent}")
            for r in roles:
                print(f"  role: {r.title} ({r.cls or '-'}, {r.country or '-'}, {r.start or '…'} – {r.end or 'now'})")
    return status

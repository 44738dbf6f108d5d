#!/usr/bin/python3
"""Check the hand-curated event files seeds/<article-id>.events.yaml.

Usage (from anywhere):  /usr/bin/python3 scripts/check_curation.py [REPO_ROOT]
Needs PyYAML and jsonschema (Debian: apt-get install -y python3-yaml python3-jsonschema).

For every seeds/*.events.yaml it checks that:
  * the file loads as YAML and matches schema/curation.schema.json, and every event matches
    schema/event.schema.json (Draft 2020-12, "$ref": "event.schema.json" resolved locally,
    "format": "date" checked);
  * the article seeds/<article-id>.txt exists (and every article has a curation file);
  * source_quote occurs exactly once in the article text, read as the build reads it:
    open(path, encoding='utf-8-sig', newline='').read();
  * ids are unique across all files;
  * event_date <= event_date_end <= publication date (the `date YYYY-MM-DD` on line 1),
    and a `day` precision has event_date == event_date_end, `week` spans at most 7 days;
  * fatalities_low <= fatalities <= fatalities_high, and the same for injured;
  * build-filled fields (article_id, article_date, quote_start, quote_end, confidence) are absent.
Prints one line per problem and a summary; exits 1 if anything failed.
"""
import datetime
import glob
import json
import os
import re
import sys

import yaml
from jsonschema import Draft202012Validator, FormatChecker

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
BUILD_FILLED = ("article_id", "article_date", "quote_start", "quote_end", "confidence")


def validators():
    with open(os.path.join(ROOT, "schema", "event.schema.json"), encoding="utf-8") as f:
        event_schema = json.load(f)
    with open(os.path.join(ROOT, "schema", "curation.schema.json"), encoding="utf-8") as f:
        curation_schema = json.load(f)
    fc = FormatChecker()
    try:  # jsonschema >= 4.18: the `referencing` library
        from referencing import Registry, Resource
        res = Resource.from_contents(event_schema)
        registry = Registry().with_resources([(event_schema["$id"], res), ("event.schema.json", res)])
        cur = Draft202012Validator(curation_schema, registry=registry, format_checker=fc)
    except ImportError:  # older jsonschema (Debian 12 ships 4.10): RefResolver
        from jsonschema import RefResolver
        store = {event_schema["$id"]: event_schema, "event.schema.json": event_schema}
        cur = Draft202012Validator(curation_schema, format_checker=fc,
                                   resolver=RefResolver.from_schema(curation_schema, store=store))
    return cur, Draft202012Validator(event_schema, format_checker=fc)


def main():
    cur_v, ev_v = validators()
    seeds = os.path.join(ROOT, "seeds")
    problems, seen_ids, counts = [], {}, {}

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    for art in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        if not os.path.exists(art[:-4] + ".events.yaml"):
            bad(os.path.basename(art), "no .events.yaml curation file")

    for path in sorted(glob.glob(os.path.join(seeds, "*.events.yaml"))):
        name = os.path.basename(path)
        article = path[: -len(".events.yaml")] + ".txt"
        if not os.path.exists(article):
            bad(name, "article .txt not found")
            continue
        text = open(article, encoding="utf-8-sig", newline="").read()
        m = re.search(r"date (\d{4}-\d{2}-\d{2})", text.split("\n", 1)[0])
        if not m:
            bad(name, "no 'date YYYY-MM-DD' on the article's first line")
            continue
        pub = datetime.date.fromisoformat(m.group(1))
        try:
            with open(path, encoding="utf-8") as f:
                doc = yaml.safe_load(f)
        except yaml.YAMLError as e:
            bad(name, f"YAML error: {e}")
            continue
        for err in cur_v.iter_errors(doc):
            if len(err.absolute_path) >= 2 and err.absolute_path[0] == "events":
                continue  # reported per event below, with the event's id
            bad(name, f"curation schema: {'/'.join(map(str, err.absolute_path))}: {err.message}")
        events = doc.get("events", []) if isinstance(doc, dict) else []
        counts[name] = len(events)
        for i, ev in enumerate(events):
            if not isinstance(ev, dict):
                continue
            where = f"{name} #{i} {ev.get('id', '?')}"
            for err in ev_v.iter_errors(ev):
                bad(where, f"event schema: {'/'.join(map(str, err.absolute_path))}: {err.message}")
            for k in BUILD_FILLED:
                if k in ev:
                    bad(where, f"build-filled field {k} must not be curated")
            eid = ev.get("id")
            if eid in seen_ids:
                bad(where, f"duplicate id (also in {seen_ids[eid]})")
            seen_ids[eid] = name
            q = ev.get("source_quote")
            if isinstance(q, str):
                n = text.count(q)
                if n == 0:
                    bad(where, "source_quote not found verbatim in the article")
                elif n > 1:
                    bad(where, f"source_quote occurs {n} times; choose a longer, unique passage")
            try:
                d0 = datetime.date.fromisoformat(str(ev.get("event_date")))
                d1 = datetime.date.fromisoformat(str(ev.get("event_date_end")))
            except ValueError:
                bad(where, "event_date/event_date_end not ISO dates")
            else:
                if not d0 <= d1 <= pub:
                    bad(where, f"need event_date <= event_date_end <= publication date {pub}")
                prec = ev.get("date_precision")
                if prec == "day" and d0 != d1:
                    bad(where, "date_precision day but event_date != event_date_end")
                if prec == "week" and (d1 - d0).days > 6:
                    bad(where, "date_precision week but the span is longer than 7 days")
            for base in ("fatalities", "injured"):
                lo, best, hi = ev.get(base + "_low"), ev.get(base), ev.get(base + "_high")
                vals = [v for v in (lo, best, hi) if isinstance(v, int)]
                if vals != sorted(vals):
                    bad(where, f"need {base}_low <= {base} <= {base}_high, got {lo}/{best}/{hi}")

    for name, n in counts.items():
        print(f"{n:3d} events  {name}")
    for p in problems:
        print("FAIL", p)
    print(f"{len(counts)} files, {sum(counts.values())} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

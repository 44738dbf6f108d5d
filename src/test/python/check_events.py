"""Independent checks of a built dataset with real pandas and jsonschema (Debian's python3).

usage: check_events.py SEEDS_DIR OUTPUT_DIR SCHEMA_DIR

1. pandas reads events.csv with no option beyond parse_dates;
2. every row's source_quote is text[quote_start:quote_end] of its article, the article read the
   way the README says: open(path, encoding='utf-8-sig', newline='').read();
3. every event in events.yaml validates against schema/event.schema.json (draft 2020-12, formats
   checked) and events.yaml holds the same events as events.csv.
Prints one line per check and exits 1 on the first failure.
"""
import json
import os
import sys

import jsonschema
import pandas as pd
import yaml

seeds, out, schema_dir = sys.argv[1:4]
df = pd.read_csv(os.path.join(out, "events.csv"), parse_dates=["event_date", "event_date_end", "article_date"])
assert str(df["event_date"].dtype).startswith("datetime64"), df.dtypes
print(f"pandas read {len(df)} rows x {len(df.columns)} columns")

for row in df.itertuples():
    with open(os.path.join(seeds, row.article_id + ".txt"), encoding="utf-8-sig", newline="") as f:
        text = f.read()
    got = text[int(row.quote_start):int(row.quote_end)]
    if got != row.source_quote:
        sys.exit(f"row {row.id}: text[{row.quote_start}:{row.quote_end}] is {got!r}, not the quote {row.source_quote!r}")
print(f"all {len(df)} quotes found at their offsets")

with open(os.path.join(schema_dir, "event.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
with open(os.path.join(out, "events.yaml"), encoding="utf-8") as f:
    events = yaml.safe_load(f)["events"] or []
for event in events:
    errors = sorted(validator.iter_errors(event), key=str)
    if errors:
        sys.exit(f"event {event.get('id')} breaks the schema: {errors[0].message}")
assert [e["id"] for e in events] == list(df["id"]), "events.yaml and events.csv hold the same events in the same order"
print(f"all {len(events)} events in events.yaml validate against the schema")

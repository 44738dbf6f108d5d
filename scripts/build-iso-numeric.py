#!/usr/bin/python3
"""Writes src/main/resources/org/eventline/output/iso3166-numeric.tsv (alpha-3 TAB numeric) from
Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json, LGPL-2.1+ data of ISO 3166-1
codes, which are facts). Used by the ACLED-shaped export's `iso` column. Run once when iso-codes
changes: /usr/bin/python3 scripts/build-iso-numeric.py"""
import json

codes = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
with open("src/main/resources/org/eventline/output/iso3166-numeric.tsv", "w", encoding="utf-8", newline="\n") as out:
    out.write("alpha_3\tnumeric\n")
    for c in sorted(codes, key=lambda c: c["alpha_3"]):
        out.write(f"{c['alpha_3']}\t{int(c['numeric'])}\n")

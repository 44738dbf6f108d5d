#!/usr/bin/env python3
"""Regenerates the evaluation figures and the tables of docs/evaluation.md from them.

Run from the repository root after `mvn -B -q -o package -DskipTests`:

    python3 scripts/refresh-eval-docs.py

It runs the real jar twice: `eval --split heldout --write-figures eval/figures.tsv
--write-end-to-end eval/end-to-end.tsv` (the committed held-out figures that EvalFiguresTest
guards), then `eval` (dev and held out), and replaces in docs/evaluation.md
- the end-to-end tables under "### End to end, dev split" and "### End to end, heldout split"
  with what `eval` prints, and
- the two tables under "## Held-out figures" with the rows of the two TSV files.
Nothing else in the document changes: the prose around the tables (what changed and why) is a
person's to write. Read `git diff` before committing: a figure that dropped is a regression to
explain or fix, and EvalFiguresTest fails on it.
"""

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "eventline.jar"
DOC = ROOT / "docs" / "evaluation.md"


def run(*args):
    return subprocess.run(
        ["java", "-jar", str(JAR), *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def tsv_table(path):
    rows = [line.split("\t") for line in path.read_text().splitlines() if line]
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out) + "\n"


def replace_table_after(doc, marker, table):
    """Replaces the first markdown table after `marker` with `table`."""
    at = doc.index(marker)
    start = doc.index("\n|", at) + 1
    end = start
    while end < len(doc) and doc.startswith("|", end):
        end = doc.index("\n", end) + 1
    return doc[:start] + table + doc[end:]


def section(printed, split):
    """What `eval` prints under "## End to end, SPLIT", without its heading."""
    match = re.search(
        r"^## End to end, " + split + r" split\n(.*?)(?=^## )", printed, re.M | re.S
    )
    if not match:
        sys.exit("eval printed no end-to-end section for the " + split + " split")
    return match.group(1).strip("\n") + "\n"


def replace_section(doc, heading, body):
    """Replaces what follows `heading` up to the next heading of level 2 or 3."""
    at = doc.index(heading) + len(heading)
    nxt = re.compile(r"^#{2,3} ", re.M).search(doc, at)
    end = nxt.start() if nxt else len(doc)
    return doc[:at] + "\n\n" + body + "\n" + doc[end:]


def main():
    if not JAR.exists():
        sys.exit("no " + str(JAR) + ": run mvn -B -q -o package -DskipTests first")
    run(
        "eval",
        "--split",
        "heldout",
        "--write-figures",
        "eval/figures.tsv",
        "--write-end-to-end",
        "eval/end-to-end.tsv",
    )
    printed = run("eval")
    doc = DOC.read_text()
    for split in ("dev", "heldout"):
        doc = replace_section(doc, "### End to end, " + split + " split", section(printed, split))
    doc = replace_table_after(
        doc, "Per field, from `eval/figures.tsv`", tsv_table(ROOT / "eval" / "figures.tsv")
    )
    doc = replace_table_after(
        doc, "End to end, from `eval/end-to-end.tsv`", tsv_table(ROOT / "eval" / "end-to-end.tsv")
    )
    DOC.write_text(doc)


if __name__ == "__main__":
    main()

"""Dates with python3-dateparser's search_dates over every *.txt article of a folder, as a whole
process (for WholeProcessBenchmark): each file against its publication date (line 1,
"date YYYY-MM-DD"); prints "files bytes dates"."""
import datetime
import os
import re
import sys

from dateparser.search import search_dates

folder = sys.argv[1]
files = size = dates = 0
for name in sorted(os.listdir(folder)):
    if not name.endswith(".txt"):
        continue
    with open(os.path.join(folder, name), "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    m = re.match(r"\s*date (\d{4})-(\d{2})-(\d{2})", text)
    base = datetime.datetime(*map(int, m.groups())) if m else datetime.datetime(2020, 1, 1)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    dates += len(found or [])
    files += 1
    size += len(data)
print(files, size, dates)

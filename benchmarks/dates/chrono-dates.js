// Dates with chrono-node over every *.txt article of a folder, as a whole process (for
// WholeProcessBenchmark): reads each file, parses it against its publication date (line 1,
// "date YYYY-MM-DD"), counts the dates found, prints "files bytes dates".
"use strict";
const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

const dir = process.argv[2];
let files = 0, bytes = 0, dates = 0;
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith(".txt")) continue;
  const buf = fs.readFileSync(path.join(dir, name));
  const text = buf.toString("utf8");
  const m = /^\s*date (\d{4})-(\d{2})-(\d{2})/.exec(text);
  const ref = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : new Date(Date.UTC(2020, 0, 1));
  dates += chrono.parse(text, ref).length;
  files += 1;
  bytes += buf.length;
}
console.log(files + " " + bytes + " " + dates);

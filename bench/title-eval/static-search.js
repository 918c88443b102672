// node static-search.js MODEL.json LIMIT < titles.txt > answers.tsv
// Runs the static site's title search (title-search.js, next to this file) over one title a line and prints the
// O*NET-SOC codes of its matches, tab-separated, a line each: how bench/title-eval scores the browser's code.
"use strict";
const fs = require("fs");
const path = require("path");
const search = require(path.join(__dirname, "title-search.js"));
const started = process.hrtime.bigint();
const index = search.load(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
const loaded = process.hrtime.bigint();
const limit = Number(process.argv[3] || 5);
const titles = fs.readFileSync(0, "utf8").split("\n");
if (titles[titles.length - 1] === "") titles.pop();
const out = titles.map((t) => index.search(t, limit).matches.map((m) => m.code).join("\t"));
const done = process.hrtime.bigint();
process.stdout.write(out.join("\n") + "\n");
process.stderr.write(`load ${Number(loaded - started) / 1e6} ms; ${titles.length} queries in ${Number(done - loaded) / 1e6} ms\n`);

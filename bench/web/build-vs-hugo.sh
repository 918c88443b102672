#!/usr/bin/env bash
# `ladder build` of the whole site vs Hugo building a control site with the same number of pages of similar size.
# Prints pages/s for both, the ratio, and each build's peak memory (/usr/bin/time -v).
source "$(dirname "$0")/common.sh"
need hugo hugo
need_time
build_ladder

SITE="$WORK/site"
/usr/bin/time -v -o "$WORK/ladder.time" "${LADDER[@]}" --db "$DB" build "$SITE" >"$WORK/ladder.log"
PAGES=$(find "$SITE" -name index.html | wc -l)
AVG_BYTES=$(find "$SITE" -name index.html -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / NR }')
LADDER_SECONDS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/ladder.time")
LADDER_MB=$(peak_mb "$WORK/ladder.time")

# The control site: as many Markdown pages as ladder wrote, each rendering to about the same size.
CONTROL="$WORK/hugo"
python3 - "$CONTROL" "$PAGES" "$AVG_BYTES" <<'PY'
import os, sys, random
root, pages, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(f"{root}/content/pages", exist_ok=True)
os.makedirs(f"{root}/layouts/_default", exist_ok=True)
open(f"{root}/hugo.toml", "w").write('baseURL = "https://example.org/"\ntitle = "Control"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
layout = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
          '<link rel="stylesheet" href="/assets/site.css"></head><body><header><a href="/">Home</a></header>'
          '<main><h1>{{ .Title }}</h1>{{ .Content }}</main><footer>{{ .Site.Title }}</footer></body></html>')
open(f"{root}/layouts/_default/single.html", "w").write(layout)
open(f"{root}/layouts/_default/list.html", "w").write(layout.replace("{{ .Content }}", "{{ range first 50 .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}"))
open(f"{root}/layouts/index.html", "w").write(layout)
rng = random.Random(7)
words = "career salary skill level junior senior lead engineer data python roadmap employer industry median percentile wage task tool".split()
for i in range(pages):
    body, n = [], 0
    while n < size * 0.8:
        line = "- " + " ".join(rng.choice(words) for _ in range(12)) + f" [link](/pages/p{rng.randrange(pages)}/)"
        body.append(line); n += len(line) + 40
    open(f"{root}/content/pages/p{i}.md", "w").write(f"---\ntitle: \"Page {i}\"\n---\n\n## Section\n\n" + "\n".join(body) + "\n")
PY
/usr/bin/time -v -o "$WORK/hugo.time" hugo --quiet -s "$CONTROL" -d "$WORK/hugo-out" >/dev/null
HUGO_PAGES=$(find "$WORK/hugo-out" -name index.html | wc -l)
HUGO_AVG=$(find "$WORK/hugo-out/pages" -name index.html -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / NR }')
HUGO_SECONDS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/hugo.time")
HUGO_MB=$(peak_mb "$WORK/hugo.time")

LADDER_PPS=$(awk -v p="$PAGES" -v s="$LADDER_SECONDS" 'BEGIN { printf "%.0f", p / s }')
HUGO_PPS=$(awk -v p="$HUGO_PAGES" -v s="$HUGO_SECONDS" 'BEGIN { printf "%.0f", p / s }')
echo "Whole-process wall time, $(nproc) cores. ladder's time includes start-up, catalog load, rendering and the link check."
printf "%-14s %8s %9s %10s %10s %9s\n" "builder" "pages" "avg bytes" "seconds" "pages/s" "peak MB"
printf "%-14s %8s %9s %10s %10s %9s\n" "ladder build" "$PAGES" "$AVG_BYTES" "$LADDER_SECONDS" "$LADDER_PPS" "$LADDER_MB"
printf "%-14s %8s %9s %10s %10s %9s\n" "hugo" "$HUGO_PAGES" "$HUGO_AVG" "$HUGO_SECONDS" "$HUGO_PPS" "$HUGO_MB"
echo "ratio pages/s ladder/hugo: $(ratio "$LADDER_PPS" "$HUGO_PPS")  (target >= 2)"
grep -E "Link check" "$WORK/ladder.log" || true

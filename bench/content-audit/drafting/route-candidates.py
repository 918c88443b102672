#!/usr/bin/env python3
"""One-off: candidate "named routes" for content/occupations/routes.yaml from the Handbook's How to Become One tabs.
Prints, per Handbook page, each sentence that names another Handbook occupation (a link to its page) beside a route
phrase ("experience as", "start as", "promoted from", "years as", "work experience in a related occupation"), with the
linked page's O*NET codes, and lists the occupations whose BLS typical experience in a related occupation is not
"None". Not shipped: a person reads each sentence and decides the entry; the YAML is the source of truth.
Usage: route-candidates.py LADDER_DB OOH_PAGES_JSONL OOH_HTML_DIR > candidates.tsv"""
import glob, html, json, os, re, sqlite3, sys

db_path, jsonl, html_dir = sys.argv[1:4]
pages = {json.loads(l)["page"]: json.loads(l) for l in open(jsonl)}
db = sqlite3.connect(db_path)
onet = {c: t for c, t in db.execute("select code, title from occupation")}
experience = {c: e for c, e in db.execute("select code, experience from projection where is_summary = 0")}

ROUTE = re.compile(r"experience (as|in|from)|start(s|ed)? (out )?as|begin(s)? (their careers )?as|promot|years (of experience )?as|"
                   r"advance from|work(ed)? as|background (as|in)|former|previously|first (work|gain)|related occupation", re.I)
LINK = re.compile(r'<a href="(?:https://www\.bls\.gov)?/ooh/[^"]*/([a-z0-9-]+)\.htm[^"]*"[^>]*>(.*?)</a>', re.S)


def codes_of(page):
    """O*NET codes of a Handbook page: each SOC code's .00 occupation when O*NET has it, else its detailed ones."""
    out = []
    for soc in pages.get(page, {}).get("soc_codes", []):
        exact = [c for c in onet if c.startswith(soc + ".")]
        out += [c for c in exact if c.endswith(".00")] or exact
    return out


def tab4(text):
    m = re.search(r'<div id="tab-4"(.*?)<div id="tab-5"', text, re.S)
    return m.group(1) if m else ""


for f in sorted(glob.glob(os.path.join(html_dir, "*.html"))):
    page = os.path.basename(f)[:-5]
    body = tab4(open(f, errors="ignore").read())
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', open(f, errors="ignore").read())
    for para in re.findall(r"<p>(.*?)</p>", body, re.S):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
            links = [(p, html.unescape(re.sub("<[^>]+>", "", t))) for p, t in LINK.findall(sentence) if p != page and p in pages]
            # A route phrase names the way in with or without a link ("many years in carpentry, masonry ...").
            if not ROUTE.search(sentence): continue
            plain = " ".join(html.unescape(re.sub("<[^>]+>", "", sentence)).replace("\xa0", " ").split())
            named = "; ".join(f"{t} -> {','.join(codes_of(p)) or '?'}" for p, t in links)
            print(f"{page}\t{','.join(codes_of(page))}\t{canonical.group(1) if canonical else ''}\t{named}\t{plain}")

print("\n# occupations whose BLS typical experience in a related occupation is not None:", file=sys.stderr)
for code, e in sorted(experience.items()):
    if e and e != "None": print(f"#exp\t{code}\t{e}\t{onet.get(code + '.00', '')}", file=sys.stderr)

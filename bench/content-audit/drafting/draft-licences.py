#!/usr/bin/env python3
"""One-off drafting of content/licences/*.yaml from spec.py (hand-reviewed decisions), the Handbook pages and the
Employment Projections training categories. Not shipped: after drafting, the YAML is the source of truth.
Usage: draft-licences.py LADDER_DB OOH_PAGES_JSONL OOH_HTML_DIR OUT_DIR ROLES_DIR"""
import json, re, sqlite3, sys, glob, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from spec import D, OOH
db_path, jsonl, html_dir, out_dir, roles_dir = sys.argv[1:6]
REVIEWED = "2026-12"
pages = [json.loads(l) for l in open(jsonl)]
url = {}
for f in glob.glob(os.path.join(html_dir, "*.html")):
    m = re.search(r'<link rel="canonical" href="([^"]+)"', open(f, errors="ignore").read())
    url[os.path.basename(f)[:-5]] = m.group(1)
soc_page = {}
for p in pages:
    for s in p["soc_codes"]: soc_page.setdefault(s, p)
db = sqlite3.connect(db_path)
occ = {c: t for c, t in db.execute("select code,title from occupation")}
ep = {r[0]: r for r in db.execute("select code,is_summary,training,entry_education from projection")}
AGG = {"21-1011":"21-1018","21-1014":"21-1018","25-2055":"25-2052","25-2056":"25-2052","25-9042":"25-9045","25-9043":"25-9045","25-9049":"25-9045","51-2022":"51-2028","51-2023":"51-2028","53-1042":"53-1047","53-1043":"53-1047","53-1044":"53-1047","53-1049":"53-1047"}
def ep_row(code):
    soc = code[:7]
    r = ep.get(soc)
    if r and not r[1]: return r
    if soc in AGG: return ep.get(AGG[soc])
    if soc[6] != "0": return ep.get(soc[:6] + "0")
    return None
EDU_YEARS = {"Postsecondary nondegree award": (0.25, 2), "Associate's degree": (2, 2), "Bachelor's degree": (4, 4),
             "Master's degree": (5, 6), "Doctoral or professional degree": (7, 9)}
def default_training(code):
    r = ep_row(code)
    if not r: return None
    training, edu = r[2], r[3]
    if training == "Short-term on-the-job training": return dict(route="employer-training", minYears=0, maxYears=0.1, detail="Short-term on-the-job training (a month or less, BLS category)")
    if training == "Moderate-term on-the-job training": return dict(route="employer-training", minYears=0.1, maxYears=1, detail="Moderate-term on-the-job training (1 to 12 months, BLS category)")
    if training == "Long-term on-the-job training": return dict(route="employer-training", minYears=1, detail="Long-term on-the-job training (more than 12 months, BLS category)")
    if training == "Apprenticeship": return dict(route="apprenticeship", detail="An apprenticeship (BLS typical training); its length varies by programme")
    if training == "Internship/residency": return dict(route="supervised-practice", detail="An internship or residency (BLS typical training)")
    if edu in EDU_YEARS:
        lo, hi = EDU_YEARS[edu]
        return dict(route="programme", minYears=lo, maxYears=hi, detail=f"{edu} (BLS typical entry education); years counted from high school")
    return None
def source_of(src):
    return url[src[len(OOH):]] if src.startswith(OOH) else src
decided = {}
entries = []
for s in D:
    for c in s["codes"]:
        assert c in occ, c
        assert c not in decided, c
        decided[c] = s
    src = source_of(s["src"])
    e = dict(title=(occ[s["codes"][0]] if len(s["codes"]) == 1 else None), codes=s["codes"], kind=s["kind"])
    for k in ("agency", "credential", "issuer", "exam", "time", "onlyFor", "instead", "note"):
        if s.get(k): e[k] = s[k]
    if s.get("key") and s["kind"] != "none": e["key"] = s["key"]
    if s.get("includes"): e["includes"] = s["includes"]
    e["training"] = s.get("training") or default_training(s["codes"][0])
    e["source"] = src
    e["reviewed"] = s.get("reviewedOverride") or (REVIEWED if s["src"].startswith(OOH) else "unchecked")
    entries.append(e)
# Every other occupation: "none", grouped by source and BLS training category.
EDU_PHRASE = {"No formal educational credential": "no formal credential", "High school diploma or equivalent": "a high school diploma",
              "Postsecondary nondegree award": "a postsecondary certificate", "Some college, no degree": "some college",
              "Associate's degree": "an associate's degree", "Bachelor's degree": "a bachelor's degree", "Master's degree": "a master's degree",
              "Doctoral or professional degree": "a doctoral or professional degree"}
groups = collections.OrderedDict()
for c in sorted(occ):
    if c in decided: continue
    p = soc_page.get(c[:7])
    r = ep_row(c)
    if c.startswith("55-"):
        key = ("military", "https://www.bls.gov/ooh/military/military-careers.htm", None)
    elif p:
        key = ("page", url[p["page"]], r[2] if r else None)
    else:
        key = ("onet", c[:2], r[2] if r else None)
    groups.setdefault(key, []).append(c)
def instead_for(code):
    r = ep_row(code)
    if code.startswith("55-"): return "No civilian licence applies: the armed service selects, trains and qualifies its members for this specialty."
    if not r: return "No licence is needed; employers set their own hiring requirements."
    edu = EDU_PHRASE.get(r[3], "their own requirements")
    tr = {"Short-term on-the-job training": " and train new workers on the job for a month or less",
          "Moderate-term on-the-job training": " and train new workers on the job for 1 to 12 months",
          "Long-term on-the-job training": " and train new workers on the job for more than a year",
          "Apprenticeship": " and train new workers through an apprenticeship"}.get(r[2], "")
    return f"No licence is needed; employers usually ask for {edu}{tr}." if edu != "no formal credential" else f"No licence is needed and no formal credential is expected; employers look for reliability{tr.replace(' and train', ' and they train')}."
for (kind, where, _), codes in groups.items():
    if kind == "page": src, rev = where, REVIEWED
    elif kind == "military": src, rev = where, REVIEWED
    else: src, rev = None, "unchecked"
    # Codes without a Handbook page cite their own O*NET page, so each gets its own entry.
    batches = [codes] if src else [[c] for c in codes]
    for batch in batches:
        e = dict(title=occ[batch[0]] if len(batch) == 1 else None, codes=batch, kind="none", instead=instead_for(batch[0]),
                 training=default_training(batch[0]), source=src or f"https://www.onetonline.org/link/summary/{batch[0]}", reviewed=rev)
        entries.append(e)
        for c in batch: decided[c] = e
# Curated roles: the decision of their primary occupation, stated for the role.
role_entries = collections.OrderedDict()
for f in sorted(glob.glob(os.path.join(roles_dir, "*.yaml"))):
    text = open(f).read()
    slug = os.path.basename(f)[:-5]
    m = re.search(r"^socCodes:\s*\[([^\]]+)\]", text, re.M) or re.search(r"^socCodes:\s*\n\s*-\s*['\"]?([\d.-]+)", text, re.M)
    primary = m.group(1).split(",")[0].strip().strip("'\"")
    e = decided[primary] if primary in decided else next(x for x in entries if primary in x["codes"])
    k = (id(e), primary)
    role_entries.setdefault(k, dict(primary=primary, base=e, roles=[]))["roles"].append(slug)
def major(code): return code[:2]
NAMES = {"11":"management","13":"business-and-financial","15":"computer-and-mathematical","17":"architecture-and-engineering","19":"science","21":"community-and-social-service","23":"legal","25":"education-and-library","27":"arts-and-media","29":"healthcare-practitioners","31":"healthcare-support","33":"protective-service","35":"food-service","37":"building-and-grounds","39":"personal-care-and-service","41":"sales","43":"office-and-administrative","45":"farming-fishing-forestry","47":"construction-and-extraction","49":"installation-and-repair","51":"production","53":"transportation","55":"military"}
def q(v):
    if isinstance(v, (int, float)): return repr(v)
    s = str(v)
    return json.dumps(s, ensure_ascii=False) if re.search(r"[:#\[\]{},&*!|>'\"%@`]", s) or s != s.strip() else s
def emit(e, fh, roles=None):
    title = e.get("title") or (occ[e["codes"][0]] + (f" and {len(e['codes'])-1} more" if len(e["codes"]) > 1 else ""))
    fh.write(f"- title: {q(title)}\n")
    if roles: fh.write(f"  roles: [{', '.join(roles)}]\n")
    else: fh.write(f"  codes: [{', '.join(e['codes'])}]\n")
    fh.write(f"  kind: {e['kind']}\n")
    for k in ("agency", "credential", "issuer", "exam", "time", "onlyFor", "instead", "note", "key"):
        if e.get(k): fh.write(f"  {k}: {q(e[k])}\n")
    if e.get("includes"): fh.write(f"  includes: [{', '.join(e['includes'])}]\n")
    t = e.get("training")
    if t:
        parts = [f"route: {t['route']}"] + [f"{k}: {q(t[k])}" for k in ("minYears", "maxYears", "hours") if t.get(k) is not None] + [f"detail: {q(t['detail'])}"]
        fh.write("  training: {" + ", ".join(parts) + "}\n")
    fh.write(f"  source: {e['source']}\n  reviewed: {q(e['reviewed'])}\n\n")
os.makedirs(out_dir, exist_ok=True)
files = collections.defaultdict(list)
for e in entries: files[major(e["codes"][0])].append(e)
for m, es in sorted(files.items()):
    with open(os.path.join(out_dir, f"{m}-{NAMES[m]}.yaml"), "w") as fh:
        fh.write(f"# Licence decisions for SOC major group {m} ({NAMES[m].replace('-', ' ')}). Schema: content/README.md (\"Licences\").\n\n")
        for e in sorted(es, key=lambda x: x["codes"][0]): emit(e, fh)
with open(os.path.join(out_dir, "roles.yaml"), "w") as fh:
    fh.write("# Licence decisions for curated roles: each states its primary occupation's decision. Schema: content/README.md.\n\n")
    for v in role_entries.values():
        e = dict(v["base"]); e["title"] = f"Curated roles whose primary occupation is {occ[v['primary']]}"
        emit(e, fh, roles=v["roles"])
print(len(decided), "occupations;", sum(len(v["roles"]) for v in role_entries.values()), "roles;", collections.Counter(e["kind"] for e in entries))

"""The control site for bench/web/build-vs-hugo.sh: as many career-like Hugo pages as `ladder build` writes, each
rendering to about the same size. Every page has structured front matter (career levels with years and pay, rated
skills, related careers as links), which its template renders as a table and lists, and eight paragraphs of body text.

Usage: hugo-control-site.py OUTPUT_DIR PAGES AVERAGE_BYTES
"""
import os
import random
import sys

root, pages, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(f"{root}/content/careers", exist_ok=True)
os.makedirs(f"{root}/layouts/_default", exist_ok=True)
with open(f"{root}/hugo.toml", "w") as f:
    f.write('baseURL = "https://example.org/"\ntitle = "Control"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')

head = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        '<meta name="description" content="{{ .Params.summary }}">'
        '<link rel="stylesheet" href="/assets/site.css"></head><body><header><a href="/">Home</a></header><main>')
foot = '</main><footer>{{ .Site.Title }}</footer></body></html>'
single = head + (
    '<h1>{{ .Title }}</h1><p class="lead">{{ .Params.summary }}</p>'
    '<h2>Career ladder</h2><table><thead><tr><th>Level</th><th>Years</th><th>Median pay</th></tr></thead><tbody>'
    '{{ range .Params.levels }}<tr><td>{{ .title }}</td><td>{{ .years }}</td><td>${{ lang.FormatNumber 0 .pay }}</td></tr>{{ end }}'
    '</tbody></table>'
    '<h2>Skills</h2><ul>{{ range .Params.skills }}<li>{{ .name }} <span class="meter" title="importance {{ .importance }} of 5">'
    '<span style="width:{{ mul .importance 20 }}%"></span></span></li>{{ end }}</ul>'
    '<h2>About the work</h2>{{ .Content }}'
    '<h2>Related careers</h2><ul>{{ range .Params.related }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul>'
) + foot
with open(f"{root}/layouts/_default/single.html", "w") as f:
    f.write(single)
with open(f"{root}/layouts/_default/list.html", "w") as f:
    f.write(head + '<h1>{{ .Title }}</h1><ul>{{ range first 50 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>' + foot)
with open(f"{root}/layouts/index.html", "w") as f:
    f.write(head + '<h1>{{ .Site.Title }}</h1>' + foot)

rng = random.Random(7)
words = ("career salary skill level junior senior lead engineer data python roadmap employer industry median "
         "percentile wage task tool nurse teacher analyst welding safety patient budget report design").split()
levels = ["Entry", "Junior", "Mid-level", "Senior", "Lead", "Principal"]
skill_names = ["Critical Thinking", "Active Listening", "Writing", "Mathematics", "Programming", "Monitoring",
               "Coordination", "Judgment and Decision Making", "Systems Analysis", "Negotiation", "Instructing",
               "Time Management", "Quality Control Analysis", "Operations Monitoring", "Persuasion", "Science"]

def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(10, 18))).capitalize() + "."

# The template's fixed parts and front matter render to about 3 kB; the eight paragraphs make up the rest.
paragraph_bytes = max(200, (size - 3000) // 8)
for i in range(pages):
    lines = ["---", f'title: "Career {i}"', f'summary: "{sentence()}"', "levels:"]
    pay = rng.randint(30, 60) * 1000
    for n, level in enumerate(levels[:rng.randint(3, 6)]):
        lines += [f'  - title: "{level} career {i}"', f'    years: "{n * 2}-{n * 2 + 3}"', f"    pay: {pay}"]
        pay = int(pay * 1.18)
    lines.append("skills:")
    for name in rng.sample(skill_names, 10):
        lines += [f'  - name: "{name}"', f"    importance: {rng.randint(2, 5)}"]
    lines.append("related:")
    for other in rng.sample(range(pages), min(10, pages)):
        lines += [f'  - title: "Career {other}"', f'    url: "/careers/c{other}/"']
    lines.append("---")
    body = []
    for _ in range(8):
        text = ""
        while len(text) < paragraph_bytes:
            text += sentence() + " "
        body.append(text.strip())
    with open(f"{root}/content/careers/c{i}.md", "w") as f:
        f.write("\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n")

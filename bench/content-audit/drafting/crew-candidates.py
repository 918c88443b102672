#!/usr/bin/env python3
"""Drafts content/occupations/crews.yaml: for each first-line supervisor, the occupations of the SOC groups its O*NET
description names (by code prefix below), from a catalog database. One-off: a person reads each list against the
description and edits the YAML, which is then the source of truth. usage: crew-candidates.py DB > crews.yaml"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
titles = dict(db.execute("select code, title from occupation"))
# supervisor code -> (prefixes of the supervised codes, codes left out)
GROUPS = {
 '33-1011.00': (['33-3012'], []),
 '33-1012.00': (['33-3021', '33-3051', '33-3052'], []),
 '33-1021.00': (['33-2011', '33-2021', '33-2022'], []),
 '33-1091.00': (['33-9031', '33-9032'], []),
 '33-1099.00': (['33-3031', '33-3041', '33-9011', '33-9091', '33-9092', '33-9093', '33-9094', '33-9099'], []),
 '35-1012.00': (['35-2', '35-3', '35-9'], []),
 '37-1011.00': (['37-201'], []),
 '37-1012.00': (['37-3'], []),
 '39-1013.00': (['39-301', '41-2012'], []),
 '39-1014.00': (['39-302', '39-303', '39-309', '39-9032'], []),
 '39-1022.00': (['39-2', '39-4021', '39-5', '39-6', '39-7', '39-9011', '39-9031'], []),
 '41-1011.00': (['41-2011', '41-2021', '41-2022', '41-2031'], []),
 '41-1012.00': (['41-3', '41-4', '41-9011', '41-9022', '41-9031', '41-9041', '41-9091'], []),
 '43-1011.00': (['43-2', '43-3', '43-4', '43-5', '43-6', '43-9'], []),
 '45-1011.00': (['45-2021', '45-2041', '45-209', '45-3', '45-4'], []),
 '47-1011.00': (['47-2', '47-3', '47-4', '47-5'], ['47-4011']),
 '47-1011.03': (['47-2231', '47-2111', '47-2152.04', '47-2181', '47-2061'], []),
 '49-1011.00': (['49-2', '49-3', '49-9'], []),
 '51-1011.00': (['51-2', '51-3', '51-4', '51-5', '51-6', '51-7', '51-8', '51-9'], []),
 '53-1041.00': (['53-7062', '53-7051', '53-6032'], []),
 '53-1042.00': (['53-7061', '53-7062', '53-7063', '53-7064', '53-7065'], []),
 '53-1042.01': (['53-7081', '51-9199.01', '53-7062'], []),
 '53-1043.00': (['53-7011', '53-7021', '53-7031', '53-7041', '53-7051', '53-707', '53-7081', '53-7121', '53-7199', '53-3032', '53-3033'], []),
 '53-1044.00': (['53-2031', '53-6061'], []),
 '53-1049.00': (['53-3031', '53-305', '53-4', '53-5011', '53-6011', '53-6021', '53-6031', '53-6041', '53-6051', '53-6099'], []),
 '55-2011.00': (['55-3011'], []),
 '55-2012.00': (['55-3013', '55-3014', '55-3016', '55-3017', '55-3018'], []),
 '55-2013.00': (['55-3015', '55-3019'], []),
}
print("# drafted by bench/content-audit/drafting/crew-candidates.py")
for sup, (prefixes, out) in GROUPS.items():
    crew = [c for c in sorted(titles) if any(c.startswith(p) for p in prefixes) and not any(c.startswith(o) for o in out)
            and c != sup and not c[3] == '1']
    # a specialised O*NET code (.01 …) is kept only when its .00 parent is not in the list
    crew = [c for c in crew if c.endswith('.00') or c[:7] + '.00' not in crew or any(c == p for p in prefixes)]
    print(f"\n- title: {titles[sup]}\n  code: {sup}\n  crew:")
    for c in crew: print(f"    - {c}  # {titles[c]}")
    print(f"  source: https://www.onetonline.org/link/summary/{sup}\n  reviewed: 2026-12")

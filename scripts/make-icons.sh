#!/usr/bin/env bash
# Makes the web app manifest's PNG icons from the SVGs (run by hand when they change; the PNGs
# are committed, so a build needs nothing more): `apt-get install librsvg2-bin`.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 192 512; do
  rsvg-convert -w "$size" -h "$size" style/favicon.svg -o "style/icons/icon-${size}.png"
done
# Maskable: full-bleed background, the shield inside the central safe zone.
rsvg-convert -w 512 -h 512 style/icons/maskable.svg -o style/icons/maskable-512.png

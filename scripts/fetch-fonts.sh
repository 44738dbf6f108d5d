#!/usr/bin/env bash
# fetch-fonts.sh — (re)place the DejaVu Sans fonts used by the image/PDF output code.
#
# WHAT IT DOES
#   Copies DejaVu Sans regular and bold (TrueType) and the DejaVu licence text from the
#   npm package `dejavu-fonts-ttf` into src/main/resources/org/eventline/output/fonts/:
#     DejaVuSans.ttf        <- package/ttf/DejaVuSans.ttf
#     DejaVuSans-Bold.ttf   <- package/ttf/DejaVuSans-Bold.ttf
#     LICENSE               <- package/LICENSE  (Bitstream Vera / Arev licence; DejaVu changes public domain)
#   The files are copied byte for byte and checked against the SHA-256 sums pinned below,
#   so running it twice gives identical files.
#
# INPUT
#   npm dejavu-fonts-ttf@2.37.3 (DejaVu fonts 2.37), fetched with `npm pack` into a scratch folder.
#
# LICENCE
#   DejaVu fonts: Bitstream Vera Fonts licence (permissive; fonts may be bundled and
#   redistributed, not sold on their own; renamed if modified) + Arev fonts licence for the
#   glyphs imported from Arev; DejaVu's own changes are public domain. See fonts/LICENSE.
#
# HOW TO RUN (from anywhere; needs npm; NOT needed by Maven/CI)
#   scripts/fetch-fonts.sh
#   SCRATCH=/path overrides the scratch folder (default /work/scratch-data).
set -euo pipefail

PKG=dejavu-fonts-ttf
VERSION=2.37.3
SCRATCH="${SCRATCH:-/work/scratch-data}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$REPO/src/main/resources/org/eventline/output/fonts"

WORK="$SCRATCH/pack/$PKG-$VERSION"
if [ ! -f "$WORK/package/package.json" ]; then
  mkdir -p "$WORK"
  (cd "$WORK" && npm pack --silent "$PKG@$VERSION" >/dev/null && tar -xzf "$PKG-$VERSION.tgz")
fi

mkdir -p "$DEST"
install -m 0644 "$WORK/package/ttf/DejaVuSans.ttf" "$DEST/DejaVuSans.ttf"
install -m 0644 "$WORK/package/ttf/DejaVuSans-Bold.ttf" "$DEST/DejaVuSans-Bold.ttf"
install -m 0644 "$WORK/package/LICENSE" "$DEST/LICENSE"

(cd "$DEST" && sha256sum -c --quiet - <<'SUMS'
7da195a74c55bef988d0d48f9508bd5d849425c1770dba5d7bfc6ce9ed848954  DejaVuSans.ttf
e6476c1b80502924294eed40894c5b18e06c181444ca953e5334262df9c27724  DejaVuSans-Bold.ttf
7a083b136e64d064794c3419751e5c7dd10d2f64c108fe5ba161eae5e5958a93  LICENSE
SUMS
)
echo "fonts from $PKG@$VERSION written to ${DEST#$REPO/}"

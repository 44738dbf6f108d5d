#!/usr/bin/env bash
# fetch-frictionless-profiles.sh — (re)place the Frictionless Data JSON Schema profiles in schema/frictionless/.
#
# WHAT IT DOES
#   Copies, byte for byte, the JSON Schema (draft-04) profiles of the Frictionless Data v1
#   specifications that ship inside the reference JavaScript libraries on npm:
#     datapackage@1.1.10  package/src/profiles/data-package.json          -> schema/frictionless/data-package.json
#     datapackage@1.1.10  package/src/profiles/tabular-data-package.json  -> schema/frictionless/tabular-data-package.json
#     datapackage@1.1.10  package/src/profiles/data-resource.json         -> schema/frictionless/data-resource.json
#     datapackage@1.1.10  package/src/profiles/tabular-data-resource.json -> schema/frictionless/tabular-data-resource.json
#     tableschema@1.12.6  package/src/profiles/table-schema.json          -> schema/frictionless/table-schema.json
#   (lib/profiles/*.json in the same packages are identical copies.) Each profile is
#   self-contained (no $ref to other files). Output is checked against the SHA-256 sums
#   pinned below, so two runs give identical files. schema/frictionless/README.md is
#   maintained by hand and documents the same facts.
#
# INPUTS
#   npm datapackage@1.1.10 and tableschema@1.12.6 (the version datapackage@1.1.10 resolves
#   its `tableschema ^1.11.5` dependency to), fetched with `npm pack` (no dependencies installed).
#
# LICENCE
#   Both npm packages: MIT, "Copyright (c) 2015 Open Knowledge". The Frictionless Data v1
#   specifications these profiles come from were published under the Unlicense (public domain).
#
# HOW TO RUN (from anywhere; needs npm; NOT needed by Maven/CI)
#   scripts/fetch-frictionless-profiles.sh
#   SCRATCH=/path overrides the scratch folder (default /work/scratch-data).
set -euo pipefail

SCRATCH="${SCRATCH:-/work/scratch-data}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$REPO/schema/frictionless"

unpack() { # name version -> prints the unpacked package dir
  local work="$SCRATCH/pack/$1-$2"
  if [ ! -f "$work/package/package.json" ]; then
    mkdir -p "$work"
    (cd "$work" && npm pack --silent "$1@$2" >/dev/null && tar -xzf "$1-$2.tgz")
  fi
  echo "$work/package"
}
DP="$(unpack datapackage 1.1.10)"
TS="$(unpack tableschema 1.12.6)"

mkdir -p "$DEST"
for p in data-package tabular-data-package data-resource tabular-data-resource; do
  install -m 0644 "$DP/src/profiles/$p.json" "$DEST/$p.json"
done
install -m 0644 "$TS/src/profiles/table-schema.json" "$DEST/table-schema.json"

(cd "$DEST" && sha256sum -c --quiet - <<'SUMS'
33b2633c0f844ad99bcfff57dc34cc1904e3e39ed5263a3319488c73dddf651d  data-package.json
4a745be318ff775ab522ceb82a5a734790a5c7d2b67cc8f6bd1b7b0031549c5c  tabular-data-package.json
27cc802e90572a9debb133471b3e6139d6034bdd22cfbe56f8a661f5e5c3232f  data-resource.json
7c972d3d6dab6ade8cb287d152e5713c8c6bfef29416af6d360b5b5ba9026cfb  tabular-data-resource.json
2a2a8c7139e070356128f258776d9e1bd5eab25623eee55aeaaf058261e6d393  table-schema.json
SUMS
)
echo "Frictionless profiles written to ${DEST#$REPO/}"

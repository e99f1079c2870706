#!/usr/bin/env bash
# Builds the national commune base (target/communes/communes.tsv) from the INSEE geography
# packaged on npm by Etalab, at a pinned version, and checks both the package and the result.
# Nothing downloaded is committed: this script rebuilds it, byte for byte.
#
#   bash data/communes/build.sh
#
# To move to a newer geography: change VERSION and PACKAGE_INTEGRITY (from
# `npm view @etalab/decoupage-administratif@X dist.integrity`), run with
# RELAIS_COMMUNES_UPDATE=1 to print the new BASE_SHA256, review the differences, commit.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=6.0.0   # INSEE geography of 1 January 2026
PACKAGE_INTEGRITY="sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ=="
BASE_SHA256=c80f052f071362dbcf43ebe7c44b4dfb5d52401aaa730730b643b43529d28689

out=target/communes
base="$out/communes.tsv"
sha256() { sha256sum "$1" | cut -d' ' -f1; }

if [ -f "$base" ] && [ "$(sha256 "$base")" = "$BASE_SHA256" ]; then
  echo "commune base up to date: $base"
  exit 0
fi

mkdir -p "$out/npm"
tgz="$out/npm/etalab-decoupage-administratif-$VERSION.tgz"
if [ ! -f "$tgz" ]; then
  (cd "$out/npm" && npm pack --silent "@etalab/decoupage-administratif@$VERSION" >/dev/null)
fi
# npm checks the registry's integrity on download; this checks the registry's answer against
# the value recorded here, so a changed package is noticed.
integrity="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
if [ "$integrity" != "$PACKAGE_INTEGRITY" ]; then
  echo "the package does not match the recorded checksum:" >&2
  echo "  expected $PACKAGE_INTEGRITY" >&2
  echo "  found    $integrity" >&2
  rm -f "$tgz"
  exit 1
fi
tar -xzf "$tgz" -C "$out/npm" package/data/communes.json

cargo run --locked -q -p relais-desk -- directory communes \
  --from "$out/npm/package/data/communes.json" \
  --source "@etalab/decoupage-administratif $VERSION" \
  --out "$base.new"
found="$(sha256 "$base.new")"
if [ "${RELAIS_COMMUNES_UPDATE:-}" = 1 ]; then
  echo "BASE_SHA256=$found"
elif [ "$found" != "$BASE_SHA256" ]; then
  echo "the commune base built is not the recorded one (sha256 $found, expected $BASE_SHA256)" >&2
  exit 1
fi
mv "$base.new" "$base"
echo "commune base: $base (sha256 $found)"

#!/usr/bin/env bash
# Puts NotoSansSC Regular and Bold (SIL OFL 1.1) with their licence into the reports jar's resources.
# They come from the npm package @expo-google-fonts/noto-sans-sc (the only registry package with real TTFs;
# see docs/ARCHITECTURE.md "Reports"). The package (57 MB) is fetched once with `npm pack` into a cache beside
# the Maven repository; later builds, also offline ones, copy from there. Each file is checked against its
# SHA-256, so a changed upstream package fails the build instead of changing the forms.
#
# usage: fetch-fonts.sh <cache dir> <resource output dir>
set -euo pipefail

PACKAGE="@expo-google-fonts/noto-sans-sc@0.4.3"
CACHE="$1"
OUT="$2/fonts/notosanssc"

# file in the npm package | name in the jar | sha-256
FILES="
package/400Regular/NotoSansSC_400Regular.ttf|NotoSansSC-Regular.ttf|d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16
package/700Bold/NotoSansSC_700Bold.ttf|NotoSansSC-Bold.ttf|9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96
package/LICENSE_FONT|OFL.txt|
"

sha256() { # coreutils on Linux, shasum on macOS
    if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

sha_ok() { # <file> <expected sha-256 or empty>
    [ -f "$1" ] && { [ -z "$2" ] || [ "$(sha256 "$1")" = "$2" ]; }
}

all_ok() { # <dir>
    local entry source name sha
    for entry in $FILES; do
        IFS='|' read -r source name sha <<<"$entry"
        sha_ok "$1/$name" "$sha" || return 1
    done
}

if all_ok "$OUT"; then
    exit 0
fi

if ! all_ok "$CACHE"; then
    command -v npm >/dev/null || { echo "fetch-fonts: npm is needed once to fetch $PACKAGE (then it is cached in $CACHE)" >&2; exit 1; }
    mkdir -p "$CACHE"
    work="$(mktemp -d "$CACHE/.npm-pack.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    echo "fetch-fonts: npm pack $PACKAGE into $CACHE"
    (cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
    for entry in $FILES; do
        IFS='|' read -r source name sha <<<"$entry"
        tar -xzf "$work"/*.tgz -C "$work" "$source"
        sha_ok "$work/$source" "$sha" || { echo "fetch-fonts: $source of $PACKAGE does not have the expected SHA-256" >&2; exit 1; }
        mv "$work/$source" "$CACHE/$name"
    done
fi

mkdir -p "$OUT"
for entry in $FILES; do
    IFS='|' read -r source name sha <<<"$entry"
    cp "$CACHE/$name" "$OUT/$name"
done

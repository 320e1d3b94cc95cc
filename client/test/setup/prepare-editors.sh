#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, and only what is missing (safe to run again):
#   - Debian packages: ripgrep, build-essential, python3, libkrb5-dev (code-server's native modules), chromium (the UI driver);
#   - code-server 4.100.3 (VS Code 1.100.3) into a cache folder outside the repo.
# The cache folder is PARTNERLINT_CODE_SERVER_DIR, default ~/.cache/partnerlint-code-server.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_DIR="${PARTNERLINT_CODE_SERVER_DIR:-$HOME/.cache/partnerlint-code-server}"
APT_PACKAGES=(ripgrep build-essential python3 libkrb5-dev chromium)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "prepare-editors: installing Debian packages: ${missing[*]}"
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  # Another install may hold dpkg's lock for a while (other setup steps run apt too): wait for it.
  lock_wait=(-o DPkg::Lock::Timeout=600)
  "${as_root[@]}" apt-get "${lock_wait[@]}" update -q
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get "${lock_wait[@]}" install -y -q --no-install-recommends "${missing[@]}"
fi

entry="$CACHE_DIR/node_modules/code-server/out/node/entry.js"
marker="$CACHE_DIR/.installed-$CODE_SERVER_VERSION"
if [[ -f "$entry" && -f "$marker" ]]; then
  echo "prepare-editors: code-server $CODE_SERVER_VERSION already in $CACHE_DIR"
  exit 0
fi

echo "prepare-editors: installing code-server $CODE_SERVER_VERSION into $CACHE_DIR (about a minute)"
mkdir -p "$CACHE_DIR"
work_tmp="$(mktemp -d)"
trap 'rm -rf "$work_tmp"' EXIT

# Blocker 1: @vscode/ripgrep downloads rg from GitHub unless its cache already holds the archive;
# Debian's rg is the same 13.0.0 release, so an archive of it stands in.
rg_cache="$work_tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache/stage"
cp "$(command -v rg)" "$rg_cache/stage/rg"
tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rg_cache/stage" rg

[[ -f "$CACHE_DIR/package.json" ]] || echo '{ "name": "partnerlint-code-server-cache", "private": true }' >"$CACHE_DIR/package.json"
# Blocker 2: node-pty's postinstall runs npx, which stops at a prompt without a terminal (npm_config_yes).
# Blocker 3: as root, code-server's postinstall refuses to run without npm_config_unsafe_perm.
(
  cd "$CACHE_DIR"
  TMPDIR="$work_tmp" npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION" </dev/null
)
[[ -f "$entry" ]] || { echo "prepare-editors: code-server install finished but $entry is missing" >&2; exit 1; }
touch "$marker"
echo "prepare-editors: code-server ready"

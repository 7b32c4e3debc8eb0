#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 served to a browser) from the npm
# registry into an ignored cache folder, for the editor tests. Follows
# ../shared/guides/vscode-offline.md: code-server's own postinstall refuses to
# run as root and downloads ripgrep from GitHub, so it is installed with scripts
# off and its steps are done here, using Debian's ripgrep and local node headers.
#
# Needs: chromium ripgrep libkrb5-dev pkg-config (apt-get), a C++ toolchain.
# Safe to run again: it does nothing when the cached copy already works.
#
#   bash scripts/editor/install-code-server.sh          # into .cache/code-server
#   CODE_SERVER_DIR=/somewhere bash scripts/editor/...  # anywhere else
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
VSCODE="$DIR/node_modules/code-server/lib/vscode"
NPM_QUIET=(--ignore-scripts --no-audit --no-fund --loglevel=error)

installed_version() {
  # --config keeps the check from writing ~/.config/code-server/config.yaml.
  node "$ENTRY" --config "$DIR/config.yaml" --version 2>/dev/null | awk '/ with Code / { print $1 }'
}

if [ -f "$ENTRY" ] && [ "$(installed_version)" = "$VERSION" ]; then
  echo "code-server $VERSION is already installed in $DIR"
  exit 0
fi

for tool in rg pkg-config make g++ python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: '$tool' is missing. Install the build tools first:" >&2
    echo "  apt-get install -y chromium ripgrep libkrb5-dev pkg-config build-essential python3" >&2
    exit 1
  fi
done

started=$SECONDS
# node-gyp must build against the headers of the Node that runs code-server,
# found next to it, rather than downloading them (only npm is reachable).
if [ -z "${npm_config_nodedir:-}" ]; then
  node_prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$node_prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$node_prefix"
  fi
fi
export npm_config_yes=true JOBS="${JOBS:-max}"

echo "Installing code-server $VERSION into $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"
# 1. The package itself, without its install scripts.
npm install --prefix "$DIR" "${NPM_QUIET[@]}" "code-server@$VERSION"

# 2. VS Code's own dependencies, its native modules, ripgrep and the links
#    the postinstall would have made.
(
  cd "$VSCODE"
  npm install --omit=dev "${NPM_QUIET[@]}"
  find node_modules -name binding.gyp -not -path '*/test/*' -print |
    while read -r gyp; do
      module="$(dirname "$gyp")"
      echo "  building $module"
      (cd "$module" && npx --yes node-gyp rebuild --loglevel=error >/dev/null) ||
        { echo "error: could not build $module (for kerberos: apt-get install libkrb5-dev)" >&2; exit 1; }
    done
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev "${NPM_QUIET[@]}")
)

# 3. code-server's password hashing module.
(cd "$DIR" && npm rebuild argon2 --build-from-source --loglevel=error)

# 4. The check the test runner makes before it starts.
actual="$(installed_version)"
if [ "$actual" != "$VERSION" ]; then
  echo "error: code-server in $DIR reports '$actual', expected $VERSION" >&2
  exit 1
fi
echo "code-server $VERSION installed in $DIR in $((SECONDS - started)) s"

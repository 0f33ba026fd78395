#!/usr/bin/env bash
# Tag a release whose commit ships the built CLI, so that git installs
# (pre-commit's `language: node`, the GitHub Action) need no build and no
# devDependencies. The branch itself never holds dist/: the built files live
# only in the tagged commit, which sits on top of the branch's last commit.
# That commit's package.json is scripts/release-tree.js's: without the build
# script (and any install or prepare script), which would make npm's git
# install fetch the devDependencies and prepare the clone before packing it.
# As the README's Releasing recipe, on main with a clean tree:
#   scripts/release.sh 0.2.0
#   git push origin main v0.2.0 && git push -f origin v0   # -f: the major tag moves with each release
#   npm publish                                            # from the tag: git checkout v0.2.0 && npm publish
set -euo pipefail
version="${1:?usage: scripts/release.sh X.Y.Z}"
cd "$(dirname "$0")/.."
if [ -n "$(git status --porcelain)" ]; then echo "release: commit or stash your changes first" >&2; exit 1; fi
if ! grep -qE "^## \[?v?${version//./\\.}\]?( |$)" CHANGELOG.md; then echo "release: CHANGELOG.md has no \"## $version\" part: rename its \"## Unreleased\" to it first" >&2; exit 1; fi
branch="$(git rev-parse --abbrev-ref HEAD)"
npm version "$version" --no-git-tag-version >/dev/null
# The CLI's --version (and SARIF's tool version) come from src/version.ts, built into dist/: bump it with package.json.
node -e '
  const fs = require("node:fs");
  const pattern = /VERSION = \x27[^\x27]*\x27/;
  const text = fs.readFileSync("src/version.ts", "utf8");
  if (!pattern.test(text)) { console.error("release: src/version.ts holds no VERSION"); process.exit(1); }
  fs.writeFileSync("src/version.ts", text.replace(pattern, "VERSION = \x27" + process.argv[1] + "\x27"));
' "$version"
git commit -qam "v$version"
npm run build --silent
git checkout -q --detach
git add -f dist
node scripts/release-tree.js .
git add package.json
git commit -qm "v$version: the built CLI, for git installs"
git tag -a "v$version" -m "v$version"
# The Action's users name the major version: move it to this release.
git tag -f "v${version%%.*}" >/dev/null
git checkout -q "$branch"
echo "tagged v$version (and v${version%%.*}); $branch has the version bump, not the build"
echo "then: git push origin $branch v$version && git push -f origin v${version%%.*}"

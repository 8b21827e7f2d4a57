#!/usr/bin/env bash
# Publishes to the gh-pages branch, which GitHub Pages serves: the main site at its root, and
# each pull request's preview under pr-preview/pr-<n>/. One branch holds both, so a deploy of
# the site keeps the previews and a preview never touches the site.
#
#   gh-pages.sh site <dir>          the built site, replacing everything but pr-preview/
#   gh-pages.sh preview <n> <dir>   a pull request's built preview, as pr-preview/pr-<n>/
#   gh-pages.sh remove <n>          removes pr-preview/pr-<n>/
#
# Run it inside a checkout whose origin it may push to (actions/checkout leaves the token in
# the checkout's config). It only copies files: nothing it publishes is run.
set -euo pipefail

usage() {
  sed -n '5,7p' "$0" >&2
  exit 2
}

mode=${1:-}
case "$mode" in
  site) [ $# -eq 2 ] || usage; source_dir=$2; target=. ;;
  preview) [ $# -eq 3 ] || usage; number=$2; source_dir=$3 ;;
  remove) [ $# -eq 2 ] || usage; number=$2 ;;
  *) usage ;;
esac
if [ "$mode" != site ]; then
  # The number names a folder: digits only, so it can never point outside pr-preview/.
  [[ "$number" =~ ^[0-9]{1,7}$ ]] || { echo "gh-pages.sh: \"$number\" is not a pull request number" >&2; exit 2; }
  target="pr-preview/pr-$number"
fi
if [ "$mode" != remove ]; then
  [ -f "$source_dir/index.html" ] || { echo "gh-pages.sh: $source_dir has no index.html: build the site first" >&2; exit 1; }
  source_dir=$(cd "$source_dir" && pwd)
fi

work=$(mktemp -d)
trap 'git worktree remove --force "$work" >/dev/null 2>&1 || rm -rf "$work"' EXIT
if git fetch --quiet --depth 1 origin gh-pages 2>/dev/null; then
  git worktree add --quiet --detach "$work" FETCH_HEAD
else
  # The first deploy: a branch with no history of the main branch's.
  git worktree add --quiet --detach "$work"
  git -C "$work" checkout --quiet --orphan gh-pages-first
  git -C "$work" rm -rfq --ignore-unmatch .
fi

case "$mode" in
  site)
    find "$work" -mindepth 1 -maxdepth 1 ! -name .git ! -name pr-preview -exec rm -rf {} +
    cp -R "$source_dir/." "$work/"
    ;;
  preview)
    rm -rf "${work:?}/$target"
    mkdir -p "$work/$target"
    cp -R "$source_dir/." "$work/$target/"
    # A link could point anywhere on the branch or the runner: a preview keeps files only.
    find "$work/$target" -type l -delete
    ;;
  remove)
    rm -rf "${work:?}/$target"
    ;;
esac
# Pages runs Jekyll on a branch unless told not to, and Jekyll drops Astro's _astro/ folder.
touch "$work/.nojekyll"

git -C "$work" add -A
if git -C "$work" diff --cached --quiet; then
  echo "gh-pages.sh: nothing to change for $mode ${number:-}"
  exit 0
fi
git -C "$work" -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' \
  commit --quiet -m "Publish: $mode ${number:-}"
git -C "$work" push --quiet origin HEAD:refs/heads/gh-pages
echo "gh-pages.sh: published $mode ${number:-} to gh-pages ($target)"

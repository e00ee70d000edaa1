#!/usr/bin/env bash
# The review page is tested in Debian's Chromium, driven by playwright-core: no browser download is
# possible on these machines, so the system package is installed when it is missing and we may.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser test" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
else
  echo "ensure-chromium: /usr/bin/chromium is missing and cannot be installed here; run 'apt-get install chromium' as root" >&2
fi
exit 0

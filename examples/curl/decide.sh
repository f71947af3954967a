#!/bin/sh
# Plain HTTP/JSON, no client library: GET /api/decide (see /openapi.json for every route).
# Usage: examples/curl/decide.sh [SERVER_URL]   (default http://127.0.0.1:3000)
set -eu
server="${1:-http://127.0.0.1:3000}"
curl -fsS --get "$server/api/decide" \
  --data-urlencode host=wechat \
  --data-urlencode surface=private-chat \
  --data-urlencode capability=link.open \
  --data-urlencode target=taobao \
  --data-urlencode at=2021-12-01
echo

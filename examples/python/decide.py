"""Ask a hutong server over plain HTTP/JSON with Python's standard library only.

Usage: python3 examples/python/decide.py [SERVER_URL]   (default http://127.0.0.1:3000)
The routes and their parameters are in the server's OpenAPI document, /openapi.json.
"""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request

server = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:3000"


def decide(**question):
    url = f"{server}/api/decide?{urllib.parse.urlencode(question)}"
    try:
        with urllib.request.urlopen(url) as res:
            return json.load(res)
    except urllib.error.HTTPError as err:
        # 400 names the bad field, 404 the unknown id with the closest ones.
        sys.exit(f"hutong: {err.code}: {json.load(err)['message']}")


d = decide(host="wechat", surface="private-chat", capability="link.open", target="taobao", at="2021-12-01")
print(json.dumps({"status": d["status"], "since": (d["since"] or {}).get("date"), "rule": (d["rule"] or {}).get("event")}))

#!/usr/bin/env python3
"""openapi_check.py SOURCE_DIR STATE_DIR: docs/openapi.yaml and docs/api.md against news-serve.

- docs/openapi.yaml parses (python3-yaml) as OpenAPI 3.0.3;
- its paths are exactly the /api routes serve/handler.cc answers (an exact `path == "/api/..."`,
  or a `starts_with("/api/.../")` prefix, which the spec writes with a {id} parameter);
- its query parameters, over all routes, are exactly q and the options serve/api.cc lets through
  (kValueOptions, kFlagOptions), and attention is /api/people's alone, as api_command says;
- against the running news-serve (the ctest fixture: STATE_DIR/port, serve_start.sh), each route
  answers 200 with each of its parameters at its example value and 400 to a parameter it does
  not list; /api/article/{id} answers 200 for an id a search gives, 404 for an unknown one and
  400 for one that is not an id;
- the sh block of docs/api.md runs against it (its 127.0.0.1:8080 replaced with the fixture's
  port, every curl with --fail, so an answer of 400 or more stops it) and prints no "error".
Exit codes: 0 all checks passed; 1 a check failed; 77 (skip) python3-yaml is not installed.
"""
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is not installed (setup.sh installs it)")
    sys.exit(77)

source, state = sys.argv[1], sys.argv[2]
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def read(path):
    with open(os.path.join(source, path), encoding="utf-8") as f:
        return f.read()


spec = yaml.safe_load(read("docs/openapi.yaml"))
check(spec.get("openapi") == "3.0.3", f"openapi is 3.0.3 (got {spec.get('openapi')!r})")

# --- The routes, from the handler's source. ---
handler = read("serve/handler.cc")
routes = set(re.findall(r'path == "(/api/[^"]+)"', handler))
routes |= {p + "{id}" for p in re.findall(r'path\.starts_with\("(/api/[^"]+/)"\)', handler)}
check(len(routes) >= 4, f"found the handler's routes: {sorted(routes)}")
check(set(spec["paths"]) == routes,
      f"the spec's paths {sorted(spec['paths'])} are the handler's routes {sorted(routes)}")


def resolve(item):
    while "$ref" in item:
        item = spec["components"]["parameters"][item["$ref"].rsplit("/", 1)[1]]
    return item


def query_parameters(path):
    return [resolve(p) for p in spec["paths"][path]["get"].get("parameters", [])
            if resolve(p)["in"] == "query"]


# --- The parameters, from the API's source. ---
api = read("serve/api.cc")
allowed = {"q"}
for name in ("kValueOptions", "kFlagOptions"):
    body = re.search(name + r"\s*=\s*\{([^}]*)\}", api)
    check(body is not None, f"found {name} in serve/api.cc")
    if body:
        allowed |= set(re.findall(r'"([a-z-]+)"', body.group(1)))
listed = {p["name"] for path in spec["paths"] for p in query_parameters(path)}
check(listed == allowed,
      f"the spec's query parameters are those serve/api.cc takes "
      f"(only in the spec: {sorted(listed - allowed)}, only in the code: {sorted(allowed - listed)})")
attention_in = {path for path in spec["paths"]
                if "attention" in {p["name"] for p in query_parameters(path)}}
check(attention_in == {"/api/people"}, f"attention is /api/people's alone (in {sorted(attention_in)})")

# --- Against the running server. ---
with open(os.path.join(state, "port"), encoding="utf-8") as f:
    base = f"http://127.0.0.1:{f.read().strip()}"


def status(path, params=()):
    url = base + path + ("?" + urllib.parse.urlencode(list(params)) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


for path in spec["paths"]:
    if "{" in path:
        continue
    for parameter in query_parameters(path):
        if parameter["name"] == "q":
            continue
        example = parameter.get("example")
        if example is None:
            if parameter["name"] != "like":
                check(False, f"{path} {parameter['name']} has an example")
                continue
            found = status("/api/search", [("q", "tram"), ("limit", "1")])[1]
            example = re.search(r'"id": "([0-9a-f]{16})"', found).group(1)
        values = example if isinstance(example, list) else [example]
        params = [("q", "election")] + [(parameter["name"], str(v)) for v in values]
        code, body = status(path, params)
        shown = "" if code == 200 else f": {body[:200]}"
        check(code == 200, f"{path}?{urllib.parse.urlencode(params)} answers 200 (got {code}{shown})")
    code, _ = status(path, [("q", "election"), ("not-an-option", "1")])
    check(code == 400, f"{path} answers 400 to a parameter it does not list (got {code})")

# The content type says what the body is: text for count and explain, JSON else, and for
# /api/people with explain (the people listing, with why each person was put together).
for path, params, want in (("/api/search", [("count", "1")], "text/plain"),
                           ("/api/search", [("explain", "1")], "text/plain"),
                           ("/api/histogram", [("explain", "1")], "text/plain"),
                           ("/api/search", [], "application/json"),
                           ("/api/people", [("explain", "1")], "application/json")):
    url = base + path + "?" + urllib.parse.urlencode([("q", "election")] + params)
    with urllib.request.urlopen(url, timeout=30) as answer:
        got = answer.headers.get_content_type()
        body = answer.read().decode("utf-8")
    check(got == want, f"{url} is {want} (got {got})")
    if want == "application/json":
        check(body.lstrip().startswith("{"), f"{url} answers a JSON object")

found = status("/api/search", [("q", "tram"), ("limit", "1")])[1]
article_id = re.search(r'"id": "([0-9a-f]{16})"', found).group(1)
for path, want in ((f"/api/article/{article_id}", 200), ("/api/article/0000000000000000", 404),
                   ("/api/article/not-an-id", 400)):
    code, _ = status(path)
    check(code == want, f"{path} answers {want} (got {code})")

# --- docs/api.md's curl examples. ---
doc = read("docs/api.md")
blocks = re.findall(r"^```sh\n(.*?)^```", doc, re.S | re.M)
check(len(blocks) == 1, f"docs/api.md has one sh block (found {len(blocks)})")
if blocks:
    script = blocks[0].replace("http://127.0.0.1:8080", base).replace("curl -s", "curl -sS --fail")
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True,
                         timeout=120)
    lines = len([line for line in blocks[0].splitlines() if line.strip()])
    check(run.returncode == 0,
          f"docs/api.md's {lines} example lines run, every answer under 400 "
          f"(exit {run.returncode}: {run.stderr[-300:]})")
    check('"error"' not in run.stdout, "docs/api.md's examples print no error")
    check('"articles": [' in run.stdout and '"histogram": {' in run.stdout,
          "docs/api.md's examples print an article and a histogram")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("all checks passed")

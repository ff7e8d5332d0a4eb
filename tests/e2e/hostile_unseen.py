"""A third round of hostile inputs (issue 13), written by someone who had not seen the first two:
mixed quote marks and separators of every kind, transcript and roundup shapes, invisible and
stacked code points, every string field at its `maxLength` and one over in four-byte characters,
NUL and surrogates in every field, repeated query parameters, validator forms, invented methods,
transfer codings and forwarding headers.

Same shape as `hostile_inputs.py`: (name, method, path, body bytes, headers); `raw_unseen` are
whole HTTP messages. `STORE_READS` are reads whose ids reach the store (PostgreSQL refuses NUL).
"""
from __future__ import annotations

import gzip
import json
from urllib.parse import quote

from tests.e2e.hostile_inputs import JSON, Case

MARKS = "\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u2018\u2019`\u00b4\u2033"
FOUR = "\U0001F600"

UNSEEN_TEXTS: dict[str, str] = {
    "mixed marks run": MARKS * 1_500,
    "mixed marks around words": "".join(f"{m}word{m} " for m in MARKS) * 150,
    "quotes nested 1,000 deep":
        "\u201c\u2018" * 1_000 + "x" + "\u2019\u201d" * 1_000 + " said Bob.",
    "one quote spanning the text":
        '"' + "He said it was fine and Bob said no. " * 400 + '" said Ann.',
    "Mr Mr Mr": '"Yes," said ' + "Mr " * 5_000 + "Lee.",
    "datelines repeated": "LONDON, March 3 (AP) \u2014 " * 600,
    "signature lines": "\u2014 Reporting by Ann Lee; Editing by Bob Ray\n" * 300,
    "dash lines": "-- Bob\n" * 2_000,
    "roundup colons": "A: B: C: " * 3_000,
    "transcript": "BOB: hi there.\nANN: yes.\n" * 600,
    "headline claims": "Bob Lee: \u2018We will win\u2019\n" * 600,
    "U+2028 paragraphs": '"Go," she said.\u2028' * 1_000,
    "U+2029 paragraphs": '"Go," she said.\u2029' * 1_000,
    "U+0085 paragraphs": '"Go," she said.\u0085' * 1_000,
    "bare CR paragraphs": '"Go," she said.\r' * 1_000,
    "a token per character": '"\n' * 15_000,
    "zero-width inside quotes": '"Y\u200be\u200cs\u200d," s\u2060aid B\ufeffob.' * 500,
    "bidi controls around a cue": '\u202a"Yes,"\u202c \u2066said\u2069 \u202eBob\u202c.' * 500,
    "10,000 combining marks on a speaker": '"Yes," said B' + "\u0308" * 10_000 + "ob.",
    "a hyphenated name of 20,000 characters": '"Yes," said ' + "Ann-" * 5_000 + "Lee.",
    "full-width letters": "\uff02\uff39\uff45\uff53\uff0c\uff02 \uff53\uff41\uff49\uff44"
                          " \uff22\uff4f\uff42\uff0e " * 500,
    "homoglyph names": '"Yes," said \u0412\u043eb Sm\u0456th, the m\u0430yor. ' * 300,
    "party tags repeated": '"Yes," said Sen. Bob Lee ' + "(D-N.Y.) " * 1_000,
    "tag characters": "\U000e0041" * 10_000,
}

_BAD_STRINGS = {"NUL": "\\u0000", "a lone surrogate": "\\ud800", "reversed surrogates":
                "\\udc00\\ud800"}
_BAD_IN_PATHS = {"NUL": "%00", "a surrogate's UTF-8": "%ED%A0%80"}
_FIELDS = [  # (what, method, path, body with {bad} where the string goes)
    ("analyze title", "POST", "/v1/analyze", '{{"text": "x", "title": "{bad}"}}'),
    ("batch id", "POST", "/v1/analyze/batch", '{{"articles": [{{"id": "{bad}", "text": "x"}}]}}'),
    ("put url", "PUT", "/v1/articles/unseen-url", '{{"text": "x", "url": "http://a/{bad}"}}'),
    ("put published_at", "PUT", "/v1/articles/unseen-at",
     '{{"text": "x", "published_at": "2024-01-01T00:00:00{bad}"}}'),
    ("check speaker", "POST", "/v1/quotes/check", '{{"text": "win", "speaker": "{bad}"}}'),
    ("backfill id", "POST", "/v1/backfills", '{{"articles": [{{"id": "{bad}", "text": "x"}}]}}'),
    ("merge source", "POST", "/v1/speakers/spk_x/merge", '{{"source_id": "{bad}"}}'),
    ("patch name", "PATCH", "/v1/speakers/spk_x", '{{"name": "{bad}"}}'),
]
STORE_READS: list[Case] = [
    (f"GET {path} with {name}", "GET", path + bad, b"", {})
    for name, bad in _BAD_IN_PATHS.items()
    for path in ("/v1/backfills/", "/v1/backfills/bf_", "/v1/speakers/", "/v1/articles/",
                 "/v1/articles?outlet=", "/v1/articles?speaker=", "/v1/speakers?affiliation=",
                 "/v1/quotes?q=win&cursor=", "/v1/speakers/spk_x/quotes?cursor=")
]

_LONGEST = [  # (what, method, path, body or query maker of a string of n characters, maxLength)
    ("analyze title", "POST", "/v1/analyze", lambda s: {"text": "x", "title": s}, 1_000),
    ("put outlet", "PUT", "/v1/articles/unseen-outlet", lambda s: {"text": "x", "outlet": s}, 300),
    ("check text", "POST", "/v1/quotes/check", lambda s: {"text": s}, 2_000),
    ("check speaker", "POST", "/v1/quotes/check", lambda s: {"text": "win", "speaker": s}, 300),
    ("patch name", "PATCH", "/v1/speakers/spk_x", lambda s: {"name": s}, 300),
    ("merge source", "POST", "/v1/speakers/spk_x/merge", lambda s: {"source_id": s}, 40),
    ("backfill id", "POST", "/v1/backfills", lambda s: {"articles": [{"id": s, "text": "x"}]}, 200),
    ("articles outlet", "GET", "/v1/articles?outlet=", None, 300),
    ("speakers affiliation", "GET", "/v1/speakers?affiliation=", None, 300),
    ("speakers cursor", "GET", "/v1/speakers?cursor=", None, 500),
    ("quotes q", "GET", "/v1/quotes?q=", None, 500),
    ("article id", "GET", "/v1/articles/", None, 200),
    ("backfill id path", "GET", "/v1/backfills/", None, 40),
]


def _longest(what: str, method: str, path: str, body: object, most: int, over: int) -> Case:
    name = f"{what} {'one over' if over else 'at'} its maxLength of four-byte characters"
    text = FOUR * (most + over)
    if body is None:
        return name, method, path + quote(text), b"", {}
    return name, method, path, json.dumps(body(text)).encode(), JSON  # type: ignore[operator]


def _cursor_forms(raw: str) -> list[str]:
    import base64
    return [quote(raw), quote(base64.urlsafe_b64encode(raw.encode()).decode())]


_HEADERS: dict[str, tuple[str, str, bytes, dict[str, str]]] = {
    "if-match weak": ("PUT", "/v1/articles/unseen-etag", b'{"text": "x"}',
                      {**JSON, "If-Match": 'W/"abc"'}),
    "if-match list with a weak one": ("DELETE", "/v1/articles/unseen-etag", b"",
                                      {"If-Match": '"a", "b", W/"c"'}),
    "if-match empty": ("PATCH", "/v1/speakers/spk_x", b'{"name": "x"}', {**JSON, "If-Match": ""}),
    "if-match of 1,000 tags": ("PUT", "/v1/articles/unseen-etag", b'{"text": "x"}',
                               {**JSON, "If-Match": ", ".join(f'"{i}"' for i in range(1_000))}),
    "if-match star and a tag": ("DELETE", "/v1/articles/unseen-etag", b"",
                                {"If-Match": '*, "a"'}),
    "if-none-match star on put": ("PUT", "/v1/articles/unseen-inm", b'{"text": "x"}',
                                  {**JSON, "If-None-Match": "*"}),
    "accept of 500 types": ("GET", "/v1/articles", b"", {"Accept": ", ".join(
        f"x/y{i};q=0.{i % 10}" for i in range(500))}),
    "accept ld+json with junk": ("GET", "/v1/articles/none", b"",
                                 {"Accept": "application/ld+json; profile=junk"}),
    "text/plain in utf-16": ("POST", "/v1/analyze", '"Yes," said Bob.'.encode("utf-16"),
                             {"Content-Type": "text/plain; charset=utf-16"}),
    "text/plain of invalid utf-8": ("POST", "/v1/analyze", b"\xff\xfe\xfd",
                                    {"Content-Type": "text/plain"}),
    "json in utf-16 said so": ("POST", "/v1/analyze", '{"text": "hi"}'.encode("utf-16-le"),
                               {"Content-Type": "application/json; charset=utf-16"}),
    "a real gzip body": ("POST", "/v1/analyze", gzip.compress(b'{"text": "x"}', mtime=0),
                         {**JSON, "Content-Encoding": "gzip"}),
    "multipart file": ("POST", "/v1/analyze", b'--b\r\nContent-Disposition: form-data; name="text";'
                       b' filename="a.txt"\r\n\r\nhi\r\n--b--\r\n',
                       {"Content-Type": "multipart/form-data; boundary=b"}),
    "cookie flood": ("GET", "/v1/articles", b"", {"Cookie": "; ".join(
        f"c{i}=v" for i in range(800))}),
    "cors preflight with 3,000 header names": ("OPTIONS", "/v1/analyze", b"", {
        "Origin": "http://evil", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x" * 3_000}),
}

UNSEEN: list[Case] = [
    *[(f"analyze {name}", "POST", "/v1/analyze", json.dumps({"text": text}).encode(), JSON)
      for name, text in UNSEEN_TEXTS.items()],
    *[(f"{what} with {name}", method, path, body.format(bad=bad).encode(), JSON)
      for what, method, path, body in _FIELDS for name, bad in _BAD_STRINGS.items()],
    *[_longest(*spec, over=over) for spec in _LONGEST for over in (0, 1)],
    *[(f"cursor {raw!r} form {i} on {path}", "GET", f"{path}cursor={form}", b"", {})
      for raw in ("9" * 400 + "|x", "|" * 300, "\x00|\x00", "nan|x")
      for i, form in enumerate(_cursor_forms(raw))
      for path in ("/v1/speakers?sort=name&", "/v1/quotes?q=win&", "/v1/speakers/spk_x/quotes?")],
    *[(f"repeated {query}", "GET", f"{path}?{query}", b"", {}) for path, query in (
        ("/v1/quotes", "q=a&q=b"), ("/v1/quotes", "&".join(["q=win"] * 500)),
        ("/v1/articles", "limit=1&limit=2"), ("/v1/articles", "limit[]=1"),
        ("/v1/speakers", "sort=name&sort=quotes"), ("/v1/articles", "limit=1;limit=2"),
        ("/v1/articles", "since=2025-01-01T00:00:00Z&until=2024-01-01T00:00:00Z"))],
    *[(name, method, path, body, headers) for name, (method, path, body, headers)
      in _HEADERS.items()],
    *[(f"method {method} {path}", method, path, b"", {}) for method in ("TRACE", "PROPFIND", "ZZ9")
      for path in ("/v1/analyze", "/v1/speakers/spk_x/merge", "/metrics", "/")],
    ("analyze explain of 20,000 one-word quotes", "POST", "/v1/analyze?explain=true",
     json.dumps({"text": '"a" ' * 20_000}).encode(), JSON),
    ("analyze explain of 2,000 one-word quotes, answered within the budget", "POST",
     "/v1/analyze?explain=true", json.dumps({"text": '"a" ' * 2_000}).encode(), JSON),
    ("batch of 1,000 tiny items", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"id": str(i), "text": "x"} for i in range(1_000)]}).encode(), JSON),
    ("batch of 100 texts of a token per character", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"id": str(i), "text": '"\n' * 4_900} for i in range(100)]})
     .encode(), JSON),
    ("batch of 100 texts without a quote", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"id": str(i), "text": "The council met again.\n" * 400}
                              for i in range(100)]}).encode(), JSON),
    ("batch of one hostile item", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"id": "a", "text": '"\n' * 15_000}]}).encode(), JSON),
    ("batch of 10,000 bad items", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"id": 1}] * 10_000}).encode(), JSON),
    ("backfill of 10,000 bad items", "POST", "/v1/backfills",
     json.dumps({"articles": [{"id": None}] * 10_000}).encode(), JSON),
    ("check of a limit of 40 digits", "POST", "/v1/quotes/check",
     json.dumps({"text": "win", "limit": 10**40}).encode(), JSON),
    ("check of 2,000 apostrophes", "POST", "/v1/quotes/check",
     json.dumps({"text": "'" * 2_000}).encode(), JSON),
    ("check of one word 500 times", "POST", "/v1/quotes/check",
     json.dumps({"text": "win " * 499}).encode(), JSON),
    ("check of search syntax", "POST", "/v1/quotes/check",
     json.dumps({"text": 'NEAR("a" "b") OR * AND NOT ^ -x a & !b | (c:* <-> d'}).encode(), JSON),
]


def raw_unseen(host: str) -> dict[str, bytes]:
    """Framing and forwarding tricks; gunicorn answered the first two with a 5xx."""
    head = f"Host: {host}\r\nContent-Type: application/json\r\n"
    body = '{"text": "x"}'
    return {
        "an unknown transfer coding": f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding: "
                                      "xchunked\r\n\r\n".encode(),
        "a path outside a SCRIPT_NAME header": f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n"
                                               "SCRIPT_NAME: /elsewhere\r\n\r\n".encode(),
        "transfer-encoding Chunked": (f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding: "
                                      f"Chunked\r\n\r\nd\r\n{body}\r\n0\r\n\r\n").encode(),
        "chunked on HTTP/1.0": (f"POST /v1/analyze HTTP/1.0\r\n{head}Transfer-Encoding: "
                                f"chunked\r\n\r\nd\r\n{body}\r\n0\r\n\r\n").encode(),
        "chunk size of 40 hex digits": (f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding: "
                                        f"chunked\r\n\r\n{'f' * 40}\r\nabc").encode(),
        "a body in one-byte chunks": (f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding: "
                                      "chunked\r\n\r\n" + "".join(
                                          f"1\r\n{c}\r\n" for c in body) + "0\r\n\r\n").encode(),
        "content-length listed twice in one": (f"POST /v1/analyze HTTP/1.1\r\n{head}"
                                               f"Content-Length: 13, 13\r\n\r\n{body}").encode(),
        "content-length in arabic-indic digits": (f"POST /v1/analyze HTTP/1.1\r\n{head}"
                                                  f"Content-Length: \u0661\u0663\r\n\r\n{body}")
        .encode(),
        "expect 100-continue over the cap": (f"POST /v1/analyze HTTP/1.1\r\n{head}Expect: "
                                             "100-continue\r\nContent-Length: 99999999\r\n\r\n")
        .encode(),
        "an unknown expectation": (f"POST /v1/analyze HTTP/1.1\r\n{head}Expect: teapot\r\n"
                                   f"Content-Length: 13\r\n\r\n{body}").encode(),
        "98 headers of 8,000 bytes": (f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n" + "".join(
            f"X-{i}: {'v' * 8_000}\r\n" for i in range(98)) + "\r\n").encode(),
        "a header line ended by CR alone": f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-A: a\rb"
                                           "\r\n\r\n".encode(),
        "a raw NUL in the target": f"GET /v1/articles/a\x00b HTTP/1.1\r\nHost: {host}\r\n\r\n"
                                   .encode(),
        "contradictory scheme headers": f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n"
                                        "X-Forwarded-Proto: https\r\nX-Forwarded-Ssl: off\r\n\r\n"
                                        .encode(),
        "an h2c upgrade": f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nConnection: Upgrade, "
                          "HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: "
                          "AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n".encode(),
    }

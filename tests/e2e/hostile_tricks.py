"""A second round of hostile inputs (issue 13), written to find what the first round missed:
texts that stress the engine's descriptor and speaker rules and the store's columns, odd
numbers and calendar edges in every field and query, forged cursors and ids, header tricks.

Same shape as `hostile_inputs.py`: (name, method, path, body bytes, headers); `raw_tricks` are
whole HTTP messages a client library would not send.
"""
from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote

from tests.e2e.hostile_inputs import JSON, Case

LONG_NAME = " ".join(f"Name{chr(65 + i % 26)}x" for i in range(600))
LONG_BODY = " ".join(f"Body{chr(65 + i % 26)}x" for i in range(600))

TRICK_TEXTS: dict[str, str] = {
    # Speakers, roles and affiliations far longer than any column that stores them.
    "a speaker name of 600 words": f'"We will win," said {LONG_NAME}.',
    "an affiliation of 600 words":
        f'"We will win," said Ann Lee, a spokeswoman for the {LONG_BODY}.',
    "a role of 600 words": '"We will win," said Ann Lee, the ' + "deputy " * 600 + "director.",
    "an acronym expansion of 600 words": f'{LONG_BODY} ({"ABC" * 100}) said "no" today.',
    "a party tag of junk": '"No," said Sen. Ann Lee (' + "D-" * 3_000 + ").",
    # Repetition the rules walk over: speakers, pronouns, appositions, relays.
    "a quote per word": '"a" ' * 4_000,
    "he said thousands of times": '"Yes," he said. ' * 1_000,
    "thousands of distinct speakers": " ".join(f'"Hi," said Ann Lee{i}.' for i in range(1_000)),
    "an apposition chain": '"Yes," said Bob Ray, ' + "a spokesman for the SDF, " * 1_000 + "today.",
    "according to, told, reported": "Bob told Ann that Cy reported that " * 1_000 + '"yes."',
    "titles before a name": '"Yes," said ' + "Mr. Dr. Sen. Gov. " * 1_000 + "Lee.",
    "possessives": "Bob's " * 3_000 + 'said "no."',
    "abbreviations": "U.S. " * 4_000,
    "parentheses nested deep": "(" * 5_000 + '"x" said Bob' + ")" * 5_000,
    "hyphen chain": "-".join(["a"] * 8_000),
    "digits": "1234567890" * 5_000,
    "numbers as speakers": '"x," said 123. ' * 2_000,
    # Quote marks of every script, and marks never closed.
    "guillemets": "\u00ab\u00bb" * 5_000,
    "corner brackets": "\u300c\u300d" * 5_000,
    "full-width quotes": "\uff02" * 20_000,
    "low-9 quotes": "\u201e\u201c" * 5_000,
    "a quote that never closes": '"' + "word " * 8_000,
    "marks between every letter": "".join(f'{c}"' for c in "abcdefghij" * 2_000),
    # Code points that are not letters.
    "zero-width joiners": "a\u200d" * 20_000,
    "private use": "\ue000" * 20_000,
    "non-characters": "\ufffe\uffff" * 10_000,
    "line and paragraph separators": "\u2028\u2029" * 10_000,
    "escaped valid surrogate pairs": "\U0001F600 said \U0001F601" * 3_000,
    "variation selectors": "a\ufe0f" * 20_000,
}

_PAGE = {"/v1/articles": "", "/v1/speakers": "", "/v1/quotes": "q=win&"}


def _cursor(value: object) -> str:
    return quote(base64.urlsafe_b64encode(json.dumps(value).encode()).decode())


FORGED_CURSORS: dict[str, str] = {
    "empty": "",
    "padding off": "eyJhIjogMX0",
    "invalid base64": "%%%%",
    "percent ff": "%ff%fe",
    "json list": _cursor([1, 2, 3]),
    "json string": _cursor("x"),
    "json huge int": _cursor(10**400),
    "json float": _cursor(1e308),
    "json of nulls": _cursor({"k": None, "id": None}),
    "json with a pipe": _cursor("9999-12-31T23:59:59|" + "x" * 100),
    "a year 10000 time": quote("10000-01-01T00:00:00|x"),
    "a leap second": quote("2016-12-31T23:59:60Z|x"),
    "a NUL": "%00",
    "500 characters": "A" * 500,
}

ODD_TIMES = {
    "leap second": "2016-12-31T23:59:60Z",
    "29 February of a common year": "2023-02-29T00:00:00Z",
    "hour 24": "2024-01-01T24:00:00Z",
    "offset +24:00": "2024-01-01T00:00:00+24:00",
    "offset -23:59 at year 9999": "9999-12-31T23:59:59-23:59",
    "negative year": "-0001-01-01T00:00:00Z",
    "year 10000": "10000-01-01T00:00:00Z",
    "year 0": "0000-01-01T00:00:00Z",
    "a date alone": "2024-01-01",
    "13 fraction digits": "2024-01-01T00:00:00.1234567890123Z",
    "unix seconds": "1700000000",
    "week date": "2024-W01-1",
    "ordinal date": "2024-366",
    "fullwidth digits": "\uff12\uff10\uff12\uff14-01-01",
}

ODD_NUMBERS = {
    "zero": "0", "one point five": "1.5", "minus zero": "-0", "exponent": "1e2",
    "hex": "0x10", "empty": "", "plus one": "+1", "nul": "%00", "space": "%20",
    "400 digits": "9" * 400,
    "fullwidth five": "\uff15", "arabic-indic five": "\u0665", "two values": "5&limit=6",
}

ODD_BODY_VALUES = {
    "text true": b'{"text": true}',
    "text object": b'{"text": {"text": "x"}}',
    "text huge float": b'{"text": 1.7976931348623157e309}',
    "text minus zero": b'{"text": -0}',
    "top-level string": b'"text"',
    "top-level number": b"12345",
    "top-level null": b"null",
    "trailing garbage": b'{"text": "hi"} trailing',
    "javascript comment": b'{"text": "hi" /* c */}',
    "single quotes": b"{'text': 'hi'}",
    "infinity": b'{"text": "x", "title": Infinity}',
    "escaped NUL text": b'{"text": "\\u0000\\u0000"}',
    "many keys": b"{" + b",".join(b'"k%d": 1' % i for i in range(50_000)) + b', "text": "x"}',
    "long key": b'{"' + b"k" * 500_000 + b'": 1, "text": "x"}',
    "deep list in an unknown field":
        b'{"text": "x", "extra": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
}


def _put(name: str, **fields: object) -> Case:
    body = json.dumps({"text": '"Fine," said Ann Lee.', **fields}).encode()
    return (f"put {name}", "PUT", "/v1/articles/trick-" + re.sub(r"\W+", "-", name), body, JSON)


TRICKS: list[Case] = [
    *[(f"analyze {name}", "POST", "/v1/analyze", json.dumps({"text": text}).encode(), JSON)
      for name, text in TRICK_TEXTS.items()],
    *[(f"store {name}", "PUT", f"/v1/articles/trick-text-{i}",
       json.dumps({"text": text}).encode(), JSON)
      for i, (name, text) in enumerate(TRICK_TEXTS.items()) if i < 6],
    *[(f"{path} cursor {name}", "GET", f"{path}?{prefix}cursor={cursor}", b"", {})
      for path, prefix in _PAGE.items() for name, cursor in FORGED_CURSORS.items()],
    *[(f"{path} limit {name}", "GET", f"{path}?{prefix}limit={value}", b"", {})
      for path, prefix in _PAGE.items() for name, value in ODD_NUMBERS.items()],
    *[(f"articles since {name}", "GET", f"/v1/articles?since={quote(value)}", b"", {})
      for name, value in ODD_TIMES.items()],
    *[(f"articles until {name}", "GET", f"/v1/articles?until={quote(value)}", b"", {})
      for name, value in ODD_TIMES.items()],
    *[_put(f"published_at {name}", published_at=value) for name, value in ODD_TIMES.items()],
    *[(f"analyze {name}", "POST", "/v1/analyze", body, JSON)
      for name, body in ODD_BODY_VALUES.items()],
    ("analyze explain junk", "POST", "/v1/analyze?explain=" + "y" * 100, b'{"text": "x"}', JSON),
    ("analyze offsets junk", "POST", "/v1/analyze?offsets=%00", b'{"text": "x"}', JSON),
    ("batch of junk items", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [None, 5, "x", [], {"text": None}, {"id": 7}]}).encode(), JSON),
    ("batch over the count", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"text": "x"}] * 5_000}).encode(), JSON),
    ("batch of duplicate ids", "POST", "/v1/analyze/batch",
     json.dumps({"articles": [{"id": "a", "text": '"Hi," said Bob.'}] * 50}).encode(), JSON),
    ("backfill of junk", "POST", "/v1/backfills", b'{"articles": [{"id": null}]}', JSON),
    ("backfill id forged", "GET", "/v1/backfills/" + "9" * 400, b"", {}),
    ("backfill id traversal", "GET", "/v1/backfills/..%2f..", b"", {}),
    ("quote check of junk", "POST", "/v1/quotes/check",
     json.dumps({"text": "x", "quotes": [{"start": -1, "end": 10**30}]}).encode(), JSON),
    ("quote check of a huge text", "POST", "/v1/quotes/check",
     json.dumps({"text": '"yes," ' * 100_000}).encode(), JSON),
    ("speaker id huge number", "GET", "/v1/speakers/" + "9" * 400, b"", {}),
    ("speaker id negative", "GET", "/v1/speakers/-1", b"", {}),
    ("speaker id NUL", "GET", "/v1/speakers/%00", b"", {}),
    ("speaker quotes forged cursor", "GET", "/v1/speakers/spk_x/quotes?cursor=" + _cursor([]),
     b"", {}),
    ("speakers sort junk", "GET", "/v1/speakers?sort=" + quote("name; DROP TABLE"), b"", {}),
    ("speakers affiliation NUL", "GET", "/v1/speakers?affiliation=%00", b"", {}),
    ("quotes q of LIKE wildcards", "GET", "/v1/quotes?q=" + quote("%_\\" * 100), b"", {}),
    ("quotes q of FTS syntax", "GET", "/v1/quotes?q=" + quote('NEAR( "a" * OR AND NOT ^'), b"", {}),
    ("quotes q of a lone quote mark", "GET", "/v1/quotes?q=%22", b"", {}),
    ("quotes q of tsquery syntax", "GET", "/v1/quotes?q=" + quote("a & !b | (c:* <-> d"), b"", {}),
    ("patch speaker junk", "PATCH", "/v1/speakers/spk_x",
     json.dumps({"name": "", "external_ids": {"a" * 10_000: "b"}}).encode(), JSON),
    ("patch speaker wrong types", "PATCH", "/v1/speakers/spk_x",
     json.dumps({"name": 5, "wikidata_id": ["Q1"], "external_ids": [1]}).encode(), JSON),
    ("merge into itself", "POST", "/v1/speakers/spk_x/merge", b'{"source_id": "spk_x"}', JSON),
    ("delete with a body", "DELETE", "/v1/articles/nope", b'{"text": "x"}', JSON),
    ("put without a body", "PUT", "/v1/articles/empty-put", b"", JSON),
    ("put a list", "PUT", "/v1/articles/list-put", b"[1, 2]", JSON),
    _put("title NUL", title="\x00" * 500),
    _put("outlet of surrogates", outlet="\ud800" * 300),
    _put("outlet of 300 four-byte characters", outlet="\U0001F600" * 300),
    _put("url javascript", url="javascript:alert(1)"),
    _put("everything null", title=None, url=None, outlet=None, published_at=None),
    ("if-match garbage", "PUT", "/v1/articles/etag-trick", b'{"text": "x"}',
     {**JSON, "If-Match": 'W/"' + "\x7f" * 10}),
    ("if-match very long", "DELETE", "/v1/articles/etag-trick", b"",
     {"If-Match": '"' + "e" * 7_000 + '"'}),
    ("if-match star on a missing article", "DELETE", "/v1/articles/none-here", b"",
     {"If-Match": "*"}),
    ("if-none-match junk on GET", "GET", "/v1/articles/none-here", b"",
     {"If-None-Match": ",,,," * 100}),
    ("authorization of 7,000 characters", "GET", "/v1/articles", b"",
     {"Authorization": "Bearer " + "k" * 7_000}),
    ("authorization of another scheme", "GET", "/v1/articles", b"",
     {"Authorization": "Basic " + base64.b64encode(b"a:b").decode()}),
    ("request id of 7,000 characters", "GET", "/v1/articles", b"", {"X-Request-ID": "r" * 7_000}),
    ("accept nothing we make", "GET", "/v1/articles", b"", {"Accept": "image/png"}),
    ("content type with a huge parameter", "POST", "/v1/analyze", b'{"text": "x"}',
     {"Content-Type": "application/json; x=" + "y" * 7_000}),
    ("content type charset ebcdic", "POST", "/v1/analyze", b'{"text": "x"}',
     {"Content-Type": "application/json; charset=cp500"}),
    ("content type multipart", "POST", "/v1/analyze", b"--b\r\n\r\nx\r\n--b--",
     {"Content-Type": "multipart/form-data; boundary=b"}),
    ("content encoding identity twice", "POST", "/v1/analyze", b'{"text": "x"}',
     {**JSON, "Content-Encoding": "identity, identity"}),
    ("content encoding unknown", "POST", "/v1/analyze", b'{"text": "x"}',
     {**JSON, "Content-Encoding": "br"}),
    ("origin junk", "GET", "/v1/articles", b"", {"Origin": "null"}),
    ("range header", "GET", "/v1/articles", b"", {"Range": "bytes=0-0,1-1,2-2"}),
    ("method override header", "POST", "/v1/articles/override", b'{"text": "x"}',
     {**JSON, "X-HTTP-Method-Override": "DELETE"}),
    ("double slashes", "GET", "//v1//articles", b"", {}),
    ("dot segments", "GET", "/v1/./articles/../articles", b"", {}),
    ("overlong utf-8 in the path", "GET", "/v1/articles/%c0%ae%c0%ae", b"", {}),
    ("invalid utf-8 in the query", "GET", "/v1/speakers?q=%ff%fe", b"", {}),
    ("a query key of 4,000 characters", "GET", "/v1/articles?" + "k" * 4_000 + "=1", b"", {}),
    ("2,000 query parameters", "GET", "/v1/articles?" + "&".join(["a=1"] * 1_500), b"", {}),
]


def raw_tricks(host: str) -> dict[str, bytes]:
    """Whole messages: framing and header tricks below any client library."""
    head = f"Host: {host}\r\nContent-Type: application/json\r\n"
    return {
        "negative content-length": f"POST /v1/analyze HTTP/1.1\r\n{head}Content-Length: -1\r\n\r\n"
                                   .encode(),
        "content-length of 30 digits": (f"POST /v1/analyze HTTP/1.1\r\n{head}Content-Length: "
                                        f"{'9' * 30}\r\n\r\n").encode(),
        "content-length with a plus": f"POST /v1/analyze HTTP/1.1\r\n{head}Content-Length: +13"
                                      '\r\n\r\n{"text": "x"}'.encode(),
        "chunked and content-length": (f"POST /v1/analyze HTTP/1.1\r\n{head}Content-Length: 4\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n").encode(),
        "transfer-encoding gzip, chunked": (f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding:"
                                            " gzip, chunked\r\n\r\n0\r\n\r\n").encode(),
        "chunk extension flood": (f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding: chunked"
                                  f"\r\n\r\nd;{'x=y;' * 1_500}\r\n" + '{"text": "x"}\r\n0\r\n\r\n')
        .encode(),
        "trailer flood": (f"POST /v1/analyze HTTP/1.1\r\n{head}Transfer-Encoding: chunked\r\n\r\n"
                          'd\r\n{"text": "x"}\r\n0\r\n' + "X-T: v\r\n" * 500 + "\r\n").encode(),
        "expect 100-continue": (f"POST /v1/analyze HTTP/1.1\r\n{head}Expect: 100-continue\r\n"
                                'Content-Length: 13\r\n\r\n{"text": "x"}').encode(),
        "header folding": (f"GET /v1/articles HTTP/1.1\r\nHost: {host}\r\nX-A: a\r\n b\r\n\r\n")
        .encode(),
        "header with a NUL": f"GET /v1/articles HTTP/1.1\r\nHost: {host}\r\nX-A: a\x00b\r\n\r\n"
                             .encode(),
        "header name with a space": f"GET /v1/articles HTTP/1.1\r\nHost: {host}\r\nX A: b\r\n\r\n"
                                    .encode(),
        "header of latin-1 bytes": (f"GET /v1/articles HTTP/1.1\r\nHost: {host}\r\nAuthorization: "
                                    "Bearer ").encode() + b"\xe9\xff" * 100 + b"\r\n\r\n",
        "bare LF line ends": f"GET /v1/articles HTTP/1.1\nHost: {host}\n\n".encode(),
        "HTTP/2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        "HTTP/1.0 without a host": b"GET /v1/articles HTTP/1.0\r\n\r\n",
        "absolute-form target": f"GET http://{host}/v1/articles HTTP/1.1\r\nHost: {host}\r\n\r\n"
                                .encode(),
        "asterisk target": f"OPTIONS * HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        "version 1.9": f"GET /v1/articles HTTP/1.9\r\nHost: {host}\r\n\r\n".encode(),
        "lowercase method": f"get /v1/articles HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        "a fragment in the target": f"GET /v1/articles#x HTTP/1.1\r\nHost: {host}\r\n\r\n"
                                    .encode(),
    }

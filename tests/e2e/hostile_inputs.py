"""The hostile inputs: what an attacker sends, as (name, method, path, body bytes, headers).

Bodies are bytes so every encoding trick is expressible; `raw_requests` are whole HTTP messages for
tricks a client library would not send (huge request lines, header floods).
"""
from __future__ import annotations

import json
from urllib.parse import quote

JSON = {"Content-Type": "application/json"}
Case = tuple[str, str, str, bytes, dict[str, str]]


def _text(text: str) -> bytes:
    return json.dumps({"text": text}).encode()


def _article(**fields: object) -> bytes:
    return json.dumps({"text": '"Fine," said Ann Lee.', **fields}).encode()


ENGINE_TEXTS: dict[str, str] = {
    # Long runs the engine is still super-linear on (its half of issue 13): each case stays here.
    "quote marks": '"' * 20_000,
    "apostrophes": "'" * 20_000,
    "curly quotes": "\u201c\u201d" * 10_000,
    "said repeated": '"Yes," ' + "said " * 400 + "Bob.",
    "emoji": "\U0001F600" * 20_000,
    "unbalanced quotes": '"He said "no" then "yes' * 500,
    "nested quotes": "\"'\u201c\u2018" * 5_000,
    "dashes": "\u2014" * 20_000,
    "only punctuation": ".,;:!?()" * 5_000,
    "colon speakers": "Bob: " * 5_000,
}

TEXTS: dict[str, str] = {
    "names repeated": '"Yes," said ' + "Bob Smith " * 2_000,
    "one long token": "a" * 100_000,
    "one long paragraph": "He said it was fine. " * 3_000,
    "many paragraphs": "\n\n".join(['"Go," she said.'] * 1_000),
    "mixed scripts": "Привет 你好 مرحبا שלום नमस्ते " * 500,
    "control characters": "".join(chr(c) for c in range(32)) * 200,
    "nul bytes": "\x00" * 5_000,
    "right-to-left marks": "\u202e\u202d\u200f" * 3_000,
    "combining marks": "a" + "\u0301" * 20_000,
    "newlines": "\n" * 50_000,
    "tabs and spaces": " \t" * 30_000,
    "according to chain": "according to Bob, " * 1_000 + '"yes"',
    "urls": "https://example.com/" * 3_000,
    "html markup": "<p onclick=alert(1)>\"x\" said Bob</p>" * 500,
    "single word": "x",
    "whitespace only": "   ",
}

BODIES: list[Case] = [
    *[(f"analyze {name}", "POST", "/v1/analyze", _text(text), JSON)
      for name, text in TEXTS.items()],
    ("lone surrogate", "POST", "/v1/analyze", b'{"text": "\\ud800"}', JSON),
    ("lone low surrogate", "POST", "/v1/analyze", b'{"text": "a\\udfff b"}', JSON),
    ("nested 10,000 deep", "POST", "/v1/analyze", b"[" * 10_000 + b"]" * 10_000, JSON),
    ("nested objects", "POST", "/v1/analyze", b'{"a":' * 10_000 + b"1" + b"}" * 10_000, JSON),
    ("5,000-digit number", "POST", "/v1/analyze", b'{"text": "x", "title": ' + b"9" * 5_000 + b"}",
     JSON),
    ("huge exponent", "POST", "/v1/analyze", b'{"text": 1e999999}', JSON),
    ("NaN", "POST", "/v1/analyze", b'{"text": NaN}', JSON),
    ("text is a list", "POST", "/v1/analyze", b'{"text": ["a"]}', JSON),
    ("text is null", "POST", "/v1/analyze", b'{"text": null}', JSON),
    ("empty body", "POST", "/v1/analyze", b"", JSON),
    ("not json", "POST", "/v1/analyze", b"{nope", JSON),
    ("invalid utf-8", "POST", "/v1/analyze", b'{"text": "\xff\xfe"}', JSON),
    ("utf-16 body", "POST", "/v1/analyze", '{"text": "hi"}'.encode("utf-16"), JSON),
    ("bom", "POST", "/v1/analyze", b'\xef\xbb\xbf{"text": "hi"}', JSON),
    ("duplicate keys", "POST", "/v1/analyze", b'{"text": "a", "text": "b"}', JSON),
    ("escaped text under the cap", "POST", "/v1/analyze",
     json.dumps({"text": "\u00e9" * 20_000}, ensure_ascii=True).encode(), JSON),
    ("every char escaped", "POST", "/v1/analyze",
     b'{"text": "' + b"\\u0041" * 30_000 + b'"}', JSON),
    ("gzip body", "POST", "/v1/analyze", b"\x1f\x8b\x08\x00" + b"\x00" * 20,
     {**JSON, "Content-Encoding": "gzip"}),
    ("deflate body", "POST", "/v1/analyze", b"x\x9c" + b"\x00" * 10,
     {**JSON, "Content-Encoding": "deflate"}),
    ("xml body", "POST", "/v1/analyze", b"<text>hi</text>", {"Content-Type": "application/xml"}),
    ("form body", "POST", "/v1/analyze", b"text=hi",
     {"Content-Type": "application/x-www-form-urlencoded"}),
    ("no content type", "POST", "/v1/analyze", b'{"text": "hi"}', {}),
    ("text/plain latin-1", "POST", "/v1/analyze", "caf\u00e9".encode("latin-1"),
     {"Content-Type": "text/plain; charset=latin-1"}),
    ("charset utf-32", "POST", "/v1/analyze", b'{"text": "hi"}',
     {"Content-Type": "application/json; charset=utf-32"}),
    ("body over the cap", "POST", "/v1/analyze", b'{"text": "' + b"a" * 7_000_000 + b'"}', JSON),
    ("title too long", "POST", "/v1/analyze",
     json.dumps({"text": "x", "title": "t" * 5000}).encode(), JSON),
    ("outlet longer than its column", "PUT", "/v1/articles/hostile-outlet",
     _article(outlet="o" * 5_000), JSON),
    ("url too long", "PUT", "/v1/articles/hostile-url", _article(url="http://" + "u" * 5_000),
     JSON),
    ("published_at year 1", "PUT", "/v1/articles/hostile-y1",
     _article(published_at="0001-01-01T00:00:00+14:00"), JSON),
    ("published_at year 9999", "PUT", "/v1/articles/hostile-y9999",
     _article(published_at="9999-12-31T23:59:59-12:00"), JSON),
    ("published_at garbage", "PUT", "/v1/articles/hostile-pg", _article(published_at="soon"), JSON),
    ("published_at number", "PUT", "/v1/articles/hostile-pn", _article(published_at=2**70), JSON),
    ("unknown field", "PUT", "/v1/articles/hostile-uf", _article(evil={"a": [1] * 1000}), JSON),
    ("article id too long", "PUT", "/v1/articles/" + "i" * 5_000, _article(), JSON),
    ("article id with unicode", "PUT", "/v1/articles/" + quote("\u00e9\u4f60"), _article(), JSON),
    ("merge with junk", "POST", "/v1/speakers/nope/merge", b'{"into": {"a": 1}}', JSON),
    ("quotes check junk", "POST", "/v1/quotes/check", b'{"text": 5}', JSON),
]

QUERIES: list[Case] = [
    (f"{path} {name}", "GET", f"{path}?{query}", b"", {})
    for path in ("/v1/articles", "/v1/speakers")
    for name, query in {
        "cursor null": "cursor=null",
        "cursor object": "cursor=" + quote('{"a": {"b": 1}}'),
        "cursor 2**70": f"cursor={2**70}",
        "cursor year 1 with offset": "cursor=" + quote("0001-01-01T00:00:00+05:00|x"),
        "cursor base64 junk": "cursor=eyJhIjogMX0=",
        "cursor of multibyte chars": "cursor=" + quote("\u4f60" * 500),
        "limit huge": f"limit={10**30}",
        "limit negative": "limit=-1",
    }.items()
] + [
    ("articles since year 1", "GET", "/v1/articles?since=" + quote("0001-01-01T00:00:00+14:00"),
     b"", {}),
    ("articles until year 9999", "GET", "/v1/articles?until=" + quote("9999-12-31T23:59:59-14:00"),
     b"", {}),
    ("articles since garbage", "GET", "/v1/articles?since=yesterday", b"", {}),
    ("articles speaker too long", "GET", "/v1/articles?speaker=" + "s" * 3_000, b"", {}),
    ("speakers q multibyte", "GET", "/v1/speakers?q=" + quote("\U0001F600" * 200), b"", {}),
    ("quotes q at its maxLength", "GET", "/v1/quotes?q=" + quote("\u00e9" * 500), b"", {}),
    ("quotes q nul", "GET", "/v1/quotes?q=%00", b"", {}),
    ("speaker id unicode", "GET", "/v1/speakers/" + quote("\u202e" * 100), b"", {}),
    ("path traversal", "GET", "/v1/articles/..%2F..%2Fetc%2Fpasswd", b"", {}),
]

CASES: list[Case] = BODIES + QUERIES
ENGINE_CASES: list[Case] = [(f"analyze {name}", "POST", "/v1/analyze", _text(text), JSON)
                            for name, text in ENGINE_TEXTS.items()]


def raw_requests(host: str) -> dict[str, bytes]:
    """Whole requests gunicorn refuses before the app: each must still be a problem."""
    return {
        "request line over the limit": f"GET /v1/articles?q={'a' * 10_000} HTTP/1.1\r\nHost: {host}"
                                       "\r\n\r\n".encode(),
        "header over the limit": f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-Big: {'b' * 10_000}"
                                 "\r\n\r\n".encode(),
        "too many headers": (f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n"
                             + "".join(f"X-{i}: v\r\n" for i in range(200)) + "\r\n").encode(),
        "garbage request line": b"HELLO\r\n\r\n",
        "bad chunk size": (f"POST /v1/analyze HTTP/1.1\r\nHost: {host}\r\nContent-Type: "
                           "application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").encode(),
        "chunked over the cap": (f"POST /v1/analyze HTTP/1.1\r\nHost: {host}\r\nContent-Type: "
                                 "application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
        + (b"100000\r\n" + b"a" * 0x100000 + b"\r\n") * 7 + b"0\r\n\r\n",
        "content-length not a number": (f"POST /v1/analyze HTTP/1.1\r\nHost: {host}\r\n"
                                        "Content-Length: ten\r\n\r\n").encode(),
        "two content-lengths": (f"POST /v1/analyze HTTP/1.1\r\nHost: {host}\r\nContent-Length: 2"
                                "\r\nContent-Length: 3\r\n\r\n{}").encode(),
        "http/0.9 style": b"GET /\r\n\r\n",
        "unknown method": f"BREW /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
    }

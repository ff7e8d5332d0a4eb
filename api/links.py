"""OpenAPI links: which answer leads to which next call, written into the spec.

Generated clients and people reading `/docs` see how the resources connect (a stored article to
its speakers, a profile to its corrections, a backfill to its status), and schemathesis' stateful
tests follow the same links, so sequences such as PUT -> GET -> DELETE of one article, or list ->
profile -> PATCH with its `ETag`, are exercised and not only single calls (issue 13).
"""
from __future__ import annotations

import copy
from typing import Any

from apispec import BasePlugin

ETAG = "$response.header.ETag"
ARTICLE_IN_PATH = {"article_id": "$request.path.article_id"}
SPEAKER_IN_PATH = {"speaker_id": "$request.path.speaker_id"}
FIRST_SPEAKER = {"speaker_id": "$response.body#/items/0/id"}


def _link(operation_id: str, description: str, parameters: dict[str, str],
          request_body: Any = None) -> dict[str, Any]:
    link: dict[str, Any] = {"operationId": operation_id, "description": description,
                            "parameters": dict(parameters)}
    if request_body is not None:
        link["requestBody"] = request_body
    return link


_STORED_ARTICLE = {
    "GetArticle": _link("getArticle", "Read the article back.", ARTICLE_IN_PATH),
    "ReplaceArticle": _link("putArticle", "Send the article again, if still this version.",
                            {**ARTICLE_IN_PATH, "header.If-Match": ETAG}),
    "DeleteArticle": _link("deleteArticle", "Delete the article, if still this version.",
                           {**ARTICLE_IN_PATH, "header.If-Match": ETAG}),
    "GetFirstSpeaker": _link("getSpeaker", "The profile its first speaker joined.",
                             {"speaker_id": "$response.body#/speakers/0/profile_id"}),
}
_PROFILE = {
    "PatchSpeaker": _link("patchSpeaker", "Correct this profile, if still this version.",
                          {**SPEAKER_IN_PATH, "header.If-Match": ETAG}),
    "ListSpeakerQuotes": _link("listSpeakerQuotes", "This profile's quotes.", SPEAKER_IN_PATH),
}
_EDITED_PROFILE = {
    "GetSpeaker": _link("getSpeaker", "Read the corrected profile back.",
                        {"speaker_id": "$response.body#/id"}),
}

LINKS: dict[tuple[str, str], dict[str, dict[str, Any]]] = {
    ("putArticle", "200"): _STORED_ARTICLE,
    ("putArticle", "201"): _STORED_ARTICLE,
    ("getArticle", "200"): {key: _STORED_ARTICLE[key]
                            for key in ("DeleteArticle", "GetFirstSpeaker")},
    ("deleteArticle", "204"): {"GetArticle": _link(
        "getArticle", "The article is gone: 404.", ARTICLE_IN_PATH)},
    ("listArticles", "200"): {"GetFirstArticle": _link(
        "getArticle", "The first article listed.", {"article_id": "$response.body#/items/0/id"})},
    ("listSpeakers", "200"): {
        "GetFirstSpeaker": _link("getSpeaker", "The first profile listed.", FIRST_SPEAKER),
        "MergeSecondIntoFirst": _link("mergeSpeakers", "Merge the second profile into the first.",
                                      FIRST_SPEAKER,
                                      {"source_id": "$response.body#/items/1/id"}),
    },
    ("getSpeaker", "200"): {**_PROFILE, "MergeIntoThis": _link(
        "mergeSpeakers", "Merge another profile into this one, if still this version.",
        {**SPEAKER_IN_PATH, "header.If-Match": ETAG})},
    ("patchSpeaker", "200"): _EDITED_PROFILE,
    ("mergeSpeakers", "200"): {**_EDITED_PROFILE, "GetMergedAway": _link(
        "getSpeaker", "The merged-away id still leads to this profile.",
        {"speaker_id": "$request.body#/source_id"})},
    ("createBackfill", "202"): {"GetBackfill": _link(
        "getBackfill", "How far the backfill got.", {"backfill_id": "$response.body#/id"})},
}
"""(operationId, status) -> the links of that response, by name."""


class ResponseLinks(BasePlugin):
    """Adds `LINKS` to the responses of each operation as the spec is generated."""

    def operation_helper(self, path: str | None = None, operations: dict | None = None,
                         **kwargs: Any) -> None:
        for operation in (operations or {}).values():
            responses = operation.get("responses", {})
            for status, response in responses.items():
                links = LINKS.get((operation.get("operationId", ""), str(status)))
                if links and isinstance(response, dict):
                    response["links"] = copy.deepcopy(links)  # no YAML anchors

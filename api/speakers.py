"""`/v1/speakers`: speaker profiles across articles, their quotes, and editorial corrections."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api import database, etags, offsets
from api.body import Blueprint
from api.schemas.common import PageQuerySchema
from api.schemas.speakers import (
    MergeRequestSchema,
    SpeakerPageSchema,
    SpeakerPatchSchema,
    SpeakerProfileSchema,
    SpeakerQuerySchema,
    SpeakerQuotePageSchema,
)
from profiles import corrections, speakers
from profiles.corrections import MAX_EXTERNAL_ID_NAME, MAX_EXTERNAL_IDS
from profiles.models import Quote, SpeakerProfile
from profiles.pages import Page
from profiles.speakers import SpeakerRecord

blp = Blueprint("speakers", __name__, url_prefix="/v1",
                description="Who was quoted across articles: profiles, quotes, corrections.")

SPEAKER_ID = {"in": "path", "name": "speaker_id", "required": True,
              "description": "Id of the speaker profile (an id merged away still works).",
              "schema": {"type": "string", "minLength": 1, "maxLength": 40,
                         "example": "spk_3f9a0c1b2d4e6f70"}}
NOT_FOUND = {"response": "NOT_FOUND", "description": "No speaker profile has this id."}
PATH = "/speakers/<store_id(maxlength=40):speaker_id>"
PROFILE = SpeakerProfileSchema()
EDIT_ERRORS = [(403, "FORBIDDEN", "This key lacks the `admin` scope."),
               (412, "PRECONDITION_FAILED",
                "`If-Match` names a profile version no longer current.")]


def _tagged(record: SpeakerRecord) -> tuple[SpeakerRecord, int, dict[str, str]]:
    return record, 200, etags.header(etags.representation_etag(PROFILE.dump(record)))


def _checked(session: Session, speaker_id: str) -> None:
    """Lock the profile, then compare `If-Match` with its current representation."""
    session.execute(select(SpeakerProfile.id).where(
        SpeakerProfile.id == speakers.canonical_id(session, speaker_id)).with_for_update())
    current = PROFILE.dump(speakers.get_speaker(session, speaker_id))
    etags.require_match(etags.representation_etag(current))


def _edit_responses(view: object) -> object:
    for status, name, description in EDIT_ERRORS:
        view = blp.alt_response(status, response=name, description=description)(view)
    return view


@blp.route("/speakers", methods=["GET"])
@blp.arguments(SpeakerQuerySchema, location="query", as_kwargs=True)
@blp.doc(operationId="listSpeakers")
@blp.response(200, SpeakerPageSchema)
@blp.alt_response(404, response="NOT_FOUND", description="The cursor points to no page.")
def list_speakers(limit: int, sort: str, cursor: str | None = None,
                  **search: Any) -> Page[SpeakerRecord]:
    """Search speaker profiles

    `q` matches a name or alias at the start of any word, or a near spelling; `affiliation`
    keeps speakers tied to that organisation. Sorted by quote count, recency or name.
    """
    return database.run(lambda session: speakers.search_speakers(
        session, sort=sort, limit=limit, after=cursor, **search))


@blp.route(PATH, methods=["GET"])
@blp.doc(operationId="getSpeaker", parameters=[SPEAKER_ID])
@blp.response(200, SpeakerProfileSchema, headers=etags.HEADER)
@blp.alt_response(404, **NOT_FOUND)
def get_speaker(speaker_id: str) -> tuple[SpeakerRecord, int, dict[str, str]]:
    """One speaker profile

    Canonical name, aliases, roles and affiliations each with counts and first/last seen,
    article and quote counts, outlets, first and last quoted.
    """
    return _tagged(database.run(lambda session: speakers.get_speaker(session, speaker_id)))


@blp.route(PATH + "/quotes", methods=["GET"])
@blp.arguments(PageQuerySchema, location="query", as_kwargs=True)
@offsets.option(blp)
@blp.doc(operationId="listSpeakerQuotes", parameters=[SPEAKER_ID])
@blp.response(200, SpeakerQuotePageSchema)
@blp.alt_response(404, response="NOT_FOUND",
                  description="No speaker profile has this id, or the cursor points to no page.")
def speaker_quotes(speaker_id: str, limit: int, cursor: str | None = None) -> Page[Quote]:
    """A speaker's quotes, newest first

    Each quote comes with its article (id, title, outlet, date) and its offsets in that text.
    """
    return database.run(lambda session: speakers.speaker_quotes(
        session, speaker_id, limit=limit, after=cursor))


@blp.route(PATH + "/merge", methods=["POST"])
@blp.arguments(MergeRequestSchema)
@blp.doc(operationId="mergeSpeakers", parameters=[SPEAKER_ID, etags.IF_MATCH])
@blp.response(200, SpeakerProfileSchema, headers=etags.HEADER)
@_edit_responses
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(404, **NOT_FOUND)
@blp.alt_response(409, response="CONFLICT",
                  description="The two ids are one profile, or of different kinds.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE", description="The body is not JSON.")
def merge_speakers(body: dict[str, str],
                   speaker_id: str) -> tuple[SpeakerRecord, int, dict[str, str]]:
    """Merge another profile into this one

    Quotes, aliases, roles and affiliations of `source_id` move here; `source_id` then leads to
    this profile. The merge holds when articles are stored again.
    """
    def work(session: Session) -> SpeakerRecord:
        _checked(session, speaker_id)
        return corrections.merge(session, speaker_id, body["source_id"])

    return _tagged(database.run(work))


@blp.route(PATH, methods=["PATCH"])
@blp.arguments(SpeakerPatchSchema)
@blp.doc(operationId="patchSpeaker", parameters=[SPEAKER_ID, etags.IF_MATCH])
@blp.response(200, SpeakerProfileSchema, headers=etags.HEADER)
@_edit_responses
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(404, **NOT_FOUND)
@blp.alt_response(409, response="CONFLICT",
                  description="A blank name, an external id name of 0 or over "
                              f"{MAX_EXTERNAL_ID_NAME} characters (OpenAPI 3.0 cannot bound "
                              f"key lengths), or over {MAX_EXTERNAL_IDS} external ids in all.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE", description="The body is not JSON.")
def patch_speaker(body: dict[str, Any],
                  speaker_id: str) -> tuple[SpeakerRecord, int, dict[str, str]]:
    """Correct a profile: canonical name, Wikidata id, other external ids

    A name set here stays whatever spellings later articles use; the profile is kept even if
    its articles are deleted.
    """
    def work(session: Session) -> SpeakerRecord:
        _checked(session, speaker_id)
        return corrections.patch(session, speaker_id, **body)

    return _tagged(database.run(work))

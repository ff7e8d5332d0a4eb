"""Plain exceptions of the store; the API maps them to problem responses (no HTTP here)."""
from __future__ import annotations


class StoreError(Exception):
    """Base of everything `profiles/` raises on purpose."""


class ArticleNotFound(StoreError):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"No article with id {article_id!r}.")
        self.article_id = article_id


class SpeakerNotFound(StoreError):
    def __init__(self, speaker_id: str) -> None:
        super().__init__(f"No speaker with id {speaker_id!r}.")
        self.speaker_id = speaker_id


class InvalidCursor(StoreError):
    def __init__(self) -> None:
        super().__init__("No page at this cursor: it is malformed or from another listing.")


class InvalidCorrection(StoreError):
    """An editorial correction that cannot apply (merging a profile into itself, a person into
    an organisation...)."""


class OwnedByAnother(StoreError):
    """A backfill's article that is already stored under another key: as with `PUT`, only its
    owner (or an admin) may replace it (issue 13)."""

    def __init__(self, article_id: str) -> None:
        super().__init__(f"The article {article_id!r} belongs to another API key: only that key "
                         "or an admin key may overwrite it.")


class BackfillNotFound(StoreError):
    def __init__(self, backfill_id: str) -> None:
        super().__init__(f"No backfill with id {backfill_id!r}.")
        self.backfill_id = backfill_id

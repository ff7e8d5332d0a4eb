"""Articles from files: `.txt` files, folders of them, `.jsonl` (one article per line) and
`.zip` / `.tar.gz` archives of those, each read as a stream of articles or of reasons why a
piece could not be read.

A bulk load must not stop at the first bad file of an archive, nor store half of one: every
unreadable file, line or member (bad encoding, bad JSON, no text, over `MAX_TEXT_BYTES`) comes
out as an `Unreadable` with its origin and reason, and the caller reports it and goes on.
"""
from __future__ import annotations

import json
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from api.schemas.common import UNSTORABLE
from profiles.store import ArticleInput

TEXT_SUFFIX, LINES_SUFFIX = ".txt", ".jsonl"
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz")
OPTIONAL_FIELDS = ("title", "outlet", "url")


@dataclass(frozen=True)
class Source:
    """One article and where it came from (`folder/a.txt`, `feed.jsonl:12`, `x.zip!a.txt`)."""

    origin: str
    article: ArticleInput


@dataclass(frozen=True)
class Unreadable:
    """A file, line or archive member that gave no article, and why."""

    origin: str
    reason: str


Item = Source | Unreadable


class BadArticle(ValueError):
    """One piece of input that is not an article; its message is the reason reported."""


def read_sources(paths: Iterable[str | Path], max_bytes: int) -> Iterator[Item]:
    """Every article under `paths`, in order: folders walked in name order, archives in member
    order. Files of other kinds inside a folder are passed over; named directly, reported."""
    for path in map(Path, paths):
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind(file.name):
                    yield from _read_file(file, _article_id(file.relative_to(path)), max_bytes)
        elif not path.exists():
            yield Unreadable(str(path), "no such file or folder")
        elif not _kind(path.name):
            yield Unreadable(str(path), "not a .txt, .jsonl, .zip or .tar.gz file")
        else:
            yield from _read_file(path, _article_id(PurePosixPath(path.name)), max_bytes)


def _kind(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    return {TEXT_SUFFIX: "text", LINES_SUFFIX: "lines"}.get(PurePosixPath(lowered).suffix)


def _article_id(relative: PurePosixPath | Path) -> str:
    """A text file's id: its path inside the folder or archive without `.txt`, folders joined
    by `.` (`2019/03/story.txt` -> `2019.03.story`): the API's ids hold no slash."""
    posix = PurePosixPath(*relative.parts)
    if posix.suffix.lower() == TEXT_SUFFIX:
        posix = posix.with_suffix("")
    return ".".join(posix.parts)[:200]


def _read_file(path: Path, article_id: str, max_bytes: int) -> Iterator[Item]:
    try:
        kind = _kind(path.name)
        if kind == "archive":
            yield from _read_archive(path, max_bytes)
        else:
            with path.open("rb") as stream:
                yield from _read_member(str(path), article_id, kind, stream, max_bytes)
    except (OSError, zipfile.BadZipFile, tarfile.TarError) as error:
        yield Unreadable(str(path), f"cannot be read: {error}")


def _read_member(origin: str, article_id: str, kind: str | None, stream: Any,
                 max_bytes: int) -> Iterator[Item]:
    if kind == "lines":
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield _from_line(f"{origin}:{number}", line, max_bytes)
    elif kind == "text":
        yield _guarded(origin, lambda: ArticleInput(
            article_id, _text(stream.read(max_bytes + 1), max_bytes)))
    else:
        yield Unreadable(origin, "not a .txt or .jsonl file")


def _read_archive(path: Path, max_bytes: int) -> Iterator[Item]:
    if path.name.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                if not info.is_dir():
                    with archive.open(info) as stream:
                        yield from _member(path, info.filename, stream, max_bytes)
        return
    with tarfile.open(path, "r:*") as archive:
        for info in sorted(archive.getmembers(), key=lambda i: i.name):
            stream = archive.extractfile(info) if info.isfile() else None
            if stream is not None:
                yield from _member(path, info.name, stream, max_bytes)


def _member(path: Path, name: str, stream: Any, max_bytes: int) -> Iterator[Item]:
    kind = _kind(name)
    yield from _read_member(f"{path}!{name}", _article_id(PurePosixPath(name)),
                            kind if kind != "archive" else None, stream, max_bytes)


def _guarded(origin: str, build: Any) -> Item:
    try:
        return Source(origin, build())
    except BadArticle as error:
        return Unreadable(origin, str(error))


def _text(data: bytes, max_bytes: int) -> str:
    """UTF-8 (a BOM allowed) within the size limit, with characters no store keeps replaced
    one for one, as the API does."""
    if len(data) > max_bytes:
        raise BadArticle(f"over {max_bytes} bytes (MAX_TEXT_BYTES)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadArticle(f"not UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise BadArticle("no text")
    return UNSTORABLE.sub("\ufffd", text)


def _from_line(origin: str, line: bytes, max_bytes: int) -> Item:
    def build() -> ArticleInput:
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as error:
            raise BadArticle(f"not a JSON line: {error}") from None
        if not isinstance(record, dict):
            raise BadArticle("not a JSON object")
        article_id, text = record.get("id"), record.get("text")
        if not isinstance(article_id, str | int) or not str(article_id).strip():
            raise BadArticle("no `id`")
        if not isinstance(text, str):
            raise BadArticle("no `text`")
        extras = {name: _optional_string(record, name) for name in OPTIONAL_FIELDS}
        return ArticleInput(str(article_id)[:200], _text(text.encode("utf-8", "replace"),
                                                         max_bytes),
                            published_at=_published(record.get("published_at")), **extras)

    return _guarded(origin, build)


def _optional_string(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise BadArticle(f"`{name}` is not a string")
    return UNSTORABLE.sub("\ufffd", value) if value else None


def _published(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise BadArticle(f"`published_at` is not an ISO 8601 date: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

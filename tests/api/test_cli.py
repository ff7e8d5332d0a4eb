"""`flask analyze` and `flask ingest` over files, folders, JSON Lines and archives (issue 14)."""
from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
import sqlalchemy
from flask import Flask

ARTICLES = {  # written for these tests
    "bridge": '"The bridge will reopen in May," said Maria Lopez, a spokeswoman for the city.',
    "prices": '"Prices will rise," Bob Roe, a baker, said on Monday.',
    "rain": 'The rain stopped. "We are glad," said Ann Lee of the farmers union.',
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "more").mkdir(parents=True)
    (root / "bridge.txt").write_text(ARTICLES["bridge"], encoding="utf-8")
    (root / "more" / "prices.txt").write_text(ARTICLES["prices"], encoding="utf-8")
    (root / "feed.jsonl").write_text(json.dumps(
        {"id": "rain", "text": ARTICLES["rain"], "title": "Rain", "outlet": "Farm News",
         "published_at": "2024-05-01T08:00:00Z", "url": "https://example.org/rain"}) + "\n",
        encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


@pytest.fixture()
def cli_app(make_app, tmp_path: Path) -> Flask:
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}", MAX_TEXT_BYTES="5000")


def _run(app: Flask, *args: str):
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def _summary(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_analyze_writes_one_json_line_per_article_of_a_folder(cli_app, folder):
    result = _run(cli_app, "analyze", str(folder))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["bridge", "rain", "more.prices"]
    by_id = {line["id"]: line for line in lines}
    assert by_id["bridge"]["quotes"][0]["speaker"]["name"] == "Maria Lopez"
    assert by_id["more.prices"]["quotes"][0]["text"] == "Prices will rise,"
    assert _summary(result)[:4] == ["articles: 3 (analysed 3)", "quotes: 3", "speakers: 3",
                                    "failures: 0"]


def test_analyze_matches_the_api_answer(cli_app, folder):
    lines = _run(cli_app, "analyze", str(folder / "bridge.txt")).stdout.splitlines()
    answer = cli_app.test_client().post("/v1/analyze", json={"text": ARTICLES["bridge"]})
    line = json.loads(lines[0])
    assert {"quotes": line["quotes"], "speakers": line["speakers"]} == answer.get_json()


def test_ingest_stores_as_put_and_a_rerun_changes_nothing(cli_app, folder):
    first = _summary(_run(cli_app, "ingest", str(folder)))
    client = cli_app.test_client()
    stored = client.get("/v1/articles/rain").get_json()
    assert stored["title"] == "Rain" and stored["outlet"] == "Farm News"
    assert stored["quotes"][0]["speaker"]["name"] == "Ann Lee"
    assert first[0] == "articles: 3 (created 3)"
    again = _summary(_run(cli_app, "ingest", str(folder)))
    assert again[0] == "articles: 3 (unchanged 3)"
    assert again[1:] == first[1:]
    assert client.get("/v1/articles/rain").get_json() == stored


def test_ingest_force_analyses_stored_articles_again_and_overwrites_them(cli_app, folder,
                                                                         tmp_path):
    """`ingest --force` re-analyses articles stored with the same id and text (a newer
    engine's answer replaces the old one) without duplicating quotes or profiles (issue 14)."""
    first = _summary(_run(cli_app, "ingest", str(folder)))
    client = cli_app.test_client()
    stored = client.get("/v1/articles/rain").get_json()
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    with engine.begin() as connection:  # what an older engine might have stored
        connection.execute(sqlalchemy.text("UPDATE quotes SET text = 'old answer'"))
    assert _summary(_run(cli_app, "ingest", str(folder)))[0] == "articles: 3 (unchanged 3)"
    assert client.get("/v1/articles/rain").get_json()["quotes"][0]["text"] == "old answer"
    forced = _summary(_run(cli_app, "ingest", "--force", str(folder)))
    assert forced[0] == "articles: 3 (updated 3)"
    assert forced[1:] == first[1:]
    again = client.get("/v1/articles/rain").get_json()
    assert again["quotes"] == stored["quotes"]
    with engine.connect() as connection:
        counts = [connection.scalar(sqlalchemy.text(f"SELECT count(*) FROM {table}"))
                  for table in ("quotes", "speakers", "articles")]
    engine.dispose()
    assert counts == [3, 3, 3]


def test_ingest_reads_zip_and_tar_gz_archives_built_here(cli_app, tmp_path):
    zipped = tmp_path / "batch.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("bridge.txt", ARTICLES["bridge"])
        archive.writestr("lines.jsonl", json.dumps({"id": "rain", "text": ARTICLES["rain"]}))
    tarred = tmp_path / "batch.tar.gz"
    with tarfile.open(tarred, "w:gz") as archive:
        data = ARTICLES["prices"].encode()
        info = tarfile.TarInfo("deep/prices.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    summary = _summary(_run(cli_app, "ingest", str(zipped), str(tarred)))
    assert summary[:4] == ["articles: 3 (created 3)", "quotes: 3", "speakers: 3", "failures: 0"]
    client = cli_app.test_client()
    for article_id in ("bridge", "rain", "deep.prices"):
        assert client.get(f"/v1/articles/{article_id}").status_code == 200, article_id


def test_bad_files_are_reported_with_their_reason_and_skipped(cli_app, folder, tmp_path):
    (folder / "latin1.txt").write_bytes("caf\xe9 \"ok,\" she said".encode("latin-1"))
    (folder / "empty.txt").write_text("  ", encoding="utf-8")
    (folder / "huge.txt").write_text("word " * 2000, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x"}\nnot json\n', encoding="utf-8")
    (tmp_path / "fake.zip").write_bytes(b"not a zip")
    summary = _summary(_run(cli_app, "ingest", str(folder), str(tmp_path / "fake.zip")))
    assert summary[0] == "articles: 3 (created 3)"
    assert summary[3] == "failures: 6"
    reasons = "\n".join(summary[4:])
    for expected in ("latin1.txt: not UTF-8", "empty.txt: no text", "huge.txt: over 5000 bytes",
                     "broken.jsonl:1: no `text`", "broken.jsonl:2: not a JSON line",
                     "fake.zip: cannot be read"):
        assert expected in reasons
    assert cli_app.test_client().get("/v1/articles/latin1").status_code == 404


def test_two_processes_give_the_same_lines_as_one(cli_app, folder):
    one = _run(cli_app, "analyze", str(folder)).stdout
    two = _run(cli_app, "analyze", "--processes", "2", str(folder)).stdout
    assert two == one

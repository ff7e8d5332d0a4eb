"""Issue 13: `ETag` on articles and profiles, `If-Match` on PUT/PATCH/merge/DELETE (412 when stale),
and bounds on `external_ids`."""
from __future__ import annotations

import uuid

import pytest

TEXT = '"We are ahead of schedule," said Maria Lopez, a spokeswoman for the city.'
OTHER = '"The depot closes," said Jonas Berg, director of the transit authority.'


@pytest.fixture()
def article_id(client):
    article_id = f"etag-{uuid.uuid4().hex[:8]}"
    assert client.put(f"/v1/articles/{article_id}", json={"text": TEXT}).status_code == 201
    return article_id


def test_get_and_put_carry_the_same_etag_until_the_article_changes(client, article_id):
    first = client.get(f"/v1/articles/{article_id}").headers["ETag"]
    assert first.startswith('"')
    assert client.get(f"/v1/articles/{article_id}").headers["ETag"] == first
    again = client.put(f"/v1/articles/{article_id}", json={"text": TEXT, "title": "New"})
    assert again.headers["ETag"] != first
    assert client.get(f"/v1/articles/{article_id}").headers["ETag"] == again.headers["ETag"]


def test_stale_if_match_on_put_is_412_and_changes_nothing(client, article_id, assert_problem):
    stale = client.get(f"/v1/articles/{article_id}").headers["ETag"]
    current = client.put(f"/v1/articles/{article_id}", json={"text": TEXT, "title": "Editor A"},
                         headers={"If-Match": stale})
    assert current.status_code == 200
    assert_problem(client.put(f"/v1/articles/{article_id}", json={"text": TEXT, "title": "B"},
                              headers={"If-Match": stale}), 412)
    assert client.get(f"/v1/articles/{article_id}").get_json()["title"] == "Editor A"


def test_stale_if_match_on_delete_is_412(client, article_id, assert_problem):
    assert_problem(client.delete(f"/v1/articles/{article_id}", headers={"If-Match": '"old"'}),
                   412)
    tag = client.get(f"/v1/articles/{article_id}").headers["ETag"]
    assert client.delete(f"/v1/articles/{article_id}", headers={"If-Match": tag}).status_code == 204


def test_if_match_on_an_article_not_yet_stored_is_412_and_stores_nothing(client, assert_problem):
    assert_problem(client.put("/v1/articles/etag-never", json={"text": TEXT},
                              headers={"If-Match": "*"}), 412)
    assert client.get("/v1/articles/etag-never").status_code == 404


def test_if_match_star_means_only_if_it_exists(client, article_id):
    response = client.put(f"/v1/articles/{article_id}", json={"text": TEXT},
                          headers={"If-Match": "*"})
    assert response.status_code == 200


def test_profile_patch_with_stale_etag_is_412(client, article_id, assert_problem):
    profile = client.get(f"/v1/articles/{article_id}").get_json()["quotes"][0]["speaker"][
        "profile_id"]
    tag = client.get(f"/v1/speakers/{profile}").headers["ETag"]
    first = client.patch(f"/v1/speakers/{profile}", json={"wikidata_id": "Q42"},
                         headers={"If-Match": tag})
    assert first.status_code == 200 and first.headers["ETag"] != tag
    assert first.headers["ETag"] == client.get(f"/v1/speakers/{profile}").headers["ETag"]
    assert_problem(client.patch(f"/v1/speakers/{profile}", json={"name": "Lost Update"},
                                headers={"If-Match": tag}), 412)
    assert client.get(f"/v1/speakers/{profile}").get_json()["name"] != "Lost Update"


def test_merge_with_stale_etag_is_412(client, article_id, assert_problem):
    other = f"etag-other-{uuid.uuid4().hex[:6]}"
    source = client.put(f"/v1/articles/{other}", json={"text": OTHER}).get_json()[
        "quotes"][0]["speaker"]["profile_id"]
    target = client.get(f"/v1/articles/{article_id}").get_json()["quotes"][0]["speaker"][
        "profile_id"]
    assert_problem(client.post(f"/v1/speakers/{target}/merge", json={"source_id": source},
                               headers={"If-Match": '"stale"'}), 412)
    assert client.get(f"/v1/speakers/{source}").get_json()["id"] == source


def test_external_ids_are_bounded_in_count_and_size(client, article_id, assert_problem):
    profile = client.get(f"/v1/articles/{article_id}").get_json()["quotes"][0]["speaker"][
        "profile_id"]
    many = {f"id{n}": "x" for n in range(21)}
    assert_problem(client.patch(f"/v1/speakers/{profile}", json={"external_ids": many}), 422)
    assert_problem(client.patch(f"/v1/speakers/{profile}",
                                json={"external_ids": {"k" * 41: "x"}}), 409)
    for start in (0, 10):  # twenty in two patches is fine, a twenty-first is not
        batch = {f"id{n}": "x" for n in range(start, start + 10)}
        assert client.patch(f"/v1/speakers/{profile}",
                            json={"external_ids": batch}).status_code == 200
    assert_problem(client.patch(f"/v1/speakers/{profile}", json={"external_ids": {"more": "x"}}),
                   409)


NAMING_NO_TAG = ["", " ", ",", '"a" "b"']
"""`If-Match` values that name no entity tag: empty, blank, an empty list, two tags unseparated."""


@pytest.mark.parametrize("value", NAMING_NO_TAG)
def test_if_match_naming_no_tag_on_put_and_delete_is_412_and_changes_nothing(
        client, article_id, assert_problem, value):
    """Red round: `If-Match:` sent empty was read as absent and the write went through."""
    body = assert_problem(client.put(f"/v1/articles/{article_id}", json={"text": TEXT,
                                     "title": "Lost"}, headers={"If-Match": value}), 412)
    assert "names no entity tag" in body["detail"]
    assert_problem(client.delete(f"/v1/articles/{article_id}", headers={"If-Match": value}), 412)
    assert client.get(f"/v1/articles/{article_id}").get_json().get("title") != "Lost"


@pytest.mark.parametrize("value", NAMING_NO_TAG)
def test_if_match_naming_no_tag_on_profile_patch_and_merge_is_412_and_changes_nothing(
        client, article_id, assert_problem, value):
    other = f"etag-other-{uuid.uuid4().hex[:6]}"
    source = client.put(f"/v1/articles/{other}", json={"text": OTHER}).get_json()[
        "quotes"][0]["speaker"]["profile_id"]
    target = client.get(f"/v1/articles/{article_id}").get_json()["quotes"][0]["speaker"][
        "profile_id"]
    assert_problem(client.patch(f"/v1/speakers/{target}", json={"name": "Lost Update"},
                                headers={"If-Match": value}), 412)
    assert_problem(client.post(f"/v1/speakers/{target}/merge", json={"source_id": source},
                               headers={"If-Match": value}), 412)
    assert client.get(f"/v1/speakers/{target}").get_json()["name"] != "Lost Update"
    assert client.get(f"/v1/speakers/{source}").get_json()["id"] == source


def test_an_empty_if_match_on_a_new_article_is_412_and_stores_nothing(client, assert_problem):
    assert_problem(client.put("/v1/articles/etag-empty-new", json={"text": TEXT},
                              headers={"If-Match": ""}), 412)
    assert client.get("/v1/articles/etag-empty-new").status_code == 404

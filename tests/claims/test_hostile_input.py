"""Hostile and malformed input over HTTP: always a 4xx that says what is wrong, never half-saved."""

import json

import pytest

from claims.models import Article, Attribution, Claim, IngestJob
from factcheck.roles import Role

from ..factories import committed

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"


def nothing_saved():
    return not (Article.objects.exists() or Claim.objects.exists() or Attribution.objects.exists())


def raw_post(client, body: bytes, content_type="application/json", url=URL):
    with committed():
        return client.generic("POST", url, body, content_type=content_type)


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        (b"", "application/json", ""),
        (b"\xff\xfe\xfd binary \x00\x01", "application/json", ""),
        (b'{"title": "T", "body": "caf\xe9"}', "application/json", ""),
        (b"[" * 5000 + b"]" * 5000, "application/json", ""),
        (
            b'{"title": {"a": {"b": {"c": [1, 2, {"d": null}]}}}, "body": "x"}',
            "application/json",
            "title",
        ),
        (b'{"title": 12, "body": 13}', "application/json", ""),
        (b'{"title": "T", "body": ["a", "b"]}', "application/json", "body"),
        (b'["title", "body"]', "application/json", ""),
        (b"title=T&body=B", "text/plain", "Unsupported media type"),
    ],
    ids=[
        "empty",
        "binary",
        "invalid-utf8",
        "deeply-nested",
        "nested-title",
        "numbers",
        "list-body",
        "array",
        "wrong-type",
    ],
)
def test_malformed_bodies_are_4xx_with_a_json_error(api, body, content_type, fragment):
    response = raw_post(api[Role.REVIEWER], body, content_type)
    assert 400 <= response.status_code < 500, response.content[:200]
    payload = response.json()
    assert payload["detail"]
    assert payload["code"]
    assert fragment in payload["detail"]
    assert nothing_saved()


def test_ten_megabyte_article_is_refused(api):
    body = ("The minister said it was fine. " * 330_000).encode()
    assert len(body) > 10_000_000
    response = raw_post(
        api[Role.REVIEWER], json.dumps({"title": "Huge", "body": body.decode()}).encode()
    )
    assert response.status_code in (400, 413)
    assert "too large" in response.json()["detail"]
    assert nothing_saved()


def test_ten_thousand_sentence_article_is_refused_by_the_sentence_limit(api):
    body = " ".join(f"Claim number {i} is here." for i in range(10_000))
    response = raw_post(api[Role.REVIEWER], json.dumps({"title": "Long", "body": body}).encode())
    assert response.status_code == 400
    assert "10,000 sentences" in response.json()["detail"]
    assert nothing_saved()


def test_bulk_upload_runs_on_a_worker_and_reports_each_bad_line(api):
    lines = [
        json.dumps(
            {"title": "One", "body": "The mayor said the bridge is safe. Engineers disagree."}
        ),
        "{broken",
        json.dumps({"title": "Two", "body": ""}),
        json.dumps({"title": "Three", "body": "Rents rose 4% last year, the council said."}),
        json.dumps(
            {"title": "One again", "body": "The mayor said the bridge is safe. Engineers disagree."}
        ),
        json.dumps([1, 2, 3]),
    ]
    client = api[Role.REVIEWER]
    with committed():
        response = client.generic(
            "POST", f"{URL}bulk/", "\n".join(lines).encode(), content_type="application/x-ndjson"
        )
    assert response.status_code == 202, response.content
    job = client.get(f"/api/v1/jobs/{response.json()['id']}/").json()
    assert job["status"] == "done"
    assert (job["total"], job["done"], job["created"]) == (6, 6, 2)
    assert [(e["line"], e["detail"][:20]) for e in job["errors"]] == [
        (2, "not valid JSON (Expe"),
        (3, "article body is empt"),
        (6, "expected a JSON obje"),
    ]
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("status", flat=True)) == {"ready"}


def test_bulk_upload_as_multipart_file(api):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "a.jsonl", json.dumps({"title": "F", "body": "It works. Yes."}).encode()
    )
    with committed():
        response = api[Role.LEAD].post(f"{URL}bulk/", {"file": upload}, format="multipart")
    assert response.status_code == 202
    assert api[Role.LEAD].get(f"/api/v1/jobs/{response.json()['id']}/").json()["created"] == 1


@pytest.mark.parametrize(
    ("body", "fragment"),
    [(b"", "empty"), (b"\x00\x01\x02", "NUL"), (b"caf\xe9\n", "UTF-8"), (b"   \n\n", "empty")],
)
def test_bad_bulk_uploads_are_refused_whole(api, body, fragment):
    response = raw_post(api[Role.REVIEWER], body, "application/x-ndjson", url=f"{URL}bulk/")
    assert response.status_code == 400
    assert fragment in response.json()["detail"]
    assert not IngestJob.objects.exists()


def test_jobs_are_private_to_their_owner(api, users):
    with committed():
        response = api[Role.REVIEWER].generic(
            "POST",
            f"{URL}bulk/",
            json.dumps({"title": "P", "body": "Private. Job."}).encode(),
            content_type="application/x-ndjson",
        )
    job_id = response.json()["id"]
    assert api[Role.LEAD].get(f"/api/v1/jobs/{job_id}/").status_code == 404
    assert api[Role.ADMIN].get(f"/api/v1/jobs/{job_id}/").status_code == 200
    assert api[Role.LEAD].get("/api/v1/jobs/abc/").status_code == 404


def test_claim_patch_with_wrong_types_is_400(api):
    from ..factories import make_claim

    claim = make_claim()
    for payload in (
        {"status": 5},
        {"rating": ["false"]},
        {"evidence": [{"url": 1}]},
        {"evidence": {"url": "x"}},
        {"rationale": {"a": 1}},
    ):
        response = api[Role.REVIEWER].patch(f"/api/v1/claims/{claim.pk}/", payload, format="json")
        assert response.status_code == 400, (payload, response.content)
        assert response.json()["detail"]
    claim.refresh_from_db()
    assert claim.version == 1


@pytest.mark.parametrize(
    "value",
    [
        "0740-04-26T17:04:24+22:13",
        "0001-01-01T00:00:00+05:00",
        "2024-02-30",
        "9999-12-31T23:59:59-10:00",
    ],
)
def test_out_of_range_timestamps_are_400_or_stored_in_utc(api, value):
    response = raw_post(
        api[Role.REVIEWER],
        json.dumps({"title": "T", "body": f"Dated {value}. Fine.", "published_at": value}).encode(),
    )
    assert response.status_code in (201, 400), response.content
    if response.status_code == 201:
        assert response.json()["published_at"].endswith("Z")
    else:
        assert "published_at" in response.json()["detail"]
    listing = api[Role.API_CLIENT].get("/api/v1/verdicts/", {"updated_after": value})
    assert listing.status_code in (200, 400)


def test_json_lines_keep_unicode_line_separators_inside_strings(api):
    body = "First part\u2028still the same line\u0085and this. Second\x0csentence here."
    lines = [
        json.dumps({"title": "Sep", "body": body}, ensure_ascii=False),
        json.dumps({"title": "B", "body": "Plain. Text."}),
    ]
    with committed():
        response = api[Role.REVIEWER].generic(
            "POST", f"{URL}bulk/", "\n".join(lines).encode(), content_type="application/x-ndjson"
        )
    job = api[Role.REVIEWER].get(f"/api/v1/jobs/{response.json()['id']}/").json()
    assert (job["total"], job["created"], job["errors"]) == (2, 2, [])


def test_a_bulk_line_with_lone_surrogates_is_an_error_and_the_job_finishes(api):
    lines = [
        '{"title": "T \\ud800", "body": "Broken title. Yes."}',
        json.dumps({"title": "Fine", "body": "Good. Line."}),
    ]
    with committed():
        response = api[Role.REVIEWER].generic(
            "POST", f"{URL}bulk/", "\n".join(lines).encode(), content_type="application/x-ndjson"
        )
    job = api[Role.REVIEWER].get(f"/api/v1/jobs/{response.json()['id']}/").json()
    assert job["status"] == "done"
    assert job["created"] == 1
    assert job["errors"] == [{"line": 1, "detail": "article title is not valid Unicode text."}]


@pytest.mark.parametrize("query", ["article=99999999999999999999", "article=-1", "article=x"])
def test_out_of_range_ids_in_filters_are_400(api, query):
    for path in ("/api/v1/claims/", "/api/v1/verdicts/"):
        assert api[Role.LEAD].get(f"{path}?{query}").status_code == 400


def test_claims_updated_at_moves_when_attribution_lands():
    from claims.services import article_attribute, article_create

    from ..factories import committed as run_on_commit

    article = article_create(title="T", body="The mayor said rents fell. Critics disagree.").article
    before = dict(article.claims.values_list("pk", "updated_at"))
    with run_on_commit():
        article_attribute(article.pk)
    after = dict(article.claims.values_list("pk", "updated_at"))
    assert all(after[pk] > before[pk] for pk in before)

"""Articles over HTTP: posting splits an article into claims; bad input is refused whole."""

import pytest

from claims.models import Article, Attribution, Claim
from factcheck.roles import Role

from ..factories import committed

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"


def post(client, **data):
    with committed():
        return client.post(URL, data, format="json")


def test_post_article_splits_it_into_claims_with_exact_offsets(api, seed_text):
    _title, _, body = seed_text.partition("\n\n")
    response = post(api[Role.REVIEWER], title="Belarus", body=body, url="https://example.org/a")
    assert response.status_code == 201, response.data
    article = Article.objects.get(pk=response.data["id"])
    assert response.data["status"] == "pending"  # as posted; attribution runs after commit
    article.refresh_from_db()
    assert article.status == "ready"
    claims = list(article.claims.order_by("index"))
    assert len(claims) > 20
    assert response.data["claim_count"] == len(claims)
    for claim in claims:
        assert claim.text == article.body[claim.start : claim.end]
        assert claim.text == claim.text.strip()
    assert Attribution.objects.filter(article=article).exists()


def test_same_body_twice_returns_the_existing_article(api):
    first = post(api[Role.REVIEWER], title="One", body="The sky is green. Experts said so.")
    again = post(api[Role.LEAD], title="Other title", body="The sky is green. Experts said so.\n")
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.data["id"] == first.data["id"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "field", "fragment"),
    [
        ({"title": "T", "body": ""}, "body", "empty"),
        ({"title": "T", "body": "   \n\t  \n"}, "body", "empty"),
        ({"title": "", "body": "Some text."}, "title", "empty"),
        ({"title": "T", "body": "a\x00b binary"}, "body", "ull"),
        ({"title": "T", "body": "Fine.", "url": "javascript:alert(1)"}, "url", "http"),
        (
            {"title": "T", "body": "Fine.", "published_at": "last tuesday"},
            "published_at",
            "ISO 8601",
        ),
        ({"title": "T", "body": "\x01\x02\x03\x04\x05\x06\x07\x08" * 10}, "body", "control"),
        ({"title": ["not", "text"], "body": "Fine."}, "title", ""),
        ({"body": "No title."}, "title", ""),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_saved(api, data, field, fragment):
    response = post(api[Role.REVIEWER], **data)
    assert response.status_code == 400, response.data
    assert fragment in response.data["detail"]
    assert field in response.data["detail"] or response.data.get("field") == field
    assert Article.objects.count() == 0
    assert Claim.objects.count() == 0


def test_oversized_body_is_refused(api, settings):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 10_000
    response = post(api[Role.REVIEWER], title="Big", body="Word. " * 5_000)
    assert response.status_code == 400
    assert "too large" in response.data["detail"]
    assert Article.objects.count() == 0


def test_too_many_sentences_is_refused(api, settings):
    settings.FACTCHECK_MAX_ARTICLE_SENTENCES = 50
    response = post(api[Role.REVIEWER], title="Long", body="It rained. " * 60)
    assert response.status_code == 400
    assert "sentences" in response.data["detail"]
    assert Article.objects.count() == 0


def test_malformed_json_is_a_400(api):
    response = api[Role.REVIEWER].generic(
        "POST", URL, '{"title": "x", "body": ', content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["code"] in {"parse_error", "invalid"}


def test_hostile_html_is_kept_as_text(api):
    body = '<script>alert("x")</script> The minister said taxes fell. <img src=x onerror=alert(1)>'
    response = post(api[Role.REVIEWER], title="<b>Hi</b>", body=body)
    assert response.status_code == 201
    assert response.data["body"] == body
    assert response.data["title"] == "<b>Hi</b>"


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anon", 401),
        (None, 403),
        (Role.API_CLIENT, 403),
        (Role.REVIEWER, 201),
        (Role.LEAD, 201),
        (Role.ADMIN, 201),
    ],
)
def test_who_may_post_articles(api, who, expected):
    response = post(api[who], title="Roles", body=f"Posted by {who}. It is a test.")
    assert response.status_code == expected
    if expected >= 400:
        assert set(response.data) >= {"detail", "code"}


def test_list_and_detail(api):
    created = post(api[Role.REVIEWER], title="Listed", body="A claim. Another claim.").data
    listed = api[Role.LEAD].get(URL)
    assert listed.status_code == 200
    assert [a["id"] for a in listed.data["results"]] == [created["id"]]
    detail = api[Role.LEAD].get(f"{URL}{created['id']}/")
    assert detail.data["claim_count"] == 2
    assert detail.data["status"] == "ready"
    assert api[Role.LEAD].get(f"{URL}999999/").status_code == 404

"""The web UI through Django's test client: access by role, escaping, markup, refusals, queries."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from annotations.models import ClaimEvent
from claims.models import ClaimStatus
from factcheck.roles import Role
from tests.factories import UserFactory, ingest, make_claim

pytestmark = pytest.mark.django_db

HOSTILE_TITLE = "Breaking <script>alert(1)</script> news"
HOSTILE_BODY = (
    'The minister said "<script>alert(1)</script> is harmless" on Monday. '
    'Critics replied that <img src=x onerror="alert(2)"> was a test.\n\n'
    "Nobody was hurt, the police said."
)


def login(client, role):
    user = UserFactory(username=f"ui-{role or 'norole'}", role=role)
    client.force_login(user)
    return user


@pytest.fixture
def article():
    return ingest()


@pytest.fixture
def reviewer(client):
    return login(client, Role.REVIEWER)


def test_anonymous_users_are_sent_to_login(client, article):
    """Every UI page redirects an anonymous visitor to the login page."""
    claim = article.claims.first()
    urls = [
        reverse("ui-queue"),
        reverse("ui-article", args=[article.pk]),
        reverse("ui-article-new"),
        reverse("ui-claim-panel", args=[claim.pk]),
        reverse("ui-me"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    response = client.post(reverse("ui-claim-review", args=[claim.pk]), {"status": "in_review"})
    assert response.status_code == 302
    assert client.get(reverse("login")).status_code == 200


@pytest.mark.parametrize("role", [Role.API_CLIENT, None])
def test_api_clients_and_roleless_users_get_403(client, article, role):
    """api-client accounts and accounts without a role may not use the review desk."""
    login(client, role)
    claim = article.claims.first()
    for url in [
        reverse("ui-queue"),
        reverse("ui-article", args=[article.pk]),
        reverse("ui-article-new"),
        reverse("ui-claim-panel", args=[claim.pk]),
    ]:
        assert client.get(url).status_code == 403, url
    response = client.post(reverse("ui-claim-review", args=[claim.pk]), {"status": "in_review"})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNREVIEWED


def test_hostile_article_is_escaped(client, reviewer):
    """HTML in an article's title and body is shown as text, never run."""
    article = ingest(HOSTILE_BODY, title=HOSTILE_TITLE)
    html = client.get(reverse("ui-article", args=[article.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    queue = client.get(reverse("ui-queue")).content.decode()
    assert "<script>alert" not in queue and "&lt;script&gt;" in queue


def test_article_page_marks_claims_and_attribution_roles(client, reviewer, article):
    """Each claim carries data-claim-id and a status class; attribution parts carry data-role."""
    response = client.get(reverse("ui-article", args=[article.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for claim in article.claims.all():
        assert f'data-claim-id="{claim.pk}"' in html
    assert "status-unreviewed" in html
    for role in ("source", "cue", "content"):
        assert f'data-role="{role}"' in html
    # The engineer's quote: source, cue and content spans with the article's own words.
    assert '<span class="hl hl-content" data-role="content"' in html
    assert ">the engineer</span>" in html and ">told</span>" in html


def test_segments_rebuild_the_claim_text(reviewer, article):
    """Highlighting splits a claim's text without losing or repeating a character."""
    from annotations.ui_selectors import article_claims, claim_segments

    for claim in article_claims(article):
        assert "".join(s.text for s in claim_segments(claim)) == claim.text


def test_reviewer_saves_a_verdict_through_the_panel(client, reviewer, article):
    """The panel's POST goes through claim_review and records a `ui` event."""
    claim = article.claims.order_by("index").first()
    response = client.post(
        reverse("ui-claim-review", args=[claim.pk]),
        {
            "status": "in_review",
            "rating": "false",
            "rationale": "Records say otherwise.",
            "evidence_present": "1",
            "evidence_url": ["https://example.org/a", ""],
            "evidence_title": ["Record", ""],
            "evidence_note": ["", ""],
        },
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert claim.verdict.rating.slug == "false"
    assert [e.url for e in claim.verdict.evidence.all()] == ["https://example.org/a"]
    assert ClaimEvent.objects.get(claim=claim).via == "ui"


def test_panel_post_over_htmx_returns_the_panel(client, reviewer, article):
    claim = article.claims.order_by("index").first()
    response = client.post(
        reverse("ui-claim-review", args=[claim.pk]),
        {"status": "in_review"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert b"Saved." in response.content and b"data-panel-claim-id" in response.content


def test_forged_approve_by_a_reviewer_is_refused(client):
    """A reviewer sees no approve button, and a hand-made approve POST changes nothing."""
    claim = make_claim(ClaimStatus.REVIEWED)
    login(client, Role.REVIEWER)
    page = client.get(reverse("ui-article", args=[claim.article_id]) + f"?claim={claim.pk}")
    assert b'value="approve"' not in page.content
    for data in ({"action": "approve"}, {"status": "approved"}):
        response = client.post(reverse("ui-claim-review", args=[claim.pk]), data)
        assert response.status_code == 403
        assert b"only a lead can move" in response.content.lower()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REVIEWED


def test_lead_sees_and_uses_approve(client):
    claim = make_claim(ClaimStatus.REVIEWED)
    login(client, Role.LEAD)
    page = client.get(reverse("ui-article", args=[claim.article_id]) + f"?claim={claim.pk}")
    assert b'value="approve"' in page.content
    response = client.post(reverse("ui-claim-review", args=[claim.pk]), {"action": "approve"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.APPROVED


def test_disallowed_move_shows_409_with_allowed_moves(client, reviewer, article):
    claim = article.claims.order_by("index").first()
    response = client.post(reverse("ui-claim-review", args=[claim.pk]), {"status": "reviewed"})
    assert response.status_code == 409
    html = response.content.decode()
    assert "cannot move from unreviewed to reviewed" in html
    assert "Allowed moves from Unreviewed: In Review, Not Checkable, Needs Evidence." in html


def test_stale_write_shows_412(client, reviewer, article):
    claim = article.claims.order_by("index").first()
    response = client.post(
        reverse("ui-claim-review", args=[claim.pk]),
        {"status": "in_review", "etag": f'"claim-{claim.pk}-v0"'},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 412
    assert b"changed since you opened it" in response.content
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNREVIEWED


def test_article_page_query_count_is_bounded(client, reviewer, django_assert_max_num_queries):
    """The article page's queries do not grow with its claims, verdicts or evidence."""
    claim = make_claim(ClaimStatus.REVIEWED)
    client.get(reverse("ui-article", args=[claim.article_id]))  # warm the session
    with django_assert_max_num_queries(12):
        response = client.get(reverse("ui-article", args=[claim.article_id]))
    assert response.status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("ui-queue")).status_code == 200


def test_queue_filters_and_orders_open_claims_first(client, reviewer):
    done = make_claim(ClaimStatus.REVIEWED)
    response = client.get(reverse("ui-queue"))
    claims = list(response.context["page"].object_list)
    assert claims[-1].status == ClaimStatus.REVIEWED or claims[0].status != ClaimStatus.REVIEWED
    response = client.get(reverse("ui-queue"), {"status": "reviewed"})
    assert [c.pk for c in response.context["page"].object_list] == [done.pk]
    response = client.get(reverse("ui-queue"), {"speaker": "engineer"})
    assert all(
        any("engineer" in a.speaker for a in c.attributions.all())
        for c in response.context["page"].object_list
    )
    assert b"reviewed" in response.content


def test_add_article_form(client, reviewer):
    response = client.post(reverse("ui-article-new"), {"title": "T", "body": "   "})
    assert response.status_code == 200
    assert b"required" in response.content or b"empty" in response.content
    response = client.post(
        reverse("ui-article-new"), {"title": "T", "body": "Hello there.", "url": "ftp://x"}
    )
    assert b"article url must be an http(s) URL." in response.content
    response = client.post(reverse("ui-article-new"), {"title": "T", "body": "The sky is blue."})
    assert response.status_code == 302


def test_reviewer_page_lists_their_events(client, reviewer, article):
    claim = article.claims.order_by("index").first()
    client.post(reverse("ui-claim-review", args=[claim.pk]), {"status": "in_review"})
    response = client.get(reverse("ui-me"), follow=True)
    assert response.status_code == 200
    assert claim.text[:40].encode() in response.content


def test_a_rating_can_be_cleared_from_the_panel(client, reviewer):
    """Once a rating is set the panel offers "No rating"; choosing it clears the verdict's rating."""
    claim = make_claim(ClaimStatus.IN_REVIEW)
    panel = client.get(reverse("ui-claim-panel", args=[claim.pk])).content.decode()
    assert 'name="rating" value=""' in panel
    response = client.post(reverse("ui-claim-review", args=[claim.pk]), {"rating": ""})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.verdict.rating is None
    assert ClaimEvent.objects.filter(claim=claim, via="ui").get().changes["rating"]["to"] is None


def test_a_save_through_htmx_also_updates_the_progress_bar(client, reviewer):
    claim = make_claim(ClaimStatus.IN_REVIEW)
    total = claim.article.claims.count()
    response = client.post(
        reverse("ui-claim-review", args=[claim.pk]),
        {"status": "not_checkable"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="article-progress" hx-swap-oob="true"' in html
    assert f"1 of {total} claims reviewed" in html


def test_panel_says_why_each_attribution_was_made(client, reviewer, article):
    """The reviewer sees the rule in words and its confidence next to each attribution."""
    claim = next(c for c in article.claims.all() if c.attributions.exists())
    html = client.get(reverse("ui-claim-panel", args=[claim.pk])).content.decode()
    for a in claim.attributions.all():
        assert f'data-rule="{a.rule}"' in html
        assert escape(a.explanation) in html
        assert f"Confidence {a.confidence:.2f}" in html

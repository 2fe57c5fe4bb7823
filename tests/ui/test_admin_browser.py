"""An admin does the whole job in the Django admin, as a new user would, in headless Chromium."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from rest_framework.authtoken.models import Token

from annotations.models import ClaimEvent, Rating
from claims.models import Claim, ClaimStatus
from factcheck.roles import Role, user_roles
from tests.factories import UserFactory, ingest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"


def admin_login(page, live_server):
    UserFactory(username="boss", role=Role.ADMIN)
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("boss")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()


def run_action(page, action: str, object_ids):
    for object_id in object_ids:
        page.locator(f'input[name="_selected_action"][value="{object_id}"]').check()
    page.locator('select[name="action"]').select_option(action)
    page.get_by_title("Run the selected action").first.click()


def test_admin_creates_an_account_gives_it_a_role_and_deactivates_it(page, live_server, screenshot):
    admin_login(page, live_server)
    page.goto(f"{live_server.url}/admin/auth/user/add/")
    page.get_by_label("Username:").fill("newcomer")
    page.locator("#id_password1").fill("a-long-passphrase-42")
    page.locator("#id_password2").fill("a-long-passphrase-42")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    user = get_user_model().objects.get(username="newcomer")

    page.goto(f"{live_server.url}/admin/auth/user/")
    run_action(page, "make_lead", [user.pk])
    expect(page.locator(".messagelist")).to_contain_text("are now leads")
    expect(page.locator("tr", has_text="newcomer")).to_contain_text("lead")
    screenshot("admin-users")
    user.refresh_from_db()
    assert user_roles(user) == {Role.LEAD}

    Token.objects.create(user=user)
    run_action(page, "deactivate", [user.pk])
    expect(page.locator(".messagelist")).to_contain_text("Deactivated 1 account")
    user.refresh_from_db()
    assert not user.is_active
    assert not Token.objects.filter(user=user).exists()


def test_admin_moves_claims_in_bulk_through_the_workflow_and_sees_the_history(
    page, live_server, screenshot
):
    article = ingest()
    claims = list(article.claims.order_by("index")[:2])
    admin_login(page, live_server)
    page.goto(f"{live_server.url}/admin/claims/claim/?status__exact=unreviewed")
    expect(page.locator("#result_list")).to_contain_text(claims[0].text[:30])
    run_action(page, "move_to_in_review", [c.pk for c in claims])
    expect(page.locator(".messagelist")).to_contain_text("Moved 2 claim(s) to in_review")
    screenshot("admin-claims")
    assert set(
        Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("status", flat=True)
    ) == {ClaimStatus.IN_REVIEW}
    assert ClaimEvent.objects.filter(via="admin").count() == 2

    # A move the workflow forbids is refused with the reason, through the same service.
    page.goto(f"{live_server.url}/admin/claims/claim/")
    run_action(page, "move_to_approved", [claims[0].pk])
    expect(page.locator(".messagelist")).to_contain_text("cannot move from in_review to approved")
    claims[0].refresh_from_db()
    assert claims[0].status == ClaimStatus.IN_REVIEW

    page.goto(f"{live_server.url}/admin/claims/claim/{claims[0].pk}/change/")
    expect(page.locator(".inline-group").first).to_contain_text("In Review")

    # The whole review on the claim's page: a refused move shows the reason on the form...
    page.get_by_label("Move to:").select_option("reviewed")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".errornote, .errorlist").first).to_be_visible()
    expect(page.locator(".errorlist").first).to_contain_text("needs a rating")
    # ...and with a rating, rationale and evidence the same move goes through.
    page.get_by_label("Move to:").select_option("reviewed")
    page.get_by_label("Rating:").select_option("mostly-false")
    page.get_by_label("Rationale:").fill("The ministry's own figures say otherwise.")
    page.get_by_label("Evidence:").fill(
        "https://example.org/figures Ministry figures\nhttps://example.org/audit"
    )
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.locator(".inline-group").first).to_contain_text("Reviewed")
    screenshot("admin-claim-history")
    claim = Claim.objects.select_related("verdict__rating").get(pk=claims[0].pk)
    assert claim.status == ClaimStatus.REVIEWED
    assert claim.verdict.rating.slug == "mostly-false"
    assert [e.title for e in claim.verdict.evidence.all()] == ["Ministry figures", ""]
    assert claim.events.last().via == "admin"


def test_admin_edits_the_rating_scale(page, live_server, screenshot):
    admin_login(page, live_server)
    page.goto(f"{live_server.url}/admin/annotations/rating/")
    rating = Rating.objects.get(slug="misleading")
    row = page.locator("tr", has_text="Misleading")
    row.locator('input[name$="-value"]').fill("0")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")
    screenshot("admin-ratings")
    rating.refresh_from_db()
    assert rating.value == 0

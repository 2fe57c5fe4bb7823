"""The review desk in headless Chromium: login, keyboard labelling, evidence, approval, escaping."""

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Verdict
from claims.models import Claim, ClaimStatus
from factcheck.roles import Role
from tests.factories import UserFactory, ingest, make_claim
from tests.ui.test_pages import HOSTILE_BODY, HOSTILE_TITLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"


def log_in(page, live_server, username, role):
    UserFactory(username=username, role=role)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()


def open_claim(page, live_server, claim):
    page.goto(f"{live_server.url}/articles/{claim.article_id}/?claim={claim.pk}")
    expect(page.locator(f'[data-panel-claim-id="{claim.pk}"]')).to_be_visible()


def test_login_through_the_form(page, live_server, screenshot):
    """A reviewer logs in with the form and lands on the queue; a wrong password is refused."""
    ingest()
    UserFactory(username="rita", role=Role.REVIEWER)
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("didn't match")
    screenshot("login-error")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    expect(page.get_by_text("0 of 4 reviewed")).to_be_visible()
    screenshot("queue")


def test_label_a_claim_with_the_keyboard_only(page, live_server, screenshot):
    """j selects the next claim, a number picks a rating, s saves: the verdict is stored."""
    article = ingest()
    log_in(page, live_server, "kim", Role.REVIEWER)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    first, second = article.claims.order_by("index")[:2]
    expect(page.locator(f'[data-panel-claim-id="{first.pk}"]')).to_be_visible()
    page.locator("body").press("j")
    expect(page.locator(f'[data-panel-claim-id="{second.pk}"]')).to_be_visible()
    expect(page.locator(f'[data-claim-id="{second.pk}"]')).to_be_focused()
    page.keyboard.press("5")  # the fifth rating on the default scale: false
    expect(page.locator('input[name="rating"][value="false"]')).to_be_checked()
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_visible()
    screenshot("shortcuts-help")
    page.keyboard.press("?")
    page.keyboard.press("s")
    expect(page.locator("#panel").get_by_text("Saved.")).to_be_visible()
    screenshot("keyboard-labelled")
    verdict = Verdict.objects.get(claim=second)
    assert verdict.rating.slug == "false"
    assert not Verdict.objects.filter(claim=first).exists()


def test_add_evidence_and_move_to_review(page, live_server, screenshot):
    """Evidence rows are added and removed in the panel and saved with the status."""
    article = ingest()
    claim = article.claims.order_by("index").first()
    log_in(page, live_server, "eve", Role.REVIEWER)
    open_claim(page, live_server, claim)
    page.locator(f'[data-claim-id="{claim.pk}"]').press("e")  # adds a row and focuses its URL
    expect(page.locator(".evidence-url").first).to_be_focused()
    page.keyboard.type("https://example.org/records")
    page.locator('input[name="evidence_title"]').first.fill("City records")
    page.get_by_role("button", name="Add evidence").click()
    page.locator(".evidence-url").nth(1).fill("https://example.org/two")
    page.get_by_role("button", name="Add evidence").click()
    page.get_by_role("button", name="Remove evidence").last.click()
    page.get_by_label("Status").select_option("in_review")
    page.get_by_label("Rationale").fill("Two sources checked.")
    screenshot("evidence-form")
    page.get_by_role("button", name=re.compile("^Save")).click()
    expect(page.locator("#panel").get_by_text("Saved.")).to_be_visible()
    expect(page.locator(f'[data-claim-id="{claim.pk}"] [data-badge]')).to_have_text("In Review")
    screenshot("evidence-saved")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert [(e.url, e.title) for e in claim.verdict.evidence.all()] == [
        ("https://example.org/records", "City records"),
        ("https://example.org/two", ""),
    ]


def test_lead_approves(page, live_server, screenshot):
    claim = make_claim(ClaimStatus.REVIEWED)
    log_in(page, live_server, "lena", Role.LEAD)
    open_claim(page, live_server, claim)
    expect(page.get_by_role("button", name=re.compile("^Approve"))).to_be_visible()
    screenshot("lead-before-approve")
    page.locator(f'[data-claim-id="{claim.pk}"]').press("a")
    expect(page.locator("#panel").get_by_text("Saved.")).to_be_visible()
    expect(page.locator(f'[data-claim-id="{claim.pk}"] [data-badge]')).to_have_text("Approved")
    screenshot("lead-approved")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.APPROVED


def test_reviewer_cannot_approve(page, live_server, screenshot):
    """No approve button for reviewers; the 'a' key does nothing; a forged request is refused."""
    claim = make_claim(ClaimStatus.REVIEWED)
    log_in(page, live_server, "ray", Role.REVIEWER)
    open_claim(page, live_server, claim)
    expect(page.get_by_role("button", name=re.compile("^Approve"))).to_have_count(0)
    page.locator(f'[data-claim-id="{claim.pk}"]').press("a")
    status = page.evaluate(
        """async (url) => {
            const token = document.querySelector('[name=csrfmiddlewaretoken]').value;
            const body = new URLSearchParams({csrfmiddlewaretoken: token, action: 'approve'});
            const r = await fetch(url, {method: 'POST', body, headers: {'HX-Request': 'true'}});
            return r.status;
        }""",
        f"/claims/{claim.pk}/review/",
    )
    assert status == 403
    screenshot("reviewer-no-approve")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REVIEWED


def test_stale_write_is_explained(page, live_server, screenshot):
    """A save over someone else's newer change is refused (412) and says so in the panel."""
    claim = make_claim(ClaimStatus.NEEDS_EVIDENCE)
    log_in(page, live_server, "nora", Role.REVIEWER)
    open_claim(page, live_server, claim)
    Claim.objects.filter(pk=claim.pk).update(version=claim.version + 1)  # someone else wrote
    page.get_by_label("Status").select_option("in_review")
    page.get_by_role("button", name=re.compile("^Save")).click()
    expect(page.locator("#panel [role=alert]")).to_contain_text("changed since you opened it")
    expect(page.get_by_label("Status")).to_have_value("in_review")  # the user's choice is kept
    screenshot("stale-write")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.NEEDS_EVIDENCE


def test_hostile_article_is_inert(page, live_server, screenshot):
    """Script and img tags in an article show as text; no dialog ever opens."""
    article = ingest(HOSTILE_BODY, title=HOSTILE_TITLE)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log_in(page, live_server, "hal", Role.REVIEWER)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.get_by_role("heading", name=HOSTILE_TITLE)).to_be_visible()
    expect(page.locator("#claims")).to_contain_text("<script>alert(1)</script> is harmless")
    expect(page.locator("#claims")).to_contain_text('<img src=x onerror="alert(2)">')
    assert page.locator("#claims img").count() == 0
    page.wait_for_timeout(300)
    screenshot("hostile-article")
    assert dialogs == []


def test_seed_article_add_article_and_my_work(page, live_server, screenshot, seed_text):
    """The seed article renders with highlights; the add-article form shows the service's
    errors; a reviewer's own page lists what they just did."""
    from claims.importers import parse_text_article

    parsed = parse_text_article(seed_text)
    article = ingest(parsed.body, title=parsed.title, published_at=parsed.published_at)
    log_in(page, live_server, "sam", Role.REVIEWER)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    assert page.locator("[data-claim-id]").count() == article.claims.count()
    assert page.locator('[data-role="source"]').count() > 5
    screenshot("seed-article")
    second = article.claims.order_by("index")[1]
    page.locator("body").press("j")
    # Wait for the second claim's panel: changing the first one's while it swaps is a race.
    expect(page.locator(f'[data-panel-claim-id="{second.pk}"]')).to_be_visible()
    page.get_by_label("Status").select_option("not_checkable")
    page.keyboard.press("Control+Enter")
    expect(
        page.get_by_role("status").filter(has_text=re.compile("saved", re.I)).first
    ).to_be_visible()
    assert Claim.objects.get(pk=second.pk).status == ClaimStatus.NOT_CHECKABLE
    expect(page.locator("#article-progress")).to_contain_text(
        f"1 of {article.claims.count()} claims"
    )

    page.get_by_role("link", name="Add article").click()
    page.get_by_label(re.compile("^Title")).fill("A title")
    page.get_by_label(re.compile("^Body")).fill("   ")
    page.get_by_label("URL").fill("ftp://example.org")
    page.get_by_role("button", name="Add article").click()
    expect(page.get_by_role("alert").first).to_be_visible()
    screenshot("add-article-errors")
    page.get_by_label(re.compile("^Body")).fill("The council said taxes would rise.")
    page.get_by_label("URL").fill("https://example.org/council")
    page.get_by_role("button", name="Add article").click()
    expect(page.get_by_text("Article added")).to_be_visible()

    page.get_by_role("link", name="My work").click()
    expect(page.get_by_role("heading", name="Recent work by sam")).to_be_visible()
    expect(page.locator("table.events")).to_contain_text("Not Checkable")
    screenshot("my-work")

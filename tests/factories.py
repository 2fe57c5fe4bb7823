import factory
from django.contrib.auth import get_user_model
from django.test import TestCase

from annotations.models import Rating
from annotations.services import claim_review
from claims.models import Article, Claim, ClaimStatus
from claims.services import article_create
from factcheck.roles import set_role

BODY = (
    "The mayor said the bridge would reopen in May. Critics disagree.\n\n"
    '"We have checked every bolt," the engineer told reporters on Friday. '
    "Traffic has doubled since 2019, according to the city council."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        obj.save()
        if extracted:
            set_role(obj, extracted)


def committed():
    """Run on-commit callbacks (the attribution task) as the request's commit would.

    Tests run inside a transaction that never commits, so Django holds those callbacks back.
    """
    return TestCase.captureOnCommitCallbacks(execute=True)


def ingest(body: str = BODY, title: str = "Bridge", **fields) -> Article:
    """An article through the real service: segmented, then attributed (in-process)."""
    with committed():
        article = article_create(title=title, body=body, **fields).article
    article.refresh_from_db()
    return article


def make_claim(
    status: str = ClaimStatus.UNREVIEWED, *, actor=None, body: str | None = None
) -> Claim:
    """A claim brought to `status` through the workflow service, as a desk would."""
    import uuid

    article = ingest(body or f"{BODY} Ref {uuid.uuid4().hex}.")
    claim = article.claims.order_by("index").first()
    paths = {
        ClaimStatus.UNREVIEWED: [],
        ClaimStatus.IN_REVIEW: [ClaimStatus.IN_REVIEW],
        ClaimStatus.NOT_CHECKABLE: [ClaimStatus.NOT_CHECKABLE],
        ClaimStatus.NEEDS_EVIDENCE: [ClaimStatus.NEEDS_EVIDENCE],
        ClaimStatus.REVIEWED: [ClaimStatus.IN_REVIEW, ClaimStatus.REVIEWED],
        ClaimStatus.APPROVED: [ClaimStatus.IN_REVIEW, ClaimStatus.REVIEWED, ClaimStatus.APPROVED],
    }
    if paths[status]:
        from factcheck.roles import Role

        actor = actor or UserFactory(username="factory-lead", role=Role.LEAD)
        claim_review(
            claim_id=claim.pk,
            actor=actor,
            rating=Rating.objects.get(slug="false").slug,
            rationale="The records say otherwise.",
            evidence=[{"url": "https://example.org/a"}, {"url": "https://example.org/b"}],
        )
        for step in paths[status]:
            claim = claim_review(claim_id=claim.pk, actor=actor, status=step)
    claim.refresh_from_db()
    return claim

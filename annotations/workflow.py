"""The review workflow of CONTRACT §5 as data: which moves exist, and which need a lead."""

from claims.models import ClaimStatus as S

MOVES: dict[str, tuple[str, ...]] = {
    S.UNREVIEWED: (S.IN_REVIEW, S.NOT_CHECKABLE, S.NEEDS_EVIDENCE),
    S.IN_REVIEW: (S.REVIEWED, S.NEEDS_EVIDENCE, S.NOT_CHECKABLE, S.UNREVIEWED),
    S.NEEDS_EVIDENCE: (S.IN_REVIEW, S.REVIEWED),
    S.REVIEWED: (S.APPROVED, S.IN_REVIEW, S.NEEDS_EVIDENCE),
    S.APPROVED: (S.IN_REVIEW,),
    S.NOT_CHECKABLE: (S.IN_REVIEW,),
}

# Publishing, and taking a published verdict back, are a lead's decisions.
LEAD_ONLY: frozenset[tuple[str, str]] = frozenset(
    {(S.REVIEWED, S.APPROVED), (S.APPROVED, S.IN_REVIEW)}
)


def allowed_moves(current: str, *, is_lead: bool) -> list[str]:
    return [
        str(target)
        for target in MOVES.get(current, ())
        if is_lead or (current, target) not in LEAD_ONLY
    ]

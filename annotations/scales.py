"""Rating scale presets. The default is CONTRACT §5's; `manage.py loadscale NAME` switches."""

from __future__ import annotations

from django.db import transaction

# (slug, label, value, description); value is ClaimReview's ratingValue, higher is more true.
PRESETS: dict[str, list[tuple[str, str, int, str]]] = {
    "default": [
        ("true", "True", 7, "The claim is accurate and nothing significant is missing."),
        ("mostly-true", "Mostly true", 6, "Accurate but needs clarification or more context."),
        ("half-true", "Half true", 5, "Partially accurate; leaves out important details."),
        (
            "mostly-false",
            "Mostly false",
            4,
            "Contains an element of truth but ignores critical facts.",
        ),
        ("false", "False", 3, "The claim is not accurate."),
        ("misleading", "Misleading", 2, "Accurate in parts but creates a false impression."),
        ("unverifiable", "Unverifiable", 1, "The evidence available cannot settle it."),
    ],
    "aap": [
        ("true", "True", 7, "The checked claim is accurate."),
        ("mostly-true", "Mostly true", 6, "Mostly accurate, with minor errors."),
        ("somewhat-true", "Somewhat true", 5, "Partly accurate but missing important context."),
        ("somewhat-false", "Somewhat false", 4, "Contains some facts but is largely inaccurate."),
        ("mostly-false", "Mostly false", 3, "Mainly inaccurate."),
        ("false", "False", 2, "The checked claim is inaccurate."),
        ("misleading", "Misleading", 1, "Accurate in parts but presented misleadingly."),
    ],
    # Full Fact style: the rationale carries the conclusion; the single rating marks it done.
    "conclusion": [
        ("conclusion", "Conclusion", 1, "See the written conclusion in the rationale."),
    ],
}


@transaction.atomic
def load_scale(name: str, rating_model) -> int:
    """Activate the preset `name` (ratings in use elsewhere are kept but deactivated)."""
    if name not in PRESETS:
        raise ValueError(f"unknown scale '{name}'; choose one of: {', '.join(PRESETS)}")
    rating_model.objects.update(is_active=False)
    for position, (slug, label, value, description) in enumerate(PRESETS[name]):
        rating_model.objects.update_or_create(
            slug=slug,
            defaults={
                "label": label,
                "value": value,
                "description": description,
                "position": position,
                "is_active": True,
            },
        )
    return len(PRESETS[name])

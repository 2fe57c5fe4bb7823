import django_filters

from claims.models import Claim, ClaimStatus
from factcheck.filters import MAX_ID, UTCDateTimeFilter


class ClaimFilter(django_filters.FilterSet):
    article = django_filters.NumberFilter(field_name="article_id", min_value=1, max_value=MAX_ID)
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)
    rating = django_filters.CharFilter(field_name="verdict__rating__slug")
    speaker = django_filters.CharFilter(
        method="filter_speaker", help_text="Resolved speaker (case-insensitive, exact)."
    )
    type = django_filters.ChoiceFilter(choices=Claim.Type.choices)
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices)
    updated_after = UTCDateTimeFilter(field_name="updated_at", lookup_expr="gt")

    class Meta:
        model = Claim
        fields = ["article", "status", "rating", "speaker", "type", "kind", "updated_after"]

    def filter_speaker(self, queryset, name, value):
        return queryset.filter(attributions__speaker__iexact=value).distinct()


class VerdictFilter(django_filters.FilterSet):
    article = django_filters.NumberFilter(field_name="article_id", min_value=1, max_value=MAX_ID)
    rating = django_filters.CharFilter(field_name="verdict__rating__slug")
    updated_after = UTCDateTimeFilter(field_name="updated_at", lookup_expr="gt")

    class Meta:
        model = Claim
        fields = ["article", "rating", "updated_after"]

from __future__ import annotations

from django.conf import settings
from django.utils import timezone
from rest_framework import serializers

from claims.models import Claim, ClaimStatus
from factcheck.fields import StrictCharField

from .models import ClaimEvent, Evidence, Rating


class SpanSerializer(serializers.Serializer):
    text = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class AttributionSerializer(serializers.Serializer):
    type = serializers.CharField()
    source = SpanSerializer(allow_null=True)
    cue = SpanSerializer(allow_null=True)
    content = SpanSerializer()
    speaker = serializers.CharField(allow_null=True)
    confidence = serializers.FloatField()
    rule = serializers.CharField()

    def to_representation(self, instance):
        return attribution_data(instance)


def attribution_data(a) -> dict:
    """The declared fields above, built directly: lists render many of these per page."""
    return {
        "type": a.type,
        "source": None
        if a.source_start is None
        else {"text": a.source_text, "start": a.source_start, "end": a.source_end},
        "cue": None
        if a.cue_start is None
        else {"text": a.cue_text, "start": a.cue_start, "end": a.cue_end},
        "content": {"text": a.content_text, "start": a.content_start, "end": a.content_end},
        "speaker": a.speaker or None,
        "confidence": a.confidence,
        "rule": a.rule,
    }


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["url", "title", "note"]


class VerdictSerializer(serializers.Serializer):
    rating = serializers.CharField(source="rating.slug", allow_null=True, default=None)
    rationale = serializers.CharField()
    evidence = EvidenceSerializer(many=True)
    reviewer = serializers.CharField(source="reviewer.username", allow_null=True, default=None)
    approved_by = serializers.CharField(
        source="approved_by.username", allow_null=True, default=None
    )
    approved_at = serializers.DateTimeField(allow_null=True)
    updated_at = serializers.DateTimeField()


class ClaimOutputSerializer(serializers.ModelSerializer):
    attributions = AttributionSerializer(many=True, read_only=True)
    verdict = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "index",
            "kind",
            "type",
            "text",
            "start",
            "end",
            "attributions",
            "status",
            "verdict",
            "updated_at",
        ]
        read_only_fields = fields

    def get_verdict(self, claim) -> VerdictSerializer(allow_null=True):  # type: ignore[valid-type]
        verdict = getattr(claim, "verdict", None)
        if verdict is None:
            return None
        # API clients see published verdicts only; drafts stay inside the desk.
        if self.context.get("published_only") and claim.status != ClaimStatus.APPROVED:
            return None
        return VerdictSerializer(verdict).data


def api_datetime(value, tz=None) -> str | None:
    """A timestamp as DRF's DateTimeField renders it (ISO 8601 in the current time zone, UTC as
    `Z`), for the flat rows built without serializers. Loops pass `tz`, looked up once: the
    lookup costs more than the formatting."""
    if not value:
        return None
    if settings.USE_TZ and timezone.is_aware(value):
        value = value.astimezone(tz or timezone.get_current_timezone())
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class EvidenceInputSerializer(serializers.Serializer):
    url = StrictCharField(max_length=2000)
    title = StrictCharField(max_length=300, required=False, allow_blank=True, default="")
    note = StrictCharField(max_length=5000, required=False, allow_blank=True, default="")


class ClaimPatchSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ClaimStatus.choices, required=False)
    rating = StrictCharField(required=False, allow_null=True, allow_blank=True, max_length=40)
    rationale = StrictCharField(required=False, allow_blank=True, allow_null=True, max_length=20000)
    evidence = EvidenceInputSerializer(many=True, required=False, max_length=50)

    def validate(self, attrs):
        if not attrs:
            raise serializers.ValidationError(
                "send at least one of: status, rating, rationale, evidence."
            )
        return attrs


class ClaimEventSerializer(serializers.ModelSerializer):
    actor = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = ClaimEvent
        fields = ["id", "actor", "created_at", "from_status", "to_status", "changes", "via"]
        read_only_fields = fields


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["slug", "label", "description", "value", "position"]
        read_only_fields = fields


class PublishedVerdictSerializer(serializers.Serializer):
    """One published verdict, flat, so the same fields serve JSON, JSON Lines and CSV."""

    claim_id = serializers.IntegerField(source="id")
    article_id = serializers.IntegerField(source="article.id")
    article_title = serializers.CharField(source="article.title")
    article_url = serializers.CharField(source="article.url")
    claim = serializers.CharField(source="text")
    speaker = serializers.SerializerMethodField()
    rating = serializers.CharField(source="verdict.rating.slug")
    rating_label = serializers.CharField(source="verdict.rating.label")
    rating_value = serializers.IntegerField(source="verdict.rating.value")
    rationale = serializers.CharField(source="verdict.rationale")
    evidence = EvidenceSerializer(source="verdict.evidence", many=True)
    reviewer = serializers.CharField(
        source="verdict.reviewer.username", allow_null=True, default=None
    )
    approved_by = serializers.CharField(
        source="verdict.approved_by.username", allow_null=True, default=None
    )
    approved_at = serializers.DateTimeField(source="verdict.approved_at")
    updated_at = serializers.DateTimeField()

    def get_speaker(self, claim) -> str | None:
        return claim_speaker(claim)


def claim_speaker(claim) -> str | None:
    """The speaker of the attribution covering the claim (prefetched; no query)."""
    for attribution in claim.attributions.all():
        if attribution.speaker:
            return attribution.speaker
    return None

from __future__ import annotations

from rest_framework import serializers

from factcheck.fields import StrictCharField

from .models import Article, IngestJob


class ArticleInputSerializer(serializers.Serializer):
    # Shapes only; the service validates content (empty, size, NUL bytes, URL, date).
    title = StrictCharField(allow_blank=True, trim_whitespace=False)
    body = StrictCharField(allow_blank=True, trim_whitespace=False)
    source = StrictCharField(required=False, allow_blank=True, allow_null=True, default="")
    url = StrictCharField(required=False, allow_blank=True, allow_null=True, default="")
    published_at = StrictCharField(required=False, allow_blank=True, allow_null=True, default=None)


class ArticleOutputSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)
    # A plain string, not `format: uri`: an article without an address has "" here.
    url = serializers.CharField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "body",
            "source",
            "url",
            "published_at",
            "status",
            "error",
            "claim_count",
            "created_at",
        ]
        read_only_fields = fields


class IngestJobSerializer(serializers.ModelSerializer):
    class Meta:
        model = IngestJob
        fields = ["id", "status", "total", "done", "created", "errors", "created_at", "updated_at"]
        read_only_fields = fields

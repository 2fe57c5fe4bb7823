from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from factcheck.exceptions import InvalidInput
from factcheck.parsers import SafeJSONParser
from factcheck.permissions import IsReviewer

from . import selectors, services
from .models import IngestJob
from .parsers import NDJSONParser
from .serializers import ArticleInputSerializer, ArticleOutputSerializer, IngestJobSerializer

ERRORS = {
    400: OpenApiResponse(description="Invalid input; `detail` says what is wrong."),
    401: OpenApiResponse(description="Not authenticated."),
    403: OpenApiResponse(description="Your role does not allow this."),
}


class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Articles: reviewers, leads and admins read and post them."""

    permission_classes = [IsReviewer]
    serializer_class = ArticleOutputSerializer
    queryset = selectors.article_list()
    filterset_fields = ["status"]
    search_fields = ["title", "source"]
    lookup_value_regex = r"\d+"

    @extend_schema(
        request=ArticleInputSerializer,
        responses={201: ArticleOutputSerializer, 200: ArticleOutputSerializer, **ERRORS},
    )
    def create(self, request):
        data = ArticleInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = services.article_create(**data.validated_data, created_by=request.user)
        article = selectors.article_get(result.article.pk)
        return Response(
            ArticleOutputSerializer(article).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )

    @extend_schema(request=None, responses={202: ArticleOutputSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def retry(self, request, pk=None):
        """Send a failed or stuck article through attribution again."""
        article = self.get_object()
        services.article_retry(article)
        return Response(
            ArticleOutputSerializer(selectors.article_get(article.pk)).data,
            status=status.HTTP_202_ACCEPTED,
        )

    @extend_schema(
        request={
            "application/x-ndjson": {"type": "string"},
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
            },
        },
        responses={202: IngestJobSerializer, **ERRORS},
    )
    @action(
        detail=False,
        methods=["post"],
        parser_classes=[NDJSONParser, MultiPartParser, SafeJSONParser],
    )
    def bulk(self, request):
        """Ingest a JSON Lines file of articles on a worker; poll the job for progress."""
        if request.content_type.startswith(NDJSONParser.media_type):
            # DRF skips parsing an empty body; the service says what is wrong with it.
            payload = request.data if isinstance(request.data, bytes) else b""
        else:
            upload = request.data.get("file") if hasattr(request.data, "get") else None
            if upload is None or not hasattr(upload, "read"):
                raise InvalidInput(
                    "send JSON Lines with Content-Type application/x-ndjson, "
                    "or a multipart form with the file in the field 'file'."
                )
            if upload.size > settings.FACTCHECK_MAX_BULK_BYTES:
                raise InvalidInput(
                    f"the upload is too large ({upload.size:,} bytes; "
                    f"the limit is {settings.FACTCHECK_MAX_BULK_BYTES:,}).",
                    code="too_large",
                )
            payload = upload.read()
        job = services.ingest_job_create(payload=payload, created_by=request.user)
        return Response(IngestJobSerializer(job).data, status=status.HTTP_202_ACCEPTED)


class IngestJobViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsReviewer]
    serializer_class = IngestJobSerializer

    queryset = IngestJob.objects.none()  # the model, for the schema; rows come from get_queryset
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return IngestJob.objects.none()
        return selectors.ingest_job_list(self.request.user)

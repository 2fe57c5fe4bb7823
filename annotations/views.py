from __future__ import annotations

from django.db.models import Max, Min
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from claims.models import Claim, ClaimStatus
from factcheck.permissions import IsApiClient, IsReviewer
from factcheck.roles import Role, has_role

from . import exports, selectors, services
from .filters import ClaimFilter, VerdictFilter
from .renderers import CSVRenderer, JSONLinesRenderer
from .serializers import (
    ClaimEventSerializer,
    ClaimOutputSerializer,
    ClaimPatchSerializer,
    PublishedVerdictSerializer,
    RatingSerializer,
)

ERRORS = {
    400: OpenApiResponse(description="Invalid input; `detail` says what is wrong."),
    401: OpenApiResponse(description="Not authenticated."),
    403: OpenApiResponse(description="Your role does not allow this."),
    404: OpenApiResponse(description="No such claim."),
}


class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Claims with attribution, status and verdict. API clients read; reviewers and leads write."""

    serializer_class = ClaimOutputSerializer
    queryset = selectors.claim_list()
    filterset_class = ClaimFilter
    lookup_value_regex = r"\d+"
    search_fields = ["text"]

    def get_permissions(self):
        if self.action in {"list", "retrieve"}:
            return [(IsReviewer | IsApiClient)()]
        return [IsReviewer()]

    def get_queryset(self):
        claims = super().get_queryset()
        if self.published_only:
            # API clients read published claims only: drafts' statuses and ratings (filters
            # included) stay inside the desk.
            claims = claims.filter(status=ClaimStatus.APPROVED)
        return claims

    @property
    def published_only(self) -> bool:
        return not has_role(self.request.user, Role.LEAD, Role.REVIEWER)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["published_only"] = self.published_only
        return context

    def list(self, request, *args, **kwargs):
        # Paginate ids only, then read the page as flat rows (selectors.claim_rows).
        page = self.paginate_queryset(selectors.page_ids(self.filter_queryset(self.get_queryset())))
        rows = selectors.claim_rows(
            [claim.pk for claim in page],
            published_only=self.published_only,
        )
        return self.get_paginated_response(rows)

    def retrieve(self, request, *args, **kwargs):
        claim = get_object_or_404(
            selectors.page_ids(self.get_queryset()).only("id", "version"), pk=self.kwargs["pk"]
        )
        (row,) = selectors.claim_rows([claim.pk], published_only=self.published_only)
        response = Response(row)
        response["ETag"] = services.claim_etag(claim)
        return response

    @extend_schema(
        request=ClaimPatchSerializer,
        parameters=[
            OpenApiParameter(
                "If-Match",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                required=False,
                description="The ETag you read; a stale one is refused with 412.",
            ),
        ],
        responses={
            200: ClaimOutputSerializer,
            409: OpenApiResponse(
                description="The workflow does not allow this move; `allowed` lists the moves."
            ),
            412: OpenApiResponse(description="The claim changed since the ETag you sent."),
            **ERRORS,
        },
    )
    def partial_update(self, request, *args, **kwargs):
        data = ClaimPatchSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = services.claim_review(  # 404 from the service when there is no such claim
            claim_id=int(self.kwargs["pk"]),
            actor=request.user,
            if_match=request.headers.get("If-Match"),
            **data.validated_data,
        )
        (row,) = selectors.claim_rows([claim.pk], published_only=False)  # writers see drafts
        response = Response(row)
        response["ETag"] = services.claim_etag(claim)
        return response

    @extend_schema(responses={200: ClaimEventSerializer(many=True), **ERRORS})
    @action(detail=True, methods=["get"], filterset_class=None, pagination_class=None)
    def history(self, request, pk=None):
        """Every status and verdict change of the claim, oldest first."""
        claim = get_object_or_404(Claim.objects.only("id"), pk=pk)  # reviewers see every claim
        events = selectors.claim_history(claim)
        return Response(ClaimEventSerializer(events, many=True).data)


class RatingViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The rating scale, in order."""

    permission_classes = [IsReviewer | IsApiClient]
    serializer_class = RatingSerializer
    queryset = selectors.rating_list()
    pagination_class = None
    filter_backends = []


class VerdictViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Published verdicts: `?format=json|csv|jsonl`, `updated_after` for incremental pulls."""

    permission_classes = [IsReviewer | IsApiClient]
    serializer_class = PublishedVerdictSerializer
    queryset = selectors.verdict_list()
    filterset_class = VerdictFilter
    search_fields = ["text"]
    renderer_classes = [JSONRenderer, CSVRenderer, JSONLinesRenderer]

    @extend_schema(
        parameters=[OpenApiParameter("format", OpenApiTypes.STR, enum=["json", "csv", "jsonl"])],
        responses={
            (200, "application/json"): PublishedVerdictSerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/x-ndjson"): OpenApiTypes.STR,
            **ERRORS,
        },
    )
    def list(self, request, *args, **kwargs):
        fmt = request.accepted_renderer.format
        if fmt in {"csv", "jsonl"}:
            # The exporter reads the queryset in chunks, a fixed number of queries per chunk.
            claims = self.filter_queryset(self.get_queryset())
            lines = exports.csv_lines(claims) if fmt == "csv" else exports.jsonl_lines(claims)
            response = StreamingHttpResponse(
                lines, content_type=request.accepted_renderer.media_type
            )
            response["Content-Disposition"] = f'attachment; filename="verdicts.{fmt}"'
            return response
        page = self.paginate_queryset(selectors.page_ids(self.filter_queryset(self.get_queryset())))
        rows = exports.verdict_rows(selectors.verdict_list().filter(pk__in=[c.pk for c in page]))
        return self.get_paginated_response(list(rows))

    @extend_schema(responses={200: OpenApiTypes.OBJECT, **ERRORS})
    @action(detail=False, methods=["get"], renderer_classes=[JSONRenderer])
    def claimreview(self, request):
        """Published verdicts as schema.org ClaimReview JSON-LD (a page of them in `@graph`)."""
        scale = selectors.rating_list().aggregate(best=Max("value"), worst=Min("value"))
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        reviews = [exports.claim_review(c, scale["best"] or 1, scale["worst"] or 1) for c in page]
        return Response(
            {
                "@context": "https://schema.org",
                "@graph": reviews,
                "next": self.paginator.get_next_link(),
            }
        )

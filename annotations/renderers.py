"""Renderers for the export formats; the view streams the rows itself (flat memory)."""

from rest_framework.renderers import BaseRenderer


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Only reached for error bodies; rows are streamed by the view.
        return str(data.get("detail", data) if isinstance(data, dict) else data).encode()


class JSONLinesRenderer(CSVRenderer):
    media_type = "application/x-ndjson"
    format = "jsonl"

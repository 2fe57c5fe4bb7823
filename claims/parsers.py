from rest_framework.parsers import BaseParser


class NDJSONParser(BaseParser):
    """JSON Lines bodies reach the view as bytes; the service decodes and validates them."""

    media_type = "application/x-ndjson"

    def parse(self, stream, media_type=None, parser_context=None) -> bytes:
        return stream.read()

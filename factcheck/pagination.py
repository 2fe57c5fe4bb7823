from rest_framework.pagination import CursorPagination


class IdCursorPagination(CursorPagination):
    """Stable, index-backed pages: new rows never shift a page a client is walking through."""

    ordering = "id"
    page_size_query_param = "page_size"
    max_page_size = 500

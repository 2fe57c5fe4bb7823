from datetime import UTC

import django_filters
from django import forms

MAX_ID = 2**63 - 1  # the largest primary key a database column holds


class UTCDateTimeField(forms.DateTimeField):
    """An ISO 8601 timestamp, normalised to UTC: PostgreSQL refuses offsets beyond +-16 h."""

    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed is None:
            return None
        try:
            return parsed.astimezone(UTC)
        except (OverflowError, ValueError):
            raise forms.ValidationError("Enter a date and time between years 1 and 9999.") from None


class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UTCDateTimeField

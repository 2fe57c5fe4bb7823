"""Forms of the web UI; they parse input only, the services validate and write."""

from __future__ import annotations

from django import forms

from claims.models import Claim, ClaimStatus
from factcheck.filters import MAX_ID

STATUS_CHOICES = [("", "Any status"), *((s.value, s.label) for s in ClaimStatus)]
TYPE_CHOICES = [("", "Any type"), *((t.value, t.label) for t in Claim.Type)]


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(choices=STATUS_CHOICES, required=False)
    article = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID, label="Article id")
    speaker = forms.CharField(required=False, max_length=200)
    type = forms.ChoiceField(choices=TYPE_CHOICES, required=False, label="Attribution type")


class ArticleForm(forms.Form):
    title = forms.CharField(max_length=500)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 12}))
    url = forms.CharField(required=False, max_length=2000, label="URL")
    source = forms.CharField(required=False, max_length=200)
    published_at = forms.CharField(required=False, label="Published (YYYY-MM-DD)", max_length=40)


def evidence_from_post(data) -> list[dict]:
    """Rows of evidence from the panel's repeated url/title/note fields; blank rows dropped."""
    urls = data.getlist("evidence_url")
    titles = data.getlist("evidence_title")
    notes = data.getlist("evidence_note")
    rows = []
    for i, url in enumerate(urls):
        title = titles[i] if i < len(titles) else ""
        note = notes[i] if i < len(notes) else ""
        if url.strip() or title.strip() or note.strip():
            rows.append({"url": url.strip(), "title": title.strip(), "note": note.strip()})
    return rows

from django.contrib import admin, messages

from . import services
from .models import Article, Attribution, Claim, IngestJob


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["index", "kind", "type", "status", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "source", "status", "published_at", "created_at"]
    list_filter = ["status", "source"]
    search_fields = ["title", "body"]
    readonly_fields = [
        "content_hash",
        "status",
        "error",
        "attempts",
        "created_by",
        "created_at",
        "status_changed_at",
    ]
    inlines = [ClaimInline]
    actions = ["retry_attribution"]

    def has_add_permission(self, request):
        # Articles come in through the API, the UI or `manage.py ingest`, which segment them.
        return False

    def get_readonly_fields(self, request, obj=None):
        # The body's offsets are what every claim points into: it never changes after ingest.
        return [*self.readonly_fields, "body"] if obj else self.readonly_fields

    @admin.action(description="Retry attribution of the selected articles")
    def retry_attribution(self, request, queryset):
        for article in queryset:
            services.article_retry(article)
        self.message_user(
            request, f"Sent {queryset.count()} article(s) to attribution again.", messages.SUCCESS
        )


@admin.register(Attribution)
class AttributionAdmin(admin.ModelAdmin):
    list_display = ["id", "article", "type", "speaker", "cue_text", "confidence", "rule"]
    list_filter = ["type", "rule"]
    search_fields = ["speaker", "content_text", "source_text"]
    raw_id_fields = ["article"]
    readonly_fields = [f.name for f in Attribution._meta.fields]
    exclude = ["claims"]

    def has_add_permission(self, request):
        return False


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ["id", "status", "total", "done", "created", "created_by", "created_at"]
    list_filter = ["status"]
    exclude = ["payload"]
    readonly_fields = ["status", "total", "done", "created", "errors", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False

from django.core.management.base import BaseCommand

from claims import services


class Command(BaseCommand):
    help = "Re-enqueue articles stuck pending or processing (the same sweep celery beat runs)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=None, help="Seconds (default: setting)."
        )

    def handle(self, *args, older_than, **options):
        ids = services.articles_requeue_stale(older_than)
        self.stdout.write(f"Re-enqueued {len(ids)} article(s).")

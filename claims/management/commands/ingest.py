from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims import services
from claims.importers import ArticleFileError, iter_article_files, read_article_file
from factcheck.exceptions import InvalidInput


class Command(BaseCommand):
    help = "Ingest article files (plain text or JSON Lines) and folders of them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, paths, no_progress, **options):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        files = list(iter_article_files(paths))
        ingested, duplicates, rejected = 0, 0, []
        progress = tqdm(files, unit="file", disable=no_progress or not files, file=self.stderr._out)
        for path in progress:
            for item in read_article_file(path):
                if isinstance(item, ArticleFileError):
                    rejected.append(str(item))
                    continue
                try:
                    result = services.article_create(
                        title=item.title,
                        body=item.body,
                        source=item.source,
                        url=item.url,
                        published_at=item.published_at,
                    )
                except InvalidInput as error:
                    rejected.append(f"{item.origin}: {error.detail}")
                    continue
                if result.created:
                    ingested += 1
                else:
                    duplicates += 1
        self.stdout.write(
            f"Ingested {ingested} article(s), skipped {duplicates} duplicate(s), "
            f"rejected {len(rejected)}."
        )
        for reason in rejected:
            self.stderr.write(f"  rejected {reason}")
        if rejected:
            raise CommandError(
                f"{len(rejected)} article(s) rejected; see the reasons above.", returncode=1
            )

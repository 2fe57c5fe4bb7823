from django.core.management.base import BaseCommand, CommandError

from annotations.models import Rating
from annotations.scales import PRESETS, load_scale


class Command(BaseCommand):
    help = "Switch the rating scale to a preset: " + ", ".join(PRESETS) + "."

    def add_arguments(self, parser):
        parser.add_argument("name", choices=list(PRESETS))

    def handle(self, *args, name, **options):
        try:
            count = load_scale(name, Rating)
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"The '{name}' scale is active ({count} ratings).")

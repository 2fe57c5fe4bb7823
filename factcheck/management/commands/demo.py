import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from factcheck.roles import Role, set_role

DEMO_USERS = [("admin", Role.ADMIN), ("lead", Role.LEAD), ("reviewer", Role.REVIEWER)]


class Command(BaseCommand):
    help = "Load seeds/ and create demo accounts (admin, lead, reviewer); prints their credentials."

    def add_arguments(self, parser):
        parser.add_argument("--seeds", default="seeds")
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/", help="Where it will be served."
        )

    def handle(self, *args, seeds, url, **options):
        call_command("ingest", seeds, no_progress=True, stdout=self.stdout, stderr=self.stderr)
        password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(12)
        User = get_user_model()
        for username, role in DEMO_USERS:
            user = User.objects.filter(username=username).first() or User(username=username)
            user.set_password(password)
            user.is_active = True
            user.save()
            set_role(user, role)
        self.stdout.write(self.style.SUCCESS("\nDemo accounts (password set anew on each run):"))
        for username, role in DEMO_USERS:
            self.stdout.write(f"  {role:<9} {username} / {password}")
        self.stdout.write(f"Open {url} (admin: {url}admin/, API docs: {url}api/docs/)\n")

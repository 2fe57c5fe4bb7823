import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from factcheck.roles import Role, set_role


class Command(BaseCommand):
    help = "Create an account with a role: admin, lead, reviewer or api-client."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=[r.value for r in Role])
        parser.add_argument("--password", help="Prompted for when omitted.")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--update", action="store_true", help="Change the role/password of an existing account."
        )

    def handle(self, *args, username, role, password, email, update, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user and not update:
            raise CommandError(
                f"User '{username}' exists; pass --update to change its role or password."
            )
        if password is None:
            if not self.stdin_is_tty():
                raise CommandError("No --password given and no terminal to ask on.")
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The passwords differ.")
        candidate = user or User(username=username, email=email)
        try:
            validate_password(password, candidate)
        except ValidationError as error:
            raise CommandError("Password refused: " + " ".join(error.messages)) from None
        with transaction.atomic():
            if user is None:
                user = User.objects.create_user(username=username, email=email, password=password)
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            set_role(user, Role(role))
        self.stdout.write(f"{'Updated' if update else 'Created'} {role} '{username}'.")

    def stdin_is_tty(self) -> bool:
        import sys

        return sys.stdin.isatty()

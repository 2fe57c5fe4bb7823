from django.db import migrations


def load_default_scale(apps, schema_editor):
    from annotations.scales import load_scale

    Rating = apps.get_model("annotations", "Rating")
    if not Rating.objects.exists():
        load_scale("default", Rating)


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ("admin", "lead", "reviewer", "api-client"):
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("annotations", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [
        migrations.RunPython(load_default_scale, migrations.RunPython.noop),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
    ]

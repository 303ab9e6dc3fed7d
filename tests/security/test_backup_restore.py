"""deploy/backup: a backup restores into a scratch database and passes the check; a backup that
lost a file fails it, naming the file. Runs the scripts as an office's server would."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from tests.factories import DocumentFactory, FundingApplicationFactory
from workflows import actions

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCRIPTS = settings.BASE_DIR / "deploy" / "backup"


def database_url():
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def run_script(name, *args, backup_dir):
    environment = {
        "PATH": os.environ["PATH"],
        "HOME": str(backup_dir),
        "DATABASE_URL": database_url(),
        "MEDIA_ROOT": str(default_storage.location),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "BACKUP_DIR": str(backup_dir),
        "PYTHON": sys.executable,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    return subprocess.run(
        [str(SCRIPTS / name), *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def scratch_databases():
    with connection.cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE 'portal_restore_check%'")
        return cursor.fetchall()


@pytest.fixture
def stored_data(home_page, club_a, budget, representative, coordinator_a):
    application = actions.submit(
        representative, FundingApplicationFactory(club=club_a, budget=budget)
    )
    attachment = actions.add_attachment(
        representative, application, SimpleUploadedFile("angebot.pdf", b"%PDF-1.4\n%%EOF\n")
    )
    return {"attachment": attachment, "document": DocumentFactory()}


def test_a_backup_restores_into_a_scratch_database_and_passes_the_check(stored_data, tmp_path):
    backup = run_script("backup.sh", backup_dir=tmp_path)
    assert backup.returncode == 0, backup.stderr
    folder = backup.stdout.strip().splitlines()[-1]

    check = run_script("restore-check.sh", folder, backup_dir=tmp_path)

    assert check.returncode == 0, check.stderr + check.stdout
    assert "requests: 1" in check.stdout
    assert "request documents: 1" in check.stdout
    assert "club pages: 1" in check.stdout
    assert "The restored backup is complete." in check.stdout
    assert scratch_databases() == []


def test_a_backup_that_lost_a_file_fails_the_check_and_names_it(stored_data, tmp_path):
    attachment = stored_data["attachment"]
    attachment.file.storage.delete(attachment.file.name)
    folder = run_script("backup.sh", backup_dir=tmp_path).stdout.strip().splitlines()[-1]

    check = run_script("restore-check.sh", folder, backup_dir=tmp_path)

    assert check.returncode != 0
    assert f"request document {attachment.pk}: file {attachment.file.name} is missing" in (
        check.stderr
    )
    assert scratch_databases() == []

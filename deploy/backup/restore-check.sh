#!/usr/bin/env bash
# Restore a backup of deploy/backup/backup.sh into a scratch database and scratch folders on
# the same PostgreSQL server, check it with `manage.py check_restored_backup`, and remove the
# copy again. Exits non-zero, naming the problems, when the backup is not complete.
# Usage: deploy/backup/restore-check.sh BACKUP_FOLDER   (run from the portal's checkout, with
# /etc/portal.env loaded; the database user needs the right to create databases)
set -euo pipefail
folder="${1:?usage: restore-check.sh BACKUP_FOLDER}"
: "${DATABASE_URL:?set DATABASE_URL}"
for part in database.dump media.tar.gz private.tar.gz; do
  [ -s "$folder/$part" ] || { echo "$folder/$part is missing or empty" >&2; exit 1; }
done

server_url="${DATABASE_URL%/*}"  # same server and account, another database
scratch="portal_restore_check_$(date +%s)_$$"
work="$(mktemp -d)"
cleanup() {
  psql "$server_url/postgres" -qc "DROP DATABASE IF EXISTS $scratch" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

psql "$server_url/postgres" -qc "CREATE DATABASE $scratch"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$server_url/$scratch" \
  "$folder/database.dump"
mkdir "$work/media" "$work/private"
tar -C "$work/media" -xzf "$folder/media.tar.gz"
tar -C "$work/private" -xzf "$folder/private.tar.gz"

DATABASE_URL="$server_url/$scratch" MEDIA_ROOT="$work/media" PRIVATE_MEDIA_ROOT="$work/private" \
  "${PYTHON:-.venv/bin/python}" manage.py check_restored_backup

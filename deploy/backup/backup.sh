#!/usr/bin/env bash
# Back up the portal: the database (pg_dump, custom format) and both file folders, into a new
# folder BACKUP_DIR/<date and time>/; folders older than BACKUP_KEEP_DAYS (default 14) go.
# Reads DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT like the portal (/etc/portal.env).
# Usage: deploy/backup/backup.sh    (docs/operations.md: nightly timer, copying off the server)
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}" "${MEDIA_ROOT:?set MEDIA_ROOT}"
: "${PRIVATE_MEDIA_ROOT:?set PRIVATE_MEDIA_ROOT}"
backup_dir="${BACKUP_DIR:-/srv/portal/backups}"
target="$backup_dir/$(date +%Y-%m-%d_%H%M%S)"

umask 077  # the backup holds personal data: readable by its owner only
mkdir -p "$target"
pg_dump --format=custom --no-owner --no-privileges --file="$target/database.dump" "$DATABASE_URL"
tar -C "$MEDIA_ROOT" -czf "$target/media.tar.gz" .
tar -C "$PRIVATE_MEDIA_ROOT" -czf "$target/private.tar.gz" .
find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -mtime +"${BACKUP_KEEP_DAYS:-14}" \
  -exec rm -rf {} +
echo "$target"

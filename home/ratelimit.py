"""A small rate limit on Django's cache: at most `limit` hits per key within `window` seconds.

The default cache is shared by every worker process (files under var/, or Redis), so the limit
holds across processes. Each key keeps the times of its recent hits (a sliding window), which
needs only `get` and `set`: the file-based cache's `incr` would reset the expiry. Two requests
that arrive at the same moment may both pass; that is good enough against people and simple
bots, and nothing here is a security boundary on its own.

Keys are hashed, so no email or IP address ends up in a cache file name or a Redis key.
"""

import hashlib
import ipaddress
import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    scope: str  # e.g. "interest-email"; keeps the counters of different limits apart
    limit: int  # hits allowed per window
    window: int  # seconds

    def cache_key(self, key):
        digest = hashlib.sha256(str(key).strip().lower().encode()).hexdigest()
        return f"ratelimit:{self.scope}:{digest}"

    def _recent_hits(self, key, now):
        hits = cache.get(self.cache_key(key)) or []
        return [hit for hit in hits if hit > now - self.window]

    def is_exceeded(self, key, now=None):
        """Whether the key has used up its hits in the current window (counts nothing)."""
        now = time.time() if now is None else now
        return len(self._recent_hits(key, now)) >= self.limit

    def retry_after(self, key, now=None):
        """Seconds until the key's oldest counted hit leaves the window (0 when not exceeded)."""
        now = time.time() if now is None else now
        hits = self._recent_hits(key, now)
        if len(hits) < self.limit:
            return 0
        return max(0, hits[-self.limit] + self.window - now)

    def hit(self, key, now=None):
        """Count one hit for the key."""
        now = time.time() if now is None else now
        hits = [*self._recent_hits(key, now), now][-self.limit :]
        cache.set(self.cache_key(key), hits, timeout=self.window)

    def allow(self, key, now=None):
        """Count a hit and return True, or return False without counting once exceeded."""
        if self.is_exceeded(key, now):
            return False
        self.hit(key, now)
        return True

    def reset(self, key):
        cache.delete(self.cache_key(key))


def client_ip(request):
    """The visitor's IP address.

    Behind the reverse proxy of docs/deployment.md the direct peer is the proxy on the same
    machine or network; then the address the proxy appended last to X-Forwarded-For is the
    visitor's (anything before it could have been sent by the visitor). A public peer address
    is used as it is, and a forwarded header from it is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    try:
        peer = ipaddress.ip_address(remote)
    except ValueError:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and (peer.is_loopback or peer.is_private):
        last = forwarded.split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(last))
        except ValueError:
            return remote
    return remote

"""Rate limits on Django's cache that hold under parallel requests, and the client's address.

A `RateLimit` allows at most `limit` hits per key within any `window` seconds (a sliding
window). Each key has `limit` slots in the cache; a hit claims a free slot with the cache's
atomic `add` (Redis `SET NX`, the memory cache's lock) and stores its time there, and the slot
expires `window` seconds later. When every slot is taken, the hit is refused and counts nothing.
Two requests at the same moment can never claim the same slot, so no more than `limit` get
through, however many arrive at once. The file-based cache's `add` is a read followed by a
write, so for that backend every claim runs under an exclusive lock on a file in the cache
folder (`flock`), which holds across all worker processes of the machine (the file cache is
per machine anyway).

Forms claim their slots *before* they store anything and give them back if storing fails; a
refused form is shown again with its German message, and `TooManyRequestsMiddleware` turns the
answer into status 429 with `Retry-After`.

The counts live in the cache alias `ratelimit` when the settings define one (the file cache
does, so that culling page fragments never drops a count), otherwise in the default cache.
Keys are hashed, so no email or IP address ends up in a cache file name or a Redis key.
"""

import contextlib
import fcntl
import hashlib
import ipaddress
import math
import os
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache

LOCK_FILE_NAME = "ratelimit.lock"


def _counters():
    return caches["ratelimit"] if "ratelimit" in settings.CACHES else caches["default"]


@contextlib.contextmanager
def _exclusive(cache):
    """Make reading and claiming slots one step for the file-based cache (see module doc); a
    read takes the lock too, since reading an expired entry deletes its file."""
    if not isinstance(cache, FileBasedCache):
        yield
        return
    os.makedirs(cache._dir, exist_ok=True)  # the cache's own folder (Django creates it lazily)
    with open(os.path.join(cache._dir, LOCK_FILE_NAME), "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


@dataclass(frozen=True)
class RateLimit:
    scope: str  # e.g. "interest-email"; keeps the counters of different limits apart
    limit: int  # hits allowed per window
    window: int  # seconds

    def cache_key(self, key):
        digest = hashlib.sha256(str(key).strip().lower().encode()).hexdigest()
        return f"ratelimit:{self.scope}:{digest}"

    def _slot_keys(self, key):
        base = self.cache_key(key)
        return [f"{base}:{number}" for number in range(self.limit)]

    def _hit_times(self, key):
        """The times of the hits still in the window."""
        now = time.time()
        cache = _counters()
        with _exclusive(cache):
            taken = cache.get_many(self._slot_keys(key)).values()
        return [hit for hit in taken if hit > now - self.window]

    def is_exceeded(self, key):
        """Whether the key has used up its hits in the current window (counts nothing)."""
        return len(self._hit_times(key)) >= self.limit

    def retry_after(self, key):
        """Seconds until the key's oldest counted hit leaves the window (0 when not exceeded)."""
        hits = self._hit_times(key)
        if len(hits) < self.limit:
            return 0
        return max(0, min(hits) + self.window - time.time())

    def claim(self, key):
        """Count one hit and return its slot (to give back), or None once the key is used up."""
        cache = _counters()
        slots = self._slot_keys(key)
        with _exclusive(cache):
            taken = cache.get_many(slots)
            for slot in slots:
                # add() fails when another request claimed the slot in the meantime.
                if slot not in taken and cache.add(slot, time.time(), timeout=self.window):
                    return slot
        return None

    def allow(self, key):
        """Count a hit and return True, or return False without counting once exceeded."""
        return self.claim(key) is not None

    def hit(self, key):
        """Count one hit for the key (nothing once it is used up)."""
        self.claim(key)

    def reset(self, key):
        _counters().delete_many(self._slot_keys(key))


class RateLimitExceededError(Exception):
    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = retry_after


@dataclass
class Claim:
    """The slots one request claimed; given back when the request stored nothing after all."""

    slots: list = field(default_factory=list)

    def give_back(self):
        _counters().delete_many(self.slots)
        self.slots = []

    def __enter__(self):
        return self

    def __exit__(self, error_type, error, traceback):
        """Storing failed (an error, or a refusal such as a full course): nothing counts."""
        if error_type is not None:
            self.give_back()


def claim_all(limits_and_keys):
    """Count one hit under every (limit, key) pair, or none of them.

    Pairs without a key (no IP address known) are left out. Raises `RateLimitExceededError`
    with the longest wait when any limit is used up; the hits already claimed are given back.
    """
    claim = Claim()
    for limit, key in limits_and_keys:
        if not key:
            continue
        slot = limit.claim(key)
        if slot is None:
            claim.give_back()
            waits = [lim.retry_after(k) for lim, k in limits_and_keys if k and lim.is_exceeded(k)]
            raise RateLimitExceededError(max(waits, default=limit.window))
        claim.slots.append(slot)
    return claim


def claim_for_form(request, form, limits_and_keys):
    """The form's hits (see `claim_all`), or None after adding the form's German refusal
    (`rate_limited_message`) and marking the request for a 429 answer."""
    try:
        return claim_all(limits_and_keys)
    except RateLimitExceededError as refused:
        form.add_error(None, form.rate_limited_message)
        request.rate_limit_retry_after = refused.retry_after
        return None


class TooManyRequestsMiddleware:
    """Answers a request whose form a rate limit refused with status 429 and `Retry-After`.

    The page itself, with the form, the entries and the German message, stays as the view
    rendered it; the views and forms only set `request.rate_limit_retry_after`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        retry_after = getattr(request, "rate_limit_retry_after", None)
        if retry_after is not None and response.status_code == 200:
            response.status_code = 429
            response["Retry-After"] = str(max(1, math.ceil(retry_after)))
        return response


def _address(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped  # an IPv4 peer on a dual-stack socket
    return address


def _is_trusted_proxy(address):
    return any(
        address in ipaddress.ip_network(str(network)) for network in settings.TRUSTED_PROXY_NETWORKS
    )


def client_ip(request):
    """The visitor's IP address: the one the outermost trusted proxy saw.

    Each proxy in front of the portal appends the address of its own peer to X-Forwarded-For.
    Starting from the direct peer, the address is replaced by the last entry of the header as
    long as the current address is a trusted proxy (in TRUSTED_PROXY_NETWORKS), at most
    TRUSTED_PROXY_COUNT times. Entries further left were written by the visitor and are never
    read, and a header from an untrusted peer is ignored. With the default of no trusted
    proxies the peer's own address is used (docs/deployment.md says what to set per layout).
    """
    remote = request.META.get("REMOTE_ADDR", "")
    address = _address(remote)
    if address is None:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [entry.strip() for entry in header.split(",") if entry.strip()]
    for _hop in range(settings.TRUSTED_PROXY_COUNT):
        if not forwarded or not _is_trusted_proxy(address):
            break
        seen_by_proxy = _address(forwarded.pop())
        if seen_by_proxy is None:
            break  # not written by a proxy we know; keep the last address that is certain
        address = seen_by_proxy
    return str(address)

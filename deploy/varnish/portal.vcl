vcl 4.1;

import std;

# Varnish in front of the portal (gunicorn or nginx on 127.0.0.1:8000).
#
# The portal decides what may be shared: public pages come with
# "Cache-Control: public, max-age=0, s-maxage=600", everything personal, every page with a form
# and the search with "private, no-store". This configuration adds only three things:
# - visitors who are logged in (session cookie) or have a message waiting are passed through;
# - other cookies (for example the CSRF cookie) do not split the cache: they are removed from
#   cacheable requests, and forms are never cached anyway;
# - the portal's PURGE requests (sent on publish, unpublish, move and privacy changes, see
#   FRONTEND_CACHE_URL) drop a URL together with all its query-string variants (?page=2,
#   filters), from the portal's own address only.
#
# - the portal's health endpoint is probed every 5 seconds; while it fails, cached pages are
#   served from grace and everything else gets the German "back in a moment" page
#   (deploy/errors/503.html, copied to /etc/varnish/portal-503.html) instead of Varnish's
#   English error. /health/ itself is never cached.
#
# Check it with: varnishd -C -f "$PWD/deploy/varnish/portal.vcl" > /dev/null  (needs an absolute path)

backend portal {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    # Longer than gunicorn's timeout (deploy/gunicorn.conf.py, 30 s): the portal answers first.
    .first_byte_timeout = 35s;
    .probe = {
        .url = "/health/?checks=web";  # a stuck task queue does not take the site down
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Lurker-friendly ban on the stored URL: the path itself and every query variant.
        ban("obj.http.x-cache-host == " + req.http.host +
            " && obj.http.x-cache-url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/health/") {
        return (pass);
    }
    # The admin, the applicant's area, login and search are never shared.
    if (req.url ~ "^/(en/)?(admin|konto|mein-bereich|suche)(/|$)") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # The language is part of the URL; Accept-Language and stray cookies must not split entries.
    unset req.http.Accept-Language;
    unset req.http.Cookie;
    # Tracking parameters never change a page.
    set req.url = regsuball(req.url, "(?i)(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]$", "");
    return (hash);
}

sub vcl_backend_response {
    # Remember host and URL on the object for bans (see PURGE above).
    set beresp.http.x-cache-host = bereq.http.host;
    set beresp.http.x-cache-url = bereq.url;
    # Only what the portal marked as shareable is kept (and static files, which WhiteNoise
    # marks public); everything else passes.
    if (!(beresp.http.Cache-Control ~ "s-maxage" ||
          (bereq.url ~ "^/static/" && beresp.http.Cache-Control ~ "public"))) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Serve a stale page for a short while when the portal is slow or restarting.
    set beresp.grace = 1h;
}

sub vcl_deliver {
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Browsers revalidate with the portal through Varnish; they must not keep shared copies.
    set resp.http.Cache-Control = regsub(resp.http.Cache-Control, ",?\s*s-maxage=\d+", "");
}

# The portal cannot be reached or did not answer in time: the German page, never Varnish's.
sub vcl_backend_error {
    set beresp.status = 503;
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "120";
    synthetic(std.fileread("/etc/varnish/portal-503.html"));
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
}

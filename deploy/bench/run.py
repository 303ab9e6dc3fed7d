"""The performance benchmark behind `make bench`; docs/performance.md explains the method.

For each size (pages and requests alike, default 1,000 and 10,000) it builds a PostgreSQL
database from the demo plus `generate_bench_data` (kept for the next run; both commands exist
only under the development settings), starts the portal under gunicorn with production
settings, Redis as cache and 2 workers, counts the SQL queries of each page, and loads each page
with wrk for median, 95th percentile and throughput. The largest size is then measured once
more through Varnish (deploy/varnish/portal.vcl) beside a static file served by the same
Varnish. The table goes to stdout and into docs/performance.md.

Run it with `make bench`; BENCH_SIZES, BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_FRESH=1 (build
the databases again) change what it does. It needs PostgreSQL and Redis running locally and
installs wrk and Varnish from Debian's packages when they are missing.
"""

import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PG_URL = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15")
APP_PORT, VARNISH_PORT = 8101, 8102
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "2"))
VARNISH_CONNECTIONS = 16
WORKERS = 2
REPORT = ROOT / "docs" / "performance.md"
TABLE_START, TABLE_END = "<!-- bench:start -->", "<!-- bench:end -->"

# (name, who is logged in, p95 target in ms, cacheable by Varnish)
PAGES = [
    ("Startseite", None, 100, True),
    ("Engagement-Finder mit Filtern", None, 100, True),
    ("Vereinsverzeichnis", None, 100, True),
    ("Veranstaltungen", None, 100, True),
    ("Neuigkeit", None, 100, True),
    ("Suche „Verein“", None, 150, False),
    ("Mein Bereich (verein.sport)", "verein.sport", 200, False),
    ("Eingang Koordination (koordination.nord)", "koordination.nord", 200, False),
    ("Alle Anträge (koordination.nord)", "koordination.nord", 200, False),
]


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(*command, env=None, quiet=True):
    subprocess.run(
        command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL if quiet else None
    )


def ensure_tools():
    missing = [
        pkg for tool, pkg in (("wrk", "wrk"), ("varnishd", "varnish")) if not shutil.which(tool)
    ]
    if missing:
        log(f"installing {' '.join(missing)} from Debian's packages")
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        run(*sudo, "apt-get", "update", "-qq")
        run(
            *sudo,
            "env",
            "DEBIAN_FRONTEND=noninteractive",
            "apt-get",
            "install",
            "-y",
            "-qq",
            *missing,
        )


def portal_env(size):
    """Production settings against the size's database, Redis as cache, nothing sent out."""
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"{PG_URL}/portal_bench_{size}",
        "REDIS_URL": REDIS_URL,
        "EMAIL_URL": "consolemail://",
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / f"media-{size}"),
        "PRIVATE_MEDIA_ROOT": str(WORK / f"private-{size}"),
        "LOG_LEVEL": "WARNING",
    }


def demo_env(size):
    """The same database, cache and files under the development settings, the only ones besides
    the tests' that install the demo apps with `load_demo` and `generate_bench_data`."""
    return portal_env(size) | {"DJANGO_SETTINGS_MODULE": "portal.settings.dev"}


def prepare(size):
    """The database for `size`: built once (demo + generated data), reused on later runs."""
    env = portal_env(size)
    ready = WORK / f"portal_bench_{size}.ready"
    if ready.exists() and not os.environ.get("BENCH_FRESH"):
        log(f"size {size}: reusing database portal_bench_{size}")
        run(PYTHON, "manage.py", "migrate", "--no-input", env=env)
        return env
    log(
        f"size {size}: building database portal_bench_{size} (demo + {size} pages, {size} requests)"
    )
    run("psql", f"{PG_URL}/postgres", "-qc", f"DROP DATABASE IF EXISTS portal_bench_{size}")
    run("psql", f"{PG_URL}/postgres", "-qc", f"CREATE DATABASE portal_bench_{size}")
    started = time.monotonic()
    run(PYTHON, "manage.py", "migrate", "--no-input", env=env)
    run(PYTHON, "manage.py", "load_demo", env=demo_env(size))
    run(
        PYTHON,
        "manage.py",
        "generate_bench_data",
        f"--pages={size}",
        f"--requests={size}",
        env=demo_env(size),
        quiet=False,
    )
    run("psql", f"{PG_URL}/portal_bench_{size}", "-qc", "VACUUM ANALYZE")
    log(f"size {size}: built in {time.monotonic() - started:.0f} s")
    ready.touch()
    return env


def flush_cache():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own local server
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {seconds} s")


@contextmanager
def process(command, env=None, ready_url=None):
    proc = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    try:
        if ready_url:
            wait_for(ready_url)
        yield proc
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def gunicorn(env):
    return process(
        [
            BIN / "gunicorn",
            "portal.wsgi",
            f"--workers={WORKERS}",
            f"--bind=127.0.0.1:{APP_PORT}",
            "--log-level=warning",
        ],
        env=env,
        ready_url=f"http://127.0.0.1:{APP_PORT}/robots.txt",
    )


def varnish():
    """Varnish with the project's configuration, pointed at the benchmark's gunicorn."""
    vcl = (ROOT / "deploy" / "varnish" / "portal.vcl").read_text()
    vcl_path = WORK / "portal.vcl"
    vcl_path.write_text(vcl.replace('.port = "8000"', f'.port = "{APP_PORT}"'))
    return process(
        [
            "varnishd",
            "-F",
            "-n",
            str(WORK / "varnish"),
            "-a",
            f"127.0.0.1:{VARNISH_PORT}",
            "-f",
            str(vcl_path),
            "-s",
            "malloc,256m",
        ],
        ready_url=f"http://127.0.0.1:{VARNISH_PORT}/robots.txt",
    )


def load(url, cookie=None, connections=CONNECTIONS, seconds=SECONDS):
    command = [
        "wrk",
        f"-t{min(connections, 2)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "-s",
        str(ROOT / "deploy" / "bench" / "latency.lua"),
    ]
    if cookie:
        command += ["-H", f"Cookie: sessionid={cookie}"]
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    return json.loads(re.search(r"^BENCH (.*)$", output, re.MULTILINE).group(1))


def probe(env):
    """URLs, session cookies and query counts, read by this script running inside Django."""
    output = subprocess.run(
        [PYTHON, __file__, "probe"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.splitlines()[-1])


def measure_size(size):
    env = prepare(size)
    facts = probe(env)
    flush_cache()
    results = {"facts": facts, "pages": {}}
    with gunicorn(env):
        for name, user, _target, _cacheable in PAGES:
            url = f"http://127.0.0.1:{APP_PORT}{facts['urls'][name]}"
            load(url, facts["cookies"].get(user), seconds=2)  # warm up both workers' caches
            results["pages"][name] = load(url, facts["cookies"].get(user))
            log(f"size {size}: {name}: {results['pages'][name]}")
        with varnish():
            results["varnish"] = measure_varnish(facts)
    return results


def measure_varnish(facts):
    measured = {}
    for name, _user, _target, cacheable in PAGES:
        if cacheable:
            measured[name] = load(
                f"http://127.0.0.1:{VARNISH_PORT}{facts['urls'][name]}",
                connections=VARNISH_CONNECTIONS,
            )
            log(f"varnish: {name}: {measured[name]}")
    measured["static"] = load(
        f"http://127.0.0.1:{VARNISH_PORT}{facts['static_url']}", connections=VARNISH_CONNECTIONS
    )
    log(f"varnish: static file: {measured['static']}")
    return measured


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    postgres = subprocess.run(
        ["psql", f"{PG_URL}/postgres", "-tAc", "SHOW server_version"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{os.cpu_count()} cores ({cpu}), {python}, PostgreSQL {postgres}"


def table(results, sizes):
    small, large = sizes[0], sizes[-1]
    lines = [
        f"Measured on {date.today():%Y-%m-%d}: {machine()}; gunicorn with {WORKERS} sync "
        f"workers, Redis cache, wrk with {CONNECTIONS} connections for {SECONDS} s per page "
        "after a warm-up.",
        "",
        f"| Page | Queries ({small:,} / {large:,}) | p50 ms ({small:,}) | p95 ms ({small:,}) "
        f"| req/s ({small:,}) | p50 ms ({large:,}) | p95 ms ({large:,}) | req/s ({large:,}) "
        "| p95 target ms | met |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, _user, target, _cacheable in PAGES:
        a, b = results[small]["pages"][name], results[large]["pages"][name]
        queries = " / ".join(
            str(results[size]["facts"]["queries"][name]) for size in (small, large)
        )
        met = "yes" if b["p95_ms"] < target and not b["failed"] else "**no**"
        lines.append(
            f"| {name} | {queries} | {a['p50_ms']:.1f} | {a['p95_ms']:.1f} | {a['rps']:.0f} "
            f"| {b['p50_ms']:.1f} | {b['p95_ms']:.1f} | {b['rps']:.0f} | {target} | {met} |"
        )
    cached = results[large]["varnish"]
    static = cached["static"]["rps"]
    lines += [
        "",
        f"Through Varnish ({large:,} size, wrk with {VARNISH_CONNECTIONS} connections; the upper "
        f"limit is a static file served by the same Varnish: {static:,.0f} req/s):",
        "",
        "| Page | req/s direct | req/s Varnish | p95 ms Varnish | Varnish ÷ static file "
        "| target ≥ 0.5 |",
        "|---|---|---|---|---|---|",
    ]
    for name, _user, _target, cacheable in PAGES:
        if cacheable:
            ratio = cached[name]["rps"] / static
            direct = results[large]["pages"][name]["rps"]
            met = "yes" if ratio >= 0.5 else "**no**"
            lines.append(
                f"| {name} | {direct:.0f} | {cached[name]['rps']:,.0f} "
                f"| {cached[name]['p95_ms']:.2f} | {ratio:.2f} | {met} |"
            )
    counts = results[large]["facts"]["counts"]
    lines += [
        "",
        f"Data at the {large:,} size: "
        + ", ".join(f"{label} {value:,}" for label, value in counts.items())
        + ".",
    ]
    return "\n".join(lines)


def write_report(text):
    document = REPORT.read_text()
    start, end = document.index(TABLE_START) + len(TABLE_START), document.index(TABLE_END)
    REPORT.write_text(document[:start] + "\n" + text + "\n" + document[end:])


def main():
    sizes = sorted(int(size) for size in os.environ.get("BENCH_SIZES", "1000,10000").split(","))
    WORK.mkdir(parents=True, exist_ok=True)
    ensure_tools()
    run(PYTHON, "manage.py", "collectstatic", "--no-input", env=portal_env(sizes[0]))
    results = {size: measure_size(size) for size in sizes}
    (WORK / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    text = table(results, sizes)
    print(text)
    write_report(text)
    log(f"written to {REPORT.relative_to(ROOT)}; raw numbers in var/bench/results.json")


if __name__ == "__main__":
    if sys.argv[1:] == ["probe"]:
        sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]
        import django

        django.setup()
        from probe import probe_portal

        print(json.dumps(probe_portal([(name, user) for name, user, _target, _cacheable in PAGES])))
    else:
        main()

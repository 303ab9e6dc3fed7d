"""Small real servers for the fault tests: a mail server that can stall or stay silent, a TCP
relay to PostgreSQL that can be cut like a restarting database server, and the real varnishd
and nginx started the same way for every test that puts them in front of the portal."""

import contextlib
import email
import os
import shutil
import socket
import socketserver
import subprocess
import threading
import time

import pytest


def wait_for(condition, what, seconds=60):
    """Poll until `condition()` is true; fail the test naming `what` when it never is."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.1)


def free_port():
    """A local TCP port nothing listens on, for a server the test starts or for a dead backend."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_binary(name, package):
    """The path of a proxy server's binary, also where sbin is not on PATH. Locally a test
    without it skips; in CI (.ci/run installs the package) it fails, so it cannot be lost."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if found is None:
        message = f"{name} not found (install Debian's package '{package}')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@contextlib.contextmanager
def running(command, port, log):
    """Runs a server in the foreground until the block ends; the block starts once it accepts
    connections on `port`. Its output goes to the file `log`, shown when it fails to start."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    try:

        def listening():
            if process.poll() is not None:
                pytest.fail(f"{command[0]} did not start: {log.read_text()}")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return True
            return False

        wait_for(listening, f"{command[0]} listens on port {port}", seconds=30)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def run_varnishd(vcl, workdir):
    """The real varnishd with the VCL file `vcl`, on a free port; yields that port."""
    binary = server_binary("varnishd", "varnish")
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    command = [
        *(binary, "-F", "-j", "none", "-s", "malloc,16m", "-n", str(workdir / "work")),
        *("-a", f"127.0.0.1:{port}", "-f", str(vcl)),
    ]
    with running(command, port, workdir / "varnishd.log"):
        yield port


@contextlib.contextmanager
def run_nginx(prefix, port, config):
    """The real nginx with the configuration text `config` (listening on `port`, its temporary
    files under the folder `prefix`) until the block ends."""
    binary = server_binary("nginx", "nginx")
    prefix.mkdir(parents=True, exist_ok=True)
    conf = prefix / "nginx.conf"
    # Workers switch to an unprivileged user when started as root; root may read the test's
    # folders.
    conf.write_text(("user root;\n" if os.geteuid() == 0 else "") + config)
    command = [
        *(binary, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")),
        *("-g", "daemon off;"),
    ]
    with running(command, port, prefix / "nginx.log"):
        yield


class SmtpSink:
    """An SMTP server on a free local port that keeps every mail it accepted.

    `stall_on_data`: after the DATA command it never answers (a server hanging mid-send).
    `silent_connections`: that many next connections get no greeting at all.
    """

    def __init__(self):
        self.received = []
        self.stall_on_data = False
        self.silent_connections = 0
        self.data_commands = 0
        self._released = threading.Event()
        self._lock = threading.Lock()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                sink._converse(self.rfile, self.wfile)

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def subjects(self):
        return sorted(message["Subject"] for message in self.received)

    def close(self):
        self._released.set()
        self.server.shutdown()
        self.server.server_close()

    def _converse(self, rfile, wfile):
        with self._lock:
            silent = self.silent_connections > 0
            self.silent_connections -= silent
        if silent:
            self._released.wait()
            return

        def reply(line):
            wfile.write(line.encode() + b"\r\n")
            wfile.flush()

        reply("220 sink ESMTP")
        while line := rfile.readline():
            command = line[:4].upper()
            if command == b"EHLO":
                reply("250-sink")
                reply("250 8BITMIME")
            elif command == b"DATA":
                with self._lock:
                    self.data_commands += 1
                if self.stall_on_data:
                    self._released.wait()
                    return
                reply("354 go ahead")
                lines = []
                while (data := rfile.readline()) not in (b".\r\n", b""):
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.received.append(email.message_from_bytes(b"".join(lines)))
                reply("250 accepted")
            elif command == b"QUIT":
                reply("221 bye")
                return
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                reply("250 ok")


class DatabaseRelay:
    """Relays TCP connections to PostgreSQL; `cut()` drops them all and refuses new ones until
    `restore()`, like a database server that restarts."""

    def __init__(self, host, port):
        self.target = (host, int(port))
        self.up = True
        self.refused = 0
        self._connections = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self):
        self.up = False
        for sock in self._connections:
            self._hang_up(sock)
        self._connections.clear()

    def restore(self):
        self.up = True

    def close(self):
        self.cut()
        self.listener.close()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                self.refused += 1
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self._connections += [client, upstream]
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    @classmethod
    def _pump(cls, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            cls._hang_up(source)
            cls._hang_up(target)

    @staticmethod
    def _hang_up(sock):
        """shutdown() before close(): it also wakes the thread still reading from the socket
        and tells the other end, which a bare close() from another thread would not."""
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

"""Small real servers for the fault tests: a mail server that can stall or stay silent, and a
TCP relay to PostgreSQL that can be cut like a restarting database server."""

import contextlib
import email
import socket
import socketserver
import threading
import time


def wait_for(condition, what, seconds=60):
    """Poll until `condition()` is true; fail the test naming `what` when it never is."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.1)


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

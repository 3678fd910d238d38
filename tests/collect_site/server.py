"""A local test web site on 127.0.0.1 (port chosen by the OS) for the collect tests.

Serves the files of this folder plus a few dynamic paths:

/old/a3      301 -> /articles/a3.html        /go/a4      302 -> /articles/a4.html
/missing     404                             /always500  500 every time
/flaky       500 the first time, then an article (a1's body)
/ratelimited 429 (Retry-After: 0) the first time, then a1's body
/slow        waits (up to 5 s, released at shutdown) before answering
/big         HTML over any small cap, no Content-Length (read until close)
/big-cl      HTML with a Content-Length over the cap
/files/*.pdf application/pdf   /files/*.json application/json

Every request is recorded (``site.requests``: list of paths; ``site.count(path)``), so
tests can assert what was (not) fetched. Bounded in time: ``stop()`` releases the slow
handler, shuts the server down and joins its thread.
"""
from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".pdf": "application/pdf",
         ".json": "application/json"}
BIG = b"<!DOCTYPE html><html><body>" + b"<p>" + b"filler text " * 40_000 + b"</p></body></html>"


class Site:
    """The running server: ``base`` URL, request log, ``stop()``."""

    def __init__(self):
        self.requests: list[str] = []
        self.user_agents: list[str] = []
        self._lock = threading.Lock()
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):  # quiet
                pass

            def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=(), length=True):
                self.send_response(code)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in headers:
                    self.send_header(k, v)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                path = self.path.split("?")[0]
                with site._lock:
                    n = site.requests.count(path)
                    site.requests.append(path)
                    site.user_agents.append(self.headers.get("User-Agent", ""))
                if path == "/old/a3":
                    return self._send(301, b"", headers=[("Location", "/articles/a3.html")])
                if path == "/go/a4":
                    return self._send(302, b"", headers=[("Location", "/articles/a4.html")])
                if path == "/missing":
                    return self._send(404, b"<html><body>not here</body></html>")
                if path == "/always500":
                    return self._send(500, b"<html><body>boom</body></html>")
                if path == "/flaky":
                    if n == 0:
                        return self._send(500, b"<html><body>boom</body></html>")
                    return self._send(200, (SITE / "articles" / "a1.html").read_bytes())
                if path == "/ratelimited":
                    if n == 0:
                        return self._send(429, b"slow down", headers=[("Retry-After", "0")])
                    return self._send(200, (SITE / "articles" / "a1.html").read_bytes())
                if path == "/slow":
                    site.release.wait(5)
                    return self._send(200, b"<html><body><p>too late</p></body></html>")
                if path == "/big":
                    return self._send(200, BIG, length=False)
                if path == "/big-cl":
                    return self._send(200, BIG)
                f = (SITE / path.lstrip("/")).resolve()
                if SITE not in f.parents or not f.is_file() or f.suffix == ".py":
                    return self._send(404, b"<html><body>not found</body></html>")
                return self._send(200, f.read_bytes(), TYPES.get(f.suffix, "application/octet-stream"))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str | None = None) -> int:
        """Requests for ``path`` (all requests when ``None``)."""
        with self._lock:
            return len(self.requests) if path is None else self.requests.count(path)

    def counts(self) -> Counter:
        with self._lock:
            return Counter(self.requests)

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

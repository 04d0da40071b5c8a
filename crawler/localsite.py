"""A small web site on 127.0.0.1: the demo, the crawl tests and the benchmark serve it.

Routes map a path to a fixed `Page` or to a function of the request count, so a page can
fail first and recover on retry. The server is a thread pool over the standard
library's `ThreadingHTTPServer`, bound to an ephemeral port.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


Route = Page | Callable[[int], Page]  # a function gets the 1-based hit count of its path

NOT_FOUND = Page(b"<html><body><h1>Not found</h1></body></html>", status=404)


@dataclass
class LocalSite:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    log: list[tuple[float, str]] = field(default_factory=list)  # (monotonic time, path)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def respond(self, path: str) -> Page:
        with self._lock:
            self.hits[path] += 1
            count = self.hits[path]
            self.log.append((time.monotonic(), path))
        route = self.routes.get(path)
        if route is None:
            return NOT_FOUND
        return route(count) if callable(route) else route


def redirect(location: str, status: int = 301) -> Page:
    return Page(b"", status=status, headers=(("Location", location),))


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        page = self.server.site.respond(path)
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        for name, value in page.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(page.body)

    def log_message(self, format: str, *args: object) -> None:
        return None  # the crawl logs requests; a second log on stderr would be noise


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: LocalSite, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.site = site


class LocalServer:
    """`with LocalServer(site) as server:` serves `site` at `server.url` until the block ends."""

    def __init__(self, site: LocalSite, host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = site
        self._server = _Server(site, host, port)
        self.url = f"http://{host}:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

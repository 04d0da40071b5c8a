"""A news site on 127.0.0.1 that misbehaves on purpose, one fault per article URL.

    with FaultSite() as site: ...   # site.base, site.article_urls, site.hits

Every fault is listed in the sitemap under an article-shaped URL, so a crawl must end
each one as an item or as a counted failure. The server speaks raw HTTP/1.1 over a
socket per request, so it can do what a well-behaved server library would not: stall,
reset the connection mid-body, lie about lengths, encodings and types.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from types import TracebackType

SENTENCE = (
    "The regulator said the new rules, agreed after two years of talks, would apply to "
    "every operator from next spring, and that fines would follow for those who ignore them."
)
SLOW_SECONDS = 3.0  # past the DOWNLOAD_TIMEOUT the fault tests set (1 s)
BIG_PAGE_BYTES = 50 * 1024 * 1024
BOMB_BYTES = 1024 * 1024 * 1024  # what the gzip bomb inflates to


def article(title: str, extra: str = "", charset: str | None = "utf-8", paragraphs: int = 6) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{escape(title)}: {SENTENCE} ({n})</p>" for n in range(paragraphs))
    return (
        f"<!doctype html><html><head>{meta}<title>{escape(title)}</title></head><body>"
        f"<article><h1>{escape(title)}</h1>{body}{extra}</article></body></html>"
    )


@dataclass(frozen=True, slots=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)


# A fault writes the whole response itself, given the socket file and the hit count.
Fault = Callable[[socket.socket, int], None]


def send(sock: socket.socket, reply: Reply, *, length: int | None = None) -> None:
    reason = {200: "OK", 301: "Moved", 302: "Found", 404: "Not Found", 429: "Too Many Requests",
              500: "Server Error", 503: "Unavailable"}.get(reply.status, "Status")  # fmt: skip
    head = [f"HTTP/1.1 {reply.status} {reason}", "Connection: close"]
    head += [f"{name}: {value}" for name, value in reply.headers]
    head.append(f"Content-Length: {len(reply.body) if length is None else length}")
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + reply.body)


def serve(reply: Reply) -> Fault:
    return lambda sock, hit: send(sock, reply)


def html(
    text: str, content_type: str = "text/html; charset=utf-8", encoding: str = "utf-8"
) -> Fault:
    return serve(Reply(body=text.encode(encoding), headers=(("Content-Type", content_type),)))


def fail_then_recover(
    status: int, failures: int, page: str, retry_after: str | None = None
) -> Fault:
    headers = (("Retry-After", retry_after),) if retry_after else ()
    ok = html(page)

    def fault(sock: socket.socket, hit: int) -> None:
        if hit <= failures:
            send(sock, Reply(status, b"<html><body>busy</body></html>", headers))
        else:
            ok(sock, hit)

    return fault


def slow(page: str) -> Fault:
    def fault(sock: socket.socket, hit: int) -> None:
        time.sleep(SLOW_SECONDS)
        html(page)(sock, hit)

    return fault


def reset_mid_body(page: str) -> Fault:
    def fault(sock: socket.socket, hit: int) -> None:
        body = page.encode()
        head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n"
        sock.sendall(head.format(len(body)).encode() + body[: len(body) // 2])
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST

    return fault


def gzipped(page: str, *, truncate: bool = False, label_only: bool = False) -> Fault:
    data = page.encode() if label_only else gzip.compress(page.encode())
    if truncate:
        data = data[: len(data) // 2]
    headers = (("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"))
    return serve(Reply(body=data, headers=headers))


def gzip_bomb() -> Fault:
    """1 GB of spaces as 1,024 gzip members of 1 MB each: about 1 MB on the wire."""
    member = gzip.compress(b" " * (1024 * 1024), 9)
    data = member * (BOMB_BYTES // (1024 * 1024))
    headers = (("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"))
    return serve(Reply(body=data, headers=headers))


def endless_big_page() -> Fault:
    """50 MB without Content-Length: the client must stop reading by itself."""

    def fault(sock: socket.socket, hit: int) -> None:
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>"
        )
        block = b"<p>" + b"x" * 65_000 + b"</p>"
        try:
            for _ in range(BIG_PAGE_BYTES // len(block)):
                sock.sendall(block)
        except OSError:
            pass  # the client hung up, as it should

    return fault


def redirect_to(location: str) -> Fault:
    return serve(Reply(302, b"", (("Location", location),)))


@dataclass(frozen=True, slots=True)
class Case:
    """One article URL's fault and what a crawl must make of it."""

    slug: str
    fault: Fault
    expect_item: bool  # True: an item; False: a counted failure or skip
    text: str | None = None  # a string the item's body must hold (charset tests)


def cases() -> list[Case]:
    japanese = "<p>" + "規制当局は新しい規則が来年から適用されると述べた。" * 20 + "</p>"
    shift_jis = article("東京の規制当局", extra=japanese, charset="shift_jis")
    return [
        Case("plain", html(article("Plain story")), True),
        Case("slow-past-timeout", slow(article("Slow story")), False),
        Case(
            "429-retry-after", fail_then_recover(429, 1, article("Rate limited story"), "1"), True
        ),
        Case("503-retry-after", fail_then_recover(503, 1, article("Unavailable story"), "1"), True),
        Case("503-forever", fail_then_recover(503, 99, article("Never"), "1"), False),
        Case("500-forever", fail_then_recover(500, 99, article("Never")), False),
        Case("500-then-ok", fail_then_recover(500, 1, article("Recovered story")), True),
        Case("reset-mid-body", reset_mid_body(article("Reset story")), False),
        Case("gzip-ok", gzipped(article("Gzipped story")), True),
        Case("gzip-truncated", gzipped(article("Truncated story"), truncate=True), False),
        Case("gzip-mislabelled", gzipped(article("Mislabelled story"), label_only=True), False),
        Case("gzip-bomb", gzip_bomb(), False),
        Case("50mb-page", endless_big_page(), False),
        Case("redirect-loop", redirect_to("/2024/05/01/redirect-loop-b/"), False),
        Case(
            "pdf",
            serve(Reply(body=b"%PDF-1.4 fake", headers=(("Content-Type", "application/pdf"),))),
            False,
        ),
        Case(
            "png",
            serve(Reply(body=b"\x89PNG\r\n\x1a\nfake", headers=(("Content-Type", "image/png"),))),
            False,
        ),
        Case(
            "json",
            serve(
                Reply(
                    body=b'{"headline": "not a page"}',
                    headers=(("Content-Type", "application/json"),),
                )
            ),
            False,
        ),
        Case("png-labelled-html", serve(Reply(body=b"\x89PNG\r\n\x1a\nfake")), False),
        Case(
            "cp1252-undeclared",
            html(article("Café “quoted” story", charset=None), "text/html", "cp1252"),
            True,
            "Café “quoted” story",
        ),
        Case("shift-jis", html(shift_jis, "text/html", "shift_jis"), True, "規制当局は新しい規則"),
        Case(
            "utf8-bom",
            serve(
                Reply(
                    body=b"\xef\xbb\xbf" + article("Naïve BOM story", charset=None).encode(),
                    headers=(("Content-Type", "text/html"),),
                )
            ),
            True,
            "Naïve BOM story",
        ),
        Case(
            "utf8-declared-latin1",
            html(article("Déclaré story", charset="utf-8"), "text/html; charset=utf-8", "latin-1"),
            True,
            "Déclaré story",
        ),
        Case(
            "malformed-html",
            html(
                article("Malformed story")
                .replace("</p>", "")
                .replace("</article>", "<div><span><b>")
            ),
            True,
        ),
        Case("empty-body", serve(Reply(body=b"")), False),
        Case("404", serve(Reply(404, b"<html><body>gone</body></html>")), False),
    ]


@dataclass
class FaultSite:
    """The server; `with FaultSite() as site` runs it on an ephemeral port of 127.0.0.1."""

    routes: dict[str, Fault] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    base: str = ""
    article_paths: list[str] = field(default_factory=list)
    expectations: dict[str, Case] = field(default_factory=dict)
    foreign_urls: list[str] = field(default_factory=list)  # listed as they are, not on the site
    robots_sitemaps: list[str] = field(default_factory=list)  # extra `Sitemap:` lines
    _server: socketserver.ThreadingTCPServer | None = None

    def __post_init__(self) -> None:
        for case in cases():
            path = f"/2024/05/01/{case.slug}/"
            self.routes[path] = case.fault
            self.article_paths.append(path)
            self.expectations[path] = case
        self.routes["/2024/05/01/redirect-loop-b/"] = redirect_to("/2024/05/01/redirect-loop/")

    def add_articles(self, count: int, delay: float = 0.0) -> None:
        """Plain articles, each served after `delay` seconds (for the resume tests)."""
        for n in range(count):
            path = f"/2024/06/{n % 28 + 1:02d}/story-number-{n}/"
            page = article(f"Story number {n}")
            self.routes[path] = slow_by(delay, page) if delay else html(page)
            self.article_paths.append(path)
            self.expectations[path] = Case(f"story-number-{n}", self.routes[path], True)

    def only(self, paths: list[str]) -> None:
        self.article_paths = paths

    def sitemap(self) -> bytes:
        listed = [self.base + path for path in self.article_paths] + self.foreign_urls
        urls = "".join(f"<url><loc>{escape(url)}</loc></url>" for url in listed)
        return (
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()
        )

    def respond(self, sock: socket.socket, path: str) -> None:
        self.hits[path] += 1
        if path == "/robots.txt":
            sitemaps = [f"Sitemap: {url}" for url in self.robots_sitemaps]
            robots = "\n".join(["User-agent: *", "Allow: /", *sitemaps]).encode()
            send(sock, Reply(body=robots, headers=(("Content-Type", "text/plain"),)))
        elif path == "/sitemap.xml":
            send(sock, Reply(body=self.sitemap(), headers=(("Content-Type", "application/xml"),)))
        elif path in self.routes:
            self.routes[path](sock, self.hits[path])
        else:
            send(sock, Reply(404, b"<html><body>not found</body></html>"))

    def __enter__(self) -> FaultSite:
        site = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                request = b""
                while b"\r\n\r\n" not in request:
                    chunk = self.request.recv(65536)
                    if not chunk:
                        return
                    request += chunk
                path = request.split(b" ", 2)[1].decode("latin-1").split("?")[0]
                with contextlib.suppress(OSError):  # the crawler hung up first (limits)
                    site.respond(self.request, path)

        socketserver.ThreadingTCPServer.daemon_threads = True
        socketserver.ThreadingTCPServer.allow_reuse_address = True
        socketserver.ThreadingTCPServer.request_queue_size = 128  # crawls open many at once
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def slow_by(delay: float, page: str) -> Fault:
    def fault(sock: socket.socket, hit: int) -> None:
        time.sleep(delay)
        html(page)(sock, hit)

    return fault

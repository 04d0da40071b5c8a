"""Sitemaps and feeds cannot read local files, reach the network or blow up the crawler.

Every hostile document goes through the crawler's real parsers (`parse_sitemap`,
`parse_feed`): it must be refused with `XmlRefused` or parsed with the attack inert, in
bounded time, and a server on 127.0.0.1 standing in for the attacker must see no request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from crawler.discovery import XmlRefused, parse_feed, parse_sitemap
from tests.reliability import xmlbombs
from tests.reliability.xmlbombs import SECRET

KINDS = ("sitemap", "index", "rss", "atom")
SECONDS_PER_DOCUMENT = 5.0  # measured: under 0.5 s each


def read(kind: str, data: bytes) -> list[str]:
    """Every string the crawler takes from the document: URLs and titles."""
    if kind in ("rss", "atom"):
        return [text for entry in parse_feed(data) for text in (entry.url, entry.title or "")]
    sitemap = parse_sitemap(data)
    return [entry.url for entry in sitemap.urls] + [child.url for child in sitemap.sitemaps]


def outcome(kind: str, data: bytes) -> list[str]:
    """What the crawler reads, or [] when it refuses the document; timed."""
    started = time.perf_counter()
    try:
        found = read(kind, data)
    except XmlRefused:
        found = []
    assert time.perf_counter() - started < SECONDS_PER_DOCUMENT
    return found


class _Attacker(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = (
            f'<!ENTITY leak "{SECRET}">'.encode() if self.path.endswith(".dtd") else SECRET.encode()
        )
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def attacker() -> Iterator[tuple[str, list[str]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Attacker)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", _Attacker.hits
    server.shutdown()
    server.server_close()


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_external_file_entity_is_not_read(kind: str, secret_file: Path) -> None:
    found = outcome(kind, xmlbombs.external_file_entity(kind, str(secret_file)))
    assert not any(SECRET in text for text in found)


@pytest.mark.parametrize("kind", KINDS)
def test_parameter_entity_from_a_local_dtd_is_not_loaded(kind: str, tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak "{SECRET}">')
    found = outcome(kind, xmlbombs.parameter_entity(kind, str(dtd)))
    assert not any(SECRET in text for text in found)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "build", [xmlbombs.external_network_entity, xmlbombs.external_dtd], ids=["entity", "dtd"]
)
def test_network_entities_and_dtds_are_never_fetched(
    kind: str, build: Callable[[str, str], bytes], attacker: tuple[str, list[str]]
) -> None:
    url, hits = attacker
    before = len(hits)
    found = outcome(kind, build(kind, url))
    assert len(hits) == before
    assert not any(SECRET in text for text in found)


@pytest.mark.parametrize("kind", KINDS)
def test_xinclude_is_not_processed(kind: str, secret_file: Path) -> None:
    assert not any(
        SECRET in text for text in outcome(kind, xmlbombs.xinclude(kind, str(secret_file)))
    )


@pytest.mark.parametrize("kind", KINDS)
def test_billion_laughs_is_not_expanded(kind: str) -> None:
    assert all(len(text) < 1_000 for text in outcome(kind, xmlbombs.billion_laughs(kind)))


@pytest.mark.parametrize("kind", KINDS)
def test_quadratic_blowup_is_not_expanded(kind: str) -> None:
    assert all(len(text) < 100_000 for text in outcome(kind, xmlbombs.quadratic_blowup(kind)))


@pytest.mark.parametrize("kind", KINDS)
def test_deep_nesting_is_read_or_refused_without_a_crash(kind: str) -> None:
    found = outcome(kind, xmlbombs.deep_nesting(kind))  # outcome() fails on a crash or a stall
    assert len(found) <= 1  # the document's one entry, or nothing
    assert all(url.startswith("https://e.com/") and "x>" not in url for url in found)


def test_oversized_sitemap_is_refused() -> None:
    with pytest.raises(XmlRefused):
        parse_sitemap(xmlbombs.oversized("sitemap", megabytes=60))


def test_sitemap_under_the_size_cap_is_read() -> None:
    assert len(parse_sitemap(xmlbombs.oversized("sitemap", megabytes=1)).urls) > 10_000


def test_gzip_bomb_is_refused_quickly() -> None:
    bomb = xmlbombs.gzip_bomb(megabytes=300)
    started = time.perf_counter()
    with pytest.raises(XmlRefused):
        parse_sitemap(bomb)
    assert time.perf_counter() - started < SECONDS_PER_DOCUMENT


def test_plain_sitemap_still_parses() -> None:
    assert read("sitemap", xmlbombs.wrap("sitemap", "", "story")) == ["https://e.com/a/story"]

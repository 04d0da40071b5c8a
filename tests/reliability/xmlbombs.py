# ruff: noqa: E501  (documents read best one per line)
"""Hostile sitemaps and feeds: external entities, entity expansion bombs, oversized files.

Each builder returns the document as bytes; `{secret}` paths and `{url}` addresses are
filled in by the tests (a temporary file, a server on 127.0.0.1 that counts its hits).
"""

from __future__ import annotations

import gzip

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
SECRET = "TOP-SECRET-CONTENT"


def wrap(kind: str, doctype: str, value: str) -> bytes:
    """A sitemap, sitemap index, RSS or Atom document whose one URL and title is `value`."""
    bodies = {
        "sitemap": f'<urlset xmlns="{SITEMAP_NS}"><url><loc>https://e.com/a/{value}</loc></url></urlset>',
        "index": f'<sitemapindex xmlns="{SITEMAP_NS}"><sitemap><loc>https://e.com/{value}.xml</loc></sitemap></sitemapindex>',
        "rss": f"<rss version='2.0'><channel><item><title>{value}</title><link>https://e.com/a/{value}</link></item></channel></rss>",
        "atom": f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>{value}</title><link href="https://e.com/a/{value}"/></entry></feed>',
    }
    return f'<?xml version="1.0" encoding="utf-8"?>{doctype}{bodies[kind]}'.encode()


def external_file_entity(kind: str, secret_path: str) -> bytes:
    return wrap(kind, f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret_path}">]>', "&x;")


def external_network_entity(kind: str, url: str) -> bytes:
    return wrap(kind, f'<!DOCTYPE r [<!ENTITY x SYSTEM "{url}/entity">]>', "&x;")


def external_dtd(kind: str, url: str) -> bytes:
    return wrap(kind, f'<!DOCTYPE r SYSTEM "{url}/doctype.dtd">', "&leak;")


def parameter_entity(kind: str, dtd_path: str) -> bytes:
    return wrap(kind, f'<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{dtd_path}"> %p;]>', "&leak;")


def xinclude(kind: str, secret_path: str) -> bytes:
    value = f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret_path}" parse="text"/>'
    return wrap(kind, "", value)


def billion_laughs(kind: str) -> bytes:
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    )
    return wrap(kind, f"<!DOCTYPE r [{entities}]>", "&l9;")


def quadratic_blowup(kind: str) -> bytes:
    return wrap(kind, f'<!DOCTYPE r [<!ENTITY a "{"a" * 100_000}">]>', "&a;" * 20_000)


def deep_nesting(kind: str) -> bytes:
    return wrap(kind, "", "<x>" * 100_000 + "</x>" * 100_000)


def oversized(kind: str, megabytes: int = 60) -> bytes:
    entry = "<url><loc>https://e.com/a/story</loc></url>"
    count = megabytes * 1_000_000 // len(entry)
    return f'<urlset xmlns="{SITEMAP_NS}">{entry * count}</urlset>'.encode()


def gzip_bomb(megabytes: int = 300) -> bytes:
    """A gzipped sitemap that inflates to `megabytes` of spaces (about 300 KB on the wire)."""
    return gzip.compress(b"<urlset>" + b" " * (megabytes * 1_000_000) + b"</urlset>", 9)

"""One answer to "which site is this link on" for the body finder, cleaners and site rules."""

from __future__ import annotations

import pytest

from cleaners.urls import host_of, is_offsite, same_site


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://WWW.Example.COM:8080/x", "example.com"),
        ("https://news.example.com/a", "news.example.com"),
        ("/relative/path", ""),
        ("http://[", ""),
        (None, ""),
    ],
)
def test_host_of_gives_the_host_without_www_or_nothing(url: str | None, host: str) -> None:
    assert host_of(url) == host


def test_a_subdomain_is_the_same_site_but_a_lookalike_is_not() -> None:
    assert same_site("news.example.com", "example.com")
    assert not same_site("badexample.com", "example.com")


def test_relative_links_stay_on_the_site_and_other_hosts_are_offsite() -> None:
    assert not is_offsite("/about", "example.com")
    assert is_offsite("https://shop.other.org/item", "example.com")

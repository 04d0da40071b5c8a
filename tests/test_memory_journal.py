"""Site memory through worker processes extracts what in-process memory extracts.

The crawl owns the memory; a worker gets a `JournalView` (a journal path and length),
mirrors the memory from it and hands back the page's `Contribution`. Run here without a
pool (the functions a worker runs, their arguments and answers pickled as a task's are),
over the CONSTRUCTED sibling pages of `tests/siblings.py`, in one arrival order. The pages
are served as from 127.0.0.1, as in the crawl test: no site rule applies.
"""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from cleaners import Article, extract_article
from cleaners.kinds import Kind
from cleaners.memory import SiteMemory
from crawler import memoryjournal
from crawler.extraction import Remembered, extract_remembering
from crawler.memoryjournal import Journal
from tests.siblings import siblings

DONORS = ("itpro", "techcrunch", "venturebeat", "zdnet", "9to5mac")
FETCHED = date(2026, 5, 20)
WARMUP = 2
PAGES = [
    (html, url.replace("https://www.techradar.com", "http://127.0.0.1"))
    for html, url in siblings("techradar", DONORS)
]


def in_process(memory: SiteMemory) -> list[Article]:
    return [extract_article(html, url, fetched=FETCHED, memory=memory) for html, url in PAGES]


def through_journal(memory: SiteMemory, path: Path) -> list[Article]:
    """What the crawl's process and its workers do, one page after another."""
    journal = Journal(path, memory)
    articles = []
    for html, url in PAGES:
        view = pickle.loads(pickle.dumps(journal.view()))
        answer: Remembered = pickle.loads(
            pickle.dumps(extract_remembering(html, url, "text/html", FETCHED, None, view))
        )
        assert answer.article is not None and answer.contribution is not None
        memory.learn_blocks(answer.contribution)
        journal.append(answer.contribution)
        articles.append(answer.article)
    return articles


def test_journal_round_trip_gives_the_in_process_articles(tmp_path: Path) -> None:
    expected = in_process(SiteMemory(warmup=WARMUP))
    got = through_journal(SiteMemory(warmup=WARMUP), tmp_path / "journal")
    assert any(r.kind is Kind.SITE_FURNITURE for a in expected for r in a.removed)
    assert [a.removed for a in got] == [a.removed for a in expected]
    assert [a.articleBody for a in got] == [a.articleBody for a in expected]


def test_the_crawls_memory_learns_what_it_learns_in_process(tmp_path: Path) -> None:
    own = SiteMemory(warmup=WARMUP)
    in_process(own)
    shared = SiteMemory(warmup=WARMUP)
    through_journal(shared, tmp_path / "journal")
    assert shared.to_json() == own.to_json()


def test_a_resumed_memory_reaches_the_worker_through_the_journal(tmp_path: Path) -> None:
    """A memory loaded from the crawl state (warm already) is the journal's first line."""
    warm = SiteMemory(warmup=WARMUP)
    in_process(warm)
    resumed = SiteMemory.from_json(warm.to_json())
    expected = in_process(SiteMemory.from_json(warm.to_json()))
    got = through_journal(resumed, tmp_path / "journal")
    assert [a.removed for a in got] == [a.removed for a in expected]


def extract_with(journal: Journal, page: int) -> Remembered:
    html, url = PAGES[page]
    return extract_remembering(html, url, "text/html", FETCHED, None, journal.view())


def test_a_page_sent_before_the_pages_ahead_of_it_were_learned_is_caught(tmp_path: Path) -> None:
    """Pages 1 and 2 were still in flight when page 3 was sent: its answers are stale."""
    memory = SiteMemory(warmup=WARMUP)
    journal = Journal(tmp_path / "journal", memory)
    for page in range(3):
        answer = extract_with(journal, page)
        if page == 0:
            stale = extract_with(journal, 3)
        assert answer.contribution is not None
        memory.learn_blocks(answer.contribution)
        journal.append(answer.contribution)
    assert stale.contribution is not None
    assert not memory.answers_as(stale.lookups, stale.contribution.page)
    again = extract_with(journal, 3)
    assert again.contribution is not None
    assert memory.answers_as(again.lookups, again.contribution.page)
    assert again.article == in_process(SiteMemory(warmup=WARMUP))[3]


def test_a_rewritten_journal_gives_the_same_articles_and_keeps_two_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memoryjournal, "COMPACT_EVERY", 1)
    expected = in_process(SiteMemory(warmup=WARMUP))
    got = through_journal(SiteMemory(warmup=WARMUP), tmp_path / "journal")
    assert [a.removed for a in got] == [a.removed for a in expected]
    assert len(list(tmp_path.iterdir())) == 2, "older rewrites are removed"

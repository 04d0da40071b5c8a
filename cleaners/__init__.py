"""presswash's cleaning core: HTML in, one clean, normalised Article out.

Pure lxml code with no Scrapy import, usable as a library, from the CLI and in worker
processes (extraction keeps no global state beyond immutable, import-time rule tables).
"""

from __future__ import annotations

from .article import Article, Author, Removal
from .errors import ExtractionError, NoBodyFound, NotAnArticle, NotHtml, TooLarge
from .extract import extract_article
from .kinds import Kind

__all__ = [
    "Article",
    "Author",
    "ExtractionError",
    "Kind",
    "NoBodyFound",
    "NotAnArticle",
    "NotHtml",
    "Removal",
    "TooLarge",
    "extract_article",
]

"""presswash's Scrapy project: discover article URLs, fetch them politely, ship clean items.

Extraction itself lives in `cleaners`; this package only crawls and calls
`cleaners.extract_article()`.
"""

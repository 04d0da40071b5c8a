"""Crawl tests: the real Scrapy engine, in a subprocess, against a site on 127.0.0.1."""

"""presswash's Scrapy commands (`COMMANDS_MODULE`): `crawl` with argument checks and exit status."""

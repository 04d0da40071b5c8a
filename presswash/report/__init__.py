"""Visual reports of what presswash removed: one page (`page`) or a whole crawl (`crawl`)."""

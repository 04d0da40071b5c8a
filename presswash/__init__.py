"""The `presswash` command: extraction from saved pages, and the crawler's site list."""

"""One spider per site (module, spider name and site rule share a slug), plus `news`."""

"""Many workers, one crawl: a shared frontier and crawl state in Redis.

Set `PRESSWASH_REDIS_URL` and every `scrapy crawl SPIDER` process pointed at that Redis
becomes a worker of one crawl (`RedisFrontierAddon` switches the parts on):

- `scheduler.py`: scrapy-redis's scheduler, priority queue and request dupefilter, with
  a per-worker ledger so a killed worker's requests return to the queue;
- `workers.py`: worker registry, heartbeats, end-of-crawl detection (Lua scripts);
- `seeding.py`: the spider's `start()` runs in one worker per crawl;
- `ledger.py`: when a popped request's outcome is recorded;
- `politeness.py`: robots.txt fetched once and Crawl-delay kept per host across workers;
- `crawler.redis_state.RedisCrawlState`: seen URLs, emitted URLs and body hashes.

See docs/scale-out.md.
"""

from __future__ import annotations

# Only the add-on here: it is loaded by every crawl, and redis-py (the `redis` extra) must
# not be needed by a crawl that does not use it.
from .addon import RedisFrontierAddon

__all__ = ["RedisFrontierAddon"]

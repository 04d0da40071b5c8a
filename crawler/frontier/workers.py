"""Who works on a crawl, what each holds, and when the crawl is over.

Every worker registers in `workers` ("busy" or "idle") and keeps an `alive:<id>` key
that expires unless refreshed. A request popped from the queue moves, in the same Lua
script, into the worker's ledger `inflight:<id>`, and leaves it only once its outcome
is recorded. So at any moment each pending request is in the queue or in the ledger
of a worker, and a worker whose `alive` key expired (SIGKILL, lost machine) has its
ledger put back in the queue by the next worker that goes idle.

The crawl is over when the queue is empty and every live worker is idle; the last
worker to stop then deletes the seed flag and the dupefilter, so the next run reads
the listings again (the crawl state still skips what earlier runs finished).
"""

from __future__ import annotations

from dataclasses import dataclass

import redis

from .keys import CrawlKeys

RECOVERED_PRIORITY = 1000  # a request taken back from a dead worker goes first

POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0)
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
local id = redis.sha1hex(top[1])
redis.call('HSET', KEYS[2], id, top[1])
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return {id, top[1]}
"""

HEARTBEAT = """
redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then
  redis.call('HSET', KEYS[2], ARGV[1], 'idle')
end
"""

CLAIM_SEED = """
local seed = redis.call('GET', KEYS[1])
if seed == 'done' then return 0 end
if seed and seed ~= ARGV[1] and redis.call('EXISTS', ARGV[2] .. 'alive:' .. seed) == 1 then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], 'busy')
return 1
"""

IDLE = """
redis.call('HSET', KEYS[2], ARGV[1], 'idle')
redis.call('DEL', ARGV[2] .. 'inflight:' .. ARGV[1])
local busy, recovered = 0, 0
local workers = redis.call('HGETALL', KEYS[2])
for i = 1, #workers, 2 do
  local worker, status = workers[i], workers[i + 1]
  if worker ~= ARGV[1] then
    if redis.call('EXISTS', ARGV[2] .. 'alive:' .. worker) == 0 then
      local ledger = ARGV[2] .. 'inflight:' .. worker
      for _, request in ipairs(redis.call('HVALS', ledger)) do
        redis.call('ZADD', KEYS[1], ARGV[3], request)
        recovered = recovered + 1
      end
      redis.call('DEL', ledger)
      redis.call('HDEL', KEYS[2], worker)
    elseif status == 'busy' then
      busy = busy + 1
    end
  end
end
local orphaned = 0
local seed = redis.call('GET', KEYS[3])
if seed and seed ~= 'done' and redis.call('EXISTS', ARGV[2] .. 'alive:' .. seed) == 0 then
  orphaned = 1
end
return {redis.call('ZCARD', KEYS[1]), busy, recovered, orphaned}
"""

REQUEUE = """
local request = redis.call('HGET', KEYS[2], ARGV[1])
if not request then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], request)
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""

LEAVE = """
local ledger = ARGV[2] .. 'inflight:' .. ARGV[1]
if ARGV[3] == '1' then
  for _, request in ipairs(redis.call('HVALS', ledger)) do
    redis.call('ZADD', KEYS[1], ARGV[4], request)
  end
end
redis.call('DEL', ledger, ARGV[2] .. 'alive:' .. ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
if redis.call('HLEN', KEYS[2]) == 0 and redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[3], KEYS[4])
  return 1
end
return 0
"""


@dataclass(frozen=True, slots=True)
class IdleCheck:
    queued: int  # requests waiting in the shared queue
    busy: int  # other live workers holding requests
    recovered: int  # requests taken back from dead workers just now
    seed_orphaned: bool  # the seeding worker died before it finished

    @property
    def crawl_over(self) -> bool:
        return not (self.queued or self.busy or self.recovered or self.seed_orphaned)


class WorkerRegistry:
    """This worker's view of the crawl's workers, seed and ledgers; every step is atomic."""

    def __init__(self, server: redis.Redis, keys: CrawlKeys, worker: str, ttl: float) -> None:
        self.server = server
        self.keys = keys
        self.worker = worker
        self.ttl_ms = max(1, int(ttl * 1000))
        self._pop = server.register_script(POP)
        self._heartbeat = server.register_script(HEARTBEAT)
        self._claim_seed = server.register_script(CLAIM_SEED)
        self._idle = server.register_script(IDLE)
        self._requeue = server.register_script(REQUEUE)
        self._leave = server.register_script(LEAVE)

    def heartbeat(self) -> None:
        self._heartbeat(
            keys=[self.keys.alive(self.worker), self.keys.workers],
            args=[self.worker, self.ttl_ms],
        )

    def pop(self) -> tuple[str, bytes] | None:
        """The next request (its ledger id, its bytes), now held in this worker's ledger."""
        found = self._pop(
            keys=[self.keys.queue, self.keys.inflight(self.worker), self.keys.workers],
            args=[self.worker],
        )
        if not found:
            return None
        ledger_id, data = found
        return ledger_id.decode("ascii"), data

    def release(self, ledger_id: str) -> None:
        self.server.hdel(self.keys.inflight(self.worker), ledger_id)

    def requeue(self, ledger_id: str) -> bool:
        """Put a held request back in the queue (its outcome could not be recorded)."""
        return bool(
            self._requeue(
                keys=[self.keys.queue, self.keys.inflight(self.worker)],
                args=[ledger_id, -RECOVERED_PRIORITY],
            )
        )

    def claim_seed(self) -> bool:
        """True for the one worker that seeds this crawl (again, if the seeder died)."""
        return bool(
            self._claim_seed(
                keys=[self.keys.seed, self.keys.workers], args=[self.worker, self.keys.base]
            )
        )

    def seed_done(self) -> None:
        self.server.set(self.keys.seed, "done")

    def idle(self) -> IdleCheck:
        queued, busy, recovered, orphaned = self._idle(
            keys=[self.keys.queue, self.keys.workers, self.keys.seed],
            args=[self.worker, self.keys.base, -RECOVERED_PRIORITY],
        )
        return IdleCheck(int(queued), int(busy), int(recovered), bool(orphaned))

    def leave(self, finished: bool) -> bool:
        """Deregister; requeue what this worker still holds unless it finished cleanly.

        True when this was the last worker and the queue is empty: the crawl is over and
        its seed flag and dupefilter were deleted.
        """
        return bool(
            self._leave(
                keys=[self.keys.queue, self.keys.workers, self.keys.seed, self.keys.dupefilter],
                args=[self.worker, self.keys.base, "0" if finished else "1", -RECOVERED_PRIORITY],
            )
        )

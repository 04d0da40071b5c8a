"""Build a big page: a real article followed by thousands of generated readers' comments.

Failure class 10 of issue 8: an 8 MB story whose inline comment section holds about
127,000 elements was refused (`TooLarge`), though the downloader accepts 10 MB. This
builds such a page from a real saved article (the TechCrunch fixture) and a WordPress-style
comment thread (`#comments`, `ol.comment-list`, one `li.comment` per comment, nested
replies), the shape most comment sections have. Comments are generated from a fixed seed,
so every build gives the same bytes.

    python -m tests.bigpage [--comments N] [--out page.html.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ARTICLE = Path(__file__).parent / "fixtures/techcrunch/2024-04-28-rpa-vendors-ai-agents"
COMMENTS = 8_000  # about 8 MB and 127,000 elements, the size of the page seen refused
REPLY_SHARE = 0.3  # a comment answers the one before it this often (nested ol.children)
VOCABULARY = (
    "automation agents vendors pricing really think this will change how we work the "
    "article misses point about legacy systems my company tried RPA years ago and it broke "
    "every time a screen moved nobody wants to maintain bots anyway generative models might "
    "help but cost is still unclear interesting read thanks for sharing I disagree strongly "
    "with the premise that large firms adopt first small shops move faster in my experience"
)
WORDS = VOCABULARY.split()


def article_html() -> str:
    return gzip.decompress(ARTICLE.with_suffix(".html.gz").read_bytes()).decode("utf-8")


def article_case() -> dict[str, object]:
    """The fixture's expectations: its `must_contain` and `must_not_contain` snippets."""
    case: dict[str, object] = json.loads(ARTICLE.with_suffix(".json").read_text("utf-8"))
    return case


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 20))
    return " ".join(words).capitalize() + rng.choice(".!?")


def comment(number: int, rng: random.Random) -> str:
    paragraphs = "".join(
        f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(1, 2)))}</p>"
        for _ in range(rng.randint(1, 2))
    )
    when = f"2024-04-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    return (
        f'<li id="comment-{number}" class="comment even depth-1">'
        f'<article id="div-comment-{number}" class="comment-body">'
        '<footer class="comment-meta"><div class="comment-author vcard">'
        f'<img alt="" src="https://secure.gravatar.com/avatar/{number:x}?s=48" class="avatar" '
        'height="48" width="48">'
        f'<b class="fn"><a href="https://example.org/u/{number}" rel="ugc">Reader {number}</a></b>'
        '<span class="says">says:</span></div><div class="comment-metadata">'
        f'<a href="#comment-{number}"><time datetime="{when}">{when}</time></a></div></footer>'
        f'<div class="comment-content">{paragraphs}</div>'
        '<div class="reply"><a rel="nofollow" class="comment-reply-link" '
        f'href="?replytocom={number}#respond">Reply</a></div></article>'
    )


def comment_section(count: int, seed: int = 8) -> str:
    rng = random.Random(seed)
    parts = ['<div id="comments" class="comments-area"><h2 class="comments-title">'
             f"{count} thoughts on this story</h2><ol class=\"comment-list\">"]  # fmt: skip
    open_replies = 0
    for number in range(1, count + 1):
        parts.append(comment(number, rng))
        if rng.random() < REPLY_SHARE and open_replies < 3:
            parts.append('<ol class="children">')
            open_replies += 1
            continue
        parts.append("</li>")
        while open_replies and rng.random() < 0.5:
            parts.append("</ol></li>")
            open_replies -= 1
    parts.append("</ol></li>" * open_replies)
    parts.append(
        '</ol><div id="respond" class="comment-respond"><form id="commentform" method="post">'
        '<textarea name="comment"></textarea><input type="submit" value="Post Comment">'
        "</form></div></div>"
    )
    return "".join(parts)


def big_page(comments: int = COMMENTS) -> bytes:
    """The article with `comments` comments after its `</article>`, as UTF-8 bytes."""
    html = article_html()
    end = html.rindex("</article>") + len("</article>")
    return (html[:end] + comment_section(comments) + html[end:]).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=COMMENTS)
    parser.add_argument("--out", type=Path, default=Path("bigpage.html.gz"))
    args = parser.parse_args(argv)
    data = big_page(args.comments)
    args.out.write_bytes(gzip.compress(data))
    print(f"{args.out}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

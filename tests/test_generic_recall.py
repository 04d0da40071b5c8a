"""The generic path keeps the whole article on pages built unlike a classic news page.

Each page here is constructed after the structure of a wcxb-dev page (never its text):
page-builder articles split into many nested widgets, articles served inside templates,
bodies whose text sits in lists and tables, over-eager cleaners, and comment threads.
"""

from __future__ import annotations

from cleaners import extract_article

RAIL = "".join(
    f'<li><a href="/guides/guide-{n}">Another guide worth reading, number {n}</a></li>'
    for n in range(10)
)
TOPICS = [
    "Choosing where the garden goes decides most of what follows, so walk the plot at "
    "different hours and note where the sun falls, where water pools and where wind cuts.",
    "Soil matters as much as light, and a simple test from a garden centre tells you whether "
    "to add compost, lime or sulphur before the first seed goes in, which saves a season.",
    "Start smaller than you think: a bed of ten square feet, tended well, gives more than "
    "an ambitious plot that weeds overrun by midsummer, and it teaches you the rhythm.",
    "Water deeply and less often, early in the day, so roots grow down rather than staying "
    "near the surface where a hot week dries them out and the plants wilt in the afternoon.",
    "Mulch keeps moisture in and weeds down, and straw, shredded leaves or grass clippings "
    "all work, provided they are free of seeds and spread a few inches deep between rows.",
    "Keep notes through the year, because what grew well, what failed and when the first "
    "frost came are the facts that make next year's plan better than this one, every time.",
]


def page(main: str) -> str:
    return (
        "<html><head><title>Guide</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav></header>'
        f'<div class="site">{main}<aside class="rail"><ul>{RAIL}</ul></aside></div>'
        "<footer><p>Copyright and terms of use.</p></footer></body></html>"
    )


def builder_section(n: int, paragraphs: list[str]) -> str:
    """A page builder's section: four nested wrappers, each wearing its own element id."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<section class="el-section el-{n}a"><div class="el-container el-{n}b">'
        f'<div class="el-column el-{n}c"><div class="el-widget el-{n}d">'
        f'<div class="el-widget-container">{text}</div></div></div></div></section>'
    )


def test_page_builder_article_split_in_nested_widgets_comes_out_whole() -> None:
    sections = [builder_section(0, TOPICS[:2])] + [
        builder_section(n, [TOPICS[n]]) for n in range(2, len(TOPICS))
    ]
    html = page(f'<div class="el-page">{"".join(sections)}</div>')
    article = extract_article(html, "https://example.org/guides/start", site_rules=False)
    for topic in TOPICS:
        assert topic[:60] in article.articleBody
    assert any(note.startswith("body-widened") for note in article.notes)


def test_widening_leaves_an_article_beside_a_column_of_teasers_alone() -> None:
    teasers = "".join(
        f'<div class="teaser"><h3><a href="/news/{n}">Another story from the garden desk, '
        f"number {n}</a></h3><p>{TOPICS[n]}</p></div>"
        for n in range(3)
    )
    story = "".join(f"<p>{p}</p>" for p in TOPICS[3:])
    html = page(
        f'<div class="columns"><div class="col-main"><article>{story}</article></div>'
        f'<div class="col-side">{teasers}</div></div>'
    )
    article = extract_article(html, "https://example.org/news/story", site_rules=False)
    assert TOPICS[3][:60] in article.articleBody
    assert TOPICS[0][:60] not in article.articleBody
    assert not any(note.startswith("body-widened") for note in article.notes)


def test_paragraphs_that_each_wear_a_sponsored_class_survive_as_a_gentler_attempt() -> None:
    story = "".join(f'<p class="sponsored-text">{p}</p>' for p in TOPICS)
    html = page(f'<article class="advertorial">{story}</article>')
    article = extract_article(html, "https://example.org/partner/guide", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS)
    assert any(
        note.startswith("cleaning-fallback: without-class-cleaners") for note in article.notes
    )


def test_one_sponsored_box_in_an_article_is_removed_by_the_strict_attempt() -> None:
    box = '<div class="sponsored">Brought to you by a seed company. Shop now.</div>'
    story = (
        "".join(f"<p>{p}</p>" for p in TOPICS[:3])
        + box
        + "".join(f"<p>{p}</p>" for p in TOPICS[3:])
    )
    article = extract_article(
        page(f"<article>{story}</article>"), "https://example.org/g", site_rules=False
    )
    assert "seed company" not in article.articleBody
    assert not any(note.startswith("cleaning-fallback") for note in article.notes)


BLOGGER_POST = "".join(f"<p>{p}</p>" for p in TOPICS)


def test_post_inside_a_script_template_is_read_when_the_visible_page_has_no_text() -> None:
    html = page(
        '<div class="post-loading">Loading...</div>'
        f'<script type="text/template"><div class="post-body">{BLOGGER_POST}</div></script>'
    )
    article = extract_article(
        html, "https://example.blogspot.com/2026/01/garden.html", site_rules=False
    )
    assert all(topic[:60] in article.articleBody for topic in TOPICS)
    assert any(note.startswith("body-from-templates") for note in article.notes)


def test_posts_inside_noscript_are_read_when_the_visible_page_has_no_text() -> None:
    posts = "".join(
        f'<div class="post"><span class="creator">gardener{n}</span><p>{p}</p></div>'
        for n, p in enumerate(TOPICS)
    )
    html = page(f'<div id="app"></div><noscript><div class="topic-body">{posts}</div></noscript>')
    article = extract_article(
        html, "https://forum.example.org/t/first-garden/123", site_rules=False
    )
    assert all(topic[:60] in article.articleBody for topic in TOPICS)


def test_a_visible_article_ignores_its_noscript_fallback() -> None:
    html = page(
        f"<article>{BLOGGER_POST}</article><noscript><p>Please enable JavaScript to see the "
        "comments below this story.</p></noscript>"
    )
    article = extract_article(html, "https://example.org/news/garden", site_rules=False)
    assert "enable JavaScript" not in article.articleBody
    assert not any(note.startswith("body-from-templates") for note in article.notes)


def test_article_swallowed_by_an_unclosed_menu_button_is_found() -> None:
    html = page(
        '<div class="menu"><button class="menu-button"><div class="icon"><div></button></div>'
        f'<main><article class="post">{BLOGGER_POST}</article></main>'
    )
    article = extract_article(html, "https://example.org/terms/garden", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS)


def test_a_comment_thread_longer_than_the_story_is_removed() -> None:
    story = "".join(f"<p>{p}</p>" for p in TOPICS[:2])
    comments = "".join(
        f'<li class="comment"><p>{p} I tried this last spring and it worked for me.</p></li>'
        for p in TOPICS * 2
    )
    html = page(
        f'<article class="post">{story}<div id="comments" class="comments-area">'
        f'<ol class="comment-list">{comments}</ol></div></article>'
    )
    article = extract_article(html, "https://example.org/blog/first-garden", site_rules=False)
    assert TOPICS[0][:60] in article.articleBody
    assert "worked for me" not in article.articleBody
    assert "comments" in [removal.kind.value for removal in article.removed]


LEAD = (
    "Our verdict after a month of testing: the best budget mower we have used, quiet and "
    "light enough to carry, though its grass box fills faster than we would like."
)


def review_page(after: str = "") -> str:
    """A review whose lead sits in a hero section, apart from the body's section."""
    body = "".join(f"<p>{p}</p>" for p in TOPICS)
    return page(
        '<main class="review">'
        f'<section class="hero"><div class="wrap"><div class="intro"><p>{LEAD}</p></div>'
        '</div></section><section class="content"><div class="wrap">'
        f'<div class="rich-text">{body}</div></div></section>{after}</main>'
    )


def test_a_review_keeps_the_lead_that_sits_in_its_own_section() -> None:
    article = extract_article(review_page(), "https://example.org/reviews/mower", site_rules=False)
    assert article.articleBody.startswith(LEAD[:60])
    assert TOPICS[-1][:60] in article.articleBody


def test_a_paragraph_after_the_body_in_its_own_section_stays_out() -> None:
    disclaimer = (
        '<section class="legal"><p>Prices and availability were correct at the time of '
        "writing and may have changed since this review was published on the site.</p></section>"
    )
    html = review_page(after=disclaimer)
    article = extract_article(html, "https://example.org/reviews/mower", site_rules=False)
    assert "Prices and availability" not in article.articleBody


def test_a_story_rendered_once_per_screen_size_comes_out_once() -> None:
    story = "".join(f"<p>{p}</p>" for p in TOPICS)
    html = page(
        f'<article><div class="ssr-variant desktop">{story}</div>'
        f'<div class="ssr-variant tablet">{story}</div></article>'
    )
    article = extract_article(html, "https://example.org/blog/garden", site_rules=False)
    assert article.articleBody.count(TOPICS[0][:60]) == 1
    assert TOPICS[-1][:60] in article.articleBody


def test_an_interview_question_put_to_each_guest_stays_each_time() -> None:
    question = "What would you tell someone planting their very first vegetable garden this spring?"
    answers = "".join(
        f'<div class="guest"><p>{question}</p><p>{topic}</p></div>' for topic in TOPICS[:4]
    )
    html = page(f"<article>{answers}</article>")
    article = extract_article(html, "https://example.org/blog/interviews", site_rules=False)
    assert article.articleBody.count(question) == 4


def test_an_article_in_sections_with_a_table_of_contents_comes_out_whole() -> None:
    toc = "".join(
        f'<li><a href="#section-{n}">Part {n}: {topic[:30]}</a></li>'
        for n, topic in enumerate(TOPICS)
    )
    sections = "".join(
        f'<div class="s-{n}" id="section-{n}"><div class="a-{n}"><div class="b-{n}">'
        f"<h2>Part {n}</h2><p>{topic}</p></div></div></div>"
        for n, topic in enumerate(TOPICS)
    )
    html = page(f'<div class="col"><div class="toc"><ul>{toc}</ul></div>{sections}</div>')
    article = extract_article(html, "https://example.org/health/gardening", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS)
    assert any(note.startswith("body-widened") for note in article.notes)


def test_documentation_whose_headings_are_permalinks_is_not_a_listing() -> None:
    sections = "".join(
        f'<h2 id="part-{n}"><a class="header" href="#part-{n}">Part {n}</a></h2><p>{topic}</p>'
        for n, topic in enumerate(TOPICS)
    )
    html = page(f'<div class="document"><div class="body">{sections}</div></div>')
    article = extract_article(html, "https://docs.example.org/guide/garden.html", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS)


def test_an_article_after_a_header_include_that_closed_the_document_is_read() -> None:
    story = "".join(f"<p>{p}</p>" for p in TOPICS)
    html = (
        '<html><body><header><nav><a href="/">Home</a></nav></header></body></html>\n'
        f'<div class="blog-detail"><article class="post">{story}</article></div>'
        "<footer><p>Copyright.</p></footer></body></html>"
    )
    article = extract_article(html, "https://example.org/blog/hr/types", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS)


def test_short_parts_of_a_body_the_template_repeats_all_come_out() -> None:
    parts = "".join(
        f'<section class="row-{n}"><div class="wrap"><div class="text-group wrapped">'
        f'<p>{topic}</p></div></div><figure><img src="/cam{n}.jpg"></figure></section>'
        for n, topic in enumerate(TOPICS[:4])
    )
    html = page(f"<main>{parts}</main>")
    article = extract_article(html, "https://example.org/learn/webcams.htm", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS[:4])


def faq_page(panel_class: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in TOPICS[:4])
    answer = TOPICS[5]
    return page(
        f"<article>{story}<h2>Questions</h2>"
        f'<div class="faq"><button>How often should I keep notes?</button>'
        f'<div class="{panel_class}"><p>{answer}</p></div></div></article>'
    )


def test_the_collapsed_answers_of_an_accordion_are_kept() -> None:
    html = faq_page("accordion-content hidden")
    article = extract_article(html, "https://example.org/guides/start", site_rules=False)
    assert TOPICS[5][:60] in article.articleBody


def test_a_hidden_block_that_is_no_panel_is_still_removed() -> None:
    html = faq_page("modal hidden")
    article = extract_article(html, "https://example.org/guides/start", site_rules=False)
    assert TOPICS[5][:60] not in article.articleBody


SITE_PROSE = [
    "Our studio has designed homes and gardens across the county for thirty years, and every "
    "project starts with a conversation about how the family wants to live in the space.",
    "We offer consultations by video or on site, with a written plan within two weeks, and "
    "the first hour is free for anyone who mentions this show when they get in touch.",
    "The show is produced in our studio each month, edited by a small team of volunteers, and "
    "supported by listeners who leave reviews and tell their friends about each episode.",
    "Music, artwork and transcripts are made by friends of the studio, credited on each page, "
    "and shared under licences that let teachers use them in their classes for free.",
]


def test_a_short_story_is_not_widened_to_the_page_text_that_follows_it() -> None:
    story = "".join(f"<p>{topic}</p>" for topic in TOPICS[:3])
    after = "".join(  # the site's text after the story, each paragraph in nested tabs
        f'<div class="tab"><div class="tab-inner"><div class="tab-text"><p>{text}</p></div>'
        "</div></div>"
        for text in SITE_PROSE
    )
    html = (
        '<html><head><meta property="og:type" content="article"></head><body>'
        f'<div class="site"><main class="site-main"><header><h1>Episode 12</h1></header>'
        f'<div class="post-content">{story}</div></main><footer></footer>'
        f'<div class="about-us"><div class="about-body">{after}</div></div></div></body></html>'
    )
    article = extract_article(html, "https://example.org/episodes/12", site_rules=False)
    assert all(topic[:60] in article.articleBody for topic in TOPICS[:3])
    assert not any(text[:40] in article.articleBody for text in SITE_PROSE)

"""The generic path on whole synthesised pages: it finds the article in any language, and a
page without one (home page, tag listing, error page) is refused, never returned as a body
of navigation."""

from __future__ import annotations

import pytest

from cleaners import NotAnArticle, extract_article
from cleaners.errors import ExtractionError

NAV = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(12))
FOOTER = "<footer><p>About us · Contact · Privacy policy · Terms of use</p></footer>"
SIDEBAR = "".join(
    f'<li><a href="/2020/01/0{n}/story-{n}">Most read story number {n} of the week</a></li>'
    for n in range(8)
)


def page(main: str, *, lang: str = "en", head: str = "") -> str:
    """A page with a header menu, a rail of links and a footer around `main`."""
    return (
        f'<html lang="{lang}"><head><title>Site</title>{head}</head><body>'
        f'<header><nav><ul class="menu">{NAV}</ul></nav></header>'
        f'<div class="layout"><div class="column-main">{main}</div>'
        f'<aside class="rail"><h3>Most read</h3><ul>{SIDEBAR}</ul></aside></div>'
        f"{FOOTER}</body></html>"
    )


# Four paragraphs per language: what a short news story holds. The locator must find them
# by structure and text length alone.
ARTICLES = {
    "pt": [
        "O governo anunciou nesta terça-feira um novo pacote de investimentos em infraestrutura, "
        "com obras previstas em rodovias, portos e ferrovias de várias regiões do país.",
        "Segundo o ministério, os recursos virão de parcerias com a iniciativa privada, e os "
        "primeiros leilões devem acontecer ainda no primeiro semestre do próximo ano.",
        "Especialistas ouvidos pela reportagem afirmam que o plano é ambicioso, mas alertam que "
        "a execução depende de licenças ambientais e de segurança jurídica.",
        "A oposição criticou o anúncio e disse que vai pedir mais detalhes sobre os contratos.",
    ],
    "ru": [
        "Правительство во вторник объявило о новой программе инвестиций в инфраструктуру, "
        "которая охватит дороги, порты и железные дороги в нескольких регионах страны.",
        "По словам министерства, средства поступят от партнёрства с частными компаниями, а "
        "первые аукционы пройдут уже в первой половине следующего года.",
        "Опрошенные эксперты считают план амбициозным, но предупреждают, что его выполнение "
        "зависит от экологических разрешений и правовой определённости.",
        "Оппозиция раскритиковала заявление и потребовала подробностей о контрактах.",
    ],
    "ko": [
        "정부는 화요일 도로와 항만, 철도를 포함한 새로운 사회기반시설 투자 계획을 발표했다.",
        "부처에 따르면 재원은 민간 기업과의 협력을 통해 마련되며, "
        "첫 입찰은 내년 상반기에 진행될 예정이다.",
        "전문가들은 계획이 야심차다고 평가하면서도 "
        "환경 인허가와 법적 안정성이 관건이라고 지적했다.",
        "야당은 발표를 비판하며 계약에 대한 자세한 설명을 요구하겠다고 밝혔다.",
    ],
    "ja": [
        "政府は火曜日、道路や港湾、鉄道を含む新たなインフラ投資計画を発表した。",
        "同省によると、財源は民間企業との連携で確保し、最初の入札は来年前半に行われる見通しだ。",
        "専門家は計画を野心的だと評価する一方、環境許可と法的安定性が課題になると指摘した。",
        "野党は発表を批判し、契約の詳細な説明を求める考えを示した。",
    ],
    "it": [
        "Il governo ha annunciato martedì un nuovo piano di investimenti nelle infrastrutture, "
        "con lavori previsti su strade, porti e ferrovie in diverse regioni del paese.",
        "Secondo il ministero, le risorse arriveranno da partenariati con i privati e le prime "
        "gare si terranno già nel primo semestre del prossimo anno.",
        "Gli esperti sentiti giudicano il piano ambizioso, ma avvertono che l'attuazione "
        "dipende dalle autorizzazioni ambientali e dalla certezza del diritto.",
        "L'opposizione ha criticato l'annuncio e chiederà dettagli sui contratti.",
    ],
    "ar": [
        "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة للاستثمار في البنية التحتية، تشمل الطرق "
        "والموانئ والسكك الحديدية في عدة مناطق من البلاد.",
        "وبحسب الوزارة، ستأتي الموارد من شراكات مع القطاع الخاص، على أن تجرى أولى المناقصات "
        "في النصف الأول من العام المقبل.",
        "ويرى خبراء أن الخطة طموحة، لكنهم يحذرون من أن تنفيذها يعتمد على التصاريح البيئية "
        "والاستقرار القانوني.",
        "وانتقدت المعارضة الإعلان وقالت إنها ستطلب تفاصيل عن العقود.",
    ],
}


def article_page(paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return page(f"<article><h1>Headline</h1><div>{body}</div></article>", lang=lang)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_locator_finds_the_article_in_any_language(lang: str) -> None:
    paragraphs = ARTICLES[lang]
    article = extract_article(
        article_page(paragraphs, lang), "https://example.org/a", site_rules=False
    )
    assert article.articleBody.split("\n") == paragraphs


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_locator_leaves_the_rail_and_menu_out_in_any_language(lang: str) -> None:
    article = extract_article(
        article_page(ARTICLES[lang], lang), "https://example.org/a", site_rules=False
    )
    assert "Most read" not in article.articleBody
    assert "Section 3" not in article.articleBody


def test_locator_takes_div_paragraphs_when_a_page_has_no_p() -> None:
    body = "".join(f'<div class="para">{text}</div>' for text in ARTICLES["it"])
    html = page(f'<div class="story">{body}</div>', lang="it")
    article = extract_article(html, "https://example.org/a", site_rules=False)
    assert article.articleBody.split("\n") == ARTICLES["it"]


def test_locator_joins_a_body_split_into_repeated_containers() -> None:
    first, second = ARTICLES["pt"][:2], ARTICLES["pt"][2:]
    parts = "".join(
        f'<div class="wrap"><div class="post__content">{"".join(f"<p>{t}</p>" for t in half)}</div>'
        '<div class="slot">Publicidade</div></div>'
        for half in (first, second)
    )
    article = extract_article(page(parts, lang="pt"), "https://example.org/a", site_rules=False)
    assert article.articleBody.split("\n") == ARTICLES["pt"]


def test_locator_prefers_a_short_article_to_a_long_comment_thread() -> None:
    comments = "".join(
        f'<li class="comment"><p>Reader {n} says: I disagree with the plan, because the '
        f"costs are too high, the timing is wrong, and nobody asked us, the taxpayers.</p></li>"
        for n in range(20)
    )
    story = "".join(f"<p>{text}</p>" for text in ARTICLES["it"])
    main = (
        f"<article><div class='entry'>{story}</div></article>"
        f'<section id="comments"><ol class="comment-list">{comments}</ol></section>'
    )
    article = extract_article(page(main, lang="it"), "https://example.org/a", site_rules=False)
    assert article.articleBody.split("\n") == ARTICLES["it"]


def teaser(n: int, sentences: int = 1) -> str:
    return (
        f'<div class="card"><h2><a href="/2020/01/0{n % 9 + 1}/story-{n}">Story {n}: the '
        f"council votes on the new budget</a></h2><p>"
        + "The council met on Tuesday evening and debated the plan for hours, with residents, "
        "officials and experts all taking part in the discussion. " * sentences + "</p></div>"
    )


HOME_PAGE = page("".join(teaser(n) for n in range(10)))
# Teasers long enough that any one of them would pass for a short story.
HOME_PAGE_LONG_TEASERS = page("".join(teaser(n, sentences=4) for n in range(10)))
TAG_LISTING = page(
    "<h1>Tag: budget</h1><ul>"
    + "".join(
        f'<li><a href="/2020/01/0{n % 9 + 1}/budget-{n}">Budget story number {n}</a></li>'
        for n in range(25)
    )
    + '</ul><div class="pagination"><a href="?page=2">Next</a></div>'
)
ERROR_PAGE = page(
    "<h1>Page not found</h1><p>Sorry, the page you are looking for does not exist.</p>"
    '<p><a href="/">Go to the home page</a></p>'
)
EMPTY_SHELL = page("")


@pytest.mark.parametrize(
    "html",
    [HOME_PAGE, HOME_PAGE_LONG_TEASERS, TAG_LISTING, ERROR_PAGE, EMPTY_SHELL],
    ids=["home-page", "home-page-long-teasers", "tag-listing", "error-page", "empty-shell"],
)
def test_page_without_an_article_is_refused(html: str) -> None:
    with pytest.raises(ExtractionError) as raised:
        extract_article(html, "https://example.org/", site_rules=False)
    assert raised.value.reason in ("not-an-article", "no-body")


def test_home_page_with_long_teasers_is_refused_as_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="teasers"):
        extract_article(HOME_PAGE_LONG_TEASERS, "https://example.org/politics", site_rules=False)


def test_article_declared_by_its_metadata_is_not_refused_for_its_length() -> None:
    head = '<meta property="og:type" content="article">'
    html = page(f"<article><p>{ARTICLES['it'][3]}</p></article>", lang="it", head=head)
    article = extract_article(html, "https://example.org/a", site_rules=False)
    assert article.articleBody == ARTICLES["it"][3]


def test_article_with_a_few_linked_subheadings_is_kept() -> None:
    """A story that links two of its subheadings to other stories is still a story."""
    paragraphs = ARTICLES["it"]
    body = (
        f"<p>{paragraphs[0]}</p><h2><a href='/2020/01/01/x'>Il contesto</a></h2>"
        f"<p>{paragraphs[1]}</p><p>{paragraphs[2]}</p>"
        f"<h2><a href='/2020/01/02/y'>Le reazioni</a></h2><p>{paragraphs[3]}</p>"
    )
    article = extract_article(
        page(f"<article>{body}</article>", lang="it"), "https://example.org/a", site_rules=False
    )
    assert paragraphs[3] in article.articleBody

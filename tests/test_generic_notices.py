"""Notices added to a story (disclosures, appeals, paywalls, embeds, "read also"), found by
what they say. Each rule: one notice removed, and an article sentence using the same words
kept."""

from __future__ import annotations

import pytest

from cleaners.generic.notices import NOTICE_RULES
from cleaners.generic.promos import TextPromoCleaner
from tests.helpers import body_text, html, removed_kinds

NOTICES = [TextPromoCleaner(rules=NOTICE_RULES)]
PROSE = "<p>The regulator published its decision on Tuesday, after a two-year inquiry.</p>"

CASES = [
    (
        "engagement-prompt",
        "If you liked this article, please consider sharing and subscribing to the newsletter.",
        "Readers who liked the article were more likely to share it, the study found.",
    ),
    (
        "page-chrome",
        "Latest News",
        "Latest news from the coast says the ferry will run again on Friday.",
    ),
    (
        "page-chrome",
        "Contact us",
        "Contact us, the sign on the closed office said, though nobody answered the phone.",
    ),
    (
        "engagement-prompt",
        "You must log in or register to reply here.",
        "Members who log in to reply more than twice a day were counted apart in the survey.",
    ),
    (
        "engagement-prompt",
        "Log in to answer this question.",
        "Log in to the router's admin page to answer this question, then restart it.",
    ),
    (
        "disclosure",
        "If you buy something using links in our stories, we may earn a commission.",
        "Influencers who earn a commission on sales must say so, the watchdog ruled on Monday.",
    ),
    (
        "disclosure",
        "Dieser Beitrag enthält Affiliate-Links.",
        "Die Verbraucherzentrale kritisiert, dass viele Blogs Affiliate-Links nicht kennzeichnen.",
    ),
    (
        "donation",
        "Before you go on about your day, ask yourself: will you support independent news?",
        "The charity said a donation from the foundation had kept its shelter open all winter.",
    ),
    (
        "donation",
        "Please consider making a donation. Your support helps keep our journalism free.",
        "Readers' donations to the hospital appeal passed one million pounds, the trust said.",
    ),
    (
        "donation",
        "Support our journalism today.",
        "Unions said they would support our members in the dispute, the spokesman told reporters.",
    ),
    (
        "paywall",
        "Subscribe to continue reading. Already a subscriber? Log in.",
        "The paper's subscribers rose by a tenth after it put its archive behind a paywall.",
    ),
    (
        "paywall",
        "You've read all 5 free articles this month.",
        "Have you read the minutes? Critics say the free articles of the treaty were ignored.",
    ),
    (
        "paywall",
        "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt abonnieren.",
        "Die Zahl der Abonnenten stieg im dritten Quartal um acht Prozent, meldete der Verlag.",
    ),
    (
        "syndication-note",
        "Dieser Artikel erschien zuerst in der Wochenzeitung.",
        "Der Artikel des Gesetzes erschien vielen Juristen zu vage, sagte die Kommission.",
    ),
    (
        "syndication-note",
        "The views expressed here are those of the author alone.",
        "Views expressed at the hearing ranged from cautious support to open hostility.",
    ),
    (
        "consent-banner",
        "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie einen externen Inhalt.",
        "Die Plattform muss externe Inhalte prüfen, bevor sie angezeigt werden, so das Gericht.",
    ),
    (
        "signup-promo",
        "Get the daily tech briefing delivered to your inbox.",
        "The court heard that the phishing emails were delivered to staff over three days.",
    ),
    (
        "signup-promo",
        "Text JOIN to 12345 for alerts. Msg & data rates may apply. Reply STOP to cancel.",
        "Carriers said data rates would rise next year as network costs grew, the report said.",
    ),
    (
        "follow-promo",
        "Follow us on WhatsApp for breaking news.",
        "The ministry said the group had coordinated the protests on WhatsApp and Telegram.",
    ),
    (
        "follow-promo",
        "Download our free news app for alerts.",
        "Users who download the app are asked for their location, the regulator found.",
    ),
    (
        "follow-promo",
        "Folgen Sie uns auf Instagram und Threads.",
        "Die Polizei bat Zeugen, sich zu melden; die Täter seien uns bekannt, sagte sie.",
    ),
    (
        "related-links",
        "Les også: Slik blir været i helgen",
        "Han sa at folk også må lese vilkårene før de signerer avtalen, og at fristen er kort.",
    ),
    (
        "related-links",
        "Lesen Sie auch: Was die Reform für Mieter bedeutet",
        "Wer die Reform verstehen will, sollte auch den Bericht lesen, sagte die Ministerin.",
    ),
    (
        "engagement-prompt",
        "Was this article helpful?",
        "Whether the article in the treaty was helpful to the talks is disputed by diplomats.",
    ),
    (
        "page-chrome",
        "Latest Videos From Example News",
        "The latest videos from the mission show the probe's descent in unprecedented detail.",
    ),
]


@pytest.mark.parametrize(("kind", "notice", "prose"), CASES)
def test_notice_removed_and_article_sentence_with_its_words_kept(
    kind: str, notice: str, prose: str
) -> None:
    body = html(f"{PROSE}<p>{notice}</p><p>{prose}</p>")
    assert removed_kinds(body, NOTICES) == [kind]
    assert prose in body_text(body)


def test_notice_inside_a_long_paragraph_is_kept() -> None:
    """A short-block limit: the notice's words inside a story paragraph never take it."""
    sentence = "If you buy something using links in our stories, we may earn a commission. "
    paragraph = sentence + "The rest of this paragraph reports on the market at length. " * 8
    body = html(f"<p>{paragraph}</p>")
    assert removed_kinds(body, NOTICES) == []

"""Notices the template or the desk adds to a story, found by what they say, in any language.

Affiliate disclosures, donation and subscription appeals, paywall notices, copyright lines,
syndication and guest-comment notes, embed consent placeholders, newsletter and app nags,
"read also" lines and the labels of rails. Each is a short block with a recognisable
sentence, often a bare `<p>` that markup cannot tell from the story. Every rule names a
concept and keeps to short blocks (`max_chars`), and most are anchored to the opening of
the block or speak to the reader ("we", "you", an imperative): a story that reports on
commissions, donations or copyright says so in the third person, inside a longer paragraph.

They run in the same walk as the promos (`TextPromoCleaner`), one pass over the body.
"""

from __future__ import annotations

import re

from ..kinds import Kind
from .promos import TextRule


def _rule(
    kind: Kind,
    rule_id: str,
    pattern: str,
    max_chars: int,
    why: str,
    cues: tuple[str, ...],
    *,
    widen: bool = True,
    anchored: bool = False,
) -> TextRule:
    compiled = re.compile(pattern, re.IGNORECASE)
    return TextRule(kind, compiled, rule_id, max_chars, why, cues, widen=widen, anchored=anchored)


LABEL_MAX_CHARS = 60  # a label is a few words
NOTE_MAX_CHARS = 400  # a notice is two or three sentences
ACCOUNT_STEP = r"(?:log ?in|sign ?in|sign up|register|create an account|join)"
REPLY_PROMPT_MAX_CHARS = 120  # "You must log in or register to reply here." and a link or two

NOTICE_RULES = (
    _rule(
        Kind.DISCLOSURE,
        "text~affiliate-disclosure",
        r"\b(?:we|i|us|this (?:site|article|post|page|story))\b[^.]{0,80}"
        r"\b(?:may |might |could )?(?:earn|receive|get|make)s? (?:a |an )?(?:small )?"
        r"(?:affiliate )?(?:commission|share of (?:the )?(?:sales?|revenue))"
        r"|\b(?:this|the) (?:article|post|page|story|site)\b[^.]{0,40}\bcontains? affiliate links"
        r"|als amazon-partner verdien|enthält (?:sogenannte )?(?:affiliate|partner)-?links"
        r"|liens? (?:d'affiliation|affiliés)|enlaces de afiliad|link di affiliazione"
        r"|links? de afiliad|inneholder (?:affiliate|annonse)lenker",
        NOTE_MAX_CHARS,
        "the site telling the reader it earns from links: about the page, not the story",
        (
            "commission",
            "share of",
            "affiliate",
            "amazon-partner",
            "partner-link",
            "partnerlink",
            "lien",
            "afiliad",
            "link di",
            "lenker",
        ),
    ),
    _rule(
        Kind.DONATION,
        "text~donation",
        r"\bask yourself\b[^.]{0,80}\b(?:support|pay|fund|donat)"
        r"|(?:^|[.!?]\s+)(?:please )?(?:consider )?(?:donate|chip in|make a (?:\w+ )?"
        r"(?:donation|contribution)|support (?:us|our (?:work|journalism|reporting)))\b"
        r"|\b(?:your|a) (?:donation|contribution|support)\b[^.]{0,60}"
        r"\b(?:helps?|keeps?|makes?|allows?|ensures?|funds?)\b[^.]{0,60}"
        r"\b(?:us|our|journalism|reporting|newsroom|independent)"
        r"|jetzt spenden|unterstützen sie (?:uns|unabhängigen)|faites un don|haz una donación"
        r"|apoya (?:nuestro|el) periodismo|støtt (?:oss|journalistikken)",
        NOTE_MAX_CHARS,
        "an appeal for money addressed to the reader",
        (
            "ask yourself",
            "donat",
            "chip in",
            "contribution",
            # "support" alone is in one block in fifty; only these uses of it are appeals
            "support us",
            "support our",
            "your support",
            "a support",
            "spenden",
            "unterstützen",
            "faites un don",
            "donación",
            "periodismo",
            "støtt",
        ),
    ),
    _rule(
        Kind.PAYWALL,
        "text~paywall",
        r"\b(?:subscribe|log in|sign in|register) (?:now |today )?to (?:continue|keep) reading"
        r"|\bthis (?:article|story|content) is (?:only )?(?:available |reserved )?"
        r"(?:for|to) (?:subscribers|members|premium)"
        r"|\balready (?:a subscriber|have an account)\?"
        r"|(?:^|[.!?]\s+)you(?:'ve| have) (?:read|reached) (?:your|the|all|\d+)\b[^.]{0,30}"
        r"\b(?:free (?:articles?|stories)|article limit)"
        r"|\b(?:get|for) unlimited (?:digital )?access\b|\bthank you for reading\b[^.]{0,40}\bsubscri"
        r"|nur für abonnenten|jetzt abonnieren|abonnieren sie|réservé aux abonnés"
        r"|abonnez-vous|suscríbete|exclusivo para suscriptores|riservato agli abbonati",
        NOTE_MAX_CHARS,
        "a paywall or subscription appeal: the site's offer, not the story",
        (
            "reading",
            "subscri",
            "member",
            "premium",
            "already",
            "you've",  # not "you": it is in one block in six, and only this phrase counts
            "you have",
            "unlimited",
            "abonn",
            "suscr",
            "abbonati",
        ),
    ),
    _rule(
        Kind.SYNDICATION,
        "text~syndication",
        r"^(?:republished|reprinted) with permission (?:from|of|by)\b"
        r"|\b(?:views|opinions) expressed\b[^.]{0,60}\b(?:are|is) (?:those of the author|"
        r"the author'?s? own|solely)"
        r"|^(?:guest (?:comment|column|post|essay)|gastkommentar|gastbeitrag)\b"
        r"|^dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals)"
        r"|^(?:cet article|ce texte) a (?:d'abord|initialement|été initialement) (?:été )?publié"
        r"|^este (?:artículo|texto) (?:fue publicado|se publicó|apareció) (?:originalmente|primero)",
        NOTE_MAX_CHARS,
        "a note on where the story first ran or whose view it is: about the story, not in it",
        (
            "republished",
            "reprinted",
            "expressed",
            "guest",
            "gast",
            "dieser",
            "cet article",
            "ce texte",
            "este",
        ),
    ),
    _rule(
        Kind.CONSENT_BANNER,
        "text~embed-consent",
        r"empfohlener redaktioneller inhalt|an dieser stelle finden sie einen externen inhalt"
        r"|externe inhalte angezeigt werden|\bto (?:view|see|watch|load) this (?:content|video|"
        r"embed|post)\b[^.]{0,60}\b(?:consent|cookies|accept|enable)"
        r"|\bthis (?:content|embed|video) is (?:hosted|provided) by a third(?:-| )party"
        r"|\bwe need your (?:consent|permission) to (?:load|show|display)"
        r"|contenu externe|contenido externo|contenuto esterno|eksternt innhold",
        NOTE_MAX_CHARS,
        "a placeholder asking consent to show an embed: it stands where the embed would be",
        (
            "inhalt",
            "this content",
            "this video",
            "this embed",
            "this post",
            "third",
            "your consent",
            "your permission",
            "contenu",
            "contenido",
            "contenuto",
            "innhold",
        ),
    ),
    _rule(
        Kind.SIGNUP_PROMO,
        "text~newsletter-box",
        r"\b(?:delivered|sent|straight|directly|direct) to your inbox\b|\bin your inbox every\b"
        r"|\bjoin our (?:mailing|email) list\b|\bmessage (?:and|&) data rates may apply\b"
        r"|\bmsg (?:and|&) data rates\b|\breply stop to\b|\btext stop to\b"
        r"|newsletter abonnieren|abonnez-vous à (?:notre|la) (?:newsletter|lettre)"
        r"|suscríbete a (?:nuestro|nuestra|el|la) (?:newsletter|boletín)"
        r"|iscriviti alla (?:nostra )?newsletter|meld deg på (?:vårt )?nyhetsbrev"
        r"|assine (?:a nossa|nossa) newsletter",
        NOTE_MAX_CHARS,
        "a newsletter or SMS sign-up box, its fine print included",
        (
            "inbox",
            "mailing list",
            "email list",
            "data rates",
            "stop to",
            "newsletter",
            "lettre",
            "boletín",
            "nyhetsbrev",
        ),
    ),
    _rule(
        Kind.FOLLOW_PROMO,
        "text~app-or-channel",
        r"\b(?:follow|join) (?:us|our (?:\w+ )?(?:channel|group|community)) on (?:whatsapp|telegram)"
        r"|\b(?:join|follow) (?:our|the) [\w ]{0,30}(?:whatsapp|telegram) (?:channel|group)"
        r"|(?:^|[.!?]\s+)download (?:our|the) (?:free )?(?:\w+ ){0,2}app\b"
        r"|\bget our (?:\w+ ){0,2}app\b|\bjoin the [\w ]{0,30}facebook group\b"
        r"|whatsapp-kanal|kanal auf whatsapp|folgen sie uns|følg oss på|síguenos en"
        r"|suivez-nous sur|seguici su|siga-nos n[oa]|sigue(?:nos)? (?:en|nuestro canal)",
        NOTE_MAX_CHARS,
        "a nag to follow the site on a messenger or to install its app",
        (
            "whatsapp",
            "telegram",
            "download",  # not "app", in every "happen": the app nags open with these two
            "get our",
            "facebook group",
            "folgen sie",
            "følg oss",
            "síguenos",
            "sigue",
            "suivez",
            "seguici",
            "siga-nos",
        ),
    ),
    _rule(
        Kind.RELATED_LINKS,
        "text~read-also",
        r"^(?:les også|lesen sie (?:auch|mehr)|lee también|leia também|leia mais|à lire aussi"
        r"|a lire aussi|lire aussi|leggi anche|read also|also read|læs også|läs också|lees ook"
        r"|czytaj (?:też|także)|читайте также|mehr zum thema|ler também|ver también)\b",
        200,
        "a 'read also' line pointing to another story",
        (
            "les",
            "lee",
            "leia",
            "lire",
            "leggi",
            "read",
            "læs",
            "läs",
            "lees",
            "czytaj",
            "читайте",
            "mehr",
            "ler",
            "ver",
        ),
        anchored=True,
    ),
    _rule(
        Kind.ENGAGEMENT_PROMPT,
        "text~feedback",
        r"^(?:was|is) (?:this|the) (?:article|page|post|story|information|answer) "
        r"(?:useful|helpful)\b|^did you (?:find|like|enjoy) (?:this|the) (?:article|post|story)"
        r"|^how (?:useful|helpful) was (?:this|the)"
        r"|\bif you (?:liked|enjoyed|found value in) (?:this|the) (?:article|post|story|episode|"
        r"newsletter)\b[^.]{0,60}\b(?:shar(?:e|ing)|subscrib(?:e|ing)"
        r"|lik(?:e|ing)|follow(?:ing)?|support(?:ing)?|recommend(?:ing)?)\b",
        NOTE_MAX_CHARS,
        "a prompt to rate, like or share the page",
        ("useful", "helpful", "did you", "if you"),
    ),
    _rule(
        Kind.ENGAGEMENT_PROMPT,
        "text~reply-prompt",
        rf"^(?:(?:you (?:must|need to|have to) |please )?{ACCOUNT_STEP}"
        rf"(?: (?:or|and) {ACCOUNT_STEP})?(?: now| here| first)? to (?:reply|answer|comment"
        r"|post|follow|participate|request|add (?:a |your )?(?:comment|reply|answer))\b"
        r"|you (?:must|need to) (?:be )?log(?:ged)? ?in\b|you are not logged in\b"
        r"|(?:reply to this (?:topic|thread|question)|post (?:a )?reply|write your reply)\W*$)",
        REPLY_PROMPT_MAX_CHARS,
        "a forum's prompt to log in or to reply: the forum's controls, not a post",
        ("log", "sign", "regist", "account", "join", "reply"),
        anchored=True,
    ),
    _rule(
        Kind.PAGE_CHROME,
        "text~rail-label",
        r"^(?:latest videos(?: from [^.]{1,40})?|related (?:articles|posts|stories|content)"
        r"|newsletters?|more (?:videos|stories) from [^.]{1,40}|advertisement|anzeige"
        r"|publicité|publicidad|pubblicità|annonse|sponsored content"
        r"|(?:latest|recent) (?:news|posts)|testimonials?|contact us)$",
        LABEL_MAX_CHARS,
        "the label of a rail, a newsletter box or an ad slot left after its links went",
        (
            "latest",
            "related",
            "newsletter",
            "more",
            "advert",
            "anzeige",
            "publi",
            "annonse",
            "sponsored",
            "pubbli",
            "recent",
            "testimonial",
            "contact",
        ),
        widen=False,
        anchored=True,
    ),
)

"""Decoding page bytes: BOM, then the declared charset (header, then <meta>), then detection."""

from __future__ import annotations

import codecs

import pytest

from cleaners import NotHtml, extract_article
from cleaners.document import decode_html, parse_html

TEXT = "Café owners in Zürich say the naïve plan costs €5 – “too much”."
PAGE = "<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"


def page(meta: str = "", text: str = TEXT) -> str:
    return PAGE.format(meta=meta, text=text)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_mark_decides_over_a_contrary_meta_charset(bom: bytes, codec: str) -> None:
    data = bom + page('<meta charset="windows-1252">').encode(codec)
    assert TEXT in decode_html(data)


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "cp1252"),
        ('<meta charset="utf-8">', "utf-8"),
        ('<meta charset="shift_jis">', "shift_jis"),
    ],
)
def test_meta_charset_is_used(meta: str, codec: str) -> None:
    text = "東京の会議で新しい規則が発表された。" if codec == "shift_jis" else TEXT
    assert text in decode_html(page(meta, text).encode(codec))


def test_http_header_charset_beats_the_meta_tag() -> None:
    data = page('<meta charset="utf-8">').encode("cp1252")
    assert TEXT in decode_html(data, "text/html; charset=windows-1252")


def test_undeclared_cp1252_is_detected() -> None:
    long_text = " ".join([TEXT] * 20)
    assert long_text in decode_html(page(text=long_text).encode("cp1252"))


def test_declared_utf8_that_is_really_latin1_is_not_trusted() -> None:
    long_text = " ".join(["Café owners in Zürich say the naïve plan is too costly."] * 20)
    decoded = decode_html(page('<meta charset="utf-8">', long_text).encode("latin-1"))
    assert long_text in decoded


def test_undeclared_utf8_is_read_as_utf8() -> None:
    assert TEXT in decode_html(page(text=TEXT).encode("utf-8"))


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"\x00\x01\x02\x03\x04binary\x00\x00",
        b"",
        b"   \n  ",
    ],
)
def test_binary_or_empty_input_is_not_html(data: bytes) -> None:
    with pytest.raises(NotHtml) as error:
        parse_html(data, source="input.bin")
    assert error.value.reason == "not-html"
    assert "input.bin" in str(error.value)


@pytest.mark.parametrize(
    "text", ['{"headline": "JSON, not a page"}', "plain text with no markup at all"]
)
def test_markup_free_text_is_not_html(text: str) -> None:
    with pytest.raises(NotHtml):
        extract_article(text.encode(), "https://example.com/x")


def test_xml_declaration_is_tolerated() -> None:
    root = parse_html('<?xml version="1.0" encoding="utf-8"?>' + page())
    assert TEXT in root.text_content()


SPANISH = "El ministro espetó que habrá más reuniones en Cádiz, según fuentes del año pasado."
GERMAN = "Die Bürgermeisterin äußerte sich über die Größe des Gebäudes und die Straße."
LATIN_DECLARATIONS = [
    '<meta charset="iso-8859-1">',
    '<meta charset="ISO-8859-15">',
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=latin1">',
]


@pytest.mark.parametrize("text", [SPANISH, GERMAN])
@pytest.mark.parametrize("meta", LATIN_DECLARATIONS)
def test_utf8_bytes_under_a_latin_meta_charset_decode_as_utf8(meta: str, text: str) -> None:
    decoded = decode_html(page(meta, text).encode("utf-8"))
    assert text in decoded


def test_utf8_bytes_under_a_latin_http_header_decode_as_utf8() -> None:
    decoded = decode_html(page(text=SPANISH).encode("utf-8"), "text/html; charset=ISO-8859-1")
    assert SPANISH in decoded


@pytest.mark.parametrize("codec", ["cp1252", "iso-8859-15"])
def test_latin_bytes_under_a_latin_meta_charset_still_decode_as_declared(codec: str) -> None:
    meta = f'<meta charset="{codec}">'
    assert GERMAN in decode_html(page(meta, GERMAN).encode(codec))


def test_mislabelled_utf8_page_extracts_without_mojibake() -> None:
    paragraphs = "".join(f"<p>{SPANISH} {GERMAN}</p>" for _ in range(4))
    html = (
        '<html><head><meta charset="iso-8859-15"><title>Reunión</title></head>'
        f"<body><article><h1>Reunión en Cádiz</h1>{paragraphs}</article></body></html>"
    )
    article = extract_article(html.encode("utf-8"), "https://example.es/noticia")
    assert "espetó" in article.articleBody
    assert "Ã" not in article.articleBody + (article.headline or "")

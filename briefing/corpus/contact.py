"""Author blocks and contact lines: the reporter's page furniture, never article body.

Saved pages (and text pasted from them) carry the author's box: a name, a "Biography" link, an
``@handle``, an e-mail address, a profile URL, and closing prompts such as "Follow her on
Twitter @jdoe" or "Jane Doe can be reached at jdoe@example.com". The extractor keeps some of
them; here each is recognised on its own, so :mod:`briefing.corpus.classify` can fold it:

- :func:`is_contact_line`: a short line that is *mostly* addresses (e-mail, handle, URL), with
  at most a label or a name beside them (``Аккаунт: @name``, ``Jane Doe jdoe@example.com``);
- :func:`is_author_label`: ``Biography``, ``About the author``, ``Author bio`` and the like;
- :func:`is_contact_prompt`: a short paragraph that asks the reader to follow or write to
  someone *and* gives the network, handle or address to do it with.

A body sentence that merely mentions Twitter or an e-mail ("she said in an email", "posted on
Twitter") is none of these: the prompt needs both the invitation and the address, and the
contact line needs the addresses to be most of the line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.corpus.case_blind import may_hold

if TYPE_CHECKING:
    from briefing.model import ParagraphKind

__all__ = [
    "is_author_label",
    "is_contact_line",
    "is_contact_prompt",
    "is_name_line",
    "mark_author_names",
]

_EMAIL = r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w@])@\w{2,30}"
_URL = (
    r"(?:https?://|www\.)\S+"
    r"|\b(?:twitter|x|facebook|instagram|t|linkedin|tiktok|youtube|vk|threads)\.(?:com|me|net)/\S+"
)
_ADDRESS = re.compile(f"{_EMAIL}|{_URL}|{_HANDLE}", re.I)
_AUTHOR_LABEL = re.compile(
    r"^(?:biography|bio|author(?:'s)? bio(?:graphy)?|about the authors?|about me"
    r"|more (?:articles |stories )?(?:by|from) (?:this|the) (?:author|writer|reporter)"
    r"|об авторе|биография|biografie|biographie|biografía|biografia)[\s:.]*$",
    re.I,
)
_INVITATION = re.compile(
    r"^follow\b|\bfollow (?:him|her|them|us|me|the author)\b|\b(?:can|may) be (?:reached|contacted)"
    r"|\breach (?:him|her|them|the (?:reporters?|writers?|authors?))\b|^e-?mail \w"
    r"|\bwrite to (?:him|her|them|us)\b|\bsend (?:him|her|them|us) (?:a |an )?(?:tip|e-?mail)"
    r"|^have a (?:news )?tip\b|^подписывайтесь\b|^folgen sie\b|^suivez[- ]",
    re.I,
)
_NETWORK = re.compile(
    r"\b(?:twitter|facebook|instagram|linkedin|tiktok|youtube|telegram|threads|bluesky|mastodon"
    r"|whatsapp)\b",
    re.I,
)
_NAME_WORD = re.compile(r"^[A-ZА-ЯЁ][\w.'’-]*$")


def _words(text: str) -> int:
    return len(text.split())


def is_contact_line(text: str) -> bool:
    """``jdoe@example.com``, ``twitter.com/jdoe``, ``Аккаунт: @name``, ``Jane Doe @jdoe``."""
    # the substring tests first: most paragraphs fail them, and counting words makes a list
    if ("@" not in text and "/" not in text) or _words(text) > 10:
        return False
    addresses = _ADDRESS.findall(text)
    if not addresses:
        return False
    rest = _ADDRESS.sub(" ", text)
    leftover = [w for w in re.split(r"[\s,;:|/·•()–—-]+", rest) if w and w not in ("and", "и")]
    return len(leftover) <= 3 and not rest.rstrip().endswith(("?", "!"))


def is_author_label(text: str) -> bool:
    """``Biography``, ``About the author``: the heading of an author's box."""
    return len(text) <= 60 and bool(_AUTHOR_LABEL.match(text.strip()))


#: Every match of ``_INVITATION`` contains one of these, casefolded (see :func:`_may_invite`).
_INVITATION_WORDS = (
    "follow",
    "reach",
    "contacted",
    "mail",
    "write to",
    "send ",
    "have a ",
    "подписывайтесь",
    "folgen sie",
    "suivez",
)


def _may_invite(text: str) -> bool:
    """False when ``_INVITATION`` cannot match ``text``: none of its words is in it.

    The expression (case-blind, a dozen word-bounded branches) was tried on every paragraph
    of every article and was a fifth of the reading's CPU (issue 15); almost no paragraph
    holds one of its words, and looking for them in the casefolded text is a few C loops
    (``case_blind.may_hold``: never False where the expression would match;
    tests/corpus/test_contact.py).
    """
    return may_hold(text, _INVITATION_WORDS)


def is_contact_prompt(text: str) -> bool:
    """``Follow her on Twitter @jdoe``, ``Jane Doe can be reached at jdoe@example.com``."""
    if not _may_invite(text) or _words(text) > 45 or not _INVITATION.search(text):
        return False
    return bool(_ADDRESS.search(text) or _NETWORK.search(text))


def is_name_line(text: str) -> bool:
    """Two to four capitalised words and nothing else (``Jane A. Doe``): a name on its own."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and text[-1] != "."


def mark_author_names(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """A name on its own line just before or after an author label, a contact line or a
    byline is the author box's name (``Jane Doe`` / ``Biography`` / ``@jdoe``): meta too."""
    boxes = [
        i
        for i, text in enumerate(texts)
        if kinds[i] == "meta"
        and (is_author_label(text) or is_contact_line(text) or text.lower().startswith("by "))
    ]
    for i in boxes:
        for j in (i - 1, i + 1):
            if 0 <= j < len(texts) and kinds[j] == "body" and is_name_line(texts[j]):
                kinds[j] = "meta"

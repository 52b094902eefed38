"""A social-media post set into an article: ``<post> pic.twitter.com/… — Jane Roe (@jroe) <date>``.

A saved page keeps an embedded post as a paragraph of its text: the post's words (often in
another language than the article's: an English post in a Russian report), maybe its picture's
short link, and the embed's signature closing it, a dash, the author's name, the account's
``(@handle)`` in brackets and the day. Four such posts above a short body outweigh the
article's own prose when its language is read (CLD2 then gives the article's language under
half of the text and the article is "undetermined"), so the language is read without them
(:func:`briefing.corpus.classify._language_sample`); the posts keep their own language per
paragraph (:func:`briefing.corpus.language.paragraph_languages`).

A paragraph is a post when it ends in that signature (a dash, at most eight words of a name,
``(@handle)``, and at most a date's few words after it) or holds a picture link of a post
(``pic.twitter.com/…``). A sentence that names an account in brackets (``the ministry
(@exampleministry) said on Monday …``) has no dash before the name and runs on: no post.

A page often sets the signature on a line of its own (:func:`is_post_signature`). Its words
are capitalised ("— Space Agency (@agency) May 3, 2031") but it is no heading: the name in
it is the account's holder, a person or a body the article chose to quote, and the key
topics read it as a name.
"""

from __future__ import annotations

import re

__all__ = ["is_embedded_post", "is_post_signature"]

#: The embed's signature closing the paragraph: "— Name (@handle) 19 May 2031".
_SIGNATURE = re.compile(r"[—–-]{1,2}\s*[^\s—–@][^—–@]{0,80}?\(@\w{1,30}\)\s*[\w ,.]{0,30}$")
#: The signature alone on its line: the dash opens it.
_SIGNATURE_LINE = re.compile(r"\s*" + _SIGNATURE.pattern)
_PICTURE_LINK = re.compile(r"\bpic\.twitter\.com/\w+")


def is_embedded_post(text: str) -> bool:
    """Whether ``text`` is a post embedded in the article (module doc)."""
    if "@" not in text[-140:] and "pic." not in text:
        return False  # most paragraphs: decided at once
    tail = text[-140:].rstrip()
    return _SIGNATURE.search(tail) is not None or _PICTURE_LINK.search(text) is not None


def is_post_signature(text: str) -> bool:
    """Whether ``text`` is an embedded post's signature on a line of its own: "— Jane Roe
    (@jroe) May 3, 2031" (module doc); a line that only ends in one is the post itself."""
    return len(text) <= 160 and "(@" in text and _SIGNATURE_LINE.match(text) is not None

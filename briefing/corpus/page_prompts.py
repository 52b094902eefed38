"""One-paragraph page furniture that talks to the reader: follow prompts, read counters, ads.

A saved page keeps lines that are the site's, not the story's:

- :func:`is_follow_prompt`: "Subscribe to our Telegram channel", "Заходите на ленту в
  Телеграм!", "Добавляйте … в свои источники Яндекс.Новости": an invitation (an imperative
  opening a sentence) *and* a channel to follow the site on, in one short paragraph;
- :func:`is_app_prompt`: "Download our app", "… example uygulamasını indirin": an imperative
  to download or install and an app, in one short paragraph;
- :func:`is_read_counter`: "Прочитано 1103 раза", "Read 1,103 times", "1,103 views";
- :func:`is_advert`: "Example.app is a free platform for … You can easily create …": a
  product pitched to the reader in the second person.

A story about Telegram ("Telegram said it would comply with the order") names the network but
invites nobody; a quoted "follow us on Telegram" has an attribution ("said") or quotation
marks; a sentence with "2 hours ago" or "read" inside is prose. None of them is caught: each
test needs the page's own shape (the invitation at a sentence's start, the counter alone).
"""

from __future__ import annotations

import re

from briefing.analysis.case_clues import clue_set, holds
from briefing.analysis.case_clues import folded as clue_fold
from briefing.corpus import furniture as fx

__all__ = ["is_advert", "is_app_prompt", "is_follow_prompt", "is_read_counter"]

#: Invitations that open a sentence, in the briefing's languages: "Подпишитесь", "Заходите",
#: "Ακολουθήστε", "Síguenos", "구독", "关注". Matched on the casefolded sentence's start;
#: Cyrillic imperatives by their stems ("підписуйте…"), so a Latin "c" typed into
#: "Підписуйтеcь" does not hide it, and "Подписание" (a signing) is none. Each is an
#: imperative addressed to the reader by its form.
_IMPERATIVE = (
    r"подписывайте|подпишите|заходите|добавляйте|добавьте|читайте нас|следите|присоединяйтесь"
    r"|переходите|смотрите нас|підписуйте|підпишіть|приєднуйтесь|стежте|додавайте|долучайтесь"
    r"|关注|關注|订阅|訂閱|扫描|掃描|用微信|フォロー|구독|팔로우"
    r"|(?:síguenos|suscríbete|suscribete|únete|abonnez|suivez|rejoignez|inscrivez|retrouvez"
    r"|folgen sie|folge uns|abonniere|seguici|iscriviti|takip edin|abone olun|obserwuj|dołącz"
    r"|zapisz się|urmărește|abonează|ακολουθήστε|εγγραφείτε|تابعونا|تابعوا|اشترك|انضم)\b"
)
#: Verbs that are imperatives only when the site is their object: "Join our channel", not
#: "Join the queue at the Telegram office" (a sign's words in a story).
_PLAIN = (
    r"(?:subscribe|follow|join|add|like|find|sign up|stay (?:tuned|updated|informed)|get"
    r"|download|read|watch|assine|inscreva|acompanhe|melden sie sich)\b"
)
_INVITE = re.compile(rf"(?P<imperative>{_IMPERATIVE})|{_PLAIN}")
#: The site naming itself: "us", "our", "nous", "uns", "nuestro".
_OWN = re.compile(r"\b(?:us|our|nous|notre|nos|uns|unser\w*|nuestr[oa]s?|nosso|nossa)\b")
#: Where a site can be followed: networks, readers and aggregators, a channel or a feed.
_CHANNEL_WORDS = (
    r"telegram|телеграм|yandex|яндекс|дзен|dzen|google news|vk\b|вконтакте|whatsapp|viber"
    r"|facebook|twitter|instagram|youtube|tiktok|threads|bluesky|linkedin|wechat|微信|kakao|카카오"
    r"|newsletter|рассылк|розсилк|канал|channel|chaîne|canal|kanal|ленту|стрічк|источник|джерел"
    r"|sources|flux|feed|rss|podcast|\bx\b"
)
_CHANNEL = re.compile(_CHANNEL_WORDS)
#: The channels' words as plain text (each alternative without its ``\b``), the lone "x" apart:
#: every match of :data:`_CHANNEL` in the casefolded text holds one of them or is a lone "x",
#: so where neither is there the pattern (a long alternation ``re`` tries at every character)
#: is not run (issue 15).
_CHANNEL_PIECES = tuple(
    piece for piece in _CHANNEL_WORDS.replace(r"\b", "").split("|") if piece != "x"
)
#: Those an ASCII text can hold (``str.isascii`` is answered without reading the text).
_ASCII_CHANNEL_PIECES = tuple(piece for piece in _CHANNEL_PIECES if piece.isascii())
_LONE_X = re.compile(r"\bx\b")
#: Sentence starts: the text's start and after a sentence's end.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…。！？])\s*)\W{0,4}(?=\w)")
#: A paragraph that reports or quotes: an invitation in it is someone's words, not the page's.
_REPORTED = re.compile(
    r"[\"“”«»„]|\b(?:said|says|told|wrote|according|заявил|сказал|сообщил|написал|пишет"
    r"|a déclaré|a dit|dijo|afirmó|sagte|erklärte)\b",
    re.I,
)
_MAX_PROMPT_WORDS = 25


def is_follow_prompt(text: str) -> bool:
    """A short paragraph inviting the reader to follow the site somewhere: a sentence that
    opens with an invitation and names a channel (``Подпишитесь на наш Telegram-канал``)."""
    if len(text) > 240 or fx.word_count(text) > _MAX_PROMPT_WORDS:
        return False
    folded = text.casefold()
    if not _names_channel(folded):  # most paragraphs name no channel: the cheap test first
        return False
    if _REPORTED.search(text):
        return False
    for start in _SENTENCE_START.finditer(folded):
        invite = _INVITE.match(folded, start.end())
        if invite is not None and (invite.group("imperative") or _OWN.search(folded)):
            return True
    return False


def _names_channel(folded: str) -> bool:
    """Whether the casefolded text names a channel (:data:`_CHANNEL`), its words looked for
    with ``in`` before the pattern is asked."""
    pieces = _ASCII_CHANNEL_PIECES if folded.isascii() else _CHANNEL_PIECES
    if any(piece in folded for piece in pieces):
        return _CHANNEL.search(folded) is not None
    return "x" in folded and _LONE_X.search(folded) is not None


#: An imperative asking the reader to download or install something, in the briefing's
#: languages: "Download", "indirin" (tr, the verb closes the sentence), "Téléchargez", "Laden Sie
#: … herunter", "Descarga", "Scarica", "Baixe", "Скачайте", "Завантажте", "下载", "ダウンロード",
#: "다운로드", "حمّل". A past or a third person ("downloaded", "indirdi", "скачали") reports.
_GET_APP = re.compile(
    r"(?:^|(?<=[.!?…]\s))\W{0,4}(?:download|install|get)\b"
    r"|\b(?:indirin|yükleyin|téléchargez|installez|laden sie|installieren sie|hol dir"
    r"|descarga|descargue|descárgate|scarica|scaricate|baixe"
    r"|скачайте|установите|скачивайте|завантажте|встановіть|pobierz|zainstaluj|κατεβάστε"
    r"|حمّل|نزّل|قم بتحميل)\b"
    r"|下载|下載|ダウンロード|다운로드|설치하세요"
)
#: What is downloaded: the site's app ("app", "uygulamasını", "l'application", "приложение").
_APP = re.compile(
    r"\b(?:apps?|application|appli|aplicación|aplicativo|applicazione|uygulama\w*|aplikacj\w*"
    r"|приложени\w*|застосун\w*|додат(?:ок|ку|ком)|εφαρμογή|تطبيق\w*)\b|客户端|客戶端|アプリ|앱"
)

#: A piece of text every match of :data:`_APP` holds, looked for with ``in`` before it is run.
_APP_PIECES = (
    "app", "aplica", "uygulama", "aplikacj", "приложени", "застосун", "додат", "εφαρμογή",
    "تطبيق", "客户端", "客戶端", "アプリ", "앱",
)  # fmt: skip

#: The same for :data:`_GET_APP`: each of its alternatives holds one of these.
_GET_PIECES = (
    "download", "install", "get", "indirin", "yükleyin", "téléchargez", "laden sie",
    "hol dir", "descarg", "descárg", "scarica", "baixe", "скач", "установите", "завантажте",
    "встановіть", "pobierz", "zainstaluj", "κατεβάστε", "حمّل", "نزّل", "قم بتحميل", "下载",
    "下載", "ダウンロード", "다운로드", "설치하세요",
)  # fmt: skip


def is_app_prompt(text: str) -> bool:
    """A short paragraph asking the reader to download the site's app: an imperative to
    download or install (:data:`_GET_APP`) and an app (:data:`_APP`) in one paragraph no one
    is quoted in ("Günlük haberler için example uygulamasını indirin"). "Millions downloaded
    the app", "he said users should install the app" report; neither is caught."""
    if len(text) > 240:
        return False
    folded = text.casefold()
    if not any(piece in folded for piece in _APP_PIECES):  # the cheap tests first
        return False
    if not any(piece in folded for piece in _GET_PIECES):
        return False
    if fx.word_count(text) > _MAX_PROMPT_WORDS or _REPORTED.search(text):
        return False
    return _APP.search(folded) is not None and _GET_APP.search(folded) is not None


#: "Прочитано 1103 раза", "Read 1,103 times", "Views: 1103", "阅读 1103", "조회수 1103".
_COUNT = r"\d[\d\s.,\u00a0\u202f]{0,12}"
_COUNTER = re.compile(
    r"(?:read|viewed|views|reads|прочитано|просмотрено|просмотров|просмотры|переглядів|перегляди"
    r"|прочитано|lu|vu|visto|leído|lido|visualizações|gelesen|aufrufe|letto|görüntülenme|okunma"
    r"|wyświetle[nń]\w*|阅读|閱讀|浏览|瀏覽|阅读量|閲覧|閲覧数|조회수?|قراءات|مشاهدات|المشاهدات)"
    rf"\s*[:：]?\s*{_COUNT}"
    r"\s*(?:times|time|раза?|раз|fois|veces|vezes|mal|volte|kez|次|回|회|مرة)?\.?"
    rf"|{_COUNT}\s*(?:views|reads|times read|просмотр(?:а|ов)?|прочтени[йяе]|переглядів|vues"
    r"|lectures|visitas|vistas|aufrufe|visualizzazioni|görüntülenme|次阅读|次閱讀|次浏览|회 조회"
    r"|مشاهدة|قراءة)\.?",
    re.I,
)


def is_read_counter(text: str) -> bool:
    """A paragraph that is nothing but a count of readings or views."""
    return len(text) <= 40 and bool(_COUNTER.fullmatch(text.strip()))


#: How a page sells a product to its reader (English only: the pitches met so far).
_PITCH_ADJECTIVES = ("free", "easy", "simple", "online", "leading", "powerful", "all-in-one", "new")
_PITCH_ADVERBS = ("easily", "quickly", "now")
_PITCH_VERBS = (
    "create", "get", "make", "build", "order", "buy", "download", "sign up", "share", "generate",
    "design",
)  # fmt: skip
_PITCH_ENDS = ("sign up", "order now", "buy now", "get started", "try it")
_PITCH = re.compile(
    rf"\bis an? (?:{'|'.join(_PITCH_ADJECTIVES)}) (?:[\w-]+ ){{0,2}}"
    r"(?:platform|service|app|application|tool|website|site|solution)\b"
    rf"|\byou can (?:{'|'.join(a + ' ' for a in _PITCH_ADVERBS)})?(?:{'|'.join(_PITCH_VERBS)})\b"
    r"|\ballows? you to\b|\blets you\b|\b(?:optional|premium|key) features\b"
    rf"|\b(?:{'|'.join(_PITCH_ENDS)}) (?:for free|today|now)\b",
    re.I,
)


#: A piece of text every alternative of :data:`_PITCH` writes: a paragraph holding none of
#: them (folded as :mod:`briefing.analysis.case_clues` folds, so the test never says no where
#: the case-blind pattern matches) holds no pitch.
_PITCH_CLUES = clue_set(
    ("is a", "you can", "allow", "lets you", "features", "sign up", "order now", "buy now",
     "get started", "try it")
)  # fmt: skip
#: The same, longer, asked only where their short clue is (a tenth of the paragraphs hold
#: "is a", "allow" or "you can"): each alternative's words up to its first choice that is not
#: optional — "is a free ", "you can easily ", "you can create", "allows you to" (issue 15).
_PITCH_PHRASES_BY_CLUE = {
    clue: clue_set(phrases)
    for clue, phrases in (
        ("is a", [f"is {a} {adjective} " for a in ("a", "an") for adjective in _PITCH_ADJECTIVES]),
        ("you can", [f"you can {w}" for w in (*(a + " " for a in _PITCH_ADVERBS), *_PITCH_VERBS)]),
        ("allow", ["allow you to", "allows you to"]),
        ("lets you", ["lets you"]),
        ("features", [f"{word} features" for word in ("optional", "premium", "key")]),
        *((end, [f"{end} "]) for end in _PITCH_ENDS),
    )
}
#: Every longer clue, each holding its short one.
_PITCH_PHRASES = tuple(p for phrases in _PITCH_PHRASES_BY_CLUE.values() for p in phrases)


def _may_pitch(folded: str) -> bool:
    """Whether the folded text holds a short clue and one of the longer clues that hold it."""
    return any(
        clue in folded and holds(folded, phrases)
        for clue, phrases in _PITCH_PHRASES_BY_CLUE.items()
    )


def pitch_count(text: str) -> int:
    """How many of the page's sales phrases ``text`` holds (0 for a report or a quotation)."""
    if fx.word_count(text) > 90:
        return 0
    if not _may_pitch(clue_fold(text)):
        return 0  # the cheap tests first: most paragraphs hold none of the pitches' words
    if _REPORTED.search(text):
        return 0
    return len(_PITCH.findall(text))


def is_advert(text: str) -> bool:
    """A paragraph pitching a product to the reader: two sales phrases ("is a free platform
    for …", "you can easily create …"), and no one said or quoted them."""
    return pitch_count(text) >= 2

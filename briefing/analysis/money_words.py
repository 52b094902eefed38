"""The words that tie a sum of money to what it pays for, per language (:mod:`.money`).

Stems, lower-cased, matched at a word's start (Arabic after its clitics "و", "ب", "ل", "ال";
Chinese and Japanese inside the text): a closed class of each language's words for the
things news counts in money — a price, a share, a guarantee, a loan or liquidity, losses, a
fine, a ransom —
and for an offer or a stage of talks, which is not yet a price.
"""

from __future__ import annotations

#: Languages written without spaces between words.
UNSPACED = ("zh", "ja")

#: Scale words of Chinese and Japanese, written onto the number ("30亿", "1000億").
CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "万亿": 1e12, "萬億": 1e12, "兆": 1e12}

#: Nouns naming what a sum is: the nearest within three words of it wins.
ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "guarantee": {
        "en": ("guarantee",), "de": ("garantie",), "fr": ("garantie",), "it": ("garanzi",),
        "es": ("garantía",), "pt": ("garantia",), "ru": ("гарант",), "ar": ("ضمان",),
        "zh": ("担保", "擔保"),
    },
    "liquidity": {
        # Not "credit": a credit institution, rating or default swap is no loan.
        "en": ("liquidity", "loan", "lending"), "de": ("liquidität", "darlehen"),
        "fr": ("liquidit", "prêt"), "it": ("liquidit", "prestit"),
        "es": ("liquidez", "préstamo"), "pt": ("liquidez", "empréstimo"),
        "ru": ("ликвидн", "заем", "займ"), "ar": ("سيول", "قرض"),
        "zh": ("流动性", "流動性", "贷款", "貸款"),
    },
    "loss": {
        "en": ("loss",), "de": ("verlust",), "fr": ("perte",), "it": ("perdit",),
        "es": ("pérdida",), "pt": ("perda", "prejuízo"), "ru": ("убыт", "потер"),
        "ar": ("خسار", "خسائر"), "zh": ("亏损", "虧損", "损失", "損失"),
    },
    # A penalty or a ransom is paid, but for no thing bought: never a price.
    "fine": {
        "en": ("fine",), "de": ("geldstrafe", "geldbuße", "bußgeld"), "fr": ("amende",),
        "it": ("multa", "ammenda"), "es": ("multa",), "pt": ("multa",), "ru": ("штраф",),
        "ar": ("غرام",), "zh": ("罚款", "罰款", "罚金", "罰金"),
    },
    "ransom": {
        "en": ("ransom",), "de": ("lösegeld",), "fr": ("rançon",), "it": ("riscatt",),
        "es": ("rescate",), "pt": ("resgate",), "ru": ("выкуп",), "ar": ("فدي",),
        "zh": ("赎金", "贖金"),
    },
}  # fmt: skip

#: A share, after a word of distribution ("per share", "pro Aktie", "за акцию"; "每股").
SHARE = {"en": ("share",), "de": ("aktie",), "fr": ("action",), "it": ("azion",),
         "es": ("acción",), "pt": ("ação",), "ru": ("акци",), "ar": ("سهم",),
         "zh": ("每股",)}  # fmt: skip
PER = {"en": ("per", "a", "each"), "de": ("pro", "je"), "fr": ("par",),
       "it": ("per", "ad", "a"), "es": ("por",), "pt": ("por",), "ru": ("за", "на"),
       "ar": ("لكل", "")}  # fmt: skip

#: The preposition of exchange before a price ("for 3 billion", "für drei Milliarden").
PREPOSITIONS = {"en": ("for",), "de": ("für",), "fr": ("pour",), "it": ("per",),
                "es": ("por",), "pt": ("por",), "ru": ("за",), "ar": ("مقابل",),
                "zh": ("以",)}  # fmt: skip
#: Buying, selling, paying: a price's sentence says one of them.
BUY = {
    "en": ("buy", "bought", "acquir", "purchas", "takeover", "take", "took", "taking", "pay",
           "paid", "sell", "sold"),
    "de": ("kauf", "kauft", "übernimm", "übernahm", "übernehm", "übernahme", "erwirb", "erwarb",
           "zahl", "bezahl", "verkauf"),
    "fr": ("achet", "achèt", "achat", "rachet", "rachèt", "rachat", "reprise", "acqui", "acquier",
           "pai", "pay", "vend"),
    "it": ("compr", "acquist", "acquisi", "rilev", "pag", "vend"),
    "es": ("compr", "adquir", "pag", "vend"), "pt": ("compr", "adquir", "pag", "vend"),
    "ru": ("купи", "купа", "покуп", "приобр", "поглощ", "заплат", "плат", "выплат", "прода"),
    "ar": ("استحواذ", "يستحوذ", "شراء", "يشتري", "اشترى", "يدفع", "دفع", "بيع"),
    "zh": ("收购", "收購", "购买", "購買", "买下", "買下", "出售"),
}  # fmt: skip
#: A deal right after its price ("a US$3.25 billion deal"); in Chinese, the price's noun
#: right before it ("总对价30亿").
DEALS = {"en": ("deal", "takeover", "acquisition", "purchase", "buyout"),
         "de": ("deal", "übernahme"), "fr": ("rachat",), "it": ("acquisizion",),
         "zh": ("对价", "對價")}  # fmt: skip

#: An offer or an earlier stage of talks: a sum after one of these is not what was agreed.
STAGES = {
    "en": ("offer", "bid", "initial", "earlier", "propos", "raised", "doubl", "ready to",
           "prepared to", "willing to"),
    "de": ("angebot", "ursprünglich", "zuvor", "bereit", "erhöht", "geboten"),
    "fr": ("offre", "propos", "initial", "auparavant", "prêt à", "prête à", "doubl", "relev"),
    "it": ("offert", "propost", "inizial", "in precedenza", "dispost", "raddoppi", "alzat"),
    "es": ("oferta", "propuest", "inicial", "dispuest", "duplic"),
    "pt": ("oferta", "propost", "inicial", "disposto", "duplic"),
    "ru": ("предлаг", "предлож", "ранее", "готов", "увелич", "первонач"),
    "ar": ("عرض", "سابق", "مستعد", "رفع"),
    "zh": ("报价", "報價", "早前", "提高", "原先", "最初", "愿意", "願意"),
}  # fmt: skip

_ARABIC_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def folded_word(word: str, language: str) -> str:
    """``word`` (lower-cased) without the clitics Arabic writes onto it ("والسيولة")."""
    if language != "ar":
        return word
    for clitic in _ARABIC_CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word

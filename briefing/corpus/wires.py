"""The news agencies ("wires") whose credits name an article's outlet, by how they write it.

A table of its own because every credit reader asks it (datelines, closing lines, headline
heads, place credits): one place to add an agency, and no reader importing another's module
for it. Keys are the spellings in upper case; values the one display name each agency is
grouped under (``AP`` and ``ASSOCIATED PRESS`` are both "The Associated Press").
"""

from __future__ import annotations

__all__ = ["WIRES"]

#: Wire-service abbreviations as they appear in datelines and footers → display name.
WIRES: dict[str, str] = {
    "AP": "The Associated Press",
    "ASSOCIATED PRESS": "The Associated Press",
    "THE ASSOCIATED PRESS": "The Associated Press",
    "REUTERS": "Reuters",
    "THOMSON REUTERS": "Reuters",
    "AFP": "Agence France-Presse",
    "AGENCE FRANCE-PRESSE": "Agence France-Presse",
    "UPI": "United Press International",
    "DPA": "dpa",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "TASS": "TASS",
    "ITAR-TASS": "TASS",
    "RIA NOVOSTI": "RIA Novosti",
    "INTERFAX": "Interfax",
    "XINHUA": "Xinhua",
    "KYODO": "Kyodo News",
    "YONHAP": "Yonhap",
    "PTI": "Press Trust of India",
    "IANS": "IANS",
    "ANI": "ANI",
    "BERNAMA": "Bernama",
    "ANADOLU": "Anadolu Agency",
    "AA": "Anadolu Agency",
    "BLOOMBERG": "Bloomberg",
    "CNA": "CNA",
    "SPUTNIK": "Sputnik",
    "ТАСС": "TASS",
    "ИТАР-ТАСС": "TASS",
    "РИА НОВОСТИ": "RIA Novosti",
    "ИНТЕРФАКС": "Interfax",
    "СПУТНИК": "Sputnik",
    "UKRINFORM": "Ukrinform",
    "УКРІНФОРМ": "Ukrinform",
    "УКРИНФОРМ": "Ukrinform",
    "KAZINFORM": "Kazinform",
    "КАЗИНФОРМ": "Kazinform",
    "ANADOLU AJANSI": "Anadolu Agency",
    "АНАДОЛУ": "Anadolu Agency",
    # Europe's national agencies, whose credits close many regional outlets' stories
    # ("belga/rop", "(APA)", "Von KNA"); three letters or more, so no two-letter word is one.
    "BELGA": "Belga",
    "ANP": "ANP",
    "APA": "APA",
    "KEYSTONE-SDA": "Keystone-SDA",
    "SDA": "Keystone-SDA",
    "ATS": "Keystone-SDA",
    "KNA": "KNA",
    "EPD": "epd",
    "PAP": "PAP",
    "ČTK": "ČTK",
    "CTK": "ČTK",
    "TASR": "TASR",
    "MTI": "MTI",
    "AGERPRES": "Agerpres",
    "BTA": "BTA",
    "HINA": "HINA",
    "LUSA": "Lusa",
    "EUROPA PRESS": "Europa Press",
    "ADNKRONOS": "Adnkronos",
    "AGI": "AGI",  # Agenzia Giornalistica Italia
    "ANA-MPA": "ANA-MPA",
    "NTB": "NTB",
    "RITZAU": "Ritzau",
    "STT": "STT",
}

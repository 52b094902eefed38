"""The closed word classes :mod:`.cited` reads a citation by, in the languages of the packets
(en, fr, es, ca, it, pt, de, nl, pl, cs, sk, ro, ru, uk, el, tr, hu).

Apart from the rule because they are long lists and nothing else: a word is added here when
a language's texts cite a medium with it, never for one name. Every list is lower case and
matched case-folded.
"""

from __future__ import annotations

from briefing.topics.lexicon import words

#: Nouns that say a name is a medium: an agency, a paper, a broadcaster, or one of its
#: reporters ("the news agency AFP", "agentura AP", "телеканал BFMTV", "Senders RUV", "a
#: Reuters reporter"). Inflected forms are listed as written (a closed class per language).
MEDIUM_NOUNS = words(
    """agency agencies newspaper newspapers paper daily tabloid broadcaster broadcasters
    channel television tv radio station network outlet outlets magazine weekly website
    wire media reporter reporters journalist journalists correspondent correspondents
    photographer photographers
    agence agences journal journaux quotidien hebdomadaire chaîne télévision télé média
    médias journaliste journalistes correspondant correspondante photographe confrères presse
    agencia agencias diario periódico cadena televisión emisora medio medios canal
    periodista periodistas corresponsal fotógrafo reportero prensa televisiva
    agència diari televisió ràdio mitjà
    agenzia agenzie quotidiano giornale testata emittente televisione rete canale
    giornalista giornalisti corrispondente fotografo inviato stampa
    agência jornal diário televisão rádio jornalista correspondente repórter imprensa
    agentur nachrichtenagentur presseagentur zeitung tageszeitung blatt sender senders
    fernsehsender fernsehsenders rundfunksender rundfunksenders radiosender nachrichtensender
    rundfunk fernsehen medien magazin reporterin journalistin korrespondent korrespondentin
    fotograf fotografin
    persbureau persagentschap agentschap krant dagblad omroep zender nieuwszender
    verslaggever fotograaf
    agencja agencji agencję agencją dziennik dziennika dziennikowi gazeta gazety gazecie
    nadawca nadawcy telewizja telewizji stacja stacji portal portalu serwis serwisu
    dziennikarz dziennikarza dziennikarze korespondent korespondenta tygodnik tygodnika
    agentura agentury agenturu agentuře agentúra agentúry deník deníku noviny televize
    stanice rozhlas zpravodaj reportér novinář denník televízia
    agenția agenţia agenției agenţiei ziarul cotidianul publicația postul televiziunea
    jurnalist jurnalistul corespondentul presa
    агентство агентства агентству агентством газета газеты газете газету газетой издание
    издания изданию изданием телеканал телеканала телеканалу телеканалом телекомпания
    телекомпании радиостанция радиостанции портал портала сайт сайта журналист журналиста
    корреспондент корреспондента корреспонденту фотограф сми агентствa
    агенція агенції агенцію видання виданню мовник мовника телеканалу журналіст журналіста
    кореспондент кореспондента
    πρακτορείο πρακτορείου εφημερίδα εφημερίδας κανάλι καναλιού σταθμός τηλεόραση
    δημοσιογράφος ανταποκριτής
    ajans ajansı ajansına ajansının gazete gazetesi gazetesine gazetesinin televizyonu
    kanalı muhabiri muhabir
    hírügynökség hírügynökségnek napilap lap televízió tudósító újságíró hírportál"""
)

#: Verbs a medium is the subject of when it carries the words (report, write, inform),
#: never "said" or "announced", which the bodies a story is about do every day. Read
#: right after the name ("CNN reported", "l'Ansa riporta", "BBC podaje") or right before it,
#: the subject put after its verb ("– podaje PAP", "сообщает Reuters").
REPORT_VERBS = words(
    """reported reports reporting wrote writes obtained aired
    rapporte rapportait rapporté rapportent relate relaté relayé écrit écrivait publie
    révèle révélait titrait titre
    informó informa informaba informaron publicó publica reportó difundió
    informà informava
    riporta riportato riferisce riferito scrive titolava titola pubblica
    informou noticiou noticia publicou escreve avança avançou
    berichtete berichteten berichtet meldete meldeten meldet schreibt schrieb
    meldde meldt berichtte bericht schrijft schreef
    podaje podała podał podają poinformowała poinformował informuje pisze napisał napisała
    donosi relacjonuje powołuje opublikował opublikowała
    сообщает сообщил сообщила сообщило сообщают сообщили пишет пишут передает передаёт
    информирует
    повідомляє повідомив повідомила повідомило повідомляють пише інформує передає
    informovala informoval informuje uvedla uvedl uvádí píše napsala napsal informovali
    relatează informează scrie transmite
    μετέδωσε μεταδίδει αναφέρει ανέφερε γράφει έγραψε
    bildirdi yazdı aktardı
    jelentette írja"""
)

#: Verbs of saying, before a medium noun and the name: the words were said to a medium
#: ("рассказали изданию X", "powiedział dziennikowi X", "řekl agentuře X").
SAY_VERBS = words(
    """said told spoke speaking dit déclaré expliqué confié dijo declaró contó detto
    dichiarato spiegato disse sagte sagten erklärte zei vertelde powiedział powiedziała
    mówił mówiła řekl řekla uvedl uvedla сказал сказала сказали рассказал рассказала
    рассказали заявил заявила заявили сказав сказала розповів розповіла розповіли заявив
    заявила a declarat a spus δήλωσε είπε"""
)

#: Verbs that only a medium does with words: "writes", "wrote" (a ministry "reports" a
#: toll, it does not "write" one). A name written so is a medium, as one a medium noun
#: stands beside is.
WRITE_VERBS = words(
    """wrote writes écrit écrivait escribe escribió scrive scriveva escreve escreveu
    schreibt schrieb schrijft schreef pisze napisał napisała пишет писала пишут пише
    píše napsal napsala scrie γράφει έγραψε yazdı írja titrait titolava"""
)

#: Conjunctions and "about" words that end the reach of a verb before a name: in "reported
#: that X", "пишет про X" the name is what was written about, not who wrote it.
NOT_FILLERS = words(
    """that about que qui sur sobre dass über dat over że что об про що že că despre ότι
    για ki hakkında hogy"""
)

#: "About" words that, right before the name, make it what was written about ("reported on
#: X", "писали о X"), however small the words before.
ABOUT = words("on about upon sur sobre su über o о об про despre για over")

#: A word of the picture a medium took or aired ("footage", "Luftaufnahmen", "кадры").
PICTURE_NOUNS = words(
    """footage images pictures photos photo video videos images vidéo vidéos photos
    imágenes vídeo vídeos fotos immagini filmati foto video imagens vídeos
    aufnahmen luftaufnahmen bilder video videos fotos beelden
    zdjęcia nagranie nagrania nagraniu кадры кадрах видео фото кадри відео záběry snímky
    imagini görüntüleri görüntülerde εικόνες πλάνα felvételek"""
)

#: Words before an unnamed reporter ("a journalist of AFP", "un journaliste de l'AFP"):
#: the indefinite article. A reporter the text names ("WSJ reporter Evan Gershkovich") may
#: be the story; an unnamed one is the medium's eye.
INDEFINITE = words("a an un une una uno um uma ein eine einer einem een")

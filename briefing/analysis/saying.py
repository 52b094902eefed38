"""Verbs of saying, warning and announcing: a closed class per language, as function words are.

Read by the brief's lede (:mod:`briefing.brief_lede_report`: a report's day, a statement
told apart from the event) and by the timeline's asides (:mod:`.relevance`: a statement
someone made is news the packet reports, not an aside). Lower case, matched case-folded.
"""

from __future__ import annotations

from briefing.topics.lexicon import words

#: Verbs of saying, warning and announcing, in the forms a news lead writes them.
SAYING = words(
    """said says say told tells warned warns warning warn announced announces declared
    declares stated
    déclaré annoncé affirmé indiqué averti alerté prévenu déclare annonce affirme
    sagte sagten sagt erklärte erklärten erklärt warnte warnten warnt teilte mitteilte
    detto dichiarato annunciato avvertito affermato dichiara annuncia
    dijo dijeron declaró afirmó advirtió anunció declara afirma advierte
    disse disseram declarou afirmou alertou anunciou declara afirma alerta
    powiedział powiedziała oświadczył oświadczyła poinformował poinformowała ostrzegł
    ostrzegła podał podała
    заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили предупредил
    предупредила
    заявив заявила заявили сказав сказала повідомив повідомила попередив
    söyledi açıkladı uyardı dedi
    δήλωσε ανακοίνωσε"""
)

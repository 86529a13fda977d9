"""Claims that must not be made: constructions found to give false count and ordinal claims on
news and history text the claim grammar was never written against (own sentences, German and
English), each beside the true claim of the construction it was mistaken for.

The table reads like the one of ``tests/test_claims_constructions.py``: ``None`` as the expectation
means no claim at all; ``C(...)`` a claim that must be among the sentence's claims.
"""

from __future__ import annotations

import pytest

from test_claims_constructions import C, check_case

# a person named in the sentence before, whom a later sentence may refer back to
LEAD_DE = "Kanzlerin Mara Quist sprach am Montag in Bremen. "
LEAD_EN = "Chancellor Mara Quist spoke in Bremen on Monday. "

CASES = [
    # -- a being verb is a visit only where the clause names a place -------------------------
    ("being: no place", "de", LEAD_DE + "Zudem waren zum ersten Mal Ansätze einer gemeinsamen Politik erkennbar.", None),
    ("being: no place", "de", LEAD_DE + "Im Herbst war der Streit zum zweiten Mal eskaliert.", None),
    ("being: a place", "de", "Mara Quist war zum zweiten Mal in Chile.", C("ordinal", 2, "StateVisit")),
    ("being: a place, last", "de", "Mara Quist war zuletzt im Mai 2021 in Peru.",
     C("ordinal", "last", "StateVisit", date="2021-05")),
    # -- "not only" is no negation of an event -------------------------------------------------
    ("not only: no negation", "de",
     LEAD_DE + "Das Land war nicht nur seit langer Zeit ein Partner Frankreichs, sondern galt auch als Verbündeter.", None),
    ("not only: no negation", "de",
     LEAD_DE + "Nicht nur die nach dem Krieg verlorenen Gebiete wurden wieder Teil des Reiches, sondern auch Lodz.", None),
    ("not only: no negation", "en",
     LEAD_EN + "The country had not only been a partner of France since the war, it was also seen as an ally.", None),
    ("not since: a negation", "de", "Mara Quist und Tom Berg haben sich seit 2019 nicht mehr getroffen.",
     C("ordinal", "last", "Meeting", date="2019")),
    ("not since: a negation", "en", "Mara Quist and Tom Berg have not met since 2019.",
     C("ordinal", "last", "Meeting", date="2019")),
    # -- a negated clause and an "after" of another clause --------------------------------------
    ("not + after elsewhere", "en",
     "Norsk Bank's shares fell after the board cut the dividend because Norsk Bank may not meet the new rules.", None),
    ("not + after elsewhere", "en",
     LEAD_EN + "Prices fell sharply after the report, because the firm may not meet the new rules.", None),
    # -- a count is of the event told before its window, not of one the window names ------------
    ("count before since-clause", "en",
     "President Tom Berg has spoken with Anna Lund at least three times since he arrived in Oslo on April 6.",
     C("count", 3, "PhoneCall")),
    ("count before since-clause", "en", "President Tom Berg has met Anna Lund twice since she visited Oslo in April.",
     C("count", 2, "Meeting")),
    ("count before since-clause", "de",
     "Präsident Tom Berg hat Anna Lund dreimal getroffen, seit sie im April nach Oslo gereist ist.",
     C("count", 3, "Meeting")),
    # -- "once" before a clause is "as soon as", no count -----------------------------------------
    ("once: a conjunction", "en",
     "Officials insisted the girl would be handed to her mother once the delegation arrives in Oslo.", None),
    ("once: a conjunction", "en", "Tom Berg said he would meet Anna Lund once she arrives in Oslo.", None),
    ("once: a count", "en", "Tom Berg and Anna Lund have met once since 2019.", C("count", 1, "Meeting", since="2019")),
    # -- a relative clause after the claim tells of another event --------------------------------
    ("relative clause after", "en",
     "It was the first time that Tom Berg, who arrived in Oslo on Thursday, had been allowed to inspect the prison.",
     None),
    ("relative clause after", "de",
     "Es war das erste Mal, dass Tom Berg, der am Donnerstag nach Oslo gereist war, das Gefängnis prüfen durfte.",
     None),
    ("next clause", "en", "For the first time since 2019, Tom Berg and Anna Lund met in person.",
     C("ordinal", 1, "Meeting", since="2019")),
    # -- a length of time is no count -----------------------------------------------------------
    ("length: N hour meeting", "en", "Mara Quist wrapped up a three hour meeting with Tom Berg in Oslo today.", None),
    ("length: N-day visit", "en", "Mara Quist wrapped up a two-day visit to Kenya on Friday.", None),
    ("length: N day trip", "en", "Mara Quist began a four day trip to Kenya on Friday.", None),
    ("count beside it", "en", "Mara Quist and Tom Berg have held three meetings since May.",
     C("count", 3, "Meeting", since="2024-05")),
    # -- "a third country" is a country not party to a matter, no rank ------------------------
    ("a third country", "en", LEAD_EN + "Officials said the prisoners could be moved to a third country.", None),
    ("a third country", "en", LEAD_EN + "Libya said it would press for a trial in a third neutral country.", None),
    ("a third country", "de", LEAD_DE + "Die Gefangenen könnten in einen dritten Staat gebracht werden.", None),
    ("the fifth country", "en", "Norway became the fifth country to recognise the new state.",
     C("ordinal", 5, "Other", qualifier="class")),
    ("the fifth country", "de", "Norwegen ist damit der fünfte Staat, der den neuen Staat anerkennt.",
     C("ordinal", 5, "Other", qualifier="class")),
    # -- nouns that name an event only in one sense --------------------------------------------
    ("address: a home", "en", "Tom Berg, whose last known address was in Oslo, was arrested.", None),
    ("address: a speech", "en", "It was Mara Quist's first address to the parliament in Oslo.",
     C("ordinal", 1, "Statement")),
    ("address: a speech", "en", "It was the first address of President Mara Quist as head of state.",
     C("ordinal", 1, "Statement")),
    ("address: a home", "en", "Police said Tom Berg's last home address was in Oslo.", None),
    ("most recently + another verb", "en", "Tom Berg had most recently worked at a bank in Oslo.", None),
    ("zuletzt + another verb", "de", "Tom Berg hatte zuletzt bei einer Bank in Oslo gearbeitet.", None),
    ("most recently + a visit", "en", "President Mara Quist most recently visited Chile in May 2021.",
     C("ordinal", "last", "StateVisit", date="2021-05")),
    # -- a date's possessive owns nothing --------------------------------------------------------
    ("date possessive", "en", "Last Friday's announcement was the first official word that the plan had failed.", None),
    # -- an adverbial in a clause about something else is not the last-named person's ----------
    ("no owner: another subject", "de", LEAD_DE + "Im Juli trafen zum ersten Mal die Truppen beider Seiten aufeinander.",
     None),
    ("no owner: another subject", "en", LEAD_EN + "In July the two armies met for the first time near the river.", None),
    ("owner: refers back", "de",
     "Kanzlerin Mara Quist landete am Montag in Santiago. Es ist bereits das zweite Mal, dass sie Chile besucht.",
     C("ordinal", 2, "StateVisit")),
    ("owner: refers back", "en", "President Tom Berg met Anna Lund in Oslo. They have now met twice in person.",
     C("count", 2, "Meeting")),
    ("owner: refers back", "de", "Präsident Tom Berg traf Anna Lund in Oslo. Zuletzt hatten sie sich 2017 getroffen.",
     C("ordinal", "last", "Meeting", date="2017")),
    ("owner: another genitive", "de", LEAD_DE + "Im Mai kam es zu dem ersten Zusammentreffen der beiden Armeen.",
     C("ordinal", 1, "Meeting", owner={"der beiden Armeen"})),
    ("owner: another genitive", "en", LEAD_EN + "In May came the first meeting of the two armies at the river.",
     C("ordinal", 1, "Meeting", owner={"the two armies"})),
    ("owner: a role genitive", "de",
     "Kanzlerin Mara Quist landete am Montag in Delhi. Es ist der erste Besuch eines Bundeskanzlers seit 2019.",
     C("ordinal", 1, "StateVisit", since="2019")),
    ("owner: a pair genitive", "de",
     "Präsident Tom Berg traf Anna Lund in Oslo. Es war das dritte Treffen der beiden in diesem Jahr.",
     C("ordinal", 3, "Meeting")),
    ("owner: a time genitive", "en",
     "President Tom Berg met Prime Minister Anna Lund in Oslo. It was the first meeting of the year.",
     C("ordinal", 1, "Meeting")),
    # -- a pronoun or a role noun refers back to the person named before -----------------------
    ("owner: a pronoun", "de", LEAD_DE + "Sie reist im Mai zum zweiten Mal nach Chile.",
     C("ordinal", 2, "StateVisit", owner={"Sie"})),
    ("owner: a pronoun", "en", LEAD_EN + "She will travel to Chile for the second time in May.",
     C("ordinal", 2, "StateVisit", owner={"She"})),
    ("owner: a role noun", "en", LEAD_EN + "The chancellor will travel to Chile for the second time in May.",
     C("ordinal", 2, "StateVisit", owner={"The chancellor"})),
]


@pytest.mark.parametrize("construction, lang, text, want", CASES, ids=[f"{c[1]}-{c[0]}" for c in CASES])
def test_precision_case(construction, lang, text, want):
    check_case(construction, lang, text, want)

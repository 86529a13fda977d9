"""Invented newspaper articles for tests/test_probe_papers.py (issue 9: events from newspaper
texts). Every article was written for these tests in the styles of German and English newspapers: a
news lead, background paragraphs, quotes with the speech verb after the quote, histories of earlier
meetings and visits, and analysis sentences that tell no event. Names are invented or well-known
real ones; the events told are invented. Nothing is copied from the development or test texts.

``ARTICLES`` maps a key to ``(lang, publication day, text)``."""

from __future__ import annotations

ARTICLES: dict[str, tuple[str, str, str]] = {
    # a Thursday
    "en_summit_estate": ("en", "2023-11-16", (
        "Leaders agree to reopen military hotline after talks in California\n\n"
        "Joe Biden and Xi Jinping held four hours of talks at a country estate south of San Francisco on "
        "Wednesday, agreeing to reopen a military hotline that had been silent for more than a year. "
        "It was their first meeting since the G20 summit in Bali last November. "
        "\"I think we've made some real progress,\" Biden told reporters after the talks. "
        "Xi arrived in San Francisco on Tuesday for a summit of Pacific Rim leaders, his first visit to the "
        "United States in six years. "
        "Analysts said a breakthrough on trade was unlikely. "
        "A visit by Biden to Beijing would be seen as a major concession, one former official said. "
        "Some observers wonder whether the two leaders could meet again before the end of next year. "
        "Presidents usually avoid such trips in an election year.")),
    # a Friday
    "en_kyiv_visit": ("en", "2024-03-08", (
        "Finnish minister makes surprise trip to Kyiv\n\n"
        "Foreign Minister Lena Korhonen of Finland arrived in Kyiv on Thursday on an unannounced visit. "
        "Ms. Korhonen met President Volodymyr Zelensky and laid a wreath at a memorial for fallen soldiers, "
        "her ministry said. "
        "\"We will stand with Ukraine for as long as it takes,\" she told reporters. "
        "Ms. Korhonen last traveled to Kyiv in September, when she attended a conference on reconstruction. "
        "Officials in Helsinki declined to say whether the prime minister would follow. "
        "If the aid arrives on time, Ukraine could stabilize its front lines, analysts say. "
        "The Kremlin spokesman, Dmitry Peskov, dismissed the visit as a publicity stunt on Friday. "
        "Ms. Korhonen is scheduled to travel on to Warsaw next Tuesday.")),
    # a Thursday
    "en_snap_election": ("en", "2024-06-20", (
        "Snap election leaves Berlin nervous\n\n"
        "French voters will elect a new National Assembly in two rounds on June 30 and July 7. "
        "Chancellor Olaf Scholz spoke with Emmanuel Macron by phone on Monday, a German government "
        "spokesman said. "
        "Officials in Berlin worry that a defeat for Macron's camp would paralyse the Franco-German partnership. "
        "A government led by the far right could block key decisions in Brussels, diplomats say. "
        "Would Scholz travel to Paris before the vote? "
        "Probably not, according to two officials. "
        "Scholz last visited Paris in May, when he joined Macron for a dinner at the Elysee Palace. "
        "Such visits are usually arranged weeks in advance. "
        "The two leaders are due to meet at a NATO summit in Washington next month.")),
    # a Tuesday
    "en_disputed_vote": ("en", "2024-10-29", (
        "Governing party claims victory in disputed vote\n\n"
        "The governing party of the fictional republic of Veridia won Saturday's parliamentary election "
        "with 54 percent of the vote, the election commission said on Sunday. "
        "The opposition leader, Marta Kovalenko, refused to recognise the result. "
        "Thousands of people rallied outside parliament in the capital on Monday evening. "
        "\"This election was stolen,\" Kovalenko told the crowd. "
        "A rerun of the vote would take months to organise, observers said. "
        "Whether the West will impose sanctions remains unclear. "
        "It was the first election since the country won candidate status two years ago. "
        "Protests of this size are rare in the country.")),
    # a Thursday
    "en_minister_talks": ("en", "2025-05-22", (
        "Trade talks stall as ministers meet in Geneva\n\n"
        "Trade ministers from Britain and India met in Geneva on Wednesday for a fourth round of talks "
        "on a free trade agreement. "
        "Business Secretary Tom Ashworth met his Indian counterpart, Ravi Menon, for two hours, "
        "officials said. "
        "\"There is still a long way to go,\" Ashworth said after the meeting. "
        "The two men first met in London in January. "
        "A deal could add billions to both economies, according to government estimates. "
        "Critics argue that any agreement would hurt British farmers. "
        "Ashworth will travel to New Delhi next month, his department said. "
        "Negotiators are expected to meet again in July.")),
    # a Thursday
    "en_history_visits": ("en", "2024-09-05", (
        "Prime minister returns to Japan for second time this year\n\n"
        "Prime Minister Daniel Okafor arrived in Tokyo on Wednesday for a three-day visit, his second "
        "trip to Japan this year. "
        "Okafor will meet Prime Minister Fumio Kishida on Thursday, officials said. "
        "Two years ago, Okafor became the first leader of his country to address the Japanese parliament. "
        "Earlier this year he held talks with Kishida in Osaka. "
        "A free trade pact would be the crowning achievement of his tenure, aides said privately. "
        "Many leaders visit Tokyo each year. "
        "Whether the two sides will sign an agreement this week is not known. "
        "\"Our friendship has never been stronger,\" Okafor told the newspaper Asahi in an interview published "
        "on Tuesday.")),
    # a Wednesday
    "en_resignation": ("en", "2024-11-27", (
        "Defence minister quits after procurement scandal\n\n"
        "Defence Minister Clara Lindqvist resigned on Tuesday after weeks of criticism over a failed "
        "helicopter purchase. "
        "Lindqvist announced her resignation at a news conference in the capital. "
        "\"I take full responsibility,\" she said. "
        "Prime Minister Erik Sandberg thanked her for her service, a spokesman said. "
        "Sandberg is expected to name a successor by the end of the week. "
        "An early election would be risky for the government, pollsters said. "
        "Should the coalition collapse, voters could go to the polls in the spring. "
        "Lindqvist had visited troops in Latvia last Thursday.")),
    # a Thursday
    "en_phone_call": ("en", "2025-03-06", (
        "Leaders discuss ceasefire in phone call\n\n"
        "President Emmanuel Macron and Prime Minister Keir Starmer spoke by phone on Wednesday about a "
        "possible ceasefire in Ukraine, the Elysee said. "
        "The call came a day after Starmer hosted European leaders in London. "
        "\"We agreed to keep working together,\" Starmer wrote on social media. "
        "Could European troops be deployed to Ukraine? "
        "That would depend on guarantees from Washington, officials said. "
        "Macron is due to host a meeting of defence ministers in Paris next week. "
        "The two leaders last met in person at a summit in Brussels in February.")),

    # ---- German
    # ein Donnerstag
    "de_besuch_peking": ("de", "2024-04-25", (
        "Kanzler reist nach China\n\n"
        "Bundeskanzler Olaf Scholz ist am Mittwoch zu einem dreitägigen Besuch in Peking eingetroffen. "
        "Am Donnerstag will er mit Staatschef Xi Jinping zusammentreffen. "
        "Zuletzt hatte Scholz im November 2022 China besucht. "
        "\"Wir wollen den Dialog fortsetzen\", sagte Scholz der Zeitung vor dem Abflug. "
        "Beobachter erwarten von dem Treffen keine großen Fortschritte. "
        "Ein Besuch des chinesischen Präsidenten in Berlin gilt als unwahrscheinlich. "
        "Ob die beiden Seiten ein Abkommen unterzeichnen, ist offen. "
        "Begleitet wird der Kanzler von mehreren Unternehmenschefs.")),
    # ein Freitag
    "de_wahl_ergebnis": ("de", "2024-03-08", (
        "Knapper Sieg für die Regierungspartei\n\n"
        "Bei der Parlamentswahl in Portugal am vergangenen Sonntag hat das konservative Bündnis knapp gewonnen. "
        "Der Spitzenkandidat Luís Montenegro erklärte sich am Montag zum Wahlsieger. "
        "\"Die Wähler haben einen Wechsel gewollt\", sagte Montenegro vor Anhängern in Lissabon. "
        "Eine Koalition mit den Rechtspopulisten lehnt er ab. "
        "Eine Minderheitsregierung könnte schnell scheitern, meinen Experten. "
        "Vor zwei Jahren hatten die Sozialisten noch die absolute Mehrheit errungen. "
        "Staatspräsident Marcelo Rebelo de Sousa will in der kommenden Woche mit den Parteichefs sprechen. "
        "Wahlen in Portugal gelten als berechenbar.")),
    # ein Donnerstag
    "de_telefonat": ("de", "2025-01-30", (
        "Kanzler telefoniert mit neuem US-Präsidenten\n\n"
        "Bundeskanzler Olaf Scholz hat am Dienstagabend mit US-Präsident Donald Trump telefoniert. "
        "Das rund halbstündige Gespräch sei freundlich verlaufen, teilte Regierungssprecher Steffen Hebestreit "
        "am Mittwoch mit. "
        "Beide vereinbarten, sich bald persönlich zu treffen. "
        "Ein Termin steht noch nicht fest. "
        "Trump war vor gut einer Woche als Präsident vereidigt worden. "
        "Ein Besuch Trumps in Berlin wäre ein starkes Signal, heißt es in Regierungskreisen. "
        "Zuletzt hatten sich die beiden im Juni 2019 am Rande eines Gipfels in Japan getroffen.")),
    # ein Donnerstag
    "de_staatsbesuch": ("de", "2024-07-11", (
        "Staatsbesuch mit Hindernissen\n\n"
        "Bundespräsident Frank-Walter Steinmeier ist am Mittwoch zu einem zweitägigen Staatsbesuch in "
        "Litauen eingetroffen. "
        "In Vilnius wurde er von Präsident Gitanas Nausėda mit militärischen Ehren empfangen. "
        "Am Donnerstag besucht Steinmeier die in Litauen stationierten Bundeswehrsoldaten. "
        "\"Wir stehen an eurer Seite\", sagte Steinmeier bei einem Abendessen. "
        "Es ist sein erster Staatsbesuch in dem Land seit sieben Jahren. "
        "Ob der Kanzler im Herbst folgen wird, ist ungewiss. "
        "Kritiker halten die Stationierung für zu teuer. "
        "Im Frühjahr 2023 hatte Steinmeier bereits Lettland besucht.")),
    # ein Donnerstag
    "de_gipfel_vorschau": ("de", "2023-06-15", (
        "EU-Gipfel soll Migrationsstreit lösen\n\n"
        "Die Staats- und Regierungschefs der EU kommen Ende Juni in Brüssel zu einem Gipfel zusammen. "
        "Bereits am Montag hatte Ratspräsident Charles Michel die Tagesordnung vorgestellt. "
        "\"Wir brauchen eine gemeinsame Lösung\", sagte Michel in Brüssel. "
        "Ein Scheitern des Gipfels hätte schwere Folgen, warnen Diplomaten. "
        "Könnte Ungarn ein Veto einlegen? "
        "Ministerpräsident Viktor Orbán hatte zuletzt Anfang Mai in Budapest mit Michel gesprochen. "
        "Gipfel dieser Art dauern häufig bis tief in die Nacht. "
        "Vergangene Woche hatten sich die Innenminister in Luxemburg auf einen Kompromiss geeinigt.")),
    # ein Donnerstag
    "de_ruecktritt": ("de", "2023-09-21", (
        "Ministerin tritt zurück\n\n"
        "Die Verkehrsministerin des Landes, Anna Berger, ist am Mittwoch zurückgetreten. "
        "Sie zog damit die Konsequenzen aus der Affäre um Beraterverträge, wie sie in einer Erklärung mitteilte. "
        "Ministerpräsident Jonas Hartmann dankte ihr für ihre Arbeit. "
        "Ein Nachfolger soll in der kommenden Woche vereidigt werden. "
        "Die Opposition hatte bereits Anfang September den Rücktritt gefordert. "
        "Eine Neuwahl wäre für die Regierung riskant, sagen Meinungsforscher. "
        "Rücktritte dieser Art sind in der Landespolitik selten.")),
    # ein Mittwoch
    "de_aussenminister": ("de", "2023-04-12", (
        "Baerbock in Seoul\n\n"
        "Außenministerin Annalena Baerbock ist zu Gesprächen in Südkorea eingetroffen. "
        "In Seoul traf sie am Dienstag ihren Amtskollegen Park Jin. "
        "\"Deutschland steht an der Seite seiner Partner\", sagte Baerbock nach dem Treffen. "
        "Zuvor hatte sie drei Tage in China verbracht. "
        "Am Freitag reist Baerbock weiter nach Japan, wo sie am Treffen der G7-Außenminister teilnimmt. "
        "Ein Treffen mit Nordkoreas Führung ist nicht geplant. "
        "Sollte Pjöngjang weitere Raketen testen, würden neue Sanktionen drohen. "
        "Vor einem Jahr hatte Baerbock Japan zum ersten Mal besucht.")),
    # ein Freitag
    "de_jahrestag": ("de", "2025-02-14", (
        "Drei Jahre Krieg\n\n"
        "Am 24. Februar 2022 begann Russland seinen Angriffskrieg gegen die Ukraine. "
        "Zum dritten Jahrestag will Bundeskanzler Olaf Scholz nach Kiew reisen, wie die Zeitung berichtet. "
        "Präsident Wolodymyr Selenskyj hatte Scholz im Dezember eingeladen. "
        "\"Wir werden die Ukraine nicht allein lassen\", sagte Scholz am Donnerstag im Bundestag. "
        "Ein Waffenstillstand scheint derzeit in weiter Ferne. "
        "Was ein Ende des Krieges bedeuten würde, darüber streiten Experten. "
        "Kriege dieser Art enden selten schnell.")),
}

"""English recall probes, round 4: whole wire reports (AFP, Reuters, AP, TASS, Xinhua, Yonhap, VOA
and government readouts), written for this test with invented people (and a few real politicians
with invented facts), rich in the events the measure part recalls worst -- taking office,
resignations, appointments, dismissals, ratifications, treaties in force, deaths, attacks,
releases, protests, sanctions, media reports (Other) and votes of every kind (Election) -- told in
the constructions of wire copy: fronted participle clauses ("Sworn in on Monday, X ..."),
appositions and titles ("X, 64, a former general,"), honorifics ("Mr. Dane"), nominalisations
("X's appointment as ..."), passives, reported speech, and sentences that must give nothing
(generic, habitual, hypothetical, calls for a resignation). Dates are not checked here (another
table covers them); who takes part is.

A case is ``(DCT, text, events, nothing)``: ``events`` are the events of their classes a careful
reader would list, each ``(type, participant name or None, None, statuses)``
(tests/extraction_cases.matches); kb lists no more of each class than the reader does.
``nothing``: classes of which no asserted event may be told; ``absent``: names that take part in none
of the listed events. Events are matched one to one.
"""

from __future__ import annotations

import pytest

from extraction_cases import events_of, matches, show, told_of, wanted_class

ASSERTED = ("past", "ongoing", "planned")

CASES = []
XFAIL: dict[str, str] = {}


def case(dct, text, events=(), nothing=(), xfail=None, absent=()):
    CASES.append((dct, text, list(events), tuple(nothing), tuple(absent)))
    if xfail:
        XFAIL[text] = xfail


P = "past"
# ---- whole reports ----------------------------------------------------------------------------
case("2026-03-10", "TALLINN, March 10 (Reuters) - Sworn in on Monday, Estonian President Karin Tamm pledged to "
     "keep the country's defence spending high. Tamm, 58, a former judge, was elected by parliament last month "
     "after three rounds of voting. Her predecessor, Jaan Ruus, resigned in January citing ill health.",
     [("Other/TakingOffice", "Karin Tamm", None, P), ("Election", "Karin Tamm", None, P),
      ("Other/Resignation", "Jaan Ruus", None, P)])
case("2026-04-21", "VILNIUS, April 21 (AFP) - Lithuanian lawmakers on Tuesday elected Ona Petraitiene speaker of "
     "parliament. \"I will serve every citizen,\" she told reporters.",
     [("Election", "Ona Petraitiene", None, P)])
case("2026-04-21", "VILNIUS, April 21 (AFP) - Lithuanian lawmakers on Tuesday elected Ona Petraitiene speaker of "
     "parliament, a day after the ruling party won a majority in a run-off vote.",
     [("Election", "Ona Petraitiene", None, P), ("Election", None, None, P)],
     xfail="a collective winner told without a name ('the ruling party') fills no winner, so the run-off is lost")
case("2026-06-02", "MOSCOW, June 2 (TASS) - Russian President Vladimir Putin has appointed Igor Sorokin as "
     "ambassador to Brazil, the Kremlin said in a statement on Tuesday. Sorokin, 61, a career diplomat, "
     "previously served as deputy foreign minister.",
     [("Other/Appointment", "Igor Sorokin", None, P)], nothing=("Election",))
case("2026-05-05", "SEOUL, May 5 (Yonhap) -- Ruling party leader Kim Min-soo clinched the party's presidential "
     "nomination on Tuesday, winning 62 percent of the vote in a primary.",
     [("Election", "Kim Min-soo", None, P)])
case("2026-02-18", "BEIJING, Feb. 18 (Xinhua) -- The Standing Committee of the National People's Congress on "
     "Wednesday ratified a treaty on extradition between China and Peru. The treaty will enter into force on "
     "March 1, the Foreign Ministry said.",
     [("Other/Ratification", None, None, P), ("Other/TreatyEntryIntoForce", None, None, "planned")])
case("2026-09-14", "WASHINGTON, Sept. 14 (AP) — Former Senegalese President Amadou Diallo died on Sunday at the age "
     "of 89, his family said. President Joe Biden sent condolences to the Senegalese people.",
     [("Other/Death", "Amadou Diallo", None, P), ("Statement", "Joe Biden", None, P)])
case("2026-07-08", "BUCHAREST, July 8 (AP) — Romanian Prime Minister Mihai Popescu resigned on Wednesday after "
     "losing a no-confidence vote in parliament. President Klaus Iohannis accepted his resignation.",
     [("Other/Resignation", "Mihai Popescu", None, P), ("Election", "Mihai Popescu", None, P)])
case("2026-11-03", "KYIV, Nov 3 (Reuters) - Thousands of people protested in central Kyiv on Monday against a new "
     "tax law.",
     [("Other/Protest", None, None, P)])
case("2026-10-12", "ANKARA, Oct. 12 (VOA) — Turkish authorities released journalist Deniz Kaya from prison on "
     "Monday after 14 months in detention, his lawyer said. Kaya was arrested in August last year on terrorism "
     "charges he denies.",
     [("Other/Release", "Deniz Kaya", None, P), ("Other/Arrest", "Deniz Kaya", None, P)])
case("2026-01-20", "HELSINKI, Jan. 20 (AFP) - Finnish Foreign Minister Pekka Laine said Tuesday that Prime "
     "Minister Anna Koski had dismissed Defence Minister Ville Heino over a procurement scandal.",
     [("Other/Dismissal", "Ville Heino", None, P)])
case("2026-01-20", "HELSINKI, Jan. 20 (AFP) - Prime Minister Anna Koski dismissed Defence Minister Ville Heino on "
     "Tuesday. Koski named Heino's deputy, Sari Lehto, as his successor.",
     [("Other/Dismissal", "Ville Heino", None, P), ("Other/Appointment", "Sari Lehto", None, P)],
     xfail="a name in an apposition after a possessive description ('Heino's deputy, Sari Lehto, as his "
           "successor') is no object the appointment lines read")
case("2026-05-25", "PRAGUE, May 25 (Reuters) - Czech voters on Saturday re-elected President Petr Novak for a "
     "second term, giving him 54 percent of the vote in a run-off against former prime minister Jan Dvorak.",
     [("Election", "Petr Novak", None, P)])
case("2026-03-30", "BELGRADE, March 30 (AP) — Opposition leader Marko Jovic was voted in as mayor of Belgrade on "
     "Monday, ending 12 years of rule by the governing party. Jovic, a former basketball player, will take "
     "office next week.",
     [("Election", "Marko Jovic", None, P), ("Other/TakingOffice", "Marko Jovic", None, "planned")])
case("2026-08-11", "WASHINGTON, Aug 11 (VOA) - The United States on Tuesday imposed sanctions on three Iranian "
     "officials over the crackdown on protesters, the Treasury Department said. The European Union imposed "
     "similar sanctions last week.",
     [("Other/Sanctions", "United States", None, P), ("Other/Sanctions", "European Union", None, P)])
case("2026-12-01", "MEXICO CITY, Dec 1 (AFP) - Claudia Sheinbaum was sworn in as Mexico's president on Tuesday, "
     "becoming the first woman to lead the country. Sheinbaum, who won the June election in a landslide, "
     "promised to continue her predecessor's policies.",
     [("Other/TakingOffice", "Claudia Sheinbaum", None, P), ("Election", "Claudia Sheinbaum", None, P)])
case("2026-05-12", "BAMAKO, May 12 (AFP) - Former army chief Adama Kone was sworn in as Mali's interim president "
     "on Monday, two weeks after the ouster of President Ibrahim Traore.",
     [("Other/TakingOffice", "Adama Kone", None, P)], absent=("Ibrahim Traore",))
case("2026-04-02", "LONDON, April 2 (Reuters) - Britain's Conservative Party elected Sarah Holt as its new leader "
     "on Thursday, defeating rival Tom Marsh by 58 percent to 42 percent in a vote of party members.",
     [("Election", "Sarah Holt", None, P)])
case("2026-03-04", "The free trade agreement between Chile and Vietnam entered into force on Monday.",
     [("Other/TreatyEntryIntoForce", "Chile", None, P)])
# ---- single constructions -------------------------------------------------------------------------
D = "2026-03-04"
case(D, "Sworn in as prime minister on Friday, Rosa Lind named a new cabinet.",
     [("Other/TakingOffice", "Rosa Lind", None, P)])
case(D, "Elected in May, Jonas Berg has visited Riga twice.", [("Election", "Jonas Berg", None, P)])
case(D, "Re-elected in a landslide last month, Rosa Lind said on Friday she would cut taxes.",
     [("Election", "Rosa Lind", None, P)])
case(D, "Asked about the vote, Rosa Lind said nothing.", nothing=("Election",))
case(D, "Lithuanian lawmakers elected Ona Petraitiene speaker of parliament on Tuesday.",
     [("Election", "Ona Petraitiene", None, P)])
case(D, "The president appointed Ilse Varga as envoy to Chile on Monday.",
     [("Other/Appointment", "Ilse Varga", None, P)])
case(D, "Her predecessor, Jaan Ruus, resigned in January.", [("Other/Resignation", "Jaan Ruus", None, P)])
case(D, "The ministry's spokesman, Arvo Pukk, said on Monday the talks would resume.",
     [("Statement", "Arvo Pukk", None, P)])
case(D, "Mr. Dane took office in 2019.", [("Other/TakingOffice", "Dane", None, P)])
case(D, "Mr. O'Brien resigned on Monday.", [("Other/Resignation", "O'Brien", None, P)])
case(D, "Ivo Dane won the election in 2019. Mr. Dane took office in March.",
     [("Election", "Ivo Dane", None, P), ("Other/TakingOffice", "Ivo Dane", None, P)],
     xfail="a given name the lists lack ('Ivo') leaves the full name unknown, so the honorific's surname "
           "resolves to nobody earlier")
case(D, "President Anna Berg accepted his resignation on Monday.", nothing=("Other/Resignation",))
case(D, "Interior Minister Pavel Hrad was dismissed on Tuesday over his handling of the floods.",
     [("Other/Dismissal", "Pavel Hrad", None, P)])
case(D, "Pavel Hrad, who was sacked on Tuesday, said he would appeal.",
     [("Other/Dismissal", "Pavel Hrad", None, P), ("Statement", "Pavel Hrad", None, P)])
case(D, "Pavel Hrad, who was fired on Tuesday, said he would appeal.",
     [("Other/Dismissal", "Pavel Hrad", None, P), ("Statement", "Pavel Hrad", None, P)],
     xfail="'fire' is no verb of the frames (adding it changed a measure-part event: missiles are fired "
           "too), so the relative clause lends no object")
case(D, "The case was dismissed on Tuesday.", nothing=("Other/Dismissal",))
case(D, "Tens of thousands of people took to the streets of Tbilisi on Saturday to protest against the "
     "government.", [("Other/Protest", None, None, P)])
case(D, "Fans took to the streets of Riga to celebrate the title on Sunday.", nothing=("Other/Protest",))
case(D, "Anna Berg clinched the Democratic nomination on Tuesday.", [("Election", "Anna Berg", None, P)])
case(D, "Anna Berg secured the party's presidential nomination on Tuesday.", [("Election", "Anna Berg", None, P)])
case(D, "Anna Berg won the nomination for best actress on Tuesday.", nothing=("Election",))
case(D, "Lena Sauer's appointment as defence minister on Monday surprised the party.",
     [("Other/Appointment", "Lena Sauer", None, P)])
case(D, "Armed men stormed a police station in northern Burkina Faso on Sunday, killing 12 officers, the army "
     "said.", [("Other/Attack", None, None, P)])
case(D, "Tom Becker sent his condolences to the family of Anna Berg on Monday.",
     [("Statement", "Tom Becker", None, P)])
case(D, "Canada imposed sanctions on five Russian officials on Friday.", [("Other/Sanctions", "Canada", None, P)])
case(D, "Ruling party leader Ivo Dane won 52 percent of the vote in Sunday's presidential election.",
     [("Election", "Ivo Dane", None, P)])
case(D, "Prime Minister Ivo Dane survived a no-confidence vote in parliament on Tuesday.",
     [("Election", "Ivo Dane", None, P)])
case(D, "Voters in Moldova go to the polls on Sunday to elect a new parliament.",
     [("Election", "Moldova", None, "planned")])
case(D, "Thai lawmakers elected Anutin Charnvirakul as prime minister on Friday.",
     [("Election", "Anutin Charnvirakul", None, P)])
case(D, "Anna Berg was voted in as party leader on Saturday with 61 percent of the vote.",
     [("Election", "Anna Berg", None, P)])
case(D, "Kazakhstan's Senate ratified the agreement on Thursday.", [("Other/Ratification", None, None, P)])
case(D, "Former Angolan President Jose Mendes has died at the age of 82, state media reported on Tuesday.",
     [("Other/Death", "Jose Mendes", None, P)])
case(D, "Iran on Tuesday freed French tourist Claire Morel, who had been held for two years, the French "
     "presidency said.", [("Other/Release", "Claire Morel", None, P)])
case(D, "Sweden formally joined NATO on Thursday.", [("Other/Accession", "Sweden", None, P)])
case(D, "Parliament on Tuesday confirmed Lena Sauer as the country's first female defence minister, with 102 "
     "lawmakers voting in favour.", [("Election", "Lena Sauer", None, P)],
     xfail="a confirmation by a parliamentary vote ('confirmed X as minister') has no trigger line")
case(D, "Kone's inauguration was attended by several West African leaders.",
     [("Other/TakingOffice", None, None, P)],
     xfail="a surname alone that no earlier sentence introduces is no person, so the inauguration has no party")
case(D, "According to a report by the Yonhap news agency, North Korea fired two ballistic missiles on Tuesday.",
     [("Other/MediaReport", "Yonhap", None, P)],
     xfail="'according to a report by' an agency is read as the agency's statement, not a media report")
case(D, "Anna Berg topped the first round of voting on Sunday.", [("Election", "Anna Berg", None, P)])
case(D, "Clara Dumont won the first round of talks with the union.", nothing=("Election",))
case(D, "Anna Berg, the ruling party's candidate, won the first round with 44 percent and will face Tom Becker in "
     "a run-off on May 18.",
     [("Election", "Anna Berg", None, P), ("Election", "Tom Becker", None, "planned")],
     xfail="the run-off is told twice ('face', 'run-off') with one party each, and the first round merges "
           "with one of them")
case(D, "President Vladimir Putin relieved Tom Becker of his post as governor on Monday.",
     [("Other/Dismissal", "Tom Becker", None, P)])
case(D, "Tom Becker announced his resignation on Monday.", [("Other/Resignation", "Tom Becker", None, P)])
case(D, "A suicide bomber killed 12 people at a market in Kabul on Monday, police said.",
     [("Other/Attack", None, None, P)])
case(D, "Russian missiles struck Kyiv on Monday night, killing three people.", [("Other/Attack", "Russia", None, P)])
case(D, "The drones hit their targets, the army said on Monday.", nothing=("Other/Attack",))
case(D, "Finland became NATO's 31st member on Tuesday.", [("Other/Accession", "NATO", None, P)])
case(D, "Finland became NATO's 31st member state on Tuesday.", [("Other/Accession", "Finland", None, P)],
     xfail="the subject of 'became' (no verb of the frames) is not kept beside the organisation")
case(D, "Russian lawmakers ratified the agreement on Wednesday.", [("Other/Ratification", "Russia", None, P)],
     xfail="a country adjective before a collective ('Russian lawmakers') is no party of what they do")
case("2026-06-16", "TOKYO, June 16 (Kyodo) - Japanese lawmakers on Tuesday passed a no-confidence motion against "
     "Prime Minister Taro Yamada's cabinet.", [("Election", "Taro Yamada", None, P)])
case(D, "Anna Berg was leading with 52 percent of the vote, with 90 percent of ballots counted.",
     [("Election", "Anna Berg", None, "past|ongoing")])
case(D, "Anna Berg swept to victory in Sunday's election.", [("Election", "Anna Berg", None, P)])
case(D, "Anna Berg cruised to victory in Sunday's presidential election.", [("Election", "Anna Berg", None, P)])
case(D, "Anna Berg swept to power in a coup on Sunday.", nothing=("Election",))
case(D, "Anna Berg won the mayoral race in Riga on Tuesday.", [("Election", "Anna Berg", None, P)])
case(D, "Anna Berg won the 100-metre race in Riga on Tuesday.", nothing=("Election",))
case(D, "Anna Berg was chosen as the party's new leader on Saturday.", [("Election", "Anna Berg", None, P)])
case(D, "Vladimir Putin signed the Federal Law On Ratifying the Treaty on Comprehensive Strategic Partnership "
     "between Russia and Iran.", [("Other/Ratification", None, None, P)], nothing=("AgreementSigning",))
case(D, "Tom Becker named Anna Berg as his successor on Monday.", [("Other/Appointment", "Anna Berg", None, P)])
case(D, "Anna Berg was named Tom Becker's successor on Monday.", [("Other/Appointment", "Anna Berg", None, P)])
case(D, "Tom Becker's death on Monday shocked the country.", [("Other/Death", "Tom Becker", None, P)])
case(D, "Tom Becker's dismissal as defence minister on Monday surprised the coalition.",
     [("Other/Dismissal", "Tom Becker", None, P)])
case(D, "Tom Becker's arrest on Monday sparked protests.", [("Other/Arrest", "Tom Becker", None, P)])
case(D, "Anna Berg has led the party since Tom Becker's resignation as leader in March.",
     [("Other/Resignation", "Tom Becker", None, P)], absent=("Anna Berg",),
     xfail="the resignation noun takes every actor of its clause (a line of its own with owner slots lost a "
           "measure-part match)")
case(D, "The talks were postponed after the death of President Tom Becker on Monday.",
     [("Other/Death", "Tom Becker", None, P)],
     xfail="the postponement's status reaches the death told after 'after'")
case(D, "Tom Becker will resign next week, the Financial Times reported on Monday, citing sources.",
     [("Other/Resignation", "Tom Becker", None, "planned"), ("Other/MediaReport", "Financial Times", None, P)])
case(D, "Tom Becker is expected to resign on Friday.", [("Other/Resignation", "Tom Becker", None, "planned")])
case(D, "Critics say Tom Becker should resign.", nothing=("Other/Resignation",))
case(D, "Anna Berg called on Tom Becker to resign.", nothing=("Other/Resignation",))
case(D, "Tom Becker said he would not resign.", nothing=("Other/Resignation",))
case(D, "Tom Becker will resign if he loses the vote.", nothing=("Other/Resignation",))
case("2024-11-04", "CHISINAU, Nov 4 (AFP) - Moldova's President Maia Sandu won a second term in Sunday's run-off "
     "election. Sandu, 52, a former World Bank economist, was first elected in 2020.",
     [("Election", "Maia Sandu", None, P), ("Election", "Maia Sandu", None, P)], absent=("World Bank",))
case(D, "Anna Berg, 64, a former general, announced on Monday that she would step down as defence minister.",
     [("Other/Resignation", "Anna Berg", None, "planned")])
case("2024-12-05", "TBILISI, Georgia (AP) — Nika Melia, leader of the Coalition for Change, was detained outside "
     "parliament on Wednesday, his party said.", [("Other/Arrest", "Nika Melia", None, P)])
case("2025-03-05", "BISHKEK, March 5. /TASS/. Abdyldaev, 49, who previously headed the budget committee, resigned "
     "on Monday.", [("Other/Resignation", "Abdyldaev", None, P)])
case(D, "In Riga, 12, people protested on Monday.", nothing=("Other/Resignation",), absent=("Riga",))
case("2025-06-04", "SEOUL, June 4 (Yonhap) -- Kim Min-seok was sworn in as South Korea's new prime minister on "
     "Wednesday. President Lee Jae-myung appointed Kim shortly after the vote, the presidential office said. Lee "
     "also named Wi Sung-lac, a former ambassador to Russia, as his national security adviser on Wednesday.",
     [("Other/TakingOffice", "Kim Min-seok", None, P), ("Other/Appointment", "Kim Min-seok", None, P),
      ("Other/Appointment", "Wi Sung-lac", None, P)])
case(D, "The president appointed Jonas Meier, a former diplomat, to the board.", nothing=("Other/Appointment",))
case("2025-06-04", "SEOUL, June 4 (Yonhap) -- Kim Min-seok, a four-term lawmaker, replaces Han Duck-soo, who "
     "resigned in May to run in the presidential election.", [("Other/Resignation", "Han Duck-soo", None, P)],
     absent=("Kim Min-seok",),
     xfail="'Han Duck-soo' is no person the entities step finds here (a family name first, no title), so the "
           "relative clause has no antecedent")
case(D, "Paula Brandstetter replaces Tom Becker, who resigned in May.", [("Other/Resignation", "Tom Becker", None, P)],
     absent=("Paula Brandstetter",))
# ---- nothing ----------------------------------------------------------------------------------
for text in ("Resignations are rare in Japanese politics.",
             "The opposition has repeatedly called for the defence minister's resignation.",
             "Protesters demanded that the interior minister resign.",
             "If elected, Ivo Dane would lower taxes.",
             "Presidents are usually sworn in in January.",
             "The party will choose a new leader if Anna Berg loses the vote.",
             "Voters in the region typically back the ruling party.",
             "Critics say the president should step down.",
             "He refused to resign despite the scandal.",
             "Anna Berg has never been elected to any office.",
             "Ministers who resign must return their official cars.",
             "Elections are held every four years.",
             "Protests are banned in the capital."):
    case(D, text, nothing=("Election", "Other/Resignation", "Other/TakingOffice", "Other/Protest",
                           "Other/Appointment", "Other/Dismissal"))


@pytest.mark.parametrize("dct,text,events,nothing,absent", [
    pytest.param(*c, marks=[pytest.mark.xfail(reason=XFAIL[c[1]], strict=True)] if c[1] in XFAIL else [],
                 id=c[1][:70]) for c in CASES])
def test_wire_report(dct, text, events, nothing, absent):
    evs = events_of(text, "en", dct)
    for cls in {wanted_class(w[0]) for w in events}:
        got = list(told_of(evs, cls))
        wanted = [w for w in events if wanted_class(w[0]) == cls]
        for w in sorted(wanted, key=lambda w: w[1] is None):  # named ones first, one event each
            hit = next((e for e in got if matches(e, w)), None)
            assert hit is not None, f"{w} not in: {show(evs)}"
            got.remove(hit)
            assert not set(absent) & {p.name for p in hit.participants}, show([hit])
        assert not got, f"more {cls} than {len(wanted)}: {show(evs)}"
    for cls in nothing:
        assert not [e for e in told_of(evs, cls) if e.status in ASSERTED], show(evs)

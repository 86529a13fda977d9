"""German acts of office and of state (Other), votes (Election) and meetings (Contact), each told in
several wordings: agency wire, newspaper, government readout and Wikinews style, active and
passive, verb and noun, perfect and simple past, headline style.

The sentences were written for this test (names invented or generic; a few real countries and
offices). Every positive case names the event a careful reader lists under the conventions of the
development set's README: the record type (every subtype of Other is Other; Meeting and Summit are
one class), the subtype where kb gives one, one participant whose name must appear (or None), the
date against the publication date (or None) and the status. What kb does not meet yet is marked
xfail (strict) with the reason. The second list holds sentences that must produce no event at all:
generic, habitual, hypothetical, negated and figurative uses of the same words.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from kb.model import RECORD_TYPES, Document
from kb.pipeline import analyse

WED = "2024-03-13"  # a Wednesday: "am Montag" told in the past is 2024-03-11, "am Freitag" to come 2024-03-15
MON, TUE, SUN, FRI = "2024-03-11", "2024-03-12", "2024-03-10", "2024-03-15"
O, E, M = "Other", "Election", "Meeting|Summit"


class Exp(NamedTuple):
    type: str  # record type; "Meeting|Summit" accepts either
    subtype: str | None  # the subtype kb gives, or None (not checked)
    name: str | None  # a participant whose name (or mention) contains this, or None
    date: str | None  # the date value without a part of the day, or None (not checked)
    status: str


def record_type(ev) -> tuple[str, str | None]:
    return RECORD_TYPES.get(ev.type, (ev.type, ev.subtype))


def matches(ev, exp: Exp) -> bool:
    rtype, rsub = record_type(ev)
    if rtype not in exp.type.split("|"):
        return False
    if exp.subtype is not None and (ev.subtype or rsub) not in exp.subtype.split("|"):
        return False
    if exp.name is not None and not any(
            exp.name.lower() in (p.name or "").lower() or exp.name.lower() in (p.label or "").lower()
            for p in ev.participants):
        return False
    if exp.date is not None and (ev.date is None or "/".join(v[:10] for v in ev.date.value.split("/")) != exp.date):
        return False
    return ev.status in exp.status.split("|")


def describe(events) -> str:
    return "; ".join(f"{record_type(e)[0]}/{e.subtype or record_type(e)[1]}/{e.status}/"
                     f"{e.date.value if e.date else None}/{sorted(p.name or p.label for p in e.participants)}"
                     for e in events) or "(none)"


def run(text: str, dct: str = WED):
    return analyse(Document(id="o", text=text, lang="de", published=dt.date.fromisoformat(dct))).events


CASES = [
    # --- taking office: oath, inauguration, entry into office
    ("Tomas Reyes ist am Montag als neuer Staatspräsident vereidigt worden.", Exp(O, "TakingOffice", "Tomas Reyes", MON, "past")),
    ("Vor dem Parlament legte Paula Brandstetter am Dienstag den Amtseid ab.", Exp(O, "TakingOffice", "Paula Brandstetter", TUE, "past")),
    ("Marta Kovalenko trat am Montag ihr Amt als Regierungschefin an.", Exp(O, "TakingOffice", "Marta Kovalenko", MON, "past")),
    ("Die Amtseinführung von Tomas Reyes findet am Freitag in Vilnius statt.", Exp(O, "TakingOffice", "Tomas Reyes", FRI, "planned")),
    ("Paul Kern wird am Freitag als Bürgermeister vereidigt.", Exp(O, "TakingOffice", "Paul Kern", FRI, "planned")),
    ("Bundespräsident Tomas Reyes hat am Dienstag seinen Amtseid geleistet.", Exp(O, "TakingOffice", "Tomas Reyes", TUE, "past")),
    ("Nach ihrer Vereidigung am Montag reiste Paula Brandstetter nach Paris.", Exp(O, "TakingOffice", "Paula Brandstetter", MON, "past")),
    ("Marta Kovalenko übernahm am Dienstag die Amtsgeschäfte von ihrem Vorgänger.", Exp(O, "TakingOffice", "Marta Kovalenko", TUE, "past")),
    ("Paula Brandstetter löst am 1. April Tomas Reyes an der Spitze der Partei ab.", Exp(O, "TakingOffice", "Paula Brandstetter", "2024-04-01", "planned")),
    ("Tomas Reyes ist seit Montag neuer Regierungschef.", Exp(O, "TakingOffice", "Tomas Reyes", MON, "past")),
    ("Paul Kern hat am Dienstag seinen Dienst als Botschafter in Oslo angetreten.", Exp(O, "TakingOffice", "Paul Kern", TUE, "past")),
    # --- treaties signed, concluded
    ("Polen und Litauen unterzeichneten am Montag in Warschau ein Abkommen über den Grenzschutz.", Exp(O, "Treaty", "Polen", MON, "past")),
    ("Am Dienstag wurde in Oslo ein Freihandelsabkommen zwischen Norwegen und Kanada unterzeichnet.", Exp(O, "Treaty", None, TUE, "past")),
    ("Frankreich und Italien haben am Montag einen Freundschaftsvertrag geschlossen.", Exp(O, "Treaty", "Frankreich", MON, "past")),
    ("Die Außenminister Schwedens und Finnlands setzten am Dienstag ihre Unterschrift unter ein Sicherheitsabkommen.", Exp(O, "Treaty", None, TUE, "past")),
    ("Unterzeichnung in Rom: Italien und Spanien besiegeln Energiepartnerschaft", Exp(O, "Treaty", "Italien", None, "past")),
    ("Österreich und Ungarn wollen am Freitag ein Abkommen über die Zusammenarbeit der Polizei unterzeichnen.", Exp(O, "Treaty", "Österreich", FRI, "planned")),
    # --- treaties taking effect, applied provisionally
    ("Das Abkommen zwischen Norwegen und Schweden tritt am 1. April in Kraft.", Exp(O, "TreatyEntryIntoForce", "Norwegen", "2024-04-01", "planned")),
    ("Der Vertrag ist am Montag in Kraft getreten.", Exp(O, "TreatyEntryIntoForce", None, MON, "past")),
    ("Mit dem Inkrafttreten des Abkommens am 1. Februar fielen die Zölle zwischen Kanada und Mexiko weg.", Exp(O, "TreatyEntryIntoForce", None, "2024-02-01", "past")),
    ("Seit dem 1. März wird das Handelsabkommen zwischen der Europäischen Union und Kanada vorläufig angewendet.", Exp(O, "TreatyProvisionalApplication|TreatyEntryIntoForce", "Kanada", "2024-03-01", "past|ongoing")),
    ("Chile und die Europäische Union beginnen am 1. April mit der vorläufigen Anwendung ihres Handelsvertrags.", Exp(O, "TreatyProvisionalApplication|TreatyEntryIntoForce", "Europäische Union", "2024-04-01", "planned")),
    ("Das Abkommen zwischen Kanada und Mexiko trat am Montag vorläufig in Kraft.", Exp(O, "TreatyProvisionalApplication|TreatyEntryIntoForce", None, MON, "past")),
    # --- declarations: independence, emergency, recognition
    ("Montenegro rief am 3. Juni 2006 seine Unabhängigkeit aus.", Exp(O, "Declaration", "Montenegro", "2006-06-03", "past")),
    ("Die Regierung Georgiens verhängte am Dienstag den Ausnahmezustand.", Exp(O, "Declaration", "Georgia", TUE, "past")),
    ("In Ecuador wurde am Montag der Notstand ausgerufen.", Exp(O, "Declaration", "Ecuador", MON, "past")),
    ("Frankreich hat am Dienstag den Staat Palästina offiziell anerkannt.", Exp(O, "Declaration", "Frankreich", TUE, "past")),
    ("Die Bundesregierung erkannte am Montag den Übergangsrat als legitime Vertretung des Landes an.", Exp(O, "Declaration", None, MON, "past")),
    # --- joint statements
    ("Deutschland und Frankreich veröffentlichten am Montag eine gemeinsame Erklärung zur Lage in Nahost.", Exp("Statement", None, "Germany", MON, "past")),
    ("In einer gemeinsamen Erklärung riefen Polen und Litauen am Dienstag zu Verhandlungen auf.", Exp("Statement", None, "Poland", TUE, "past")),
    ("Die Außenminister Italiens und Spaniens gaben am Montag eine gemeinsame Erklärung ab.", Exp("Statement", None, None, MON, "past")),
    ("Paula Brandstetter und Tomas Reyes verabschiedeten am Dienstag eine gemeinsame Erklärung.", Exp("Statement|Other", None, "Paula Brandstetter", TUE, "past")),
    # --- appointments
    ("Tomas Reyes ernannte am Montag Paul Kern zum neuen Außenminister.", Exp(O, "Appointment", "Paul Kern", MON, "past")),
    ("Paula Brandstetter ist am Dienstag zur Verteidigungsministerin ernannt worden.", Exp(O, "Appointment", "Paula Brandstetter", TUE, "past")),
    ("Die Ernennung von Paul Kern zum Botschafter erfolgte am Montag.", Exp(O, "Appointment", "Paul Kern", MON, "past")),
    ("Marta Kovalenko wurde am Montag zur Sondergesandten für die Region berufen.", Exp(O, "Appointment", "Marta Kovalenko", MON, "past")),
    ("Der Präsident beauftragte am Dienstag Paul Kern mit der Regierungsbildung.", Exp(O, "Appointment", "Paul Kern", TUE, "past")),
    ("Paul Kern wird am Freitag zum Generalsekretär ernannt.", Exp(O, "Appointment", "Paul Kern", FRI, "planned")),
    ("Tomas Reyes berief am Montag Paul Kern zum Regierungssprecher.", Exp(O, "Appointment", "Paul Kern", MON, "past")),
    ("Tomas Reyes nominierte am Dienstag Marta Kovalenko für das Amt der Außenministerin.", Exp(O, "Appointment", "Marta Kovalenko", TUE, "past")),
    # --- dismissals
    ("Der Präsident entließ am Montag seinen Innenminister Paul Kern.", Exp(O, "Dismissal", "Paul Kern", MON, "past")),
    ("Paul Kern wurde am Dienstag als Armeechef entlassen.", Exp(O, "Dismissal", "Paul Kern", TUE, "past")),
    ("Das Parlament enthob Präsident Tomas Reyes am Montag seines Amtes.", Exp(O, "Dismissal", "Tomas Reyes", MON, "past")),
    ("Tomas Reyes wurde am Dienstag seines Amtes enthoben.", Exp(O, "Dismissal", "Tomas Reyes", TUE, "past")),
    ("Die Entlassung von Paul Kern als Geheimdienstchef wurde am Montag bekannt.", Exp(O, "Dismissal", "Paul Kern", None, "past")),
    # --- resignations
    ("Regierungschef Tomas Reyes trat am Montag zurück.", Exp(O, "Resignation", "Tomas Reyes", MON, "past")),
    ("Paula Brandstetter hat am Dienstag ihren Rücktritt erklärt.", Exp(O, "Resignation", "Paula Brandstetter", TUE, "past")),
    ("Rücktritt in Vilnius: Tomas Reyes gibt auf", Exp(O, "Resignation", "Tomas Reyes", None, "past")),
    ("Marta Kovalenko legte am Montag ihr Mandat nieder.", Exp(O, "Resignation", "Marta Kovalenko", MON, "past")),
    ("Der Minister Paul Kern ist am Dienstag zurückgetreten.", Exp(O, "Resignation", "Paul Kern", TUE, "past")),
    ("Paula Brandstetter reichte am Montag ihren Rücktritt ein.", Exp(O, "Resignation", "Paula Brandstetter", MON, "past")),
    ("Tomas Reyes kündigte am Dienstag seinen Rücktritt zum Monatsende an.", Exp(O, "Resignation", "Tomas Reyes", None, "planned|past")),
    # --- deaths
    ("Der frühere Präsident Tomas Reyes ist am Montag im Alter von 88 Jahren gestorben.", Exp(O, "Death", "Tomas Reyes", MON, "past")),
    ("Paula Brandstetter starb am Dienstag in Oslo.", Exp(O, "Death", "Paula Brandstetter", TUE, "past")),
    ("Der Tod von Paul Kern am Montag löste Trauer aus.", Exp(O, "Death", "Paul Kern", MON, "past")),
    ("Die ehemalige Außenministerin Marta Kovalenko ist tot.", Exp(O, "Death", "Marta Kovalenko", None, "past")),
    ("Tomas Reyes wurde am Montag in Vilnius ermordet.", Exp(O, "Death", "Tomas Reyes", MON, "past")),
    ("Paul Kern verstarb am Dienstag nach langer Krankheit.", Exp(O, "Death", "Paul Kern", TUE, "past")),
    ("Paul Kern wurde am Montag tot in seiner Wohnung aufgefunden.", Exp(O, "Death", "Paul Kern", MON, "past")),
    ("Der frühere Außenminister Paul Kern ist am Dienstag einem Herzinfarkt erlegen.", Exp(O, "Death", "Paul Kern", TUE, "past")),
    ("Paula Brandstetter erlag am Montag in einer Klinik ihren Verletzungen.", Exp(O, "Death", "Paula Brandstetter", MON, "past")),
    # --- attacks
    ("Bei einem Anschlag in Kabul wurden am Montag zwölf Menschen getötet.", Exp(O, "Attack", None, MON, "past")),
    ("Präsident Tomas Reyes hat am Dienstag ein Attentat überlebt.", Exp(O, "Attack", "Tomas Reyes", TUE, "past")),
    ("Der Anschlag auf Paula Brandstetter am Montag schockierte das Land.", Exp(O, "Attack", "Paula Brandstetter", MON, "past")),
    ("Ein Terroranschlag erschütterte am Dienstag die Innenstadt von Brüssel.", Exp(O, "Attack", None, TUE, "past")),
    ("Auf den Konvoi von Paul Kern wurde am Montag ein Sprengstoffanschlag verübt.", Exp(O, "Attack", None, MON, "past")),
    ("Unbekannte haben am Dienstag einen Anschlag auf die Botschaft Polens in Bagdad verübt.", Exp(O, "Attack", "Poland", TUE, "past")),
    ("Tomas Reyes fiel am Montag einem Attentat zum Opfer.", Exp(O, "Attack|Death", "Tomas Reyes", MON, "past")),
    ("Paula Brandstetter wurde am Dienstag Opfer eines Anschlags.", Exp(O, "Attack", "Paula Brandstetter", TUE, "past")),
    # --- awards
    ("Paula Brandstetter erhielt am Montag den Friedensnobelpreis.", Exp(O, "Award", "Paula Brandstetter", MON, "past")),
    ("Der Bundespräsident verlieh Tomas Reyes am Dienstag das Bundesverdienstkreuz.", Exp(O, "Award", "Tomas Reyes", TUE, "past")),
    ("Marta Kovalenko wurde am Montag mit dem Karlspreis ausgezeichnet.", Exp(O, "Award", "Marta Kovalenko", MON, "past")),
    ("Der Preis wurde Paul Kern am Dienstag in Aachen überreicht.", Exp(O, "Award", "Paul Kern", TUE, "past")),
    ("Tomas Reyes nahm am Montag in Oslo den Preis entgegen.", Exp(O, "Award", "Tomas Reyes", MON, "past")),
    ("Paula Brandstetter wurde am Dienstag die Ehrenbürgerschaft der Stadt Oslo verliehen.", Exp(O, "Award", "Paula Brandstetter", TUE, "past")),
    # --- protests
    ("Tausende Menschen demonstrierten am Sonntag in Belgrad gegen die Regierung von Tomas Reyes.", Exp(O, "Protest", None, SUN, "past")),
    ("Proteste gegen Präsident Tomas Reyes erschütterten am Montag die Hauptstadt.", Exp(O, "Protest", "Tomas Reyes", MON, "past")),
    ("Am Dienstag protestierten in Tiflis Zehntausende gegen die Regierung.", Exp(O, "Protest", None, TUE, "past")),
    ("Die Massenproteste gegen Paula Brandstetter dauern seit Montag an.", Exp(O, "Protest", "Paula Brandstetter", None, "ongoing|past")),
    ("Bei einer Demonstration gegen die Regierung in Budapest gingen am Sonntag Zehntausende auf die Straße.", Exp(O, "Protest", None, SUN, "past")),
    ("Zehntausende Menschen gingen am Montag in Bratislava auf die Straße.", Exp(O, "Protest", None, MON, "past")),
    # --- releases
    ("Der Journalist Paul Kern ist am Montag aus der Haft entlassen worden.", Exp(O, "Release", "Paul Kern", MON, "past")),
    ("Die Behörden ließen Marta Kovalenko am Dienstag frei.", Exp(O, "Release", "Marta Kovalenko", TUE, "past")),
    ("Nach der Freilassung von Paul Kern am Montag reiste Tomas Reyes nach Minsk.", Exp(O, "Release", "Paul Kern", MON, "past")),
    ("Marta Kovalenko kam am Dienstag nach zwei Jahren Haft frei.", Exp(O, "Release", "Marta Kovalenko", TUE, "past")),
    ("Paul Kern wurde am Montag freigelassen.", Exp(O, "Release", "Paul Kern", MON, "past")),
    ("Der Präsident begnadigte am Dienstag den Oppositionellen Paul Kern.", Exp(O, "Release", "Paul Kern", TUE, "past")),
    ("Marta Kovalenko kam am Montag auf freien Fuß.", Exp(O, "Release", "Marta Kovalenko", MON, "past")),
    ("Russland und die Ukraine tauschten am Dienstag Gefangene aus.", Exp(O, "Release", "Ukraine", TUE, "past")),
    # --- ratifications
    ("Das Parlament in Ankara ratifizierte am Dienstag den Beitritt Schwedens zur Nato.", Exp(O, "Ratification", None, TUE, "past")),
    ("Der Bundestag hat das Abkommen mit Kanada am Montag ratifiziert.", Exp(O, "Ratification", "Canada", MON, "past")),
    ("Die Ratifizierung des Vertrags durch Ungarn erfolgte am Montag.", Exp(O, "Ratification", "Ungarn", MON, "past")),
    ("Die Abgeordneten votierten am Dienstag für die Ratifizierung des Vertrags mit Norwegen.", Exp(O, "Ratification", "Norway", TUE, "past")),
    ("Der Senat billigte am Montag den Vertrag mit Kanada.", Exp(O, "Ratification", None, MON, "past")),
    ("Das Europäische Parlament stimmte am Mittwoch dem Abkommen mit Kanada zu.", Exp(O, "Ratification", "Europäische", WED, "past")),
    ("Die Abgeordneten des Europäischen Parlaments stimmten am Dienstag für den Beitritt Schwedens zur Nato.", Exp(O, "Ratification", "Europäische", TUE, "past")),
    # --- referendums
    ("Bei einem Referendum am Sonntag stimmten die Schweizer für das Abkommen.", Exp(E, "Referendum", None, SUN, "past")),
    ("In Irland findet am Freitag eine Volksabstimmung über die Verfassung statt.", Exp(E, "Referendum", None, FRI, "planned")),
    ("Die Italiener lehnten am Sonntag in einem Referendum die Reform ab.", Exp(E, "Referendum", None, SUN, "past")),
    ("Das Referendum über die Unabhängigkeit Schottlands fand im September 2014 statt.", Exp(E, "Referendum", None, "2014-09", "past")),
    ("Die Wähler in Dänemark stimmten am Sonntag in einer Volksabstimmung gegen den Euro.", Exp(E, "Referendum", None, SUN, "past")),
    # --- founding: diplomatic relations, organisations
    ("Deutschland und Israel nahmen 1965 diplomatische Beziehungen auf.", Exp(O, "Relations", "Deutschland", "1965", "past")),
    ("Die Aufnahme diplomatischer Beziehungen zwischen Polen und Vietnam jährt sich in diesem Jahr zum 75. Mal.", Exp(O, "Relations", "Polen", None, "past")),
    ("Die Europäische Union wurde 1993 gegründet.", Exp(O, "Founding", "Europäische Union", "1993", "past")),
    ("Norwegen und Chile haben am Montag diplomatische Beziehungen aufgenommen.", Exp(O, "Relations", "Norwegen", MON, "past")),
    ("Die Gründung der Afrikanischen Union im Jahr 2002 war ein Neuanfang.", Exp(O, "Founding", "Afrikanischen Union", "2002", "past")),
    ("Vor 50 Jahren nahmen Frankreich und China diplomatische Beziehungen auf.", Exp(O, "Relations", "Frankreich", None, "past")),
    # --- the start of a war
    ("Russland überfiel am 24. Februar 2022 die Ukraine.", Exp(O, "WarStart", "Russland", "2022-02-24", "past")),
    ("Seit Kriegsbeginn im Februar 2022 hat sich vieles geändert.", Exp(O, "WarStart", None, "2022-02", "past")),
    ("Im Februar 2022 marschierte Russland in die Ukraine ein.", Exp(O, "WarStart", "Russland", "2022-02", "past")),
    ("Der russische Angriffskrieg gegen die Ukraine begann im Februar 2022.", Exp(O, "WarStart", None, "2022-02", "past")),
    # --- media reports (the outlet as participant)
    ("Die Nachrichtenagentur Reuters berichtete am Montag, die Gespräche seien gescheitert.", Exp(O, "MediaReport", "Reuters", MON, "past")),
    ("Wie die Zeitung „Kurier“ am Dienstag berichtete, trat Paul Kern zurück.", Exp(O, "MediaReport", None, TUE, "past")),
    ("Laut Medienberichten vom Montag ist die Regierung zerstritten.", Exp(O, "MediaReport", None, None, "past")),
    ("Das Staatsfernsehen meldete am Dienstag den Tod des Präsidenten.", Exp(O, "MediaReport", None, TUE, "past")),
    ("Die staatliche Nachrichtenagentur Xinhua meldete am Montag eine Einigung.", Exp(O, "MediaReport", "Xinhua", MON, "past")),
    ("Die Agentur AFP berichtete am Dienstag unter Berufung auf Diplomaten von Fortschritten.", Exp(O, "MediaReport", "AFP", TUE, "past")),
    ("Die Staatsmedien berichteten am Montag von einem Treffen.", Exp(O, "MediaReport", None, MON, "past")),
    ("Nach Angaben der staatlichen Nachrichtenagentur Xinhua traf Paul Kern am Montag Tomas Reyes.", Exp(O, "MediaReport", "Xinhua", None, "past")),
    ("Laut einem Bericht der Nachrichtenagentur Reuters vom Montag ist Paul Kern zurückgetreten.", Exp(O, "MediaReport", "Reuters", None, "past")),
    ("Laut einem Bericht der Nachrichtenagentur Reuters ist Paul Kern am Dienstag zurückgetreten.", Exp(O, "MediaReport", "Reuters", None, "past")),
    # --- written responses and requests
    ("Die Regierung antwortete am Montag schriftlich auf die Vorschläge Russlands.", Exp(O, "WrittenResponse", None, MON, "past")),
    ("Die USA haben Russland am Dienstag ihre schriftliche Antwort übergeben.", Exp(O, "WrittenResponse", "United States", TUE, "past")),
    ("In einem Brief vom Montag antwortete Paula Brandstetter auf die Anfrage von Tomas Reyes.", Exp(O, "WrittenResponse", "Paula Brandstetter", MON, "past")),
    ("Die Nato übermittelte am Montag eine schriftliche Antwort an Russland.", Exp(O, "WrittenResponse", None, MON, "past")),
    ("Die Ukraine bat am Montag die Europäische Union um weitere Hilfe.", Exp(O, "Request", "Europäische Union", MON, "past")),
    ("Paula Brandstetter hat Paul Kern am Dienstag gebeten, einen Bericht zu schreiben.", Exp(O, "Request", "Paula Brandstetter", TUE, "past")),
    ("Polen beantragte am Montag Konsultationen nach Artikel 4 des Nato-Vertrags.", Exp(O, "Request", "Polen", MON, "past")),
    ("Die Regierung in Kiew ersuchte am Dienstag um Unterstützung der Vereinten Nationen.", Exp(O, "Request", None, TUE, "past")),
    # --- incidents
    ("Ein Zwischenfall an der Grenze zwischen Indien und China ereignete sich am Montag.", Exp(O, "Incident", None, MON, "past")),
    ("Am Dienstag stürzte eine russische Drohne auf rumänischem Gebiet ab.", Exp(O, "Incident", None, TUE, "past")),
    ("Ein chinesisches Schiff rammte am Montag ein Boot der philippinischen Küstenwache.", Exp(O, "Incident", None, MON, "past")),
    ("Bei einem Grenzzwischenfall wurden am Dienstag zwei Soldaten verletzt.", Exp(O, "Incident", None, TUE, "past")),
    # --- religious events
    ("Papst Franziskus feierte am Sonntag eine Messe auf dem Petersplatz.", Exp(O, "ReligiousEvent", "Franziskus", SUN, "past")),
    ("Der Papst spendete am Sonntag den Segen Urbi et Orbi.", Exp(O, "ReligiousEvent", None, SUN, "past")),
    ("Die Seligsprechung von Paul Kern findet am Sonntag in Krakau statt.", Exp(O, "ReligiousEvent", None, "2024-03-17", "planned")),
    ("Erzbischof Paul Kern leitete am Montag einen Gottesdienst für die Opfer.", Exp(O, "ReligiousEvent", "Paul Kern", MON, "past")),
    # --- conferences
    ("Am Montag begann in Genf eine internationale Konferenz über den Wiederaufbau der Ukraine.", Exp(O + "|" + M, None, None, MON, "past|ongoing")),
    ("Die Münchner Sicherheitskonferenz beginnt am Freitag.", Exp(O + "|" + M, None, None, FRI, "planned")),
    ("Die Geberkonferenz für Syrien fand am Dienstag in Brüssel statt.", Exp(O + "|" + M, None, None, TUE, "past")),
    ("Die Weltklimakonferenz in Dubai ging am Dienstag zu Ende.", Exp(O + "|" + M, None, None, TUE, "past")),
    # --- elections: popular, parliamentary, party, run-off, confidence vote
    ("Tomas Reyes wurde am Sonntag als Präsident wiedergewählt.", Exp(E, None, "Tomas Reyes", SUN, "past")),
    ("Das Parlament wählte Paula Brandstetter am Dienstag zur Ministerpräsidentin.", Exp(E, None, "Paula Brandstetter", TUE, "past")),
    ("Marta Kovalenko gewann am Sonntag die Stichwahl um das Präsidentenamt.", Exp(E, None, "Marta Kovalenko", SUN, "past")),
    ("In der Stichwahl setzte sich Tomas Reyes am Sonntag gegen Marta Kovalenko durch.", Exp(E, None, "Tomas Reyes", SUN, "past")),
    ("Paula Brandstetter stellte am Montag im Parlament die Vertrauensfrage.", Exp(E, None, "Paula Brandstetter", MON, "past")),
    ("Tomas Reyes hat am Dienstag die Vertrauensabstimmung im Parlament gewonnen.", Exp(E, None, "Tomas Reyes", TUE, "past")),
    ("Die Präsidentenwahl in Finnland findet am 28. April statt.", Exp(E, None, None, "2024-04-28", "planned")),
    ("Bei der Parlamentswahl am Sonntag wurde die Partei von Paul Kern stärkste Kraft.", Exp(E, None, None, SUN, "past")),
    ("Marta Kovalenko ist am Montag zur neuen Parteivorsitzenden gewählt worden.", Exp(E, None, "Marta Kovalenko", MON, "past")),
    ("Der Bundestag hat Paula Brandstetter am Dienstag zur Kanzlerin gewählt.", Exp(E, None, "Paula Brandstetter", TUE, "past")),
    ("Das Konklave wählte am Dienstag Paul Kern zum Papst.", Exp(E, None, "Paul Kern", TUE, "past")),
    ("Die Wiederwahl von Tomas Reyes am Sonntag galt als sicher.", Exp(E, None, "Tomas Reyes", SUN, "past")),
    ("Seit seiner Wahl im Mai 2019 reiste Tomas Reyes dreimal nach Oslo.", Exp(E, None, "Tomas Reyes", "2019-05", "past")),
    ("Die Slowaken wählen am 6. April einen neuen Präsidenten.", Exp(E, None, None, "2024-04-06", "planned")),
    ("In Polen wird am Sonntag ein neues Parlament gewählt.", Exp(E, None, "Polen", "2024-03-17", "planned")),
    ("Portugal wählt am Sonntag ein neues Parlament.", Exp(E, None, "Portugal", "2024-03-17", "planned")),
    ("Die Wähler haben Präsident Tomas Reyes am Sonntag im Amt bestätigt.", Exp(E, None, "Tomas Reyes", SUN, "past")),
    ("Paula Brandstetter wurde am Montag vom Parlament als Kommissionspräsidentin bestätigt.", Exp(E, None, "Paula Brandstetter", MON, "past")),
    ("Tomas Reyes trat bei der Wahl am Sonntag gegen Paula Brandstetter an.", Exp(E, None, "Paula Brandstetter", SUN, "past")),
    ("Tomas Reyes tritt bei der Präsidentenwahl im Mai erneut an.", Exp(E, None, "Tomas Reyes", "2024-05", "planned")),
    ("Paula Brandstetter verlor am Sonntag die Präsidentenwahl gegen Tomas Reyes.", Exp(E, None, "Tomas Reyes", SUN, "past")),
    ("Ein Misstrauensvotum gegen Regierungschef Paul Kern scheiterte am Dienstag im Parlament.", Exp(E, None, "Paul Kern", TUE, "past")),
    # --- contact: meetings, talks, summits
    ("Paula Brandstetter traf sich am Montag in Oslo mit Tomas Reyes.", Exp(M, None, "Tomas Reyes", MON, "past")),
    ("Tomas Reyes kam am Dienstag in Paris mit Emmanuel Macron zusammen.", Exp(M, None, "Tomas Reyes", TUE, "past")),
    ("Paula Brandstetter empfing am Montag Marta Kovalenko im Kanzleramt.", Exp(M, None, "Marta Kovalenko", MON, "past")),
    ("Paul Kern beriet am Dienstag mit Marta Kovalenko über die Lage in Nahost.", Exp(M, None, "Marta Kovalenko", TUE, "past")),
    ("Paula Brandstetter tauschte sich am Montag mit Tomas Reyes über die Migration aus.", Exp(M, None, "Tomas Reyes", MON, "past")),
    ("Das Treffen zwischen Paula Brandstetter und Tomas Reyes fand am Montag in Rom statt.", Exp(M, None, "Tomas Reyes", MON, "past")),
    ("Am Rande des Gipfels sprach Paula Brandstetter am Dienstag mit Marta Kovalenko.", Exp(M, None, "Marta Kovalenko", TUE, "past")),
    ("Bei einem Arbeitsfrühstück mit Tomas Reyes ging es am Montag um Handelsfragen.", Exp(M, None, "Tomas Reyes", MON, "past")),
    ("Nach einem Arbeitsessen mit Marta Kovalenko am Dienstag reiste Paul Kern ab.", Exp(M, None, "Marta Kovalenko", TUE, "past")),
    ("Die Unterredung zwischen Tomas Reyes und Paula Brandstetter dauerte am Montag zwei Stunden.", Exp(M, None, "Tomas Reyes", MON, "past")),
    ("Gespräche in Rom: Paula Brandstetter und Tomas Reyes beraten über Migration", Exp(M, None, "Tomas Reyes", None, "past|ongoing|planned")),
    ("Die Begegnung zwischen Marta Kovalenko und Paul Kern am Dienstag verlief herzlich.", Exp(M, None, "Paul Kern", TUE, "past")),
    ("Der Gipfel der Nato-Staaten findet am 9. Juli in Washington statt.", Exp(M, None, None, "2024-07-09", "planned")),
    ("Paula Brandstetter wird am Freitag mit Tomas Reyes zusammenkommen.", Exp(M, None, "Tomas Reyes", FRI, "planned")),
    ("Paul Kern führte am Montag in Berlin Gespräche mit Marta Kovalenko.", Exp(M, None, "Marta Kovalenko", MON, "past")),
    ("Am Montag trafen sich die Außenminister der G7 in Capri.", Exp(M, None, None, MON, "past")),
    ("Paula Brandstetter nahm am Dienstag an einer Sondersitzung des UN-Sicherheitsrats in New York teil.", Exp(M, None, "Paula Brandstetter", TUE, "past")),
    ("Paula Brandstetter und Tomas Reyes haben am Montag in Genf über einen Waffenstillstand verhandelt.", Exp(M, None, "Tomas Reyes", MON, "past")),
    ("Im Mittelpunkt des Gesprächs von Paula Brandstetter mit Tomas Reyes stand am Dienstag der Handel.", Exp(M, None, "Tomas Reyes", TUE, "past")),
]

NOTHING = [
    "Der Sänger musste nach dem Konzert stundenlang Autogramme unterschreiben.",
    "Die Wähler sind müde.",
    "Wahlen sind wichtig für die Demokratie.",
    "Freie Wahlen gehören zu den Grundpfeilern eines Rechtsstaats.",
    "Wenn die Regierung zurückträte, gäbe es Neuwahlen.",
    "Ein Rücktritt käme für ihn nicht in Frage.",
    "Tomas Reyes denkt nicht an Rücktritt.",
    "Paula Brandstetter ist nicht zurückgetreten.",
    "Der Ministerrat trifft sich jährlich in Brüssel.",
    "Die Minister treffen sich regelmäßig zu Beratungen.",
    "Die Fans treffen sich vor jedem Spiel am Bahnhof.",
    "Der Ball traf den Pfosten.",
    "Die Kritik traf ihn hart.",
    "Der Sturm traf die Küste mit voller Wucht.",
    "Die Aktienkurse erreichten am Montag ein Rekordhoch.",
    "Die Mannschaft gewann am Sonntag das Spiel gegen Bayern München.",
    "Der Film gewann am Sonntag den Publikumspreis.",
    "Der Preis für Benzin stieg am Montag deutlich.",
    "Die Preise für Lebensmittel sind im Februar gesunken.",
    "Der Verein ernannte seinen langjährigen Torwart zum Ehrenmitglied.",
    "Das Unternehmen entließ im Februar 200 Mitarbeiter.",
    "Die Firma wurde 1995 in einer Garage gegründet.",
    "Der Patient starb an einer Lungenentzündung.",
    "Ein Mann ist am Montag bei einem Verkehrsunfall gestorben.",
    "Die Hoffnung stirbt zuletzt.",
    "Die Zeitung erscheint täglich.",
    "Zeitungen berichten oft über Skandale.",
    "Die Schüler demonstrieren jeden Freitag für das Klima.",
    "Der Vertrag des Trainers läuft im Sommer aus.",
    "Der Spieler unterschrieb am Montag einen Vertrag bis 2027.",
    "Die Mieter unterzeichneten den Mietvertrag im Januar.",
    "Abkommen dieser Art brauchen viel Zeit.",
    "Sollte es je zu einem Abkommen kommen, wäre das ein Erfolg.",
    "Die neue Regel tritt für Mieter erst später in Kraft, hieß es im Kleingedruckten.",
    "Der Hund wurde am Montag aus dem Tierheim entlassen.",
    "Die Band feierte am Samstag ihr Comeback.",
    "Die Kinder feierten am Sonntag Geburtstag.",
    "Gespräche unter Nachbarn sind wichtig.",
    "Ein Treffen mit Freunden tut gut.",
    "Die Gipfel der Alpen sind schneebedeckt.",
    "Der Bergsteiger erreichte am Montag den Gipfel.",
    "Die Wahl des richtigen Weins ist schwierig.",
    "Die Kunden haben die Wahl zwischen drei Tarifen.",
    "Die Stimmung im Saal war angespannt.",
    "Der Chor sang am Sonntag in der Kirche.",
    "Die Zeitung bat ihre Leser um Spenden.",
    "Sein Tod wäre ein großer Verlust.",
    "Der Anschlag auf den Weltrekord scheiterte.",
    "Der Film erzählt vom Tod eines Königs.",
    "Die Tarifparteien verhandeln seit Wochen über höhere Löhne.",
    "Im Mittelpunkt des Gesprächs stand der Handel.",
    "Der Kandidat erlag der Versuchung, zu viel zu versprechen.",
    "Laut der Wettervorhersage wird es am Wochenende regnen.",
    "Seine Wahl der Worte war unglücklich.",
    "Die Fans stimmten am Sonntag ein Lied an.",
    "Die Bürger wählen am Sonntag ein neues Parlament.",
    "Die Regierung hat am Sonntag den Termin bestätigt.",
    "Paula Brandstetter löste am Montag das Problem mit den Finanzen.",
    "Der Rentner wurde am Montag Opfer eines Betrugs.",
    "Die Kinder tauschten in der Pause Sammelkarten aus.",
    "Der Termin wurde am Montag vom Parlament bestätigt.",
    "Der Rekrut trat seinen Dienst in der Kaserne an.",
    "Tomas Reyes berief sich am Montag auf Paul Kern.",
    "Die Sitzung des Vereins dauerte am Montag drei Stunden.",
]

# What kb does not meet yet: the start of the sentence -> why.
_NOBODY = "no actor is named (a place, a crowd or an unnamed government is none), and kb keeps no event nobody takes part in"
_REFERENDUM = ("a referendum (an Election, as every vote) is read where its voters or its country are named as "
               "those who hold it; a people voting in it ('die Schweizer stimmten') or a country in the genitive "
               "names no participant, and kb keeps no event nobody takes part in")
_CONFERENCE = "a conference names no actor (its host city is a place), and kb keeps no event nobody takes part in"
XFAIL: dict[str, str] = {
    "Der Vertrag ist am Montag in Kraft": _NOBODY,
    "Seit dem 1. März wird das Handelsabkommen": "'vorläufig angewendet' as a provisional application was tried and "
                                                 "dropped: in the present tense it was dated by the report",
    "Chile und die Europäische Union beginnen": "the noun 'vorläufige Anwendung' was tried and dropped: dated by "
                                                "the report, it gave its date to the entry into force told next",
    "Ein Terroranschlag erschütterte": _NOBODY,
    "Bei einem Referendum am Sonntag": _REFERENDUM,
    "Die Italiener lehnten": _REFERENDUM,
    "Das Referendum über die Unabhängigkeit": _REFERENDUM,
    "Seit Kriegsbeginn im Februar": "the start of a war needs its aggressor, and none is named",
    "Laut Medienberichten": "no outlet is named, so the media report has no participant",
    "Laut einem Bericht der Nachrichtenagentur Reuters ist": "the outlet named right before the clause's verb is "
                                                            "not found as the source's speaker",
    "Polen beantragte am Montag Konsultationen": "'Konsultationen' is read as held talks, not as a request",
    "Am Dienstag stürzte eine russische Drohne": "a crash or a collision is not read as an incident (too many senses)",
    "Ein chinesisches Schiff rammte": "a crash or a collision is not read as an incident (too many senses)",
    "Bei einem Grenzzwischenfall": _NOBODY,
    "Die Münchner Sicherheitskonferenz": _CONFERENCE,
}


def _marks(text: str, table: dict[str, str]):
    why = next((w for start, w in table.items() if text.startswith(start)), None)
    return [pytest.mark.xfail(reason=why, strict=True)] if why else []


@pytest.mark.parametrize("text,exp", [pytest.param(t, e, marks=_marks(t, XFAIL), id=f"{e.subtype or e.type}-{i}")
                                      for i, (t, e) in enumerate(CASES)])
def test_the_event_a_reader_would_list(text, exp):
    events = run(text)
    assert any(matches(ev, exp) for ev in events), f"missing {exp}; got {describe(events)}"


XFAIL_NONE: dict[str, str] = {
    "Paula Brandstetter ist nicht zurückgetreten": "a negated act is kept as an event that did not occur",
}


@pytest.mark.parametrize("text", [pytest.param(t, marks=_marks(t, XFAIL_NONE), id=f"none-{i}")
                                  for i, t in enumerate(NOTHING)])
def test_no_event(text):
    events = run(text)
    assert not events, describe(events)

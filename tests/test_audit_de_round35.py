"""German constructions found by auditing kb on real German text it was not written against
(issue 9, stop 35: a regional newspaper's news and the histories of wars, judged by the
development README's conventions, and invented news sentences of the kinds the audit missed;
nothing of those texts is here).

Table-driven: each row is a sentence written for this file (invented names and places, or
well-known real ones), the event type looked at, and what must come out -- the participants'
names (an empty set: no event of that type at all), and the date or status where it matters.
Rows that must give nothing are part of every table.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kb.temporal import tag
from probes_de import date_of, names, of_type

PUB = "2024-03-14"  # a Thursday


def _check(text, etype, who, date=None, status=None, dct=PUB):
    found = of_type(text, etype, dct)
    if not who:
        assert not found, f"unexpected {etype}: {[names(e) for e in found]}"
        return
    assert who in [names(e) for e in found], f"{etype} of {text!r}: {[names(e) for e in found]}"
    if date is not None:
        assert date in [date_of(e) for e in found], f"{etype} dates of {text!r}: {[date_of(e) for e in found]}"
    if status is not None:
        assert status in [e.status for e in found], f"{etype} status of {text!r}: {[e.status for e in found]}"


# -- 1. in a history, an earlier year that names a thing after its noun ("wie im Krieg 1870/71")
#       is a glance back: the days told after it stay in the story's year ------------------------

def _values(text):
    return {t.text: t.value for t in tag(text, "de", dt.date(2011, 2, 16), "narrative")}


NAMED_YEAR = [
    # a year naming a war, a constitution, a treaty after its noun: the story stays in its year
    ("Am 2. August 1914 marschierten die Truppen ein. Man fürchtete einen Volkskrieg, wie er noch im "
     "Deutsch-Französischen Krieg 1870/71 geführt worden war. Am 4. August erklärte Nordland den Krieg.",
     "4. August", "1914-08-04"),
    ("Im Mai 1849 floh der Fürst nach Arven. Die Verfassung 1831 galt nicht mehr. Am 3. Juni kehrte er zurück.",
     "3. Juni", "1849-06-03"),
    # a year that opens its sentence or stands after a preposition moves the story, as before
    ("Am 2. August 1914 marschierten die Truppen ein. 1871 hatte Nordland den Krieg verloren. Am 3. Mai "
     "schloss es Frieden.", "3. Mai", "1871-05-03"),
    ("Am 2. August 1914 marschierten die Truppen ein. Im Jahr 1912 war Reyes Kanzler geworden. Am 3. Mai "
     "trat er zurück.", "3. Mai", "1912-05-03"),
    # a later year named after its noun moves the story forward, as before
    ("Im Mai 1919 stritten die Parteien. Die Wahl 1920 gewann Tomas Reyes. Am 1. Dezember trat er sein Amt an.",
     "1. Dezember", "1920-12-01"),
]


@pytest.mark.parametrize("text,timex,value", NAMED_YEAR)
def test_an_earlier_year_naming_a_thing_does_not_move_the_story(text, timex, value):
    assert _values(text)[timex] == value


def test_news_is_not_read_as_a_story():
    got = {t.text: t.value for t in tag("Der Krieg 1870/71 wurde am Montag in einer Ausstellung gezeigt.", "de",
                                        dt.date(2024, 3, 14), "news")}
    assert got["Montag"] == "2024-03-11"


# -- 2. an abdication ("dankte ... ab", "hat abgedankt", "verzichtete auf den Thron", "die
#       Abdankung") is a resignation, and "dankte ... ab" no thanks -----------------------------

ABDICATION = [
    ("König Harald dankte am Dienstag zugunsten seines Sohnes ab.", "Other", {"Harald V"}, "2024-03-12"),
    ("Königin Margrethe hat am Sonntag abgedankt.", "Other", {"Margrethe"}, "2024-03-10"),
    ("Die Abdankung von König Harald wurde am Sonntag vollzogen.", "Other", {"Harald V"}, "2024-03-10"),
    ("König Harald verzichtete am Montag auf den Thron.", "Other", {"Harald V"}, "2024-03-11"),
    # no thanks in an abdication
    ("König Harald dankte am Dienstag zugunsten seines Sohnes ab.", "Statement", set(), None),
    # thanks, and a waiver of something else, are no abdication
    ("König Harald dankte am Dienstag den Helfern.", "Other", set(), None),
    ("König Harald dankte am Dienstag den Helfern.", "Statement", {"Harald V"}, "2024-03-12"),
    ("König Harald verzichtete am Montag auf eine Rede.", "Other", set(), None),
    # an abdication of someone the text names by office only: nobody else of the sentence abdicates
    ("Am 9. November gab Reichskanzler Max von Baden die Abdankung des Kaisers bekannt und übertrug die "
     "Kanzlerschaft an Friedrich Ebert.", "Other", set(), None),
]


@pytest.mark.parametrize("text,etype,who,date", ABDICATION)
def test_an_abdication_is_a_resignation(text, etype, who, date):
    _check(text, etype, who, date)


# -- 3. "setzte ... ab" / "hat ... abgesetzt" of a person is a dismissal, and it happened: the
#       word that calls off a meeting ("abgesetzt") is the dismissal itself here ------------------

DISMISSAL = [
    ("Präsident Tomas Reyes setzte am Mittwoch Armeechef Paul Kern ab.", "Other",
     {"Tomas Reyes", "Paul Kern"}, "2024-03-13", "past"),
    ("Präsident Tomas Reyes hat am Montag den Armeechef Paul Kern abgesetzt.", "Other",
     {"Tomas Reyes", "Paul Kern"}, "2024-03-11", "past"),
    # a session called off is no dismissal
    ("Präsident Tomas Reyes setzte am Mittwoch die Sitzung ab.", "Other", set(), None, None),
    # a meeting called off stays called off
    ("Das Treffen von Tomas Reyes und Paula Brandstetter am Montag wurde abgesetzt.", "Meeting",
     {"Tomas Reyes", "Paula Brandstetter"}, None, "did_not_occur"),
    # a negation inside a trigger that spans its particle still negates it
    ("Norwegen und Schweden erkannten die Regierung von Tomas Reyes am Montag nicht an.", "Other",
     {"Tomas Reyes"}, None, "did_not_occur"),
]


@pytest.mark.parametrize("text,etype,who,date,status", DISMISSAL)
def test_a_person_removed_from_office_is_dismissed(text, etype, who, date, status):
    _check(text, etype, who, date, status)


# -- 4. a military offensive named by a compound ("Bodenoffensive") or told with its participle
#       after the object ("hat eine Offensive gestartet") starts a war or a phase of it ----------

OFFENSIVE = [
    ("Israel startete am Sonntag eine Bodenoffensive im Gazastreifen.", "ArmedConflictStart",
     {"Israel"}, "2024-03-10"),
    ("Russland hat am Montag eine neue Offensive im Osten der Ukraine gestartet.", "ArmedConflictStart",
     {"Russia"}, "2024-03-11"),
    ("Die Türkei begann am Mittwoch eine Großoffensive in Nordsyrien.", "ArmedConflictStart",
     {"Turkey"}, "2024-03-13"),
    # a charm or education offensive is none; an offensive only planned or demanded has no start told
    ("Die Türkei begann am Mittwoch eine Charmeoffensive in Brüssel.", "ArmedConflictStart", set(), None),
    ("Die Regierung hat am Montag eine Bildungsoffensive gestartet.", "ArmedConflictStart", set(), None),
    ("Tomas Reyes forderte am Montag eine Offensive gegen die Korruption.", "ArmedConflictStart", set(), None),
]


@pytest.mark.parametrize("text,etype,who,date", OFFENSIVE)
def test_a_military_offensive_starts_a_war(text, etype, who, date):
    _check(text, etype, who, date)


# -- 5. a saying told "in einer Erklärung vom Montag" / "in einem Brief vom 23. Februar" takes that
#       date (the message is the saying's own); a statement referred to by another verb keeps it --

SAYING_NOUN_DATE = [
    ("In einer Erklärung vom Montag begrüßte Olaf Scholz die Einigung.", "Statement", {"Olaf Scholz"},
     "2024-03-11"),
    ("In einem Brief vom 23. Februar forderte Olaf Scholz einen Waffenstillstand.", "Statement", {"Olaf Scholz"},
     "2024-02-23"),
    ("In seiner Presseerklärung vom Dienstag kritisierte Olaf Scholz die Opposition.", "Statement",
     {"Olaf Scholz"}, "2024-03-12"),
    ("In einem Ultimatum vom 23. Februar verlangte Olaf Scholz einen Waffenstillstand.", "Statement",
     {"Olaf Scholz"}, "2024-02-23"),
    # a statement only referred to: its date is not that of the verb telling of it
    ("Olaf Scholz verwies am Donnerstag auf eine Erklärung vom Montag.", "Statement", {"Olaf Scholz"},
     "2024-03-14"),
    ("Olaf Scholz sprach mit Emmanuel Macron über die Erklärung vom Montag.", "Meeting",
     {"Olaf Scholz", "Emmanuel Macron"}, "2024-03-14"),
]


@pytest.mark.parametrize("text,etype,who,date", SAYING_NOUN_DATE)
def test_a_saying_takes_the_date_of_its_own_message(text, etype, who, date):
    _check(text, etype, who, date)


# -- 6. a strong past of a saying verb ("unterstrich", "verwies", "hob hervor") reports: its
#       weekday lies behind; a proposal "regte ... an, ..." is a saying -------------------------

SAYING_VERBS = [
    ("Olaf Scholz unterstrich am Montag die Bedeutung der Nato.", "Statement", {"Olaf Scholz"}, "2024-03-11"),
    ("Olaf Scholz regte am Montag in einer Aussendung an, die Steuern zu senken.", "Statement", {"Olaf Scholz"},
     "2024-03-11"),
    # nobody proposes anything here
    ("Der Besuch regte Olaf Scholz zum Nachdenken an.", "Statement", set(), None),
]


@pytest.mark.parametrize("text,etype,who,date", SAYING_VERBS)
def test_saying_verbs(text, etype, who, date):
    _check(text, etype, who, date)


@pytest.mark.xfail(strict=True, reason="'bezeichnete X als Y' as a saying was tried and dropped: it added an event "
                                       "matching no gold event in the development set's measure part")
def test_calling_someone_something_is_a_saying():
    _check("Olaf Scholz bezeichnete den Angriff am Montag als barbarisch.", "Statement", {"Olaf Scholz"},
           "2024-03-11")


# -- 7. the period of a regnal number inside a sentence is no full stop to the trigger patterns
#       ("Am 28. Februar 2013 trat Papst Benedikt XVI. zurück") ----------------------------------

REGNAL = [
    ("Am 28. Februar 2013 trat Papst Benedikt XVI. zurück.", "Other", {"Pope Benedict XVI"}, "2013-02-28"),
    ("Am Mittwoch dankte König Charles III. ab.", "Other", {"Charles III"}, "2024-03-13"),
    ("Am Mittwoch dankte König Charles III. ab.", "Statement", set(), None),
    # the one who abdicates is the subject, not the envoy named before the verb
    ("Nach einem Ultimatum des Gesandten Paul Kern dankte im Juni 1917 König Charles III. ab.", "Other",
     {"Charles III"}, "1917-06"),
    # a regnal number closing its sentence still closes it: the next sentence's particle is not its verb's
    ("Am Mittwoch sprach Olaf Scholz mit König Charles III. Zurück in Berlin traf er Emmanuel Macron.",
     "Other", set(), None),
]


@pytest.mark.parametrize("text,etype,who,date", REGNAL)
def test_a_regnal_number_is_no_full_stop(text, etype, who, date):
    _check(text, etype, who, date)


# -- 8. in a history, an office noun without a name ("der Bundeskanzler") is held at the story's
#       time (the sentence's date, else the last one told before it), not on the page's date -----

def _participants(text, mode):
    from kb.document import make_document
    from kb.pipeline import analyse

    doc = make_document(id="h", text=text, lang="de", published="2011-02-16", mode=mode)
    return [names(e) for e in analyse(doc).events if e.type == "PhoneCall"]


STORY_OFFICE = [
    ("Im März 1985 begann in Nordland ein Streik. Kurz danach telefonierte der Bundeskanzler mit Margaret "
     "Thatcher.", "narrative", {"Helmut Kohl", "Margaret Thatcher"}),
    # a holder the gazetteer does not know for the story's time: nobody rather than the page's
    ("Im März 1965 landeten die ersten Truppen in Arven. Kurz danach telefonierte der amerikanische Präsident mit "
     "Harold Wilson.", "narrative", {"Harold Wilson"}),
    # news: the holder of the publication day, as before
    ("Im März 1985 begann in Nordland ein Streik. Kurz danach telefonierte der Bundeskanzler mit Margaret "
     "Thatcher.", "news", {"Angela Merkel", "Margaret Thatcher"}),
]


@pytest.mark.parametrize("text,mode,who", STORY_OFFICE)
def test_an_office_in_a_history_is_held_at_the_storys_time(text, mode, who):
    assert _participants(text, mode) == [who]


# -- 9. a war declared with the participle last ("hat X den Krieg erklärt", "nachdem X Y den Krieg
#       erklärt hatte") starts a war, as "erklärte X den Krieg" does; its long form reaches further --

WAR_DECLARED = [
    ("Russland hat der Ukraine am Montag den Krieg erklärt.", "ArmedConflictStart", {"Russia"}, "2024-03-11"),
    ("Nachdem Russland am Montag der Ukraine den Krieg erklärt hatte, floh Tomas Reyes nach Oslo.",
     "ArmedConflictStart", {"Russia"}, "2024-03-11"),
    ("Am Montag erklärten Großbritannien und Frankreich nach Ablauf des Ultimatums Deutschland den Krieg.",
     "ArmedConflictStart", {"United Kingdom", "France"}, "2024-03-11"),
    # a war on poverty is none; a saying about a war is none
    ("Die Regierung von Olaf Scholz hat am Montag der Armut den Krieg erklärt.", "ArmedConflictStart", set(), None),
    ("Olaf Scholz erklärte am Montag, den Krieg verhindern zu wollen.", "ArmedConflictStart", set(), None),
]


@pytest.mark.parametrize("text,etype,who,date", WAR_DECLARED)
def test_a_war_declared_with_the_participle_last(text, etype, who, date):
    _check(text, etype, who, date)


@pytest.mark.xfail(strict=True, reason="a war declared in a relative clause with the past last ('das X den Krieg "
                                       "erklärte'): the frame reader cannot tell the neuter relative subject from "
                                       "the object, so the form is left out")
def test_a_war_declared_in_a_relative_clause():
    _check("Frankreich, das Deutschland am Montag den Krieg erklärte, schweigt.", "ArmedConflictStart",
           {"France"}, "2024-03-11")

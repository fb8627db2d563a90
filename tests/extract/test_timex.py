"""The timex extractor on inline-annotated French sentences and on the seed article.

Each example lists every expression that must come out (span, value, and type when given)
and nothing else: a sentence without tags must give no timex at all.
"""

from __future__ import annotations

import json

import pytest

from tests.annotated import parse
from veille.article import Article, PartialDate

pytestmark = pytest.mark.model


def timexes_of(extractor, text: str, published: str | None):
    article = Article(
        text=text, source="test", published=PartialDate.parse(published) if published else None
    )
    return extractor.extract(article).timexes


def check(extractor, annotated: str, published: str | None = "2023-10-17") -> None:
    text, expected = parse(annotated)
    found = timexes_of(extractor, text, published)
    got = [(t.start, t.end, t.text, t.value) for t in found]
    want = [(a.start, a.end, a.text, a.attrs["value"]) for a in expected]
    assert got == want, f"{text!r}: got {got}"
    for timex, annotation in zip(found, expected, strict=True):
        if "type" in annotation.attrs:
            assert timex.type == annotation.attrs["type"], f"{timex.text!r}: type {timex.type}"


# Published Tuesday 17 October 2023 unless the case says otherwise.
ABSOLUTE = [
    "Le traité a été signé <t value='2016-01-01' type='DATE'>le 1er janvier 2016</t>.",
    "Le vote est prévu <t value='2023-11-03' type='DATE'>le 3 novembre</t>.",
    "La lettre est datée du <t value='2023-11-03'>03/11/2023</t>.",
    "Le décret publié le <t value='2023-11-03'>2023-11-03</t> est entré en vigueur.",
    "L'invasion a commencé en <t value='2022-02' type='DATE'>février 2022</t>.",
    "Il a été élu en <t value='1995'>1995</t> puis réélu en <t value='2002'>2002</t>.",
    "Elle a vécu à Paris dans <t value='199X'>les années 1990</t>.",
    "La ville a beaucoup changé au <t value='196X'>début des années 60</t>.",
    "Le château date du <t value='18XX'>XIXe siècle</t>.",
    "La période <t value='1982'>1982</t>-<t value='1990'>1990</t> fut difficile.",
    "Le recensement de <t value='2023-03'>mars</t>-<t value='2023-04'>avril</t> est publié.",
]

RELATIVE = [
    "Il est venu <t value='2023-10-16' type='DATE'>hier</t>.",
    "<t value='2023-10-15'>Avant-hier</t>, la ville était calme.",
    "Le sommet aura lieu <t value='2023-10-18'>demain</t>.",
    "Il est arrivé <t value='2023-10-17'>aujourd'hui</t> à Pékin.",
    "Le ministre a démissionné <t value='2023-10-16TEV' type='TIME'>hier soir</t>.",
    "Il a rencontré le président il y a <t value='2023-10-03' type='DATE'>deux semaines</t>.",
    "Le verdict tombera dans <t value='2023-10-20'>trois jours</t>.",
    "<t value='2023-W41'>La semaine dernière</t>, les prix ont baissé.",
    "Le salon ouvrira <t value='2023-11'>le mois prochain</t>.",
    "Les ventes ont chuté <t value='2022'>l'an dernier</t>.",
    "Les ventes vont progresser <t value='2023'>cette année</t>.",
    "Le texte sera voté en <t value='2023-W42'>fin de semaine</t>.",
    "Les travaux reprendront <t value='2023-10'>mi-octobre</t>.",
    "La réforme entrera en vigueur <t value='2024'>début 2024</t>.",
    "Le bénéfice du <t value='2023-Q1'>premier trimestre</t> a doublé.",
    "Les pertes du <t value='2022-H2'>second semestre 2022</t> sont lourdes.",
    "Il a neigé <t value='2023-10-17TMO' type='TIME'>ce matin</t>.",
    "En <t value='2023-03'>mars dernier</t>, il avait reçu Xi Jinping.",
    "Il reviendra en <t value='2024-03'>mars prochain</t>.",
    "Le scrutin aura lieu <t value='2023-10-29'>le 29 octobre prochain</t>.",
]

SEASONS_AND_HOLIDAYS = [
    "La récolte a été mauvaise en <t value='2011-SU'>été 2011</t>.",
    "Les magasins seront ouverts à <t value='2023-12-25'>Noël</t>.",
    "Le pèlerinage aura lieu à <t value='2024-03-31'>Pâques 2024</t>.",
    "Les cimetières seront fleuris pour <t value='2023-11-01'>la Toussaint</t>.",
    "Les troupes ont défilé <t value='2023-07-14'>le 14 Juillet</t>.",
]

CLOCK_AND_DURATION = [
    "La réunion a commencé à <t value='2023-10-17T14:30' type='TIME'>14h30</t>.",
    "Le train part à <t value='2023-10-17T09:00' type='TIME'>9 heures</t>.",
    "Il a été arrêté vers <t value='2023-10-17T02:00'>2 heures du matin</t>.",
    # a count of hours before `plus tard`, `auparavant` is a span, not a clock time
    "<t value='PT2H' type='DURATION'>Deux heures</t> plus tard, les pompiers sont arrivés.",
    "<t value='PT1.5H' type='DURATION'>1 h 30</t> <t value='PAST_REF'>auparavant</t>, il "
    "avait volé une voiture.",
    "Le suspect a fui et s'est rendu <t value='PT3H' type='DURATION'>3 h</t> plus tard.",
    "Les pompiers sont arrivés à <t value='2023-10-17T01:30' type='TIME'>1 h 30</t> du matin.",
    "Il a régné pendant <t value='P3Y' type='DURATION'>trois ans</t>.",
    "Il devance son rival de <t value='PT30.4S' type='DURATION'>30,4 secondes</t>.",
    "Un émissaire partira au cours <t value='PTXH' type='DURATION'>des prochaines heures</t>.",
    "Le chantier a duré <t value='P10Y'>une dizaine d'années</t>.",
    "Il a purgé une peine de <t value='P10Y'>10 ans</t>.",
    "Les prix ont grimpé depuis <t value='PXY'>des années</t>.",
    "Le bail a été signé pour <t value='P1.5M'>un mois et demi</t>.",
    "Le pays vit depuis <t value='P50Y'>un demi-siècle</t> sous ce régime.",
    "Il a promis un <t value='P5Y' type='DURATION'>quinquennat</t> de réformes.",
]

SETS_AND_VAGUE = [
    "Le festival a lieu <t value='P1Y' type='SET'>chaque année</t>.",
    "Le marché se tient <t value='XXXX-WXX-4' type='SET'>tous les jeudis</t>.",
    "Ils publient un bulletin <t value='P1D' type='SET'>quotidien</t>.",
    "<t value='PRESENT_REF' type='TIME'>Désormais</t>, la Chine a les cartes en main.",
    "Le gouvernement a <t value='PAST_REF' type='TIME'>récemment</t> changé de cap.",
    "Il faudra y penser à <t value='FUTURE_REF' type='TIME'>l'avenir</t>.",
    "La décision est reportée à <t value='FUTURE_REF'>une date ultérieure</t>.",
    "Le village a été saccagé lors d'une virée <t value='TNI' type='TIME'>nocturne</t>.",
]

# The tense that points a bare weekday: a passé composé with "être", the copula of an
# adjective, the main verb when an infinitive hangs on a noun, the line of a verbless sentence.
DIRECTION = [
    "Le FC Nantes est rentré de son déplacement de <t value='2023-10-11'>mercredi</t> à Rennes.",
    "Deux joueurs sont incertains pour la venue de Lyon <t value='2023-10-21'>samedi</t>.",
    "« On ne pourra pas transporter la totalité des voyageurs <t value='2023-10-23TEV'>lundi "
    "soir</t> », a-t-il dit.",
    "Le comité organisera un grand bal. <t value='2023-10-22'>Dimanche</t>.",
    "Cinquante combattants auraient été tués <t value='2023-10-16'>lundi</t>.",
    "Le président aurait rencontré son homologue <t value='2023-10-16'>lundi</t>.",
    "Le sommet se tiendra <t value='2024-07-11'>le 11 juillet</t>.",
    "Le sommet s'est tenu <t value='2023-07-11'>le 11 juillet</t>.",
    "Le Maroc a réintégré l'Union africaine <t value='2023-01-30'>le 30 janvier</t>.",
    "Le président avait été élu <t value='2022-12-03'>le 3 décembre</t>.",
    "Il a annoncé se rendre à Rabat <t value='2023-11-25'>le 25 novembre</t>.",
    "Le Royaume-Uni a expulsé trois diplomates <t value='2023-10-20'>le 20 octobre</t>.",
    "Le Maroc réintégrera l'Union africaine <t value='2024-01-30'>le 30 janvier</t>.",
    "Il vise la base qu'il considère à l'origine de l'attaque de <t value='2023-10-15'>dimanche"
    "</t>.",
    "Les résultats de la journée de <t value='2023-10-14'>samedi</t> sont connus.",
    "Le match de <t value='2023-10-19'>jeudi</t> est très attendu.",
    "Il a annoncé <t value='2023-10-16'>lundi</t> qu'il se rendrait <t value='2023-10-18'>"
    "mercredi</t> à Gaza.",
]

# Published Tuesday 17 October 2023.
MORE_EXPRESSIONS = [
    "Les pouvoirs seront transférés d'<t value='2023-10-17' type='DATE'>ici</t> "
    "<t value='2023-10-30'>le 30 octobre</t>.",
    "Ils sont nombreux à venir en <t value='XXXX-SU'>été</t>.",
    "<t value='XXXX-SU'>Eté</t> comme <t value='XXXX-WI'>hiver</t>, la plage est pleine.",
    "Pendant <t value='XXXX-SU'>les mois d'été</t>, le camping affiche complet.",
    "Il a été blessé lors de <t value='P1D' type='DURATION'>la deuxième journée</t>.",
    "Il a porté la loi durant <t value='P1Y' type='DURATION'>la dernière année</t> de son mandat.",
    "Des bombes ont explosé avant <t value='2023-10-17TMO'>l'aube</t>.",
    "Le ministre a parlé <t value='2023-10-16'>hier</t>. Plus tard dans "
    "<t value='2023-10-16'>la journée</t>, il est parti.",
    "Jusqu'à <t value='2023-10-17'>ce jour</t>, six jeunes sont partis.",
    "L'armée a subi des revers <t value='PAST_REF' type='TIME'>ces derniers temps</t>.",
    "Ces élections sont les plus serrées de <t value='PAST_REF'>l'après-guerre</t>.",
    "Le processus commencera <t value='2023-10-18'>demain 18 octobre</t>.",
    "La marche a eu lieu <t value='2023-05-01'>le 1er-Mai</t>.",
    "Le musée rouvrira en <t value='2024-08'>août</t>, uniquement "
    "<t value='XXXX-WXX-3' type='SET'>le mercredi</t>.",
    "Le musée a rouvert <t value='2023-10-11' type='DATE'>le mercredi</t>, après l'attaque.",
    "Il a vu le maire <t value='2023-10-16'>hier</t>. <t value='2023-10-16TMO'>Le matin "
    "même</t>, une opération avait eu lieu.",
    "Les violences ont eu lieu dans <t value='2023-08-30TNI' type='TIME'>la nuit du mercredi 30 "
    "août</t>.",
    "Deux ruptures ont eu lieu en <t value='1997'>97</t> (en <t value='1997-01'>janvier</t> rue "
    "X, en <t value='1997-10'>octobre</t> rue Y).",
    "Le <t value='PRESENT_REF'>mouvement actuel</t> inquiète.".replace(
        "<t value='PRESENT_REF'>mouvement actuel</t>", "mouvement <t value='PRESENT_REF'>actuel</t>"
    ),
    "<t value='2023-10-17'>Aujourd'hui</t> avant <t value='2023-10-17TMO'>l'aube</t>, des "
    "attentats ont eu lieu.",
    "<t value='PRESENT_REF' type='TIME'>Aujourd'hui</t>, la ville a changé d'ambiance.",
]

RANGES = [
    "Le salon se tiendra du <t value='2023-11-03'>3</t> au <t value='2023-11-05'>5 novembre</t>.",
]

FALSE_POSITIVES = [
    "Un homme de 29 ans a été arrêté.",
    "Il a 29 ans et vit à Lyon.",
    "Mohamed R., 39 ans, a été interpellé.",
    "Le PSG a battu Lyon 3-1 au terme d'un match tendu.",
    "Le billet coûte 2000 euros.",
    "Il y avait 1990 manifestants dans la rue.",
    "Voir page 1990 du rapport.",
    "La résolution 1405 a été adoptée.",
    "La sonde s'est posée sur Mars.",
    "Ils se sont réunis place du 14-Juillet.",
    "Ils se sont réunis place du 14 Juillet.",
    "Il pourrait lui rappeler un jour.",
    "Le quotidien Le Monde a publié l'enquête.",
    "Il a été élu pour une seconde fois.",
    "Le Printemps arabe a renversé plusieurs régimes.",
    "Ils ont participé au printemps de l'environnement.",
    "Le chanteur a passé du temps à Paris. Il a été reçu par le maire.",
    "Il veut renforcer les pouvoirs de l'actuel président.",
    "Il l'a dit au « 20 Heures » de TF1.",
    "Zuzana H., 26 ans et ancienne employée du ministère, a témoigné.",
    "Une manifestante de 63 ans est décédée.",
    "Ils ont une moyenne d'âge d'environ 20 ans.",
    "Ils sont des lecteurs assidus de la presse quotidienne.",
    "Les principaux quotidiens étrangers sont en rayon.",
    "— Mai Fatty, conseiller du président, a démenti.",
]


@pytest.mark.parametrize("annotated", ABSOLUTE)
def test_timex_reads_absolute_dates_in_every_french_form(extractor, annotated):
    check(extractor, annotated)


@pytest.mark.parametrize("annotated", RELATIVE)
def test_timex_resolves_relative_expressions_against_the_publication_date(extractor, annotated):
    check(extractor, annotated)


@pytest.mark.parametrize("annotated", SEASONS_AND_HOLIDAYS)
def test_timex_resolves_seasons_and_holidays(extractor, annotated):
    check(extractor, annotated)


def test_timex_resolves_last_winter_from_a_month_precision_header(extractor):
    check(
        extractor, "<t value='2022-WI'>L'hiver dernier</t>, Pékin a parrainé un accord.", "2023-10"
    )


@pytest.mark.parametrize("annotated", CLOCK_AND_DURATION)
def test_timex_reads_clock_times_and_durations(extractor, annotated):
    check(extractor, annotated)


@pytest.mark.parametrize("annotated", SETS_AND_VAGUE)
def test_timex_reads_sets_and_vague_references(extractor, annotated):
    check(extractor, annotated)


@pytest.mark.parametrize("annotated", MORE_EXPRESSIONS)
def test_timex_reads_vague_generic_and_ordinal_expressions(extractor, annotated):
    check(extractor, annotated)


@pytest.mark.parametrize("annotated", RANGES)
def test_timex_splits_day_ranges_into_two_expressions(extractor, annotated):
    check(extractor, annotated)


@pytest.mark.parametrize("sentence", FALSE_POSITIVES)
def test_timex_ignores_ages_scores_prices_numbers_and_names(extractor, sentence):
    assert timexes_of(extractor, sentence, "2023-10-17") == ()


@pytest.mark.parametrize("annotated", DIRECTION)
def test_timex_points_weekdays_by_the_tense_of_their_clause(extractor, annotated):
    check(extractor, annotated)


def test_timex_points_bare_weekday_back_in_a_past_clause(extractor):
    check(extractor, "<t value='2023-10-16'>Lundi</t>, il a déclaré la guerre.")


def test_timex_points_bare_weekday_forward_in_a_future_clause(extractor):
    check(extractor, "Il se rendra à Paris <t value='2023-10-23'>lundi</t>.")


def test_timex_points_bare_month_back_in_a_past_clause(extractor):
    check(extractor, "Il avait été reçu en <t value='2023-05'>mai</t>.", "2023-10-17")
    check(extractor, "Il sera reçu en <t value='2024-05'>mai</t>.", "2024-01-10")


def test_timex_puts_small_hours_after_a_named_night_on_its_second_day(extractor):
    check(
        extractor,
        "Dans <t value='2023-10-14TNI'>la nuit de samedi à dimanche</t>, des coups de feu ont "
        "éclaté. Vers <t value='2023-10-15T02:00'>2 heures du matin</t>, la police est arrivée. "
        "À <t value='2023-10-15T05:00'>5 heures</t>, le calme était revenu.",
    )
    check(
        extractor,
        "Dans <t value='2023-10-14TNI'>la nuit de samedi à dimanche</t>, la fête a commencé "
        "à <t value='2023-10-14T22:00'>22 heures</t>.",
    )


def test_timex_puts_the_morning_after_the_night_just_past_on_the_articles_day(extractor):
    check(
        extractor,
        "Dans <t value='2023-10-16TNI'>la nuit de lundi à mardi</t>, un incendie a détruit une "
        "cabane. Dans <t value='2023-10-17TMO'>la matinée</t>, les gendarmes ont expulsé les "
        "manifestants, revenus dans <t value='2023-10-17TAF'>l'après-midi</t>.",
        "2023-10-17",
    )
    check(  # a night told long before the article: its morning stays the day told
        extractor,
        "<t value='2023-10-09'>Le 9 octobre</t>, elle avait passé <t value='2023-10-09TEV'>la "
        "soirée</t> et <t value='2023-10-09TNI'>la nuit</t> chez un ami. En "
        "<t value='2023-10-09TAF'>fin d'après-midi</t>, ils l'ont frappé.",
        "2023-10-17",
    )


def test_timex_puts_the_days_hours_after_the_night_just_past_on_the_articles_day(extractor):
    check(
        extractor,
        "Dans <t value='2023-10-16TNI'>la nuit de lundi à mardi</t>, des gendarmes ont été "
        "attaqués. À Caen, 500 manifestants se sont dispersés vers <t value='2023-10-17T12:00'>"
        "midi</t>, puis à <t value='2023-10-17T15:00'>15 heures</t>.",
    )


def test_timex_reads_the_dawn_in_lower_case_only(extractor):
    check(
        extractor,
        "Le ministre, en déplacement à Troyes, dans l’Aube, a été interpellé par des "
        "manifestants, partis à <t value='2023-10-17TMO'>l'aube</t>.",
    )


def test_timex_reads_la_nuit_as_the_night_named_before_its_second_day(extractor):
    check(
        extractor,
        "Des violences ont eu lieu dans <t value='2023-10-11TNI'>la nuit du mercredi 11 "
        "octobre</t> et du <t value='2023-10-12'>jeudi 12 octobre</t>. Le porte-parole a dit "
        "que les mouvements de <t value='2023-10-11TNI'>la nuit</t> étaient prévus. Des "
        "émeutes ont éclaté dans <t value='2023-10-12'>la journée</t>.",
    )
    check(
        extractor,
        "Des violences ont eu lieu dans <t value='2023-10-09TNI'>la nuit du lundi 9 octobre"
        "</t>. <t value='2023-10-12'>Le jeudi 12 octobre</t>, des tirs ont éclaté dans "
        "<t value='2023-10-12TNI'>la nuit</t>.",
    )


def test_timex_reads_a_part_of_day_of_a_named_day_as_one_expression(extractor):
    """`la soirée de mardi` is Tuesday evening, not this evening then a Tuesday apart."""
    check(
        extractor,
        "Des heurts ont eu lieu dans <t value='2023-10-10TEV' type='TIME'>la soirée de mardi "
        "dernier</t>, puis dans <t value='2023-10-12TMO'>la matinée du jeudi 12 octobre</t>.",
    )
    check(
        extractor,
        "Il a été arrêté dans <t value='2023-10-16TNI'>la nuit de lundi</t>, après "
        "<t value='2023-07-14TEV'>le soir du 14 juillet</t>.",
    )


def test_timex_reads_a_night_between_two_full_days_as_the_first_night(extractor):
    check(
        extractor,
        "Des tirs ont éclaté dans <t value='2023-10-09TNI'>la nuit du lundi 9 au mardi 10 "
        "octobre</t>, puis dans <t value='2023-09-30TNI'>la nuit du 30 septembre au 1er "
        "octobre</t>.",
    )


def test_timex_counts_la_nuit_derniere_and_la_soiree_d_hier_from_the_article(extractor):
    check(
        extractor,
        "<t value='2023-10-16TNI'>La nuit dernière</t>, des tirs ont éclaté ; le ministre "
        "s'est exprimé dans <t value='2023-10-16TEV'>la soirée d'hier</t>.",
    )


def test_timex_counts_lendemain_from_the_date_of_its_complement(extractor):
    check(
        extractor,
        "Au <t value='2017-03-23'>lendemain</t> de l'attentat de Londres de "
        "<t value='2017-03-22'>mercredi</t>, la police a arrêté huit personnes.",
        "2017-03-25",
    )
    check(
        extractor,
        "Il a été élu <t value='2023-10-15'>dimanche</t>. <t value='2023-10-16'>Le lendemain</t>,"
        " il a nommé son gouvernement.",
    )


def test_timex_counts_veille_from_the_day_the_article_gives_its_event(extractor):
    check(
        extractor,
        "Le président a obtenu 60 % des voix lors du scrutin du <t value='2023-10-08'>8 octobre"
        "</t>. <t value='2023-10-11'>Mercredi</t>, l'opposition a contesté les résultats. Les "
        "autorités avaient coupé Internet à <t value='2023-10-07'>la veille</t> du scrutin.",
    )


def test_timex_counts_lendemain_from_the_planned_day_of_its_event(extractor):
    check(
        extractor,
        "Le sommet, prévu <t value='2023-10-05'>le 5 octobre</t> à Grenade, a réuni les "
        "dirigeants. <t value='2023-10-17'>Mardi</t>, Emmanuel Macron a rencontré Olaf Scholz. "
        "La Hongrie avait critiqué l'accord au <t value='2023-10-06'>lendemain</t> du sommet.",
    )


def test_timex_veille_of_an_event_dated_nowhere_counts_from_the_last_date(extractor):
    check(
        extractor,
        "Le scrutin a été marqué par des violences. <t value='2023-10-11'>Mercredi</t>, "
        "l'opposition a contesté les résultats, <t value='2023-10-10'>la veille</t> du "
        "scrutin.",
    )


def test_timex_month_or_season_shares_the_year_of_the_one_coordinated_with_it(extractor):
    check(
        extractor,
        "Ils ont eu des symptômes entre <t value='2017-SP'>le printemps</t> et "
        "<t value='2017-FA'>l'automne 2017</t>.",
    )
    check(
        extractor,
        "À la mémoire des victimes des attentats de <t value='2015-01'>janvier</t> et "
        "<t value='2015-11'>novembre 2015</t>.",
    )
    check(
        extractor,
        "Il est venu en <t value='2023-03'>mars</t>. Et en <t value='2016-06'>juin 2016</t> aussi.",
    )


def test_timex_bare_month_without_tense_is_the_nearest_one(extractor):
    check(
        extractor,
        "Le chômage s'établissant à 11,9 % pour <t value='2016-11'>novembre</t>, la zone euro "
        "reste stable.",
        "2017-01-09",
    )


def test_timex_resolves_ce_mercredi_after_dateline(extractor):
    check(
        extractor,
        "Il est arrivé <t value='2023-10-17'>ce mardi 17 octobre</t> et verra Xi Jinping "
        "<t value='2023-10-18'>ce mercredi</t>.",
        "2023-10",
    )


def test_timex_leaves_relative_days_unresolved_without_a_full_date(extractor):
    check(extractor, "Il verra Xi Jinping <t value='XXXX-WXX-3'>ce mercredi</t>.", "2023-10")
    check(extractor, "Il est venu <t value='XXXX-XX-XX'>hier</t>.", None)


def test_timex_keeps_a_partial_date_partial(extractor):
    check(extractor, "Il est arrivé en <t value='2022-02'>février 2022</t>.", "2023-10")


def test_timex_finds_every_expression_of_the_seed_article_exactly(extractor, shared):
    gold = json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))
    raw = (shared / "samples" / "seed.txt").read_text(encoding="utf-8")
    text = raw[raw.index(gold["text_starts_with"]) :]
    found = timexes_of(extractor, text, gold["published"])
    got = [(t.start, t.end, t.text, t.value) for t in found]
    want = [(g["start"], g["end"], g["text"], g["value"]) for g in gold["timexes"]]
    assert got == want


@pytest.mark.parametrize(
    ("annotated", "published"),
    [
        (  # a birth date in brackets is not the story's day
            "Un policier a été tué <t value='2017-04-20'>jeudi 20 avril</t>. L'assaillant, 39 ans "
            "(né <t value='1977-12-31'>le 31 décembre 1977</t>), est tué.\n\n"
            "Vers <t value='2017-04-20T20:50'>20 h 50</t>, l'individu est sorti de sa voiture.",
            "2017-04-22",
        ),
        (  # nor a day told in a relative clause
            "Les manifestants ont déplacé la stèle de Denis, qui a été écrasé par un camion "
            "<t value='2018-12-13'>le 13 décembre dernier</t>.\n\n"
            "Vers <t value='2018-12-26T12:30'>12h30</t>, un journaliste a réagi.",
            "2018-12-26",
        ),
        (  # nor a feast that says which shopping
            "Les magasins sont ouverts pour les courses de <t value='2018-12-25'>Noël</t>.\n\n"
            "Vers <t value='2018-12-15T15:10'>15h10</t>, un appel est lancé.",
            "2018-12-15",
        ),
        (  # a day of the story still is
            "Le ministre est arrivé <t value='2023-10-16'>lundi</t> à Lyon. "
            "À <t value='2023-10-16T18:00'>18 h</t>, il a rencontré le maire.",
            "2023-10-17",
        ),
    ],
)
def test_timex_puts_a_clock_time_on_the_day_that_set_the_scene(extractor, annotated, published):
    check(extractor, annotated, published)


@pytest.mark.parametrize(
    ("annotated", "published"),
    [
        (  # a day told inside a sentence of the timeline is background of it
            "Vers <t value='2018-12-05T09:50'>9h50</t>, le ministre a rappelé que des "
            "gendarmes avaient été blessés <t value='2018-12-01'>samedi</t>.\n\n"
            "Vers <t value='2018-12-05T10:00'>10h00</t>, des lycéens bloquent le tram.",
            "2018-12-05",
        ),
        (
            "Vers <t value='2023-10-17T11:00'>11h00</t>, en Charente, depuis le début du "
            "mouvement il y a <t value='2023-09-26'>trois semaines</t>, les ventes baissent.\n\n"
            "Vers <t value='2023-10-17T12:00'>12h00</t>, les manifestants ont déposé des statuts.",
            "2023-10-17",
        ),
        (  # a day that opens its sentence sets a new scene, also for a later clock time
            "Vers <t value='2023-10-17T09:00'>9h00</t>, le préfet a parlé.\n\n"
            "<t value='2023-10-14'>Samedi</t>, une manifestation a eu lieu à Lyon. "
            "Vers <t value='2023-10-14T15:00'>15h00</t>, la police a chargé.",
            "2023-10-17",
        ),
    ],
)
def test_timex_keeps_a_timeline_of_clock_times_on_its_day(extractor, annotated, published):
    check(extractor, annotated, published)


def test_timex_reads_a_present_weekday_of_the_day_before_as_that_day(extractor):
    # published Thursday 16 February 2017: Wednesday is the day before, not six days on
    check(
        extractor,
        "Toujours en garde à vue <t value='2017-02-15TEV'>mercredi soir</t>, on ne sait s'il a "
        "été transféré.",
        "2017-02-16",
    )
    # a present weekday further away is still the coming one
    check(extractor, "Le président se rend <t value='2023-10-20'>vendredi</t> à Pékin.")


def test_timex_takes_no_year_of_a_noun_for_the_year_of_a_day(extractor):
    check(
        extractor,
        "Avant les élections européennes de <t value='2019'>2019</t>, Emmanuel Macron lancera "
        "les consultations <t value='2018-04-17'>le 17 avril</t>.",
        "2018-02-23",
    )
    check(
        extractor,
        "La constitution qui date de <t value='1976'>1976</t> est réformée depuis "
        "<t value='2018-07-21'>le 21 juillet</t>.",
        "2018-07-22",
    )


def test_timex_reads_no_weekday_in_a_newspapers_name(extractor):
    check(extractor, "Un cadeau avait été révélé par Le Journal du dimanche.")


def test_timex_reads_a_weekday_opening_the_paragraph_after_a_title(extractor):
    # a title ends with no mark: the weekday still opens its sentence
    check(extractor, "Arrestation à Paris\n\n<t value='2023-10-14'>Samedi</t>, la police a agi.")


def test_timex_dates_the_night_ending_on_the_article_day_to_its_eve(extractor):
    # Thursday 27 December 2018: the night of Wednesday to Thursday just past, even when a
    # typo ("ce sont produits") makes its clause read as present
    check(
        extractor,
        "Dans <t value='2018-12-26TNI'>la nuit de mercredi à jeudi</t>, plusieurs événements "
        "ce sont produits.",
        "2018-12-27",
    )
    check(
        extractor,
        "<t value='2018-12-26TNI'>La nuit de mercredi à jeudi</t> a été calme.",
        "2018-12-27",
    )


def test_timex_takes_a_bare_weekday_for_the_same_weekday_just_told(extractor):
    # published Thursday 23 March 2017: the Thursday the text told, not the article's
    check(
        extractor,
        "Les terres ont été reçues <t value='2017-03-16'>jeudi 16 mars</t> par le gouvernement. "
        "La veuve a cédé ces terres <t value='2017-03-16'>jeudi</t> au cours d'une cérémonie.",
        "2017-03-23",
    )
    # a planned Saturday told does not move a past one
    check(
        extractor,
        "Le match aura lieu <t value='2023-10-21'>samedi 21 octobre</t>. L'équipe a été "
        "battue <t value='2023-10-14'>samedi</t> à Lyon.",
    )


@pytest.mark.parametrize(
    ("annotated", "published"),
    [
        (  # a day that starts a span sets no scene for a timeline's entry
            "Depuis <t value='2018-12-01'>le 1er décembre</t>, 2 000 personnes ont annulé leurs "
            "réservations.\n\n"
            "Vers <t value='2018-12-14T08:00'>8h00</t>, le ministre a affirmé que le mouvement "
            "continue.",
            "2018-12-14",
        ),
        (  # nor days naming which day a noun or a pronoun is
            "Cette journée est la 26ème journée qui fait suite à la journée du "
            "<t value='2018-12-11'>11 décembre</t>, et tout au début, celle du "
            "<t value='2018-11-17'>samedi 17 novembre 2018</t>.\n\n"
            "Vers <t value='2018-12-12T06:00'>6h00</t>, les policiers ont débloqué le dépôt.",
            "2018-12-12",
        ),
        (  # a day dating its clause still does
            "Un attentat s'est produit <t value='2016-03-25'>ce vendredi 25 mars</t> lors d'un "
            "match.\n\n"
            "Vers <t value='2016-03-25T19:00'>19 h 00</t>, un adolescent a actionné sa ceinture.",
            "2016-03-29",
        ),
    ],
)
def test_timex_puts_a_timeline_entry_on_the_day_of_the_timeline(extractor, annotated, published):
    check(extractor, annotated, published)


def test_timex_reads_no_feast_in_the_name_of_father_christmas(extractor):
    check(
        extractor,
        "Des individus déguisés en père Noël ont ouvert le feu. Le Père Noël est venu à "
        "<t value='2022-12-25'>Noël</t>.",
    )


def test_timex_puts_an_evening_hour_of_a_night_on_its_eve(extractor):
    check(
        extractor,
        "Dans <t value='2018-12-01TNI'>la nuit du samedi</t> à <t value='2018-12-02'>dimanche"
        "</t>, dès <t value='2018-12-01T22:30'>22h30</t>, des manifestants ont incendié des "
        "véhicules jusqu'à <t value='2018-12-02T03:00'>3h00</t>.",
        "2018-12-02",
    )
    # the hours after midnight stay on the night's second day
    check(
        extractor,
        "Dans <t value='2018-12-01TNI'>la nuit du samedi</t> à <t value='2018-12-02'>dimanche"
        "</t>, vers <t value='2018-12-02T02:00'>2 heures</t>, des voitures ont brûlé.",
        "2018-12-02",
    )


def test_timex_counts_the_following_year_or_month_from_the_date_told(extractor):
    check(
        extractor,
        "Le régime a duré jusqu'à l'arrivée de Mohamed Morsi en <t value='2012'>2012</t>. Il a "
        "été rétabli après la destitution de ce dernier <t value='2013'>l'année suivante</t>.",
        "2017-04-10",
    )
    check(
        extractor,
        "Le chômage s'établit à 11,9 % pour <t value='2016-11'>novembre</t>, contre 11,8 % "
        "<t value='2016-10'>le mois précédent</t>.",
        "2017-01-09",
    )
    # `prochain`, `dernier` still count from the article's day
    check(
        extractor,
        "Il a été élu en <t value='2012'>2012</t>. Il se représentera "
        "<t value='2018'>l'année prochaine</t>.",
        "2017-04-10",
    )

# ruff: noqa: E501  (one annotated sentence per line reads better than wrapped strings)
"""Amounts on inline-annotated French sentences: value, unit and approximation as printed."""

from __future__ import annotations

import pytest

from tests.annotated import parse
from veille.extract.amounts import extract_amounts, figure_date


def amounts_of(nlp, annotated: str):
    text, annotations = parse(annotated)
    doc = nlp(text)
    doc._.veille_timexes = []
    found = extract_amounts(doc)
    expected = [a for a in annotations if a.tag == "amount"]
    return found, expected


CASES = {
    "spaced_thousands": "Il y a eu <amount value='3000' unit='personne'>3 000 personnes</amount>.",
    "no_break_space_thousands": "On compte <amount value='12500' unit='soldat'>12\u00a0500 soldats</amount>.",
    "decimal_comma_percent": "Le chômage atteint <amount value='12.5' unit='%'>12,5 %</amount>.",
    "scale_word_money": "Un plan de <amount value='1500000000' unit='EUR'>1,5 milliard d'euros</amount>.",
    "dollars_are_usd": "Les échanges ont atteint <amount value='190000000' unit='USD'>190 millions de dollars</amount>.",
    "abbreviated_billions": "Un contrat de <amount value='3000000000' unit='EUR'>3 Md€</amount> a été signé.",
    "abbreviated_millions": "Le film a coûté <amount value='40000000' unit='USD'>40 M$</amount>.",
    "qualified_dollars": "Il a versé <amount value='2000' unit='CAD'>2 000 dollars canadiens</amount>.",
    "yuans": "Une amende de <amount value='500' unit='CNY'>500 yuans</amount>.",
    "roubles": "Un budget de <amount value='2000000' unit='RUB'>2 millions de roubles</amount>.",
    "francs_cfa": "Le prix est de <amount value='1000' unit='XOF'>1 000 francs CFA</amount>.",
    "number_word": "Il y a eu <amount value='2' unit='mort'>deux morts</amount>.",
    "compound_number_word": "On compte <amount value='95' unit='blessé'>quatre-vingt-quinze blessés</amount>.",
    "approximate_noun": "Il a reçu <amount value='10' unit='soldat' approx='about'>une dizaine de soldats</amount>.",
    "plus_de_is_gt": "Le forum rassemble <amount value='130' unit='pays' approx='gt'>plus de 130 pays</amount>.",
    "moins_de_is_lt": "La hausse est de <amount value='5' unit='%' approx='lt'>moins de 5 %</amount>.",
    "pres_de_is_about": "Il y a eu <amount value='200' unit='mort' approx='about'>près de 200 morts</amount>.",
    "environ_is_about": "Il a parcouru <amount value='300' unit='km' approx='about'>environ 300 km</amount>.",
    "physical_units": "Il transporte <amount value='5' unit='t'>5 tonnes</amount> sur <amount value='12' unit='km'>12 kilomètres</amount>.",
    "megawatts": "La centrale produit <amount value='50' unit='MW'>50 mégawatts</amount>.",
    "barrels_are_counted": "La production atteint <amount value='3000' unit='baril'>3 000 barils</amount>.",
    "compound_counted_noun": "L'attaque a blessé <amount value='10' unit='casque bleu'>dix casques bleus</amount>.",
    "shared_unit_in_a_range": "Le score passe de <amount value='36' unit='%'>36</amount> à <amount value='31' unit='%'>31 %</amount>.",
    "autres_takes_the_previous_unit": "Il y a <amount value='5' unit='mort'>5 morts</amount> et <amount value='30' unit='mort'>30 autres</amount>.",
    "half_is_fifty_percent": "<amount value='50' unit='%'>La moitié</amount> des journalistes partiront.",
    "one_in_five_is_twenty_percent": "Il y aura <amount value='20' unit='%'>un train sur cinq</amount>.",
    "capitalised_number_word": "<amount value='2' unit='soldat'>Deux soldats</amount> ont été blessés.",
    "signed_change_after_a_percentage_is_in_points": "Le taux atteint <amount value='10.2' unit='%'>10,2 %</amount> (<amount value='0.6' unit='point'>+0,6</amount>).",
    "approximation_before_a_no_break_space": "Le forum rassemble <amount value='130' unit='pays' approx='gt'>plus de\u00a0130 pays</amount>.",
    "not_dates_times_ages": "Le 17 octobre 2023 à 14 h 30, un homme de 39 ans est arrivé.",
    "not_ordinals_or_scores": "Au 3e tour, l'équipe a gagné 3-1 pour la 2ème fois.",
    "not_numbers_in_names": "Le G20 se réunit ; la Ligue 1 reprend ; l'article 49 alinéa 3 est utilisé.",
    "not_a_factor": "La diffusion a été divisée par trois en cinq ans.",
}


@pytest.mark.model
@pytest.mark.parametrize("annotated", CASES.values(), ids=CASES.keys())
def test_amount_value_unit_and_approximation(nlp, annotated):
    found, expected = amounts_of(nlp, annotated)
    got = [(a.value, a.unit, a.approx) for a in found]
    want = [
        (float(e.attrs["value"]), e.attrs["unit"], e.attrs.get("approx", "eq")) for e in expected
    ]
    assert got == want
    for amount, gold in zip(found, expected, strict=True):
        assert amount.start < gold.end and gold.start < amount.end
        assert amount.text == amount.text.strip()


@pytest.mark.model
def test_subject_is_the_subject_of_the_verb(nlp):
    found, _ = amounts_of(
        nlp, "Les échanges commerciaux ont atteint 190 millions de dollars en 2022."
    )
    (amount,) = found
    assert amount.subject == "échanges commerciaux"


@pytest.mark.model
def test_subject_is_the_noun_a_figure_completes(nlp):
    found, _ = amounts_of(nlp, "Le gouvernement annonce une hausse de 5 % des salaires.")
    (amount,) = found
    assert amount.subject == "hausse"


@pytest.mark.model
def test_centimes_take_the_currency_of_the_article(nlp):
    found, _ = amounts_of(nlp, "Le journal coûtait 50 centimes. Il a perdu 5,2 millions de livres.")
    assert [(a.value, a.unit) for a in found] == [(0.5, "GBP"), (5200000, "GBP")]


@pytest.mark.model
def test_amount_date_comes_from_a_timex_of_its_sentence(nlp):
    text = "Les échanges ont atteint 190 millions de dollars en 2022. Ils baisseront en 2023."
    doc = nlp(text)
    year = text.index("2022")
    later = text.index("2023")
    doc._.veille_timexes = [
        {"start": year, "end": year + 4, "text": "2022", "type": "DATE", "value": "2022"},
        {"start": later, "end": later + 4, "text": "2023", "type": "DATE", "value": "2023"},
    ]
    (amount,) = extract_amounts(doc)
    assert amount.date == "2022"


def test_figure_date_picks_the_nearest_date_in_the_sentence():
    timexes = [
        {"start": 0, "end": 4, "type": "DATE", "value": "2021"},
        {"start": 40, "end": 44, "type": "DATE", "value": "2022"},
        {"start": 50, "end": 53, "type": "DURATION", "value": "P3D"},
        {"start": 120, "end": 124, "type": "DATE", "value": "2023"},
    ]
    assert figure_date(30, 38, (0, 100), timexes) == "2022"
    assert figure_date(30, 38, (20, 100), timexes[2:]) is None


def test_figure_date_is_null_without_timexes():
    assert figure_date(10, 20, (0, 50), []) is None


@pytest.mark.model
def test_thin_space_thousands_are_one_figure(nlp):
    from veille.extract.amounts import extract_amounts

    doc = nlp("La réforme supprime 5\u2009000 emplois et touche 3\u2009 000 personnes.")
    assert [(a.value, a.unit) for a in extract_amounts(doc)] == [
        (5000, "emploi"),
        (3000, "personne"),
    ]


def dates_of(nlp, annotated: str):
    """Amount dates found and expected: timexes inline as <t value=... type=...>."""
    text, annotations = parse(annotated)
    doc = nlp(text)
    doc._.veille_timexes = [
        {
            "start": a.start,
            "end": a.end,
            "text": a.text,
            "type": a.attrs.get("type", "DATE"),
            "value": a.attrs["value"],
        }
        for a in annotations
        if a.tag == "t"
    ]
    found = [(a.text, a.date) for a in extract_amounts(doc)]
    expected = [(a.text, a.attrs.get("date")) for a in annotations if a.tag == "amount"]
    return found, expected


DATED = {
    "date_opening_a_sentence_the_model_cuts_at_a_hyphen": (
        "Le président a parlé.\n\n<t value='2018-W11'>La semaine dernière</t>, le Royaume-Uni a "
        "déjà expulsé <amount date='2018-W11'>23 diplomates russes</amount>."
    ),
    "date_of_the_next_paragraph_is_not_the_figures": (
        "Il a obtenu <amount>42 %</amount>.\n\nIl a été fondé en <t value='1872'>1872</t>."
    ),
    "a_period_dates_no_figure": (
        "De <t value='2012'>2012</t> à <t value='2016'>2016</t>, il a donné "
        "<amount>7 conférences</amount> rémunérées."
    ),
    "the_more_precise_end_of_two_linked_dates_is_the_date": (
        "Sprint a affirmé que <amount date='2018-03'>5 000 emplois</amount> seraient créés d'"
        "<t value='2016-12-29'>ici</t> à <t value='2018-03'>la fin mars 2018</t>."
    ),
    "a_relative_clause_dates_the_noun_it_describes_not_another_figure": (
        "Il retient toujours <amount>200 lycéennes</amount> parmi les <amount "
        "date='2014'>276</amount> qu'il avait capturées en <t value='2014'>2014</t>."
    ),
    "a_relative_clause_of_another_tense_tells_of_another_time": (
        "Le Canada et l'Union européenne ont signé <t value='2016-10-30'>dimanche</t> un accord "
        "qui supprimera <amount>99 %</amount> des droits de douane."
    ),
    "a_relative_clause_of_the_same_tense_keeps_the_date": (
        "<t value='2018-06-17'>Le dimanche 17 juin</t>, Iván Duque a remporté l'élection avec "
        "<amount date='2018-06-17'>54 %</amount> des voix, face à Gustavo Petro, qui en a "
        "obtenu <amount date='2018-06-17'>42 %</amount>."
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("annotated", DATED.values(), ids=DATED.keys())
def test_amount_date(nlp, annotated):
    found, expected = dates_of(nlp, annotated)
    assert found == expected

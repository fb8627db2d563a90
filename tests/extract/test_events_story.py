"""Sides an event's sentence leaves unnamed and the article names elsewhere (the story pass,
`veille.extract.events.story`)."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import coded_events


def _events(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(code, source name, target name, trigger text) of each event coded from `text`."""
    return coded_events(nlp, text, "trigger")


def _assaults(events: list[tuple[str, str | None, str | None, str]]) -> list[tuple]:
    return [(s, t) for c, s, t, _ in events if c.startswith("18")]


@pytest.mark.model
def test_claim_coordinated_without_a_subject_of_its_own_names_the_attacker(nlp):
    text = (
        "Un attentat a frappé jeudi un marché de Kaboul. L'attaque, qui a eu lieu près du "
        "palais présidentiel, a été revendiquée par les talibans."
    )
    assert _assaults(_events(nlp, text)) == [("Talibans", "Kaboul")]


@pytest.mark.model
def test_claim_told_by_a_participle_names_the_attacker(nlp):
    text = (
        "Un attentat a frappé jeudi un marché de Kaboul. Ces attaques, revendiquées par les "
        "talibans, ont fait dix morts."
    )
    assert _assaults(_events(nlp, text)) == [("Talibans", "Kaboul")]


@pytest.mark.model
def test_headline_attack_takes_no_doer_from_the_story(nlp):
    text = (
        "Afghanistan : un attentat à Kaboul\n\n17 octobre 2023. Un attentat a frappé jeudi le "
        "ministère de l'Intérieur afghan. L'attaque a été revendiquée par les talibans."
    )
    assert _assaults(_events(nlp, text)) == [("Talibans", "ministère de l'Intérieur")]


@pytest.mark.model
def test_killing_told_with_the_attack_it_is_the_toll_of_stays_a_death_report(nlp):
    toll = (
        "Un attentat a frappé jeudi le ministère de l'Intérieur afghan. Dix policiers ont été "
        "tués lors de l'attaque. L'attentat a été revendiqué par les talibans."
    )
    alone = (
        "Un attentat a frappé jeudi le ministère de l'Intérieur afghan. Dix policiers ont été "
        "tués. L'attentat a été revendiqué par les talibans."
    )
    assert ("Talibans", "policiers") not in _assaults(_events(nlp, toll))
    assert ("Talibans", "policiers") in _assaults(_events(nlp, alone))


@pytest.mark.model
def test_criticism_without_whom_it_aims_at_aims_at_the_articles_protagonist(nlp):
    text = (
        "Joseph Kabila a reporté les élections à 2018. Le président Kabila a aussi nommé un "
        "nouveau gouvernement. L'opposition a vivement critiqué ce choix."
    )
    assert [(c, s, t) for c, s, t, _ in _events(nlp, text)] == [
        ("111", "opposition", "Joseph Kabila")
    ]


@pytest.mark.model
def test_article_about_two_actors_equally_has_no_protagonist(nlp):
    text = (
        "Joseph Kabila a reporté les élections à 2018. Moïse Katumbi a quitté le pays. Le "
        "président Kabila et l'opposant Katumbi se sont rencontrés. L'Union africaine a "
        "vivement critiqué ce choix."
    )
    assert ("111", "Union africaine", None) in [(c, s, t) for c, s, t, _ in _events(nlp, text)]


@pytest.mark.model
def test_condemnation_of_an_event_told_there_does_not_aim_at_the_protagonist(nlp):
    text = (
        "Joseph Kabila a reporté les élections à 2018. Le président Kabila a aussi nommé un "
        "nouveau gouvernement. L'opposition a condamné cet attentat contre le ministre."
    )
    assert ("111", "opposition", "Joseph Kabila") not in [
        (c, s, t) for c, s, t, _ in _events(nlp, text)
    ]


@pytest.mark.model
def test_criticism_of_a_thing_not_told_before_does_not_aim_at_the_protagonist(nlp):
    text = (
        "Joseph Kabila a reporté les élections à 2018. Le président Kabila a aussi nommé un "
        "nouveau gouvernement. L'opposition a dénoncé une ingérence étrangère."
    )
    assert ("111", "opposition", "Joseph Kabila") not in [
        (c, s, t) for c, s, t, _ in _events(nlp, text)
    ]


GOMA = (
    "Les rebelles du M23 {} la ville de Goma. Des milliers d'habitants ont fui vers le "
    "Rwanda. Les écoles sont restées fermées. Les hôpitaux manquent de médicaments. Le marché "
    "central est resté fermé. L'Union africaine a condamné l'attaque."
)


@pytest.mark.model
def test_condemnation_of_an_event_told_long_before_aims_at_its_doer(nlp):
    events = _events(nlp, GOMA.format("ont attaqué lundi"))
    assert ("111", "Union africaine", "Mouvement du 23 mars") in [
        (c, s, t) for c, s, t, _ in events
    ]


@pytest.mark.model
def test_condemnation_does_not_aim_at_the_doer_of_an_event_that_did_not_happen(nlp):
    events = _events(nlp, GOMA.format("n'ont pas attaqué"))
    assert ("111", "Union africaine", None) in [(c, s, t) for c, s, t, _ in events]


DECREE = "Le décret migratoire de Donald Trump interdit l'entrée aux ressortissants de six pays. "


@pytest.mark.model
def test_thing_told_again_without_its_owner_is_the_owners_told_before(nlp):
    events = _events(
        nlp, DECREE + "Il entre en vigueur jeudi. Le décret a été suspendu par un juge fédéral."
    )
    assert ("172", "juge fédéral", "Donald Trump") in [(c, s, t) for c, s, t, _ in events]


@pytest.mark.model
def test_people_told_again_are_not_whom_they_belong_to(nlp):
    text = (
        "Les partisans de Donald Trump ont manifesté samedi. Les partisans ont été critiqués "
        "par le Parti démocrate."
    )
    assert ("111", "Parti démocrate", "Donald Trump") not in [
        (c, s, t) for c, s, t, _ in _events(nlp, text)
    ]


@pytest.mark.model
def test_second_disapproval_coordinated_with_an_aimed_one_aims_at_the_same(nlp):
    text = GOMA.replace("l'attaque.", "l'attaque et dénonce une violence inadmissible.")
    events = [(c, s, t) for c, s, t, _ in _events(nlp, text.format("ont attaqué lundi"))]
    assert ("111", "Union africaine", None) not in events
    assert ("111", "Union africaine", "Mouvement du 23 mars") in events


@pytest.mark.model
def test_earlier_attack_told_in_the_pluperfect_takes_no_doer_from_the_claim(nlp):
    text = (
        "Un attentat a frappé jeudi un marché de Kaboul. En 2015, une attaque contre Kandahar "
        "avait fait dix morts. L'attentat a été revendiqué par les talibans."
    )
    assert _assaults(_events(nlp, text)) == [("Talibans", "Kaboul"), (None, "Kandahar")]


@pytest.mark.model
def test_violence_on_the_attackers_is_not_the_claimants(nlp):
    text = (
        "Un attentat a frappé jeudi le ministère de l'Intérieur afghan. Les forces de défense "
        "et de sécurité afghanes ont riposté, abattant les trois assaillants. L'attaque a été "
        "revendiquée par les talibans."
    )
    assert ("Talibans", "assaillants") not in _assaults(_events(nlp, text))


@pytest.mark.model
def test_passive_act_aims_at_the_owner_its_subject_names(nlp):
    text = (
        "La nouvelle version du décret migratoire de Donald Trump vient d'être bloquée par "
        "un juge fédéral."
    )
    assert [(c, t) for c, _, t, _ in _events(nlp, text) if c.startswith("12")] == [
        ("129", "Donald Trump")
    ]


@pytest.mark.model
def test_passive_act_on_a_thing_naming_no_owner_aims_at_no_one(nlp):
    text = "La nouvelle loi a été bloquée par la Cour constitutionnelle."
    assert [(c, t) for c, _, t, _ in _events(nlp, text)] == [("129", None)]


@pytest.mark.model
def test_attack_story_gives_its_doerless_attacks_to_the_one_actor_named_as_attacker(nlp):
    text = (
        "Mali : attaque contre la MINUSMA à Tombouctou\n\n17 octobre 2023. Une double attaque a "
        "visé samedi le camp de la MINUSMA à Tombouctou. Des terroristes déguisés en casques "
        "bleus ont tenté de s'infiltrer dans le camp. L'attaque n'a pas été revendiquée."
    )
    assert _assaults(_events(nlp, text)) == [
        (
            "terroristes déguisés",
            "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali",
        )
    ]


@pytest.mark.model
def test_attacks_told_in_an_article_whose_title_tells_none_take_no_named_attacker(nlp):
    text = (
        "Mali : visite du ministre à Tombouctou\n\n17 octobre 2023. Une double attaque a visé "
        "samedi le camp de la MINUSMA à Tombouctou. Des terroristes déguisés en casques bleus "
        "ont tenté de s'infiltrer dans le camp."
    )
    assert [s for s, _ in _assaults(_events(nlp, text))] == [None]


@pytest.mark.model
def test_attack_claimed_in_its_sentence_takes_no_named_attacker(nlp):
    text = (
        "Russie : deux policiers tués\n\n17 octobre 2023. Deux policiers ont été tués samedi "
        "par des tireurs à Grozny. L'EI a revendiqué jeudi l'assassinat d'un policier à "
        "Astrakhan."
    )
    assert ("tireurs", "policier") not in _assaults(_events(nlp, text))


@pytest.mark.model
def test_judgement_of_a_clause_about_an_event_told_before_aims_at_its_doer(nlp):
    named = (
        "La Russie a proposé lundi une résolution sur Gaza. La France a jugé inacceptable que "
        "le Hamas ne soit jamais nommé dans la proposition."
    )
    no_event = (
        "La Russie a proposé lundi une résolution sur Gaza. La France a jugé inacceptable que "
        "le Hamas ne soit jamais nommé dans le texte."
    )
    judged = [(c, s, t) for c, s, t, _ in _events(nlp, named) if c.startswith("11")]
    assert judged == [("111", "France", "Russie")]
    assert ("111", "France", None) in [(c, s, t) for c, s, t, _ in _events(nlp, no_event)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Les rebelles du M23 ont attaqué lundi la ville de Goma. Des milliers d'habitants "
            "ont fui vers le Rwanda. L'Union africaine a vivement réagi à l'attaque.",
            ("111", "Union africaine", "Mouvement du 23 mars"),
            id="reaction-to-the-attack",
        ),
        pytest.param(
            "Un attentat a frappé jeudi un marché de Kaboul. L'attentat a été revendiqué par "
            "les talibans. L'ONU a condamné l'attentat.",
            ("111", "Organisation des Nations unies", "Talibans"),
            id="condemnation-of-a-claimed-attack",
        ),
    ],
)
def test_reaction_to_an_event_told_before_aims_at_its_doer(nlp, text, expected):
    """A reaction to an event told again aims at its doer: the attacker, or the claimant of
    an attack told without one."""
    assert expected in [(c, s, t) for c, s, t, _ in _events(nlp, text)]


@pytest.mark.model
def test_act_told_again_without_its_doer_is_the_one_told_before(nlp):
    text = (
        "Le Parlement sud-coréen a suspendu vendredi la présidente Park Geun-hye de ses "
        "fonctions. Des milliers de manifestants ont fêté la décision à Séoul. La présidente "
        "Park a été suspendue pour corruption."
    )
    assert [(c, s, t) for c, s, t, _ in _events(nlp, text)] == [
        ("172", "Parlement sud-coréen", "Park Geun-hye")
    ]


@pytest.mark.model
def test_attack_on_a_place_the_title_does_not_name_takes_no_named_attacker(nlp):
    text = (
        "Égypte : deux églises visées par des attentats\n\n17 octobre 2023. Deux églises ont "
        "été visées dimanche par des attentats à Tanta. Un kamikaze s'est fait exploser devant "
        "l'église. Deux jours après l'attentat survenu à Stockholm, c'est au tour de l'Égypte "
        "d'être visée."
    )
    assert ("kamikaze", "Stockholm") not in _assaults(_events(nlp, text))


@pytest.mark.model
def test_questioning_without_its_agent_is_the_police_named_before(nlp):
    told = (
        "La police de Fort Myers a affirmé qu'il ne s'agissait pas d'un acte de terrorisme. "
        "Trois personnes ont été interrogées lundi matin."
    )
    unnamed = "Une fusillade a fait deux morts à Bruxelles. Mohamed Abrini a été interrogé lundi."
    agent = (
        "La police belge a confirmé l'attaque. Mohamed Abrini a été interrogé lundi par un juge."
    )
    questioned = [(s, t) for c, s, t, _ in _events(nlp, told) if c.startswith("09")]
    assert questioned == [("police de Fort Myers", "personnes")]
    assert not [s for c, s, _, _ in _events(nlp, unnamed) if c.startswith("09") and s]
    assert "police belge" not in [s for c, s, _, _ in _events(nlp, agent) if c.startswith("09")]


_ATTACK_CLAIMED = (
    "Somalie : attentat à Mogadiscio\n\n17 octobre 2023. Un attentat a frappé lundi un hôtel de "
    "Mogadiscio. L'attaque a été revendiquée par les shebab. "
)


@pytest.mark.model
def test_security_forces_fire_told_without_whom_it_strikes_strikes_the_attacker(nlp):
    text = _ATTACK_CLAIMED + (
        "Le véhicule a explosé après que les forces de sécurité ont ouvert le feu en sa direction."
    )
    fights = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c.startswith("19")]
    assert fights == [("193", "forces de sécurité", "Al-Shabaab")]


@pytest.mark.model
def test_fire_of_others_than_police_or_army_takes_no_attacker_from_the_story(nlp):
    text = _ATTACK_CLAIMED + "Des habitants armés ont ouvert le feu en sa direction."
    assert not [e for e in _events(nlp, text) if e[0].startswith("19")]


_ATTACK_IN_MAIDUGURI = (
    "Nigeria : attaque à Maiduguri\n\n17 octobre 2023. Des hommes armés ont attaqué lundi un "
    "marché de Maiduguri. L'attaque a été revendiquée par Boko Haram. "
)


@pytest.mark.model
def test_statement_that_the_attack_was_terrorism_is_about_its_doer(nlp):
    text = _ATTACK_IN_MAIDUGURI + (
        "Le gouvernement nigérian a confirmé qu'il s'agissait d'un acte de terrorisme."
    )
    statements = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c == "010"]
    assert statements == [("010", "gouvernement nigérian", "Boko Haram")]


@pytest.mark.model
def test_statement_that_it_was_no_terrorism_or_about_something_else_names_no_one(nlp):
    denied = _ATTACK_IN_MAIDUGURI + (
        "Le gouvernement nigérian a affirmé qu'il ne s'agissait pas d'un acte de terrorisme."
    )
    other = _ATTACK_IN_MAIDUGURI + (
        "Le gouvernement nigérian a affirmé qu'il s'agissait d'une décision difficile."
    )
    for text in (denied, other):
        statements = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c == "010"]
        assert statements == [("010", "gouvernement nigérian", None)]


@pytest.mark.model
def test_charge_in_the_passive_is_brought_by_the_court_its_reporting_clause_names(nlp):
    text = (
        "Karim Benali a foncé jeudi sur la foule à Anvers. Karim Benali a été inculpé pour « "
        "tentative d'assassinat à caractère terroriste », a annoncé le parquet fédéral de "
        "Belgique."
    )
    charges = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c.startswith("112")]
    assert charges == [("1121", "parquet", "Karim Benali")]


@pytest.mark.model
def test_charge_in_the_passive_is_not_the_police_named_before(nlp):
    text = (
        "Karim Benali a foncé jeudi sur la foule à Anvers. La police a bouclé le quartier. "
        "Karim Benali a été inculpé pour tentative d'assassinat."
    )
    charges = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c.startswith("112")]
    assert charges == [("1121", None, "Karim Benali")]

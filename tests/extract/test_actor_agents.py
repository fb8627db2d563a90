"""Descriptive actors ("agents"): noun phrases naming a body or a group by what it is."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.annotated import parse
from veille import components

pytestmark = pytest.mark.model


def actors_of(nlp, text: str) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = "2016-06"
    return components.records_of(nlp(doc), "actors")


def actor_with_mention(actors: list[dict[str, Any]], start: int, end: int) -> dict[str, Any]:
    found = [a for a in actors for m in a["mentions"] if (m["start"], m["end"]) == (start, end)]
    assert len(found) == 1, f"no single actor with a mention at {start}-{end}: {actors}"
    return found[0]


def expect_agents(nlp, annotated: str) -> tuple[str, list[dict[str, Any]]]:
    """Every `<agent ...>` is the exact span of one actor's mention, with those attributes
    (`country='none'` for no country)."""
    text, annotations = parse(annotated)
    actors = actors_of(nlp, text)
    for expected in annotations:
        actor = actor_with_mention(actors, expected.start, expected.end)
        for key, value in expected.attrs.items():
            assert actor[key] == (None if value == "none" else value), (expected.text, actor)
    return text, actors


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='OPP' kind='group'>Les manifestants</agent> ont envahi la place.",
        "<agent cameo='OPP' country='none'>Ses détracteurs</agent> dénoncent un coup d'État.",
        "Le bâtiment a été évacué par <agent cameo='COP' kind='group'>les policiers</agent>.",
        "<agent cameo='CVL'>Les habitants</agent> ont fui vers le nord.",
        "<agent cameo='REB'>Les rebelles</agent> ont pris la ville.",
        "Les journalistes ont interrogé <agent cameo='JUD' kind='person'>le procureur</agent>.",
        "<agent cameo='IGO' kind='organization'>La communauté internationale</agent> a "
        "vivement critiqué l'essai.",
        "<agent cameo='CVL' kind='group'>Les otages</agent> ont été libérés par l'armée.",
        "Il a frappé <agent cameo='OPP' kind='person'>un jeune manifestant</agent> à terre.",
        "<agent cameo='HLH' kind='organization'>L'hôpital</agent> a été bombardé dans la nuit.",
    ],
)
def test_agents_take_the_sector_of_their_head_noun(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='USACOP' country='USA'>Les forces de l'ordre américaines</agent> ont "
        "abattu le tireur.",
        "<agent cameo='SOMCOP' country='SOM'>Les forces de sécurité somaliennes</agent> ont "
        "riposté.",
        "<agent cameo='SYRMED' country='SYR'>La télévision d'État syrienne</agent> a diffusé "
        "les images.",
    ],
)
def test_agents_take_their_country_from_a_demonym_adjective(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='GOV' kind='organization'>Les autorités locales d'Orlando</agent> "
        "appellent au calme.",
        "Selon <agent cameo='COP' country='none'>la police de Fort Myers</agent>, deux "
        "personnes sont mortes.",
        "<agent cameo='FRACOP' country='FRA'>Les policiers de France</agent> ont manifesté.",
    ],
)
def test_agents_take_a_de_complement_and_its_country(nlp, annotated):
    expect_agents(nlp, annotated)


def test_agents_keep_the_place_of_their_complement_as_its_own_actor(nlp):
    text, _ = expect_agents(nlp, "<agent>Les autorités locales d'Orlando</agent> ont parlé.")
    places = [a for a in actors_of(nlp, text) if a["kind"] == "place"]
    assert [m["text"] for p in places for m in p["mentions"]] == ["Orlando"]


def test_agents_leave_phrases_the_linker_resolved_alone(nlp):
    _text, actors = expect_agents(
        nlp, "<agent cameo='CHNGOV'>Les autorités chinoises</agent> ont arrêté des dissidents."
    )
    assert [a["id"] for a in actors if a["cameo"] == "CHNGOV"] == ["government:CHN"]
    spans = sorted((m["start"], m["end"]) for a in actors for m in a["mentions"])
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))


def test_agents_join_a_repeated_description_into_one_actor(nlp):
    _text, actors = expect_agents(
        nlp,
        "<agent>Les manifestants</agent> ont défilé lundi. La police a dispersé "
        "<agent>les manifestants</agent> dans la soirée.",
    )
    protesters = [a for a in actors if a["id"] == "group:manifestants"]
    assert len(protesters) == 1
    assert len(protesters[0]["mentions"]) == 2


def test_agents_mentions_index_the_text_exactly(nlp):
    text = "Des milliers de manifestants ont défilé, selon ses détracteurs et la police."
    for actor in actors_of(nlp, text):
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    expect_agents(nlp, "<agent cameo='OPP'>Des milliers de manifestants</agent> ont défilé.")


def test_agents_name_the_leader_of_an_agent_as_a_person_of_its_sector(nlp):
    expect_agents(nlp, "<agent kind='person' cameo='COP'>Le chef de la police</agent> a démenti.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La table de la cuisine a été repeinte hier.", "table"),
        ("Il est arrivé au pouvoir en 2010 après une longue campagne.", "pouvoir"),
        ("Le policier Mohamed Abdulkadir a été blessé.", "policier"),
        ("La députée du Labour Jo Cox a été blessée.", "députée"),
        ("Le projet rencontre une vive opposition en France.", "opposition"),
        ("Les blessés ont été transportés à l'hôpital.", "hôpital"),
        ("Les rebelles ont libéré des otages israéliens.", "otages"),
    ],
)
def test_agents_skip_phrases_that_name_no_agent(nlp, text, absent):
    mentions = [m["text"] for a in actors_of(nlp, text) for m in a["mentions"]]
    assert not [m for m in mentions if absent in m]


def test_agents_skip_a_capitalised_name_made_of_agent_nouns(nlp):
    actors = actors_of(nlp, "Les Forces armées révolutionnaires de Colombie ont signé.")
    assert [a for a in actors if a["cameo"] == "MIL"] == []


@pytest.mark.parametrize(
    ("annotated", "organisation"),
    [
        ("<agent>Les islamistes shebab</agent> ont revendiqué l'attentat.", "org:shebab"),
        (
            "<agent>Les djihadistes de l'État islamique</agent> ont attaqué la ville.",
            "org:etat-islamique",
        ),
        (
            "Les shebab ont attaqué <agent>des forces de l'AMISOM</agent> à Mogadiscio.",
            "org:amisom",
        ),
        ("<agent>Les troupes de l'OTAN</agent> ont quitté le pays.", "org:otan"),
    ],
)
def test_agents_name_members_or_armed_forces_of_a_known_organisation_as_the_organisation(
    nlp, annotated, organisation
):
    text, annotations = parse(annotated)
    (expected,) = annotations
    actor = actor_with_mention(actors_of(nlp, text), expected.start, expected.end)
    assert actor["id"] == organisation


def test_agents_keep_the_forces_of_a_country_its_military(nlp):
    actors = actors_of(nlp, "Des combats les ont opposés aux forces de la RDC à la frontière.")
    assert [a["cameo"] for a in actors if a["id"].startswith("org:forces")] == ["CODMIL"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La Russie a retiré ses troupes de la région.", "troupes"),
        (
            "L'association des armées du Nigeria, du Cameroun et du Tchad a repoussé le groupe.",
            "armées",
        ),
    ],
)
def test_agents_leave_own_forces_and_coordinated_complements_to_the_names(nlp, text, absent):
    mentions = [m["text"] for a in actors_of(nlp, text) for m in a["mentions"]]
    assert not [m for m in mentions if absent in m]


def test_agents_keep_the_adjectives_before_their_noun_in_the_name(nlp):
    _, actors = expect_agents(
        nlp,
        "Selon <agent kind='person' cameo='SYRCOP'>un haut responsable des services de sécurité "
        "syriens</agent>, rien n'a changé.",
    )
    assert any(a["name"].startswith("haut responsable") for a in actors)


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='IGO'>La communauté internationale</agent> a condamné l'attaque.",
        "<agent cameo='PTY'>La gauche</agent> a critiqué le projet.",
        "<agent cameo='PTY'>L'extrême droite</agent> a manifesté.",
        "<agent cameo='PTY'>Ses supporters</agent> ont manifesté devant le palais.",
        "<agent cameo='PTY' kind='group'>Les candidats</agent> ont débattu hier soir.",
    ],
)
def test_agents_name_political_camps_and_the_international_community(nlp, annotated):
    expect_agents(nlp, annotated)


def test_agents_read_local_authorities_as_a_local_body_not_the_state(nlp):
    _, actors = expect_agents(
        nlp,
        "La fusillade a eu lieu aux États-Unis. <agent cameo='GOV' country='none'>Les autorités "
        "locales</agent> ont confirmé le bilan.",
    )
    assert not any(a["id"] == "government:USA" for a in actors)


def test_agents_read_a_description_apposed_to_a_name_as_that_actor_again_later(nlp):
    text = (
        "L'attentat a été revendiqué par l'agence de presse de l'État islamique, Amaq. "
        "Selon l'agence de presse, le tireur était un combattant."
    )
    actors = actors_of(nlp, text)
    (amaq,) = [a for a in actors if any(m["text"] == "Amaq" for m in a["mentions"])]
    texts = {m["text"] for m in amaq["mentions"]}
    assert {"l'agence de presse de l'État islamique", "l'agence de presse"} <= texts


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='USAGOV' country='USA' kind='person'>Le gouverneur de Floride</agent> a "
        "déclaré l'état d'urgence.",
        "<agent cameo='GOV' kind='person'>Le maire</agent> a demandé des renforts.",
    ],
)
def test_agents_name_an_office_holder_by_the_office(nlp, annotated):
    expect_agents(nlp, annotated)


def test_agents_leave_an_office_noun_alone_as_an_object_out(nlp):
    actors = actors_of(nlp, "Les habitants ont écrit au maire.")
    assert not [a for a in actors if a["id"].startswith("person:maire")]


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='CVL' kind='group'>Trois personnes</agent> ont été interrogées.",
        "<agent cameo='CVL'>Quelques individus</agent> ont jeté des pierres.",
    ],
)
def test_agents_name_people_counted_by_a_number(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "text",
    [
        "Les personnes âgées sont restées chez elles.",
        "Des milliers de personnes ont défilé dans la capitale.",
        "Des personnes ont été vues sur place.",
    ],
)
def test_agents_leave_people_not_counted_out(nlp, text):
    actors = actors_of(nlp, text)
    assert not [a for a in actors if "personnes" in a["id"]]


def test_agents_leave_tout_before_the_determiner_out(nlp):
    expect_agents(
        nlp, "Il a appelé au rassemblement de toute <agent cameo='PTY'>la gauche</agent>."
    )


def test_agents_find_a_head_that_spacy_keeps_as_a_symbol(nlp):
    # "agent" has a small symbol id in spaCy's string store, not its hash
    expect_agents(nlp, "<agent cameo='COP'>Des agents de sécurité</agent> ont été blessés.")


def test_agents_leave_an_adjective_of_presence_out_of_the_name(nlp):
    expect_agents(
        nlp,
        "Des coups de feu ont été échangés avec <agent id='group:gardes'>les gardes</agent> "
        "présents sur place.",
    )


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='GMBGOV' country='GMB'>La banque centrale gambienne</agent> a gelé les "
        "comptes.",
        "<agent cameo='TURCVL' country='TUR'>Le peuple turc</agent> a voté.",
    ],
)
def test_agents_name_central_banks_and_peoples(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "annotated",
    [
        "Il est soupçonné d'avoir tué <agent cameo='COP'>un agent de sécurité</agent> devant "
        "un motel.",
        "« Nous avons trouvé des engins explosifs », déclare <agent cameo='COP'>un officier "
        "de police</agent>.",
    ],
)
def test_agents_find_one_unnamed_guard_or_officer(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "annotated",
    [
        "L'empoisonnement de l'ex-agent double Sergueï Skripal et de <agent "
        "id='person:fille-de-serguei-skripal' kind='person'>sa fille</agent> a choqué.",
        "Emmanuel Macron a reçu <agent id='person:epouse-de-donald-trump'>l'épouse de Donald "
        "Trump</agent> à l'Élysée.",
    ],
)
def test_relatives_are_people_of_their_own_named_through_their_relative(nlp, annotated):
    expect_agents(nlp, annotated)


def test_relatives_need_someone_named_before_a_possessive(nlp):
    actors = actors_of(nlp, "Sa fille a répondu aux journalistes.")
    assert not [a for a in actors if a["id"].startswith("person:fille")]


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent id='group:voix' cameo='OPP' kind='group'>Quelques voix</agent> se sont "
        "cependant élevées pour défendre le chèque.",
        "<agent id='group:voix' kind='group'>Plusieurs voix</agent> se sont élevées contre "
        "la réforme.",
    ],
)
def test_agents_name_voices_raised_as_critics(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "text",
    [
        "La coalition obtient quelques voix de plus que le Mouvement cinq étoiles.",
        "Il a recueilli 300 voix au second tour.",
        "Des voix se sont élevées contre le projet.",
    ],
)
def test_agents_leave_votes_and_uncounted_voices_out(nlp, text):
    actors = actors_of(nlp, text)
    assert not [a for a in actors if a["id"] == "group:voix"]


@pytest.mark.parametrize(
    "annotated",
    [
        "Nathalie Kosciusko-Morizet candidate à la primaire\n\n8 mars 2016. –\n<agent "
        "id='person:nathalie-kosciusko-morizet'>La députée</agent> du parti « Les "
        "Républicains » officialise aujourd'hui sa candidature.",
        "L'homme politique Henri Emmanuelli est décédé mardi.\n\n<agent "
        "id='person:henri-emmanuelli'>Le député socialiste</agent> avait décidé de ne pas se "
        "présenter.",
    ],
)
def test_agents_name_the_one_person_named_before_by_their_office(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "text",
    [
        # two people named before: which one is meant is not for the agents to say
        "Jean Dupont et Marie Durand ont débattu hier soir. Le député a quitté la salle.",
        # the knowledge base gives Emmanuel Macron an office of the government in 2016
        "Emmanuel Macron a présenté son projet. Le député a voté contre le texte.",
        # an object is someone met in the story
        "Jean Dupont a rencontré le député dans son bureau.",
    ],
)
def test_agents_leave_an_office_to_itself_when_the_person_is_not_clear(nlp, text):
    actors = actors_of(nlp, text)
    assert [a for a in actors if a["id"] == "person:depute"], actors


def test_agents_join_bare_police_to_the_one_local_police_named_before(nlp):
    _, actors = expect_agents(
        nlp,
        "<agent id='org:police-de-fort-meyers'>La police de Fort Meyers</agent> a affirmé que "
        "<agent id='org:police-de-fort-meyers'>les enquêteurs</agent> travaillaient encore. "
        "<agent id='org:police-de-fort-meyers'>La police</agent> a relevé des coups de feu.",
    )
    assert not [a for a in actors if a["id"] == "group:enqueteurs"]


def test_agents_leave_bare_police_alone_with_two_local_polices(nlp):
    actors = actors_of(
        nlp,
        "La police de Fort Meyers et la police de Cape Coral ont bouclé le quartier. Les "
        "enquêteurs cherchent le motif.",
    )
    assert [a for a in actors if a["id"] == "group:enqueteurs"], actors


@pytest.mark.parametrize(
    "annotated",
    [
        "La police a arrêté <agent cameo='CRM' kind='group' name='suspects'>trois "
        "suspects</agent>.",
        "<agent cameo='none' kind='person' name='homme'>Un homme</agent> a attaqué un passant.",
        "Les gendarmes ont interpellé <agent cameo='none' kind='group'>deux hommes</agent>.",
        "Un policier a été poignardé par <agent cameo='none' kind='person'>un individu</agent>.",
        "La police turque a interpellé <agent cameo='OPP' kind='group' name='militants kurdes'>"
        "une vingtaine de militants kurdes</agent>.",
        "Les miliciens ont tué <agent cameo='CVL' name='civils'>des dizaines de civils</agent>.",
        "<agent cameo='LAB' kind='group' name='chauffeurs de taxi'>Les chauffeurs de taxi</agent>"
        " ont bloqué le périphérique.",
        "<agent cameo='LAB' name='contrôleurs aériens'>Les contrôleurs aériens</agent> ont fait "
        "grève.",
        "<agent cameo='ENV' name='militants écologistes'>Des militants écologistes</agent> ont "
        "manifesté.",
        "Des hommes armés ont enlevé <agent cameo='NGO' kind='group'>deux humanitaires</agent>.",
        "Le maire a été agressé par <agent cameo='CVL' name='jeunes'>un groupe de jeunes</agent>.",
        "Le Hamas a libéré <agent cameo='USACVL' country='USA'>deux otages américaines</agent>.",
    ],
)
def test_agents_make_unnamed_people_counted_or_with_an_article_an_actor(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "text",
    [
        "Jean Dupont a été interpellé lundi. L'homme a été placé en garde à vue.",
        "Le Hamas a libéré des otages israéliens.",
    ],
)
def test_agents_make_no_actor_of_a_person_named_before_nor_of_uncounted_hostages(nlp, text):
    ids = {a["id"] for a in actors_of(nlp, text)}
    assert not ids & {"person:homme", "group:otages-israeliens"}, ids


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent id='country:UKR' cameo='UKR'>Des drones ukrainiens</agent> ont frappé la ville.",
        "L'armée a bombardé <agent id='group:jihadistes' cameo='REB'>des positions "
        "jihadistes</agent>.",
        "Les rebelles ont attaqué <agent id='org:mli-mil'>les positions de l'armée "
        "malienne</agent>.",
    ],
)
def test_agents_read_a_weapon_or_a_position_as_the_side_it_stands_for(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Des drones ont survolé la ville dans la nuit.", "drones"),
        ("Le président a réaffirmé sa position sur le dossier.", "position"),
        ("Il a pris position contre la réforme des retraites.", "position"),
        ("Les jihadistes ont attaqué une base militaire dans le centre du pays.", "base"),
    ],
)
def test_agents_read_no_side_in_a_weapon_or_a_position_with_no_owner(nlp, text, absent):
    mentions = [m["text"] for a in actors_of(nlp, text) for m in a["mentions"]]
    assert not [m for m in mentions if absent in m], mentions


@pytest.mark.parametrize(
    "annotated",
    [
        "La junte a suspendu les activités des <agent cameo='PTY' kind='organization'>partis "
        "politiques</agent>.",
        "Le Premier ministre a réuni <agent cameo='LAB' kind='group'>les partenaires "
        "sociaux</agent> à Matignon.",
        "<agent cameo='COP' kind='group'>Les agents de l'ordre</agent> ont expulsé les "
        "occupants du rond-point.",
        "Le ministre a rencontré <agent cameo='GOV' kind='group'>les maires</agent> des "
        "communes sinistrées.",
    ],
)
def test_agents_name_parties_social_partners_officers_and_mayors(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "text",
    [
        "Le candidat du PS, Benoît Hamon, veut lever toute suspicion. Pour Emmanuel Macron, "
        "le candidat d'En marche, l'activité doit être vérifiable.",
        "Le candidat du PS, Benoît Hamon, veut lever toute suspicion. Un candidat d'importance "
        "n'a pas souhaité répondre.",
    ],
)
def test_agents_never_give_an_indefinite_or_complemented_description_the_name_apposed_before(
    nlp, text
):
    hamon = next(a for a in actors_of(nlp, text) if a["id"] == "person:benoit-hamon")
    assert len(hamon["mentions"]) == 2, hamon["mentions"]


@pytest.mark.parametrize(
    "annotated",
    [
        "Grâce aux caméras, <agent cameo='COP' kind='organization'>une équipe de police</agent> a "
        "intercepté le conducteur.",
        "<agent cameo='COP'>Une patrouille de gendarmerie</agent> a interpellé trois hommes.",
        "Le fugitif a été arrêté par <agent cameo='COP'>une unité de police</agent> à Lille.",
    ],
)
def test_agents_make_one_unit_of_a_force_an_actor_after_an_indefinite_article(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Un tribunal spécial a été créé pour juger les crimes de guerre.", "tribunal"),
        ("Le maire veut une police municipale plus nombreuse.", "police"),
    ],
)
def test_agents_read_other_indefinite_bodies_as_a_kind_not_an_actor(nlp, text, absent):
    assert not any(absent in a["name"] for a in actors_of(nlp, text)), actors_of(nlp, text)


@pytest.mark.parametrize(
    "annotated",
    [
        "<agent cameo='CRM' kind='person'>Le chauffard</agent> a été arrêté par la police.",
        "La police a interpellé <agent cameo='CRM' kind='person'>le forcené</agent> après trois "
        "heures de négociations.",
        "Les gendarmes ont rattrapé <agent cameo='CRM' kind='person'>le fugitif</agent>.",
    ],
)
def test_agents_read_a_singular_offender_as_an_unnamed_criminal(nlp, annotated):
    expect_agents(nlp, annotated)


def test_agents_read_no_offender_in_the_adjective_meurtrier(nlp):
    text = "L'attentat le plus meurtrier a eu lieu à Kaboul."
    assert not any(a["cameo"] == "CRM" for a in actors_of(nlp, text)), actors_of(nlp, text)


@pytest.mark.parametrize(
    "annotated",
    [
        "Le parquet a ouvert une enquête visant <agent cameo='GOV' kind='person'>le maire</agent>.",
        "Les manifestants ont été reçus par <agent cameo='GOV' kind='person'>le préfet</agent>.",
    ],
)
def test_agents_read_a_bare_office_as_its_holder_when_object_or_agent(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize("text", ["Il a été élu maire en 2014.", "Il brigue le poste de maire."])
def test_agents_read_no_holder_in_an_office_named_as_a_post(nlp, text):
    assert not any(a["name"] == "maire" for a in actors_of(nlp, text)), actors_of(nlp, text)


@pytest.mark.parametrize(
    "annotated",
    [
        "Les policiers ont tiré. <agent cameo='CVL'>La famille</agent> conteste cette version.",
        "<agent cameo='CVL'>Les familles</agent> des victimes ont dénoncé la lenteur de l'enquête.",
        "Le député est isolé, mais <agent cameo='PTY'>sa famille politique</agent> le soutient.",
    ],
)
def test_agents_read_the_family_told_of_as_civilians_and_a_political_family_as_a_party(
    nlp, annotated
):
    expect_agents(nlp, annotated)


def test_agents_read_no_family_after_an_indefinite_article(nlp):
    actors = actors_of(nlp, "Une famille de cinq personnes a été relogée.")
    assert not [a for a in actors if "famille" in a["name"]]


@pytest.mark.parametrize(
    "annotated",
    [
        "La Turquie a envoyé des renforts. <agent cameo='REB'>Les forces rebelles</agent> ont pris "
        "la ville.",
        "L'Ukraine refuse de parler aux <agent cameo='REB'>autorités séparatistes</agent>.",
    ],
)
def test_agents_read_rebel_forces_and_separatist_authorities_as_rebels(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    "annotated",
    [
        "Un camion a renversé un scooter. <agent cameo='CVL' kind='person'>Le chauffeur"
        "</agent> du camion a été placé en garde à vue.",
        "<agent cameo='CVL' kind='person'>L'automobiliste</agent> a été interpellé par les "
        "gendarmes.",
        "Les gendarmes ont contrôlé <agent cameo='CVL' kind='person'>la conductrice</agent>.",
        "<agent cameo='CVL' kind='person'>Un détenu de la prison de Fresnes</agent> s'est évadé.",
    ],
)
def test_agents_take_private_people_named_by_their_part_in_a_story(nlp, annotated):
    expect_agents(nlp, annotated)


def test_agents_join_a_driver_named_again_into_one_actor(nlp):
    _text, actors = expect_agents(
        nlp,
        "<agent>Le chauffeur</agent> du camion a été blessé. <agent>Le chauffeur</agent> a "
        "été déféré au parquet.",
    )
    assert len([a for a in actors if a["id"] == "person:chauffeur"]) == 1


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Une conductrice a foncé sur la foule des manifestants.", "conductrice"),
        ("Un automobiliste a percuté un arbre près de Lyon.", "automobiliste"),
        ("Le Hamas a libéré des détenus palestiniens.", "détenus"),
        ("Il a été blessé par balle et reste détenu à Fresnes.", "détenu"),
    ],
)
def test_agents_leave_a_driver_or_prisoners_not_yet_told_of(nlp, text, absent):
    mentions = [m["text"] for a in actors_of(nlp, text) for m in a["mentions"]]
    assert not [m for m in mentions if absent in m]


@pytest.mark.parametrize(
    "annotated",
    [
        # name after the office, name before it, name right after the noun
        "Le préfet de l'Aude, <agent cameo='GOV' kind='person'>Alain Thirion</agent>, a "
        "annoncé la fermeture des écoles.",
        "<agent cameo='JUD' kind='person'>Xavier Tarabeux</agent>, le procureur de la "
        "République, a déclaré que l'enquête continuait.",
        "Le policier américain <agent cameo='USACOP' kind='person'>John Smith</agent> a "
        "arrêté le suspect.",
        "La députée socialiste <agent cameo='LEG' kind='person'>Martine Lignières</agent> a "
        "critiqué le projet.",
        # a former holder is an elite
        "L'ancien maire <agent cameo='ELI' kind='person'>Gaston Lefèvre</agent> a critiqué la "
        "décision.",
    ],
)
def test_agents_give_a_person_of_no_code_the_code_of_the_office_named_with_them(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # not a title of the state or of politics
        ("Le chauffeur Paul Lemercier a été interpellé.", "Paul Lemercier"),
        # a place before the comma, and a list of names
        ("Selon Marie Lenoir, la police a arrêté trois hommes.", "Marie Lenoir"),
        ("Jean Dupont, Marc Durand, la police et le juge ont été reçus.", "Marc Durand"),
    ],
)
def test_agents_give_no_code_from_a_noun_that_is_no_title_of_the_name(nlp, text, name):
    person = next(a for a in actors_of(nlp, text) if a["name"] == name)
    assert person["cameo"] is None, person


@pytest.mark.parametrize(
    "annotated",
    [
        # local councillors are people of a state's government; a number word the parser
        # tags as a noun opens the phrase
        "<agent cameo='GOV'>Une conseillère municipale</agent> a été agressée à Entrelacs.",
        "<agent cameo='GOV' kind='group'>Sept nouveaux conseillers municipaux</agent> ont été "
        "élus.",
    ],
)
def test_agents_read_councillors_as_government_people(nlp, annotated):
    expect_agents(nlp, annotated)


def test_agents_read_no_african_union_in_au(nlp):
    actors = actors_of(nlp, "Sept maires au Burundi ont remis leur démission.")
    assert not [a for a in actors if a["id"] == "org:ua"], actors


def test_agents_join_an_office_to_the_name_that_follows_it_and_its_verb(nlp):
    text = (
        "La Russie s'y oppose, mais le maire russe de la ville, Ivan Petrovitch a déclaré "
        "que la Russie avait agi."
    )
    person = next(a for a in actors_of(nlp, text) if a["name"] == "Ivan Petrovitch")
    assert person["cameo"] == "RUSGOV", person
    assert "le maire russe" in [m["text"] for m in person["mentions"]], person


def test_agents_keep_a_counted_group_before_a_speakers_name(nlp):
    text = "À son arrivée avec six autres personnes, Jacline Mouraud a déclaré qu'il était tard."
    mentions = [m["text"] for a in actors_of(nlp, text) for m in a["mentions"]]
    assert "six autres personnes" in mentions, mentions


@pytest.mark.parametrize(
    "annotated",
    [
        # unnamed sources speak for the body of their sector
        "Le maire est mort sur la route, selon <agent cameo='JUD'>une source judiciaire</agent>.",
        "<agent cameo='COP'>Des sources sécuritaires</agent> ont fait état de dix morts.",
        "Selon <agent cameo='REB'>un responsable rebelle</agent>, l'évacuation reprendra.",
        # "d'autres" opens a phrase as an article does
        "Cela a permis à <agent cameo='COP' kind='group'>d'autres policiers</agent> d'intervenir.",
    ],
)
def test_agents_read_unnamed_sources_and_other_members(nlp, annotated):
    expect_agents(nlp, annotated)


@pytest.mark.parametrize(
    ("annotated", "absent"),
    [
        # a protest collective told of is one side, named or not
        (
            "Les grévistes bloquent le port. <agent cameo='OPP'>Le collectif</agent> a rejeté le "
            "plan du gouvernement.",
            None,
        ),
        # "un collectif" is a kind; a collective named after its noun is that name
        ("Un collectif d'artistes a exposé à Paris.", "collectif"),
    ],
)
def test_agents_read_a_collective_told_of_as_a_side(nlp, annotated, absent):
    _text, actors = expect_agents(nlp, annotated)
    if absent:
        assert not [a for a in actors if a["id"] == "org:collectif"], actors

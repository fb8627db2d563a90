"""Which coded events the event coder emits (`veille.extract.events`): sides that may go
unnamed, statements that another coded event supersedes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.extract.coded_events import coded_events
from veille.extract.events import _pairs
from veille.extract.events.coded import Coded


def _events(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(code, source name, target name, modality) of each event coded from `text`."""
    return coded_events(nlp, text, "modality")


@pytest.mark.model
def test_visit_without_a_host_aims_at_the_place_it_goes_to(nlp):
    events = _events(nlp, "Le Qatar a annoncé dépêcher un médiateur en Libye.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("04", "Qatar", "Libye")]


@pytest.mark.model
def test_arrest_told_of_whom_it_strikes_alone_is_coded_whoever_they_are(nlp):
    events = _events(nlp, "Trois journalistes ont été arrêtés à Minsk.")
    assert [(c, s) for c, s, _, _ in events] == [("173", None)]
    assert "journalistes" in events[0][2]


@pytest.mark.model
def test_statement_of_its_speakers_own_act_is_that_act(nlp):
    events = _events(nlp, "La Turquie a indiqué avoir envoyé un émissaire dans les pays du Golfe.")
    assert [c[:2] for c, _, _, _ in events] == ["04"]


@pytest.mark.model
def test_statement_announcing_a_coded_event_noun_is_that_event(nlp):
    events = _events(nlp, "La Cour suprême a confirmé la destitution du président Ali Saleh.")
    assert "010" not in [c for c, _, _, _ in events]


@pytest.mark.model
def test_act_told_in_a_past_tense_is_done_whatever_date_it_seems_to_have(nlp):
    (past,) = _events(nlp, "Le Royaume-Uni a expulsé trois diplomates russes le 20 octobre.")
    (future,) = _events(nlp, "Le Royaume-Uni expulsera trois diplomates russes le 20 octobre.")
    assert (past[3], future[3]) == ("asserted", "planned")


@pytest.mark.model
def test_event_noun_setting_the_scene_is_not_the_clause_subjects_act(nlp):
    text = "Zelensky est à Washington, sa première visite depuis l'invasion de l'Ukraine."
    assert [(c[:2], s) for c, s, _, _ in _events(nlp, text)] == [("19", None)]


@pytest.mark.model
def test_mutual_event_between_two_listed_sides_goes_both_ways(nlp):
    events = _events(nlp, "Un accord de paix a été signé entre le Soudan et le Tchad.")
    assert sorted((s, t) for _, s, t, _ in events) == [("Soudan", "Tchad"), ("Tchad", "Soudan")]


@pytest.mark.model
def test_list_after_entre_ends_at_the_next_complement(nlp):
    events = _events(nlp, "Le sommet entre Joe Biden et Xi Jinping aura lieu à Bali.")
    assert all("Bali" not in (s, t) for _, s, t, _ in events)


@pytest.mark.model
def test_request_noun_without_addressee_is_no_appeal(nlp):
    text = "La mission a été prolongée à la demande du gouvernement malien."
    assert _events(nlp, text) == []


@pytest.mark.model
def test_planned_event_with_a_side_unnamed_is_not_coded(nlp):
    assert _events(nlp, "Joe Biden annoncera un nouveau plan pour l'économie.") == []


@pytest.mark.model
def test_asked_for_act_is_coded_with_one_side(nlp):
    events = _events(nlp, "Joe Biden a exigé que la Russie retire ses troupes.")
    assert ("0874", "Russie", None, "possible") in events


@pytest.mark.model
def test_participle_describing_someone_without_its_doer_is_no_event(nlp):
    events = _events(nlp, "Le ministre Paul Garnier, accusé de corruption, a démissionné.")
    assert [c for c, _, _, _ in events] == ["0831"]


@pytest.mark.model
def test_headline_event_without_its_doer_is_left_to_the_body(nlp):
    text = "Mali : attaque contre l'armée malienne\n\nMardi, un camp a été visé par des tirs."
    assert _events(nlp, text) == []


@pytest.mark.model
def test_own_act_to_no_one_told_in_a_que_clause_is_the_statement(nlp):
    text = "Le ministre Paul Garnier a annoncé lundi qu'il démissionnait du gouvernement."
    assert [c for c, _, _, _ in _events(nlp, text)] == ["010"]


@pytest.mark.model
def test_own_act_told_as_an_infinitive_is_the_act(nlp):
    text = "L'Égypte a annoncé avoir envoyé un émissaire au Soudan."
    assert [c[:2] for c, _, _, _ in _events(nlp, text)] == ["04"]


@pytest.mark.model
def test_verb_ending_a_hyphenated_compound_is_no_statement(nlp):
    text = "Le Burundi a voté son retrait de la CPI, c'est-à-dire que le pays quitte la Cour."
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_verb_of_saying_used_with_se_is_no_statement(nlp):
    assert _events(nlp, "Le gouvernement chinois s'estime en bonne voie.") == []


@pytest.mark.model
def test_place_named_through_a_complement_is_where_the_visit_goes(nlp):
    events = _events(nlp, "La France a dépêché un émissaire dans la bande de Gaza.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("04", "France", "Gaza")]


@pytest.mark.model
def test_attack_without_its_doer_is_the_claimants(nlp):
    text = (
        "Un attentat a frappé jeudi un marché de Kaboul. "
        "L'attaque a été revendiquée par les talibans."
    )
    events = _events(nlp, text)
    assert ("18", "Talibans", "Kaboul") in [(c[:2], s, t) for c, s, t, _ in events]


@pytest.mark.model
def test_attack_is_not_given_a_claimant_when_its_claim_is_denied(nlp):
    text = (
        "Un attentat a frappé jeudi un marché de Kaboul. "
        "L'attaque n'a pas été revendiquée par les talibans."
    )
    assert [(c[:2], s) for c, s, _, _ in _events(nlp, text)] == [("18", None)]


@pytest.mark.model
def test_kidnapping_of_a_private_person_by_a_political_actor_is_coded(nlp):
    events = _events(nlp, "Le Hezbollah a enlevé Marc Durand au sud du Liban.")
    assert [(c, s, t) for c, s, t, _ in events] == [("181", "Hezbollah", "Marc Durand")]


@pytest.mark.model
def test_violence_on_what_stands_for_its_owner_strikes_the_owner(nlp):
    events = _events(nlp, "Les rebelles du M23 ont attaqué les positions de l'armée congolaise.")
    assert [c[:2] for c, _, _, _ in events] == ["18"]
    assert "armée" in (events[0][2] or "")


@pytest.mark.model
def test_attack_without_its_doer_is_the_one_assailant_the_story_tells(nlp):
    text = (
        "L'assaillant a poignardé un policier devant l'Assemblée nationale et a blessé deux "
        "gendarmes. Il a été abattu par la police. Emmanuel Macron a dénoncé l'attaque "
        "contre l'Assemblée nationale."
    )
    events = _events(nlp, text)
    assert ("180", "assaillant", "Assemblée nationale") in [(c, s, t) for c, s, t, _ in events]


@pytest.mark.model
def test_rejection_noun_is_aimed_at_whom_the_refused_act_concerns(nlp):
    text = (
        "Les décisions du Mali, en particulier son refus de collaboration avec la Cour pénale "
        "internationale, ont conduit la France à revoir son aide."
    )
    events = _events(nlp, text)
    assert ("12", "Mali", "Cour pénale internationale") in [(c[:2], s, t) for c, s, t, _ in events]


@pytest.mark.model
def test_assault_no_one_claimed_is_told_as_a_denied_claim_with_no_side(nlp):
    events = _events(
        nlp,
        "Un attentat a frappé jeudi le ministère de l'Intérieur à Kaboul."
        " L'attaque n'a pas encore été revendiquée.",
    )
    assert ("015", None, None, "negated") in events


@pytest.mark.model
def test_denied_claim_of_what_is_no_assault_is_not_coded(nlp):
    events = _events(nlp, "Le discours n'a pas été revendiqué par Emmanuel Macron.")
    assert [c for c, _, _, _ in events if c == "015"] == []


@pytest.mark.model
def test_fronted_participle_without_its_doer_is_told_in_passing(nlp):
    events = _events(nlp, "Souvent accusées, les autorités russes ont toujours nié tout soutien.")
    assert [c for c, _, _, _ in events if c.startswith("11")] == []


@pytest.mark.model
def test_wondering_asks_no_one(nlp):
    text = "Le président s'est demandé si la Russie allait attaquer l'Ukraine."
    assert "02" not in [c[:2] for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_calling_someone_ones_friend_is_no_appeal_calling_friends_to_act_is(nlp):
    assert _events(nlp, "Poutine appelle Xi Jinping son cher ami.") == []
    appeal = _events(nlp, "Le Qatar a appelé les amis de la Syrie à agir.")
    assert [c[:2] for c, _, _, _ in appeal] == ["02"]


@pytest.mark.model
def test_defending_an_idea_is_no_support_of_whoever_it_concerns(nlp):
    idea = "Depuis des années, Arnaud Montebourg défend le retour à une production en France."
    assert _events(nlp, idea) == []


@pytest.mark.model
def test_a_member_state_suspended_loses_its_seat_a_body_suspended_is_sanctioned(nlp):
    (state,) = _events(nlp, "L'Union africaine a suspendu le Niger.")
    (body,) = _events(nlp, "Le gouvernement burundais a suspendu la Ligue Iteka.")
    assert (state[0], body[0]) == ("160", "172")


@pytest.mark.model
def test_going_before_an_infinitive_is_the_near_future_of_that_act_not_a_journey(nlp):
    assert _events(nlp, "Les manifestants vont être présentés à un juge.") == []
    meeting = _events(nlp, "Emmanuel Macron va rencontrer Joe Biden.")
    assert {(c, m) for c, _, _, m in meeting} == {("040", "planned")}
    (visit,) = _events(nlp, "Emmanuel Macron va en Chine.")
    assert visit[:3] == ("042", "Emmanuel Macron", "Chine")


@pytest.mark.model
def test_a_word_of_an_actors_own_name_is_no_trigger(nlp):
    assert _events(nlp, "Le Rassemblement national de Marine Le Pen a gagné.") == []


@pytest.mark.model
def test_a_judgement_of_a_passive_clause_aims_at_its_agent_not_its_patient(nlp):
    text = "La France juge inacceptable que les journalistes soient arrêtés par la police russe."
    judged = [(s, t) for c, s, t, _ in _events(nlp, text) if c[:2] == "11"]
    assert judged == [("France", "police russe")]
    agentless = "La Russie a jugé inacceptable que l'Ukraine ne soit jamais nommée."
    assert [(c, t) for c, _, t, _ in _events(nlp, agentless)] == [("111", None)]


@pytest.mark.model
def test_a_reflexive_sense_that_is_no_event_also_ends_a_verb_read_as_a_noun(nlp):
    assert _events(nlp, "Le Kremlin se livre à une propagande contre l'Ukraine.") == []
    street = "Un homme a été arrêté après s'être engagé à vive allure dans une rue piétonne."
    assert "03" not in [c[:2] for c, _, _, _ in _events(nlp, street)]


@pytest.mark.model
def test_a_thing_held_or_help_deployed_is_no_arrest_and_no_show_of_force(nlp):
    assert _events(nlp, "L'État détient la majorité du capital d'Air France.") == []
    assert _events(nlp, "La police nationale déploie toute l'aide possible aux victimes.") == []
    (arrest,) = _events(nlp, "La Russie détient trois journalistes américains.")
    assert arrest[0] == "173"


@pytest.mark.model
def test_claim_attributed_by_selon_is_the_political_speakers_statement(nlp):
    events = _events(nlp, "L'attaque aurait fait trois morts, selon la police britannique.")
    assert ("010", "police britannique", None, "asserted") in events


@pytest.mark.model
def test_claim_attributed_by_d_apres_is_the_political_speakers_statement(nlp):
    events = _events(nlp, "D'après le ministère de la Santé, au moins 27 personnes sont mortes.")
    assert [(c, t) for c, s, t, _ in events if s and "Santé" in s] == [("010", None)]


@pytest.mark.model
def test_claim_attributed_to_no_political_actor_is_no_statement(nlp):
    assert _events(nlp, "Selon les résultats officiels, le président sortant a obtenu 60 %.") == []


@pytest.mark.model
def test_claim_attributed_to_several_speakers_is_a_statement_of_each(nlp):
    text = "Selon Emmanuel Macron et Olaf Scholz, la situation est grave."
    assert {s for c, s, _, _ in _events(nlp, text) if c == "010"} == {
        "Emmanuel Macron",
        "Olaf Scholz",
    }


@pytest.mark.model
def test_claim_attributed_to_a_speaker_whose_act_is_coded_there_is_no_extra_statement(nlp):
    text = "Selon Emmanuel Macron, qui a critiqué la Russie, la situation est grave."
    assert [c for c, _, _, _ in _events(nlp, text)] == ["111"]


@pytest.mark.model
def test_quote_incise_naming_no_other_actor_is_the_speakers_statement(nlp):
    text = "« Nous n'avons rien cédé sur nos valeurs », a déclaré Jean-Claude Juncker."
    assert _events(nlp, text) == [("010", "Jean-Claude Juncker", None, "asserted")]


@pytest.mark.model
def test_quote_incise_naming_another_political_actor_is_no_statement_besides(nlp):
    text = "« La Russie a violé le droit international », a déclaré Emmanuel Macron."
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_statement_opening_a_quote_the_parser_hung_on_the_quotes_verb_is_coded(nlp):
    text = (
        "De son côté, le ministre de l'Intérieur, Gérald Darmanin, a déclaré « à Paris, il y a"
        " eu entre 200 et 300 interpellations »."
    )
    assert ("010", "Gérald Darmanin", None, "asserted") in _events(nlp, text)


@pytest.mark.model
def test_statement_opening_a_quote_in_an_adverbial_clause_stays_background(nlp):
    text = "Avant d'annoncer « il y a eu des morts », le ministre s'est rendu à Lyon."
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_appeal_that_names_no_one_asking_is_not_coded(nlp):
    # voters called to the polls, `on m'a demandé`: no one appeals
    assert _events(nlp, "Les Italiens étaient appelés dimanche à élire leurs députés.") == []
    asked = _events(nlp, "Le Japon a appelé les Italiens à voter.")
    assert [(c[:2], s) for c, s, _, _ in asked] == [("02", "Japon")]


@pytest.mark.model
def test_coming_from_a_country_is_no_visit_to_it(nlp):
    assert _events(nlp, "Les soldats américains sont venus en provenance d'Allemagne.") == []
    visit = _events(nlp, "Emmanuel Macron est venu en Allemagne.")
    assert [(c, t) for c, _, t, _ in visit] == [("042", "Allemagne")]


@pytest.mark.model
def test_judicial_summons_is_no_official_complaint(nlp):
    assert _events(nlp, "François Fillon a été convoqué devant le juge le 15 mars.") == []
    summoned = _events(nlp, "Le Burundi a convoqué l'ambassadeur de France.")
    assert [c for c, _, _, _ in summoned] == ["114"]


@pytest.mark.model
def test_weapon_test_told_by_either_noun_is_a_show_of_force(nlp):
    for text in (
        "La Corée du Nord a effectué un test nucléaire.",
        "La Corée du Nord a procédé à un essai de missile balistique.",
    ):
        assert [(c, s) for c, s, _, _ in _events(nlp, text)] == [("150", "Corée du Nord")]


@pytest.mark.model
def test_plain_statement_telling_its_speakers_own_comment_is_that_comment(nlp):
    # `dit regretter`: the regret is what is said, not a plain statement besides
    events = _events(nlp, "Le Pentagone dit regretter les pertes en vies humaines.")
    assert [c for c, _, _, _ in events] == ["012"]


@pytest.mark.model
def test_holding_a_function_or_a_sentence_passed_is_no_statement_nor_criticism(nlp):
    assert _events(nlp, "Dilma Rousseff pourra assurer d'autres fonctions publiques.") == []
    sentenced = _events(
        nlp, "Ousmane Sonko a été condamné à cinq ans de réclusion par le tribunal de Dakar."
    )
    assert [c for c, _, _, _ in sentenced] == ["116"]


@pytest.mark.model
def test_thing_received_or_event_hosted_is_no_visit_whoever_its_name_tells(nlp):
    gift = "François Fillon a reçu une montre offerte par un homme d'affaires italo-suisse."
    assert "043" not in [c for c, _, _, _ in _events(nlp, gift)]
    assert _events(nlp, "Melbourne accueille en ce moment l'Open d'Australie.") == []
    guest = _events(nlp, "Emmanuel Macron a reçu le président chinois Xi Jinping à l'Élysée.")
    assert [(c, t) for c, _, t, _ in guest] == [("043", "Xi Jinping")]


@pytest.mark.model
def test_statement_naming_no_speaker_is_not_coded(nlp):
    # `il déclare à la police` with `il` unresolved: no one is known to speak
    assert _events(nlp, "Il a déclaré au gouvernement français qu'il partirait.") == []
    said = _events(nlp, "Édouard Philippe a déclaré au gouvernement qu'il partirait.")
    assert [c[:2] for c, _, _, _ in said] == ["01"]


@pytest.mark.model
def test_hoping_to_do_something_oneself_is_no_optimistic_comment(nlp):
    assert _events(nlp, "Donald Trump espère remporter le Michigan.") == []
    hope = _events(nlp, "La FIDH espère que la Cour pénale internationale ouvrira une enquête.")
    assert "013" in [c for c, _, _, _ in hope]


@pytest.mark.model
def test_verb_of_its_own_about_an_event_noun_is_not_merged_with_it(nlp):
    # `dénonce le verdict`: both root 11, but the criticism is of the verdict, not a verdict
    about = _events(nlp, "Le sénateur Tom Cotton dénonce le verdict de la cour d'appel.")
    assert [c for c, _, _, _ in about] == ["111"]
    light = _events(nlp, "L'État islamique a lancé une attaque contre l'armée irakienne.")
    assert [(s, t) for _, s, t, _ in light] == [("État islamique", "armée irakienne")]


@pytest.mark.model
def test_rejection_told_of_its_target_alone_is_not_coded(nlp):
    # a refusal, a block whose author is unnamed: no one is known to reject
    refused = "Cette année, 87 000 bacheliers se sont vu refuser leurs vœux en France."
    assert _events(nlp, refused) == []
    assert _events(nlp, "Le décret de Donald Trump a été bloqué temporairement.") == []
    arrest = _events(nlp, "L'opposant Alexeï Navalny a été arrêté à Moscou.")
    assert [(c, s) for c, s, _, _ in arrest] == [("173", None)]


@pytest.mark.model
def test_statement_not_made_is_no_event_even_with_its_addressee(nlp):
    text = "Le gouvernement burundais n'a pas répondu aux injonctions de la Cour pénale "
    text += "internationale."
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_support_noun_in_apposition_is_the_described_persons_toward_its_de_complement(nlp):
    text = "Pour le député Yann Galut, soutien de Benoît Hamon, le candidat s'est trompé."
    support = [(s, t) for c, s, t, _ in _events(nlp, text) if c == "051"]
    assert support == [("Yann Galut", "Benoît Hamon")]
    own = _events(nlp, "Le soutien de la France à l'Ukraine est total.")
    assert [(c, s, t) for c, s, t, _ in own] == [("051", "France", "Ukraine")]


@pytest.mark.model
def test_attack_by_a_doer_named_with_par_strikes_the_owner_of_its_de_complement(nlp):
    text = "Les heurts ont commencé avec l'attaque par la garde républicaine du quartier "
    text += "général de l'opposant Jean Ping."
    attack = [(s, t) for c, s, t, _ in _events(nlp, text) if c.startswith("19")]
    assert attack == [("garde républicaine", "Jean Ping")]


@pytest.mark.model
def test_event_noun_with_a_par_doer_aims_at_its_de_complement(nlp):
    # the parser hangs `par Israël` on `Gaza`: it still names who bombed
    bombing = _events(nlp, "Le bombardement de Gaza par Israël a fait dix morts.")
    assert [(c[:2], s, t) for c, s, t, _ in bombing] == [("19", "Israël", "Gaza")]
    by_de = _events(nlp, "L'attaque de l'armée malienne contre les djihadistes a fait dix morts.")
    assert [(s, t) for _, s, t, _ in by_de] == [("armée malienne", "djihadistes")]


@pytest.mark.model
def test_violence_noun_with_a_place_named_by_de_strikes_that_place(nlp):
    events = _events(nlp, "L'attentat de Nice a fait 86 morts.")
    assert [(c, s, t) for c, s, t, _ in events] == [("180", None, "Nice")]
    doer = _events(nlp, "L'attentat de l'État islamique à Kaboul a fait dix morts.")
    assert [s for _, s, _, _ in doer] == ["État islamique"]


@pytest.mark.model
def test_act_of_an_indefinite_subject_naming_no_actor_is_not_coded_unsourced(nlp):
    assert _events(nlp, "Une conductrice a foncé sur la foule des manifestants à Paris.") == []
    # a driver told of with a definite article is an actor (a civilian): the doer
    known = _events(nlp, "La conductrice a foncé sur la foule des manifestants à Paris.")
    assert [(c[:2], s) for c, s, _, _ in known] == [("18", "conductrice")]


@pytest.mark.model
def test_attack_told_as_the_subject_leaves_its_doer_unnamed(nlp):
    events = _events(nlp, "Un attentat a tué trente personnes à Kaboul.")
    assert [(c[:2], s) for c, s, _, _ in events] == [("18", None)]


@pytest.mark.model
def test_event_noun_joined_to_another_is_done_by_its_doer(nlp):
    text = "Les choix du Venezuela, en particulier son refus de collaboration avec le Conseil "
    text += "des droits de l'homme ainsi que la sortie de l'Organisation des États américains, "
    text += "ont surpris."
    events = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c == "160"]
    assert events == [("160", "Venezuela", "Organisation des États américains")]


@pytest.mark.model
def test_statement_told_by_a_participle_describing_a_noun_is_an_aside(nlp):
    text = "La grève illimitée à la RATP annoncée par les syndicats commencera dès lundi."
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_statement_announcing_an_event_noun_is_made_by_its_doer(nlp):
    text = "La Cour constitutionnelle a confirmé la destitution de la présidente Park Geun-hye."
    events = [(c, s, t) for c, s, t, _ in _events(nlp, text) if c.startswith("17")]
    assert events == [("172", "Cour constitutionnelle", "Park Geun-hye")]


@pytest.mark.model
def test_assault_reported_by_a_statement_is_not_the_speakers_own(nlp):
    events = _events(nlp, "La police a confirmé l'attentat contre l'ambassade de France.")
    assert [(c[:2], s) for c, s, _, _ in events] == [("18", None)]


@pytest.mark.model
def test_support_given_by_no_one_the_clause_names_is_not_coded(nlp):
    assert _events(nlp, "Le président Adama Barrow a été acclamé.") == []
    text = "Le président Adama Barrow a été acclamé par la foule de Banjul."
    assert [c[:2] for c, _, _, _ in _events(nlp, text)] == ["05"]


@pytest.mark.model
def test_one_police_officer_is_a_state_agent_unlike_one_national(nlp):
    text = "« Nous avons trouvé des engins explosifs », déclare un officier de police."
    assert [(c, s) for c, s, _, _ in _events(nlp, text)] == [("010", "officier de police")]
    assert _events(nlp, "« Je suis très heureux », déclare le Jamaïcain.") == []


@pytest.mark.model
def test_accusation_of_a_crime_told_of_the_accused_alone_is_coded_whoever_he_is(nlp):
    events = _events(nlp, "Le journaliste Jean Dupont est soupçonné de corruption.")
    assert [(c, s, t) for c, s, t, _ in events] == [("112", None, "Jean Dupont")]
    criticised = _events(nlp, "Le journaliste Jean Dupont est critiqué pour ses articles.")
    assert [c for c, _, _, _ in criticised if c.startswith("11")] == []


@pytest.mark.model
def test_alleged_violence_is_told_of_whom_it_strikes_unlike_a_possible_one(nlp):
    alleged = _events(nlp, "Selon l'ONG, l'hôpital de la ville aurait été bombardé par erreur.")
    assert [(c[:2], s, m) for c, s, _, m in alleged if c[:2] == "19"] == [("19", None, "possible")]
    possible = _events(nlp, "L'hôpital de la ville pourrait être bombardé.")
    assert [c for c, _, _, _ in possible if c[:2] == "19"] == []


@pytest.mark.model
def test_complement_after_a_list_of_event_nouns_is_the_target_of_the_verb_governing_it(nlp):
    text = (
        "Les shebabs dirigent de nombreuses zones rurales et mènent régulièrement des"
        " opérations de guérilla et des attentats-suicides contre les symboles du"
        " gouvernement somalien."
    )
    events = _events(nlp, text)
    assert ("190", "Al-Shabaab", "gouvernement somalien") in [(c, s, t) for c, s, t, _ in events]


@pytest.mark.model
def test_event_noun_marked_as_told_before_is_background_not_a_new_event(nlp):
    earlier = "La phrase a été comparée aux précédentes déclarations du président Emmanuel Macron."
    assert [c for c, _, _, _ in _events(nlp, earlier) if c == "010"] == []
    new = "La phrase a été comparée aux déclarations du président Emmanuel Macron."
    assert [c for c, _, _, _ in _events(nlp, new) if c == "010"] == ["010"]


@pytest.mark.model
def test_claim_told_in_the_passive_takes_no_target_from_its_subject(nlp):
    text = (
        "Le ministre Paul Kaba Thiéba a condamné les attentats. Les attaques sont revendiquées"
        " par le groupe État islamique."
    )
    claims = [(s, t) for c, s, t, _ in _events(nlp, text) if c == "015"]
    assert claims == [("État islamique", None)]


def test_same_actors_found_as_doers_and_targets_are_only_targets():
    def pairs(mutual: bool) -> list[tuple[str | None, str | None]]:
        frame = SimpleNamespace(mutual=mutual, code="115")
        sides = ["cambadelis", "borgel"]
        return _pairs(Coded(frame, None, None, sides, sides, None))  # type: ignore[arg-type]

    assert pairs(mutual=False) == [(None, "cambadelis"), (None, "borgel")]
    assert ("cambadelis", "borgel") in pairs(mutual=True)


@pytest.mark.model
def test_doerless_fight_noun_at_a_city_says_where_not_whom_unlike_a_bombing(nlp):
    where = "L'offensive au sud de Mossoul marque une étape vers l'encerclement de la ville."
    assert [c for c, _, _, _ in _events(nlp, where) if c.startswith("19")] == []
    struck = _events(nlp, "Le bombardement d'Alep a fait dix morts.")
    assert [(c, s, t) for c, s, t, _ in struck] == [("195", None, "Alep")]


@pytest.mark.model
def test_arrest_strikes_people_never_the_town_where_it_happens(nlp):
    text = (
        "Selon la police, des dizaines de suspects ont été tués et des dizaines d'autres"
        " arrêtés dans diverses régions du pays, notamment à Karachi."
    )
    assert [(c, t) for c, _, t, _ in _events(nlp, text) if c == "173"] == []
    people = _events(nlp, "Onze manifestants ont été interpellés à Lyon.")
    assert [(c, t) for c, _, t, _ in people] == [("173", "manifestants")]


@pytest.mark.model
def test_le_mouvement_of_a_protest_stands_for_no_organisation_named_before(nlp):
    text = (
        "Le ministère de l'Intérieur a recensé 10 000 manifestants samedi. Dans une vidéo,"
        " le député Paul Garnier appelle à continuer le mouvement."
    )
    assert [t for _, _, t, _ in _events(nlp, text)] == []


@pytest.mark.model
def test_event_told_at_a_time_then_of_that_day_alone_is_one_event(nlp):
    text = (
        "Lundi 16 octobre 2023. Vers 14h15, le militant Paul Garnier a été arrêté à Paris."
        " Paul Garnier a été placé en garde à vue."
    )
    assert [(c, t) for c, _, t, _ in _events(nlp, text)] == [("173", "Paul Garnier")]


@pytest.mark.model
def test_coordinated_subjects_the_parser_broke_sign_an_accord_each_way(nlp):
    events = _events(nlp, "Le Mali et le Niger ont signé mardi un accord de sécurité.")
    assert sorted((c[:2], s, t) for c, s, t, _ in events) == [
        ("05", "Mali", "Niger"),
        ("05", "Niger", "Mali"),
    ]


@pytest.mark.model
def test_relations_the_sides_own_together_are_restored_each_way(nlp):
    events = _events(nlp, "Le Qatar et Bahreïn ont rétabli leurs relations diplomatiques.")
    assert sorted((s, t) for _, s, t, _ in events) == [("Bahreïn", "Qatar"), ("Qatar", "Bahreïn")]


@pytest.mark.model
def test_coordinated_subjects_of_a_mutual_act_with_a_third_side_each_act_on_it(nlp):
    events = _events(nlp, "Paris et Berlin ont signé un accord avec Rome.")
    assert len({s for _, s, _, _ in events}) == 2
    assert len({t for _, _, t, _ in events}) == 1


@pytest.mark.model
def test_coordinated_subjects_of_a_one_sided_act_are_not_each_others_target(nlp):
    events = _events(nlp, "Le Japon et la Corée du Sud ont dénoncé le tir de missile.")
    assert sorted((s, t) for _, s, t, _ in events) == [("Corée du Sud", None), ("Japon", None)]


@pytest.mark.model
def test_infinitive_of_an_appeal_is_what_is_asked_not_an_act_of_its_own(nlp):
    events = _events(nlp, "L'Union africaine a exhorté la junte à libérer le président déchu.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("02", "Union africaine", "junte")]


@pytest.mark.model
def test_threat_is_aimed_at_whom_the_threatened_act_strikes_and_coded_once(nlp):
    events = _events(nlp, "Le Hamas a menacé de tuer les otages israéliens.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("13", "Hamas", "otages israéliens")]


@pytest.mark.model
def test_promise_to_act_is_an_intent_aimed_at_whom_the_act_concerns(nlp):
    events = _events(nlp, "Le Premier ministre a promis de rencontrer les syndicats.")
    assert [(c[:2], t, m) for c, _, t, m in events] == [("03", "syndicats", "asserted")]


@pytest.mark.model
def test_infinitive_of_an_agreement_is_the_act_itself(nlp):
    events = _events(nlp, "La Turquie a accepté de libérer les soldats grecs.")
    assert [(c[:2], s) for c, s, _, _ in events] == [("08", "Turquie")]


@pytest.mark.model
def test_event_noun_an_intent_means_to_reinforce_is_the_intents_content(nlp):
    events = _events(nlp, "Le Japon a promis de renforcer sa coopération avec l'Inde.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("03", "Japon", "Inde")]


@pytest.mark.model
def test_event_noun_under_an_appeals_infinitive_is_an_event_of_its_own(nlp):
    text = "Le Conseil de sécurité a demandé à Israël de cesser ses frappes contre le Hamas."
    assert ("19", "Israël", "Hamas") in [(c[:2], s, t) for c, s, t, _ in _events(nlp, text)]


@pytest.mark.model
def test_protest_of_a_sector_of_society_is_political_by_itself(nlp):
    events = _events(nlp, "Les agriculteurs ont bloqué plusieurs autoroutes du sud-ouest.")
    assert [(c[:2], s) for c, s, _, _ in events] == [("14", "agriculteurs")]


@pytest.mark.model
def test_protest_verb_told_of_a_firm_is_no_political_event(nlp):
    assert _events(nlp, "Le magasin Café Cotton a été pillé samedi.") == []


@pytest.mark.model
def test_fight_with_a_target_is_fought_by_the_target_too(nlp):
    events = _events(nlp, "L'armée malienne a échangé des coups de feu avec des rebelles touaregs.")
    assert sorted((c, s, t) for c, s, t, _ in events) == [
        ("193", "armée malienne", "rebelles touaregs"),
        ("193", "rebelles touaregs", "armée malienne"),
    ]


@pytest.mark.model
def test_wish_to_cooperate_with_a_target_stays_the_wishers_own(nlp):
    events = _events(nlp, "Les Chinois ne souhaitent pas collaborer avec la Russie.")
    assert [(s, t) for _, s, t, _ in events] == [("Chinois", "Russie")]


@pytest.mark.model
def test_seizure_whose_sense_has_no_target_is_the_authoritys_act_alone(nlp):
    events = _events(nlp, "La police indonésienne a saisi deux tonnes de cocaïne.")
    assert [(c, s, t) for c, s, t, _ in events] == [("1711", "police indonésienne", None)]


@pytest.mark.model
def test_restriction_whose_target_slot_is_left_empty_is_not_emitted(nlp):
    assert _events(nlp, "Le gouvernement a interdit la vente d'alcool.") == []


@pytest.mark.model
def test_statement_with_its_own_subject_hung_on_a_headline_noun_is_coded(nlp):
    # the parser reads `a annoncé` as a `dep` of the headline's `Tapisserie`
    text = (
        "La Tapisserie de Bayeux va être prêtée au Royaume-Uni\n\n18 janvier 2018. –\n"
        "La première ministre de l'Angleterre, Theresa May, a annoncé jeudi matin que la France"
        " va prêter au Royaume-Uni, d'ici cinq ans, la fameuse Tapisserie de Bayeux, dans le"
        " cadre d'un programme d’échange d’œuvres."
    )
    assert ("010", "Theresa May") in [(c, s) for c, s, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_statement_with_its_own_subject_hung_on_the_next_clause_is_coded(nlp):
    # the parser reads `a indiqué` as an `advcl` of `appellent`
    text = (
        "Le porte-parole du gouvernement, Benjamin Griveaux, a indiqué mardi que l'exécutif ne"
        " reculerait pas, les syndicats appellent à manifester jeudi."
    )
    assert ("010", "Benjamin Griveaux") in [(c, s) for c, s, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_statement_in_a_clause_opened_by_a_conjunction_stays_background(nlp):
    text = (
        "Le président est arrivé à Alger alors que son ministre des Affaires étrangères"
        " affirmait que la visite était reportée."
    )
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_statement_is_not_aimed_at_an_actor_named_inside_what_it_says(nlp):
    # (the parser hangs `à l'élection présidentielle française` on the verb)
    text = (
        "L'ancien président de la République française a annoncé sa candidature à l'élection"
        " présidentielle française."
    )
    assert [(c, t) for c, _, t, _ in _events(nlp, text)] == [("010", None)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le ministre Paul Garnier fait l'objet d'une enquête.", "090"),
        ("Le ministre Paul Garnier a fait l'objet d'une attaque.", "180"),
        ("Le ministre Paul Garnier fait face à de nouvelles accusations.", "112"),
        ("Le ministre Paul Garnier est l'objet de poursuites judiciaires.", "115"),
    ],
)
def test_event_noun_the_subject_undergoes_is_done_to_it_not_by_it(nlp, text, code):
    events = _events(nlp, text)
    assert [(c, s) for c, s, _, _ in events] == [(code, None)]
    assert "Garnier" in events[0][2]


@pytest.mark.model
def test_attack_undergone_by_the_subject_strikes_it(nlp):
    events = _events(nlp, "Le gouvernement allemand a subi une attaque informatique.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("18", None, "gouvernement allemand")]


@pytest.mark.model
def test_verb_read_as_an_adjective_of_its_subject_is_coded(nlp):
    # the tagger reads `critique` as an adjective of `ministre`, `gouvernement` as its nmod
    events = _events(nlp, "Le ministre critique vivement le gouvernement.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("11", "ministre", "gouvernement")]


@pytest.mark.model
def test_claim_read_as_an_adjective_of_its_claimant_is_coded(nlp):
    events = _events(nlp, "L'État islamique revendique l'attaque.")
    assert [(c, s) for c, s, _, _ in events] == [("015", "État islamique")]


@pytest.mark.model
def test_adjective_not_followed_by_an_object_is_no_verb(nlp):
    events = _events(nlp, "Une analyse critique du rapport du gouvernement est parue.")
    assert [c for c, _, _, _ in events if c.startswith("11")] == []


@pytest.mark.model
def test_appeal_to_no_one_for_an_act_named_by_a_noun_is_made_by_its_askers(nlp):
    text = "Les États-Unis et la Russie ont appelé au respect d'un cessez-le-feu."
    events = _events(nlp, text)
    assert sorted((c[:2], s, t) for c, s, t, _ in events) == [
        ("02", "Russie", None),
        ("02", "États-Unis", None),
    ]


@pytest.mark.model
def test_appeal_to_no_one_for_no_act_stays_unemitted(nlp):
    assert _events(nlp, "Le président a appelé au calme.") == []


@pytest.mark.model
def test_speaker_set_after_a_statement_verb_read_as_its_object_is_its_source(nlp):
    text = "Le bilan est de trois morts, a indiqué le ministère de l'Intérieur."
    events = _events(nlp, text)
    assert [(c, s, t) for c, s, t, _ in events] == [("010", "ministère de l'Intérieur", None)]


@pytest.mark.model
def test_noun_of_a_quote_before_an_incise_is_not_its_speaker(nlp):
    text = "« La réforme est une erreur », répond encore le ministre de l'Économie."
    events = _events(nlp, text)
    assert [(c, s) for c, s, _, _ in events] == [("010", "ministre de l'Économie")]


@pytest.mark.model
def test_thing_announced_by_a_statement_verb_with_its_subject_in_a_clause_before_is_no_speaker(
    nlp,
):
    text = "Le ministre est arrivé à Paris et a annoncé la démission du préfet."
    assert "010" not in [c for c, _, _, _ in _events(nlp, text)]


@pytest.mark.model
def test_statement_dated_only_as_past_stands_for_no_repeat_told_in_another_sentence(nlp):
    text = (
        "Le ministre de l'Intérieur avait déjà déclaré auparavant que la réforme était"
        " nécessaire. « La réforme est nécessaire », répond encore le ministre de l'Intérieur."
    )
    events = coded_events(nlp, text, "date")
    assert sorted(d for c, _, _, d in events if c == "010") == ["2023-10-17", "PAST_REF"]


@pytest.mark.model
def test_coordinated_steps_of_the_justice_chain_are_each_an_event(nlp):
    events = _events(nlp, "Le maire a été mis en examen puis écroué.")
    assert [(c, s, t) for c, s, t, _ in events] == [("173", None, "maire")] * 2


@pytest.mark.model
def test_condemnation_said_twice_in_one_sentence_is_one_event(nlp):
    events = _events(
        nlp, "Le Canada a condamné l'attaque contre le ministre et dénonce un acte odieux."
    )
    assert [c for c, _, _, _ in events if c == "111"] == ["111"]


@pytest.mark.model
def test_participle_read_as_an_adjective_after_avoir_is_the_verb(nlp):
    events = _events(nlp, "Les États-Unis ont gelé l'aide militaire au Pakistan.")
    assert [(c, s, t) for c, s, t, _ in events] == [("162", "États-Unis", "Pakistan")]


@pytest.mark.model
def test_participle_read_as_an_adjective_needs_the_target_its_entry_expects(nlp):
    events = _events(nlp, "Le nombre de manifestants s'est élevé à 282 000 selon la police.")
    assert [c for c, _, _, _ in events if c.startswith("11")] == []

"""When an event happened and whether it did: `dating.event_date` and `modality.modality_of`
on inline-annotated French sentences.

`<e date='...' modality='...'>trigger</e>` marks a trigger word with what the event coder
must say of it. The dating and modality functions are called on that word as the coder calls
them, so these tests do not depend on which events the lexicon and the arguments code.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from tests.annotated import Annotation, parse
from veille import components
from veille.extract.events import dating
from veille.extract.events.arguments import governing_verb, walk_up
from veille.extract.events.dating import event_date
from veille.extract.events.modality import modality_of

PUBLISHED = "2023-10-17"  # a Tuesday


def _trigger(doc: Doc, mark: Annotation) -> Token:
    span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    assert span is not None
    verbs = [t for t in span if t.pos_ == "VERB"]
    return verbs[0] if verbs else span.root


def _parsed(nlp, text: str) -> tuple[Doc, list[dict]]:
    """The text parsed as an article of PUBLISHED, with the timexes the coder reads."""
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc = nlp(doc)
    return doc, components.records_of(doc, "timexes")


def _judged(nlp, annotated: str) -> list[tuple[Annotation, str | None, str]]:
    """Each marked trigger with the date and modality the coder gives it."""
    text, marks = parse(annotated)
    doc, timexes = _parsed(nlp, text)
    judged = []
    for mark in marks:
        token = _trigger(doc, mark)
        clause = token if token.pos_ != "NOUN" else (governing_verb(token) or token)
        chain = list(walk_up(clause))
        if token is not clause:
            chain = [token, *chain]
        nouns = frozenset({token.i}) if token.pos_ == "NOUN" else frozenset()
        date, _ = event_date(clause, token.sent, timexes, PUBLISHED, token, nouns)
        modality = modality_of(token, chain, token.sent)
        if modality == "asserted" and date and date[:4].isdigit() and date[:10] > PUBLISHED:
            modality = "planned"  # as the coder does for an event dated after the article
        judged.append((mark, date, modality))
    return judged


def _expect(nlp, annotated: str) -> None:
    for mark, date, modality in _judged(nlp, annotated):
        if "date" in mark.attrs:
            assert date == mark.attrs["date"], (mark.text, date)
        if "modality" in mark.attrs:
            assert modality == mark.attrs["modality"], (mark.text, modality)


pytestmark = pytest.mark.model


# Dates


def test_event_of_the_title_takes_the_date_the_body_gives_it(nlp):
    _expect(
        nlp,
        "Joe Biden <e date='2023-10-16'>rencontre</e> Xi Jinping à San Francisco\n\n"
        "Lundi 16 octobre, Joe Biden a rencontré Xi Jinping à San Francisco.",
    )


def test_a_lead_paragraph_ending_with_a_stop_is_no_title(nlp):
    _expect(
        nlp,
        "Emmanuel Macron <e date='2023-10-17'>a reçu</e> Olaf Scholz à Paris.\n\n"
        "Lundi 16 octobre, le président avait rencontré Joe Biden.",
    )


def test_narrative_goes_on_in_the_part_of_day_it_told(nlp):
    _expect(
        nlp,
        "Lundi soir, un homme <e date='2023-10-16TEV'>a attaqué</e> un commissariat. "
        "Il <e date='2023-10-16TEV'>a blessé</e> deux policiers.",
    )


def test_narrative_goes_on_in_the_part_of_day_not_at_a_clock_time(nlp):
    _expect(
        nlp,
        "Le conseiller a été visé lundi 16 octobre au soir, vers 21 h 30, par une tentative "
        "d'assassinat. Un de ses gardes du corps <e date='2023-10-16TEV'>a été tué</e>.",
    )


def test_event_told_in_the_pluperfect_goes_back_to_the_day_only(nlp):
    _expect(
        nlp,
        "Lundi soir, l'assaillant a été abattu par la police. Il <e date='2023-10-16'>avait "
        "lancé</e> sa voiture sur la foule et <e date='2023-10-16'>poignardé</e> un policier.",
    )


def test_plan_goes_on_at_the_day_named_for_it(nlp):
    _expect(
        nlp,
        "Le président se rendra jeudi à Pékin. Il y <e date='2023-10-19'>rencontrera</e> "
        "Xi Jinping.",
    )


def test_narrative_back_in_the_present_no_longer_sets_the_day(nlp):
    _expect(
        nlp,
        "Le 4 octobre, un opposant a été empoisonné à Moscou. La police <e date='2023-10-04'>"
        "a arrêté</e> un suspect.",
    )
    _expect(
        nlp,
        "Le 4 octobre, un opposant a été empoisonné à Moscou. L'implication du Kremlin est "
        "jugée très probable. Le président français <e date='2023-10-17'>a exprimé</e> son "
        "soutien à la famille.",
    )


def test_day_told_before_is_kept_in_an_article_dated_by_its_month(nlp):
    text = (
        "Le Conseil de sécurité a rejeté le 16 octobre une résolution. La France a critiqué "
        "la Russie."
    )
    doc = nlp.make_doc(text)
    doc._.published = "2023-10"
    doc = nlp(doc)
    verb = next(t for t in doc if t.text == "critiqué")
    timexes = components.records_of(doc, "timexes")
    assert event_date(verb, verb.sent, timexes, "2023-10", verb) == ("2023-10-16", "text")


def test_present_passive_is_no_narrative_past(nlp):
    _expect(
        nlp,
        "Mardi dernier, la police a interpellé trois militants. "
        "Des journalistes sont régulièrement <e date='2023-10-17'>arrêtés</e> dans le pays.",
    )


def test_recently_dates_its_own_clause(nlp):
    _expect(nlp, "La loi <e date='PAST_REF'>adoptée</e> récemment par le Parlement a été publiée.")


def test_present_participle_takes_no_vague_time(nlp):
    _expect(
        nlp,
        "Il est présent sur Twitter, <e date='2023-10-17'>s'opposant</e> plus récemment à "
        "la campagne de la FIDH.",
    )


def test_scheduled_participle_dates_the_event_noun(nlp):
    _expect(
        nlp,
        "La <e date='2023-10-27' modality='planned'>visite</e> du président iranien, prévue "
        "le 27 octobre, a été confirmée.",
    )


def test_since_dates_no_state_that_goes_on_today(nlp):
    _expect(
        nlp,
        "Depuis sa défaite aux élections de 2019, l'opposition <e date='2023-10-17'>dénonce"
        "</e> les arrestations.",
    )


def test_after_a_dated_event_a_present_clause_is_of_today(nlp):
    _expect(
        nlp,
        "Après le référendum du 1er octobre, Madrid <e date='2023-10-17'>menace</e> la "
        "Catalogne de sanctions.",
    )


def test_since_dates_a_past_clause_from_its_start(nlp):
    _expect(nlp, "La mission, <e date='2019'>déployée</e> depuis 2019 au Mali, a quitté le pays.")


def test_until_gives_the_end_of_a_span_not_its_date(nlp):
    _expect(
        nlp,
        "Lundi, des hommes armés ont pris d'assaut une banque. La prise d'otages "
        "<e date='2023-10-16'>s'est poursuivie</e> jusqu'à 22 heures.",
    )


def test_span_between_two_dates_dates_no_clause(nlp):
    _expect(
        nlp,
        "Le ministre a <e date='2023-10-17'>annoncé</e> une enquête sur les frappes entre le "
        "3 et le 9 octobre.",
    )


def test_span_between_two_years_dates_no_report(nlp):
    _expect(
        nlp,
        "Entre 2004 et 2007, neuf enfants auraient été exploités, <e date='2023-10-17'>selon"
        "</e> un rapport de l'ONU.",
    )


def test_entre_joining_two_countries_leaves_the_date_beside_them(nlp):
    _expect(
        nlp,
        "Le sommet entre la France et l'Allemagne <e date='2023-10-16'>a été annulé</e> lundi.",
    )


def test_a_time_the_event_came_before_does_not_date_it(nlp):
    _expect(
        nlp,
        "Hier avant l'aube, des hommes armés <e date='2023-10-16'>ont attaqué</e> une "
        "mosquée du centre du pays.",
    )


def test_relative_clause_of_a_noun_of_time_beside_a_date_happened_then(nlp):
    _expect(
        nlp,
        "Les essais sont interdits depuis mai 2015, date à laquelle Pyongyang a "
        "<e date='2015-05'>annoncé</e> un essai réussi.",
    )
    _expect(
        nlp,
        "Emmanuel Macron lancera les consultations le 24 octobre, jour où il "
        "<e date='2023-10-24'>rencontrera</e> Olaf Scholz.",
    )


def test_date_of_a_complement_of_a_complement_names_that_thing(nlp):
    _expect(
        nlp,
        "Donald Trump a ordonné une frappe sur une base aérienne qu'il <e date='2023-10-17'>"
        "considère</e> à l'origine de l'attaque chimique de jeudi.",
    )


def test_causative_in_a_compound_past_goes_on_at_the_day_told(nlp):
    _expect(
        nlp,
        "Lundi soir, un groupe armé a attaqué le convoi. Des soldats seraient rapidement "
        "intervenus et ont <e date='2023-10-16TEV'>fait fuir</e> les assaillants.",
    )


def test_event_after_an_unmeasured_span_is_not_placed_in_it(nlp):
    _expect(
        nlp,
        "Donald Trump a <e date='2023-10-17'>annoncé</e> le retrait du pays après des "
        "semaines de sursis.",
    )


def test_date_in_brackets_with_a_clause_dates_only_the_aside(nlp):
    _expect(
        nlp,
        "Des opposants sont régulièrement <e date='2023-10-17'>arrêtés</e> dans le pays "
        "(comme nous l'écrivions hier).",
    )


def test_incise_of_saying_dates_the_quote_it_follows(nlp):
    _expect(
        nlp,
        "Lundi, un homme a été interpellé à Anvers. L'homme <e date='2023-10-17'>a été "
        "inculpé</e> pour « tentative d'assassinat », a annoncé aujourd'hui le parquet.",
    )


def test_inverted_incise_the_parser_made_a_conjunct_dates_the_clause(nlp):
    _expect(
        nlp,
        "La police a interpellé lundi soir trois militants à Rennes. Le parquet "
        "<e date='2023-10-17'>a ouvert</e> une enquête, a-t-on appris mardi.",
    )


def test_past_event_an_incise_reports_takes_its_day_not_its_evening(nlp):
    _expect(
        nlp,
        "Le Premier ministre <e date='2023-10-16'>a démissionné</e>, a annoncé lundi soir la "
        "présidence.",
    )


def test_verb_of_saying_before_a_colon_dates_the_quote(nlp):
    _expect(
        nlp,
        "Le ministre a affirmé lundi : « Nous <e date='2023-10-16'>soutenons</e> l'Ukraine "
        "et nous la soutiendrons. »",
    )


def test_a_calendar_day_of_the_clause_wins_over_a_coarser_date(nlp):
    _expect(
        nlp,
        "Emmanuel Macron <e date='2023-10-24'>se rendra</e> en Israël la semaine prochaine, "
        "le 24 octobre.",
    )


def test_main_verb_after_a_relative_clause_does_not_take_its_date(nlp):
    _expect(
        nlp,
        "Le ministre, qui avait été nommé en mars, <e date='2023-10-17'>a démissionné</e>.",
    )


def test_date_naming_which_thing_is_acted_on_does_not_date_the_act(nlp):
    _expect(
        nlp,
        "Le gouvernement <e date='2023-10-17'>a modifié</e> la loi de 2015 sur le renseignement.",
    )


def test_date_the_parser_hung_on_the_paragraph_before_dates_its_own_clause(nlp):
    _expect(
        nlp,
        "Le Hamas <e date='2023-10-07'>attaque</e> Israël\n\n"
        "Samedi 7 octobre, le Hamas a lancé une attaque contre Israël.",
    )


def test_time_before_a_word_split_by_the_parser_stays_in_its_sentence(nlp):
    _expect(
        nlp,
        "La semaine dernière, le Royaume-Uni <e date='2023-W41'>a expulsé</e> 23 diplomates "
        "russes.",
    )


def test_event_noun_of_the_title_takes_its_own_date_in_the_body(nlp):
    _expect(
        nlp,
        "Annulation du <e date='2023-11-12'>sommet</e> entre la Chine et le Japon\n\n"
        "Le Japon a annoncé l'annulation du sommet avec la Chine, qui était prévu pour le "
        "12 novembre.",
    )


def test_hours_long_past_span_stays_in_the_narrative_day(nlp):
    _expect(
        nlp,
        "Lundi, la police a arrêté un militant. Les enquêteurs l'<e date='2023-10-16'>ont "
        "interrogé</e> pendant des heures.",
    )
    _expect(nlp, "Ces dernières semaines, l'armée <e date='PAST_REF'>a bombardé</e> la ville.")


def test_unmeasured_span_to_come_is_future_ref(nlp):
    _expect(
        nlp,
        "Pékin a indiqué <e date='FUTURE_REF'>envoyer</e> un émissaire au Moyen-Orient au "
        "cours des prochaines heures.",
    )


def test_eve_of_an_event_counts_from_the_day_the_article_gives_it(nlp):
    _expect(
        nlp,
        "Le président a obtenu 60 % des voix lors du scrutin du 8 octobre. Mercredi, "
        "l'opposition a contesté les résultats. Les autorités avaient <e date='2023-10-07'>"
        "coupé</e> Internet à la veille du scrutin.",
    )


def test_morrow_of_a_scheduled_event_counts_from_its_planned_day(nlp):
    _expect(
        nlp,
        "Le sommet, prévu le 5 octobre à Grenade, a réuni les dirigeants européens. Mardi, "
        "Emmanuel Macron a rencontré Olaf Scholz. La Hongrie avait <e date='2023-10-06'>"
        "critiqué</e> l'accord au lendemain du sommet.",
    )


def test_event_of_the_title_keeps_the_date_the_title_gives(nlp):
    _expect(
        nlp,
        "Joe Biden <e date='2023-10-18'>se rendra</e> en Israël mercredi\n\n"
        "Le président américain a annoncé lundi qu'il se rendrait mercredi en Israël.",
    )


def test_event_of_the_title_takes_no_year_alone_from_the_lead(nlp):
    _expect(
        nlp,
        "Les États-Unis <e date='2023-10-17'>bombardent</e> une base syrienne\n\n"
        "17 octobre 2023. –\nPour la première fois depuis le début de la guerre civile en "
        "Syrie, il y a 6 ans, les États-Unis sont directement intervenus contre le régime.",
    )


def test_event_of_the_title_takes_the_first_dated_telling_in_the_body(nlp):
    _expect(
        nlp,
        "Olaf Scholz <e date='2023-10-12'>propose</e> une réforme du frein à la dette\n\n"
        "Le chancelier a rencontré lundi les syndicats. Il a aussi proposé une réforme du "
        "frein à la dette. Il l'a proposé le 12 octobre devant le Bundestag.",
    )


def test_planned_date_of_an_event_noun_hung_on_a_country_by_the_parser(nlp):
    _expect(
        nlp,
        "Annulation du <e date='2023-11-12'>sommet</e> entre les États-Unis et la Corée du "
        "Nord\n\nDonald Trump a annoncé l'annulation du sommet entre les États-Unis et la "
        "Corée du Nord, qui était prévu pour le 12 novembre à Singapour.",
    )


# Modality


def test_ne_que_restricts_and_does_not_negate(nlp):
    _expect(
        nlp,
        "Les États-Unis ne <e modality='asserted'>confirment</e> que la mort de 220 civils.",
    )
    _expect(nlp, "La Russie n'a pas <e modality='negated'>bombardé</e> Kiev.")


def test_not_hesitating_to_act_is_acting(nlp):
    _expect(
        nlp,
        "Les djihadistes n'hésitent pas à <e modality='asserted'>attaquer</e> les civils.",
    )


def test_elided_s_before_en_is_no_condition(nlp):
    _expect(nlp, "S'en suit une <e modality='asserted'>prise</e> d'otage dans le magasin.")
    _expect(nlp, "S'il <e modality='possible'>attaque</e> la Pologne, l'OTAN répondra.")


def test_alleged_event_noun_is_possible(nlp):
    _expect(
        nlp,
        "Syrie : une <e modality='possible'>attaque</e> chimique présumée fait des dizaines "
        "de morts.",
    )


def test_event_noun_as_subject_keeps_its_own_modality(nlp):
    _expect(nlp, "Une <e modality='asserted'>revendication</e> trouvée sur place semble suspecte.")
    _expect(nlp, "Des <e modality='possible'>commandes</e> de Boeing seraient à l'étude à Téhéran.")


def test_intention_makes_its_complement_planned(nlp):
    _expect(
        nlp,
        "Il a affirmé son intention de <e modality='planned'>porter</e> plainte contre les "
        "journaux.",
    )


def test_suspected_of_having_done_is_possible(nlp):
    _expect(nlp, "Il est soupçonné d'avoir <e modality='possible'>tué</e> un policier.")


def test_conditional_after_a_past_speech_verb_is_planned(nlp):
    _expect(
        nlp,
        "Il a assuré que les États-Unis <e modality='planned'>poursuivraient</e> leur "
        "campagne contre Pyongyang.",
    )
    _expect(nlp, "Selon Kiev, la Russie <e modality='possible'>aurait bombardé</e> Odessa.")


def test_decided_in_the_past_is_done_in_the_present_planned(nlp):
    _expect(
        nlp,
        "Les autorités ont décidé de <e modality='asserted'>bloquer</e> l'accès aux réseaux "
        "sociaux.",
    )
    _expect(nlp, "Le gouvernement décidera de <e modality='planned'>bloquer</e> l'accès.")


def test_that_same_meeting_takes_the_time_last_told(nlp):
    _expect(
        nlp,
        "En mars dernier, Vladimir Poutine avait reçu Xi Jinping à Moscou.\n\n"
        "Lors de cette même rencontre, Vladimir Poutine s'est <e date='2023-03'>félicité</e> "
        "de l'alliance.",
    )


def test_ordered_action_is_planned_ordered_thing_is_done(nlp):
    _expect(
        nlp,
        "« Nous avons ordonné aux forces irakiennes de <e modality='planned'>traquer</e> les "
        "gangs de Daech », a déclaré le chef du gouvernement.",
    )
    _expect(
        nlp,
        "Donald Trump a ordonné une <e modality='asserted'>frappe</e> militaire sur une base "
        "aérienne.",
    )


def test_title_ending_with_a_closing_quote_is_still_a_title(nlp):
    _expect(
        nlp,
        "France : François Fillon <e date='2023-10-12'>accuse</e> l'Élysée de tenir un « cabinet "
        "noir »\n\n17 octobre 2023. –\nFrançois Fillon a accusé jeudi 12 octobre l'Élysée de "
        "tenir un « cabinet noir ».",
    )


def test_past_clause_in_an_unmeasured_span_is_some_time_past(nlp):
    _expect(
        nlp,
        "Le Burundi a <e date='PAST_REF'>cessé</e> ces dernières semaines toute coopération "
        "avec l'ONU.",
    )
    _expect(
        nlp,
        "Le Maroc a <e date='2023-10-17'>voté</e> son retour après 33 ans d'absence.",
    )


def test_meeting_that_sets_the_scene_dates_the_clause_it_sets(nlp):
    """`Lors de la réunion du 12 octobre, ... ont décidé`: the meeting's date is the
    decision's, even when the meeting is an event noun of its own; a summit that is the
    verb's object keeps its date to itself."""
    text = (
        "Lors de la réunion du 12 octobre, les ministres européens ont décidé de rappeler "
        "leur ambassadeur."
    )
    doc, timexes = _parsed(nlp, text)
    meeting = next(t for t in doc if t.lower_ == "réunion")
    recall = next(t for t in doc if t.lower_ == "rappeler")
    events = frozenset({meeting.i})
    assert event_date(recall, recall.sent, timexes, PUBLISHED, recall, events)[0] == "2023-10-12"
    assert event_date(recall, meeting.sent, timexes, PUBLISHED, meeting, events)[0] == "2023-10-12"

    text = "Donald Trump a annulé hier le sommet du 12 juin avec Kim Jong-un."
    doc, timexes = _parsed(nlp, text)
    summit = next(t for t in doc if t.lower_ == "sommet")
    cancel = next(t for t in doc if t.lower_ == "annulé")
    events = frozenset({summit.i})
    assert event_date(cancel, cancel.sent, timexes, PUBLISHED, cancel, events)[0] == "2023-10-16"


def test_auxiliary_split_from_its_participle_lends_it_its_time(nlp):
    _expect(
        nlp,
        "François Fillon, le candidat LR à la présidentielle, a, lors de « L'Émission "
        "politique » du jeudi 12 octobre, <e date='2023-10-12'>accusé</e> l'Élysée de tenir "
        "un « cabinet noir ».",
    )


def test_verb_coordinated_in_an_unmeasured_span_shares_it(nlp):
    _expect(
        nlp,
        "Le Burundi a cessé ces dernières semaines toute coopération avec l'ONU et s'est "
        "<e date='PAST_REF'>retiré</e> de la Cour pénale internationale.",
    )


def test_part_of_the_day_told_with_the_day_dates_the_clause(nlp):
    _expect(
        nlp,
        "Un attentat a été <e date='2023-10-16TMO'>perpétré</e> ce lundi 16 octobre, en début "
        "de matinée, contre un hôtel de la capitale.",
    )


def test_small_hours_after_a_named_night_date_the_second_day(nlp):
    _expect(
        nlp,
        "Dans la nuit de samedi à dimanche, des coups de feu ont éclaté. Vers 2 heures du matin,"
        " la police a <e date='2023-10-15T02:00'>abattu</e> le tireur.",
    )


def test_event_of_the_title_takes_the_hour_the_body_adds_to_its_day(nlp):
    _expect(
        nlp,
        "États-Unis : une <e date='2023-10-16T10:45'>fusillade</e> fait trois morts\n\n"
        "17 octobre 2023. –\nUne fusillade a causé la mort de trois personnes lundi à Fresno.\n\n"
        "La fusillade est survenue vers 10 h 45.",
    )


def test_fronted_participle_sets_the_day_of_its_main_clause(nlp):
    _expect(
        nlp,
        "Interrogé lundi à Bordeaux, Alain Juppé, éliminé en novembre, <e date='2023-10-16'>"
        "a affirmé</e> qu'il ne serait pas candidat.",
    )


def test_participle_told_after_the_subject_keeps_its_date_to_itself(nlp):
    _expect(
        nlp,
        "Le ministre, nommé en mars, <e date='2023-10-17'>a démissionné</e>.",
    )


def test_event_noun_hung_on_the_paragraph_before_takes_its_own_clause_date(nlp):
    _expect(
        nlp,
        "Une revendication islamiste semble suspecte. Elle présente des fautes.\n\n"
        "Une deuxième <e date='2023-10-16TEV'>revendication</e> a été mise en ligne lundi soir.",
    )


def test_undated_lead_clause_takes_the_date_of_its_later_telling(nlp):
    _expect(
        nlp,
        "France : Manuel Valls propose la suppression du 49.3\n\n17 octobre 2023. –\n"
        "L'ancien Premier ministre Manuel Valls <e date='2023-10-15'>a proposé</e> la "
        "suppression de l'article 49.3 de la Constitution.\n\n"
        "Alors que la liste des candidats sera connue samedi, Manuel Valls tente de convaincre. "
        "Il a proposé le 15 octobre la suppression de cet article.",
    )


def test_lead_plan_takes_the_date_its_later_telling_gives(nlp):
    _expect(
        nlp,
        "Le Maroc annonce l'achat de 30 avions\n\n17 octobre 2023. –\n"
        "Le ministre a annoncé lundi que le Maroc s'apprêtait à <e date='2023-10-26' "
        "modality='planned'>signer</e> un contrat pour l'achat de 30 avions. Le contrat devrait "
        "être signé lors de la visite officielle du roi en France, prévue le 26 octobre.",
    )


def test_lead_plan_keeps_the_article_day_when_its_later_telling_is_past(nlp):
    _expect(
        nlp,
        "Le Maroc annonce l'achat de 30 avions\n\n17 octobre 2023. –\n"
        "Le ministre a annoncé lundi que le Maroc s'apprêtait à <e date='2023-10-17'>signer"
        "</e> un contrat pour l'achat de 30 avions. Un premier contrat avait été signé le 3 "
        "mars.",
    )


def test_title_plan_takes_the_date_the_body_plans_it_for(nlp):
    _expect(
        nlp,
        "Le Maroc annonce le prochain <e date='2023-10-26'>achat</e> de 30 avions\n\n"
        "17 octobre 2023. –\n"
        "Le ministre a annoncé lundi que le Maroc s'apprêtait à signer un contrat pour l'achat "
        "de 30 avions. Le contrat devrait être signé lors de la visite officielle du roi en "
        "France, prévue le 26 octobre.",
    )


def test_occasion_takes_the_date_another_mention_with_its_complement_gives(nlp):
    _expect(
        nlp,
        "Cette mesure a déjà été <e date='2023-09'>défendue</e> lors de la primaire de "
        "droite. Le score est bien moins bon qu'à la primaire de la droite et du centre de "
        "septembre dernier.",
    )


def test_occasion_without_complement_or_named_otherwise_keeps_the_article_day(nlp):
    _expect(
        nlp,
        "Cette mesure a déjà été <e date='2023-10-17'>défendue</e> lors de cette primaire. "
        "Le score est bien moins bon qu'à la primaire de la droite de septembre dernier.",
    )
    _expect(
        nlp,
        "Cette mesure a déjà été <e date='2023-10-17'>défendue</e> lors de la primaire de "
        "gauche. Le score est bien moins bon qu'à la primaire de la droite de septembre "
        "dernier.",
    )


def test_plural_occasion_is_not_dated_by_one_of_them(nlp):
    _expect(
        nlp,
        "L'ONG a <e date='2023-10-17'>dénoncé</e> le recours à la force lors des "
        "manifestations des agriculteurs. Les manifestations des agriculteurs du 3 octobre "
        "avaient réuni 5 000 personnes.",
    )


def test_later_telling_inside_a_quote_dates_no_lead_clause(nlp):
    _expect(
        nlp,
        "Les États-Unis bombardent une base syrienne\n\n17 octobre 2023. –\n"
        "Le président Donald Trump <e date='2023-10-17'>a ordonné</e> une frappe militaire "
        "sur une base aérienne.\n\n"
        "« Hier, j'ai ordonné une frappe militaire sur cette base », a-t-il déclaré.",
    )


def test_relative_clause_telling_the_course_of_an_event_noun_dates_it(nlp):
    _expect(
        nlp,
        "Ce résultat n'est pas étranger à la <e date='2023-10-19' modality='planned'>sortie</e> "
        "du Royaume-Uni de l'Union européenne, dont le processus s'enclenchera jeudi.",
    )


def test_relative_clause_telling_what_others_did_to_an_event_leaves_its_date(nlp):
    _expect(
        nlp,
        "Le président a évoqué l'<e date='2023-10-17'>invasion</e> de l'Ukraine, que la France a "
        "condamnée en 2022.",
    )


def test_relative_clause_the_parser_hung_elsewhere_still_dates_the_event_noun(nlp):
    _expect(
        nlp,
        "Le président a condamné l'<e date='2023-10-14'>attaque</e> du Hamas contre Israël, au "
        "cours de laquelle des centaines de civils ont été tués samedi.",
    )


def test_date_ending_a_phrase_opened_by_depuis_dates_no_present_state(nlp):
    # the article's parse hung `en 2014` on the verb, outside the phrase `depuis` opens
    words = "Depuis sa défaite à l' élection de Paris en 2014 , les reproches s' accumulent ."
    heads = [2, 2, 14, 5, 5, 2, 7, 5, 9, 14, 14, 12, 14, 14, 14, 14]
    deps = ["case", "det", "obl:mod", "case", "det", "nmod", "case", "nmod", "case", "obl:mod",
            "punct", "det", "nsubj", "expl:pass", "ROOT", "punct"]  # fmt: skip
    pos = ["ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "NUM", "PUNCT",
           "DET", "NOUN", "PRON", "VERB", "PUNCT"]  # fmt: skip
    # a Doc per tense: the tense of a clause is read once per Doc (the parse is fixed)
    for morph, bounds in (
        ("Mood=Ind|Tense=Pres|VerbForm=Fin", True),
        ("Tense=Past|VerbForm=Part", False),
    ):
        doc = Doc(nlp.vocab, words=words.split(), heads=heads, deps=deps, pos=pos)
        verb = doc[14]
        verb.set_morph(morph)
        year = doc[9:10]
        assert year.root.head.i == verb.i
        assert dating._bounds_a_span(year, verb, verb) is bounds


def test_relative_duquel_the_tagger_left_untagged_still_dates_the_event_noun(nlp):
    # the parse of a Wikinews sentence: `duquel` untagged, `visé` hung on the main verb
    words = [
        "Il",
        "a",
        "permis",
        "la",
        "participation",
        "à",
        "l'",
        "attentat",
        "contre",
        "le",
        "club",
        ",",
        "au",
        "cours",
        "duquel",
        "le",
        "bus",
        "avait",
        "été",
        "visé",
        "lundi",
        ".",
    ]
    heads = [2, 2, 2, 4, 2, 7, 7, 4, 10, 10, 7, 2, 13, 4, 13, 16, 4, 19, 19, 2, 19, 2]
    deps = ["nsubj", "aux:tense", "ROOT", "det", "obj", "case", "det", "nmod", "case", "det",
            "nmod", "punct", "case", "nmod", "acl", "det", "nmod", "aux:tense", "aux:pass",
            "advcl", "obl:mod", "punct"]  # fmt: skip
    pos = ["PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN",
           "PUNCT", "ADP", "NOUN", "PRON", "DET", "NOUN", "AUX", "AUX", "VERB", "NOUN",
           "PUNCT"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    attack, struck = doc[7], doc[19]
    assert dating._tells_of(struck, attack)
    assert not dating._tells_of(doc[2], attack)  # the main verb tells no course of it


def test_start_of_a_state_of_a_noun_dates_no_past_clause(nlp):
    _expect(
        nlp,
        "Le gouvernement <e date='2023-10-17'>a confirmé</e> en fin de journée la mort du "
        "président, au pouvoir depuis 1989, six jours après son hospitalisation.",
    )


def test_event_of_the_title_takes_no_year_alone_from_the_body(nlp):
    _expect(
        nlp,
        "Le gouvernement ouzbek <e date='2023-10-17'>confirme</e> la mort du président\n\n"
        "17 octobre 2023. –\nLe gouvernement ouzbek a confirmé la mort du président, chef de "
        "l'État en 1989.",
    )


def test_clause_days_after_que_is_counted_back_from_its_governor_day(nlp):
    _expect(
        nlp,
        "La vidéo a été publiée lundi, trois jours après que la Corée du Nord "
        "<e date='2023-10-13'>a effectué</e> un test.",
    )


def test_clause_days_after_que_keeps_its_own_date_when_its_governor_has_none(nlp):
    _expect(
        nlp,
        "La vidéo a été publiée trois jours après que la Corée du Nord "
        "<e date='2023-10-17'>a effectué</e> un test.",
    )


def test_speaker_of_the_lead_goes_on_saying_on_the_day_of_his_statement(nlp):
    _expect(
        nlp,
        "Le ministre se dit prêt à partir\n\n17 octobre 2023. –\n"
        "Le ministre de l'Intérieur a assuré dimanche à la télévision être prêt à démissionner."
        "\n\nIl <e date='2023-10-15'>maintient</e> cependant ses critiques du projet. "
        "Il <e date='2023-10-15'>explique</e> que la réforme est injuste. Il a terminé en "
        "affirmant son intention de <e date='2023-10-15'>porter</e> plainte.",
    )


def test_lead_speaker_goes_on_in_a_verb_tagged_as_a_noun(nlp):
    _expect(
        nlp,
        "Le ministre se dit prêt à partir\n\n17 octobre 2023. –\n"
        "Le ministre de l'Intérieur a assuré dimanche à la télévision être prêt à démissionner."
        "\n\nIl maintient cependant sa contestation de ces accusations, qu'il <e "
        "date='2023-10-15'>juge</e> « abjectes » et visant à « abattre » sa candidature.",
    )


def test_lead_speaker_named_by_name_alone_goes_on_saying(nlp):
    _expect(
        nlp,
        "Fillon prêt à renoncer\n\n17 octobre 2023. –\n"
        "François Fillon a assuré dimanche au journal de TF1 être prêt à renoncer à sa "
        "candidature.\n\nIl <e date='2023-10-15'>maintient</e> cependant sa contestation "
        "de l'enquête du parquet.",
    )


def test_lead_doer_named_again_says_on_the_lead_day(nlp):
    _expect(
        nlp,
        "Argentine : Mauricio Macri remporte l'élection\n\n17 octobre 2023. –\n"
        "Le dimanche 15 octobre, Mauricio Macri a remporté le second tour de l'élection "
        "présidentielle face à Daniel Scioli.\n\nIl s'agit de la première alternance depuis "
        "douze ans. Dans son discours, Macri <e date='2023-10-15'>a critiqué</e> le "
        "gouvernement sortant. Daniel Scioli <e date='2023-10-17'>a déclaré</e> qu'il "
        "restait dans l'opposition.",
    )


def test_another_named_speaker_breaks_the_lead_speaker_telling(nlp):
    _expect(
        nlp,
        "Le ministre se dit prêt à partir\n\n17 octobre 2023. –\n"
        "Le ministre de l'Intérieur a assuré dimanche à la télévision être prêt à démissionner."
        "\n\nLe Premier ministre a affirmé lundi qu'il le soutenait. "
        "Il <e date='2023-10-17'>explique</e> que la réforme est juste.",
    )


def test_lead_speaker_day_read_past_a_dateline_and_a_part_of_day(nlp):
    _expect(
        nlp,
        "Le ministre renonce\n\n17 octobre 2023. – Le ministre de l'Intérieur a annoncé dimanche "
        "matin qu'il ne serait pas candidat.\n\nIl <e date='2023-10-15'>estime</e> que "
        "le parti doit se rassembler.",
    )


def test_clause_set_by_an_occasion_takes_the_day_its_timing_participle_gives(nlp):
    _expect(
        nlp,
        "Le contrat <e date='2023-10-27'>sera signé</e> lors de la visite officielle du "
        "président iranien en France, prévue le 27 octobre.",
    )


def test_plan_reported_by_a_dated_statement_is_not_dated_by_the_statement(nlp):
    _expect(
        nlp,
        "Le ministre a annoncé lundi que l'Iran s'apprêtait à <e date='2023-10-17'>signer</e> "
        "un contrat pour l'achat de 114 avions.",
    )
    _expect(
        nlp,
        "Le ministre a déclaré lundi que le président <e date='2023-10-17'>se rendra</e> à Pékin.",
    )


def test_past_event_reported_by_a_dated_statement_keeps_the_statement_day(nlp):
    _expect(
        nlp,
        "Le ministre a annoncé lundi que la police <e date='2023-10-16'>avait arrêté</e> un "
        "suspect.",
    )


def test_clock_time_naming_a_programme_does_not_date_the_clause(nlp):
    _expect(
        nlp,
        "Elle annoncera sa candidature ce soir, dans le journal de 20h de TF1, puis elle se "
        "<e date='2023-10-17TEV'>réunira</e> avec ses partisans dans un café parisien.",
    )


def test_days_later_count_from_the_day_told_before(nlp):
    _expect(
        nlp,
        "Le ministre a démissionné le 12 octobre. Deux jours plus tard, il <e date="
        "'2023-10-14'>a été arrêté</e>. La police avait perquisitionné son bureau trois jours "
        "plus tôt.",
    )


def test_a_clock_time_says_when_more_closely_than_the_part_of_its_day(nlp):
    _expect(
        nlp,
        "Vers 17 h 10, la nuit commence à tomber et les policiers <e date='2023-10-17T17:10'>"
        "chargent</e> les manifestants sur la place.",
    )


def test_hours_earlier_count_from_the_time_told_not_a_clock_time(nlp):
    _expect(
        nlp,
        "Samedi, un homme a été abattu par un soldat à l'aéroport. Une heure auparavant, il "
        "<e date='2023-10-14'>avait tiré</e> sur des policiers.",
    )


def test_hours_earlier_count_from_the_time_an_earlier_paragraph_told(nlp):
    _expect(
        nlp,
        "Samedi, un homme a été abattu par un soldat à l'aéroport.\n\nIl s'était radicalisé "
        "en prison en 2012. 1 h 30 auparavant, il <e date='2023-10-14'>avait tiré</e> sur des "
        "policiers.",
    )


def test_hours_later_count_from_the_clock_time_told(nlp):
    _expect(
        nlp,
        "Samedi vers 17 h, un homme a poignardé un passant. 1 h 30 plus tard, les policiers "
        "l'<e date='2023-10-14T18:30'>ont arrêté</e> chez lui.",
    )


def test_a_few_days_earlier_gives_the_month_when_the_span_cannot_leave_it(nlp):
    _expect(
        nlp,
        "La coalition a confirmé le 25 septembre être à l'origine de ce bombardement, "
        "<e date='2023-09'>survenu</e> quelques jours plus tôt.",
    )


def test_date_in_a_phrase_opened_by_suite_a_dates_no_present_state(nlp):
    # `suite à` is `après`: the protests go on today, the execution was on Saturday
    _expect(
        nlp,
        "Le pays est <e date='2023-10-17'>soulevé</e> par une vague de manifestations suite "
        "à l'exécution d'un opposant en Arabie saoudite samedi dernier.",
    )


def test_narrative_does_not_go_on_at_a_day_of_a_relative_clause(nlp):
    # the day the treaty was signed dates the palace, not what the speaker said next
    _expect(
        nlp,
        "Les dirigeants se sont réunis aujourd'hui au palais, où ils avaient signé le traité "
        "le 25 mars 1957. « Nous avons appris la leçon », "
        "<e date='2023-10-17'>a affirmé</e> le président du Conseil.",
    )


def test_narrative_goes_on_at_a_day_a_cleft_tells(nlp):
    # "ce sont ... qui": the relative clause tells the news itself
    _expect(
        nlp,
        "Ce sont 45 personnes qui ont perdu la vie ce vendredi 13 octobre dans deux attentats. "
        "Les assaillants <e date='2023-10-13'>ont visé</e> le palais présidentiel.",
    )


def test_relative_clause_of_a_setting_happens_on_its_antecedent_day(nlp):
    # `à la suite de laquelle`, `où`: the meeting's evening, the visit's day
    _expect(
        nlp,
        "Le président a organisé une réunion de crise, lundi soir, avec le Premier ministre, à "
        "la suite de laquelle il <e date='2023-10-16TEV'>a affirmé</e> sa détermination.",
    )
    _expect(
        nlp,
        "Le ministre s'est rendu lundi à Rome, où il <e date='2023-10-16'>a rencontré</e> le "
        "président italien.",
    )


def test_relative_clause_of_a_setting_takes_no_year_alone(nlp):
    _expect(
        nlp,
        "Le ministre est né en 1950 à Lyon, où il <e date='2023-10-17'>a rencontré</e> le maire.",
    )


def test_clock_time_the_parser_cut_off_opens_the_clause_after_its_comma(nlp):
    # the parser makes `Vers 7h40` a sentence of its own: it still opens the clause after it
    _expect(
        nlp,
        "La mobilisation se poursuit dans tout le pays.\n\n"
        "Vers 7h40, Benjamin Cauchy, porte-parole des « Gilets jaunes libres », "
        "<e date='2023-10-17T07:40'>estime</e> que la concertation promise par le gouvernement "
        "doit tout mettre sur la table.",
    )
    _expect(
        nlp,
        "Le débat se poursuit au Sénat.\n\n"
        "Vers 19h00, répondant à une question du sénateur David Assouline sur le grand débat, le "
        "porte-parole du gouvernement, Benjamin Griveaux <e date='2023-10-17T19:00'>a "
        "affirmé</e> que la question était présente.",
    )


def test_passive_verb_of_saying_in_the_lead_names_no_speaker_who_goes_on(nlp):
    # `confirmée par les juges` is no statement; `Elle est accusée` no saying of hers
    _expect(
        nlp,
        "Corée du Sud : l'ancienne présidente arrêtée\n\n17 octobre 2023. – L'ancienne "
        "présidente Park Geun-hye, dont la destitution avait été votée début décembre par les "
        "députés et confirmée il y a trois semaines par les juges de la Cour constitutionnelle, "
        "a été arrêtée ce matin.\n\nElle <e date='2023-10-17'>est accusée</e> de corruption et "
        "d'abus de pouvoir.",
    )


def test_date_bounding_a_nouns_period_dates_no_clause(nlp):
    _expect(
        nlp,
        "Ce système concernerait une soixantaine de sénateurs et a duré de 2003 à 2014. "
        "Jean Dupont, Paul Martin et Pierre Durand, l'ancien trésorier du groupe, <e "
        "date='2023-10-17'>ont ainsi été mis</e> en examen pour « recel de fonds publics » dans "
        "le cadre de l'enquête qui ne concerne cependant que la période postérieure à 2009.",
    )


def test_event_noun_whose_clause_is_in_the_paragraph_before_takes_its_own_paragraphs(nlp):
    # the parser may run a sentence across a paragraph break and hang `déplacement` on a word
    # of its own paragraph, itself hung on `dû`: the noun's clause is `a contesté`
    doc, timexes = _parsed(
        nlp,
        "Elle aurait dû percevoir un mois de salaire pour la période 1998-2002.\n\n"
        "Le député, en déplacement à Troyes ce lundi, a contesté les chiffres.",
    )
    noun = next(t for t in doc if t.text == "déplacement")
    before = next(t for t in doc if t.text == "dû")
    date, _ = event_date(before, noun.sent, timexes, PUBLISHED, noun, frozenset({noun.i}))
    assert date == "2023-10-16"


def test_date_on_a_noun_the_parser_made_the_root_dates_the_clause_it_missed(nlp):
    # the parser makes `rond-point` the root and the main verb a clause of the relative
    _expect(
        nlp,
        "Ce matin, au rond-point de L’Escapade qui sépare Sainte-Savine de La Chapelle "
        "Saint-Luc (Bourgogne, Aube) la police <e date='2023-10-17TMO'>a expulsé</e> les "
        "manifestants et détruit leur campement.",
    )


def test_date_on_a_misparsed_root_dates_no_plan(nlp):
    _expect(
        nlp,
        "– Le ministre iranien des Transports, Abbas Akhoundi, a annoncé, dimanche 15 octobre, "
        "que l'Iran s’apprêtait à <e date='2023-10-17'>signer</e> un contrat pour l’achat de "
        "114 avions.",
    )


def test_infinitive_completing_a_noun_is_told_when_its_noun_is(nlp):
    # `son intention de ne pas coopérer`: what the intention is, said in the communiqué
    _expect(
        nlp,
        "Le 10 octobre, l'Ordre a publié un nouveau communiqué, y affirmant « l’insignifiance "
        "légale de ce groupe » et son intention de ne pas <e date='2023-10-10'>coopérer</e> "
        "avec lui.",
    )


def test_story_told_in_the_present_of_a_past_day_goes_on_at_that_day(nlp):
    _expect(
        nlp,
        "Le 10 octobre, le Vatican riposte en réaffirmant sa confiance au groupe nommé par le "
        "pape et dénonce toute tentative de discrédit. Il <e date='2023-10-10'>prie</e> aussi "
        "l’Ordre de coopérer.",
    )


def test_present_after_a_day_told_in_the_past_is_of_the_articles_day(nlp):
    _expect(
        nlp,
        "Le 10 octobre, le Vatican a dénoncé toute tentative de discrédit. Il "
        "<e date='2023-10-17'>prie</e> aussi l’Ordre de coopérer.",
    )


def test_clock_time_shortly_before_gives_about_when(nlp):
    _expect(
        nlp,
        "Peu avant 11 h, des <e date='2023-10-17T11:00'>échauffourées</e> entre des casseurs et "
        "la police ont eu lieu à Washington.",
    )


def test_clock_time_a_span_ends_at_dates_nothing(nlp):
    _expect(
        nlp,
        "Les manifestants ont <e date='2023-10-17'>bloqué</e> la rocade jusqu'à 11 h.",
    )


def test_pluperfect_set_before_by_an_adverb_is_an_undated_past(nlp):
    _expect(
        nlp,
        "Lundi, un juge de Seattle a bloqué le décret. D'autres juges fédéraux avaient déjà "
        "<e date='PAST_REF'>statué</e> contre le décret.",
    )
    _expect(
        nlp,
        "Le ministre a été arrêté samedi en Allemagne. Il s'était précédemment "
        "<e date='PAST_REF'>déplacé</e> au Danemark sans être inquiété.",
    )


def test_perfect_participle_set_before_by_an_adverb_is_an_undated_past(nlp):
    _expect(
        nlp,
        "Les suspects sont connus de la police, ayant déjà été <e date='PAST_REF'>incarcérés"
        "</e> pour vol.",
    )


def test_pluperfect_in_brackets_takes_no_day_of_its_paragraph(nlp):
    _expect(
        nlp,
        "L'ancien ministre a été condamné lundi à deux ans de prison. Il a vu sa peine aggravée "
        "(le parquet avait <e date='PAST_REF'>requis</e> trente mois avec sursis).",
    )


def test_pluperfect_without_an_adverb_still_goes_on_at_the_day_told(nlp):
    _expect(
        nlp,
        "Lundi, un homme a foncé sur la foule à Londres. Il avait "
        "<e date='2023-10-16'>poignardé</e> un policier.",
    )


def test_passive_in_the_imperfect_is_no_act_set_before(nlp):
    _expect(
        nlp,
        "L'homme était déjà <e date='2023-10-17'>recherché</e> par la police.",
    )


def test_narrative_does_not_go_on_at_a_day_of_an_infinitive_clause(nlp):
    _expect(
        nlp,
        "Le suspect a avoué ce lundi 16 octobre avoir tué la victime dans la nuit du 2 au 3 "
        "octobre. Il a été <e date='2023-10-16'>arrêté</e> par les gendarmes.",
    )
    _expect(  # also when the parser cut the day's phrase off its sentence after brackets
        nlp,
        "Le suspect a avoué ce lundi 16 octobre avoir tué les quatre membres de la famille (les "
        "parents, Pascal et Brigitte, tous deux 49 ans, et les deux enfants, Sébastien et "
        "Charlotte, étudiants) dans la nuit du 2 au 3 octobre dernier. Il a été "
        "<e date='2023-10-16'>arrêté</e> par les gendarmes.",
    )


def test_birth_date_dates_no_other_event(nlp):
    _expect(
        nlp,
        "Le suspect a été interpellé mardi. Il s'appelle Clément Baur, né le 16 juillet 1993. "
        "Il <e date='2023-10-17'>a menacé</e> un policier.",
    )


def test_narrative_does_not_go_on_at_the_start_of_a_state(nlp):
    _expect(
        nlp,
        "Le site est bloqué depuis le 12 octobre en Turquie. « Il est impossible de le rouvrir », "
        "<e date='2023-10-17'>a déclaré</e> le ministre.",
    )


def test_act_reported_again_in_speech_takes_the_date_told_before(nlp):
    _expect(
        nlp,
        "L'homme a avoué hier avoir tué la fillette en août 2017. Il a dit aux enquêteurs qu'il "
        "l'a <e date='2017-08'>tuée</e> chez lui.",
    )


def test_clock_time_after_a_noun_of_approximation_dates_the_clause(nlp):
    _expect(
        nlp,
        "Un policier a été <e date='2023-10-17T14:30'>poignardé</e> alors qu'il était en poste "
        "devant son commissariat aux alentours de 14 heures 30.",
    )
    _expect(
        nlp,
        "La police est <e date='2023-10-17T05:00'>intervenue</e> aux environs de 5 heures.",
    )


def test_clock_time_naming_a_programme_still_dates_nothing(nlp):
    _expect(
        nlp,
        "Le ministre a <e date='2023-10-16'>annoncé</e> lundi sa démission dans le journal de "
        "20 heures.",
    )


def test_date_after_the_article_naming_a_coming_thing_dates_no_act_done(nlp):
    _expect(
        nlp,
        "L'ancien président a <e date='2023-10-17'>annoncé</e> sa candidature à l'élection "
        "présidentielle de 2027.",
    )
    _expect(
        nlp,
        "Le militant a été <e date='2023-10-14'>arrêté</e> à la manifestation de samedi.",
    )
    _expect(
        nlp,
        "Il <e date='2027'>se présentera</e> à l'élection présidentielle de 2027.",
    )

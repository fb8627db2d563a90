"""Quotes and their speakers, on inline-annotated French sentences.

Actors are given inline (`<actor id=...>`) and written to the Doc as the actors component
would, so each test checks the quote extractor alone, whatever the actor linker finds.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.annotated import parse
from veille import lang
from veille.extract.quotes import extract_quotes, quoted_spans

MARKS = lang.load("quotes")["marks"]


def quotes_of(nlp, annotated: str):
    text, annotations = parse(annotated)
    doc = nlp(text)
    mentions = defaultdict(list)
    cameos = {}
    for a in annotations:
        if a.tag == "actor":
            mentions[a.attrs["id"]].append({"start": a.start, "end": a.end, "text": a.text})
            cameos[a.attrs["id"]] = a.attrs.get("cameo")
    doc._.veille_actors = [
        {
            "id": actor,
            "name": m[0]["text"],
            "kind": actor.split(":")[0],
            "mentions": m,
            "cameo": cameos.get(actor),
        }
        for actor, m in mentions.items()
    ]
    expected = [
        (a.start, a.end, a.attrs.get("speaker") or None) for a in annotations if a.tag == "quote"
    ]
    found = [(q.start, q.end, q.speaker) for q in extract_quotes(doc)]
    return found, expected


CASES = {
    "incise_after_names_the_speaker": (
        "«<quote speaker='person:poutine'>Le président m'appelle son ami</quote>», a affirmé "
        "<actor id='person:poutine'>Vladimir Poutine</actor>."
    ),
    "incise_with_institution_after_verb": (
        "Les deux hommes «<quote speaker='org:kremlin'>discuteront de manière franche</quote>»,"
        " a expliqué le <actor id='org:kremlin'>Kremlin</actor>."
    ),
    "inverted_pronoun_refers_to_last_speaker": (
        "«<quote speaker='person:macron'>Nous tiendrons bon</quote>», a déclaré "
        "<actor id='person:macron'>Emmanuel Macron</actor>. «<quote speaker='person:macron'>"
        "Rien ne sera cédé</quote>», a-t-il ajouté."
    ),
    "introduction_with_colon": (
        "<actor id='person:scholz'>Olaf Scholz</actor> a déclaré : «<quote "
        "speaker='person:scholz'>Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra."
        "</quote>»"
    ),
    "introduction_with_que": (
        "<actor id='person:conway'>Kellyanne Conway</actor> expliquait alors que « <quote "
        "speaker='person:conway'>les gens verront sept points majeurs sur ce décret</quote> »."
    ),
    "selon_after_quote": (
        "«<quote speaker='org:douanes'>Les échanges ont atteint un record</quote>», selon les "
        "<actor id='org:douanes'>douanes chinoises</actor>."
    ),
    "d_apres_before_quote": (
        "D'après <actor id='org:onu'>l'ONU</actor>, « <quote speaker='org:onu'>la situation "
        "humanitaire est catastrophique</quote> »."
    ),
    "pour_x_comma_before_quote": (
        "Pour <actor id='person:may'>Theresa May</actor>, il s'agit d'une attaque « <quote "
        "speaker='person:may'>écœurante et perverse</quote> »."
    ),
    "partial_quote_gets_the_subject_of_its_verb": (
        "Les <actor id='country:usa'>Etats-Unis</actor> ont appelé la Chine à utiliser son "
        "«<quote speaker='country:usa'>influence</quote>» pour apaiser les tensions."
    ),
    "partial_quote_with_passive_agent": (
        "Ce « <quote speaker='org:onu'>désastre</quote> » est déploré par les "
        "<actor id='org:onu'>Nations unies</actor>."
    ),
    "condemned_term_gets_the_condemner": (
        "La <actor id='country:tur'>Turquie</actor> a condamné un « <quote "
        "speaker='country:tur'>crime contre l'humanité</quote> »."
    ),
    "speaker_without_actor_is_null": (
        "« <quote>Il n'est pas confirmé qu'il s'agit d'un attentat</quote> », selon une source "
        "proche de l'enquête."
    ),
    "scare_quote_is_not_a_quote": (
        "Le candidat cherche à adoucir son image « droitière » au sein du parti."
    ),
    "term_in_a_clause_describing_a_noun_is_not_a_quote": (
        "Le Conseil a rejeté une résolution proposée par la <actor id='country:rus'>Russie"
        "</actor>, qui entretient de bons rapports avec Israël, pour un «cessez-le-feu "
        "humanitaire» entre Israël et le Hamas."
    ),
    "name_in_marks_is_not_a_quote": (
        "La députée du parti « Les Républicains » officialise sa candidature."
    ),
    "colon_after_any_verb_gives_its_subject": (
        "<actor id='person:salvini'>Matteo Salvini</actor> refuse de s'incliner devant la "
        "Commission : «<quote speaker='person:salvini'>Nous écoutons tout le monde, mais nous "
        "ne revenons pas en arrière</quote>»."
    ),
    "quoted_paragraph_after_a_colon_paragraph": (
        "Le ministre de l'Intérieur <actor id='person:barandagiye'>Pascal Barandagiye</actor> "
        "est plus explicite :\n\n« <quote speaker='person:barandagiye'>cinq associations ont "
        "continué à fonctionner clandestinement.</quote> »"
    ),
    "bare_title_is_the_person_introduced_with_a_synonym": (
        "<actor id='person:abadi'>Haïder al-Abadi</actor>, le Premier ministre irakien, a "
        "condamné les attaques. « <quote speaker='person:abadi'>Nous traquerons les auteurs de "
        "ces attentats</quote> », a déclaré le chef du gouvernement sur Twitter."
    ),
    "apposed_name_speaks_not_the_institution": (
        "Le porte-parole de la <actor id='government:usa'>Maison-Blanche</actor>, <actor "
        "id='person:spicer'>Sean Spicer</actor> a dénoncé un « <quote speaker='person:spicer'>"
        "acte odieux du régime</quote> »."
    ),
    "inverted_pronoun_takes_the_latest_person_subject": (
        "<actor id='person:tsai'>Tsai Ing-wen</actor> a remporté l'élection.\n\n<actor "
        "id='person:chu'>Eric Chu</actor>, son principal adversaire, récolte 31 % des voix. "
        "« <quote speaker='person:chu'>Nous avons perdu</quote> », a-t-il déclaré."
    ),
    "cue_less_quote_continues_the_speaker_of_its_sentence": (
        "« <quote speaker='org:parquet'>Différentes armes ont été découvertes dans le coffre"
        "</quote> » de sa voiture, « <quote speaker='org:parquet'>des armes blanches et un "
        "bidon</quote> », selon le <actor id='org:parquet'>parquet</actor>."
    ),
    "subject_is_read_in_its_own_paragraph": (
        "La <actor id='country:fra'>France</actor> reste l'un des pays où l'on utilise le plus "
        "le chèque.\n\n<actor id='person:sapin'>Michel Sapin</actor>, le ministre des finances, "
        "a répondu que cette décision procédait d'une « <quote speaker='person:sapin'>stratégie "
        "extrêmement concertée</quote> »."
    ),
    "relative_qui_speaks_for_the_person_it_describes": (
        "L'accusé est <actor id='person:dupont'>Jean Dupont</actor>, qui a affirmé « <quote "
        "speaker='person:dupont'>je n'ai rien fait de mal</quote> » devant le tribunal."
    ),
    "elle_skips_a_man_for_a_woman": (
        "<actor id='person:martin'>Mme Anne Martin</actor> a été critiquée par <actor "
        "id='person:nicolas-sarkozy'>Nicolas Sarkozy</actor>. Elle se présente comme la seule "
        "opposante : « <quote speaker='person:martin'>Je suis la seule à lui tenir tête"
        "</quote> »."
    ),
    "pronoun_skips_a_person_named_as_a_complement": (
        "<actor id='person:durand'>Paul Durand</actor> reste ouvert à une rencontre avec "
        "<actor id='person:kim'>le dirigeant du Nord</actor>, mais il le met en garde : "
        "« <quote speaker='person:durand'>nos moyens sont immenses</quote> »."
    ),
    "pronoun_prefers_the_main_clause_subject": (
        "<actor id='person:durand'>Paul Durand</actor> a affirmé qu'il ne serait pas « <quote "
        "speaker='person:durand'>une solution de repêchage</quote> » dans le cas où <actor "
        "id='person:petit'>Marc Petit</actor> renoncerait. « <quote speaker='person:durand'>"
        "C'est clairement non, cela ne change rien</quote> », a-t-il ajouté."
    ),
    "name_before_its_title_speaks": (
        "<actor id='person:rossi'>Marco Rossi</actor>, le ministre de l'Intérieur, refuse de "
        "céder : « <quote speaker='person:rossi'>Nous ne reviendrons pas en arrière</quote> »."
    ),
    "apposed_name_after_a_title_of_someone_else": (
        "Un porte-parole de <actor id='person:barrow'>Adama Barrow</actor>, <actor "
        "id='person:sannah'>Halifa Sannah</actor>, a déclaré que les caisses étaient « <quote "
        "speaker='person:sannah'>intactes</quote> »."
    ),
    "name_the_linker_missed_is_the_same_name_elsewhere": (
        "L'opérateur <actor id='org:sprint'>Sprint</actor> annonce 5 000 emplois. Sprint a "
        "déclaré vouloir engager « <quote speaker='org:sprint'>immédiatement</quote> » des "
        "discussions."
    ),
    "bare_noun_is_the_body_named_with_it": (
        "Un bombardement de la <actor id='org:coalition'>coalition internationale</actor> a "
        "touché Mossoul. La coalition a confirmé être à l'origine du tir, « <quote "
        "speaker='org:coalition'>à la demande des forces irakiennes</quote> »."
    ),
    "pour_lui_is_the_last_person": (
        "<actor id='person:fillon'>François Fillon</actor> s'est défendu hier soir. Pour lui, "
        "« <quote speaker='person:fillon'>la vraie question est ailleurs</quote> »."
    ),
    "en_parlant_de_gives_the_subject": (
        "<actor id='person:macron'>Emmanuel Macron</actor> a exprimé son soutien, en parlant "
        "d'une « <quote speaker='person:macron'>atteinte à la souveraineté européenne</quote> »."
    ),
    "words_in_a_que_clause_belong_to_the_outer_reporter": (
        "Le porte-parole, <actor id='person:roux'>Jean Roux</actor>, a révélé que <actor "
        "id='person:benoit'>Paul Benoit</actor> avait demandé « <quote speaker='person:roux'>"
        "l'autorisation d'observer les opérations</quote> » ce jour-là."
    ),
    "clause_opening_name_speaks_when_the_parse_has_no_subject": (
        "Après avoir remporté l'élection, <actor id='person:duque'>Duque</actor> a tweeté : « "
        "<quote speaker='person:duque'>Je vais tout donner pour unir le pays.</quote> »"
    ),
    "cue_naming_nobody_leaves_the_speaker_to_the_colon_clause": (
        "<actor id='person:sindimwo'>Gaston Sindimwo</actor> a réagi vivement :\n\n« <quote "
        "speaker='person:sindimwo'>C'est un geste de déstabilisation</quote> » poursuivant par "
        "« <quote speaker='person:sindimwo'>On dit que c'est le gouvernement qui ne paie pas"
        "</quote> »"
    ),
    "adverb_between_incise_verb_and_title": (
        "<actor id='person:bakary'>Issa Bakary</actor>, ministre des Communications, a donné "
        "un bilan. « <quote speaker='person:bakary'>Les otages libérés sont en majorité des "
        "femmes</quote> », précise encore le ministre."
    ),
    "relative_on_a_complement_describes_the_whole_phrase": (
        "« <quote speaker='person:rebaudengo'>La destruction de cet hôpital prive la zone de "
        "soins</quote> », a ajouté <actor id='person:rebaudengo'>Massimiliano Rebaudengo"
        "</actor>, le chef de mission de <actor id='org:msf'>MSF</actor> pour la <actor "
        "id='country:syr'>Syrie</actor> qui considère qu'il s'agit « <quote "
        "speaker='person:rebaudengo'>d'une attaque délibérée</quote> »."
    ),
    "name_after_a_title_read_as_someone_else": (
        "Des députés signent une déclaration, dont <actor id='person:felipe'>le président"
        "</actor> de la Catalogne <actor id='person:puigdemont'>Carles Puigdemont</actor>, qui "
        "précise toutefois que celle-ci est « <quote speaker='person:puigdemont'>suspendue"
        "</quote> »."
    ),
    "verb_lemmatised_as_its_noun_still_reports": (
        "Le décret a été bloqué par le juge <actor id='person:watson'>Derrick Watson</actor>. "
        "Il estime que le décret comprend « <quote speaker='person:watson'>des preuves "
        "significatives d'animosité religieuse</quote> »."
    ),
    "bare_title_of_a_body_is_the_person_titled_next_to_it": (
        "<actor id='person:pepy'>Guillaume Pepy</actor>, président de la <actor "
        "id='org:sncf'>SNCF</actor>, a parlé hier.\n\nEn revanche, le PDG de la <actor "
        "id='org:sncf'>SNCF</actor> a annoncé que « <quote speaker='person:pepy'>la solution, "
        "c'est le covoiturage</quote> »."
    ),
    "what_a_passive_reporting_verb_judges_does_not_speak": (
        "Dans un texte commun, l'implication de la <actor id='country:rus'>Russie</actor> est "
        "jugée comme « <quote>très probable</quote> »."
    ),
    "nickname_after_surnomme_is_no_quote": (
        "Cette localité, dont le maire <actor id='person:ali'>Karim Ali</actor> a parlé hier, "
        "se trouve dans une zone surnommée « triangle de la mort » depuis des années."
    ),
    "quote_paragraph_continues_the_person_of_the_paragraph_before": (
        "<actor id='person:peladeau'>Pierre Karl Péladeau</actor> a annoncé sa démission. Il a "
        "évoqué des raisons familiales.\n\n« <quote speaker='person:peladeau'>Aujourd'hui, je "
        "suis devant une absence d'alternative</quote> »\n\nIl avait été élu en 2014."
    ),
    "coordinated_people_give_the_most_fully_named": (
        "<actor id='person:thierry'>Thierry</actor> et <actor id='person:veronique-roy'>"
        "Véronique Roy</actor> rapportent que « <quote speaker='person:veronique-roy'>d'autres "
        "recruteurs sévissent toujours</quote> » dans le quartier."
    ),
    "participle_apart_from_its_auxiliary_keeps_the_clause_subject": (
        "<actor id='person:fillon'>François Fillon</actor>, le candidat à la présidentielle, "
        "a, lors de « L'Émission politique » du jeudi 23 mars, accusé l'Élysée de tenir un "
        "« <quote speaker='person:fillon'>cabinet noir</quote> »."
    ),
    "source_cue_ending_the_sentence_sources_its_quote": (
        "Le résultat définitif sera annoncé dans environ « <quote speaker='org:ysk'>11 ou 12 "
        "jours</quote> » et la participation atteint 85 %, d'après les informations du <actor "
        "id='org:ysk'>YSK</actor>."
    ),
    "phrase_before_the_auxiliary_is_the_subject_the_parse_lost": (
        "Alors que <actor id='government:chn'>les autorités chinoises</actor> considère Taïwan "
        "comme une partie intégrante de leur territoire, le nouveau chef de l’état "
        "pro-indépendance a déclaré qu' « <quote>il n’y aura pas d’événement inattendu dans la "
        "relation avec la Chine</quote> »"
    ),
    "ils_takes_the_last_plural_subject": (
        "Les <actor id='org:syndicats'>syndicats</actor> ont appelé à la grève. Le <actor "
        "id='person:ministre'>ministre</actor> a refusé de céder. « <quote "
        "speaker='org:syndicats'>Nous irons jusqu'au bout</quote> », ont-ils affirmé."
    ),
    "clause_after_et_opens_with_its_subject": (
        "À la suite de l'explosion, le Premier ministre <actor id='person:cazeneuve'>Bernard "
        "Cazeneuve</actor> a écourté une visite dans la <actor id='place:somme'>Somme</actor> "
        "et <actor id='person:hollande'>François Hollande</actor> a confié en milieu "
        "d'après-midi, depuis la <actor id='place:correze'>Corrèze</actor> où il se trouvait, "
        "que « <quote speaker='person:hollande'>tout cela me conduit à justifier l'état "
        "d'urgence</quote> »."
    ),
    "place_after_a_title_does_not_speak": (
        "La piste terroriste a été écartée. « <quote>Aucun lien ne peut être envisagé avec une "
        "entreprise terroriste</quote> », selon la procureure de <actor "
        "id='place:grasse'>Grasse</actor>."
    ),
    "indefinite_title_is_someone_new": (
        "<actor id='person:leroy'>Marc Leroy</actor>, porte-parole du collectif, a revendiqué "
        "l'œuvre. Une porte-parole du service des parcs a déclaré que « <quote>l'installation "
        "d'une structure non autorisée est interdite</quote> »."
    ),
    "agent_inside_the_quote_does_not_speak": (
        "<actor id='person:sanaullah'>Rana Sanaullah</actor> a précisé que « <quote "
        "speaker='person:sanaullah'>l’explosion est un accident. Elle n’a pas été causée par "
        "des explosifs</quote> », et ajouté que « <quote speaker='person:sanaullah'>des fuites "
        "de gaz ont été confirmées</quote> »."
    ),
    "sentence_after_a_closed_quote_is_no_incise": (
        "<actor id='person:trump'>Donald Trump</actor> a critiqué la presse. « <quote "
        "speaker='person:trump'>La presse ment. C'est exactement le contraire.</quote> » Il a "
        "assuré que « <quote speaker='person:trump'>personne n'est aussi attaché à la CIA"
        "</quote> »."
    ),
    "reporting_verb_nearer_the_quote_than_a_source_cue_wins": (
        "D'après <actor id='person:escoda'>Luc Escoda</actor>, « <quote "
        "speaker='person:escoda'>les motivations restent floues</quote> », mais d'autres "
        "policiers déclarent que l'individu « <quote>semblait en vouloir à l'État</quote> »."
    ),
    "unresolved_own_subject_is_nobody_not_the_last_speaker": (
        "« <quote speaker='person:escoda'>Il fait une fixation sur la DGSI</quote> », a dit "
        "<actor id='person:escoda'>Luc Escoda</actor>. Des agents de police ont aussi déclaré "
        "que l'individu « <quote>aurait attaqué l'officier</quote> »."
    ),
    "par_after_an_active_verb_is_no_agent": (
        "<actor id='person:durand'>Paul Durand</actor> a dénoncé par un message de l'<actor "
        "id='org:armee'>armée</actor> une « <quote speaker='person:durand'>tentative de coup "
        "d'État illégale</quote> »."
    ),
    "faire_part_de_reports": (
        "<actor id='person:abadi'>Haïder al-Abadi</actor>, le Premier ministre irakien, a fait "
        "part d'un « <quote speaker='person:abadi'>énorme choc</quote> » et a prévenu de "
        "troubles éventuels."
    ),
    "unattributed_question_keeps_null_speaker": (
        "Le premier sujet était : « <quote>Le désir est-il par nature illimité ?</quote> »"
    ),
    "relation_noun_is_not_the_person_of_its_complement": (
        "<actor id='person:martin'>Paul Martin</actor>, père d'un soldat tué au Mali, a écrit "
        "au ministre. « <quote speaker='person:martin'>Nous voulons la vérité sur sa mort"
        "</quote> », écrit le père de <actor id='person:leo'>Léo Martin</actor>."
    ),
    "relation_noun_with_an_apposed_name": (
        "« <quote speaker='person:dupont'>Il n'avait aucun ennemi</quote> », a déclaré le frère "
        "de la victime, <actor id='person:dupont'>Marc Dupont</actor>."
    ),
    "relation_noun_never_introduced_is_nobody": (
        "« <quote>Elle était heureuse</quote> », a confié la mère de <actor "
        "id='person:lea'>Léa Durand</actor>."
    ),
    "cue_between_two_quotes_of_a_sentence_is_not_the_first_ones": (
        "Même si le suspect a été écroué pour « <quote>association de malfaiteurs</quote> », "
        "<actor id='person:roy'>Véronique Roy</actor> affirme que « <quote "
        "speaker='person:roy'>d'autres recruteurs sévissent toujours</quote> »."
    ),
    "source_cue_earlier_in_the_paragraph_sources_a_cueless_quote": (
        "Vingt et un suspects ont été arrêtés, selon le <actor id='person:bakary'>ministre"
        "</actor>. L'opération a permis de récupérer des armes et divers « <quote "
        "speaker='person:bakary'>objets de propagande</quote> »."
    ),
    "narrative_infinitive_speaks_for_the_word_it_hangs_from": (
        "<actor id='person:roy'>Thierry</actor> et <actor id='person:roy'>Véronique Roy</actor>"
        " ont écrit au maire.\n\nEux d'ajouter que « <quote speaker='person:roy'>votre statut "
        "aurait dû vous imposer une plainte</quote> »."
    ),
    "le_couple_refers_back_to_coordinated_people": (
        "<actor id='person:roy'>Thierry et Véronique Roy</actor> ont écrit au maire. Le couple "
        "y déplore l'« <quote speaker='person:roy'>immobilisme</quote> » de la ville."
    ),
    "elected_to_the_presidency_is_the_head_of_state": (
        "<actor id='person:tsai'>Tsai Ing-wen</actor> a été élue à la présidence de Taïwan. "
        "Alors que Pékin considère l'île comme sienne, le nouveau chef de l'État a déclaré "
        "qu'« <quote speaker='person:tsai'>il n'y aura pas d'événement inattendu</quote> »."
    ),
    "passive_agent_hung_on_the_quoted_complement": (
        "La réforme a été votée en mars, un changement qualifié de « <quote "
        "speaker='group:detracteurs'>coup d'État constitutionnel</quote> » par <actor "
        "id='group:detracteurs'>ses détracteurs</actor>."
    ),
    "cueless_quote_takes_the_active_subject_of_its_clause": (
        "<actor id='org:assemblee'>Les députés</actor> veulent également réduire les délais et "
        "limiter « <quote speaker='org:assemblee'>le risque d'impayés pour les commerçants"
        "</quote> »."
    ),
    "selon_a_title_then_an_apposed_name_is_the_name": (
        "<actor id='person:hollande'>François Hollande</actor>, président, a voté. Selon le "
        "président du comité d'organisation, <actor id='person:borgel'>Christophe Borgel</actor>"
        ", « <quote speaker='person:borgel'>la participation est forte</quote> »."
    ),
    "a_title_read_as_someone_else_before_an_apposed_name_is_the_name": (
        "Selon <actor id='person:hollande'>le président</actor> du comité d'organisation, "
        "<actor id='person:borgel'>Christophe Borgel</actor>, « <quote speaker='person:borgel'>"
        "nous serons à deux millions de votants</quote> »."
    ),
    "a_title_of_a_work_is_not_the_subjects_words": (
        "Le romancier <actor id='person:tournier'>Michel Tournier</actor>, auteur de « <quote>"
        "Vendredi ou les limbes du Pacifique</quote> », est mort lundi."
    ),
    "cueless_quote_under_a_passive_verb_has_no_speaker": (
        "<actor id='country:irq'>L'Irak</actor> a été retiré de la liste pour ses ressortissants"
        " « <quote>en raison de leurs procédures de vérification</quote> »."
    ),
    "plural_title_is_not_the_last_person_with_that_title": (
        "<actor id='person:arendt'>Hannah Arendt</actor>, candidate malheureuse, a écrit un "
        "texte. Les candidats ont pu réfléchir à la loi (« <quote>Pour être juste, suffit-il "
        "d'obéir aux lois ?</quote> »)."
    ),
    "elle_skips_a_person_described_by_a_masculine_noun": (
        "L'enquête vise <actor id='person:islamiste'>l'islamiste irakien</actor> arrêté "
        "mercredi. Une revendication a été mise en ligne. Elle prétend que le club n'agirait "
        "pas assez « <quote>contre le racisme</quote> »."
    ),
    "description_with_an_apposed_name_is_the_name": (
        "Par la suite, <actor id='org:agence'>l'agence de presse de l'État islamique</actor>, "
        "<actor id='org:amaq'>Amaq</actor>, a annoncé qu'un « <quote speaker='org:amaq'>"
        "combattant de l'État islamique</quote> » avait mené l'attaque."
    ),
    "unnamed_member_of_an_institution_is_no_speaker": (
        "« <quote>Nous avons trouvé des engins explosifs</quote> », déclare <actor "
        "id='person:officier-de-police' cameo='COP'>un officier de police</actor>."
    ),
    "unnamed_witness_is_the_speaker": (
        "<actor id='person:temoin' cameo='CVL'>Un témoin</actor> a déclaré : « <quote "
        "speaker='person:temoin'>Il a tiré deux fois.</quote> »"
    ),
    "unnamed_leader_of_an_institution_is_the_speaker": (
        "« <quote speaker='person:haut-responsable-de-la-police'>Le suspect a été arrêté"
        "</quote> », a déclaré <actor id='person:haut-responsable-de-la-police' "
        "cameo='COP'>un haut responsable de la police</actor>."
    ),
    "il_is_not_a_plural_subject": (
        "<actor id='group:otages' cameo='CVL'>Les otages</actor> sont surtout des femmes, "
        "selon <actor id='person:bakary'>Issa Tchiroma Bakary</actor>. Il ajoute que "
        "l'opération a causé la mort de « <quote speaker='person:bakary'>plus de 60 "
        "terroristes</quote> »."
    ),
    "described_person_before_a_name_is_the_name": (
        "Pour le <actor id='person:journaliste'>journaliste</actor> <actor "
        "id='person:chavagneux'>Christian Chavagneux</actor>, « <quote "
        "speaker='person:chavagneux'>le président construit la bataille</quote> »."
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("annotated", CASES.values(), ids=CASES.keys())
def test_quote_and_speaker(nlp, annotated):
    found, expected = quotes_of(nlp, annotated)
    assert found == expected


@pytest.mark.model
def test_elle_resolves_to_the_nearest_subject_person(nlp):
    found, expected = quotes_of(
        nlp,
        "<actor id='person:nkm'>Nathalie Kosciusko-Morizet</actor> est candidate à la primaire. "
        "Elle juge que les autres candidats sont des « <quote speaker='person:nkm'>hypocrites"
        "</quote> ».",
    )
    assert found == expected


def test_marks_find_french_english_and_straight_quotes():
    text = 'Il a dit « un » puis “deux” puis "trois" et ‹ quatre ›.'
    assert [text[q.start : q.end] for q in quoted_spans(text, MARKS)] == [
        "un",
        "deux",
        "trois",
        "quatre",
    ]


def test_nested_quote_stays_inside_its_host():
    text = "« Il m'a dit “ partez ” et je suis parti », raconte-t-il."
    spans = quoted_spans(text, MARKS)
    assert [text[q.start : q.end] for q in spans] == ["Il m'a dit “ partez ” et je suis parti"]


def test_quote_over_several_sentences_and_paragraphs():
    text = "« Nous partons. Nous reviendrons.\n\n« Et nous vaincrons », a-t-il dit.\n\nFin."
    (quote,) = quoted_spans(text, MARKS)
    assert text[quote.start : quote.end] == (
        "Nous partons. Nous reviendrons.\n\n« Et nous vaincrons"
    )
    assert quote.close_at == text.index("»")


def test_unclosed_mark_stops_at_its_paragraph_and_the_rest_is_read():
    text = "Il a dit « jamais sans mon accord.\n\nPlus loin, « un autre » passage."
    spans = quoted_spans(text, MARKS)
    assert [text[q.start : q.end] for q in spans] == ["jamais sans mon accord.", "un autre"]
    assert spans[0].close_at is None


def test_stray_closing_mark_is_ignored():
    text = "Un » égaré, puis « une vraie citation »."
    assert [text[q.start : q.end] for q in quoted_spans(text, MARKS)] == ["une vraie citation"]


def test_reporting_verb_lexicon_is_large_enough():
    assert len(lang.load("quotes")["reporting_verbs"]) >= 80

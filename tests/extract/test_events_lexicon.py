"""The French trigger lexicon is large enough, covers every CAMEO root and uses real codes."""

from __future__ import annotations

import pytest

from veille import cameo
from veille.extract.events.lexicon import Frame, _words, has_content_clause, lexicon


def _events(nlp, text: str) -> list[dict]:
    """The events coded from `text`, published on the validation records' date."""
    doc = nlp.make_doc(text)
    doc._.published = "2023-10-17"
    return nlp(doc)._.veille_events


def _codes(nlp, text: str) -> list[str]:
    return [e["code"] for e in _events(nlp, text)]


def test_trigger_lexicon_has_400_entries_over_all_20_roots_with_known_codes():
    lex = lexicon()
    frames = [f for frames in (*lex.verbs.values(), *lex.nouns.values()) for f in frames]
    assert len(frames) >= 400
    events = [f for f in frames if not f.no_event]
    assert {f.code[:2] for f in events} == {f"{i:02d}" for i in range(1, 21)}
    assert all(f.code in cameo.table() for f in events)
    assert all(not f.code for f in frames if f.no_event)


def test_specific_frames_are_tried_before_general_ones():
    signer = lexicon().verbs["signer"]
    assert signer[0].needs and not signer[-1].needs
    rendre = lexicon().verbs["rendre"]
    assert any(f.reflexive and f.code == "042" for f in rendre)


def test_unlemmatised_present_forms_find_their_verb():
    lex = lexicon()
    assert lex.verb_form("demande") == lex.verbs["demander"]
    assert lex.verb_form("réclament") == lex.verbs["reclamer"]
    assert lex.verb_form("hypocrite") is None


def test_undergone_entries_name_where_their_source_is():
    essuyer = lexicon().verbs["essuyer"]
    assert all(f.undergone and f.source and f.needs for f in essuyer)
    assert all(f.source == ("subj",) for f in lexicon().verbs["condamner"])


def test_an_entry_word_too_short_to_match_anything_is_refused():
    with pytest.raises(ValueError, match="three letters"):
        _words("ue")
    assert _words("état d'urgence") == ("etat", "urgence")


def test_ordering_is_coded_as_the_event_ordered_never_on_its_own():
    ordonner = lexicon().verbs["ordonner"]
    assert all(f.needs for f in ordonner)  # `a ordonné aux forces de traquer` is no event
    codes = {f.needs[0][0]: f.code for f in ordonner}
    assert codes["arrestation"] == "173" and codes["frappe"] == "195"


def test_verbs_and_their_nouns_share_a_root():
    lex = lexicon()
    pairs = [("licencier", "licenciement"), ("kidnapper", "kidnapping"), ("lyncher", "lynchage")]
    for verb, noun in pairs:
        assert {f.code[:2] for f in lex.verbs[verb]} == {f.code[:2] for f in lex.nouns[noun]}


def test_words_whose_common_sense_is_no_event_need_their_object():
    """`offrir des costumes`, `entraîner une crise`, `poursuivre ses réformes`, `fournir des
    informations`, `le marché intérieur` (folded `marche`), `aux commandes`: only the
    interaction sense is an entry."""
    lex = lexicon()
    verbs = ("offrir", "entrainer", "mobiliser", "poursuivre", "debloquer", "preter", "fournir")
    for verb in verbs:
        assert all(f.needs or f.reflexive for f in lex.verbs[verb]), verb
    for noun in ("marche", "commande"):
        assert all(f.needs for f in lex.nouns[noun]), noun


def test_a_noun_entry_may_name_the_word_it_needs_as_its_target():
    retrait = [f for f in lexicon().nouns["retrait"] if f.needs]
    assert retrait and all("with" in f.target for f in retrait)
    assert all("with" not in f.source for frames in lexicon().nouns.values() for f in frames)


def test_a_blocked_or_voided_text_stands_for_its_author():
    """`a bloqué le décret de Donald Trump`: the rejection is aimed at the text's author."""
    lex = lexicon()
    blocking = [f for f in lex.verbs["bloquer"] if f.code[:2] == "12"]
    assert blocking and all(f.target == ("obj",) for f in blocking)
    assert all(f.target == ("obj",) for f in lex.verbs["invalider"])


def test_a_peacekeeping_deployment_is_tried_before_a_show_of_force():
    deploiement = lexicon().nouns["deploiement"]
    assert deploiement[0].code == "074" and deploiement[0].needs
    assert deploiement[-1].code == "154" and not deploiement[-1].needs


def test_gunfire_exchanged_is_coded_as_small_arms_fire_whichever_word_names_it():
    echange = lexicon().nouns["echange"]
    assert {f.needs[0] for f in echange if f.code == "193"} >= {("tir",), ("coups", "feu")}


def test_a_reaction_is_criticism_only_when_its_tone_is_told():
    assert all(f.needs and f.code == "111" for f in lexicon().verbs["reagir"])


def test_a_disciplinary_sanction_is_tried_before_an_embargo():
    sanctionner = lexicon().verbs["sanctionner"]
    assert sanctionner[0].code == "172" and ("mise", "pied") in sanctionner[0].needs
    assert sanctionner[-1].code == "163" and not sanctionner[-1].needs


def test_nouns_of_ambiguous_verbs_need_the_word_of_their_interaction_sense():
    """`la poursuite des combats`, `la dispersion des voix`, `le gel` of the winter."""
    nouns = lexicon().nouns
    for noun in ("poursuite", "dispersion", "gel"):
        assert all(f.needs for f in nouns[noun]), noun
    assert {f.code for f in nouns["gel"]} == {f.code for f in lexicon().verbs["geler"]}


def test_a_reflexive_entry_keeps_stopping_apart_from_arresting():
    """`nous nous sommes arrêtés`: a verb with a reflexive entry is never read with its
    plain entries when it is reflexive."""
    assert any(f.reflexive and f.code[:2] == "04" for f in lexicon().verbs["arreter"])


def test_judging_is_an_event_only_with_its_verdict_or_its_qualifier():
    """`jugé coupable` is a verdict; `7 Français sur 10 jugent négativement` an opinion."""
    juger = lexicon().verbs["juger"]
    assert all(f.needs for f in juger)
    assert any(f.code == "116" and f.needs == (("coupable",),) for f in juger)


def test_a_sense_that_is_no_event_is_tried_before_the_event_senses_of_its_verb():
    defendre = lexicon().verbs["defendre"]
    assert defendre[0].no_event and defendre[0].needs
    assert any(f.code == "052" and not f.no_event for f in defendre[1:])
    aller = lexicon().verbs["aller"]
    assert aller[0].no_event and aller[0].infinitive
    assert aller[-1].code == "042" and not aller[-1].infinitive


def test_an_entry_may_ask_for_the_kind_of_its_target():
    suspendre = [f for f in lexicon().verbs["suspendre"] if not f.needs]
    assert [(f.code, sorted(f.target_kinds)) for f in suspendre] == [
        ("160", ["country"]),
        ("172", []),
    ]


def test_attributing_prepositions_are_read_from_the_data_file():
    lex = lexicon()
    assert lex.attribution is not None and lex.attribution.code == "010"
    assert {"selon", "d'apres"} <= lex.attributing


@pytest.mark.model
def test_a_causative_remark_and_a_disclosure_are_statements(nlp):
    for text in (
        "Le ministre des Affaires étrangères a fait remarquer que la situation restait grave.",
        "Le porte-parole de l'Élysée a révélé que la réunion avait eu lieu.",
    ):
        events = _events(nlp, text)
        assert [(e["code"], e["target"]) for e in events] == [("010", None)], text


def test_facing_a_rival_or_protesters_is_tried_before_an_armed_fight():
    affronter = [f for f in lexicon().verbs["affronter"] if not f.reflexive]
    assert affronter[0].no_event and ("election",) in affronter[0].needs
    assert affronter[1].code == "145" and affronter[-1].code == "190" and not affronter[-1].needs


def test_an_entry_may_ask_for_the_kind_or_role_of_its_source():
    frames = [f for f in lexicon().verbs["attaquer"] if not f.needs]
    attaquer = [f for f in frames if not f.reflexive]
    assert [(f.code, sorted(f.source_kinds)) for f in attaquer][:2] == [
        ("190", ["COP", "MIL", "SPY", "country"]),
        ("180", ["COP", "CRM", "INS", "MIL", "REB", "SPY", "UAF"]),
    ]
    assert [f.code for f in attaquer][2:] == ["111", "180"]
    assert "political" in attaquer[2].source_kinds and not attaquer[-1].source_kinds
    # `s'attaquer à` has the same senses, each asking for its doer's kind (a problem tackled
    # is attacked by no one)
    s_attaquer = [f for f in frames if f.reflexive]
    assert [f.code for f in s_attaquer] == ["190", "180", "111"]
    assert all(f.source_kinds and f.target == ("a",) for f in s_attaquer)


@pytest.mark.model
def test_who_attacks_tells_criticism_from_force(nlp):
    for text, code in (
        ("Hillary Clinton a attaqué Donald Trump sur ses réflexions racistes.", "111"),
        ("L'armée syrienne a attaqué les rebelles à Alep.", "190"),
        ("Une partie de l'armée malienne a attaqué le palais présidentiel.", "180"),
        ("Des rebelles s'en sont pris à des civils dans le nord du pays.", "180"),
        ("Le Parti socialiste s'en est pris au gouvernement.", "111"),
    ):
        assert _codes(nlp, text) == [code], text


def test_a_sense_that_is_no_event_reads_its_object_in_a_passive_subject_too():
    """`la sécurité est assurée par la police`, `le titre était détenu par X`: the coder takes a
    passive subject for the object only where an entry's target is the object."""
    lex = lexicon()
    for verb in ("assurer", "detenir", "recevoir", "defendre"):
        senses = [f for f in lex.verbs[verb] if f.no_event and f.needs]
        assert senses and all(f.target == ("obj",) for f in senses), verb
    assert all(not f.target for f in lex.verbs["aller"] if f.no_event)  # no object: untouched


def test_people_held_or_captured_by_armed_men_are_hostages():
    for verb in ("detenir", "capturer"):
        plain = [f for f in lexicon().verbs[verb] if not f.needs]
        assert [f.code for f in plain] == ["181", "173"], verb
        assert plain[0].source_kinds == {"UAF", "REB", "INS", "CRM"} and not plain[1].source_kinds


@pytest.mark.model
def test_a_passive_of_a_sense_that_is_no_event_codes_nothing(nlp):
    for text in (
        "La direction du parti sera assurée par Laurent Wauquiez.",
        "Le titre était détenu par le Français Kevin Mayer.",
    ):
        assert _events(nlp, text) == [], text


@pytest.mark.model
def test_a_nuclear_explosion_is_a_weapons_test_and_a_rank_reached_no_visit(nlp):
    for text, codes in (
        ("La Corée du Nord a fait exploser une bombe à hydrogène.", ["150"]),
        ("Des rebelles ont fait exploser une bombe à Kaboul.", ["183"]),
        ("Le Brésil arrive au quatrième rang mondial derrière les États-Unis.", []),
        ("Le président chinois Xi Jinping est arrivé en France lundi.", ["042"]),
    ):
        assert _codes(nlp, text) == codes, text


def test_force_senses_that_depend_on_who_acts_are_tried_before_the_plain_sense():
    """`la police repousse le cortège` is repression, not a rejected proposal; a state's strike
    at an armed group an air strike, not a beating."""
    verbs = lexicon().verbs
    repousser = [f for f in verbs["repousser"] if not f.needs]
    assert [(f.code, sorted(f.source_kinds)) for f in repousser] == [("175", ["COP"]), ("120", [])]
    frapper = [f for f in verbs["frapper"] if not f.needs]
    assert frapper[0].code == "195" and frapper[0].source_kinds and frapper[0].target_kinds
    assert frapper[-1].code == "182" and not frapper[-1].source_kinds


@pytest.mark.model
def test_a_standing_upheld_or_an_election_won_is_no_event(nlp):
    for text in (
        "L'armée syrienne confirme en revanche sa position de force dans les zones peuplées.",
        "François Fillon veut conquérir l'Élysée.",
        "Les gendarmes ont chargé pour permettre aux policiers d'investir l'établissement.",
    ):
        assert _events(nlp, text) == [], text


@pytest.mark.model
def test_plural_revendications_are_demands_not_the_claim_of_an_attack(nlp):
    lex = lexicon()
    demands = nlp("Les grévistes veulent faire entendre leurs revendications au ministre.")
    claim = nlp("La revendication de l'attentat par l'État islamique est arrivée hier.")
    plural = next(t for t in demands if t.text == "revendications")
    singular = next(t for t in claim if t.text == "revendication")
    frames = lex.nouns["revendication"]
    assert lex.in_number(frames, plural)[0].no_event
    assert lex.in_number(frames, singular)[0].code == "015"
    assert all(not f.number for f in lex.nouns["revendication"])


@pytest.mark.model
def test_being_busy_with_or_taking_care_of_something_is_no_occupation(nlp):
    assert _codes(nlp, "La gendarmerie était encore pleinement occupée à chercher hier.") == []
    assert _codes(nlp, "Le ministre de l'Intérieur s'occupe de la sécurité du sommet.") == []
    assert _codes(nlp, "L'armée russe occupe la ville de Kherson depuis mars.") == ["192"]


@pytest.mark.model
def test_plural_engagements_kept_are_no_new_commitment(nlp):
    assert _codes(nlp, "Le gouvernement compte maintenir ses engagements envers la Grèce.") == []
    assert _codes(nlp, "Le président a réaffirmé son engagement envers l'Ukraine.") == ["030"]


def test_armed_men_driven_out_or_intercepted_by_the_police_have_senses_of_their_own():
    """`chasser` an armed group is fighting it, before the expulsion of a population (201);
    `intercepter` a person or a crowd is a police act only (held back, arrested); a drone or a
    missile, named as the object, is brought down by force."""
    verbs = lexicon().verbs
    chasser = [(f.code, sorted(f.target_kinds)) for f in verbs["chasser"] if not f.needs]
    assert chasser.index(("190", ["INS", "MIL", "REB", "UAF"])) < chasser.index(("201", []))
    intercepter = [f for f in verbs["intercepter"] if not f.needs]
    assert [f.code for f in intercepter] == ["175", "173"]
    assert all(f.source_kinds == {"COP"} for f in intercepter)
    assert {f.code for f in verbs["intercepter"] if f.needs} == {"190"}


@pytest.mark.model
def test_being_confronted_with_armed_forces_is_a_fight_with_a_revolt_no_event(nlp):
    for text, codes in (
        # a fight told with its opponent is fought by both sides (one event each way)
        ("L'armée est confrontée aux rebelles dans le nord.", ["190", "190"]),
        ("La ville a été confrontée plusieurs fois à des blocages ponctuels.", []),
    ):
        assert _codes(nlp, text) == codes, text


def test_a_state_of_emergency_however_it_is_brought_in_targets_where_it_is():
    """`a décrété l'état d'urgence en Guinée` as `a déclaré l'état d'urgence dans le comté`;
    in the passive (`l'état d'urgence a été décrété en Équateur`) the measure is the subject."""
    verbs = ("declarer", "decreter", "instaurer", "proclamer", "prolonger", "renouveler")
    for verb in (*verbs, "imposer", "reconduire", "reinstaurer", "retablir"):
        frames = [f for f in lexicon().verbs[verb] if f.code == "1724"]
        assert frames and all(f.target == ("obj", "a", "en", "dans", "sur") for f in frames), verb
    curfew = [f for f in lexicon().verbs["instaurer"] if ("couvre-feu",) in f.needs]
    assert [f.code for f in curfew] == ["1723"]


def test_an_explosion_targets_whom_it_is_aimed_at_not_where_it_happens():
    (explosion,) = lexicon().nouns["explosion"]
    assert explosion.target == ("contre", "visant")


def test_a_town_or_control_is_retaken_by_a_state_or_armed_men_only():
    retaken = [f for f in lexicon().verbs["reprendre"] if f.code == "190"]
    assert retaken and all(f.source_kinds for f in retaken)
    control = next(f for f in retaken if ("controle",) in f.needs)
    assert not control.source_kinds & {"GOV", "government", "country"}


@pytest.mark.model
def test_a_title_lost_in_a_race_is_no_concession(nlp):
    for text, codes in (
        ("L'équipe de France a cédé son titre olympique aux États-Unis.", []),
        ("Le gouvernement a cédé aux syndicats.", ["080"]),
    ):
        assert _codes(nlp, text) == codes, text


@pytest.mark.model
def test_aid_named_as_a_means_is_no_aid(nlp):
    """`à l'aide de` opens a means; `grâce à l'aide de la France` (the preposition is
    `grâce`) is aid."""
    lex = lexicon()
    frames = lex.nouns["aide"]
    means = nlp("Le sursaut a été détecté à l'aide du radiotélescope de Parkes.")
    thanks = nlp("Grâce à l'aide de la France, le Mali a repris Tombouctou.")
    assert lex.in_number(frames, next(t for t in means if t.text == "aide"))[0].no_event
    assert lex.in_number(frames, next(t for t in thanks if t.text == "aide")) == frames
    assert all(not f.case for f in frames)


def test_a_crowds_damage_is_told_from_a_situation_worsening_by_its_object():
    dégrader = lexicon().verbs["degrader"]
    assert all(f.needs and f.code == "145" for f in dégrader)
    fouiller = lexicon().verbs["fouiller"]
    assert all(f.source_kinds for f in fouiller)  # rescuers searching rubble search no one


@pytest.mark.model
def test_an_officials_arrival_somewhere_is_a_visit_an_arrival_in_office_none(nlp):
    assert "042" in _codes(nlp, "À son arrivée à Moscou, le président Emmanuel Macron a parlé.")
    assert "042" not in _codes(nlp, "L'arrivée au pouvoir de Donald Trump a inquiété l'Europe.")


@pytest.mark.model
def test_condolences_are_found_under_the_plural_lemma_the_tagger_gives(nlp):
    """The tagger lemmatises `condoléances` as itself: entries written in the singular only
    never matched `a présenté ses condoléances`."""
    for text in (
        "Le Premier ministre japonais a présenté ses condoléances à la Turquie.",
        "Le chef de l'État a adressé ses condoléances au Maroc après le séisme.",
    ):
        assert _codes(nlp, text) == ["018"], text


@pytest.mark.model
def test_an_alert_is_the_polices_or_the_armys_by_who_is_placed_on_it(nlp):
    assert _codes(nlp, "Les forces de l'ordre ont été placées en état d'alerte.") == ["151"]
    assert _codes(nlp, "L'armée a été mise en état d'alerte.") == ["152"]


@pytest.mark.model
def test_military_exercises_held_alone_show_force_joint_ones_are_cooperation(nlp):
    for text, codes in (
        ("L'armée chinoise a effectué des exercices militaires en mer de Chine.", ["150"]),
        ("La Chine et la Russie ont mené des exercices navals conjoints.", ["062", "062"]),
    ):
        assert _codes(nlp, text) == codes, text


@pytest.mark.model
def test_aid_of_a_named_kind_is_coded_as_that_kind(nlp):
    for text, code in (
        ("Washington a débloqué une nouvelle aide militaire pour Kiev.", "072"),
        ("L'Union européenne a débloqué une aide humanitaire pour le Soudan.", "073"),
        ("Les États-Unis ont promis une aide militaire à l'Ukraine.", "0332"),
        ("La France a débloqué une aide de 50 millions d'euros pour la Grèce.", "071"),
    ):
        assert _codes(nlp, text) == [code], text


def test_asking_for_a_dismissal_is_tried_after_asking_to_undo_a_decision():
    """`demande l'annulation de son limogeage`: the undoing asked for (104) is the sense, not
    an appeal for a change in leadership (0241) found one noun further down."""
    demander = [f for f in lexicon().verbs["demander"] if f.needs]
    codes = [f.code for f in demander]
    dismissal = next(i for i, f in enumerate(demander) if ("limogeage",) in f.needs)
    assert codes.index("104") < dismissal and codes[dismissal] == "0241"


@pytest.mark.model
def test_a_policy_given_up_is_a_concession_a_candidacy_given_up_none(nlp):
    assert _codes(nlp, "Le gouvernement a renoncé à la hausse des taxes.") == ["080"]
    assert _codes(nlp, "Le ministre a renoncé à se présenter aux élections.") == []


def test_an_occupation_is_by_forces_or_a_state_an_office_held_is_none():
    occuper = lexicon().verbs["occuper"]
    office = next(f for f in occuper if ("fonction",) in f.needs)
    assert office.no_event
    (territory,) = (f for f in occuper if f.code == "192")
    assert {"MIL", "country"} <= territory.source_kinds and "group" not in territory.source_kinds


def test_hyphenated_words_the_tokenizer_splits_are_written_as_their_first_part():
    """`rond-point` is three tokens (`rond`, `-`, `point`): an entry word `rond-point` never
    matched `ont occupé le rond-point`."""
    occuper = lexicon().verbs["occuper"]
    assert any(("rond",) in f.needs for f in occuper if f.code == "144")
    assert not any(("rond-point",) in f.needs for f in occuper)
    assert "sit" in lexicon().nouns  # `un sit-in devant le parlement`


@pytest.mark.model
def test_questioned_by_a_court_or_the_police_an_intent_none(nlp):
    assert _codes(nlp, "M. Ghosn est entendu par le parquet de Tokyo.") == ["091"]
    assert _codes(nlp, "Le parquet entend poursuivre le ministre.") == []
    assert _codes(nlp, "Le président a entendu les revendications des syndicats.") == []


@pytest.mark.model
def test_a_crowd_encircled_by_the_police_is_repressed_fighters_by_an_army_besieged(nlp):
    assert _codes(nlp, "Vers 14h30, 200 manifestants sont encerclés par la police.") == ["175"]
    assert _codes(nlp, "Les forces irakiennes ont encerclé les combattants de Daech.") == ["191"]


@pytest.mark.model
def test_a_risk_set_aside_or_a_voice_freed_is_no_event_a_proposal_set_aside_is(nlp):
    for text, codes in (
        ("La police a fouillé les lieux avant d'écarter tout risque de menace.", []),
        ("L'Ukraine a écarté la proposition russe.", ["120"]),
        ("Cette tragédie interroge sur l'engagement des troupes alpines.", []),
        ("Le Hamas a libéré deux otages israéliens.", ["0841"]),
    ):
        assert _codes(nlp, text) == codes, text
    libérer = lexicon().verbs["liberer"]
    freed = next(f for f in libérer if ("passage",) in f.needs)
    assert freed.no_event and libérer.index(freed) < len(libérer) - 1


@pytest.mark.model
def test_the_subject_of_vise_par_is_whom_the_agents_act_aims_at(nlp):
    for text, code in (
        ("Le ministre est visé par une enquête du parquet national financier.", "090"),
        ("Carles Puigdemont est visé par un mandat d'arrêt de la justice espagnole.", "173"),
        ("La Russie est visée par de nouvelles sanctions de l'Union européenne.", "163"),
        ("Les policiers ont été visés par des tirs des rebelles.", "193"),
    ):
        assert _codes(nlp, text) == [code], text
    assert _codes(nlp, "Leur véhicule a été visé par des tirs.") == []


@pytest.mark.model
def test_reports_and_details_given_are_statements(nlp):
    assert _codes(nlp, "Hier, la préfecture a fait mention de 14 morts.") == ["010"]
    assert _codes(nlp, "Le ministre de l'Intérieur fait état de menaces contre les élus.") == [
        "010"
    ]
    assert _codes(nlp, "La ministre Najat Vallaud-Belkacem a donné des précisions.") == ["010"]
    assert _codes(nlp, "L'ancien ministre clame son innocence.") == ["016"]
    assert _codes(nlp, "Benyamin Netanyahou a informé les États-Unis de sa décision.") == ["010"]
    assert _codes(nlp, "Le ministre a informé la population des risques.") == []


@pytest.mark.model
def test_calling_on_a_body_is_an_appeal_an_appeal_of_a_ruling_is_not(nlp):
    assert _codes(nlp, "Le gouvernement a fait appel à l'armée.") == ["020"]
    assert _codes(nlp, "La commune a fait appel à des bénévoles.") == []
    appel = [f for f in lexicon().verbs["faire"] if ("appel",) in f.needs]
    assert [f.code for f in appel] == ["020", "115"]


@pytest.mark.model
def test_warning_the_police_is_telling_it_warning_a_state_a_threat(nlp):
    assert _codes(nlp, "Il s'est rendu en Algérie sans en avertir la justice.") == []
    assert _codes(nlp, "La Corée du Nord a averti les États-Unis qu'elle riposterait.") == ["130"]


@pytest.mark.model
def test_criticism_drawn_and_support_shown(nlp):
    events = _events(nlp, "Le ministre s'est attiré les critiques de Pékin.")
    assert [e["code"] for e in events] == ["111"] and events[0]["source"] != events[0]["target"]
    assert _codes(nlp, "Le président a témoigné sa solidarité aux victimes.") == ["018"]
    assert _codes(nlp, "L'ONU maintient sa confiance à Jamal Benomar.") == ["051"]


@pytest.mark.model
def test_a_coalition_strikes_forces_ties_broken_are_a_rupture(nlp):
    assert _codes(nlp, "La coalition internationale a frappé les forces du régime syrien.") == [
        "195"
    ]
    assert _codes(nlp, "Le Front al-Nosra annonce la rupture de ses liens avec Al-Qaïda.") == [
        "161"
    ]


@pytest.mark.model
def test_a_crime_with_pour_is_a_prosecution_or_a_conviction_as_object_criticism(nlp):
    assert _codes(nlp, "Le parquet poursuit l'ancien maire pour favoritisme.") == ["173"]
    assert _codes(nlp, "Un ancien ministre a été condamné pour corruption.") == ["116"]
    assert _codes(nlp, "Le gouvernement condamne fermement la corruption.") == ["111"]
    prosecuted = next(f for f in lexicon().verbs["poursuivre"] if f.code == "173")
    assert ("corruption", "pour") in prosecuted.needs


@pytest.mark.model
def test_a_concession_needs_whom_it_is_made_to_a_talk_whom_it_is_held_with(nlp):
    assert _codes(nlp, "Le ministre a concédé que des erreurs avaient été commises.") == []
    assert _codes(nlp, "Le gouvernement a concédé une large autonomie aux rebelles.") == ["080"]
    assert _codes(nlp, "Le président a parlé de la crise avec les syndicats.") == ["040", "040"]
    assert _codes(
        nlp, "Les shebabs ont eu des échanges de coups de feu avec les forces de sécurité."
    ) == [
        "193",
        "193",
    ]


@pytest.mark.model
def test_custody_of_every_kind_and_handcuffs_are_an_arrest(nlp):
    assert _codes(nlp, "Le suspect a été placé en rétention administrative.") == ["173"]
    assert _codes(nlp, "Le suspect a été menotté par les policiers.") == ["173"]


@pytest.mark.model
def test_journeys_support_assured_and_a_questioned_legitimacy(nlp):
    assert _codes(nlp, "Le président s'est envolé pour Pékin.") == ["042"]
    assert _codes(nlp, "Des migrants ont séjourné à Calais.") == []
    assert _codes(nlp, "Le président a assuré Kiev de son soutien.") == ["051"]
    assert _codes(nlp, "Le ministre a remis en cause la légitimité du président.") == ["111"]
    assert _codes(nlp, "Le président a laissé entendre que la France interviendrait.") == ["010"]


@pytest.mark.model
def test_shots_fired_an_armed_entry_barricades_and_a_cut_internet(nlp):
    assert _codes(nlp, "Les policiers ont fait feu sur les assaillants.") == ["193"]
    assert _codes(nlp, "L'armée a fait feu de tout bois.") == []
    assert _codes(nlp, "Les troupes russes sont entrées en Ukraine.") == ["190"]
    assert _codes(nlp, "Le traité est entré en vigueur.") == []
    assert _codes(nlp, "Des manifestants ont érigé des barricades.") == ["144"]
    assert _codes(nlp, "Le gouvernement a coupé l'accès à internet.") == ["1721"]
    assert _codes(nlp, "Le gouvernement a mis un coup d'arrêt aux négociations.") == []


@pytest.mark.model
def test_roadblocks_are_a_protest_by_a_crowd_not_by_the_police(nlp):
    assert _codes(nlp, "Les grévistes ont dressé des barrages sur les routes.") == ["144"]
    assert _codes(nlp, "La police a dressé des barrages routiers autour de la ville.") == []


@pytest.mark.model
def test_a_grenade_is_crowd_control_by_the_police_an_attack_by_others(nlp):
    assert _codes(nlp, "Les policiers ont lancé des grenades sur les manifestants.") == ["175"]
    assert _codes(nlp, "Des rebelles ont lancé une grenade contre des soldats maliens.") == ["183"]


@pytest.mark.model
def test_something_lent_to_a_state_is_cooperation_what_is_lent_to_a_person_is_said(nlp):
    lent = "Le gouvernement a annoncé que la France prêtera la tapisserie au Royaume-Uni."
    assert "060" in _codes(nlp, lent)
    assert _codes(nlp, "On lui prête l'intention de se présenter à la présidentielle.") == []
    assert _codes(nlp, "Le ministre a prêté serment devant le président.") == []


@pytest.mark.model
def test_credentials_a_watch_list_and_a_delegation_turned_away(nlp):
    credentials = "L'ambassadeur de France a remis ses lettres de créance au président Macky Sall."
    assert _codes(nlp, credentials) == ["050"]
    assert _codes(nlp, "Le ministre s'en fiche.") == []
    assert _codes(nlp, "Le préfet a éconduit la délégation du collectif.") == ["125"]
    assert _codes(nlp, "Boko Haram a réaffirmé son allégeance à l'État islamique.") == ["051"]


@pytest.mark.model
def test_a_warrant_withdrawn_is_an_eased_measure_not_an_arrest(nlp):
    lifted = "Le juge a levé le mandat d'arrêt visant l'ancien président."
    assert _codes(nlp, lifted) == ["081"]
    assert _codes(nlp, "Le parti a retiré sa candidature.") == []


@pytest.mark.model
def test_a_drone_intercepted_is_force_a_truck_intercepted_by_police_is_none(nlp):
    assert _codes(nlp, "Un drone russe a été intercepté par l'armée ukrainienne.") == ["190"]
    assert _codes(nlp, "La police a intercepté un camion de migrants.") == []


@pytest.mark.model
def test_a_reply_in_arms_is_no_statement_a_reply_in_words_is(nlp):
    assert _codes(nlp, "Les policiers ont répondu par le jet de grenades lacrymogènes.") == []
    assert _codes(nlp, "L'armée a répondu par des frappes aériennes.") == []
    assert _codes(nlp, "Le ministre a répondu par un communiqué.") == ["010"]


@pytest.mark.model
def test_a_message_posted_on_a_social_network_is_a_statement(nlp):
    assert _codes(nlp, "Le préfet a twitté l'ouverture de toutes les gares.") == ["010"]
    assert _codes(nlp, "Donald Trump tweete chaque matin contre les médias.") == ["010"]


@pytest.mark.model
def test_a_measure_demanded_is_a_demand_even_with_no_addressee(nlp):
    assert _codes(nlp, "L'opposition demande la tenue d'élections anticipées.") == ["100"]
    assert _codes(nlp, "Les grévistes demandent une hausse des salaires.") == ["100"]
    assert _codes(nlp, "Le syndicat demande la hausse des salaires des fonctionnaires.") == ["100"]
    assert _codes(nlp, "Le ministre a demandé aux préfets de renforcer les contrôles.") == []
    assert _codes(nlp, "Le président se demande si la réforme aboutira.") == []


@pytest.mark.model
def test_fire_opened_in_a_place_strikes_that_place(nlp):
    shooting = "Des hommes armés ont ouvert le feu dans une mosquée de Kaboul."
    assert [(e["code"], e["trigger"]["text"]) for e in _events(nlp, shooting)] == [
        ("193", "ont ouvert")
    ]
    assert _codes(nlp, "Les soldats ont ouvert le feu dans la nuit.") == []


@pytest.mark.model
def test_protesters_kettled_or_cleared_by_the_police_are_crowd_control(nlp):
    assert _codes(nlp, "Les CRS ont nassé les Gilets jaunes place de la Madeleine.") == ["175"]
    cleared = "Les policiers ont évacué les Gilets jaunes du rond-point."
    assert _codes(nlp, cleared) == ["175"]


@pytest.mark.model
def test_a_states_intervention_is_armed_a_ministers_is_none(nlp):
    assert _codes(nlp, "La Russie a justifié son intervention en Syrie.") == ["190"]
    assert _codes(nlp, "L'intervention de la police a duré deux heures.") == []
    assert _codes(nlp, "Ankara désigne comme « terroristes » les combattants.") == ["111"]
    assert _codes(nlp, "Le parti a désigné son candidat.") == []


@pytest.mark.model
def test_a_call_told_with_a_is_a_call_both_ways(nlp):
    call = "Emmanuel Macron a parlé au téléphone à Vladimir Poutine."
    assert _codes(nlp, call) == ["041", "041"]
    assert _codes(nlp, "Le ministre a parlé au téléphone à la presse.") == []


@pytest.mark.model
def test_a_state_of_emergency_imposed_or_lifted_is_coded_in_the_passive_too(nlp):
    assert _codes(nlp, "Le roi a imposé la loi martiale en Thaïlande.") == ["1724"]
    assert _codes(nlp, "Le gouvernement turc a renouvelé l'état d'urgence en Turquie.") == ["1724"]
    assert _codes(nlp, "L'état d'urgence a été décrété en Équateur.") == ["1724"]
    assert _codes(nlp, "Le président a levé l'état d'urgence au Mali.") == ["0814"]
    assert _codes(nlp, "Un manifestant a été transporté dans un état d'urgence absolue.") == []


@pytest.mark.model
def test_peacekeepers_withdrawn_are_no_retreat_of_the_withdrawer(nlp):
    peacekeepers = "Le Conseil de sécurité a décidé de retirer les Casques bleus du Mali."
    assert _codes(nlp, peacekeepers) == ["1661"]
    assert _codes(nlp, "L'armée russe a retiré ses troupes de Syrie.") == ["0874"]


@pytest.mark.model
def test_opposing_by_veto_is_a_veto(nlp):
    assert _codes(nlp, "La Russie s'est opposée par veto à la résolution française.") == ["129"]
    assert _codes(nlp, "La Russie s'est opposée à la résolution de la France.") == ["110"]


@pytest.mark.model
def test_a_toll_counted_with_deplorer_is_no_comment(nlp):
    assert _codes(nlp, "L'Équateur déplore 21 morts et 1 280 sinistrés.") == []
    assert _codes(nlp, "Le gouvernement déplore trois blessés légers.") == []
    assert _codes(nlp, "Le président a déploré la mort du journaliste.") == ["012"]


@pytest.mark.model
def test_letting_captives_go_is_a_release(nlp):
    assert _codes(nlp, "Les ravisseurs ont laissé partir les otages.") == ["0841"]
    assert _codes(nlp, "Les ravisseurs ont laissé les otages sans nourriture.") == []


@pytest.mark.model
def test_defending_oneself_defends_no_one_else(nlp):
    defence = "Le ministre a défendu le président face aux critiques."
    assert _codes(nlp, defence) == ["052"]
    assert all(not f.code for f in lexicon().verbs["defendre"] if f.reflexive)


@pytest.mark.model
def test_an_injunction_received_is_no_visit_hosted(nlp):
    assert _codes(nlp, "Le ministre a reçu une injonction du juge.") == []
    assert _codes(nlp, "Le président a reçu le ministre à l'Élysée.") == ["043"]


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


@pytest.mark.model
def test_a_statement_in_a_que_clause_of_its_own_has_the_clause_an_incise_has_none(nlp):
    told = "Le ministre de la Justice a précisé que les assaillants avaient ouvert le feu."
    assert has_content_clause(_verb(nlp, told, "préciser"))
    assert has_content_clause(
        _verb(nlp, "La police précise qu'elle a abattu un homme.", "préciser")
    )
    incise = "« Nous ne céderons pas », précise-t-il."
    assert not has_content_clause(_verb(nlp, incise, "préciser"))
    reported = "Le texte doit être revu, a précisé le Conseil d'État."
    assert not has_content_clause(_verb(nlp, reported, "préciser"))


@pytest.mark.model
def test_an_entry_that_needs_a_clause_is_met_only_by_a_verb_with_one(nlp):
    needs_clause = Frame(code="010", kind="verb", lemma="preciser", clause=True)
    plain = Frame(code="010", kind="verb", lemma="preciser")
    incise = _verb(nlp, "« Nous ne céderons pas », a précisé le ministre.", "préciser")
    own = _verb(nlp, "Le ministre a précisé que le plan serait revu.", "préciser")
    assert needs_clause.clause_met(own) and not needs_clause.clause_met(incise)
    assert plain.clause_met(incise)
    assert needs_clause.specificity > plain.specificity


@pytest.mark.model
def test_a_warrant_issued_against_whom_it_targets_is_an_arrest_ordered(nlp):
    events = _events(nlp, "La CPI a délivré un mandat d'arrêt visant le président Omar el-Béchir.")
    assert [(e["code"], e["source"] is not None, e["target"] is not None) for e in events] == [
        ("173", True, True)
    ]
    assert all("visant" in f.target for f in lexicon().verbs["emettre"] if f.needs)

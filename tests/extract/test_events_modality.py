"""Modality of coded events (`veille.extract.events.modality`) as the whole coder gives it."""

from __future__ import annotations

import pytest


def _modalities(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.published = "2023-10-17"
    doc = nlp(doc)
    return [(e["code"], e["modality"]) for e in doc._.veille_events or []]


@pytest.mark.model
def test_devoir_in_the_passe_compose_reports_the_act_done(nlp):
    assert _modalities(nlp, "Le ministre Paul Garnier a dû démissionner.") == [("0831", "asserted")]


@pytest.mark.model
def test_devoir_in_the_imperfect_plans_the_act(nlp):
    text = "Le ministre Paul Garnier devait rencontrer Joe Biden."
    assert {m for _, m in _modalities(nlp, text)} == {"planned"}


@pytest.mark.model
def test_an_act_announced_by_a_plain_infinitive_is_planned(nlp):
    text = "Le Japon a annoncé envoyer de l'aide au Mali."
    assert _modalities(nlp, text) == [("070", "planned")]


@pytest.mark.model
def test_an_act_announced_by_a_perfect_infinitive_was_done(nlp):
    text = "Le Japon a annoncé avoir envoyé de l'aide au Mali."
    assert _modalities(nlp, text) == [("070", "asserted")]


@pytest.mark.model
def test_an_act_asked_of_someone_by_an_infinitive_is_the_appeals_content_not_an_event(nlp):
    # (it was coded as possible; the appeal is the event, what it asks is no act of its own)
    text = "Les États-Unis ont appelé la Chine à condamner l'invasion de l'Ukraine."
    assert [c[:2] for c, _ in _modalities(nlp, text)] == ["02", "19"]


@pytest.mark.model
def test_an_event_noun_under_an_asked_infinitive_keeps_its_own_modality(nlp):
    text = "Le Conseil de sécurité a demandé à Israël de cesser ses frappes contre le Hamas."
    assert ("195", "asserted") in _modalities(nlp, text)


@pytest.mark.model
def test_an_act_forbidden_to_someone_does_not_happen(nlp):
    text = "Le texte interdit aux organisations non gouvernementales d'aider les réfugiés."
    assert {m for _, m in _modalities(nlp, text)} == {"negated"}


@pytest.mark.model
def test_statement_that_selon_attributes_a_claim_to_is_itself_asserted(nlp):
    text = "Selon l'annonce du gouvernement malien, l'armée a repris la ville de Kidal."
    assert sorted(_modalities(nlp, text)) == [("010", "asserted"), ("190", "reported")]


@pytest.mark.model
def test_an_act_said_to_be_necessary_may_or_may_not_happen(nlp):
    assert _modalities(nlp, "Il faut que la France négocie avec l'Iran.") == [
        ("046", "possible"),
        ("046", "possible"),
    ]
    assert _modalities(nlp, "La France a négocié avec l'Iran.")[0] == ("046", "asserted")
    # to no one named, what may not happen is not coded
    text = (
        "Il est essentiel que les entreprises et le gouvernement coopèrent pour créer des emplois."
    )
    assert _modalities(nlp, text) == []


@pytest.mark.model
def test_an_act_someone_is_ready_to_do_is_planned(nlp):
    text = "La Russie est prête à négocier avec l'Ukraine."
    assert {m for _, m in _modalities(nlp, text)} == {"planned"}
    # to no one named, the act one is ready to do is not coded (the readiness is)
    text = "Le chef d'état-major, le général Ousman Bargie, se dit prêt à collaborer."
    assert [c for c, _ in _modalities(nlp, text)] == ["030"]


@pytest.mark.model
def test_an_attack_foiled_did_not_happen(nlp):
    told = "Un attentat des talibans contre le président afghan a été déjoué."
    assert [m for c, m in _modalities(nlp, told) if c.startswith("18")] == ["negated"]
    done = "Un attentat des talibans contre le président afghan a été revendiqué."
    assert [m for c, m in _modalities(nlp, done) if c.startswith("18")] == ["asserted"]


@pytest.mark.model
def test_an_event_noun_with_a_cancelling_participle_did_not_happen(nlp):
    text = "La rencontre annulée entre Vladimir Poutine et Joe Biden devait avoir lieu à Genève."
    assert {m for c, m in _modalities(nlp, text) if c.startswith("04")} == {"negated"}


@pytest.mark.model
def test_statement_of_selon_is_asserted_where_the_parser_hangs_the_sentence_on_it(nlp):
    # no verb: the parser makes `ministère` the root, which `selon` attributes
    text = "Selon le ministère de l'Intérieur, près de 3000 manifestants, dont 200 à Paris."
    assert _modalities(nlp, text) == [("010", "asserted")]


@pytest.mark.model
def test_an_event_avoided_did_not_happen(nlp):
    text = (
        "Les deux hommes ont été séparés pour éviter un affrontement entre la police et les"
        " manifestants."
    )
    assert {m for c, m in _modalities(nlp, text) if c.startswith("19")} == {"negated"}

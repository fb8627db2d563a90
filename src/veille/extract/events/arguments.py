"""Who did it and to whom, from the dependency parse (Universal Dependencies labels).

Subjects are sources, objects and prepositional complements named by the trigger's frame are
targets; passives swap them; coordinated phrases give one argument each; pronouns and
relative pronouns point back to the phrase they stand for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import chain

from spacy.symbols import ADJ, ADV, AUX, DET, NOUN, POS, PRON, PROPN, PUNCT, VERB
from spacy.tokens import Doc, Span, Token

from veille import lang
from veille.extract.events.actors import (
    ActorIndex,
    aiming,
    anaphor_kinds,
    control_slots,
    impersonal,
    incise_marks,
    members,
    owner_named_before,
    pair_kinds,
    phrasal,
    pointed,
    prepositional_noun,
    replies,
    titled,
    undergoing,
    voice,
    whole_of,
)
from veille.extract.events.lexicon import Frame, Lexicon, lexicon
from veille.extract.layout import column, kept, layout, text_of
from veille.text import fold

SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj"}
OBLIQUES = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obj", "advcl"}
REFLEXIVE_DEPS = {"expl:comp", "expl:pv", "expl", "obj", "iobj", "expl:pass"}
# The target slot naming the word a noun's entry needs (`with:`) as the target itself.
NEEDED = "with"
# A verb takes its subject from its governor when it is one of these (shared subjects).
SUBJECT_SHARING = {"xcomp", "conj"}


def conjuncts(token: Token) -> list[Token]:
    """`la France, le Royaume-Uni et les Etats-Unis` -> the three heads (worked out once per
    word of a Doc: the coder asks again for the sides of each event of a phrase)."""
    return _remembered(token, "conjuncts", _conjuncts)


def _conjuncts(token: Token) -> list[Token]:
    """The heads of the list `token` opens.

    The parser often reads the second name of a list as an apposition of the first (`Benoît
    Hamon, Arnaud Montebourg et Gérard Filoche`): a proper-noun apposition that has its own
    conjunct is one more item of the list, not another name for the first."""
    if (name := _appositive_name(token)) is not None:
        return conjuncts(name)
    heads = [token, *_joined_after_adjunct(token)]
    if token.dep_ in ("nsubj", "nsubj:pass") and (first := _list_cut_before(token)) is not None:
        heads = [*conjuncts(first), *heads]
    for child in token.children:
        if (
            child.dep_ == "conj"
            and child.pos_ in ("PROPN", "NOUN", "PRON")
            and not _predicate_read_as_item(child, token)
        ) or (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and token.pos_ == "PROPN"
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children)
        ):
            heads.extend(conjuncts(child))
        elif _name_tail(child, token):
            # `L'Arabie saoudite et l'Iran`, `Les Emirats arabes unis et le Qatar`: the next
            # item hung on the adjective or the word that ends the name
            items = [
                item
                for c in child.children
                if c.dep_ == "conj"
                and c.pos_ in _NOMINAL
                and any(g.dep_ == "cc" for g in c.children)
                for item in conjuncts(c)
            ]
            if items and child.pos_ == "PROPN" and _after_comma(child):
                items.insert(0, child)  # `Henri de Raincourt, René Garrec et X`: an item too
            heads.extend(items)
    if token.pos == NOUN or token.pos == PROPN:
        for item in _joined_to_complement(token):
            heads.extend(conjuncts(item))
        for item in _listed_on_head(token):
            heads.extend(conjuncts(item))
    return heads


def _predicate_read_as_item(item: Token, head: Token) -> bool:
    """`L'ancien président de la Tanzanie, Benjamin Mkapa, est à Bujumbura pour tenter
    d'aider`: the parser may read a copula's predicate as one more item of its subject's list;
    with its copula, or with a preposition the first item lacks, it is no item (`à
    Bujumbura` says where he is)."""
    cases = [c for c in item.children if c.dep_ in ("cop", "case")]
    if not cases:
        return False
    return any(c.dep_ == "cop" for c in cases) or not any(c.dep_ == "case" for c in head.children)


def _listed_on_head(complement: Token) -> list[Token]:
    """`les ambassadeurs de l'Allemagne, de la Belgique et de la France`: the parser hangs the
    items after the first complement on the noun it completes; an item with the first one's
    preposition (which French repeats in a list of complements) goes on its list."""
    if complement.dep_ != "nmod" or not any(c.dep_ == "case" for c in complement.children):
        return []
    lex = lexicon()
    prep = preposition(complement, lex)
    if prep is None:
        return []
    items = [
        item
        for item in complement.head.children
        if item.dep_ == "conj"
        and item.i > complement.i
        and item.pos_ in _NOMINAL
        and preposition(item, lex) == prep
    ]
    if items:
        return items
    # `bénéficie du soutien de la Turquie, de l'Arabie saoudite et du Qatar`: the parser may
    # hang the next item higher up; the one that follows the complement right after a comma
    # or a conjunction, with its preposition, goes on the list
    doc = complement.doc
    after = complement.right_edge.i + 2
    if after >= len(doc) or doc[after - 1].pos_ not in ("PUNCT", "CCONJ"):
        return []
    node = complement.head
    while node.head.i != node.i:
        node = node.head
        for item in node.children:
            if (
                item.dep_ == "conj"
                and item.left_edge.i in (after - 1, after)  # (the comma may hang on it)
                and item.pos_ in _NOMINAL
                and preposition(item, lex) == prep
            ):
                return [item]
    return []


def _name_tail(child: Token, head: Token) -> bool:
    """An adjective after a name or a noun (`Arabie saoudite`, `gendarmes mobiles`), or a
    proper noun with no preposition that goes on a name (`Emirats arabes unis`)."""
    if child.i < head.i or head.pos_ not in _NOMINAL:
        return False
    return child.dep_ == "amod" or (
        child.dep_ == "nmod"
        and child.pos_ in ("PROPN", "ADJ")  # (`l'Arabie saoudite`: an adjective read so)
        and not any(c.dep_ == "case" for c in child.children)
    )


def _after_comma(token: Token) -> bool:
    """The phrase of `token` comes right after a comma."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


def _list_cut_before(subject: Token) -> Token | None:
    """`Moscou, Pékin et Téhéran ont dénoncé`, `Le Canada et l'Australie ont expulsé`: the
    parser often cuts a subject list at its last conjunction, reads the items before it as a
    phrase of their own (a root) and hangs the conjunction on the verb; those items are
    subjects too. Gives the first item of such a list, if the subject ends one."""
    verb = subject.head
    doc = subject.doc
    cut = subject.left_edge.i - 1
    if cut < 1 or doc[cut].pos_ != "CCONJ" or doc[cut].head.i != verb.i:
        return None
    item = doc[cut - 1]
    while item.dep_ in ("conj", "flat:name", "nmod", "appos") and item.head.i < item.i:
        item = item.head
    if (
        item.pos_ not in _NOMINAL
        or item.head.i != item.i
        or verb.head.i not in (verb.i, item.i)
        or any(c.dep_ == "case" for c in item.children)
        or paragraph(item) != paragraph(subject)
    ):
        return None
    return item


def _joined_to_complement(head: Token) -> Iterator[Token]:
    """`critiqué par une partie du groupe socialiste et les manifestants`, `le président de
    la République et le Premier ministre`: the parser hangs an item coordinated with a phrase
    on the last noun of the phrase's complement; an item without the preposition that
    complement has (which French repeats in a list of complements) is coordinated with the
    phrase itself."""
    queue = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i]
    while queue:
        complement = queue.pop(0)
        if not any(c.dep_ == "case" for c in complement.children):
            continue
        for child in complement.children:
            if child.dep_ == "nmod" and child.i > complement.i:
                queue.append(child)
            elif (
                child.dep_ == "conj"
                and child.pos_ in _NOMINAL
                and any(c.dep_ == "cc" for c in child.children)
                and not any(c.dep_ == "case" for c in child.children)
            ):
                yield child


def _remembered(token: Token, name: str, find: Callable[[Token], list[Token]]) -> list[Token]:
    """`find(token)`, worked out once per word and kept on its Doc as token indices (plain
    data, as `layout.kept` wants), then given back as fresh Tokens: the caller may extend the
    list it gets. Only for what the parse alone decides."""
    doc = token.doc
    known: dict[int, list[int]] = kept(doc, f"{_REMEMBERED}{name}", lambda _doc: {})
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = [t.i for t in find(token)]
    return [doc[i] for i in found]


_REMEMBERED = "veille.events.arguments."  # + the function's name


def _appositive_name(token: Token) -> Token | None:
    """`Le chef de la diplomatie, Antony Blinken, a averti`: the parser reads a name set
    after a title between commas as a conjunct; with no coordinator in the phrase it is the
    title's apposition, and the name says who is meant (the linker may have tied the title
    to another holder)."""
    if token.pos_ != "NOUN":
        return None
    items = [c for c in token.children if c.dep_ == "conj"]
    if len(items) != 1 or items[0].pos_ != "PROPN" or items[0].i < token.i:
        return None
    name = items[0]
    if any(c.dep_ in ("cc", "conj") for c in name.children) or any(
        c.dep_ == "cc" for c in token.children
    ):
        return None
    if token.doc[name.i - 1].text != ",":
        return None
    return name


def parts_of_speech(doc: Doc) -> list[int]:
    """The part-of-speech ids of the Doc's tokens, read once per Doc (`layout.column`)."""
    return column(doc, POS)


def paragraph(token: Token) -> int:
    """The number of the paragraph holding `token`: the parser glues a paragraph to the one
    before it when the first has no final stop, and hangs words across the break."""
    return bisect_right(layout(token.doc).paragraph_starts, token.i)


def is_reflexive(verb: Token) -> bool:
    return any(
        c.dep_ in REFLEXIVE_DEPS and "Yes" in c.morph.get("Reflex", []) for c in verb.children
    )


def is_passive(verb: Token, frame: Frame) -> bool:
    """A passive of a transitive trigger (être + participle of an intransitive is not one).

    `ont accusé` with a subject the parser labelled `nsubj:pass` is active: avoir alone
    (without `été`) never makes a passive. (The verb's children are read once, into `deps`:
    each test below asks only which labels they carry.)"""
    deps = {c.dep_: c for c in verb.children}
    if "aux:pass" not in deps and "aux:tense" in deps and fold(deps["aux:tense"].lemma_) == "avoir":
        return False
    if (orphan := _orphan_auxiliary(verb)) is not None:
        return fold(orphan.lemma_) != "avoir" and bool(frame.target) and frame.target[0] == "obj"
    if "aux:pass" not in deps and "nsubj:pass" not in deps:
        # a bare past participle with its agent: `X, accusé par Y de ...`; or one that
        # shares the passive auxiliary of the participle it is coordinated with (`a été
        # rejetée par l'Ukraine et écartée par les États-Unis`)
        return (
            "Part" in verb.morph.get("VerbForm", [])
            and "Past" in verb.morph.get("Tense", [])
            and (
                verb.dep_ in ("acl", "advcl", "acl:relcl")
                # (with or without its agent: `a été mis en examen et placé en détention`)
                or (verb.dep_ == "conj" and any(c.dep_ == "aux:pass" for c in verb.head.children))
            )
            and not any(dep.startswith("aux") for dep in deps)
        )
    return (
        (bool(frame.target) and frame.target[0] == "obj")
        or "obl:agent" in deps
        # (a reflexive verb makes no passive: `la Russie s'est opposée par veto`)
        or (
            "aux:pass" in deps
            and not any("Yes" in c.morph.get("Reflex", []) for c in deps.values())
            and _agent_by_preposition(verb)
        )
    )


def _agent_by_preposition(verb: Token) -> bool:
    """`L'attentat a été revendiqué par l'EI`: the parser labels the agent `obl:mod`; a
    complement of a passive participle opened by the agent's preposition is its agent all
    the same (an entry with no target, a claim, is passive only through it)."""
    return any(
        child.dep_ in ("obl", "obl:mod")
        and any(
            case.dep_ == "case" and fold(case.lower_) in _agent_prepositions()
            for case in child.children
        )
        for child in verb.children
    )


@cache
def _agent_prepositions() -> frozenset[str]:
    return lang.words("event_story", "agent_prepositions")


@cache
def _setting_prepositions() -> frozenset[str]:
    return lang.words("event_story", "setting_prepositions")


def _orphan_auxiliary(verb: Token) -> Token | None:
    """`François Fillon a, lors de l'émission du jeudi, accusé l'Élysée`: an incise between
    the auxiliary and the participle makes the parser read the auxiliary as the main verb and
    hang the bare participle on a word of the incise. Such an auxiliary, with the subject and
    the participle below it, is the participle's own."""
    if (
        verb.dep_ not in ("acl", "advcl")
        or "Part" not in verb.morph.get("VerbForm", [])
        or any(c.dep_.startswith("aux") for c in verb.children)
    ):
        return None
    node = verb.head
    while node.head.i != node.i and node.pos_ != "AUX":
        node = node.head
    if (
        node.pos_ == "AUX"
        and node.i < verb.i
        and "Fin" in node.morph.get("VerbForm", [])
        and not any(t.pos_ == "VERB" for t in verb.doc[node.i + 1 : verb.i])
    ):
        return node
    return None


def preposition(token: Token, lex: Lexicon) -> str | None:
    """The preposition introducing a complement (`à Pékin` -> `à`), contractions undone."""
    cases = [c for c in token.lefts if c.dep_ in ("case", "fixed")]  # (only those before it)
    if not cases:
        return None
    return " ".join(lex.preposition(c.text) for c in cases)


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects, best first; never across a paragraph break (worked out once per
    verb of a Doc: the coder asks again for each entry and each governed verb)."""
    return _remembered(verb, "subjects", _subjects)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, as `subjects` gives them.

    Several subjects of one verb are the parser's reading of one phrase in two (`Le
    porte-parole de la Maison blanche, Sean Spicer a dénoncé`): a proper noun names the
    referent better than a description, and the nearer one is the subject proper."""
    here = paragraph(verb)
    if (orphan := _orphan_auxiliary(verb)) is not None:
        owner = orphan.head  # or the name the parser hung the auxiliary on
        named = owner.i < orphan.i and owner.pos_ in _NOMINAL
        return subjects(orphan) or ([owner] if named else [])
    # (the dash ending a dateline paragraph, `25 mars 2017. –`, heads the next paragraph's
    # subject: read under it whatever paragraph it sits in)
    read = [
        _under_dash(c, here) if _wordless_token(c) else c
        for c in verb.children
        if c.dep_ in SUBJECTS and (paragraph(c) == here or _wordless_token(c))
    ]
    hung_on = verb.head.i
    if read and hung_on != verb.i and _gerund(verb) and all(c and c.i > hung_on for c in read):
        # a gerund has no subject of its own: in `ont rejoint le président X en condamnant
        # l'attentat` the parser's subject of `condamnant`, after the verb it hangs on, is
        # that verb's object (a gerund read as the root, its main verb as an adjective or
        # noun, keeps the sentence's subject: `le Vatican riposte en réaffirmant`)
        read = []
    read = [_behind_label(c) or c if c is not None else c for c in read]
    found = _relative_first(
        [c for c in read if c is not None and not _impersonal_passive(c, verb)], verb
    )
    found += _stranded(verb, here)
    found += _dislocated(verb, found)
    if found:
        found = sorted(found, key=lambda t: (t.pos_ != "PROPN", abs(verb.i - t.i)))
        return _spokesperson(verb) + found
    if (inverted := _inverted_subject(verb)) is not None:
        return [inverted]
    head = verb.head
    if head.i == verb.i or paragraph(head) != here:
        return (
            _adjacent(verb, here)
            or _behind_fronted_adjunct(verb)
            or _coordinated_in_paragraph(verb, here)
        )
    if (controller := _controller(verb)) is not None:
        return [controller]
    if verb.dep_ in SUBJECT_SHARING or _nonfinite_adjunct(verb):
        found = [t for t in subjects(head) if not voice(t)]  # the spokesperson spoke only
        if not found and _gerund(verb):
            # `déclare que c'est un « coup d'État » parlementaire en accusant l'opposition`:
            # the parser hung the gerund on a word of the reported clause
            return _clause_subjects(verb, here)
        if found and verb.dep_ == "advcl" and not any(_agrees_with(verb, t) for t in found):
            # `Après avoir été suspendue par le Parlement, les huit juges ont confirmé la
            # destitution de la présidente`: a participle that does not agree with the
            # main subject is about a noun of the main clause that does
            return _agreeing_in_clause(verb, head) or found
        return found
    if (governor := _purpose_governor(verb)) is not None:
        return (
            [t for t in subjects(governor) if not voice(t)] if paragraph(governor) == here else []
        )
    if _gerund(verb):
        return _clause_subjects(verb, here)
    if verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm", []):
        return _noun_complement_subjects(verb, here)
    if verb.dep_.startswith("acl"):
        return _detached_from_passive(verb) or [_agreeing_noun(verb)]
    return _adjacent(verb, here)


def _coordinated_in_paragraph(verb: Token, here: int) -> list[Token]:
    """`Le gouvernement espagnol continue de faire pression, et demande aux autorités
    catalanes de préciser`: the parser coordinated the second verb with a verb of the
    paragraph before; it goes on from the verb with a subject before it in its own paragraph
    and shares that verb's subjects."""
    if verb.dep_ != "conj" or not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
        return []
    start = layout(verb.doc).paragraph_starts[here - 1] if here > 0 else 0
    for word in reversed(verb.doc[start : verb.i]):
        if word.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in word.children):
            return subjects(word)
    return []


def _impersonal_passive(subject: Token, verb: Token) -> bool:
    """`Il lui est reproché d'avoir négocié`, `Il est demandé aux cheminots de laisser`: a
    passive with whom it is addressed to (a dative pronoun or a complement the verb takes) and
    a clause saying what (`de` + infinitive, `que`) has a third-person pronoun as a dummy
    subject, which stands for no one."""
    return (
        subject.pos_ == "PRON"
        and "3" in subject.morph.get("Person", [])
        and "Sing" in subject.morph.get("Number", ["Sing"])
        and _passive_form(subject, verb)
        and any(c.dep_ in ("iobj", "obl:arg") for c in verb.children)
        and any(
            c.dep_ in _SAID_CLAUSES and any(m.dep_ == "mark" for m in c.children)
            for c in verb.children
        )
    )


_SAID_CLAUSES = {"xcomp", "ccomp", "csubj"}


def _passive_form(subject: Token, verb: Token) -> bool:
    """`est reproché`, `a été demandé`: a passive by its auxiliary, or by a passive subject
    without avoir (`Il a assuré` labelled so is active, as in `is_passive`)."""
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    return subject.dep_ == "nsubj:pass" and not any(
        c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in verb.children
    )


def _relative_first(found: list[Token], verb: Token) -> list[Token]:
    """`Son, qui avait rencontré le président élu`, `qui avait poussé M. Bérégovoy au
    suicide`: a relative pronoun set before the verb is its subject; a noun phrase after the
    verb that the parser labelled a second subject is its object."""
    if not any(t.i < verb.i and "Rel" in t.morph.get("PronType", []) for t in found):
        return found
    return [t for t in found if t.i < verb.i]


def _controller(verb: Token) -> Token | None:
    """`appelle la Chine à condamner`, `accuse la Russie d'avoir bombardé`, `a demandé à
    Israël de cesser ses frappes`: the infinitive complement of such a verb is done by its
    object or by whom it addresses with `à` (`object_control` in event_actors.yaml), not by
    its subject."""
    if not _infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "obj" and "obj" in control_slots(head.head):
        # `a exhorté Vladimir Poutine à négocier`: the parser hangs the infinitive on the object
        return head if any(c.dep_ == "mark" for c in verb.children) else None
    if verb.dep_ != "xcomp":
        return None
    for slot in control_slots(head):
        for child in head.children:
            if child.i == verb.i or child.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            cases = [c.lemma_.lower() for c in child.children if c.dep_ == "case"]
            if slot == "obj" and child.dep_ == "obj" and not cases:
                return child
            if slot != "obj" and (
                (child.dep_ == "iobj" and not cases)
                or (child.dep_.startswith("obl") and cases == [slot])
            ):
                return child
    return None


def _infinitive(verb: Token) -> bool:
    """`condamner`, `avoir bombardé`: an infinitive, present or past."""
    return "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )


def _inverted_subject(verb: Token) -> Token | None:
    """`Le dialogue reste ouvert, indique enfin le secrétariat général de l'ONU`, `..., fait
    remarquer Mohamed Salem Ould Salek, le ministre`: a verb set off as an incise after what
    was said (an incise mark right before it, its reported clause before it) and followed by
    a noun phrase that ends the sentence or an apposition: the parser reads that phrase as the
    object, but it is the subject, set after the verb."""
    finite = "Fin" in verb.morph.get("VerbForm", [])
    helpers = [c for c in verb.children if c.pos_ == "AUX" and c.i < verb.i]
    if not finite and not any("Fin" in h.morph.get("VerbForm", []) for h in helpers):
        return None
    start = min([verb.i, *(h.i for h in helpers)])
    doc = verb.doc
    if start == verb.sent.start:
        return None
    if any(c.dep_ in ("ccomp", "mark") or c.dep_ in SUBJECTS for c in verb.children):
        return None
    if start > 1 and doc[start - 2].is_quote:
        return None  # `», a répondu le ministre`: a quote's incise, read with the quote
    said = [c for c in verb.children if c.i < start and c.dep_ in _REPORTED]
    if verb.dep_ in _REPORTED_BY_HEAD and verb.head.i < start:
        said.append(verb.head)
    # (`Il restera ouvert indique enfin le secrétariat`: the mark left out, the clause said
    # ends right before the verb)
    before = doc[start - 1]
    if before.text not in incise_marks() and not (
        finite
        and verb.dep_ in _UNMARKED_INCISE
        and not any(c.dep_ == "cc" for c in verb.children)
        and any(
            before.i == c.i or (before in c.subtree and before not in verb.subtree) for c in said
        )
    ):
        return None  # (`Narendra Modi recevra Joe Biden`, the name read as a verb: no incise)
    if not any(_finite(c) for c in said):
        return None  # `..., le collectif menant le mouvement, a refusé la proposition`
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    adjuncts = [c for c in verb.children if c.dep_ in _INCISE_ADJUNCTS and c.i > verb.i]
    if not objects:
        # `, ont annoncé le 26 mars les Nations unies`: the parser hangs the name on the date
        objects = [
            c
            for a in adjuncts
            for c in a.children
            if c.dep_ == "nmod" and c.i > a.i and not any(g.dep_ == "case" for g in c.children)
        ]
    if len(objects) != 1 or objects[0].pos_ not in _NOMINAL:
        return None
    phrase = objects[0]
    left = min(t.i for t in phrase.subtree)
    # (`, a annoncé lundi le ministère`: an adverb or a time adjunct may come between)
    between = {t.i for a in adjuncts for t in a.subtree if t.i < left}
    if any(doc[i].pos_ != "ADV" and i not in between for i in range(verb.i + 1, left)):
        return None
    right = max(t.i for t in phrase.subtree)
    if right + 1 < verb.sent.end and doc[right + 1].pos_ != "PUNCT":
        return None
    return phrase


# Adjuncts of an incise verb that may come before its subject (`a annoncé lundi le ministre`).
_INCISE_ADJUNCTS = {"obl:mod", "advmod"}
# What was said before an incise: a clause the verb governs, or the verb's own governor.
_REPORTED = {"advcl", "parataxis", "ccomp", "csubj"}
_REPORTED_BY_HEAD = {"xcomp", "parataxis", "advcl", "conj"}
# An incise whose comma was left out is read as a clause set beside the one said.
_UNMARKED_INCISE = {"conj", "parataxis"}


def _finite(clause: Token) -> bool:
    """A clause with a finite verb (its own or its auxiliary's or copula's)."""
    return any(
        "Fin" in t.morph.get("VerbForm", [])
        for t in (clause, *(c for c in clause.children if c.dep_ in ("aux", "aux:tense", "cop")))
    )


def _wordless_token(token: Token) -> bool:
    return not any(map(str.isalnum, token.text))


def _under_dash(dash: Token, here: int) -> Token | None:
    """`23 novembre 2016. – Le premier ministre slovaque Robert Fico a dit`: the parser takes
    the dateline's dash for the subject and hangs the subject phrase below it; the first
    noun phrase there without a preposition is the subject (in the verb's paragraph `here`:
    the dash often ends the dateline's own)."""
    for token in dash.subtree:
        if (
            token.i != dash.i
            and paragraph(token) == here
            and token.pos_ in _NOMINAL
            and token.dep_ not in _INSIDE_A_PHRASE
            and not any(c.dep_ in ("case", "mark") for c in token.children)
        ):
            return token
    return None


_INSIDE_A_PHRASE = {"nmod", "fixed", "flat", "flat:name", "amod", "compound", "obl", "obl:mod"}


def _spokesperson(verb: Token) -> list[Token]:
    """`Le Rwanda a répondu par la voix du lieutenant-colonel René Ngendahimana`: who spoke
    for the subject (the parser hangs the phrase on the verb or on its object)."""
    for child in verb.children:
        if voice(child):
            return [child]
        if child.dep_ == "obj":
            for grandchild in child.children:
                if voice(grandchild):
                    return [grandchild]
    return []


def _adjacent(verb: Token, here: int) -> list[Token]:
    """A finite verb left without subject by a broken parse (`le Royaume-Uni a déjà expulsé`,
    split into three sentences at the hyphen; `Jean-Luc Laurent (PS), a lui cherché`): the
    name right before it is its subject."""
    if not (
        any(c.dep_ == "aux:tense" for c in verb.children) or "Fin" in verb.morph.get("VerbForm", [])
    ):
        return []
    first = min([verb.i, *(c.i for c in verb.children if c.i < verb.i)])
    i = first - 1
    while i >= 0 and (verb.doc[i].pos_ in ("ADV", "PUNCT") or verb.doc[i].text in _HYPHENS):
        word = verb.doc[i]
        if word.pos_ == "PUNCT" and word.text not in _INSIDE_PUNCT and word.text not in _HYPHENS:
            return []  # a stop, a colon or a quote ends the phrase before
        i -= 1
    if i < 0:
        return []
    before = verb.doc[i]
    # `Jean-Luc Laurent (PS), a lui cherché`: the name the parenthesis hangs on; `Paris et
    # Berlin ont condamné`, the list read as a sentence of its own: the list's first item
    # (whose conjuncts are the other subjects)
    listed = False
    while before.dep_ in ("nmod", "flat:name", "appos", "conj") and before.head.i < before.i:
        listed = listed or before.dep_ == "conj"
        before = before.head
    if (
        (before.pos_ == "PROPN" or (listed and before.pos_ == "NOUN"))
        and paragraph(before) == here
        and not any(c.dep_ == "case" for c in before.children)
        and before.dep_ in ("ROOT", "dep", "flat:name", "nsubj")
    ):
        return [before]
    return []


def _behind_fronted_adjunct(verb: Token) -> list[Token]:
    """`Interrogé vendredi à Bordeaux, Alain Juppé, éliminé au premier tour, a affirmé`: the
    parser reads the subject set off by commas after a fronted participle as a conjunct or a
    complement of the participle; a name there, after a comma and with no preposition, is the
    subject of the main verb."""
    if "Fin" not in verb.morph.get("VerbForm", []) and not any(
        c.dep_ == "aux:tense" for c in verb.children
    ):
        return []
    for adjunct in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        if "Part" not in adjunct.morph.get("VerbForm", []):
            continue
        for token in adjunct.subtree:
            if (
                token.pos_ == "PROPN"
                and not token.dep_.startswith(("flat", "fixed"))
                and token.i > 0
                and verb.doc[token.i - 1].text == ","
                and not any(c.dep_ in ("case", "cc") for c in token.children)
            ):
                return [token]
    for adjunct in (c for c in verb.children if c.dep_ in _FRONTED and c.i < verb.i):
        if (found := _read_into_adjunct(adjunct)) is not None:
            return found
    return []


def _read_into_adjunct(adjunct: Token) -> list[Token] | None:
    """`Après 7 ans de négociations, le Canada et l'Union européenne ont signé`: the parser
    coordinates the subject set after a fronted prepositional phrase with that phrase's noun;
    a conjunct after the comma that closes the phrase, with no preposition and no coordinator
    of its own, is the subject (`conjuncts` reads the items joined to it)."""
    if not any(c.dep_ == "case" for c in adjunct.children):
        return None
    for token in adjunct.children:
        if token.dep_ == "conj" and _after_adjunct(token):
            return [token]
    return None


def _after_adjunct(token: Token) -> bool:
    """Is `token` a noun phrase the parser coordinated with a fronted adjunct's noun although
    a comma closes the adjunct before it (no preposition, no coordinator of its own)?"""
    if token.pos_ not in _NOMINAL or any(c.dep_ in ("case", "cc") for c in token.children):
        return False
    start = min([token.i, *(c.i for c in token.children if c.dep_ == "det")])
    return start > 0 and token.doc[start - 1].text == ","


def _fronted_owner(determiner: Token) -> Token | None:
    """`Lors de sa visite à Varsovie, le chancelier a rencontré`: a possessive inside a phrase
    fronted before the clause's subject, closed by a comma, looks ahead to that subject."""
    top = determiner.head
    while top.head.i != top.i and top.head.pos not in (VERB, AUX):
        top = top.head
    verb = top.head
    if verb.i == top.i or top.dep_ not in _FRONTED_PHRASES or top.i > verb.i:
        return None
    end = top.right_edge.i
    if end + 1 >= len(top.doc) or top.doc[end + 1].text != ",":
        return None
    return next(
        (c for c in verb.children if c.dep_ in SUBJECTS and end < c.i < verb.i and c.pos != PRON),
        None,
    )


# How a phrase fronted before the clause hangs on its verb (`Lors de` is read as an adverb).
_FRONTED_PHRASES = ("obl", "obl:mod", "obl:arg", "advmod", "advcl")


def _behind_label(subject: Token) -> Token | None:
    """`Place de la République, des Camerounais manifestent`: a bare common noun (no
    determiner, no preposition) opens the clause as a label of where, as live reports do; the
    parser makes it the subject and hangs on it the noun phrase after the comma that closes
    it, with a determiner of its own and no preposition, which is the subject."""
    if subject.pos != NOUN or subject.i > subject.head.i:
        return None
    if any(c.dep_ in ("det", "case", "nummod") for c in subject.children):
        return None
    for child in subject.children:
        if (
            child.i > subject.i
            and child.dep_ in _LABELLED
            and _after_adjunct(child)
            and any(c.dep_ == "det" and c.i < child.i for c in child.children)
        ):
            return child
    return None


_LABELLED = ("nmod", "appos", "conj")  # how the parser hangs a subject on a fronted label


def _joined_after_adjunct(token: Token) -> list[Token]:
    """The items coordinated after a subject read into a fronted adjunct (`le Canada et
    l'Union européenne`), which the parser hangs on the adjunct's noun as well."""
    if token.dep_ != "conj":
        return []  # (most words: tested first, before any Token of the adjunct is made)
    adjunct = token.head
    dated = _wordless_token(adjunct.head)  # the adjunct under a dateline's dash (`_under_dash`)
    if (
        not (adjunct.dep_ in _FRONTED or dated)
        or (adjunct.head.i < token.i and not dated)
        or not _after_adjunct(token)
    ):
        return []
    return [
        t
        for t in adjunct.children
        if t.i > token.i
        and t.dep_ == "conj"
        and t.pos_ in _NOMINAL
        and any(c.dep_ == "cc" for c in t.children)
        and not any(c.dep_ == "case" for c in t.children)
    ]


# Fronted prepositional phrases (`Après des mois de négociations, ...`).
_FRONTED = {"obl", "obl:mod"}


def _gerund(verb: Token) -> bool:
    """`en rejetant la faute sur les rebelles`: a gerund is about its clause's subject,
    wherever the parser hung it."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return False
    if any(c.dep_ == "mark" and fold(c.text) == "en" for c in verb.children):
        return True
    # `tout en disant`: the parser may read the gerund as a fixed expression with `en`, or
    # `en` as an object pronoun (`en condamnant l'attaque`)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or fold(before.text) != "en":
        return False
    return verb.dep_ == "fixed" or "Pres" in verb.morph.get("Tense", [])


def _clause_subjects(token: Token, here: int) -> list[Token]:
    """The subjects of the nearest verb above `token` that has its own."""
    node = token.head
    while node.i != node.head.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or paragraph(node) != here or node.i == token.i:
        return []
    return subjects(node)


def _noun_complement_subjects(verb: Token, here: int) -> list[Token]:
    """`son intention de cesser le financement`, `a pris la décision de quitter la CPI`: an
    infinitive completing a noun is done by the noun's possessor, else by the subject of the
    verb the noun is the object of."""
    noun = verb.head
    owner = next(
        (c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])), None
    )
    if owner is not None:
        return [owner]
    if noun.dep_ == "obj" and noun.head.pos_ in ("VERB", "AUX"):
        return subjects(noun.head) if paragraph(noun.head) == here else []
    if (copula := _copula_of(noun, here)) is not None:
        return copula
    return [_agreeing_noun(verb)]


def _copula_of(noun: Token, here: int) -> list[Token] | None:
    """`Le Burundi est sur le point de quitter la CPI`, `serait en mesure de frapper`: the
    subject of a predicate noun's copula does what the infinitive completing the noun says,
    wherever the parser hangs it (on the noun, on the copula, on the copula read as the verb
    with the noun as its complement)."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "cop")]
    if len(holders) == 1:
        if noun.dep_ != "obl:arg" or paragraph(noun.head) != here:
            return None
        if fold(noun.head.lemma_) not in lang.words("event_story", "copula_verbs"):
            return None
        holders = [noun.head]
    if any("Neg" in c.morph.get("Polarity", []) for h in {noun, *holders} for c in h.children):
        # `n'ont pas été en mesure de garantir`: what the copula denies is done by no one
        # (the modality is read on the infinitive's own verbs, not on the copula)
        return []
    for holder in holders:
        if any(c.dep_ in SUBJECTS for c in holder.children):
            return subjects(holder)
    return None


def _dislocated(verb: Token, found: list[Token]) -> list[Token]:
    """`Matteo Salvini, le ministre de l'Intérieur, a critiqué`: a name set before a
    description that is the subject, with a comma after it and no preposition, is the same
    person; the parser hangs it on the verb as an oblique."""
    titled = [t for t in found if t.pos_ == "NOUN"]
    if not titled:
        return []
    first = min(t.left_edge.i for t in titled)
    names = []
    for child in verb.children:
        if (
            child.pos_ == "PROPN"
            and child.dep_ not in SUBJECTS
            and child.i < first
            and not any(c.dep_ == "case" for c in child.children)
            and child.right_edge.i + 1 < len(verb.doc)
            and verb.doc[child.right_edge.i + 1].text == ","
        ):
            names.append(child)
    return names


_NOMINAL = ("PROPN", "NOUN")
_INSIDE_PUNCT = {",", "(", ")"}  # punctuation inside a subject phrase (appositions)
_HYPHENS = {"-", "\u2011"}
_ANAPHOR_CANDIDATES = 3  # actors of its kind named last that an anaphoric noun may stand for
_ANAPHOR_NAMED = 10  # ... or further back, when the actor's name holds the noun


def _stranded(verb: Token, here: int) -> list[Token]:
    """`... pour y présenter son programme.\n\nNathalie Kosciusko-Morizet avait été sortie`:
    a noun phrase that opens a paragraph but hangs from a word of the paragraph before is the
    subject of the first verb after it."""
    doc = verb.doc
    starts = layout(doc).paragraph_starts
    if here == 0 or starts[here - 1] > verb.i:
        return []
    found: list[Token] = []
    tags = parts_of_speech(doc)
    for i in range(starts[here - 1], verb.i):
        pos = tags[i]
        if pos == VERB:
            return []  # the verb after the phrase is another one
        if pos == PUNCT:
            if doc[i].text not in _INSIDE_PUNCT:
                found = []  # a dateline (`8 mars 2016. –`) or a title ends before the phrase
            continue
        if pos != PROPN and pos != NOUN:
            continue
        token = doc[i]
        if paragraph(token.head) != here and not any(c.dep_ == "case" for c in token.children):
            found.append(token)
    return found


def _detached_from_passive(participle: Token) -> list[Token]:
    """`Il a été déféré devant le parquet, mis en examen et placé en détention`: a bare past
    participle set off by a comma after the complement of a passive participle it agrees
    with goes on the list of what happened to that participle's subject; the parser hangs it
    on the complement's noun (`le parquet` was not charged)."""
    noun = participle.head
    governor = noun.head
    doc = participle.doc
    if (
        participle.i == 0
        or doc[participle.i - 1].text != ","
        or "Part" not in participle.morph.get("VerbForm", [])
        or "Past" not in participle.morph.get("Tense", [])
        or any(c.dep_.startswith("aux") for c in participle.children)
        or not noun.dep_.startswith("obl")
        or governor.pos != VERB
        or not any(c.dep_ == "aux:pass" for c in governor.children)
    ):
        return []
    for feature in ("Gender", "Number"):
        wanted, told = participle.morph.get(feature, []), governor.morph.get(feature, [])
        if wanted and told and wanted != told:
            return []
    return subjects(governor)


def _agreeing_noun(participle: Token) -> Token:
    """The noun a participle describes agrees with it: `N. Kosciusko-Morizet avait été sortie
    de la direction du parti, accusée par ...` is about her (the clause subject), not about
    `parti`."""
    wanted = participle.morph.get("Gender", [])
    head = participle.head
    if not wanted or head.morph.get("Gender", []) in ([], wanted):
        return head
    node = head
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            for subj in (c for c in node.children if c.dep_ in SUBJECTS):
                if subj.morph.get("Gender", []) in ([], wanted):
                    return subj
    return head


def _agrees_with(participle: Token, noun: Token) -> bool:
    """Can a passive past participle be about `noun` (number, and gender where both the
    participle and a common noun or pronoun give one)? Other forms agree with anything."""
    if "Part" not in participle.morph.get("VerbForm", []) or not any(
        c.dep_ == "aux:pass" for c in participle.children
    ):
        return True
    number, wanted = noun.morph.get("Number", []), participle.morph.get("Number", [])
    if number and wanted and number != wanted and not _coordinated(noun):
        return False
    gender, wanted = noun.morph.get("Gender", []), participle.morph.get("Gender", [])
    return noun.pos_ == "PROPN" or not gender or not wanted or gender == wanted


def _coordinated(noun: Token) -> bool:
    return any(c.dep_ == "conj" for c in noun.children)


def _agreeing_in_clause(participle: Token, governor: Token) -> list[Token]:
    """The nouns of the governor's object phrase that the participle agrees with, in text
    order (the resolver takes the first that names someone)."""
    return [
        t
        for obj in governor.children
        if obj.dep_ in ("obj", "dep") and obj.pos_ in _NOMINAL  # (the parser's `dep`: an
        for t in obj.subtree  # object it could not place)
        if t.pos_ in _NOMINAL and t.morph.get("Number", []) and _agrees_with(participle, t)
    ]


def _nonfinite_adjunct(verb: Token) -> bool:
    """`pour commercer`, `s'opposant à`, `accusée par`: an infinitive or participle adjunct
    is about its governor's subject."""
    if verb.dep_ != "advcl":
        return False
    form = verb.morph.get("VerbForm", [])
    return "Inf" in form or "Part" in form


def _purpose_governor(verb: Token) -> Token | None:
    """`a appelé le 911 afin de prêter allégeance`: the parser hangs an infinitive on the
    adverb that introduces it (`afin`, `avant`, `loin`), itself on the verb; the infinitive
    is done by that verb's subject."""
    head = verb.head
    if (
        "Inf" not in verb.morph.get("VerbForm", [])
        or head.pos_ != "ADV"
        or head.i > verb.i
        or head.head.i == head.i
        or head.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    return head.head


def _partitive_noun(obj: Token, lex: Lexicon, skip: set[int]) -> Token:
    """`a abattu un des assaillants`, `a arrêté plusieurs des manifestants`: an object that
    only counts (a pronoun, numeral or determiner the parser makes the head) stands for the
    noun it counts out of, its `de` complement."""
    if obj.pos_ not in ("PRON", "NUM", "DET") or "Dem" in obj.morph.get("PronType", []):
        return obj
    for noun in obj.children:
        if (
            noun.dep_ == "nmod"
            and noun.i > obj.i
            and noun.i not in skip
            and preposition(noun, lex) == _DE
        ):
            return noun
    return obj


def complements(head: Token, slot: str, lex: Lexicon, skip: set[int]) -> list[Token]:
    """The complements of `head` that fill `slot` (obj, iobj or a preposition).

    A prepositional complement the parser hung on the object (`signer un accord avec la
    Chine`, `fournir des armes à l'Ukraine`, `envoyer de l'aide en Libye`) counts as the
    verb's own."""
    if slot == NEEDED:
        return _needed(head, skip)
    pos = head.pos_  # (read once: tested up to eight times below)
    found = _complements(_compound_children(head), slot, lex, skip)
    if found and slot == "obj":
        found = [_partitive_noun(t, lex, skip) for t in found]
        found += _stray_objects(head, found, skip)
    if not found and slot == "obj" and (pos == "VERB" or verb_read_as_noun(head)):
        found = _article_object(head, lex, skip)  # `Robert Fico traite des journalistes de`
    if not found and slot in ("obj", "iobj") and pos == "VERB":
        # `refuse de reconnaître la RASD`, `a promis d'aider l'Ukraine`: whom the verb's
        # infinitive complement is done to
        for done in (c for c in head.children if c.dep_ == "xcomp" and c.i not in skip):
            # (not the infinitive the entry needs: `menacer de rompre ses relations avec`)
            if "Inf" in done.morph.get("VerbForm", []) and not any(
                c.dep_ in SUBJECTS for c in done.children
            ):
                found = _complements(done.children, slot, lex, skip)
                if found:
                    break
    if not found and slot not in ("obj", "iobj") and pos == "VERB":
        found = _infinitive_for_slot(head, slot, lex, skip)
    if not found and slot not in ("obj", "iobj") and pos in ("VERB", "NOUN"):
        found = _participle_read_as_slot(head, slot, skip)
    if not found and slot not in ("obj", "iobj") and pos == "NOUN":
        found = _through_participle(head, slot, lex, skip)
    if not found and slot not in ("obj", "iobj", "de", "par") and pos == "NOUN":
        found = _aimed_object(head, skip)
    if not found and slot not in ("obj", "iobj", "de", "par") and pos == "NOUN":
        # `l'attentat de l'État islamique contre Kaboul`: the parser hangs the event's
        # complement on the doer named by `de`
        for doer in (c for c in head.children if c.dep_ == "nmod" and c.i > head.i):
            if preposition(doer, lex) == "de" and doer.i not in skip:
                found = _complements(doer.children, slot, lex, skip)
                break
    if not found and slot not in ("obj", "iobj", "de") and _inside_phrasal(head):
        # `à la suite d'une mission en Inde par l'Université`: the parser hangs the
        # mission's complements on the phrasal noun `suite`
        found = _complements(
            (c for c in head.head.children if c.i > head.i), slot, lex, skip | {head.i}
        )
    if not found and slot not in ("obj", "iobj") and pos == "VERB" and replies(head):
        return _answered(head)
    if not found and slot not in ("obj", "iobj") and pos in ("VERB", "AUX"):
        for obj in (c for c in head.children if c.dep_ in _HOLDERS or _manner(c)):
            if obj.like_num and obj.pos_ in ("NUM", "PRON"):
                continue  # `se rendre en Italie du 25 au 27 janvier`: a date range, no object
            found = _complements(_with_amount_children(obj), slot, lex, skip)
            if found:
                break
    if not found and slot == _AGENT and pos == "VERB":
        found = _agent_hung_above(head, lex, skip) or _agent_hung_below(head, lex, skip)
    if not found and slot == _DE and pos == "NOUN":
        found = [a for a in _doer_adjectives(head, lex) if a.i not in skip]  # `frappes russes`
    if found and slot not in ("obj", "iobj"):
        found = [t for t in found if not _partner_adjunct(t)]
    return found


def _partner_adjunct(noun: Token) -> bool:
    """`L'armée turque, en coopération avec la coalition, a lancé l'opération`, `aux côtés
    des milices`: a bare noun of partnership names who acts with the doer, not whom the act
    aims at (`appelle à une coopération avec la Russie`, with its article, is what is asked)."""
    return fold(noun.lemma_) in _partner_nouns() and not any(c.dep_ == "det" for c in noun.children)


@cache
def _stand_in_nouns() -> frozenset[str]:
    return lang.words("event_story", "stand_in_nouns")


@cache
def _partner_nouns() -> frozenset[str]:
    return lang.words("event_story", "partner_nouns")


def _participle_read_as_slot(head: Token, slot: str, skip: set[int]) -> list[Token]:
    """`a ouvert une enquête pour corruption visant le maire`: a slot named by a participle
    (`visant`) that the parser read as a verb describing the object, or a noun inside it;
    the participle's object is the complement."""
    within = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in _HOLDERS]
    for phrase in within:
        for token in phrase.subtree:
            if token.dep_ == "acl" and token.i > phrase.i and fold(token.text) == slot:
                return [c for c in token.children if c.dep_ == "obj" and c.i not in skip]
    return []


def _infinitive_for_slot(verb: Token, slot: str, lex: Lexicon, skip: set[int]) -> list[Token]:
    """`Berlin s'est engagé à soutenir Kiev`: an infinitive introduced by the slot's own
    preposition fills the slot; whom it is done to is the complement."""
    for done in (c for c in verb.children if c.dep_ == "xcomp" and c.i not in skip):
        if (
            "Inf" in done.morph.get("VerbForm", [])
            and any(c.dep_ == "mark" and fold(c.text) == slot for c in done.children)
            and not any(c.dep_ in SUBJECTS for c in done.children)
        ):
            return _complements(done.children, "obj", lex, skip)
    return []


_ABOVE_PASSIVE = ("conj", "advcl", "xcomp")  # how a passive hangs on the verb before it

# The verb's complements the parser may hang a complement of the verb on.
_HOLDERS = ("obj", "obl:arg", "xcomp")


def _manner(adjunct: Token) -> bool:
    """`s'est entretenu par téléphone avec le président turc`: a bare noun of manner set
    between the verb and its complement (a preposition, no determiner) takes the complement
    after it in the parse; it names no one itself."""
    return (
        adjunct.dep_ == "obl:mod"
        and adjunct.pos_ == "NOUN"
        and adjunct.i > adjunct.head.i
        and any(c.dep_ == "case" for c in adjunct.children)
        and not any(c.dep_ in _NOT_BARE for c in adjunct.children)
    )


# What a bare noun of manner has none of (`contre, 69 membres du parlement` is no manner).
_NOT_BARE = ("det", "nummod", "punct", "amod")


def _with_amount_children(obj: Token) -> Iterator[Token]:
    """`a promis une aide de 500 millions d'euros aux éleveurs`: the parser hangs the
    complement set after an amount on the amount's noun; it is the object's."""
    yield from obj.children
    for amount in obj.children:
        if amount.dep_ == "nmod" and amount.i > obj.i and _an_amount(amount):
            yield from (c for c in amount.children if c.dep_ == "nmod" and c.i > amount.i)


def _an_amount(noun: Token) -> bool:
    """Is `noun` a number of something (`500 millions`, `10 000 tonnes`, `2 milliards`)?"""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _agent_hung_above(verb: Token, lex: Lexicon, skip: set[int]) -> list[Token]:
    """`ont tenté de s'approcher du président avant d'être gazés par les forces de l'ordre`:
    the parser hangs a passive's agent, set right after it, on the active verb the passive
    depends on; an active verb has no agent, so a `par` phrase of that verb after the
    passive is the passive's."""
    if verb.dep_ not in _ABOVE_PASSIVE or not any(c.dep_ == "aux:pass" for c in verb.children):
        return []
    above = verb.head
    if any(c.dep_ == "aux:pass" for c in above.children):
        return []  # a passive of its own: the phrase is its agent
    return [t for t in _complements(above.children, _AGENT, lex, skip) if t.i > verb.i]


def _agent_hung_below(verb: Token, lex: Lexicon, skip: set[int]) -> list[Token]:
    """`Navalny, arrêté dimanche par la police`, `Accusé de corruption par la justice, le
    ministre`: the parser hangs a passive participle's agent on the date or complement set
    between them; a `par` phrase hung there is the participle's agent. (Only for a bare
    participle with no agent of its own: a noun complement's own `par` phrase, `des
    frappes par des drones`, is what the frappes were made by, not who acted.)"""
    if "Part" not in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") for c in verb.children
    ):
        return []
    for child in verb.children:
        if child.dep_ in _BETWEEN_AGENT and child.i > verb.i:
            found = [
                t
                for t in _complements(child.children, _AGENT, lex, skip)
                if t.dep_ == "obl:agent" or child.dep_ == "obl:arg"
            ]
            if found:
                return found
    return []


_BETWEEN_AGENT = ("nmod", "obl:mod", "obl:arg", "obl")  # what a bare participle's agent hangs on


def _compound_children(head: Token) -> Iterator[Token]:
    """`des attentats-suicides contre les symboles du gouvernement`: the tokenizer splits a
    hyphenated compound and the parser hangs the compound's complements on its last word;
    they are the whole compound's, so the head's own children come with those of the words
    joined to it by a hyphen (only complements after the compound).

    Most words have no hyphen right after them: their own children are given as spaCy
    yields them, with no generator of ours to resume per child."""
    after = head.idx + len(head.text)
    if text_of(head.doc)[after : after + 1] != "-":
        return head.children
    return chain(head.children, _joined_parts_children(head))


def _joined_parts_children(head: Token) -> Iterator[Token]:
    """The children, after the compound, of the words joined to `head` by hyphens."""
    doc = head.doc
    end = head.i
    while (
        end + 2 < len(doc)
        and not doc[end].whitespace_
        and doc[end + 1].text == "-"
        and not doc[end + 1].whitespace_
        and doc[end + 2].is_alpha
    ):
        end += 2
    for part in doc[head.i + 1 : end + 1]:
        yield from (c for c in part.children if c.i > end)


def _needed(noun: Token, skip: set[int]) -> list[Token]:
    """`son retrait de la Cour pénale internationale`: the word a noun's entry needs (kept
    out of the other slots once matched) when the entry says it is also the target."""
    if noun.pos_ != "NOUN":
        return []
    return [t for t in noun.subtree if t.i in skip and t.i != noun.i and t.dep_ not in SUBJECTS]


def verb_read_as_noun(token: Token) -> bool:
    """`Elle juge que`, `Robert Fico traite des journalistes`: a present-tense verb the tagger
    read as a noun, known by its subject and the lack of any determiner, copula or
    preposition."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in token.children)
        and not any(c.dep_ in ("det", "cop", "case") for c in token.children)
    )


def _article_object(verb: Token, lex: Lexicon, skip: set[int]) -> list[Token]:
    """`a massacré des Yézidis`: with no object, a noun right after the verb whose only
    `preposition` is an indefinite article the parser misread is the object."""
    if any(c.dep_ == "obj" for c in verb.children):
        return []
    for child in verb.children:
        if child.i <= verb.i or child.i in skip or child.pos_ not in _NOMINAL:
            continue
        cases = [c for c in child.children if c.dep_ == "case"]
        if (
            len(cases) == 1
            and cases[0].i == verb.i + 1
            and fold(cases[0].text) in lex.articles
            and not any(c.dep_ == "det" for c in child.children)
        ):
            return [child]
    return []


def _inside_phrasal(noun: Token) -> bool:
    """Is `noun` the `de` complement of a phrasal preposition's noun (`à la suite de`)?"""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "nmod"
        and noun.head.i < noun.i
        and noun.head.pos_ == "NOUN"
        and phrasal(noun.head)
    )


def _answered(verb: Token) -> list[Token]:
    """`Jean-Luc Laurent a cherché à rétablir ... Michel Sapin a répondu que`: a reply told
    without whom it answers answers the subject of the main clause told last before it (in
    its paragraph or the one before)."""
    if any(c.dep_ == "iobj" for c in verb.children):
        return []  # `lui a répondu`: the pronoun says whom
    doc = verb.doc
    sentences = layout(doc)
    own = subjects(verb)
    first = min([verb.i, *(t.left_edge.i for t in own)])
    here = paragraph(verb)
    sentence = sentences.sentence_of(first)
    start = sentences.sentence_of(sentence - 1) if sentence > 0 else sentence
    for word in reversed(doc[start:first]):
        if paragraph(word) < here - 1:
            return []
        if "Rel" in word.morph.get("PronType", []) or impersonal(word):
            continue
        if _main_subject(word) and word.dep_ != "ROOT":
            return [word]
        if (
            word.dep_ in ("ROOT", "conj")
            and word.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in SUBJECTS for c in word.children)
            and (found := _adjacent(word, paragraph(word)))
        ):
            return found
    return []


def _through_participle(noun: Token, slot: str, lex: Lexicon, skip: set[int]) -> list[Token]:
    """`un bombardement effectué par la coalition`, `un attentat perpétré contre un hôtel`,
    `une enquête a été ouverte à son encontre par le parquet`: the complements of a past
    participle describing an event noun, or of the passive verb it is the subject of, are the
    noun's own; the agent is its doer, whatever preposition the noun's entry names it by
    (`par`, or `de` as in `l'enquête du parquet` where `de` names no target). A participle
    that is a trigger of its own (`les frappes condamnées par la France`) tells another event
    about the noun, and a noun that is the object of such a verb is only its topic."""
    if noun.dep_ in ("obj", "obl:arg") and _own_event(noun.head, lex):
        return []  # `a condamné les sanctions imposées par X`: the topic of another event
    verbs = [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and "Part" in c.morph.get("VerbForm", [])
        and "Past" in c.morph.get("Tense", [])
    ]
    if noun.dep_ == "nsubj:pass" and noun.head.pos_ == "VERB":
        verbs.append(noun.head)
    for verb in verbs:
        if _own_event(verb, lex):
            continue  # `les frappes condamnées par la France`: an event of its own about it
        if slot == "de":
            if any("de" in f.target for f in lex.nouns.get(fold(noun.lemma_), ())):
                continue  # `le bombardement de la ville`: its `de` may name the target
            found = [c for c in verb.children if c.dep_ == "obl:agent" and c.i not in skip]
        else:
            found = _complements(verb.children, slot, lex, skip)
        if found:
            return found
    return []


def _aimed_object(noun: Token, skip: set[int]) -> list[Token]:
    """`Ces attaques ont visé le palais présidentiel`, `l'attentat a frappé un marché de
    Mogadiscio`: an event noun that is the subject of an aiming verb strikes the verb's
    object; the agent of its passive strikes the passive subject (`la mosquée a été touchée
    par un attentat`); the object of an undergoing verb strikes its subject (`l'hôtel a subi
    un attentat`, `le troisième attentat que subit l'hôtel`, the subject set after the verb
    in the relative clause). For the attack's own target slots, never its doer's."""
    verb = noun.head
    found: list[Token] = []
    if verb.i != noun.i and aiming(verb):
        if noun.dep_ == "nsubj":
            found = [c for c in verb.children if c.dep_ == "obj"]
        elif noun.dep_.startswith("obl") and any(
            c.dep_ == "case" and fold(c.text) == _AGENT for c in noun.children
        ):
            found = passive_subjects(verb)
    elif verb.i != noun.i and undergoing(verb) and noun.dep_ == "obj":
        found = [c for c in verb.children if c.dep_ == "nsubj"]
    elif (victim := _victim_of(noun)) is not None:
        found = [victim]
    for relative in (c for c in noun.children if c.dep_ == "acl:relcl" and undergoing(c)):
        objects = [c for c in relative.children if c.dep_ == "obj"]
        if any(o.i < relative.i and o.pos_ in ("PRON", "SCONJ") for o in objects):
            found = [c for c in relative.children if c.dep_ == "nsubj"] or [
                o for o in objects if o.i > relative.i and o.pos_ in _NOMINAL
            ]
    return [t for t in found if t.i not in skip]


def _victim_of(noun: Token) -> Token | None:
    """`Un député a été victime d'une tentative d'assassinat`, `le ministre, cible d'une
    attaque`: an event named by the `de` complement of a word of victimhood strikes whom that
    word is said of, the subject of its copula or the noun it is set beside."""
    word = noun.head
    if (
        word.i == noun.i
        or fold(word.lemma_) not in lang.words("event_story", "victim_words")
        or preposition(noun, lexicon()) != _DE
    ):
        return None
    if any(c.dep_ == "cop" for c in word.children):
        return next((c for c in word.children if c.dep_ in SUBJECTS), None)
    if word.dep_ in _BESIDE and word.head.i < word.i and word.head.pos_ in _NOMINAL:
        return word.head
    return None


_BESIDE = ("appos", "amod", "acl")  # how a word set beside a noun hangs on it


_AGENT = "par"  # the preposition of a passive's agent
_DE = "de"  # the preposition that says whose or what a noun is


def _own_event(verb: Token, lex: Lexicon) -> bool:
    """Is the verb an event by itself, whatever its object (`condamner`, not `ouvrir` that
    needs `une enquête`)?"""
    return verb.pos_ == "VERB" and any(not f.needs for f in lex.verbs.get(fold(verb.lemma_), ()))


def bare_object(verb: Token) -> list[Token]:
    """The noun phrase right after a verb when the parser gave it no object: the small model
    often hangs a proper-noun object as `advmod`, `xcomp` or a root of its own (`a arrêté
    Evan Gershkovich`). A phrase with a preposition is a complement, not an object."""
    doc = verb.doc
    for token in doc[verb.i + 1 : verb.i + 6]:  # the parser may even start a sentence there
        if token.pos_ in ("ADV", "DET", "ADJ", "NUM") or token.dep_.startswith(("flat", "fixed")):
            continue
        if (token.pos_ in ("PROPN", "NOUN") or (token.pos_ == "X" and token.is_title)) and not any(
            c.dep_ == "case" for c in token.children
        ):
            return [token]  # (`X`: a name the tagger did not know, `Donald` Trump)
        return []
    return []


def _stray_objects(verb: Token, objects: list[Token], skip: set[int]) -> list[Token]:
    """`dénonce « la colère » et « l'hostilité » affichée par le régime`: a second object
    the parser coordinated with the verb instead of the first object."""
    if any(t.pos_ == "PROPN" for o in objects for t in o.subtree):
        return []  # the object names someone: the stray item belongs inside it
    first = min(o.i for o in objects)
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in _NOMINAL
        and c.i > first
        and c.i not in skip
        and any(g.dep_ == "cc" for g in c.children)
        and not any(g.dep_ in SUBJECTS or g.dep_ == "case" for g in c.children)
    ]


def _complements(children: Iterator[Token], slot: str, lex: Lexicon, skip: set[int]) -> list[Token]:
    found = []
    for child in children:
        if child.i in skip:
            continue
        if slot in ("obj", "iobj"):
            if child.dep_ == slot:
                found.append(child)
            continue
        prep = preposition(child, lex) if child.dep_ in OBLIQUES else None
        if prep is None and (led := _adverbial_preposition(child, lex)):
            prep, child = led  # `auprès de l'Algérie`: the parser hangs the noun on `auprès`
            if child.i in skip:
                continue
        if prep and (meant := prepositional_noun(child)):
            prep, child = meant  # `à l'encontre de Pyongyang`: `contre Pyongyang`
        if (
            prep
            and (prep == slot or prep.startswith(slot + " "))
            and not phrasal(child)
            and not voice(child)
        ):
            found.append(child)
    return found


def _adverbial_preposition(adverb: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """`s'est excusée auprès de l'Algérie`: the parser reads a preposition made of an adverb
    and `de` or `à` as an adverb with the noun under it; the two make one preposition
    (`auprès de`) introducing that noun."""
    if adverb.pos != ADV or adverb.dep_ != "advmod":
        return None  # (most words: the part of speech, an int, says so)
    for child in adverb.children:
        if child.pos_ not in (*_NOMINAL, "PRON") or child.i < adverb.i:
            continue
        cases = [c for c in child.children if c.dep_ == "case" and c.i < child.i]
        if cases and cases[0].i == adverb.i + 1 and (prep := preposition(child, lex)):
            return f"{fold(adverb.text)} {prep}", child
    return None


def possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "det" and "Yes" in child.morph.get("Poss", []):
            return child
    return None


class Resolver:
    """Turns argument tokens into actor ids, following pronouns and coordination.

    Pronouns look back to the start of the previous sentence: a singular one takes the
    nearest political actor named in subject position (else the nearest political person or
    body), a plural one the two sides of the last event coded there or a coordinated subject,
    `les deux hommes` / `les deux pays` the last two actors of that kind."""

    def __init__(self, actors: ActorIndex, quotes: list[dict] | None = None) -> None:
        self.actors = actors
        self.recent: tuple[int, list[str]] | None = None  # (offset, sides) of the last dyad
        self.quotes = sorted((q["start"], q["end"]) for q in quotes or ())
        self.quote_starts = [start for start, _ in self.quotes]
        self.speakers = {(q["start"], q["end"]): q.get("speaker") for q in quotes or ()}
        self.chain: dict[int, str | None] = {}  # subject pronoun -> what it stood for
        self.plurals: dict[int, list[str]] = {}  # plural subject pronoun -> its actors
        self.telling = False  # looking for the doer of an event told before

    def incise(self, start: int) -> tuple[int, int] | None:
        """The quote a reporting clause starting at `start` follows (`», a-t-il ajouté`)."""
        for quote in self.quotes:
            if 0 <= start - quote[1] <= _INCISE_GAP:
                return quote
        return None

    def speaker_before(self, quote: tuple[int, int]) -> list[str]:
        """`« ... », a-t-il ajouté`: he is whom the quote section gives as its speaker (`X a
        répondu qu'il se croit victime de l'administration Trump « ... » a-t-il déclaré`: X,
        not Trump), else the last person named before the quote."""
        speaker = self.speakers.get(quote)
        if (
            speaker is not None
            and speaker in self.actors.by_id
            and self.actors.kind(speaker) != "place"
        ):
            return [str(speaker)]
        for _s, _e, actor in reversed(self.actors.mentions_between(0, quote[0])):
            if self.actors.kind(actor) == "person":
                return [actor]
        return []

    def remember(self, token: Token, sides: list[str]) -> None:
        """The actors of an event just coded: what a later `ils` may stand for."""
        if len(sides) > 1:
            self.recent = (token.idx, sides)

    def resolve(self, token: Token) -> list[str]:
        ids: list[str] = []
        for head in conjuncts(token):
            for actor in self._many(head):
                if actor not in ids:
                    ids.append(actor)
        return ids

    def _many(self, token: Token) -> list[str]:
        if _plural_pronoun(token) and not (token.is_title and self._named_pronoun(token)):
            return self._plural(token)  # (`dont Ankara craint`: a name read as `ils`)
        noun = token.pos == NOUN  # (read once: tested up to four times below)
        if noun and (kinds := pair_kinds(token)) and _told_before_determiner(token):
            return self._pair(token, kinds)
        if noun and (example := self._example(token)) is not None:
            return self.resolve(example)  # `d'autres figures comme Rachida Dati ou X`
        if noun and pointed(token):
            start = self._window_start(token)
            # `des journalistes du Canard enchaîné. Les journalistes en question`
            if owner := owner_named_before(token, start, self.actors):
                return [owner]
        one = self._one(token)
        if one is None and noun:
            if listed := members(token):
                return self.resolve(listed[0])  # `certains pays, dont la France et l'Italie`
            if after := _after_colon(token):
                return self.resolve(after)  # `La cause : certains pays, dont ..., ont jugé`
            if (whole := whole_of(token)) is not None:
                return self.resolve(whole)  # `la majorité des membres de l'UA ont voté`
            if (_demonstrative(token) or _told_again(token)) and not self.telling:
                # `ont démenti ces allégations`, `a qualifié les frappes d'agression`
                self.telling = True  # the event told before may point back in turn: once
                try:
                    doers = self._told_before(token)
                    # `X a confirmé être à l'origine de ce bombardement`: not X's own target
                    governor = token.head
                    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                        governor = governor.head
                    clause = governor if governor.pos_ in ("VERB", "AUX") else None
                    told_by = subjects(clause) if clause is not None else []
                    if clause is not None:  # `les attaques ont été revendiquées par X`
                        told_by += [c for c in clause.children if c.dep_ == "obl:agent"]
                    own = {a for t in told_by if t.i != token.i for a in self.resolve(t)}
                finally:
                    self.telling = False
                return [a for a in doers if a not in own]
        if one and noun and self.actors.at(token.idx, token.idx + len(token)) is None:
            return self._listed(token, one)
        return [one] if one else []

    def _example(self, token: Token) -> Token | None:
        """`d'autres figures comme Rachida Dati ou Christian Estrosi le critiquent`: a
        common noun naming no actor itself, or a plural group (`d'autres élus`), followed by
        examples, stands for each of them (the first example; its conjuncts are the others),
        not for the last one only; `le président comme le ministre` is no list of examples."""
        for child in token.children:
            if (
                child.dep_ in _EXAMPLE_DEPS
                and child.i > token.i
                and any(
                    grand.dep_ == "case" and fold(grand.text) in _example_words()
                    for grand in child.children
                    if grand.i < child.i
                )
                and (
                    self.actors.at(token.idx, token.idx + len(token)) is None
                    or "Plur" in token.morph.get("Number", [])  # `d'autres élus comme X`
                )
                and self.actors.of_token(child) is not None
            ):
                return child
        return None

    def _listed(self, token: Token, one: str) -> list[str]:
        """`l'association des armées du Nigeria, du Cameroun, du Niger et du Tchad`: a phrase
        whose complements list several actors of one kind stands for each of them (the
        parser scatters such a list over several heads)."""
        kind = self.actors.kind(one)
        if kind not in ("country", "organization", "group"):
            return [one]
        words = [t for t in token.subtree if t.dep_ in _LIST_DEPS or t.i == token.i]
        if not any(t.dep_ == "cc" for t in words) or any(t.pos_ == "VERB" for t in token.subtree):
            return [one]
        named = [(w, self.actors.at(w.idx, w.idx + len(w))) for w in words]
        joined = next((_joined_by(w) for w, actor in named if actor == one), None)
        found: list[str] = []
        for word, actor in named:
            # `une partie du groupe socialiste à l'Assemblée et les manifestants`: an item of
            # the list is joined as the first one is; `à l'Assemblée` says where the group sits
            if (
                actor
                and self.actors.kind(actor) == kind
                and actor not in found
                and _joined_by(word) == joined
            ):
                found.append(actor)
        return found if one in found else [one]

    def _one(self, token: Token) -> str | None:
        if token.pos == PRON and token.is_title and (named := self._named_pronoun(token)):
            return named
        if _latter(token):
            return self._last_mentioned(token)
        if token.pos_ == "PRON" or (token.pos_ == "DET" and "Yes" in token.morph.get("Poss", [])):
            if "Rel" in token.morph.get("PronType", []):
                clause = token.head
                if clause.head is clause:
                    return None
                antecedent = clause.head
                if antecedent.pos_ in ("VERB", "AUX") and clause.dep_ != "acl:relcl":
                    # `a été critiqué par l'opposition, qui l'accuse de mentir`: the parser
                    # hung the relative clause on the verb; it is about the phrase before
                    antecedent = _phrase_before(token) or antecedent
                if antecedent.pos_ == "PRON" and "Rel" not in antecedent.morph.get("PronType", []):
                    # `..., lui qui endosse le bilan` (the tagger often leaves `lui` bare)
                    if {"1", "2"} & set(antecedent.morph.get("Person", [])):
                        return self._one(antecedent)
                    return self._antecedent(antecedent)
                found = self.actors.of_token(antecedent)
                if found is not None and self._setting_of_noun(antecedent, clause, found):
                    # `le dispositif militaire russe en Syrie, qui appuie le gouvernement`:
                    # the relative is about the noun, not about where it is
                    noun = antecedent.head
                    return self.actors.at(noun.idx, noun.idx + len(noun))
                return found
            if "Yes" in token.morph.get("Reflex", []) or impersonal(token):
                return None
            if token.pos_ == "PRON" and "1" in token.morph.get("Person", []):
                return self._speaker(token)
            if token.pos_ == "PRON" and "3" not in token.morph.get("Person", []):
                return None
            if token.pos == DET and (owner := _fronted_owner(token)) is not None:
                return self._one(owner)  # `Lors de sa visite à Varsovie, le chancelier a`
            return self._antecedent(token)
        found = self.actors.of_token(token)
        if found is None and token.pos == ADJ and token.dep_ == "amod":
            return self.actors.of_demonym(token)  # (a force noun's doer, `complements`)
        if found is None and token.pos == NOUN:
            # `tués par un bombardement américain`, `a condamné les frappes russes`: the
            # strike stands for whoever struck
            for adjective in _doer_adjectives(token):
                if (state := self.actors.of_demonym(adjective)) is not None:
                    return state
        if found is not None and token.pos == NOUN and self._setting(token, found):
            return None
        if found is not None and self.actors.plain_place(found) and _positioned(token):
            return None  # `s'emparant de localités à l'est d'Alep`: where, not whom
        if (
            token.pos_ in _NOMINAL
            and (kinds := anaphor_kinds(token))
            and (found is None or self.actors.plain_place(found) or self._bare(token, found))
        ):
            # `le Royaume` is no place, and the nearest country the linker may have tied the
            # noun to is not always the one meant: the one named as subject first
            return self._last_named(token, kinds) or found
        return found

    def _last_mentioned(self, token: Token) -> str | None:
        """`Emmanuel Macron a appelé Vladimir Poutine. Celui-ci a rejeté`, `ce dernier`: the
        noun phrase named last before, of the word's gender, stands for the actor it names,
        if any (`la réduction du chômage. Ce dernier s'élève à 21 %`: none); the words of its
        own clause (`a ouvert le feu sur ce dernier`: not `feu`) do not count."""
        feminine = fold(token.text) in _latter_words()[4]
        # `Ces derniers`, `ceux-ci`: the plural noun phrase named last
        plural = fold(token.text) in _latter_words()[5]
        governor = token.head
        doc = token.doc
        outside = not self.quoted(token.idx)
        for word in reversed(doc[self._window_start(token) : token.i]):
            if (
                word.pos_ not in _NOMINAL
                or word.dep_ in _INSIDE_NAME
                or word.head.i == governor.i
                or ("Plur" in word.morph.get("Number", [])) != plural
                or (outside and self.quoted(word.idx))
            ):
                continue
            gender = word.morph.get("Gender", [])
            if gender and gender != (["Fem"] if feminine else ["Masc"]):
                continue
            actor = self.actors.of_token(word)
            if actor is not None and self.actors.kind(actor) == "place":
                continue  # `a appelé Vladimir Poutine à Moscou. Celui-ci`
            return actor if actor is not None and self._referent(actor) else None
        return None

    def _setting_of_noun(self, place: Token, clause: Token, found: str) -> bool:
        """Is `place` a city or country told as where the noun it completes is (`en Syrie`,
        `à Bruxelles`), that noun agreeing in number with the relative clause's verb?"""
        noun = place.head
        if (
            place.dep_ != "nmod"
            or noun.pos != NOUN
            or self.actors.kind(found) not in ("place", "country")
            or preposition(place, lexicon()) not in _setting_prepositions()
        ):
            return False
        number = clause.morph.get("Number", [])
        return bool(number) and noun.morph.get("Number", []) == number

    def _named_pronoun(self, token: Token) -> str | None:
        """`Kiev a sollicité l'aide du FMI`: a capitalised word the tagger read as a pronoun
        that a mention of an actor covers is that actor's name, no pronoun."""
        return self.actors.at(token.idx, token.idx + len(token))

    def _setting(self, token: Token, found: str) -> bool:
        """`sont descendus dans la rue à Dakar`, `les négociations de Genève`: a city named in
        a complement of a common noun that names no actor itself is where the thing is or
        happens (a locative preposition, or `de` after an event noun), not what the phrase
        stands for (`la ville de Bakhmout` is Bakhmout); unless the noun is an event whose
        own target that preposition names (`un couvre-feu à Bangui` is imposed on Bangui)."""
        if (
            not self.actors.plain_place(found)
            or self.actors.at(token.idx, token.idx + len(token))
            # `leur ambassadeur à Moscou`, `leur ambassade à Moscou`: a post stands for its host
            or titled(token)
            or fold(token.lemma_) in lang.words("event_story", "posts")
        ):
            return False
        lex = lexicon()
        for child in token.children:
            if (
                child.dep_ == "appos"
                and child.i > token.i
                and token.doc[child.left_edge.i - 1].text == "("
                and self.actors.at(child.idx, child.idx + len(child)) == found
            ):
                return True  # `intercepter le conducteur à hauteur de Solaize (Grand Lyon)`
            if child.dep_ != "nmod" or self.actors.at(child.idx, child.idx + len(child)) != found:
                continue
            joined = preposition(child, lex)
            events = _event_senses(token, lex)
            if any(joined in f.target for f in events):
                return False
            return joined in _setting_prepositions() or (joined == _DE and bool(events))
        return False

    def _told_before(self, token: Token) -> list[str]:
        """`X a accusé l'Élysée ... L'Élysée a démenti ces allégations`: an event noun with a
        demonstrative and no one named points back to the last event of its root told in
        the sentences before; whoever did it is meant (the accuser, not the accused)."""
        lex = lexicon()
        roots = {f.code[:2] for f in lex.nouns.get(fold(token.lemma_), ())}
        if not roots:
            return []
        sentences = layout(token.doc)
        start = sentences.sentence_of(token.i)
        for _ in range(_TOLD_SENTENCES):
            start = sentences.sentence_of(start - 1) if start > 0 else start
        for earlier in reversed(token.doc[start : sentences.sentence_of(token.i)]):
            if earlier.pos_ == "VERB":
                frames = lex.verbs.get(fold(earlier.lemma_), ())
            elif earlier.pos_ == "NOUN":
                frames = lex.nouns.get(fold(earlier.lemma_), ())
            else:
                continue
            if not any(f.code[:2] in roots for f in frames):
                continue
            if earlier.pos_ == "VERB":
                agents = [c for c in earlier.children if c.dep_ == "obl:agent"]
                return self.first(agents or subjects(earlier))
            owner = possessor(earlier)
            found = self.resolve(owner) if owner is not None else []
            found = found or self.first(complements(earlier, "de", lex, set()))
            if not found and earlier.dep_ == "obj" and earlier.head.pos_ == "VERB":
                found = self.first(subjects(earlier.head))  # `X a lancé une offensive`
            return found
        return []

    def _bare(self, token: Token, actor: str) -> bool:
        """Is the actor's mention here the noun alone (`le royaume`), not a name that goes on
        past it (`le Royaume-Uni`)?"""
        end = token.idx + len(token)
        return any(
            m["start"] < end and token.idx < m["end"] <= end
            for m in self.actors.by_id[actor]["mentions"]
        )

    def _last_named(self, token: Token, kinds: set[str]) -> str | None:
        """`le groupe`, `le Royaume`: the last political actor of that kind named before, the
        one whose name holds the noun first (`la coalition`: `la coalition internationale`),
        else the one named as a subject (or agent) first among the last few: `Concernant le
        Sahara occidental, le royaume` is Morocco, named as the subject earlier, not the
        region."""
        found: list[str] = []
        # `Le ministre a annoncé que le suspect avait été arrêté`: a noun for a person stands for
        # one named in a sentence before, not for another person its own sentence names
        offset = token.sent.start_char if kinds == _PERSON else token.idx
        while (
            len(found) < _ANAPHOR_NAMED
            and (actor := self.actors.preceding(offset, kinds)) is not None
        ):
            if self._referent(actor) and actor not in found:  # `l'homme`: any person
                found.append(actor)
            offset = max(
                m["start"] for m in self.actors.by_id[actor]["mentions"] if m["start"] < offset
            )
        word = fold(token.lemma_)
        for actor in found:  # `la coalition` is `la coalition internationale` named before
            if word in fold(self.actors.by_id[actor].get("name", "")).split():
                return actor
        if found and _demonstrative(token):
            # `la vente de pétrole à la Turquie, mais ce pays a menacé`: a demonstrative
            # points to the one of its kind named last, not to the story's subject
            return found[0]
        if found and (word in _attacker_words() or word in _culprit_words()):
            # `ayant tué un passager et blessé le conducteur. [...] l'agresseur s'est rendu`:
            # the attacker is not whom the story told struck (named only as an object or a
            # complement); named so alone, the noun stands for itself
            found = [a for a in found if not self._only_undergoing(a, token)]
        found = found[:_ANAPHOR_CANDIDATES]
        for actor in found:
            mentions = [m for m in self.actors.by_id[actor]["mentions"] if m["end"] <= token.idx]
            if any(
                _in_subject(token.doc, (m["start"], m["end"], actor), agent=True) for m in mentions
            ):
                return actor
        return found[0] if found else None

    def _only_undergoing(self, actor: str, token: Token) -> bool:
        """Is every mention of the actor before `token` an object or a complement?"""
        doc = token.doc
        for m in self.actors.by_id[actor]["mentions"]:
            if m["end"] > token.idx:
                continue
            root = _mention_root(doc, (m["start"], m["end"], actor))
            if (
                root.dep_ not in _UNDERGOING
                and not _after_bare_participle(root)
                and not _struck_subject(root)
            ):
                return False
        return True

    def _speaker(self, token: Token) -> str | None:
        """`« Nous soutenons l'Ukraine », a déclaré X`: I and we, quoted, are the speaker."""
        for (start, end), speaker in self.speakers.items():
            if start <= token.idx < end:
                if speaker in self.actors.by_id:
                    return speaker
                follow = token.doc.char_span(end, min(end + 60, len(text_of(token.doc))), "expand")
                verbs = [t for t in follow or () if t.pos_ == "VERB"][:1]
                people = self.resolve(subjects(verbs[0])[0]) if verbs and subjects(verbs[0]) else []
                return people[0] if people else None
        return None

    def quoted(self, offset: int) -> bool:
        """Is the character at `offset` inside a quote?"""
        i = bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quotes[i][1]

    def _window_start(self, token: Token) -> int:
        """The first token of the sentence before `token`'s; for a word outside quotes,
        sentences said inside a quote do not count (`il explique qu'« ... ». Il en a
        profité`: the sentence before is the one that tells who spoke)."""
        sentences = layout(token.doc)
        first = sentences.sentence_of(token.i)
        start = sentences.sentence_of(first - 1) if first > 0 else first
        if self.quoted(token.idx):
            return start
        for _ in range(_QUOTED_SENTENCES):
            if start == 0 or not (
                self.quoted(token.doc[start].idx) or _wordless(token.doc, start, first)
            ):
                break
            first, start = start, sentences.sentence_of(start - 1)
        return start

    def _window(self, token: Token) -> list[tuple[int, int, str]]:
        """Mentions from the start of the previous sentence up to `token`, nearest first;
        for a word outside quotes, none said inside one (a pronoun of the narrative does not
        stand for a name the quoted speaker used)."""
        begin = token.doc[self._window_start(token)].idx
        # a name the sentence splitter cut (`Guy` | `-Brice Parfait Kolélas arrive`) counts
        # when it ends inside the window
        found = [
            m
            for m in self.actors.mentions_between(max(0, begin - _CUT_NAME), token.idx)
            if m[1] > begin
        ]
        outside = not self.quoted(token.idx)
        return [
            m
            for m in reversed(found)
            if self.actors.kind(m[2]) != "place" and not (outside and self.quoted(m[0]))
        ]

    def _antecedent(self, token: Token) -> str | None:
        """The clause subject for a possessive, else the nearest political actor or person
        named as a subject before, else the story's topic, else the last one named in the
        window; none named further back."""
        if token.pos_ == "DET":
            verb = token.head.head
            for subj in subjects(verb) if verb.i != token.head.i else []:
                if token.head.i in {t.i for t in subj.subtree}:
                    continue  # `son refus de collaborer avec X a conduit`: not X's refusal
                if subj.pos_ != "PRON" and (found := self.actors.of_token(subj)):
                    return found
                if (
                    subj.pos_ == "PRON"
                    and subj.i < token.i
                    and "Rel" not in subj.morph.get("PronType", [])
                    and (found := self._one(subj))
                ):
                    return found  # `Il a terminé en affirmant son intention`: his
        if self._stand_in_before(token):
            return None
        others = self._clause_subject(token)
        window = [
            m
            for m in self._window(token)
            if self._referent(m[2])
            and m[2] not in others
            and _agrees(token, token.doc, m[0], m[1], self.actors.kind(m[2]) == "person")
        ]
        in_subject = _head_first(
            token.doc,
            [m for m in window if _in_subject(token.doc, m, self.actors.kind(m[2]) == "person")],
        )
        if (
            token.dep_ == "obj"
            and in_subject
            and self._pursuer(in_subject[0][2])
            and (
                named := _named_object(
                    token.doc,
                    [m for m in window if self.actors.kind(m[2]) == "person"],
                    in_subject,
                )
            )
        ):
            return named
        # `Il a ajouté que Penelope Fillon travaillait pour lui. Il explique`: a subject
        # pronoun goes on with the story unless a name is the subject of a main clause
        # after it; a name in a subordinate clause does not take over
        main = [m for m in in_subject if _in_main_clause(token.doc, m)]
        chained = self._chained(token, main[0][0] if main else -1)
        if chained and chained not in others:
            return chained
        if main and _main_subject(token) and main[0][0] < token.sent.start_char:
            # `Le jeune homme est plaqué au sol [...], avant que Valls ne calme le jeu. Il a
            # été placé en garde à vue`: the subject pronoun of a main clause goes on with the
            # sentence before's main subject, not with a subject its subordinate clause names
            # (`X a révélé que Y a demandé [...] et qu'il avait été sanctionné`: Y)
            in_subject = main + [m for m in in_subject if m not in main]
        people = [m for m in window if self.actors.kind(m[2]) == "person"]
        for pool in (in_subject, people):
            if pool:
                return pool[0][2]
        if (topic := self._topic(token, others)) is not None:
            return topic
        # `Une conseillère municipale a été blessée [...] un individu l'a attaquée`: named
        # neither in the window nor as the topic of the sentences before, the pronoun stands
        # for a phrase that names no actor (here a common noun), not for whoever the article
        # named further back (the headline's `France`)
        return window[0][2] if window else None

    def _stand_in_before(self, token: Token) -> bool:
        """`Les policiers demandent à l'individu de sortir, ce qu'il fera avant de poignarder
        une policière`: a subject pronoun whose own sentence names before it, nearer than any
        actor, a definite noun for an unnamed person (`stand_in_nouns`) agreeing with it
        stands for that person, who is no actor: not for one named further back (the mayor
        quoted in the sentence before)."""
        if token.pos_ != "PRON" or token.dep_ not in ("nsubj", "nsubj:pass"):
            return False
        gender = token.morph.get("Gender", [])
        for word in reversed(token.doc[token.sent.start : token.i]):
            if self.actors.at(word.idx, word.idx + len(word)) is not None:
                return False  # an actor named nearer
            if (
                word.pos_ == "NOUN"
                and fold(word.lemma_) in _stand_in_nouns()
                and "Plur" not in word.morph.get("Number", [])
                and (not gender or word.morph.get("Gender", []) in ([], gender))
                and any("Def" in c.morph.get("Definite", []) for c in word.children)
            ):
                return True
        return False

    def _pursuer(self, actor: str) -> bool:
        """A judge, a prosecutor, the police (`pursuer_roles`): whoever they act on is the one
        the story follows next."""
        code = self.actors.by_id.get(actor, {}).get("cameo") or ""
        return code[-3:].lower() in lang.words("event_story", "pursuer_roles")

    def _topic(self, token: Token, others: set[str]) -> str | None:
        """`Il maintient ... Il a aussi ajouté que « ... » et que Penelope Fillon travaillait
        pour lui. Pour lui, « ... ». Il explique`: when the sentence before names nobody a
        pronoun may stand for, the story goes on about the subject of the main clause of the
        sentences before it (a subject pronoun there standing for what it stood for; a
        headline's name), not about whoever a subordinate clause names last."""
        doc = token.doc
        sentences = layout(doc)
        end = self._window_start(token)
        outside = not self.quoted(token.idx)
        told = 0
        for _ in range(_TOPIC_SENTENCES + _QUOTED_SENTENCES):
            if end == 0 or told == _TOPIC_SENTENCES:
                return None
            start = sentences.sentence_of(end - 1)
            words = doc[start:end]
            end = start
            if (outside and self.quoted(words[0].idx)) or _wordless(doc, start, start + len(words)):
                continue  # what a quoted speaker said does not count
            told += 1
            for word in words:
                if not _main_subject(word):
                    continue
                if word.pos_ == "PRON":
                    if not _same_pronoun(word, token) or word.i >= token.i:
                        continue
                    if word.i not in self.chain:
                        self.chain[word.i] = self._one(word)
                    found = self.chain[word.i]
                else:
                    found = self.actors.of_token(word)
                    if found is None or not _agrees(
                        token,
                        doc,
                        word.idx,
                        word.idx + len(word),
                        self.actors.kind(found) == "person",
                    ):
                        continue
                if (
                    found
                    and found not in others
                    and self._referent(found)
                    and self.actors.kind(found) != "place"
                ):
                    return found
        return None

    def _clause_subject(self, token: Token) -> set[str]:
        """`L'Empire du Milieu lui a apporté son aide`: an object pronoun that is not reflexive
        never stands for its own clause's subject."""
        if token.pos_ != "PRON" or token.dep_ not in ("obj", "iobj"):
            return set()
        # `Il dresse un bilan de son mandat, et l'accuse d'être corrompue`: nor for the
        # subject a coordinated or governed verb shares with the one before
        shared = subjects(token.head) if token.head.dep_ in SUBJECT_SHARING else []
        return {
            actor
            for subj in chain((c for c in token.head.children if c.dep_ in SUBJECTS), shared)
            # `il le met en garde`: a subject pronoun stands for someone too (not the
            # impersonal or reflexive ones, which `resolve` gives no one for)
            if subj.i != token.i
            for actor in self.resolve(subj)
        }

    def _referent(self, actor: str) -> bool:
        """Who a pronoun may stand for: a political actor or any person (`Il est soupçonné
        d'avoir tué`: the suspect, whom no title makes political, not the government named
        before; whether the event is worth coding is decided later)."""
        return self.actors.political(actor) or self.actors.kind(actor) == "person"

    def _chained(self, token: Token, named_at: int) -> str | None:
        """`Depuis des années, il défend ... en France. Il annonce son soutien`: the second
        pronoun stands for what the first subject pronoun (or anaphoric noun: `le Royaume`)
        stood for, when it is nearer than any actor named in subject position."""
        outside = not self.quoted(token.idx)
        for previous in reversed(token.doc[self._window_start(token) : token.i]):
            if previous.idx <= named_at:
                return None
            if previous.dep_ not in SUBJECTS or (outside and self.quoted(previous.idx)):
                continue
            if (
                previous.pos_ == "PRON"
                and previous.morph.get("Person", []) == ["3"]
                and previous.morph.get("Number", []) == ["Sing"]
                and (
                    token.pos_ != "PRON"
                    or not previous.morph.get("Gender", [])
                    or previous.morph.get("Gender", []) == token.morph.get("Gender", [])
                )
            ) or (previous.pos_ in _NOMINAL and anaphor_kinds(previous)):  # `le Royaume ... il`
                if previous.i not in self.chain:
                    self.chain[previous.i] = self._one(previous)
                return self.chain[previous.i]
        return None

    def _plural(self, token: Token) -> list[str]:
        """What a plural pronoun stands for, read once: when it was met, before the events
        told after it changed the last dyad coded."""
        if token.i not in self.plurals:
            self.plurals[token.i] = []  # no loop through itself
            self.plurals[token.i] = self._plural_now(token)
        return self.plurals[token.i]

    def _plural_now(self, token: Token) -> list[str]:
        """`Ils protestent ... Ils ont bloqué`: what the plural subject before stood for;
        `X et Y ont ... Ils`, `Les enseignants ont manifesté contre le ministre. Ils`: the
        subject named before, coordinated or plural; else the two sides of the last event
        coded there; else a group named in the plural, else a political body."""
        window = self._window(token)
        if went_on := self._plural_chain(token, window):
            return went_on
        plural_subject = None
        for start, end, actor in window:
            span = token.doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.root.dep_ not in SUBJECTS:
                continue
            group = [a for a in self.resolve(span.root) if self._referent(a)]
            if len(group) > 1:
                return group
            if plural_subject is None and _plural_noun(span.root):
                plural_subject = actor
        if plural_subject is not None:
            return [plural_subject]
        if self.recent and window and self.recent[0] >= window[-1][0]:
            return list(self.recent[1])
        for start, end, actor in window:  # `des milliers de personnes ont rejoint les
            # "Gilets jaunes". Ils protestent`: a group named in the plural
            span = token.doc.char_span(start, end, alignment_mode="expand")
            if (
                span is not None
                and self.actors.kind(actor) in ("group", "organization")
                and _plural_noun(span.root)
            ):
                return [actor]
        for start, end, actor in window:
            if (
                self.actors.political(actor)
                and self.actors.kind(actor) != "person"
                and _may_be_plural(token, token.doc.char_span(start, end, "expand"))
            ):
                return [actor]
        return []

    def _plural_chain(self, token: Token, window: list[tuple[int, int, str]]) -> list[str]:
        """`Ils protestent contre la hausse des prix. Ils ont bloqué les autoroutes`: a
        plural subject pronoun goes on with what the one before stood for, when no actor is
        named as a subject after it."""
        named_at = max(
            (m[0] for m in window if _in_subject(token.doc, m, self.actors.kind(m[2]) == "person")),
            default=-1,
        )
        outside = not self.quoted(token.idx)
        for previous in reversed(token.doc[self._window_start(token) : token.i]):
            if previous.idx <= named_at:
                return []
            if (
                previous.dep_ in SUBJECTS
                and previous.pos_ == "PRON"
                and _plural_pronoun(previous)
                and not (outside and self.quoted(previous.idx))
            ):
                return self._plural(previous)
        return []

    def _pair(self, token: Token, kinds: set[str]) -> list[str]:
        found: list[str] = []
        for _s, _e, actor in self._window(token):
            if self.actors.kind(actor) in kinds and actor not in found:
                found.append(actor)
            if len(found) == 2:
                if titled(token):  # `ces deux candidats d'opposition`: political by the title
                    for actor in found:
                        self.actors.entitle(actor)
                return found[::-1]
        return []

    def first(self, tokens: list[Token]) -> list[str]:
        for token in tokens:
            if ids := self.resolve(token):
                return ids
        return []

    def inside(self, tokens: list[Token], besides: Iterable[str] = ()) -> list[str]:
        """The first political actor named inside a phrase that names none itself
        (`a dénoncé un acte odieux du régime syrien`, `une résolution proposée par la
        Russie`): whom the phrase is about. Actors in `besides` (the event's doer: `son refus
        de collaboration avec le Conseil`, where `son` comes first) are passed over."""
        others = set(besides)
        lex = lexicon()
        for token in tokens:
            struck = _struck_slots(token, lex)
            queue = [
                c
                for c in token.children
                if c.dep_ in _ABOUT and not (struck and preposition(c, lex) in struck)
            ]
            queue += _relative_doers(token)
            while queue:
                child = queue.pop(0)
                if voice(child):
                    continue  # `l'attaque par la voix de son ministre`: who spoke
                if child.dep_ == "det" and self._own(child, token):
                    continue  # `a critiqué ses détracteurs`: the subject's own, not whom
                ids = [
                    a for a in self.resolve(child) if self.actors.political(a) and a not in others
                ]
                if (
                    not ids
                    and child.dep_ == "amod"
                    and self.actors.at(child.head.idx, child.head.idx + len(child.head)) is None
                    and (owner := self.actors.of_demonym(child))
                ):
                    # `a critiqué l'essai nucléaire nord-coréen`: the state the adjective names
                    # (not in a phrase that names an actor: `le gouvernement français`)
                    ids = [owner] if owner not in others else []
                if ids and self.actors.kind(ids[0]) != "place":
                    return ids
                # (`le budget proposé pour 2019 de l'Italie`: the parser hangs the owner on a
                # date, which owns nothing)
                queue.extend(
                    c
                    for c in child.children
                    if c.dep_ in _ABOUT or (c.dep_.startswith("obl") and c.like_num)
                )
        return []

    def _own(self, determiner: Token, phrase: Token) -> bool:
        """Is a possessive inside a complement the clause subject's own (`X a rencontré ses
        partisans`, `a critiqué ses détracteurs`)? The phrase is then about those people,
        whom the record names or not, never about the subject himself."""
        if "Yes" not in determiner.morph.get("Poss", []):
            return False
        verb = phrase.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == phrase.i:
            return False
        own = {a for t in subjects(verb) if t.i != determiner.i for a in self.resolve(t)}
        return bool(own) and set(self.resolve(determiner)) <= own


# Dependencies inside a noun phrase that may carry the items of a list of complements.
_LIST_DEPS = {"nmod", "conj", "cc", "case", "det", "punct", "flat:name", "amod", "appos"}
_INSIDE_NAME = ("flat:name", "flat", "compound", "fixed")  # words after a name's first
_EXAMPLE_DEPS = ("nmod", "appos")  # how the parser hangs `comme X` on the noun before
_CUT_NAME = 40  # characters a name cut by the sentence splitter may reach back
_INCISE_GAP = 5  # characters between a quote's last word and its reporting verb ("», a")
# Paths inside a noun phrase that lead to whom it is about.
_ABOUT = {"nmod", "acl", "obl:agent", "appos", "det", "amod"}


def _struck_slots(noun: Token, lex: Lexicon) -> frozenset[str]:
    """`a condamné cet attentat contre le ministre`: the prepositions by which a violent event
    noun names whom it struck (its target slots that name no doer); the victim is that
    event's side, not whom a phrase about the event aims at (its doer)."""
    frames = _event_senses(noun, lex)
    if not frames or any(f.code[:2] < _VIOLENCE for f in frames):
        return frozenset()
    return frozenset(p for f in frames for p in f.target if p not in f.source)


_VIOLENCE = "18"  # roots from here on: assault, fight, mass violence


def _doer_adjectives(noun: Token, lex: Lexicon | None = None) -> list[Token]:
    """`les frappes aériennes russes`, `un raid israélien`, `l'offensive turque`: the
    adjectives after a noun of force or violence (and no other sense), one of which may name
    the state that used it. On nouns of other roots such an adjective tells a topic as often
    as a doer (`l'annonce européenne`, `la capitale éthiopienne`): no side there."""
    adjectives = [c for c in noun.children if c.dep_ == "amod" and c.pos == ADJ and c.i > noun.i]
    if not adjectives:
        return []
    frames = _event_senses(noun, lex or lexicon())
    if not frames or any(f.code[:2] not in _force_roots() for f in frames):
        return []
    return adjectives


@cache
def _force_roots() -> frozenset[str]:
    return lang.words("event_story", "doer_adjective_roots")


def _event_senses(noun: Token, lex: Lexicon) -> list[Frame]:
    """The senses of a noun that make it an event by itself, not those that need a word
    (`marche` is no `marché`)."""
    return [f for f in lex.nouns.get(fold(noun.lemma_), ()) if not f.needs]


def _relative_doers(noun: Token) -> list[Token]:
    """`s'est félicité des possibilités qu'offre l'alliance`, `a salué les efforts qu'a
    déployés la France`: the subject of a relative clause whose relative pronoun is its
    object says whose the thing the noun names is (read after the noun's own complements).
    The parser often labels a subject set after the verb a second object. Not the subject of
    an undergoing verb (`l'attentat qu'a subi l'hôtel`): whom the thing struck."""
    found = []
    for clause in noun.children:
        if (
            clause.dep_ != "acl:relcl"
            or undergoing(clause)
            or not any(
                c.i < clause.i
                and c.dep_ in _OBJECT_RELATIVE
                and "Rel" in c.morph.get("PronType", [])
                for c in clause.children
            )
        ):
            continue
        named = [c for c in clause.children if c.pos_ in _NOMINAL]
        found += [c for c in named if c.dep_ == "nsubj"] or [
            c for c in named if c.dep_ == "obj" and c.i > clause.i
        ]
    return found


# How the parser labels an object relative pronoun (`que`; `dep` where it could not place it).
_OBJECT_RELATIVE = ("obj", "dep")


def _positioned(token: Token) -> bool:
    """`à l'est d'Alep`, `au sud de la ville`, `à hauteur de Solaize`: is the phrase a place
    told after a noun that places something by it (the noun itself, or the one before its
    preposition when the parser hung the place on the verb)?"""
    if fold(token.lemma_) in _position_nouns():
        return True
    before = token.i - 1
    while before >= 0 and token.doc[before].dep_ == "det" and token.doc[before].head.i == token.i:
        before -= 1
    if before < 1 or token.doc[before].dep_ != "case" or token.doc[before].head.i != token.i:
        return False
    return fold(token.doc[before - 1].lemma_) in _position_nouns()


@cache
def _position_nouns() -> frozenset[str]:
    return lang.words("event_story", "position_nouns")


def _phrase_before(relative: Token) -> Token | None:
    """The head of the noun phrase that ends right before a relative pronoun (a comma
    between them allowed): `l'opposition, qui`, `Alexeï Navalny, qui`."""
    before = relative.i - 1
    if before >= 0 and relative.doc[before].text == ",":
        before -= 1
    if before < 0:
        return None
    word = relative.doc[before]
    while word.dep_ in ("flat:name", "flat", "amod") and word.head.i < word.i:
        word = word.head
    return word if word.pos_ in _NOMINAL else None


def _latter(token: Token) -> bool:
    """`celui-ci`, `celle-ci` (the tagger cuts them in three: `Celui` `-` `ci`), `ce
    dernier`, `cette dernière`: a word that points to the one named last."""
    word = fold(token.text)
    if token.pos_ in ("PRON", "PROPN", "NOUN", "X") and word in _latter_words()[0]:
        return True
    if word in _latter_words()[1] and token.i + 2 < len(token.doc):
        return (
            token.doc[token.i + 1].text in _HYPHENS
            and fold(token.doc[token.i + 2].text) in (_latter_words()[2])
        )
    return word in _latter_words()[3] and any(
        c.dep_ == "det" and "Dem" in c.morph.get("PronType", []) for c in token.children
    )


@cache
def _latter_words() -> tuple[frozenset[str], ...]:
    """(whole pronouns, their first and last parts, adjectives after a demonstrative, the
    feminine ones and their first parts, the plural ones and their first parts)."""
    pronouns = lang.words("event_story", "latter_pronouns")
    parts = [p.split("-") for p in pronouns if "-" in p]
    feminine = lang.words("event_story", "latter_feminine")
    plural = {w for w in pronouns | lang.words("event_story", "latter_adjectives") if _plural(w)}
    return (
        pronouns,
        frozenset(p[0] for p in parts),
        frozenset(p[-1] for p in parts),
        lang.words("event_story", "latter_adjectives"),
        feminine | frozenset(f.split("-")[0] for f in feminine),
        frozenset(plural | {p.split("-")[0] for p in plural if "-" in p}),
    )


def _plural(word: str) -> bool:
    """`derniers`, `ceux-ci`, `celles-ci` (the written plural of the latter words)."""
    head = word.split("-")[0]
    return head.endswith("s") or head.endswith("x")


def _after_bare_participle(subject: Token) -> bool:
    """`ayant tué un passager et blessé le conducteur`: a bare past participle has no subject
    after it; the parser's one there is its object."""
    verb = subject.head
    return (
        subject.dep_ in SUBJECTS
        and subject.i > verb.i
        and "Part" in verb.morph.get("VerbForm", [])
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )


_PERSON = {"person"}
# Where a person named is acted on or only mentioned (`a blessé le conducteur`, `à Paul`).
_UNDERGOING = {"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"}


def _struck_subject(root: Token) -> bool:
    """`Un policier a été poignardé. L'individu [...] a été arrêté`: the subject of a
    passive of violence underwent it, as an object does (only violent senses: `Le suspect a
    été arrêté. L'agresseur` may be the one arrested)."""
    if root.dep_ != "nsubj:pass":
        return False
    frames = lexicon().verbs.get(fold(root.head.lemma_)) or ()
    return bool(frames) and all(f.code[:2] >= _VIOLENCE for f in frames)


@cache
def _attacker_words() -> frozenset[str]:
    return lang.words("event_story", "attacker_nouns")


@cache
def _culprit_words() -> frozenset[str]:
    return lang.words("event_story", "culprit_nouns")


@cache
def _example_words() -> frozenset[str]:
    return lang.words("event_story", "example_words")


def _joined_by(word: Token) -> tuple[str, ...]:
    """The prepositions (lemmas) that join a noun to its phrase: `du Cameroun` -> ("de",)."""
    return tuple(c.lemma_.lower() for c in word.children if c.dep_ == "case" and c.i < word.i)


def _told_again(token: Token) -> bool:
    """`La télévision syrienne a qualifié les frappes d'« agression »`: an event noun with
    a definite determiner, the object of a verb, naming no one (no possessive, no complement
    with a preposition but `de`, no adjective), is the event told before."""
    if token.dep_ not in ("obj", "nsubj:pass") or token.head.pos_ != "VERB":
        return False
    determiners = [c for c in token.children if c.dep_ == "det"]
    if not determiners or not all(
        "Def" in c.morph.get("Definite", []) and "Yes" not in c.morph.get("Poss", [])
        for c in determiners
    ):
        return False
    return not any(c.dep_ in ("nmod", "amod", "acl", "appos") for c in token.children)


def _told_before_determiner(noun: Token) -> bool:
    """`les deux hommes`, `ces deux pays`: a definite or demonstrative determiner (no
    possessive) points back at actors named before; `deux hommes`, `ses deux fils` do not."""
    determiners = [c for c in noun.children if c.dep_ == "det"]
    return bool(determiners) and all(
        ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
        and "Yes" not in c.morph.get("Poss", [])
        for c in determiners
    )


def _demonstrative(token: Token) -> bool:
    """`ces allégations`, `cette attaque`: a noun with a demonstrative determiner."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType", []) for c in token.children)


_QUOTED_SENTENCES = 8  # quoted sentences a pronoun's window may reach back over
_TOPIC_SENTENCES = 3  # sentences before the window where a pronoun's topic may be named
_TOLD_SENTENCES = 3  # sentences before a demonstrative event noun where its event may be told


def _after_colon(token: Token) -> Token | None:
    """`La cause : certains pays ... ont jugé`: a label before a colon is no subject; the
    phrase after the colon, hung on it, is."""
    for child in token.children:
        if (
            child.i > token.i
            and child.dep_ in ("nmod", "appos")
            and child.pos_ in _NOMINAL
            and not any(c.dep_ == "case" for c in child.children)
            and any(t.text == ":" for t in token.doc[token.i + 1 : child.i])
        ):
            return child
    return None


def _wordless(doc: Doc, start: int, end: int) -> bool:
    """A `sentence` of punctuation and blanks only (`».`, a paragraph break)."""
    return all(t.is_punct or t.is_space for t in doc[start:end])


def _may_be_plural(pronoun: Token, span: Span | None) -> bool:
    """Can `ils`/`elles` stand for the body named by `span`? A name can (`les États-Unis`,
    `Pékin`), and so can a plural noun of its gender; a singular common noun cannot (`Le
    parquet fédéral confirme ... Elles ont fait 34 morts`)."""
    if span is None or span.root.pos_ != "NOUN":
        return True
    root = span.root
    if "Sing" in root.morph.get("Number", []):
        return False
    gender, wanted = _gender(root), pronoun.morph.get("Gender", [])
    return not gender or not wanted or gender == wanted


def _plural_noun(token: Token) -> bool:
    """`les enseignants`; `les États-Unis`, `les Philippines`: a name is plural by its article
    (the tagger gives proper nouns no number of their own)."""
    if token.pos_ == "PROPN":
        return any(c.dep_ == "det" and "Plur" in c.morph.get("Number", []) for c in token.children)
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", [])


def _main_subject(word: Token) -> bool:
    """The subject of a sentence's main clause (or of a verb coordinated with it), or the
    name a headline without a verb is about."""
    head = word.head
    if word.dep_ == "ROOT":
        return word.pos_ == "PROPN" and not any(t.pos_ == "VERB" for t in word.sent)
    if word.dep_ not in SUBJECTS or "Rel" in word.morph.get("PronType", []):
        return False
    if head.dep_ == "conj":
        head = head.head
    return head.dep_ == "ROOT"


def _same_pronoun(earlier: Token, pronoun: Token) -> bool:
    """Can `earlier`, a subject pronoun, be the one `pronoun` goes on from (3rd person
    singular, the same gender when both have one)?"""
    morph = earlier.morph
    if morph.get("Person", []) != ["3"] or morph.get("Number", []) != ["Sing"]:
        return False
    mine = pronoun.morph.get("Gender", []) if pronoun.pos_ == "PRON" else []
    return not mine or not morph.get("Gender", []) or morph.get("Gender", []) == mine


def _plural_pronoun(token: Token) -> bool:
    if token.pos not in (PRON, DET):
        return False  # (most words: no morphology read)
    morph = token.morph
    if "Rel" in morph.get("PronType", []) or "Yes" in morph.get("Reflex", []):
        return False
    if token.pos_ == "PRON":
        return "3" in morph.get("Person", []) and "Plur" in morph.get("Number", [])
    return token.pos_ == "DET" and "Plur" in morph.get("Number[psor]", [])


def _agrees(pronoun: Token, doc: Doc, start: int, end: int, person: bool = True) -> bool:
    """Can a singular pronoun stand for the mention at [start, end)? `Elle annoncera sa
    candidature` is not about `Les Républicains`: number must agree, and gender too when the
    mention is headed by a common noun or names no person (`Il` is not `la Belgique`; the
    tagger's gender for people's names is not reliable)."""
    if pronoun.pos_ != "PRON" or "Sing" not in pronoun.morph.get("Number", []):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if "Plur" in root.morph.get("Number", []):
        return False
    gender, wanted = _gender(root), pronoun.morph.get("Gender", [])
    return (root.pos_ != "NOUN" and person) or not gender or not wanted or gender == wanted


def _gender(noun: Token) -> list[str]:
    """A noun's gender, its determiner's first: `la député`, `la ministre` (a noun for a
    person of either gender takes the determiner's)."""
    for child in noun.children:
        if child.dep_ == "det" and (gender := child.morph.get("Gender", [])):
            return gender
    return noun.morph.get("Gender", [])


def _in_main_clause(doc: Doc, mention: tuple[int, int, str]) -> bool:
    """Is the mention (or the phrase it is in) the subject of a sentence's main clause?"""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("appos", "flat:name", "nmod", "conj") and root.head.i != root.i:
        root = root.head
    return _main_subject(root) or root.dep_ not in SUBJECTS


def _in_subject(
    doc: Doc, mention: tuple[int, int, str], person: bool = False, agent: bool = False
) -> bool:
    """Is the mention the subject of its clause, or inside the subject phrase? A person in a
    complement is not (`Benoît Hamon, ancien ministre de François Hollande, a marqué`); a
    phrase stranded at the start of a paragraph is."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    climb = ("appos", "flat:name", "conj") if person else ("appos", "flat:name", "nmod", "conj")
    while root.dep_ in climb and root.head.i != root.i:
        root = root.head
    if root.dep_ in SUBJECTS or (agent and root.dep_ == "obl:agent"):
        return True
    starts = layout(doc).paragraph_starts
    here = paragraph(root)
    return (
        root.pos_ in _NOMINAL
        and here > 0
        and paragraph(root.head) != here
        and not any(c.dep_ == "case" for c in root.children)
        and root.i - starts[here - 1] < _OPENING
    )


_OPENING = 3  # words before a stranded phrase's head at a paragraph's start ("Le président X")


def _named_object(
    doc: Doc, people: list[tuple[int, int, str]], in_subject: list[tuple[int, int, str]]
) -> str | None:
    """`Le juge a entendu Nicolas Sarkozy. Le parquet l'a mis en examen`: an object pronoun
    after a clause whose subject is a common noun of a pursuer (`le juge`, `la police`) and
    whose object is a person called by name stands for that person, whom the story follows
    (a named subject, `Emmanuel Macron a reçu X. Les syndicats l'ont critiqué`, or another
    one, `Le Premier ministre a reçu X`, keeps the pronoun)."""
    if not in_subject:
        return None
    subject = _mention_root(doc, in_subject[0])
    if subject.pos_ == "PROPN":
        return None
    verb = subject.head
    for mention in people:
        root = _mention_root(doc, mention)
        if root.dep_ == "obj" and root.pos_ == "PROPN" and root.head.i == verb.i:
            return mention[2]
    return None


def _mention_root(doc: Doc, mention: tuple[int, int, str]) -> Token:
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    root = span.root if span is not None else doc[0]
    while root.dep_ in ("appos", "flat:name") and root.head.i != root.i:
        root = root.head
    return root


def _head_first(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`François Bayrou, président du Mouvement démocrate, renonce. Il a annoncé`: of the
    actors inside one subject phrase, nearest first, the phrase's head (or a name set in
    apposition to it) comes before an actor its complement names."""
    if len(found) < 2:
        return found
    first = doc.char_span(found[0][0], found[0][1], alignment_mode="expand")
    if first is None:
        return found
    word, complement = first.root, False
    while word.dep_ in ("appos", "flat:name", "nmod", "conj") and word.head.i != word.i:
        complement = complement or word.dep_ == "nmod"
        word = word.head
    if not complement:
        return found
    for k, mention in enumerate(found[1:], 1):
        span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if span is None or span.root.i not in {t.i for t in word.subtree}:
            continue
        other = span.root
        while other.dep_ in ("appos", "flat:name", "conj") and other.head.i != other.i:
            other = other.head
        if other.i == word.i:
            return [mention, *found[:k], *found[k + 1 :]]
    return found


# Paths from a trigger's complement to the word its entry needs ("la moitié du personnel").
_NEEDS_INSIDE = ("nmod", "amod", "fixed", "flat", "obl:arg")


def needs_met(
    frame: Frame,
    token: Token,
    lex: Lexicon,
    used: set[int],
    near: list[Token] | None = None,
    keys: list[tuple[str, ...]] | None = None,
) -> bool:
    """Does the trigger have the object (verb) or complement (noun) its entry requires? A
    passive subject is that object only for an entry whose target is the object (the coder
    takes the passive subject for the target): `les otages étaient détenus par X`.

    `near` is `needed_near(token)` and `keys` its `near_keys` when the caller tries several
    entries of one token (read once per token, not per entry)."""
    if not frame.needs:
        return True
    if near is None:
        near = needed_near(token)
    if keys is None:
        keys = near_keys(near)
    for words in frame.needs:
        # (the words that may be the entry's first word, picked out in one pass)
        named = [child for child, its_keys in zip(near, keys, strict=True) if words[0] in its_keys]
        for child in named:
            if _under_subject(child, token) and (
                child.dep_ not in SUBJECTS or not frame.target or frame.target[0] != "obj"
            ):
                # `l'ambassadeur en Russie est rappelé`, `un attentat a été perpétré contre un
                # hôtel`, `le double attentat a été revendiqué`: the subject is not what the
                # act is done to (the event noun tells its own event), nor a word inside it
                continue
            rest = {fold(t.lemma_) for t in child.subtree} | {fold(t.text) for t in child.subtree}
            if all(w in rest for w in words[1:]):
                used.add(child.i)
                return True
            split = _split_need(child, token, words[1:], rest)
            if split is not None:
                used.update((child.i, split.i))
                return True
    return False


def _split_need(obj: Token, verb: Token, words: tuple[str, ...], rest: set[str]) -> Token | None:
    """`fait l'objet d'une enquête du parquet`: the parser hangs the complement of the needed
    object on the verb (faire -> obj `objet`, obl:arg `enquête`); the words the object lacks
    may head the verb's complement right after it. That complement, where the doer is named."""
    if obj.dep_ != "obj" or obj.head.i != verb.i:
        return None
    for other in verb.rights:
        if other.i > obj.i and other.dep_ in ("obl:arg", "obl"):
            heads = rest | set(_word_keys(other))
            return other if all(w in heads for w in words) else None
    return None


def needed_near(token: Token) -> list[Token]:
    """Where a required object or complement may be: the trigger's dependents (no subject,
    but the subject of a passive: `les otages étaient détenus par X`, `le décret a été bloqué
    par le juge`, `vient d'être bloqué`) and two layers of their noun complements (`a rappelé
    la moitié du personnel de son ambassade`)."""
    near = [c for c in token.children if c.dep_ not in SUBJECTS]
    near += passive_subjects(token)
    layer = list(near)
    for _ in range(2):
        layer = [g for c in layer for g in c.children if g.dep_ in _NEEDS_INSIDE]
        near.extend(layer)
    return near


def near_keys(near: list[Token]) -> list[tuple[str, ...]]:
    """The entry words each of `needed_near`'s words may be (see `_word_keys`)."""
    return [_word_keys(child) for child in near]


def _under_subject(word: Token, verb: Token) -> bool:
    """Is `word` the verb's (passive) subject or inside it (`le double attentat`)?"""
    node = word
    while node.dep_ not in SUBJECTS:
        if node.head.i in (verb.i, node.i):
            return False
        node = node.head
    return True


def passive_subjects(verb: Token) -> list[Token]:
    """The subject of a verb in the passive (`être` + participle; `ont accusé` with a subject
    the parser labelled `nsubj:pass` is active), or of the passive infinitive it governs
    (`vient d'être bloquée`: the subject is the governing verb's)."""
    if verb.pos != VERB or not any(c.dep_ == "aux:pass" for c in verb.children):
        return []
    here = paragraph(verb)  # (a headline the parser glued to the body is not its subject)
    own = [c for c in verb.children if c.dep_ == "nsubj:pass" and paragraph(c) == here]
    if own or any(c.dep_ in SUBJECTS for c in verb.children) or verb.dep_ != "xcomp":
        return own
    return [
        c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and paragraph(c) == here
    ]


def _word_keys(token: Token) -> tuple[str, ...]:
    """The (folded) entry words `token` may be: an adjective or participle by its lemma only,
    as its form, accents folded, may spell a noun (`policiers armés` is no `armes`)."""
    if token.pos in (ADJ, VERB):
        return (fold(token.lemma_),)
    return (fold(token.lemma_), fold(token.text))


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object or complement of (`a annulé sa visite`)."""
    head = noun.head
    while head.i != noun.i and head.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nmod", "conj"):
        noun, head = head, head.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def walk_up(token: Token) -> Iterator[Token]:
    """The trigger and the verbs that govern it (`doit se rendre`), nearest first.

    Reported clauses (ccomp) and coordinated verbs keep their own modality."""
    seen = token
    yield seen
    while seen.head.i != seen.i and (
        seen.dep_ in ("xcomp", "obj", "obl:arg")
        or (seen.dep_ == "advcl" and "Inf" in seen.morph.get("VerbForm", []))
    ):
        seen = seen.head
        yield seen

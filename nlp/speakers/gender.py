"""What shows a person's gender, so `he` and `she` can skip people of the other one: a title
(`Mr`, `Baroness`), a gendered noun beside the name (`actress Jane Doe`, `Jane Doe, the Leeds
woman who …`), or the noun an unnamed speaker is described by (`a spokeswoman for …`). First
names are read in `nlp/text/first_names.py`.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.lexicon import active


def described_person(entity: str) -> str | None:
    """The noun an unnamed speaker's description gives one person by (`u:a spokesman for
    the firm`: `spokesman`), so `he said` after its quote is that spokesman's; None for a body
    (`the firm`), several people (`officials`) or a named entity."""
    lex = active()
    if not entity.startswith("u:"):
        return None
    people = lex.source_nouns | lex.person_descriptions | lex.male_nouns | lex.female_nouns
    bodies = lex.group_nouns | lex.body_source_nouns
    noun = next((w for w in entity[2:].split(" ") if w in people or w in bodies), None)
    return None if noun is None or noun in bodies else noun


def described_gender(entity: str) -> str | None:
    """`m` or `f` when an unnamed speaker's description says it (`a spokeswoman for …`)."""
    lex = active()
    noun = described_person(entity)
    return "m" if noun in lex.male_nouns else "f" if noun in lex.female_nouns else None


def title_gender(first: Token) -> str | None:
    """`m` or `f` when a title opens the name or stands before it (`Mr`, `Baroness`)."""
    lex = active()
    before = [first.doc[first.i - 1]] if first.i > 0 else []
    titles = {t.lower_.rstrip(".") for t in before + [first]}
    return "m" if titles & lex.male_titles else "f" if titles & lex.female_titles else None


def noun_gender(first: Token, head: Token) -> str | None:
    """`m` or `f` when a gendered noun stands right before the name or in apposition to it
    (`actress Jane Doe`, `Jane Doe, the Leeds woman who …`), but not one of someone else
    (`Doe's son, Tom,`, `Doe, whose husband, …`)."""
    lex = active()
    doc = first.doc
    nouns = [doc[first.i - 1]] if first.i > 0 and doc[first.i - 1].pos_ == "NOUN" else []
    after = doc[head.i + 1].text if head.i + 1 < len(doc) else ""
    if after not in ("'s", "’s", "'", "’"):
        nouns += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
    lemmas = {t.lemma_.lower() for t in nouns
              if not any(c.lower_ == "whose" for c in t.children)}
    male, female = bool(lemmas & lex.male_nouns), bool(lemmas & lex.female_nouns)
    return None if male == female else "m" if male else "f"

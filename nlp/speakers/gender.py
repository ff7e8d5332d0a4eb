"""What shows a person's gender, so `he` and `she` can skip people of the other one: a title
(`Mr`, `Baroness`), a gendered noun beside the name (`actress Jane Doe`, `Jane Doe, the Leeds
woman who …`), or the noun an unnamed speaker is described by (`a spokeswoman for …`). First
names are read in `nlp/text/first_names.py`.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.lexicon import active


def anonymous_person(description: str) -> str | None:
    """The noun an unnamed speaker's description gives one person by, when the article
    withholds that person's name (`a spokesman for the firm`, `the Ofcom spokesman`: so `he
    said` after the quote is that spokesman's); None for a body (`the firm`), several people
    (`officials`) or a definite role (`the minister`) that mostly recalls someone named."""
    lex = active()
    words = description.lower().split()
    people = lex.source_nouns | lex.person_descriptions | lex.male_nouns | lex.female_nouns
    bodies = lex.group_nouns | lex.body_source_nouns
    noun = next((w for w in words if w in people or w in bodies), None)
    if noun is None or noun in bodies:
        return None
    return noun if words[0] in ("a", "an") or noun in lex.anonymous_source_nouns else None


def noun_of_gender(noun: str) -> str | None:
    """`m` or `f` for a noun that says it (`spokeswoman`)."""
    lex = active()
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
    doc = first.doc
    nouns = [doc[first.i - 1]] if first.i > 0 and doc[first.i - 1].pos_ == "NOUN" else []
    after = doc[head.i + 1].text if head.i + 1 < len(doc) else ""
    if after not in ("'s", "’s", "'", "’"):
        nouns += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
    genders = {noun_of_gender(t.lemma_.lower()) for t in nouns
               if not any(c.lower_ == "whose" for c in t.children)} - {None}
    return genders.pop() if len(genders) == 1 else None

"""Turn the components' Doc annotations into the public `Analysis` records."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.records.doc import ATTRIBUTIONS, DESCRIPTORS, ENTITIES, QUOTES, Descriptor
from nlp.records.results import Affiliation, Analysis, ArticleSpeaker, Quote, Speaker, TextSpan
from nlp.tokenization import source_text


def _span(text: str, offsets: tuple[int, int] | None) -> TextSpan | None:
    return None if offsets is None else TextSpan(text[offsets[0]:offsets[1]], *offsets)


def to_analysis(doc: Doc) -> Analysis:
    """Speech segments become quotes; entities that speak become the article's speakers."""
    text = source_text(doc)
    entities = {e.key: e for e in doc._.get(ENTITIES) or []}
    descriptors: dict[str, Descriptor] = doc._.get(DESCRIPTORS) or {}
    quotes = []
    counts: dict[str, int] = {}
    for seg, att in zip(doc._.get(QUOTES) or [], doc._.get(ATTRIBUTIONS) or []):
        if not seg.is_speech:
            continue
        speaker = None
        ent = entities.get(att.entity) if att.entity else None
        if ent is not None:
            desc = descriptors.get(ent.key, Descriptor())
            role = desc.roles[0][0] if desc.roles else None
            aff = desc.affiliations[0] if desc.affiliations else None
            speaker = Speaker(
                name=ent.name, kind=ent.kind, descriptor=ent.descriptor, role=role,
                affiliation=aff[0] if aff else None, affiliation_short=aff[1] if aff else None,
                mention=_span(text, att.mention), key=ent.key,
            )
            counts[ent.key] = counts.get(ent.key, 0) + 1
        quotes.append(Quote(text[seg.start:seg.end], seg.start, seg.end, speaker,
                            _span(text, att.cue), att.method, round(att.confidence, 3)))
    speakers = []
    for key, ent in entities.items():
        if key not in counts:
            continue
        desc = descriptors.get(key, Descriptor())
        speakers.append(ArticleSpeaker(
            key=key, name=ent.name, kind=ent.kind, descriptor=ent.descriptor,
            roles=tuple(dict.fromkeys(r for r, _ in desc.roles)),
            affiliations=tuple(dict.fromkeys(Affiliation(n, s) for n, s, _ in desc.affiliations)),
            mentions=tuple(_span(text, m) for m in ent.mentions),
            evidence=tuple(_span(text, o) for *_, o in desc.roles + desc.affiliations),
            quote_count=counts[key],
        ))
    return Analysis(tuple(quotes), tuple(speakers))

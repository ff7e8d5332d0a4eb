"""Speaker attribution (placeholder: nearest PERSON entity in the paragraph)."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.annotations import Attribution, QuoteSegment, SpeakerEntity


def attribute(doc: Doc, quotes: list[QuoteSegment]) -> tuple[list[SpeakerEntity], list[Attribution]]:
    """One attribution per quote segment, aligned by index."""
    entities: dict[str, SpeakerEntity] = {}
    attributions = []
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for q in quotes:
        near = [e for e in people if not (q.start <= e.start_char < q.end)]
        if not near or not q.is_speech:
            attributions.append(Attribution(None, None, None, "none", 0.0))
            continue
        e = min(near, key=lambda e: min(abs(e.start_char - q.end), abs(e.end_char - q.start)))
        ent = entities.setdefault(e.text, SpeakerEntity(f"s{len(entities) + 1}", e.text, "person"))
        ent.mentions.append((e.start_char, e.end_char))
        attributions.append(Attribution(ent.key, (e.start_char, e.end_char), None, "nearest_person", 0.3))
    return list(entities.values()), attributions

"""Stage 3: a source token as a speaker: its mention, the name it stands for, the person a
pronoun or description recalls, and the article's speaker entities."""

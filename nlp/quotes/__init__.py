"""Stage 1: the quoted segments of the raw text, and whether each reports speech."""

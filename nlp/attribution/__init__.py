"""Stage 4: who said each quote (a cue's source, or the context's speaker), by which method and
how sure."""

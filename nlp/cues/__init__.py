"""Stage 2: a quote's cue (`said`, `according to`) and the token its source hangs from."""

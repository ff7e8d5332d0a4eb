"""Stage 5: the roles and affiliations of each speaker, read around all of its mentions."""

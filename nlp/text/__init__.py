"""Text helpers without spaCy, shared by the engine and `profiles/`."""

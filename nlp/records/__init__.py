"""What the engine returns: the records components write on the Doc and the public results."""

"""The case model, its vocabularies and rules; standard library only."""

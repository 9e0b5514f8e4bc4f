"""Key handling for Asylum Desk: passphrase KDF, key file slots, recovery key, device cache."""

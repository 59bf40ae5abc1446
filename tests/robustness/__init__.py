"""Robustness tests: a bad-input corpus built at test time, many tiny files, and the limits they hit."""

"""Shared text helpers: sentences and ordering keys, language, decoding, safe display."""

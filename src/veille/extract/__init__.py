"""Extractors: one module per section of the record; each takes a parsed Doc, returns records."""

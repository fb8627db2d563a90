"""veille: French-first news monitoring, from dated articles to structured, provenanced records."""

__version__ = "0.1.0"
SCHEMA = "veille.extraction/1"

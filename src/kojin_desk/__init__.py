"""kojin_desk: personal-information duties of a Tokyo outsourcing contract, kept offline."""

__version__ = "0.1.0"

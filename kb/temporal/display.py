"""TIMEX3 values as people read them: :mod:`kb.datedisplay`, which lives outside
:mod:`kb.temporal` so that showing a timeline does not load the temporal tagger."""

from kb.datedisplay import display_value

__all__ = ["display_value"]

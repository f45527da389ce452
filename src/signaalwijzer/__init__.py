"""Signaalwijzer Mensenhandel: recognise signals of human trafficking and report them well.

The package has a framework-free core (``knowledge`` and ``engine``) and thin adapters on top
(``web`` for Django, ``cli`` for the command line). See ``docs/architecture.md``.
"""

__version__ = "0.1.0"

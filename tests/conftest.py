"""Shared test set-up. This folder is on ``sys.path``, so tests can ``import server_support``."""

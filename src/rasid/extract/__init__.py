"""Extraction components, one module each.  Importing a module registers its component."""

"""Whole HTML pages: a document's twin, and the catalog of a build."""

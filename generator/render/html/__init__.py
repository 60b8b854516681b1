"""HTML twins of documents and the catalog page: Jinja templates from templates/html/ (a
user's templates folder overrides them), a renderer per worksheet block type and per kind,
text escaped node by node, no request of any kind leaving the page."""

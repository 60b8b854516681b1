"""Layout: Platypus stories per document kind, page furniture, and rendering to PDF bytes."""

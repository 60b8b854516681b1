"""PDF rendering with ReportLab Platypus: styles, page furniture, block renderers, parts."""

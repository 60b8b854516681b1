"""Text: our Markdown subset, the Jinja sandbox for placeholders, font coverage checks."""

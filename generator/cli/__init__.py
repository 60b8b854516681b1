"""The `actsheets` command line."""

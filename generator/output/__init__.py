"""Writing PDFs: predictable file names, atomic writes, and the skip-if-unchanged cache."""

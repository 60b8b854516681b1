"""Rendering compositions (ordered parts) into one PDF."""
